#include "common/Clock.h"

#include "io/CsvWriter.h"
#include "screening/Results.h"

#include "screening/SheetScoring.h"
#include "students/Student.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::screening {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Screening)
};

/// Sort key: grade, then class as a number when it is one ("2" before "10").
std::tuple<int, int, QString> groupKey(int grade, const QString &klass)
{
    bool numeric = false;
    const int n = klass.toInt(&numeric);
    return {grade, numeric ? n : INT_MAX, klass};
}

void add(GroupCounts &g, bool taken, bool valid, int band, bool flagged, int count, int bands)
{
    g.expected += count;
    if (!taken) return;
    g.taken += count;
    if (flagged) g.flagged += count;
    if (!valid) {
        g.invalid += count;
        return;
    }
    if (g.perBand.size() != bands) g.perBand.resize(bands);
    if (band >= 0 && band < bands) g.perBand[band] += count;
}

}  // namespace

QString GroupCounts::name() const
{
    if (grade == 0) return Tr::tr("Whole run");
    return klass.isEmpty() ? students::gradeName(grade) : students::className(grade, klass);
}

Result<RunSummary> summarize(vault::Vault &vault, qint64 runId, const QString &code)
{
    RunSummary summary;
    auto ins = RunRepository(vault).instrument(runId, code);
    if (!ins) return ins.error();
    summary.instrument = *ins;
    const int bands = static_cast<int>(ins->bands.size());
    summary.all.perBand.resize(bands);

    storage::Database &db = vault.database();
    auto stmt = db.prepare(
        u"SELECT r.grade, r.class_name, h.id IS NOT NULL, c.valid, c.band, c.follow_up, count(*) FROM run_students r "
        "LEFT JOIN screening_sheets h ON h.run_id = r.run_id AND h.student_id = r.student_id AND h.instrument = ?2 "
        "AND h.complete = 1 "
        "LEFT JOIN screening_scores c ON c.sheet_id = h.id AND c.current = 1 "
        "WHERE r.run_id = ?1 GROUP BY 1, 2, 3, 4, 5, 6"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, runId).bind(2, code);
    std::map<std::tuple<int, int, QString>, GroupCounts> classes, grades;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        const int grade = static_cast<int>(stmt->int64(0));
        const QString klass = stmt->text(1);
        const bool taken = stmt->int64(2) != 0;
        const bool valid = stmt->int64(3) != 0;
        const int band = static_cast<int>(stmt->int64(4));
        const bool flagged = stmt->int64(5) != 0;
        const int count = static_cast<int>(stmt->int64(6));
        GroupCounts &c = classes[groupKey(grade, klass)];
        c.grade = grade;
        c.klass = klass;
        GroupCounts &g = grades[groupKey(grade, QString())];
        g.grade = grade;
        for (GroupCounts *group : {&c, &g, &summary.all}) {
            if (group->perBand.size() != bands) group->perBand.resize(bands);
            add(*group, taken, valid, band, flagged, count, bands);
        }
    }
    for (auto &[key, g] : grades) summary.byGrade << g;
    for (auto &[key, c] : classes) summary.byClass << c;

    auto followUps = db.prepare(u"SELECT status, count(*) FROM screening_follow_ups WHERE run_id = ? GROUP BY status"_s);
    if (!followUps) return followUps.error();
    followUps->bind(1, runId);
    for (;;) {
        auto row = followUps->step();
        if (!row) return row.error();
        if (!*row) break;
        const int n = static_cast<int>(followUps->int64(1));
        switch (followUpStatusFromCode(followUps->text(0)).value_or(FollowUpStatus::Open)) {
        case FollowUpStatus::Open: summary.followUpsOpen += n; break;
        case FollowUpStatus::Confirmed: summary.followUpsConfirmed += n; break;
        case FollowUpStatus::Cleared: summary.followUpsCleared += n; break;
        }
    }
    return summary;
}

Result<QList<FlaggedSheet>> flaggedSheets(vault::Vault &vault, qint64 runId)
{
    auto stmt = vault.database().prepare(
        u"SELECT s.id, s.student_no, s.name, r.grade, r.class_name, r.sex, h.instrument, %1, "
        "%2 "
        "FROM screening_scores c JOIN screening_sheets h ON h.id = c.sheet_id "
        "JOIN run_students r ON r.run_id = h.run_id AND r.student_id = h.student_id "
        "JOIN students s ON s.id = h.student_id "
        "LEFT JOIN screening_follow_ups f ON f.run_id = h.run_id AND f.student_id = h.student_id "
        "WHERE h.run_id = ? AND c.current = 1 AND (c.follow_up = 1 OR f.status = 'open')"_s.arg(QLatin1String(kStoredScoreColumns), QLatin1String(kFollowUpColumns)));
    if (!stmt) return stmt.error();
    stmt->bind(1, runId);
    QList<FlaggedSheet> list;
    constexpr int f0 = 7 + kStoredScoreColumnCount;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        FlaggedSheet sheet;
        sheet.student = Participant{stmt->int64(0), stmt->text(1), stmt->text(2), static_cast<int>(stmt->int64(3)),
                                    stmt->text(4), stmt->text(5)};
        sheet.instrument = stmt->text(6);
        sheet.score = readStoredScore(*stmt, 7);
        if (!stmt->isNull(f0)) sheet.followUp = readFollowUp(*stmt, f0);
        list << sheet;
    }
    const auto rank = [](const FlaggedSheet &s) {
        return s.score.flags.contains(FlagKind::Critical) ? 0 : s.score.flags.contains(FlagKind::Invalid) ? 1 : 2;
    };
    std::stable_sort(list.begin(), list.end(), [&rank](const FlaggedSheet &a, const FlaggedSheet &b) {
        if (rank(a) != rank(b)) return rank(a) < rank(b);
        if (a.score.total != b.score.total) return a.score.total > b.score.total;
        return a.student.studentNo < b.student.studentNo;
    });
    return list;
}

Result<QList<TrendPoint>> studentTrend(vault::Vault &vault, qint64 studentId)
{
    auto stmt = vault.database().prepare(
        u"SELECT u.id, u.name, u.opens_on, h.instrument, %1 FROM screening_sheets h "
        "JOIN screening_runs u ON u.id = h.run_id "
        "JOIN screening_scores c ON c.sheet_id = h.id AND c.current = 1 "
        "WHERE h.student_id = ? AND h.complete = 1 ORDER BY u.opens_on, u.id, h.instrument"_s.arg(
            QLatin1String(kStoredScoreColumns)));
    if (!stmt) return stmt.error();
    stmt->bind(1, studentId);
    QList<TrendPoint> list;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) return list;
        list << TrendPoint{stmt->int64(0), stmt->text(1), QDate::fromString(stmt->text(2), Qt::ISODate), stmt->text(3),
                           readStoredScore(*stmt, 4)};
    }
}

Result<QByteArray> notTakenCsv(vault::Vault &vault, qint64 runId, const QString &instrument)
{
    auto missing = RunRepository(vault).notTaken(runId, instrument);
    if (!missing) return missing.error();
    QString out = QStringList{io::csvCell(Tr::tr("Class")), io::csvCell(Tr::tr("Student number")),
                              io::csvCell(Tr::tr("Name"))}
                      .join(u',')
                  + u"\r\n"_s;
    for (const Participant &p : *missing)
        out += QStringList{io::csvCell(students::className(p.grade, p.klass)), io::csvCell(p.studentNo),
                           io::csvCell(p.name)}
                   .join(u',')
               + u"\r\n"_s;
    return QByteArray("\xEF\xBB\xBF") + out.toUtf8();
}

}  // namespace cd::screening
