// What the last guard searches for (LeakGuard.h): one table of the vault's text columns, each
// either a source (and what kind of needle it gives) or deliberately not searched (and why). A
// test reads every text column of the vault's schema and fails on one in neither list, so a new
// table's column is one line here.

#include "district/LeakGuard.h"

#include "storage/Database.h"
#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cd::district {

namespace {

enum class Take {
    Name,           ///< a registered name (students.name, guardians.name, the pinyin)
    TypedName,      ///< a person's name typed into a free-text column (who consented, who was told)
    Initials,
    StudentNumber,
    ReferralNumber,
    BirthDate,
    Phone,
    Note,           ///< free text, one note per line
    JsonNote,       ///< free text kept as JSON (every string in it is a note)
    HtmlNote,       ///< a document as printed (HTML): its text's lines of kHtmlLine letters or more
};

/// A printed document's shorter lines are the template's headings and labels ("Screening
/// results"), which a package's titles may share; what a counselor typed into it is longer, or
/// is searched at its source (the referral's texts, the student's name).
constexpr int kHtmlLine = 20;

struct Source {
    const char *table;
    const char *column;
    Take take;
};

// Names of people typed in free-text columns are names; long texts are notes.
constexpr Source kSources[] = {
    {"students", "name", Take::Name},
    {"students", "name_pinyin", Take::Name},
    {"students", "name_initials", Take::Initials},
    {"students", "student_no", Take::StudentNumber},
    {"students", "birth_date", Take::BirthDate},
    {"guardians", "name", Take::Name},
    {"guardians", "phone", Take::Phone},
    {"guardians", "notes", Take::Note},
    {"class_history", "reason", Take::Note},
    {"growth_records", "family_notes", Take::Note},
    {"growth_records", "psych_status", Take::Note},
    {"watch_list", "reason", Take::Note},
    {"watch_history", "reason", Take::Note},
    {"cases", "consent_guardian", Take::TypedName},
    {"cases", "outcome", Take::Note},
    {"sessions", "presenting", Take::Note},
    {"sessions", "observations", Take::Note},
    {"sessions", "intervention", Take::Note},
    {"sessions", "plan", Take::Note},
    {"session_drafts", "body", Take::JsonNote},
    {"screening_follow_ups", "note", Take::Note},
    {"crisis_events", "place", Take::Note},
    {"crisis_events", "description", Take::Note},
    {"crisis_events", "assessment", Take::Note},
    {"crisis_events", "override_reason", Take::Note},
    {"crisis_events", "immediate_action", Take::Note},
    {"crisis_events", "closing_note", Take::Note},
    {"crisis_steps", "person", Take::TypedName},
    {"crisis_steps", "note", Take::Note},
    {"crisis_notifications", "person", Take::TypedName},
    {"crisis_notifications", "reason", Take::Note},
    {"crisis_notifications", "response", Take::Note},
    {"safety_plans", "content", Take::JsonNote},
    {"referrals", "number", Take::ReferralNumber},
    {"referrals", "reason", Take::Note},
    {"referrals", "duration", Take::Note},
    {"referrals", "questions", Take::Note},
    {"referrals", "disclose", Take::Note},
    {"referrals", "screening_text", Take::Note},
    {"referrals", "session_text", Take::Note},
    {"referrals", "consent", Take::Note},
    {"referrals", "closing_note", Take::Note},
    {"printed_documents", "body", Take::HtmlNote},
    {"school_absences", "reason", Take::Note},
    {"school_absences", "assessment", Take::Note},
    {"support_plans", "goals", Take::Note},
    {"support_plans", "counselor_does", Take::Note},
    {"support_plans", "teacher_does", Take::Note},
    {"support_plans", "guardian_does", Take::Note},
    {"appointments", "requester", Take::TypedName},
    {"appointments", "reason", Take::Note},
    {"counseling_groups", "description", Take::Note},
    {"counseling_groups", "outcome", Take::Note},
    {"group_sessions", "notes", Take::Note},
    {"group_attendance", "note", Take::Note},
    {"lessons", "reflection", Take::Note},
    {"school_events", "note", Take::Note},
};

constexpr char kCode[] = "a code from a fixed list (kind, level, status, sex, step, method, recipient)";
constexpr char kWhen[] = "a date or time: the package prints none but the semester's name, and the package's own "
                         "creation time would match today's";
constexpr char kStaff[] = "a staff member's login or name, not a student's";
constexpr char kClass[] = "a class's or a grade's name: many students share it, and the tables stop at the grade";
constexpr char kSchool[] = "the school's own words (its name, room, letterhead, calendar, timetable), published or "
                           "about no student";
constexpr char kCurriculum[] = "the curriculum and the school's events and groups (titles, themes, materials), "
                               "about no student";
constexpr char kLabel[] = "a label the room lead or an instrument defines (categories, risk labels, runs)";
constexpr char kInternal[] = "written by CounselDesk itself (keys, settings, import mappings, scores, the audit "
                             "trail's actions and row ids), never typed about a student";
constexpr char kIndex[] = "the full-text index's copy of sessions' text, searched at its source";
constexpr char kDirectory[] = "a hospital or service the school refers to and its contact, not a student";
constexpr char kShortRelation[] = "a guardian's relation (母亲, father): a word every label might hold";

struct NotSearched {
    const char *table;
    const char *columns;  ///< space-separated
    const char *why;
};

constexpr NotSearched kNotSearched[] = {
    {"vault_meta", "key value", kInternal},
    {"users", "login display_name", kStaff},
    {"users", "role", kCode},
    {"users", "created_at changed_at", kWhen},
    {"audit_log", "actor", kStaff},
    {"audit_log", "action target detail", kInternal},
    {"audit_log", "at", kWhen},
    {"audit_keys", "login", kStaff},
    {"audit_keys", "role", kCode},
    {"audit_keys", "added_at", kWhen},
    {"students", "sex status", kCode},
    {"students", "class_name", kClass},
    {"students", "left_on created_at updated_at", kWhen},
    {"class_history", "class_name", kClass},
    {"class_history", "from_date to_date", kWhen},
    {"growth_records", "family_structure", kCode},
    {"growth_records", "updated_at", kWhen},
    {"growth_records", "updated_by", kStaff},
    {"guardians", "relation", kShortRelation},
    {"import_mappings", "kind signature mapping", kInternal},
    {"watch_list", "level", kCode},
    {"watch_list", "next_review updated_at", kWhen},
    {"watch_list", "updated_by", kStaff},
    {"watch_history", "level", kCode},
    {"watch_history", "next_review changed_at", kWhen},
    {"watch_history", "changed_by", kStaff},
    {"cases", "category status", kCode},
    {"cases", "opened_on consent_on closed_on", kWhen},
    {"cases", "opened_by", kStaff},
    {"sessions", "kind risk", kCode},
    {"sessions", "held_on next_appointment created_at updated_at", kWhen},
    {"sessions", "author", kStaff},
    {"session_text", "body", kIndex},
    {"session_text_content", "c0body", kIndex},
    {"concern_categories", "code name", kLabel},
    {"session_drafts", "saved_at", kWhen},
    {"instrument_definitions", "code version", kInternal},
    {"instrument_definitions", "loaded_at", kWhen},
    {"instrument_definitions", "loaded_by", kStaff},
    {"screening_runs", "name targets", kLabel},
    {"screening_runs", "status", kCode},
    {"screening_runs", "opens_on closes_on created_at", kWhen},
    {"screening_runs", "created_by", kStaff},
    {"run_instruments", "code version", kInternal},
    {"run_students", "class_name", kClass},
    {"run_students", "sex", kCode},
    {"screening_sheets", "instrument source", kCode},
    {"screening_sheets", "entered_at", kWhen},
    {"screening_sheets", "entered_by", kStaff},
    {"screening_scores", "version flags subscales critical invalid", kInternal},
    {"screening_scores", "scored_at", kWhen},
    {"screening_scores", "scored_by", kStaff},
    {"screening_follow_ups", "status", kCode},
    {"screening_follow_ups", "opened_at interview_at closed_at", kWhen},
    {"screening_follow_ups", "closed_by", kStaff},
    {"risk_labels", "level colour", kCode},
    {"risk_labels", "label", kLabel},
    {"risk_labels", "changed_at", kWhen},
    {"risk_labels", "changed_by", kStaff},
    {"crisis_step_limits", "step", kCode},
    {"letterhead", "room address phone", kSchool},
    {"letterhead", "updated_at", kWhen},
    {"letterhead", "updated_by", kStaff},
    {"institutions", "name department address phone contact note", kDirectory},
    {"institutions", "kind", kCode},
    {"crisis_events", "source kind suggested_level level status", kCode},
    {"crisis_events", "occurred_at closed_at created_at", kWhen},
    {"crisis_events", "closed_by created_by", kStaff},
    {"crisis_steps", "step", kCode},
    {"crisis_steps", "done_at recorded_at", kWhen},
    {"crisis_steps", "recorded_by", kStaff},
    {"crisis_notifications", "recipient method", kCode},
    {"crisis_notifications", "notified_at recorded_at", kWhen},
    {"crisis_notifications", "recorded_by", kStaff},
    {"safety_plans", "review_on created_at", kWhen},
    {"safety_plans", "created_by", kStaff},
    {"referrals", "urgency status slip", kCode},
    {"referrals", "slip_due follow_up_on created_at given_at seen_at slip_at closed_at", kWhen},
    {"referrals", "created_by", kStaff},
    {"printed_documents", "kind language", kCode},
    {"printed_documents", "printed_at", kWhen},
    {"printed_documents", "printed_by", kStaff},
    {"school_absences", "leave_from certificate_on application_on assessment_on returned_on updated_at", kWhen},
    {"school_absences", "updated_by", kStaff},
    {"support_plans", "review_on updated_at", kWhen},
    {"support_plans", "updated_by", kStaff},
    {"semesters", "name", kSchool},
    {"semesters", "starts_on ends_on week1_monday updated_at", kWhen},
    {"semesters", "updated_by", kStaff},
    {"semester_breaks", "label", kSchool},
    {"semester_breaks", "kind", kCode},
    {"semester_breaks", "starts_on ends_on", kWhen},
    {"day_periods", "starts_at ends_at", kWhen},
    {"lesson_teachers", "name login", kStaff},
    {"teacher_classes", "class_name", kClass},
    {"teacher_unavailable", "note", kStaff},
    {"class_slots", "class_name", kClass},
    {"class_slots", "weeks", kCode},
    {"lesson_topics", "title theme materials", kCurriculum},
    {"lessons", "class_name", kClass},
    {"lessons", "topic materials", kCurriculum},
    {"lessons", "kind status", kCode},
    {"lessons", "updated_at", kWhen},
    {"lessons", "updated_by", kStaff},
    {"school_events", "format topic audience", kCurriculum},
    {"school_events", "kind", kCode},
    {"school_events", "held_on updated_at", kWhen},
    {"school_events", "updated_by", kStaff},
    {"room_hours", "starts_at ends_at", kWhen},
    {"duty_shifts", "person login note", kStaff},
    {"duty_shifts", "starts_at ends_at", kWhen},
    {"appointments", "requester_kind status", kCode},
    {"appointments", "starts_at created_at updated_at", kWhen},
    {"appointments", "counselor created_by", kStaff},
    {"counseling_groups", "name theme", kCurriculum},
    {"counseling_groups", "leader created_by", kStaff},
    {"counseling_groups", "status", kCode},
    {"counseling_groups", "created_at", kWhen},
    {"group_members", "joined_on left_on", kWhen},
    {"group_sessions", "topic", kCurriculum},
    {"group_sessions", "held_at", kWhen},
    {"school_profile", "school_name district_code room_name", kSchool},
    {"school_profile", "school_type", kCode},
    {"school_profile", "updated_at", kWhen},
    {"school_profile", "updated_by", kStaff},
};

/// The school's own published words: no note fragment inside them is searched.
constexpr char kPublicSql[] =
    "SELECT value FROM vault_meta WHERE key = 'school_name' UNION ALL SELECT school_name FROM school_profile "
    "UNION ALL SELECT room_name FROM school_profile UNION ALL SELECT room FROM letterhead UNION ALL SELECT address "
    "FROM letterhead UNION ALL SELECT name FROM semesters UNION ALL SELECT name FROM institutions";

void addJsonStrings(LeakGuard &guard, const QJsonValue &value)
{
    if (value.isString()) {
        for (const QString &line : value.toString().split(u'\n', Qt::SkipEmptyParts)) guard.addNoteText(line);
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray()) addJsonStrings(guard, v);
    } else if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) addJsonStrings(guard, it.value());
    }
}

