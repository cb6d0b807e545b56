#pragma once
// Synthetic referrals and safety plans for the document tests: the data a letter is composed
// from, and a referral saved in a vault.

#include "crisis/Documents.h"
#include "vault/Vault.h"

#include <QByteArray>
#include <QString>

namespace cd::test {

/// A synthetic school, student (王小明, boy, born 2011-09-01, grade 8), hospital, referral
/// ZJ-2026-007 with the default disclosure, and a document date of 2026-03-05.
crisis::ReferralDocumentData sampleReferralData();
/// The same student's safety plan (version 2, review 2026-03-19) with one hospital in step 5.
crisis::SafetyPlanDocumentData sampleSafetyPlanData();

/// A 48×48 PNG logo (dark red).
QByteArray testLogoPng();

/// Adds a hospital to the directory and a referral for `studentId` to it with the reason, the
/// consent and `disclose`; returns the referral's id (REQUIREs success).
qint64 addTestReferral(vault::Vault &vault, qint64 studentId, const QList<crisis::Disclosure> &disclose,
                       const QString &sessionText = {}, const QString &screeningText = {});

/// The text of a PDF as poppler's pdftotext reads it (-layout); REQUIREs the tool is installed.
QString pdfText(const QString &pdf);

}  // namespace cd::test
