#include "ui/district/SummaryWords.h"

#include <QTranslator>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
constexpr char kContext[] = "DistrictSummary";

struct Part {
    const char *key;
    const char *heading;
};

// The national plan's four parts, after the school's staffing and funding.
const Part kParts[] = {
    {"profile", QT_TRANSLATE_NOOP("DistrictSummary", "Staffing and funding")},
    {"education", QT_TRANSLATE_NOOP("DistrictSummary", "Education")},
    {"monitoring", QT_TRANSLATE_NOOP("DistrictSummary", "Monitoring and early warning")},
    {"counseling", QT_TRANSLATE_NOOP("DistrictSummary", "Counseling")},
    {"intervention", QT_TRANSLATE_NOOP("DistrictSummary", "Intervention")},
};
}  // namespace

SummaryLanguage::SummaryLanguage(const QString &language) : m_code(language == u"zh_CN"_s ? language : u"en"_s)
{
    if (m_code == u"en"_s) return;  // the source text is English
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(u":/i18n/counseldesk_%1.qm"_s.arg(m_code))) m_translator = std::move(translator);
}

SummaryLanguage::~SummaryLanguage() = default;

QString SummaryLanguage::t(const char *source, const char *comment) const
{
    if (m_translator) {
        const QString translated = m_translator->translate(kContext, source, comment);
        if (!translated.isEmpty()) return translated;
    }
    return QString::fromUtf8(source);
}

QStringList summaryParts(const district::Summary &summary)
{
    QStringList parts;
    for (const Part &p : kParts) {
        const QString key = QString::fromLatin1(p.key);
        if (!tablesOfPart(summary, key).isEmpty()) parts << key;
    }
    for (const district::SummaryTable &t : summary.tables)
        if (!parts.contains(t.part)) parts << t.part;
    return parts;
}

QList<int> tablesOfPart(const district::Summary &summary, const QString &part)
{
    QList<int> tables;
    for (int i = 0; i < summary.tables.size(); ++i)
        if (summary.tables.at(i).part == part) tables << i;
    return tables;
}

QString partHeading(const QString &part, const SummaryLanguage &language)
{
    for (const Part &p : kParts)
        if (part == QLatin1String(p.key)) return language.t(p.heading);
    return part;
}

QString withheldFootnote(const district::Summary &summary, const SummaryLanguage &language)
{
    //: the footnote under every table with a withheld count: %1 the mark (*), %2 the threshold k
    return language.t(QT_TRANSLATE_NOOP("DistrictSummary", "%1 Withheld so that no student can be identified; k = %2."))
        .arg(district::Summary::withheldMark())
        .arg(summary.header.k);
}

}  // namespace cd::ui
