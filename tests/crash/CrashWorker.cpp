// The victim of the crash harness (test_crash.cpp): opens a vault and repeats one operation
// until it is killed, printing "done N" after each one is committed. Synthetic data only.
//
//   cd_crash_worker roster  VAULT PASSPHRASE   imports 200 new students per round (one CSV each)
//   cd_crash_worker session VAULT PASSPHRASE   saves a session with a private note and a draft
//   cd_crash_worker session-audit-kill VAULT PASSPHRASE   the same, killing itself before the audit row
//   cd_crash_worker backup  VAULT PASSPHRASE DEST   writes backups (2 generations kept)
//   cd_crash_worker restore VAULT PASSPHRASE FILE   restores the backup FILE over the vault
//   cd_crash_worker screening VAULT PASSPHRASE      imports a PHQ-9 answer file of 200 sheets per round
//                                                   into the vault's open run, alternating between the
//                                                   first and the second 200 students of its list, so
//                                                   that from the third round on every sheet replaces one

#include "backup/Backup.h"
#include "storage/Database.h"
#include "io/TableFile.h"
#include "cases/CaseRepository.h"
#include "cases/DraftStore.h"
#include "crypto/Crypto.h"
#include "roster/RosterImport.h"
#include "roster/RosterMapping.h"
#include "screening/AnswerImport.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <csignal>
#include <cstdio>

using namespace cd;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRosterRows = 200;
constexpr int kScreeningSheets = 200;

int fail(const Error &error)
{
    std::fprintf(stderr, "worker: %s\n", error.message.toUtf8().constData());
    return 1;
}

Status importRound(vault::Vault &vault, int round)
{
    const QString path = QDir(vault.directory()).absoluteFilePath(u"../roster-%1.csv"_s.arg(round));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) return makeError(ErrorCode::Io, file.errorString());
        QTextStream out(&file);
        out << "学号,姓名,性别,年级,班级\n";
        for (int i = 0; i < kRosterRows; ++i)
            out << "R" << round << "-" << i << ",测试学生" << round << "_" << i << "," << (i % 2 ? "男" : "女")
                << ",7," << (i % 6 + 1) << "\n";
    }
    auto table = io::readTableFile(path);
    QFile::remove(path);
    if (!table) return table.error();
    roster::ColumnMapping mapping = roster::guessMapping(*table);
    auto plan = roster::planRosterImport(vault, *table, mapping);
    if (!plan) return plan.error();
    auto summary = roster::applyRosterImport(vault, *plan, roster::headerSignature(*table, mapping.headerRow), mapping);
    if (!summary) return summary.error();
    if (summary->added != kRosterRows) return makeError(ErrorCode::Internal, u"round %1 added %2"_s.arg(round).arg(summary->added));
    return {};
}

Status sessionRound(vault::Vault &vault, qint64 caseId, int round)
{
    cases::Session s;
    s.caseId = caseId;
    s.heldOn = QDate(2026, 1, 1).addDays(round % 300);
    s.minutes = 40;
    s.presenting = u"第%1次：考试前失眠，注意力难以集中。"_s.arg(round);
    s.observations = QString(400, u'观');
    // As the session editor does: a draft while typing, then the save (session, private note,
    // the draft's removal and the audit row in one transaction).
    CD_TRY(cases::DraftStore(vault).save(s, u"draft note %1"_s.arg(round)));
    auto id = cases::CaseRepository(vault).saveSession(s, u"private %1"_s.arg(round));
    return id ? Status() : Status(id.error());
}