/// The lines of an HTML document's text: the head and its styles dropped, tags as line breaks,
/// entities resolved.
QStringList htmlLines(QString html)
{
    static const QRegularExpression head(u"<(head|style|script)\\b.*?</\\1\\s*>"_s,
                                         QRegularExpression::CaseInsensitiveOption
                                             | QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(u"<[^>]*>"_s);
    static const QRegularExpression numeric(u"&#(x?)([0-9a-fA-F]+);"_s);
    html.remove(head).replace(tag, u"\n"_s);
    QString text;
    qsizetype from = 0;
    for (auto it = numeric.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        text += html.mid(from, m.capturedStart() - from);
        const char32_t code = m.captured(2).toUInt(nullptr, m.captured(1).isEmpty() ? 10 : 16);
        text += QString::fromUcs4(&code, 1);
        from = m.capturedEnd();
    }
    text += html.mid(from);
    text.replace(u"&nbsp;"_s, u" "_s).replace(u"&lt;"_s, u"<"_s).replace(u"&gt;"_s, u">"_s);
    text.replace(u"&quot;"_s, u"\""_s).replace(u"&apos;"_s, u"'"_s).replace(u"&amp;"_s, u"&"_s);
    return text.split(u'\n', Qt::SkipEmptyParts);
}

int lettersAndDigits(const QString &text)
{
    int n = 0;
    for (const QChar c : text) n += c.isLetterOrNumber() ? 1 : 0;
    return n;
}

void take(LeakGuard &guard, Take kind, const QString &text)
{
    switch (kind) {
    case Take::Name: guard.addName(text); return;
    case Take::TypedName: guard.addTypedName(text); return;
    case Take::Initials: guard.addInitials(text); return;
    case Take::StudentNumber: guard.addStudentNumber(text); return;
    case Take::ReferralNumber: guard.addReferralNumber(text); return;
    case Take::BirthDate: guard.addBirthDate(QDate::fromString(text, Qt::ISODate)); return;
    case Take::Phone: guard.addPhone(text); return;
    case Take::Note:
        for (const QString &line : text.split(u'\n', Qt::SkipEmptyParts)) guard.addNoteText(line);
        return;
    case Take::HtmlNote:
        for (const QString &line : htmlLines(text))
            if (lettersAndDigits(line) >= kHtmlLine) guard.addNoteText(line);
        return;
    case Take::JsonNote: {
        const QJsonDocument json = QJsonDocument::fromJson(text.toUtf8());
        if (json.isNull()) take(guard, Take::Note, text);
        else addJsonStrings(guard, json.isArray() ? QJsonValue(json.array()) : QJsonValue(json.object()));
        return;
    }
    }
}

}  // namespace

