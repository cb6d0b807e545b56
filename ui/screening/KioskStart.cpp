#include "ui/screening/KioskStart.h"

#include "ui/common/MessageBoxes.h"
#include "ui/common/StatusWidgets.h"
#include "ui/screening/KioskLanguage.h"
#include "ui/screening/KioskPages.h"
#include "ui/screening/KioskWindow.h"
#include "core/screening/RunRepository.h"
#include "core/vault/Vault.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {
QLineEdit *makePinEdit(QWidget *parent, const QString &objectName)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(8);
    edit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"[0-9]{0,8}"_s), edit));
    edit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    return edit;
}
}  // namespace

KioskStartDialog::KioskStartDialog(const QString &runName, QWidget *parent)
    : QDialog(parent),
      m_pin(makePinEdit(this, u"kioskStartPin"_s)),
      m_again(makePinEdit(this, u"kioskStartPinAgain"_s)),
      m_problem(makeErrorLabel(this, u"kioskStartProblem"_s)),
      m_ok(nullptr)
{
    setObjectName(u"kioskStartDialog"_s);
    setWindowTitle(tr("Start the student kiosk"));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    intro->setText(
        tr("The kiosk fills the screen so that students of “%1” can answer the questionnaires on this computer, one "
           "after the other. Each student types their student number and confirms their name; every answer is saved "
           "at once, and no score is ever shown.\n\nNothing else can be opened until the kiosk is left with the "
           "“Staff” button in the bottom corner and this PIN. Choose 4 to 8 digits that students do not know.")
            .arg(runName));
    auto *form = new QFormLayout;
    form->addRow(tr("&PIN:"), m_pin);
    form->addRow(tr("PIN &again:"), m_again);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Start kiosk"));
    m_ok->setObjectName(u"kioskStartOk"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    // A wrapped label does not make a dialog tall enough by itself: give it the height it needs.
    const int textWidth = fontMetrics().averageCharWidth() * 66;
    intro->setMinimumWidth(textWidth);
    intro->setMinimumHeight(intro->heightForWidth(textWidth));
    connect(buttons, &QDialogButtonBox::accepted, this, &KioskStartDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_pin, &QLineEdit::textChanged, this, &KioskStartDialog::updateButton);
    connect(m_again, &QLineEdit::textChanged, this, &KioskStartDialog::updateButton);
    updateButton();
}

QString KioskStartDialog::pin() const { return m_pin->text(); }

void KioskStartDialog::updateButton()
{
    m_ok->setEnabled(!m_pin->text().isEmpty() && !m_again->text().isEmpty());
    m_problem->hide();
}

void KioskStartDialog::accept()
{
    QString problem;
    if (!kiosk::isValidPin(m_pin->text()))
        problem = tr("The PIN must have 4 to 8 digits.");
    else if (m_pin->text() != m_again->text())
        problem = tr("The two PINs are not the same. Type the PIN again in both fields.");
    if (!problem.isEmpty()) {
        m_again->clear();  // before the message: typing hides it
        m_problem->setText(problem);
        m_problem->show();
        m_again->setFocus();
        return;
    }
    QDialog::accept();
}

KioskWindow *startKiosk(QWidget *parent, vault::Vault &vault, qint64 runId)
{
    auto run = screening::RunRepository(vault).get(runId);
    if (!run) {
        MessageBoxes::error(parent, KioskStartDialog::tr("Start the student kiosk"), run.error().message);
        return nullptr;
    }
    if (run->status != screening::RunStatus::Open) {
        MessageBoxes::error(parent, KioskStartDialog::tr("Start the student kiosk"),
                            KioskStartDialog::tr("“%1” is not open, so students cannot answer yet (or any more). "
                                                 "Open the screening first.")
                                .arg(run->name));
        return nullptr;
    }
    if (!confirmKioskLanguage(parent, vault, runId)) return nullptr;
    KioskStartDialog dialog(run->name, parent);
    if (dialog.exec() != QDialog::Accepted) return nullptr;
    auto *kiosk = new KioskWindow(vault, runId, dialog.pin(), parent);
    kiosk->setAttribute(Qt::WA_DeleteOnClose);
    kiosk->start();
    return kiosk;
}

}  // namespace ui
}  // namespace cd
