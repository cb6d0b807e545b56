#include "ui/setup/SetupWizard.h"

#include "ui/setup/SetupPages.h"
#include "core/vault/Vault.h"

#include <QAbstractButton>
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

    // The education bureau needs no vault: its District window, from the first page.
    setButtonText(QWizard::CustomButton1, tr("&District packages…"));
    button(QWizard::CustomButton1)->setObjectName(u"districtPackages"_s);
    button(QWizard::CustomButton1)
        ->setToolTip(tr("For the education bureau: merge the schools' semester summaries into district tables. "
                        "Needs no vault."));
    setOption(QWizard::HaveCustomButton1, true);
    connect(this, &QWizard::currentIdChanged, this, [this](int id) { setOption(QWizard::HaveCustomButton1, id == School); });
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1) Q_EMIT districtRequested();
    });
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
