#include "ui/setup/SetupWizard.h"

#include "ui/setup/SetupPages.h"
#include "core/vault/Vault.h"

#include <QDir>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

SetupWizard::SetupWizard(const QString &vaultDirectory, QWidget *parent)
    : QWizard(parent), m_directory(vaultDirectory)
{
    setObjectName(u"setupWizard"_s);
    setWindowTitle(tr("Set up CounselDesk"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    resize(640, 520);  // smaller where the screen is (ui/common/WindowFit.h)

    auto *school = new SchoolPage(this);
    auto *lead = new LeadPage(this);
    m_createPage = new CreatePage(this, school, lead);
    m_recoveryPage = new RecoveryPage(this, school);
    setPage(School, school);
    setPage(Lead, lead);
    setPage(Create, m_createPage);
    setPage(Recovery, m_recoveryPage);
    setStartId(School);
}

SetupWizard::~SetupWizard() = default;

std::unique_ptr<vault::Vault> SetupWizard::takeVault()
{
    m_recoveryCode.fill(u' ');
    m_recoveryCode.clear();
    return std::move(m_vault);
}

void SetupWizard::reject()
{
    // Once the vault exists the wizard only ends by keeping the recovery code.
    if (m_vault) return;
    QWizard::reject();
}

}  // namespace ui
}  // namespace cd
