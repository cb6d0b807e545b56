#include "registry/AuditDetail.h"

#include "crisis/CrisisEvents.h"
#include "crisis/Referrals.h"
#include "lessons/Lessons.h"
#include "groups/GroupCodes.h"
#include "room/Appointment.h"
#include "screening/RunRepository.h"
#include "students/Student.h"
#include "students/WatchList.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <optional>

using namespace Qt::StringLiterals;

namespace cd::registry {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(AuditDetail)
};

/// A whole detail, or one word of one, that is a known word of the stored vocabulary.
std::optional<QString> wordText(const QString &word)
{
    static const QHash<QString, const char *> words = {
        {u"added"_s, QT_TRANSLATE_NOOP("AuditDetail", "added")},
        {u"roster facts"_s, QT_TRANSLATE_NOOP("AuditDetail", "roster facts changed")},
        {u"class"_s, QT_TRANSLATE_NOOP("AuditDetail", "class changed")},
        {u"moved"_s, QT_TRANSLATE_NOOP("AuditDetail", "moved to another class")},
        {u"off"_s, QT_TRANSLATE_NOOP("AuditDetail", "taken off the watch list")},
        {u"transfer"_s, QT_TRANSLATE_NOOP("AuditDetail", "transferred")},
        {u"add"_s, QT_TRANSLATE_NOOP("AuditDetail", "added")},
        {u"edit"_s, QT_TRANSLATE_NOOP("AuditDetail", "edited")},
        {u"move"_s, QT_TRANSLATE_NOOP("AuditDetail", "moved")},
        {u"restore"_s, QT_TRANSLATE_NOOP("AuditDetail", "restored")},
        {u"retire"_s, QT_TRANSLATE_NOOP("AuditDetail", "retired")},
        {u"custom"_s, QT_TRANSLATE_NOOP("AuditDetail", "own names and colours")},
        {u"defaults"_s, QT_TRANSLATE_NOOP("AuditDetail", "back to the defaults")},
        {u"start"_s, QT_TRANSLATE_NOOP("AuditDetail", "started")},
        {u"return"_s, QT_TRANSLATE_NOOP("AuditDetail", "returned")},
        {u"papers"_s, QT_TRANSLATE_NOOP("AuditDetail", "papers received")},
        {u"breach"_s, QT_TRANSLATE_NOOP("AuditDetail", "confidentiality broken")},
        {u"reopened"_s, QT_TRANSLATE_NOOP("AuditDetail", "reopened")},
        {u"interview"_s, QT_TRANSLATE_NOOP("AuditDetail", "interview planned")},
        {u"interview_cancelled"_s, QT_TRANSLATE_NOOP("AuditDetail", "interview cancelled")},
        {u"given"_s, QT_TRANSLATE_NOOP("AuditDetail", "letter given")},
        {u"seen"_s, QT_TRANSLATE_NOOP("AuditDetail", "seen by the institution")},
        {u"confirmed"_s, QT_TRANSLATE_NOOP("AuditDetail", "confirmed")},
        {u"cleared"_s, QT_TRANSLATE_NOOP("AuditDetail", "cleared")},
        {u"demo"_s, QT_TRANSLATE_NOOP("AuditDetail", "demo school")},
        {u"plan"_s, QT_TRANSLATE_NOOP("AuditDetail", "plan built")},
        {u"deliver"_s, QT_TRANSLATE_NOOP("AuditDetail", "marked held")},
        {u"cancel"_s, QT_TRANSLATE_NOOP("AuditDetail", "cancelled")},
        {u"reopen"_s, QT_TRANSLATE_NOOP("AuditDetail", "back to planned")},
        {u"makeup"_s, QT_TRANSLATE_NOOP("AuditDetail", "make-up lesson")},
        {u"meeting"_s, QT_TRANSLATE_NOOP("AuditDetail", "theme class meeting")},
        {u"remove"_s, QT_TRANSLATE_NOOP("AuditDetail", "removed")},
        {u"joined"_s, QT_TRANSLATE_NOOP("AuditDetail", "joined")},
        {u"left"_s, QT_TRANSLATE_NOOP("AuditDetail", "left")},
        {u"present"_s, QT_TRANSLATE_NOOP("AuditDetail", "present")},
        {u"absent"_s, QT_TRANSLATE_NOOP("AuditDetail", "absent")},
    };
    if (const auto it = words.constFind(word); it != words.cend())
        return QCoreApplication::translate("AuditDetail", it.value());
    if (const auto risk = students::riskFromCode(word)) return students::riskName(*risk);
    if (const auto step = crisis::stepFromCode(word)) return crisis::stepName(*step);
    if (const auto recipient = crisis::recipientFromCode(word)) return crisis::recipientName(*recipient);
    if (const auto status = crisis::referralStatusFromCode(word)) return crisis::referralStatusName(*status);
    return std::nullopt;
}

