#include "crisis/PrintedDocuments.h"

#include "audit/AuditTarget.h"
#include "common/Clock.h"
#include "common/CodeTable.h"
#include "crisis/CrisisAudit.h"
#include "crisis/Documents.h"
#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::crisis {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(PrintedDocuments)
};

const CodeTable<DocumentKind> &kindCodes()
{
    static const CodeTable<DocumentKind> table = {{DocumentKind::GuardianAdvice, "guardian_advice"},
                                                  {DocumentKind::HospitalLetter, "hospital_letter"},
                                                  {DocumentKind::ReturnSlip, "return_slip"},
                                                  {DocumentKind::SafetyPlan, "safety_plan"}};
    return table;
}

const QString kColumns = u"id, student_id, COALESCE(referral_id, 0), COALESCE(plan_id, 0), kind, language, body, "
                         "printed_at, printed_by FROM printed_documents "_s;

PrintedDocument readRow(const storage::Statement &stmt)
{
    PrintedDocument d;
    d.id = stmt.int64(0);
    d.studentId = stmt.int64(1);
    d.referralId = stmt.int64(2);
    d.planId = stmt.int64(3);
    d.kind = documentKindFromCode(stmt.text(4)).value_or(DocumentKind::HospitalLetter);
    d.language = stmt.text(5);
    d.body = stmt.text(6);
    d.printedAt = clock::fromStorage(stmt.text(7));
    d.printedBy = stmt.text(8);
    return d;
}

/// The first column of the row `sql` finds with `id` and `studentId` bound, or empty when none.
Result<std::optional<QString>> lookUp(storage::Database &db, const QString &sql, qint64 id, qint64 studentId)
{
    auto stmt = db.prepare(sql);
    if (!stmt) return stmt.error();
    stmt->bind(1, id).bind(2, studentId);
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return std::optional<QString>();
    return std::optional<QString>(stmt->text(0));
}

}  // namespace

QString documentKindCode(DocumentKind kind) { return kindCodes().code(kind); }
std::optional<DocumentKind> documentKindFromCode(const QString &code) { return kindCodes().fromCode(code); }

QString documentKindName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::GuardianAdvice: return Tr::tr("Referral advice to the guardian");
    case DocumentKind::HospitalLetter: return Tr::tr("Letter to the hospital");
    case DocumentKind::ReturnSlip: return Tr::tr("Return slip");
    case DocumentKind::SafetyPlan: return Tr::tr("Safety plan");
    }
    return {};
}

Result<qint64> PrintedDocuments::record(const PrintedDocument &document)
{
    if (document.body.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, Tr::tr("The document is empty: there is nothing to print."));
    if (!documentLanguages().contains(document.language))
        return makeError(ErrorCode::Usage, Tr::tr("Documents are printed in Chinese (zh_CN) or English (en)."));
    storage::Database &db = m_vault.database();
    {
        auto stmt = db.prepare(u"SELECT 1 FROM students WHERE id = ?"_s);
        if (!stmt) return stmt.error();
        stmt->bind(1, document.studentId);
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) return makeError(ErrorCode::NotFound, Tr::tr("That student is no longer in the vault."));
    }
    const QString kindCode = documentKindCode(document.kind);
    QString detail;
    if (document.kind == DocumentKind::SafetyPlan) {
        auto plan = lookUp(db, u"SELECT version FROM safety_plans WHERE id = ? AND student_id = ?"_s, document.planId,
                           document.studentId);
        if (!plan) return plan.error();
        if (!plan->has_value())
            return makeError(ErrorCode::NotFound, Tr::tr("That safety plan is not in the vault for this student."));
        detail = u"plan:%1 "_s.arg(document.planId);
    } else {
        auto number = lookUp(db, u"SELECT number FROM referrals WHERE id = ? AND student_id = ?"_s,
                             document.referralId, document.studentId);
        if (!number) return number.error();
        if (!number->has_value())
            return makeError(ErrorCode::NotFound, Tr::tr("That referral is not in the vault for this student."));
        detail = audit::referralDetail(**number) + u' ';
    }
    detail += kindCode + u' ' + document.language;

    qint64 id = 0;
    CD_TRY(m_vault.recordChange(audit::action::DocumentPrinted, audit::studentTarget(document.studentId), detail,
                                [&]() -> Status {
        auto insert = db.prepare(u"INSERT INTO printed_documents (student_id, referral_id, plan_id, kind, language, "
                                 "body, printed_at, printed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (!insert) return insert.error();
        insert->bind(1, document.studentId);
        if (document.kind == DocumentKind::SafetyPlan) insert->bindNull(2).bind(3, document.planId);
        else insert->bind(2, document.referralId).bindNull(3);
        insert->bind(4, kindCode).bind(5, document.language).bind(6, document.body);
        insert->bind(7, clock::toStorage(clock::now())).bind(8, m_vault.currentUser().login);
        CD_TRY(insert->exec());
        id = db.lastInsertRowId();
        return {};
    }));
    return id;
}

Result<QList<PrintedDocument>> PrintedDocuments::forStudent(qint64 studentId)
{
    auto stmt = m_vault.database().prepare(u"SELECT "_s + kColumns
                                           + u"WHERE student_id = ? ORDER BY printed_at DESC, id DESC"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, studentId);
    QList<PrintedDocument> list;
    for (;;) {
        auto row = stmt->step();
        if (!row) return row.error();
        if (!*row) break;
        list.append(readRow(*stmt));
    }
    return list;
}

Result<std::optional<PrintedDocument>> PrintedDocuments::latestForReferral(qint64 referralId, DocumentKind kind)
{
    auto stmt = m_vault.database().prepare(
        u"SELECT "_s + kColumns + u"WHERE referral_id = ? AND kind = ? ORDER BY printed_at DESC, id DESC LIMIT 1"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, referralId).bind(2, documentKindCode(kind));
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return std::optional<PrintedDocument>();
    return std::optional<PrintedDocument>(readRow(*stmt));
}

}  // namespace cd::crisis
