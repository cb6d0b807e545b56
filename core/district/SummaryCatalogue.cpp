#include "district/SummaryCatalogue.h"

#include "disclosure/Withheld.h"
#include "settings/Translations.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::district {

const QList<DimensionInfo> &dimensions()
{
    static const QList<DimensionInfo> list = {
        {"school", false, {}, {}},
        {"grade", false, {}, u"grade"_s},
        // Each instrument's grades, then the instrument's row (their sum); no total across
        // instruments in the table, though the school's count is their sum.
        {"instrument_grade", false, {}, u"instrument"_s},
        {"session_kind", true, {u"individual"_s, u"group"_s, u"guardian"_s, u"teacher"_s}, u"kind"_s},
        {"concern", true,
         {u"study"_s, u"peers"_s, u"family"_s, u"emotions"_s, u"self_harm"_s, u"bullying"_s, u"adolescence"_s,
          u"other"_s},
         u"category"_s,
         {u"self_harm"_s, u"bullying"_s}},
        {"group_theme", true,
         {u"new_school"_s, u"emotions"_s, u"friendship"_s, u"exam_stress"_s, u"adolescence"_s, u"life_education"_s,
          u"other"_s},
         u"theme"_s},
        {"risk_level", true, {u"low"_s, u"medium"_s, u"high"_s, u"crisis"_s}, u"level"_s},
        {"destination", true,
         {u"hospital"_s, u"mental_health_centre"_s, u"child_protection"_s, u"police"_s, u"civil_affairs"_s,
          u"hotline"_s, u"other"_s},
         u"destination"_s},
    };
    return list;
}

const QList<MeasureInfo> &measures()
{
    using K = ValueKind;
    const QStringList school;
    const QStringList grade{u"grade"_s};
    const QStringList screening{u"instrument_grade"_s};
    static const QList<MeasureInfo> list = {
        // education
        {"classes", K::Number, false, grade},
        {"lessons_required", K::Number, false, grade},
        {"lessons_delivered", K::Number, false, grade},
        {"lessons_rate", K::Percent, false, grade, "lessons_delivered", "lessons_required"},
        {"classes_behind", K::Number, false, grade},
        {"meetings_held", K::Number, false, grade},
        {"activities", K::Number, false, school},
        {"family_events", K::Number, false, school},
        {"family_participants", K::Number, false, school},
        {"trainings", K::Number, false, school},
        {"training_hours", K::Number, false, school},
        {"training_participants", K::Number, false, school},
        // monitoring and early warning
        {"expected", K::Count, false, screening},
        {"screened", K::Count, false, screening},
        {"not_screened", K::Count, false, screening},
        {"coverage", K::Percent, false, screening, "screened", "expected"},
        {"invalid", K::Count, false, screening},
        {"band1", K::Count, false, screening},
        {"band2", K::Count, true, screening},
        {"band3", K::Count, true, screening},
        {"band4", K::Count, true, screening},
        {"band5", K::Count, true, screening},
        {"flagged", K::Count, true, screening},
        {"not_flagged", K::Count, false, screening},
        {"followups", K::Count, true, grade},
        {"followups_done", K::Count, true, grade},
        {"followups_open", K::Count, true, grade},
        // counseling
        {"sessions", K::Count, false, {u"session_kind"_s}},
        {"students_seen", K::Count, false, grade},
        {"seen_female", K::Count, false, grade},
        {"seen_male", K::Count, false, grade},
        {"seen_sex_unstated", K::Count, false, grade},
        {"cases", K::Count, false, {u"concern"_s}},
        {"cases_new", K::Count, false, {u"concern"_s}},
        {"cases_continuing", K::Count, false, {u"concern"_s}},
        {"groups", K::Number, false, {u"group_theme"_s}},
        {"group_sessions", K::Number, false, {u"group_theme"_s}},
        {"group_members", K::Count, false, {u"group_theme"_s}},
        // intervention
        {"crisis_events", K::Count, true, {u"risk_level"_s}},
        {"referrals", K::Count, true, {u"destination"_s}},
        {"slips_returned", K::Count, true, {u"destination"_s}},
        {"slips_outstanding", K::Count, true, {u"destination"_s}},
        {"time_off", K::Count, true, school},
        {"back_at_school", K::Count, true, school},
        {"still_away", K::Count, true, school},
        // profile: staffing and funding (facts about the school)
        {"students_enrolled", K::Number, false, school},
        {"counselors_full_time", K::Number, false, school},
        {"counselors_part_time", K::Number, false, school},
        {"counselors_certified", K::Number, false, school},
        {"room_open_hours", K::Number, false, school},
        {"funding_yuan", K::Number, false, school},
        {"funding_per_student", K::Number, false, school},
    };
    return list;
}

const QList<MeasureRelation> &measureRelations()
{
    static const QList<MeasureRelation> list = {
        {"expected", {u"screened"_s, u"not_screened"_s}, true},
        {"screened", {u"invalid"_s, u"band1"_s, u"band2"_s, u"band3"_s, u"band4"_s, u"band5"_s}, true},
        {"screened", {u"flagged"_s, u"not_flagged"_s}, true},
        {"followups", {u"followups_done"_s, u"followups_open"_s}, true},
        {"students_seen", {u"seen_female"_s, u"seen_male"_s, u"seen_sex_unstated"_s}, true},
        {"cases", {u"cases_new"_s, u"cases_continuing"_s}, true},
        {"referrals", {u"slips_returned"_s, u"slips_outstanding"_s}, true},
        {"time_off", {u"back_at_school"_s, u"still_away"_s}, true},
    };
    return list;
}

const DimensionInfo *dimension(const QString &key)
{
    for (const DimensionInfo &d : dimensions())
        if (key == QLatin1String(d.key)) return &d;
    return nullptr;
}

const MeasureInfo *measure(const QString &key)
{
    for (const MeasureInfo &m : measures())
        if (key == QLatin1String(m.key)) return &m;
    return nullptr;
}

const QList<PartInfo> &parts()
{
    static const QList<PartInfo> list = {
        {"profile", QT_TRANSLATE_NOOP("DistrictSummary", "Staffing and funding")},
        {"education", QT_TRANSLATE_NOOP("DistrictSummary", "Education")},
        {"monitoring", QT_TRANSLATE_NOOP("DistrictSummary", "Monitoring and early warning")},
        {"counseling", QT_TRANSLATE_NOOP("DistrictSummary", "Counseling")},
        {"intervention", QT_TRANSLATE_NOOP("DistrictSummary", "Intervention")},
    };
    return list;
}

QStringList summaryParts()
{
    QStringList keys;
    for (const PartInfo &p : parts()) keys << QLatin1String(p.key);
    return keys;
}

QStringList summaryParts(const Summary &summary)
{
    QStringList out;
    for (const QString &key : summaryParts())
        if (!tablesOfPart(summary, key).isEmpty()) out << key;
    for (const SummaryTable &t : summary.tables)
        if (!out.contains(t.part)) out << t.part;
    return out;
}

QList<int> tablesOfPart(const Summary &summary, const QString &part)
{
    QList<int> tables;
    for (int i = 0; i < summary.tables.size(); ++i)
        if (summary.tables.at(i).part == part) tables << i;
    return tables;
}

QString partHeading(const QString &part, const QString &language)
{
    for (const PartInfo &p : parts())
        if (part == QLatin1String(p.key)) return settings::translateFor(language, "DistrictSummary", p.heading);
    return part;
}

QString withheldFootnote(const SummaryHeader &header)
{
    return disclosure::withheldFootnote(header.k, header.language);
}

}  // namespace cd::district