/// "7;8/1" (a run's grades and classes) as their names, "Grade 7 (junior 1), Grade 8 (junior 2), class 1".
QString targetsText(const QString &value)
{
    QStringList parts;
    for (const QString &part : value.split(u';', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int grade = part.section(u'/', 0, 0).toInt(&ok);
        if (!ok || grade <= 0) return value;
        const QString klass = part.section(u'/', 1);
        parts << (klass.isEmpty() ? students::gradeName(grade) : students::className(grade, klass));
    }
    return parts.join(Tr::tr(", "));
}

QString valueText(const QString &key, const QString &value)
{
    if (key == u"instruments"_s) return value.split(u',', Qt::SkipEmptyParts).join(Tr::tr(", "));
    if (key == u"targets"_s || key == u"class"_s) return targetsText(value);
    if (key == u"kind"_s) {
        if (const auto kind = groups::eventKindFromCode(value)) return groups::eventKindName(*kind);
    }
    if (key == u"status"_s) {
        if (const auto status = screening::runStatusFromCode(value)) return screening::runStatusName(*status);
        if (const auto status = lessons::lessonStatusFromCode(value)) return lessons::lessonStatusName(*status);
        if (const auto status = room::statusFromCode(value)) return room::statusName(*status);
    }
    if (key == u"source"_s) {
        if (value == u"import"_s) return Tr::tr("answer file");
        if (value == u"kiosk"_s) return Tr::tr("kiosk");
        if (value == u"grid"_s) return Tr::tr("paper sheets typed in");
    }
    return value;
}

std::optional<QString> keyLabel(const QString &key)
{
    static const QHash<QString, const char *> keys = {
        {u"instrument"_s, QT_TRANSLATE_NOOP("AuditDetail", "instrument")},
        {u"instruments"_s, QT_TRANSLATE_NOOP("AuditDetail", "instruments")},
        {u"targets"_s, QT_TRANSLATE_NOOP("AuditDetail", "grades and classes")},
        {u"source"_s, QT_TRANSLATE_NOOP("AuditDetail", "entered by")},
        {u"sheets"_s, QT_TRANSLATE_NOOP("AuditDetail", "sheets")},
        {u"replaced"_s, QT_TRANSLATE_NOOP("AuditDetail", "replaced")},
        {u"flagged"_s, QT_TRANSLATE_NOOP("AuditDetail", "flagged")},
        {u"reopened"_s, QT_TRANSLATE_NOOP("AuditDetail", "follow-ups reopened")},
        {u"from"_s, QT_TRANSLATE_NOOP("AuditDetail", "from version")},
        {u"to"_s, QT_TRANSLATE_NOOP("AuditDetail", "to version")},
        {u"version"_s, QT_TRANSLATE_NOOP("AuditDetail", "version")},
        {u"status"_s, QT_TRANSLATE_NOOP("AuditDetail", "status")},
        {u"added"_s, QT_TRANSLATE_NOOP("AuditDetail", "added")},
        {u"updated"_s, QT_TRANSLATE_NOOP("AuditDetail", "updated")},
        {u"unchanged"_s, QT_TRANSLATE_NOOP("AuditDetail", "unchanged")},
        {u"rejected"_s, QT_TRANSLATE_NOOP("AuditDetail", "rejected")},
        {u"promoted"_s, QT_TRANSLATE_NOOP("AuditDetail", "promoted")},
        {u"graduated"_s, QT_TRANSLATE_NOOP("AuditDetail", "graduated")},
        {u"count"_s, QT_TRANSLATE_NOOP("AuditDetail", "number")},
        {u"semester"_s, QT_TRANSLATE_NOOP("AuditDetail", "semester")},
        {u"teachers"_s, QT_TRANSLATE_NOOP("AuditDetail", "teachers")},
        {u"classes"_s, QT_TRANSLATE_NOOP("AuditDetail", "classes")},
        {u"slots"_s, QT_TRANSLATE_NOOP("AuditDetail", "open slots")},
        {u"lessons"_s, QT_TRANSLATE_NOOP("AuditDetail", "lessons")},
        {u"missing"_s, QT_TRANSLATE_NOOP("AuditDetail", "lessons missing")},
        {u"from_week"_s, QT_TRANSLATE_NOOP("AuditDetail", "from week")},
        {u"week"_s, QT_TRANSLATE_NOOP("AuditDetail", "week")},
        {u"class"_s, QT_TRANSLATE_NOOP("AuditDetail", "class")},
        {u"present"_s, QT_TRANSLATE_NOOP("AuditDetail", "present")},
        {u"absent"_s, QT_TRANSLATE_NOOP("AuditDetail", "absent")},
        {u"kind"_s, QT_TRANSLATE_NOOP("AuditDetail", "kind")},
        {u"appointment"_s, QT_TRANSLATE_NOOP("AuditDetail", "appointment")},
        {u"hours"_s, QT_TRANSLATE_NOOP("AuditDetail", "open hours")},
        {u"shifts"_s, QT_TRANSLATE_NOOP("AuditDetail", "duty shifts")},
        {u"events"_s, QT_TRANSLATE_NOOP("AuditDetail", "events")},
        {u"school_code"_s, QT_TRANSLATE_NOOP("AuditDetail", "school code")},
    };
    if (const auto it = keys.constFind(key); it != keys.cend())
        return QCoreApplication::translate("AuditDetail", it.value());
    return std::nullopt;
}

/// "crisis:4", "referral:ZJ2026-003", "session:new": a record named beside the row's target.
std::optional<QString> recordText(const QString &kind, const QString &id)
{
    if (kind == u"crisis"_s) return Tr::tr("crisis event %1").arg(id);
    if (kind == u"referral"_s) return Tr::tr("referral %1").arg(id);
    if (kind == u"case"_s) return Tr::tr("case %1").arg(id);
    if (kind == u"session"_s) return id == u"new"_s ? Tr::tr("new session") : Tr::tr("session %1").arg(id);
    if (kind == u"safety_plan"_s || kind == u"plan"_s) return Tr::tr("safety plan %1").arg(id);
    if (kind == u"absence"_s) return Tr::tr("time away %1").arg(id);
    if (kind == u"category"_s) return Tr::tr("category %1").arg(id);
    if (kind == u"lesson"_s) return Tr::tr("lesson %1").arg(id);
    if (kind == u"topic"_s) return Tr::tr("topic %1").arg(id);
    if (kind == u"group"_s) return Tr::tr("counseling group %1").arg(id);
    if (kind == u"group_session"_s) return Tr::tr("group session %1").arg(id);
    if (kind == u"event"_s) return Tr::tr("school event %1").arg(id);
    return std::nullopt;
}

QString tokenText(const QString &token)
{
    if (const int eq = token.indexOf(u'='); eq > 0) {
        const QString key = token.left(eq);
        const auto label = keyLabel(key);
        //: an audit detail's part: "instruments: PHQ-9, GAD-7"
        return label ? Tr::tr("%1: %2").arg(*label, valueText(key, token.mid(eq + 1))) : token;
    }
    if (const int colon = token.indexOf(u':'); colon > 0) {
        if (const auto text = recordText(token.left(colon), token.mid(colon + 1))) return *text;
        return token;
    }
    static const QRegularExpression version(uR"(^v(\d+)$)"_s);
    if (const auto m = version.match(token); m.hasMatch()) return Tr::tr("version %1").arg(m.captured(1));
    return wordText(token).value_or(token);
}

}  // namespace

QString auditDetailText(const QString &detail)
{
    const QString trimmed = detail.trimmed();
    if (trimmed.isEmpty()) return {};
    if (const auto whole = wordText(trimmed)) return *whole;
    QStringList parts;
    for (const QString &token : trimmed.split(u' ', Qt::SkipEmptyParts)) parts << tokenText(token);
    //: between the parts of an audit detail
    return parts.join(Tr::tr("; "));
}

}  // namespace cd::registry
