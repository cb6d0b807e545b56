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

}  // namespace cd::ui