/// One answer file of kScreeningSheets rows (PHQ-9, answers varying with the round), planned and
/// applied like the import dialog does.
Status screeningRound(vault::Vault &vault, qint64 runId, const QStringList &studentNos, int round)
{
    const QString path = QDir(vault.directory()).absoluteFilePath(u"../answers-%1.csv"_s.arg(round));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) return makeError(ErrorCode::Io, file.errorString());
        QTextStream out(&file);
        out << "学号,Q1,Q2,Q3,Q4,Q5,Q6,Q7,Q8,Q9\n";
        const int first = (round % 2) * kScreeningSheets;
        for (int i = 0; i < kScreeningSheets; ++i) {
            out << studentNos.value(first + i);
            for (int item = 0; item < 9; ++item) out << "," << ((round + i * 7 + item * item) % 11 == 0 ? (i + round) % 4 : (i + item) % 2);
            out << "\n";
        }
    }
    auto table = io::readTableFile(path);
    QFile::remove(path);
    if (!table) return table.error();
    auto ins = screening::RunRepository(vault).instrument(runId, u"PHQ-9"_s);
    if (!ins) return ins.error();
    const screening::AnswerMapping mapping = screening::guessAnswerMapping(*table, *ins);
    auto plan = screening::planAnswerImport(vault, runId, u"PHQ-9"_s, *table, mapping);
    if (!plan) return plan.error();
    auto summary = screening::applyAnswerImport(vault, runId, *plan, false);
    if (!summary) return summary.error();
    if (summary->imported != kScreeningSheets)
        return makeError(ErrorCode::Internal, u"round %1 imported %2"_s.arg(round).arg(summary->imported));
    return {};
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4) return 2;
    QString op = args.at(1);
    if (op == u"restore"_s) {  // the vault must be closed for this one
        if (args.size() < 5) return 2;
        std::printf("ready\n");
        std::fflush(stdout);
        for (int round = 0;; ++round) {
            auto backup = backup::openBackup(args.at(4), u"lead"_s, args.at(3), vault::UnlockMethod::Passphrase);
            if (!backup) return fail(backup.error());
            if (auto st = backup::restoreBackup(*backup, args.at(2), u"lead"_s, args.at(3),
                                                vault::UnlockMethod::Passphrase);
                !st)
                return fail(st.error());
            std::printf("done %d\n", round);
            std::fflush(stdout);
        }
    }
    auto opened = vault::Vault::open(args.at(2), u"lead"_s, args.at(3));
    if (!opened) return fail(opened.error());
    vault::Vault &vault = **opened;

    if (op == u"session-audit-kill"_s) {
        // Killed between the session's write and its audit row: the recovered vault must show
        // neither (test_crash.cpp).
        vault::Vault::setBeforeAuditRowHookForTesting([]() { std::raise(SIGKILL); });
        op = u"session"_s;
    }
    qint64 caseId = 0;
    if (op == u"session"_s) {
        auto stmt = vault.database().prepare(u"SELECT id FROM cases LIMIT 1"_s);
        if (!stmt || !*stmt->step()) return 3;
        caseId = stmt->int64(0);
    }
    qint64 runId = 0;
    QStringList studentNos;
    if (op == u"screening"_s) {
        auto stmt = vault.database().prepare(u"SELECT r.run_id, s.student_no FROM run_students r JOIN students s ON "
                                             "s.id = r.student_id ORDER BY s.student_no"_s);
        while (stmt && *stmt->step()) {
            runId = stmt->int64(0);
            studentNos << stmt->text(1);
        }
        if (studentNos.size() < 2 * kScreeningSheets) return 3;
    }
    const auto studentCount = vault.database().scalar(u"SELECT count(*) FROM students"_s);
    int round = studentCount ? static_cast<int>(studentCount->toLongLong() / kRosterRows) : 0;
    if (op == u"screening"_s)
        round = vault.database().scalar(u"SELECT count(*) FROM audit_log WHERE action = 'screening.sheets'"_s)->toInt();
    std::printf("ready\n");
    std::fflush(stdout);
    for (;; ++round) {
        Status st;
        if (op == u"roster"_s) st = importRound(vault, round);
        else if (op == u"session"_s) st = sessionRound(vault, caseId, round);
        else if (op == u"screening"_s) st = screeningRound(vault, runId, studentNos, round);
        else if (op == u"backup"_s && args.size() > 4) {
            auto made = backup::createBackup(backup::sourceOf(vault), args.at(4));
            st = made ? vault.recordEvent(audit::action::BackupMade, made->path) : Status(made.error());
        } else
            return 2;
        if (!st) return fail(st.error());
        std::printf("done %d\n", round);
        std::fflush(stdout);
    }
}
