#include "ui/setup/SetupPages.h"

#include "ui/common/Async.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/PassphraseField.h"
#include "ui/common/Printing.h"
#include "ui/setup/RecoveryCodeSheet.h"
#include "ui/setup/SetupWizard.h"
#include "core/vault/Vault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {
/// Gives every label of `forms` the width of the widest, so that their fields line up.
void alignLabelColumns(const QList<QFormLayout *> &forms)
{
    QList<QWidget *> labels;
    int widest = 0;
    for (QFormLayout *form : forms) {
        if (!form) continue;
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (!item || !item->widget()) continue;
            labels << item->widget();
            widest = qMax(widest, item->widget()->sizeHint().width());
        }
    }
    for (QWidget *label : std::as_const(labels)) label->setMinimumWidth(widest);
}
}  // namespace

// ---- SchoolPage ----

SchoolPage::SchoolPage(QWidget *parent) : QWizardPage(parent), m_name(new QLineEdit(this)), m_type(new QComboBox(this))
{
    setTitle(tr("Welcome to CounselDesk"));
    setSubTitle(tr("CounselDesk keeps the counseling room's records in one encrypted vault on this computer. "
                   "First, tell it about the school."));
    m_name->setObjectName(u"schoolName"_s);
    m_name->setMaxLength(100);
    m_name->setPlaceholderText(tr("e.g. No. 3 Middle School"));
    m_type->setObjectName(u"schoolType"_s);
    for (auto type : {vault::SchoolType::Primary, vault::SchoolType::JuniorHigh, vault::SchoolType::SeniorHigh,
                      vault::SchoolType::PrimaryJunior, vault::SchoolType::JuniorSenior, vault::SchoolType::AllGrades})
        m_type->addItem(vault::schoolTypeName(type), QVariant::fromValue(static_cast<int>(type)));
    m_type->setCurrentIndex(1);
    auto *form = new QFormLayout(this);
    //: Not Alt+N: that is the wizard's Next button
    form->addRow(tr("School na&me:"), m_name);
    form->addRow(tr("School &type:"), m_type);
    connect(m_name, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

vault::SchoolProfile SchoolPage::profile() const
{
    return {m_name->text().trimmed(), static_cast<vault::SchoolType>(m_type->currentData().toInt())};
}

bool SchoolPage::isComplete() const { return !m_name->text().trimmed().isEmpty(); }

// ---- LeadPage ----

LeadPage::LeadPage(QWidget *parent)
    : QWizardPage(parent),
      m_login(new QLineEdit(this)),
      m_displayName(new QLineEdit(this)),
      m_loginProblem(new QLabel(this)),
      m_passphrase(new PassphraseField(this))
{
    setTitle(tr("The room lead"));
    setSubTitle(tr("The first user leads the counseling room: they add colleagues and keep the keys. Choose a "
                   "passphrase only you know."));
    m_login->setObjectName(u"leadLogin"_s);
    m_login->setMaxLength(32);
    m_login->setToolTip(tr("The name you sign in with: letters, digits, dots, dashes or underscores."));
    m_displayName->setObjectName(u"leadDisplayName"_s);
    m_displayName->setMaxLength(60);
    m_displayName->setPlaceholderText(tr("e.g. Wang Fang"));
    m_loginProblem->setObjectName(u"loginProblem"_s);
    m_loginProblem->setStyleSheet(u"color: #c62828;"_s);
    m_loginProblem->setWordWrap(true);
    m_loginProblem->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_login);
    form->addRow(QString(), m_loginProblem);
    form->addRow(tr("&Full name:"), m_displayName);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_passphrase);
    // The two forms (names, passphrase) read as one: their fields start at the same place.
    alignLabelColumns({form, qobject_cast<QFormLayout *>(m_passphrase->layout())});
    layout->addStretch();
    connect(m_login, &QLineEdit::textChanged, this, [this]() {
        m_loginProblem->setText(m_login->text().isEmpty() ? QString() : vault::loginProblem(m_login->text()));
        m_loginProblem->setVisible(!m_loginProblem->text().isEmpty());
        m_passphrase->setContextWords({m_login->text()});
        Q_EMIT completeChanged();
    });
    connect(m_passphrase, &PassphraseField::changed, this, &QWizardPage::completeChanged);
}

void LeadPage::initializePage() { m_login->setFocus(); }
QString LeadPage::login() const { return m_login->text().trimmed(); }
QString LeadPage::displayName() const { return m_displayName->text().trimmed(); }
QString LeadPage::passphrase() const { return m_passphrase->passphrase(); }

bool LeadPage::isComplete() const
{
    return vault::loginProblem(m_login->text()).isEmpty() && m_passphrase->acceptable();
}

// ---- CreatePage ----

CreatePage::CreatePage(SetupWizard *wizard, SchoolPage *school, LeadPage *lead)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_school(school),
      m_lead(lead),
      m_status(new QLabel(this)),
      m_busy(new QProgressBar(this))
{
    setTitle(tr("Creating the vault"));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Next"));
    m_status->setObjectName(u"createStatus"_s);
    m_status->setWordWrap(true);
    m_busy->setRange(0, 0);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_busy);
    layout->addStretch();
}

