#pragma once
// First start: creates the room's vault. School, first user (the room lead) with a passphrase,
// creation off the UI thread, then the recovery code, shown once, printed or saved, confirmed.

#include "core/crypto/Crypto.h"

#include <QWizard>

#include <memory>

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

class SchoolPage;
class LeadPage;
class CreatePage;
class RecoveryPage;

class SetupWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { School, Lead, Create, Recovery };

    explicit SetupWizard(const QString &vaultDirectory, QWidget *parent = nullptr);
    ~SetupWizard() override;

    /// Tests and demos may lower the key-derivation cost; the default is Moderate.
    void setKdfStrength(crypto::KdfStrength strength) { m_kdf = strength; }
    /// The created vault, once the wizard was accepted (then the wizard no longer holds it).
    std::unique_ptr<vault::Vault> takeVault();

    void reject() override;

Q_SIGNALS:
    /// "District packages…" (first page): the education bureau's District window, which needs no vault.
    void districtRequested();

private:
    friend class CreatePage;
    friend class RecoveryPage;
    QString m_directory;
    crypto::KdfStrength m_kdf = crypto::KdfStrength::Moderate;
    std::unique_ptr<vault::Vault> m_vault;
    QString m_recoveryCode;
    CreatePage *m_createPage;
    RecoveryPage *m_recoveryPage;
};

}  // namespace ui
}  // namespace cd
