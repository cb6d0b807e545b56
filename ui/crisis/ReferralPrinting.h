#pragma once
// Prints one of a referral's documents (the advice to the guardian, the letter to the hospital,
// the return slip) through the document preview: the passphrase again, the exact text kept,
// audited. A referral that cannot be read says why.

#include "core/crisis/PrintedDocuments.h"

class QWidget;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

void printReferralDocument(vault::Vault &vault, qint64 referralId, crisis::DocumentKind kind, QWidget *parent);

}  // namespace cd::ui
