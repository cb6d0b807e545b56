#pragma once
// The exact text of every document that left the room (a referral letter, the advice to the
// guardian, a return slip, a safety plan), kept with who printed it and when. Printing is an
// audited event; the stored text is what the CLI renders again (`referral letter`).

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cd::vault {
class Vault;
}

namespace cd::crisis {

enum class DocumentKind { GuardianAdvice, HospitalLetter, ReturnSlip, SafetyPlan };
QString documentKindCode(DocumentKind kind);
std::optional<DocumentKind> documentKindFromCode(const QString &code);
QString documentKindName(DocumentKind kind);

struct PrintedDocument {
    qint64 id = 0;
    qint64 studentId = 0;
    qint64 referralId = 0;  ///< or 0
    qint64 planId = 0;      ///< or 0
    DocumentKind kind = DocumentKind::HospitalLetter;
    QString language;  ///< "zh_CN", "en"
    QString body;      ///< the document as printed (HTML)
    QDateTime printedAt;
    QString printedBy;
};

class PrintedDocuments {
public:
    explicit PrintedDocuments(vault::Vault &vault) : m_vault(vault) {}
    /// Keeps the text that is leaving the room and audits it (`document.print`, the student as
    /// target, "referral:NUMBER KIND LANGUAGE" or "plan:ID KIND LANGUAGE" as detail). Call it
    /// once the output is ready and before it leaves: a PDF is written to PATH.part, recorded,
    /// then renamed into place (a failed record removes the part; a failed write records
    /// nothing); a print is recorded before the printer gets it (a print that fails after this is
    /// still recorded; one that is never recorded never happens).
    Result<qint64> record(const PrintedDocument &document);
    /// A student's printed documents, newest first.
    Result<QList<PrintedDocument>> forStudent(qint64 studentId);
    /// The newest document of `kind` printed for a referral.
    Result<std::optional<PrintedDocument>> latestForReferral(qint64 referralId, DocumentKind kind);

private:
    vault::Vault &m_vault;
};

}  // namespace cd::crisis
