#include "groups/GroupCodes.h"

#include "common/CodeTable.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace cd::groups {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(GroupCodes)
};

const CodeTable<GroupTheme> &themes()
{
    static const CodeTable<GroupTheme> table = {
        {GroupTheme::NewSchool, "new_school"},     {GroupTheme::Emotions, "emotions"},
        {GroupTheme::Friendship, "friendship"},    {GroupTheme::ExamStress, "exam_stress"},
        {GroupTheme::Adolescence, "adolescence"},  {GroupTheme::LifeEducation, "life_education"},
        {GroupTheme::Other, "other"}};
    return table;
}

const CodeTable<EventKind> &kinds()
{
    static const CodeTable<EventKind> table = {
        {EventKind::Activity, "activity"}, {EventKind::Family, "family"}, {EventKind::Training, "training"}};
    return table;
}
}  // namespace

QString groupThemeCode(GroupTheme theme) { return themes().code(theme); }
std::optional<GroupTheme> groupThemeFromCode(const QString &code) { return themes().fromCode(code); }
QList<GroupTheme> groupThemes() { return themes().values(); }

QString groupThemeName(GroupTheme theme)
{
    switch (theme) {
    case GroupTheme::NewSchool: return Tr::tr("Adjusting to a new school");
    case GroupTheme::Emotions: return Tr::tr("Emotions");
    case GroupTheme::Friendship: return Tr::tr("Friendship");
    case GroupTheme::ExamStress: return Tr::tr("Learning and exam stress");
    case GroupTheme::Adolescence: return Tr::tr("Adolescence");
    case GroupTheme::LifeEducation: return Tr::tr("Life education");
    case GroupTheme::Other: break;
    }
    return Tr::tr("Other");
}

QString eventKindCode(EventKind kind) { return kinds().code(kind); }
std::optional<EventKind> eventKindFromCode(const QString &code) { return kinds().fromCode(code); }
QList<EventKind> eventKinds() { return kinds().values(); }

QString eventKindName(EventKind kind)
{
    switch (kind) {
    case EventKind::Activity: return Tr::tr("Whole-school activity");
    case EventKind::Family: return Tr::tr("Family education");
    case EventKind::Training: return Tr::tr("Teacher training");
    }
    return {};
}

QStringList eventFormats(EventKind kind)
{
    switch (kind) {
    case EventKind::Activity: return {u"life_education"_s, u"adolescence"_s, u"resilience"_s, u"other"_s};
    case EventKind::Family: return {u"talk"_s, u"parent_school"_s, u"home_visit"_s, u"open_day"_s, u"other"_s};
    case EventKind::Training: return {u"lecture"_s, u"workshop"_s, u"case_study"_s, u"other"_s};
    }
    return {};
}

QString eventFormatName(const QString &code)
{
    static const QHash<QString, const char *> names = {
        {u"life_education"_s, QT_TRANSLATE_NOOP("GroupCodes", "Life education")},
        {u"adolescence"_s, QT_TRANSLATE_NOOP("GroupCodes", "Adolescence")},
        {u"resilience"_s, QT_TRANSLATE_NOOP("GroupCodes", "Resilience")},
        {u"talk"_s, QT_TRANSLATE_NOOP("GroupCodes", "Talk for parents")},
        {u"parent_school"_s, QT_TRANSLATE_NOOP("GroupCodes", "Parent school")},
        {u"home_visit"_s, QT_TRANSLATE_NOOP("GroupCodes", "Home visit")},
        {u"open_day"_s, QT_TRANSLATE_NOOP("GroupCodes", "Open day")},
        {u"lecture"_s, QT_TRANSLATE_NOOP("GroupCodes", "Lecture")},
        {u"workshop"_s, QT_TRANSLATE_NOOP("GroupCodes", "Workshop")},
        {u"case_study"_s, QT_TRANSLATE_NOOP("GroupCodes", "Case study")},
        {u"other"_s, QT_TRANSLATE_NOOP("GroupCodes", "Other")},
    };
    if (const auto it = names.constFind(code); it != names.cend())
        return QCoreApplication::translate("GroupCodes", it.value());
    return code;
}

}  // namespace cd::groups
