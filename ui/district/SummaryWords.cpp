#include "ui/district/SummaryWords.h"

#include "core/settings/Translations.h"

using namespace Qt::StringLiterals;

namespace cd::ui {

SummaryLanguage::SummaryLanguage(const QString &language) : m_code(language == u"zh_CN"_s ? language : u"en"_s) {}

SummaryLanguage::~SummaryLanguage() = default;

QString SummaryLanguage::t(const char *source, const char *comment) const
{
    return settings::translateFor(m_code, "DistrictSummary", source, comment);
}

QString partHeading(const QString &part, const SummaryLanguage &language)
{
    return district::partHeading(part, language.code());
}

QString withheldFootnote(const district::Summary &summary, const SummaryLanguage &)
{
    return district::withheldFootnote(summary.header);
}

QString noChartLine(const SummaryChart &chart, const SummaryLanguage &language)
{
    //: in place of a bar chart of a table's column (%1) whose every count is withheld
    if (chart.allWithheld())
        return language.t(QT_TRANSLATE_NOOP("DistrictSummary", "No chart of “%1”: all its counts are withheld."))
            .arg(chart.title);
    //: in place of a bar chart of a table's column (%1) whose counts are withheld or 0
    return language.t(QT_TRANSLATE_NOOP("DistrictSummary", "No chart of “%1”: its counts are withheld or 0."))
        .arg(chart.title);
}

}  // namespace cd::ui
