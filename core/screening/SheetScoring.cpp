#include "common/Clock.h"

#include "common/CodeTable.h"
#include "screening/SheetScoring.h"

using namespace Qt::StringLiterals;

namespace cd::screening {

namespace {

QString flagCode(FlagKind kind)
{
    static const CodeTable<FlagKind> table = {
        {FlagKind::Critical, "critical"}, {FlagKind::CutOff, "cutoff"}, {FlagKind::Invalid, "invalid"}};
    return table.code(kind);
}

QList<FlagKind> flagsOf(const SheetScore &score)
{
    QList<FlagKind> flags;
    if (!score.critical.isEmpty()) flags << FlagKind::Critical;
    bool cutOff = score.totalFlagged;
    for (const ScaleScore &s : score.subscales) cutOff = cutOff || s.flagged;
    if (cutOff) flags << FlagKind::CutOff;
    if (!score.valid) flags << FlagKind::Invalid;
    return flags;
}

}  // namespace

StoredScore readStoredScore(const storage::Statement &s, int c)
{
    StoredScore out;
    out.sheetId = s.int64(c);
    out.version = s.text(c + 1);
    out.valid = s.int64(c + 2) != 0;
    out.total = s.real(c + 3);
    out.band = static_cast<int>(s.int64(c + 4));
    if (!s.isNull(c + 5)) out.tScore = s.real(c + 5);
    out.followUp = s.int64(c + 6) != 0;
    for (const QString &code : s.text(c + 7).split(u',', Qt::SkipEmptyParts))
        for (FlagKind kind : {FlagKind::Critical, FlagKind::CutOff, FlagKind::Invalid})
            if (flagCode(kind) == code) out.flags << kind;
    out.criticalItems = s.text(c + 8).split(u',', Qt::SkipEmptyParts);
    out.invalidCodes = s.text(c + 9).split(u',', Qt::SkipEmptyParts);
    out.scoredAt = clock::fromStorage(s.text(c + 10));
    out.scoredBy = s.text(c + 11);
    // "code=value=flag;…" (flag 1 or 0)
    for (const QString &part : s.text(c + 12).split(u';', Qt::SkipEmptyParts)) {
        const QStringList f = part.split(u'=');
        if (f.size() == 3) out.subscales << ScaleScore{f.at(0), f.at(1).toDouble(), f.at(2) == u"1"_s};
    }
    return out;
}

ScoringContext::ScoringContext(storage::Database &db, const Instrument &instrument, qint64 runId, QString actor)
    : m_db(db), m_instrument(instrument), m_runId(runId), m_actor(std::move(actor))
{
}

Status ScoringContext::prepare()
{
    auto insert = m_db.prepare(u"INSERT INTO screening_scores (sheet_id, version, current, valid, total, band, t_score, "
                               "follow_up, flags, critical, invalid, scored_at, scored_by, subscales) "
                               "VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (!insert) return insert.error();
    m_insertScore.emplace(std::move(*insert));
    auto followUp = m_db.prepare(u"INSERT OR IGNORE INTO screening_follow_ups (run_id, student_id, opened_at) "
                                 "VALUES (?, ?, ?)"_s);
    if (!followUp) return followUp.error();
    m_openFollowUp.emplace(std::move(*followUp));
    auto reopen = m_db.prepare(u"UPDATE screening_follow_ups SET status = 'open', closed_at = '', closed_by = '' "
                               "WHERE run_id = ? AND student_id = ? AND status <> 'open'"_s);
    if (!reopen) return reopen.error();
    m_reopenFollowUp.emplace(std::move(*reopen));
    return {};
}

Result<bool> ScoringContext::scoreAndStore(qint64 sheetId, qint64 studentId, const Student &student,
                                           const AnswerRow &answers, std::optional<int> seconds, const QString &now)
{
    const SheetScore score = scoreAnswerRow(m_instrument, answers, seconds);
    const QList<FlagKind> flags = flagsOf(score);
    QStringList flagCodes, critical;
    for (FlagKind f : flags) flagCodes << flagCode(f);
    for (const CriticalHit &hit : score.critical) critical << hit.item;
    const bool followUp = score.needsFollowUp();

    storage::Statement &insert = *m_insertScore;
    insert.reset();
    insert.bind(1, sheetId).bind(2, m_instrument.version).bind(3, score.valid ? 1 : 0).bind(4, score.total);
    insert.bind(5, score.band);
    const auto t = score.valid ? m_instrument.tScore(u"total"_s, score.total, student.grade, student.sex) : std::nullopt;
    if (t) insert.bind(6, *t);
    else insert.bindNull(6);
    insert.bind(7, followUp ? 1 : 0).bind(8, flagCodes.join(u',')).bind(9, critical.join(u','));
    insert.bind(10, score.invalidCodes.join(u',')).bind(11, now).bind(12, m_actor);
    QStringList subscales;
    for (const ScaleScore &sub : score.subscales)
        subscales << sub.code + u'=' + QString::number(sub.value, 'g', 10) + (sub.flagged ? u"=1"_s : u"=0"_s);
    insert.bind(13, subscales.join(u';'));
    CD_TRY(insert.exec());
    if (followUp) {
        storage::Statement &open = *m_openFollowUp;
        open.reset();
        open.bind(1, m_runId).bind(2, studentId).bind(3, now);
        CD_TRY(open.exec());
        if (!score.critical.isEmpty()) {
            storage::Statement &reopen = *m_reopenFollowUp;
            reopen.reset();
            reopen.bind(1, m_runId).bind(2, studentId);
            CD_TRY(reopen.exec());
            m_reopened += m_db.changes();
        }
    }
    return followUp;
}

}  // namespace cd::screening