void CreatePage::initializePage()
{
    if (m_running || m_wizard->m_vault) return;
    m_running = true;
    m_busy->show();
    m_status->setText(tr("Generating the keys and encrypting the vault in %1. This takes a few seconds on purpose: "
                         "it makes guessing passphrases slow.")
                          .arg(QDir::toNativeSeparators(m_wizard->m_directory)));
    vault::CreateOptions options;
    options.school = m_school->profile();
    options.leadLogin = m_lead->login();
    options.leadDisplayName = m_lead->displayName();
    options.passphrase = m_lead->passphrase();
    options.kdf = m_wizard->m_kdf;
    const QString dir = m_wizard->m_directory;
    runAsync<Result<vault::CreatedVault>>(
        this, [dir, options]() { return vault::Vault::create(dir, options); },
        [this](Result<vault::CreatedVault> created) {
            m_running = false;
            m_busy->hide();
            if (!created) {
                m_status->setText(tr("The vault could not be created: %1").arg(created.error().message));
                Q_EMIT creationFinished(false);
                return;
            }
            m_wizard->m_vault = std::move(created->vault);
            m_wizard->m_recoveryCode = created->recoveryCode;
            m_status->setText(tr("The vault is ready."));
            if (!created->setAsideDatabase.isEmpty())
                MessageBoxes::information(
                    this, tr("A database was set aside"),
                    tr("The folder held a vault database without its key-slot file. It was not deleted: it was "
                       "moved, unchanged, to %1. A backup's key-slot file may still open it; keep it until you "
                       "are sure it is not needed.")
                        .arg(QDir::toNativeSeparators(created->setAsideDatabase)));
            Q_EMIT completeChanged();
            Q_EMIT creationFinished(true);
            m_wizard->next();
        });
    Q_EMIT completeChanged();
}

bool CreatePage::isComplete() const { return m_wizard->m_vault != nullptr; }

// ---- RecoveryPage ----

RecoveryPage::RecoveryPage(SetupWizard *wizard, SchoolPage *school)
    : QWizardPage(wizard),
      m_wizard(wizard),
      m_school(school),
      m_codeLabel(new QLabel(this)),
      m_saved(new QLabel(this)),
      m_kept(new QCheckBox(this))
{
    setTitle(tr("Your recovery code"));
    setSubTitle(tr("If every passphrase is forgotten, this code is the only way into the vault. It is shown only "
                   "now. Print it or save it as a PDF, and keep it in the school safe."));
    m_codeLabel->setObjectName(u"recoveryCode"_s);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSize(mono.pointSize() * 2);
    mono.setBold(true);
    m_codeLabel->setFont(mono);
    m_codeLabel->setAlignment(Qt::AlignCenter);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_codeLabel->setFrameShape(QFrame::StyledPanel);
    m_codeLabel->setMinimumHeight(80);
    m_saved->setObjectName(u"recoverySaved"_s);
    m_saved->setWordWrap(true);

    auto *print = new QPushButton(QIcon::fromTheme(u"document-print"_s), tr("&Print…"), this);
    print->setObjectName(u"printRecovery"_s);
    auto *pdf = new QPushButton(QIcon::fromTheme(u"document-save-as"_s), tr("&Save as PDF…"), this);
    pdf->setObjectName(u"saveRecoveryPdf"_s);
    pdf->setToolTip(tr("Save to a USB stick that goes into the safe, then delete it from this computer."));
    connect(print, &QPushButton::clicked, this, &RecoveryPage::print);
    connect(pdf, &QPushButton::clicked, this, &RecoveryPage::saveAsPdf);

    m_kept->setObjectName(u"recoveryKept"_s);
    m_kept->setText(tr("I have printed or saved the recovery code and will keep it in the school safe."));
    connect(m_kept, &QCheckBox::toggled, this, &QWizardPage::completeChanged);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(print);
    buttons->addWidget(pdf);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_codeLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_saved);
    layout->addStretch();
    layout->addWidget(m_kept);
}

void RecoveryPage::initializePage()
{
    m_code = m_wizard->m_recoveryCode;
    m_codeLabel->setText(m_code);
}

bool RecoveryPage::isComplete() const { return m_kept->isChecked(); }

namespace {
RecoverySheetFacts sheetFacts(const SchoolPage *school, const QString &code, const QString &dir)
{
    return {school->profile().name, QDir::toNativeSeparators(dir), code, QDateTime::currentDateTime()};
}
}  // namespace

void RecoveryPage::print()
{
    QTextDocument document;
    buildRecoverySheet(document, sheetFacts(m_school, m_code, m_wizard->m_directory));
    if (printDocument(this, document, tr("CounselDesk recovery code")))
        m_saved->setText(tr("Sent to the printer. Check the page before you tick the box below."));
}

void RecoveryPage::saveAsPdf()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(tr("CounselDesk recovery code.pdf"));
    const QString path = FileDialogs::saveFileName(this, tr("Save the recovery code as PDF"), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty()) return;
    QTextDocument document;
    buildRecoverySheet(document, sheetFacts(m_school, m_code, m_wizard->m_directory));
    const QString error = writePdf(document, path, tr("CounselDesk recovery code"));
    if (!error.isEmpty()) {
        MessageBoxes::error(this, tr("Save the recovery code as PDF"), error);
        return;
    }
    m_saved->setText(tr("Saved to %1. Move it to a USB stick for the safe and delete it from this computer.")
                         .arg(QDir::toNativeSeparators(path)));
}

}  // namespace ui
}  // namespace cd
