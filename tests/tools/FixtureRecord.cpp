#include "FixtureRecord.h"
#include "storage/Database.h"

#include "cases/CaseRepository.h"
#include "cases/Categories.h"
#include "common/Clock.h"
#include "screening/FollowUpRepository.h"
#include "screening/InstrumentLibrary.h"
#include "screening/RunRepository.h"
#include "screening/SheetStore.h"
#include "students/StudentRepository.h"
#include "students/WatchList.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace cd::fixture {

namespace {

template <typename T>
T must(Result<T> r, const char *what)
{
    if (!r) {
        std::fprintf(stderr, "cd_make_fixture_vault: %s: %s\n", what, r.error().message.toUtf8().constData());
        std::exit(1);
    }
    return std::move(*r);
}

QString date(const QDate &d) { return clock::dateToStorage(d); }
QString time(const QDateTime &t) { return t.isValid() ? clock::toStorage(t) : QString(); }

QString flagCode(screening::FlagKind kind)
{
    switch (kind) {
    case screening::FlagKind::Critical: return u"critical"_s;
    case screening::FlagKind::CutOff: return u"cutoff"_s;
    case screening::FlagKind::Invalid: return u"invalid"_s;
    }
    return {};
}

QJsonObject scoreJson(const screening::StoredScore &s)
{
    QJsonArray flags;
    for (screening::FlagKind f : s.flags) flags << flagCode(f);
    QJsonArray subscales;
    for (const screening::ScaleScore &sub : s.subscales)
        subscales << QJsonObject{{u"code"_s, sub.code}, {u"value"_s, sub.value}, {u"flagged"_s, sub.flagged}};
    return {{u"version"_s, s.version},
            {u"valid"_s, s.valid},
            {u"total"_s, s.total},
            {u"band"_s, s.band},
            {u"t_score"_s, s.tScore ? QJsonValue(*s.tScore) : QJsonValue()},
            {u"follow_up"_s, s.followUp},
            {u"flags"_s, flags},
            {u"subscales"_s, subscales},
            {u"critical"_s, QJsonArray::fromStringList(s.criticalItems)},
            {u"invalid"_s, QJsonArray::fromStringList(s.invalidCodes)}};
}

}  // namespace