QList<LeakGuard::Column> LeakGuard::columns()
{
    QList<Column> all;
    for (const Source &s : kSources)
        all << Column{QString::fromLatin1(s.table), QString::fromLatin1(s.column), true, QString()};
    for (const NotSearched &n : kNotSearched)
        for (const QString &column : QString::fromLatin1(n.columns).split(u' ', Qt::SkipEmptyParts))
            all << Column{QString::fromLatin1(n.table), column, false, QString::fromLatin1(n.why)};
    return all;
}

Result<LeakGuard> LeakGuard::fromVault(vault::Vault &vault)
{
    LeakGuard guard;
    storage::Database &db = vault.database();
    const auto each = [&](const QString &sql, const std::function<void(const QString &)> &use) -> Status {
        auto stmt = db.prepare(sql);
        if (!stmt) return stmt.error();
        for (;;) {
            auto row = stmt->step();
            if (!row) return row.error();
            if (!*row) return {};
            if (!stmt->isNull(0)) use(stmt->text(0));
        }
    };
    CD_TRY(each(QString::fromLatin1(kPublicSql), [&](const QString &text) { guard.addPublicText(text); }));
    for (const Source &s : kSources)
        CD_TRY(each(u"SELECT \"%1\" FROM \"%2\" WHERE \"%1\" <> ''"_s.arg(QLatin1String(s.column), QLatin1String(s.table)),
                    [&](const QString &text) { take(guard, s.take, text); }));
    return guard;
}

}  // namespace cd::district