QJsonObject tableCounts(storage::Database &db)
{
    QStringList tables;
    QStringList virtualTables;
    auto stmt = must(db.prepare(u"SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                "AND name NOT LIKE 'sqlite_%' ORDER BY name"_s),
                     "list tables");
    while (must(stmt.step(), "list tables")) {
        tables << stmt.text(0);
        if (stmt.text(1).startsWith(u"CREATE VIRTUAL TABLE"_s, Qt::CaseInsensitive)) virtualTables << stmt.text(0);
    }
    QJsonObject counts;
    for (const QString &table : tables) {
        bool shadow = false;
        for (const QString &vt : virtualTables) shadow |= table.startsWith(vt + u'_');
        if (shadow) continue;
        counts.insert(table, must(db.scalar(u"SELECT count(*) FROM \"%1\""_s.arg(table)), "count rows").toLongLong());
    }
    return counts;
}

QString sourceCommit()
{
    const QString src = QStringLiteral(CD_SOURCE_DIR);
    QProcess git;
    git.start(u"git"_s, {u"-C"_s, src, u"rev-parse"_s, u"HEAD"_s});
    if (!git.waitForFinished(10000) || git.exitCode() != 0) return u"unknown"_s;
    const QString head = QString::fromLatin1(git.readAllStandardOutput()).trimmed();
    git.start(u"git"_s, {u"-C"_s, src, u"status"_s, u"--porcelain"_s, u"--untracked-files=no"_s});
    const bool dirty = !git.waitForFinished(10000) || !git.readAllStandardOutput().trimmed().isEmpty();
    return dirty ? head + u"-dirty"_s : head;
}

QJsonObject studentJson(vault::Vault &vault, const QString &studentNo)
{
    students::StudentRepository repo(vault);
    const auto found = must(repo.findByNumber(studentNo), "find a student");
    if (!found) return {};
    const students::Student &s = *found;
    QJsonArray periods;
    for (const students::ClassPeriod &p : must(repo.classHistory(s.id), "read class history"))
        periods << QJsonObject{{u"grade"_s, p.grade}, {u"class"_s, p.klass}, {u"from"_s, date(p.from)},
                               {u"to"_s, date(p.to)}, {u"reason"_s, p.reason}};
    QJsonObject out{{u"student_no"_s, s.studentNo}, {u"name"_s, s.name}, {u"sex"_s, students::sexCode(s.sex)},
                    {u"birth_date"_s, date(s.birthDate)}, {u"grade"_s, s.grade}, {u"class"_s, s.klass},
                    {u"status"_s, students::statusCode(s.status)}, {u"left_on"_s, date(s.leftOn)},
                    {u"class_history"_s, periods}};
    const students::GrowthRecord g = must(repo.growthRecord(s.id), "read a growth record");
    QJsonArray guardians;
    for (const students::Guardian &gd : g.guardians)
        guardians << QJsonObject{{u"name"_s, gd.name}, {u"relation"_s, gd.relation}, {u"phone"_s, gd.phone},
                                 {u"notes"_s, gd.notes}};
    out.insert(u"growth"_s, QJsonObject{{u"family_structure"_s, g.familyStructure}, {u"left_behind"_s, g.leftBehind},
                                        {u"family_notes"_s, g.familyNotes}, {u"psych_status"_s, g.psychStatus},
                                        {u"guardians"_s, guardians}});
    students::WatchList watch(vault);
    const auto entry = must(watch.entry(s.id), "read a watch entry");
    out.insert(u"watch"_s, entry ? QJsonValue(QJsonObject{{u"level"_s, students::riskCode(entry->level)},
                                                          {u"reason"_s, entry->reason},
                                                          {u"next_review"_s, date(entry->nextReview)}})
                                 : QJsonValue());
    QJsonArray history;
    for (const students::WatchChange &c : must(watch.history(s.id), "read watch history"))
        history << QJsonObject{{u"level"_s, c.level ? students::riskCode(*c.level) : QString()},
                               {u"reason"_s, c.reason}, {u"changed_by"_s, c.changedBy}};
    out.insert(u"watch_history"_s, history);
    return out;
}

QJsonArray casesJson(vault::Vault &vault, const QString &studentNo)
{
    const auto found = must(students::StudentRepository(vault).findByNumber(studentNo), "find a student");
    QJsonArray out;
    if (!found) return out;
    cases::CaseRepository repo(vault);
    for (const cases::Case &c : must(repo.casesOf(found->id), "read cases")) {
        QJsonArray sessions;
        for (const cases::Session &s : must(repo.sessionsOf(c.id), "read sessions"))
            sessions << QJsonObject{{u"held_on"_s, date(s.heldOn)}, {u"minutes"_s, s.minutes},
                                    {u"kind"_s, cases::kindCode(s.kind)}, {u"risk"_s, s.risk},
                                    {u"author"_s, s.author}, {u"presenting"_s, s.presenting},
                                    {u"plan"_s, s.plan}, {u"next_appointment"_s, time(s.nextAppointment)}};
        out << QJsonObject{{u"student_no"_s, studentNo}, {u"category"_s, c.category},
                           {u"opened_on"_s, date(c.openedOn)}, {u"opened_by"_s, c.openedBy},
                           {u"consent_guardian"_s, c.consentGuardian}, {u"consent_on"_s, date(c.consentOn)},
                           {u"open"_s, c.open}, {u"closed_on"_s, date(c.closedOn)}, {u"outcome"_s, c.outcome},
                           {u"sessions"_s, sessions}};
    }
    return out;
}

QJsonArray categoriesJson(vault::Vault &vault)
{
    QJsonArray out;
    for (const cases::ConcernCategory &c : must(cases::concernCategories(vault, true), "read categories")) {
        QJsonObject o{{u"code"_s, c.code}, {u"built_in"_s, c.builtIn}, {u"renamed"_s, c.renamed}, {u"active"_s, c.active}};
        if (!c.builtIn || c.renamed) o.insert(u"name"_s, c.name);
        out << o;
    }
    return out;
}

QJsonArray schoolInstrumentsJson(vault::Vault &vault)
{
    QJsonArray out;
    for (const screening::LibraryEntry &e : must(screening::InstrumentLibrary(vault).available(), "read the library")) {
        if (e.shipped) continue;
        // Every version kept (read only: the library has no call that lists them).
        auto stmt = must(vault.database().prepare(u"SELECT version FROM instrument_definitions WHERE code = ? ORDER BY version"_s),
                         "list kept versions");
        stmt.bind(1, e.instrument.code);
        QJsonArray versions;
        while (must(stmt.step(), "list kept versions")) versions << stmt.text(0);
        out << QJsonObject{{u"code"_s, e.instrument.code}, {u"version"_s, e.instrument.version},
                           {u"items"_s, static_cast<int>(e.instrument.items.size())},
                           {u"loaded_by"_s, e.loadedBy}, {u"kept_versions"_s, versions}};
    }
    return out;
}

QJsonArray runsJson(vault::Vault &vault)
{
    screening::RunRepository runs(vault);
    screening::FollowUpRepository followUps(vault);
    QJsonArray out;
    for (const screening::Run &run : must(runs.list(), "list runs")) {
        QJsonArray instruments;
        for (const screening::RunInstrument &ri : run.instruments)
            instruments << QJsonObject{{u"code"_s, ri.code}, {u"version"_s, ri.version}};
        QJsonArray targets;
        for (const screening::RunTarget &t : run.targets)
            targets << QJsonObject{{u"grade"_s, t.grade}, {u"class"_s, t.klass}};
        const auto participants = must(runs.participants(run.id), "read a run's list");
        screening::SheetStore store(vault, run.id);
        QJsonArray sheets;
        QJsonArray follow;
        for (const screening::Participant &p : participants) {
            for (const screening::RunInstrument &ri : run.instruments) {
                const auto answers = must(store.answers(p.studentId, ri.code), "read answers");
                if (!answers) continue;
                QJsonArray values;
                for (int a : *answers) values << a;
                const auto score = must(store.score(p.studentId, ri.code), "read a score");
                const auto history = must(store.scoreHistory(p.studentId, ri.code), "read score history");
                sheets << QJsonObject{{u"student_no"_s, p.studentNo}, {u"instrument"_s, ri.code},
                                      {u"complete"_s, score.has_value()}, {u"answers"_s, values},
                                      {u"score"_s, score ? QJsonValue(scoreJson(*score)) : QJsonValue()},
                                      {u"history"_s, static_cast<int>(history.size())}};
            }
            if (const auto f = must(followUps.forStudent(run.id, p.studentId), "read a follow-up"))
                follow << QJsonObject{{u"student_no"_s, p.studentNo},
                                      {u"status"_s, screening::followUpStatusCode(f->status)},
                                      {u"interview_at"_s, time(f->interviewAt)}, {u"closed_by"_s, f->closedBy},
                                      {u"note"_s, f->note}};
        }
        out << QJsonObject{{u"name"_s, run.name}, {u"status"_s, screening::runStatusCode(run.status)},
                           {u"opens_on"_s, date(run.opensOn)}, {u"closes_on"_s, date(run.closesOn)},
                           {u"instruments"_s, instruments}, {u"targets"_s, targets},
                           {u"participants"_s, static_cast<int>(participants.size())}, {u"sheets"_s, sheets},
                           {u"follow_ups"_s, follow}};
    }
    return out;
}

void writeFixtureFiles(const QString &outDir, const QJsonObject &fixture)
{
    QFile json(QDir(outDir).filePath(u"fixture.json"_s));
    if (!json.open(QIODevice::WriteOnly) || json.write(QJsonDocument(fixture).toJson(QJsonDocument::Indented)) < 0) {
        std::fprintf(stderr, "cd_make_fixture_vault: cannot write %s\n", json.fileName().toUtf8().constData());
        std::exit(1);
    }
    const QJsonObject madeBy = fixture.value(u"made_by"_s).toObject();
    QString md;
    md += u"# Old-vault fixture %1\n\n"_s.arg(fixture.value(u"name"_s).toString());
    md += u"Synthetic data only. Made by `cd_make_fixture_vault` (tests/tools/) of CounselDesk %1, schema "
          "version %2 (`PRAGMA user_version`), SQLCipher %3, maker commit `%4`. Never regenerate it: see "
          "../README.md.\n\n"_s.arg(madeBy.value(u"cd_version"_s).toString())
              .arg(madeBy.value(u"schema_version"_s).toInt())
              .arg(madeBy.value(u"sqlcipher"_s).toString(), madeBy.value(u"maker_commit"_s).toString());
    md += u"- `%1/`: the vault folder, closed cleanly (whole-file seal in the key slots)\n"_s.arg(
        fixture.value(u"vault_dir"_s).toString());
    md += u"- `%1`: a backup of it made by the same version just before it was closed\n"_s.arg(
        fixture.value(u"backup_file"_s).toString());
    md += u"- `fixture.json`: credentials, counts and expected values (read by tests/integration/test_old_vaults.cpp)\n\n"_s;
    md += u"| Login | Role | Passphrase |\n|---|---|---|\n"_s;
    for (const QJsonValue &u : fixture.value(u"users"_s).toArray())
        md += u"| `%1` | %2 | `%3` |\n"_s.arg(u.toObject().value(u"login"_s).toString(),
                                             u.toObject().value(u"role"_s).toString(),
                                             u.toObject().value(u"passphrase"_s).toString());
    md += u"\nRecovery code: `%1`\n\n"_s.arg(fixture.value(u"recovery_code"_s).toString());
    md += u"| Table | Rows in the vault | Rows in the backup |\n|---|---|---|\n"_s;
    const QJsonObject counts = fixture.value(u"counts"_s).toObject();
    const QJsonObject backupCounts = fixture.value(u"backup_counts"_s).toObject();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        md += u"| %1 | %2 | %3 |\n"_s.arg(it.key()).arg(it.value().toInteger()).arg(backupCounts.value(it.key()).toInteger());
    QFile readme(QDir(outDir).filePath(u"README.md"_s));
    if (!readme.open(QIODevice::WriteOnly) || readme.write(md.toUtf8()) < 0) {
        std::fprintf(stderr, "cd_make_fixture_vault: cannot write %s\n", readme.fileName().toUtf8().constData());
        std::exit(1);
    }
}

}  // namespace cd::fixture
