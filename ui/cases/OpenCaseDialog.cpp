#include "ui/cases/OpenCaseDialog.h"
#include "ui/common/Dates.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

OpenCaseDialog::OpenCaseDialog(const QDate &birthDate, const QList<cases::ConcernCategory> &categories,
                               QWidget *parent)
    : QDialog(parent),
      m_category(new QComboBox(this)),
      m_opened(new QDateEdit(QDate::currentDate(), this)),
      m_guardian(new QLineEdit(this)),
      m_consentOn(new QDateEdit(QDate::currentDate(), this)),
      m_emergency(new QCheckBox(tr("&Emergency: open the case now and record the consent afterwards"), this)),
      m_reason(new QLineEdit(this))
{
    setObjectName(u"openCaseDialog"_s);
    setWindowTitle(tr("Open a case"));
    const int age = cases::ageOn(birthDate, QDate::currentDate());
    m_consentRequired = age < 0 || age < cases::kConsentAge;
    m_category->setObjectName(u"caseCategory"_s);
    for (const cases::ConcernCategory &c : categories) m_category->addItem(c.name, c.code);
    for (QDateEdit *edit : {m_opened, m_consentOn}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(dates::dateFormat());
        edit->setMaximumDate(QDate::currentDate());
    }
    m_guardian->setObjectName(u"consentGuardian"_s);
    m_guardian->setPlaceholderText(tr("e.g. the student's mother, Wang Li"));
    m_consentOn->setObjectName(u"consentOn"_s);

    auto *form = new QFormLayout;
    form->addRow(tr("About:"), m_category);
    form->addRow(tr("Opened on:"), m_opened);
    auto *consentNote = new QLabel(this);
    consentNote->setWordWrap(true);
    consentNote->setText(m_consentRequired
                             ? tr("The student is under 14 or their age is not recorded: a guardian's consent is "
                                  "required before the case opens (PIPL).")
                             : tr("Guardian's consent (optional for students aged 14 and over):"));
    form->addRow(consentNote);
    form->addRow(tr("Consent given by:"), m_guardian);
    form->addRow(tr("Consent given on:"), m_consentOn);
    m_emergency->setObjectName(u"emergencyCase"_s);
    m_emergency->setToolTip(tr("When the student cannot wait: the case is marked \"consent pending\" and the "
                               "exception is kept in the audit log"));
    m_reason->setObjectName(u"emergencyReason"_s);
    m_reason->setPlaceholderText(tr("Why it cannot wait, in a few words (required)"));
    m_reason->setMaxLength(200);
    m_reason->setEnabled(false);
    if (m_consentRequired) {
        form->addRow(m_emergency);
        form->addRow(tr("Reason:"), m_reason);
    } else {
        m_emergency->hide();
        m_reason->hide();
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open case"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this, buttons]() {
        m_reason->setEnabled(m_emergency->isChecked());
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_consentRequired || !m_guardian->text().trimmed().isEmpty()
                                                          || !emergencyReason().isEmpty());
    };
    connect(m_guardian, &QLineEdit::textChanged, this, update);
    connect(m_reason, &QLineEdit::textChanged, this, update);
    connect(m_emergency, &QCheckBox::toggled, this, update);
    update();
}

QString OpenCaseDialog::emergencyReason() const
{
    // A consent typed in wins: the case is then not an exception.
    if (!m_consentRequired || !m_emergency->isChecked() || !m_guardian->text().trimmed().isEmpty()) return {};
    return m_reason->text().trimmed();
}

cases::Case OpenCaseDialog::enteredCase() const
{
    cases::Case c;
    c.category = m_category->currentData().toString();
    c.openedOn = m_opened->date();
    c.consentGuardian = m_guardian->text().trimmed();
    c.consentOn = c.consentGuardian.isEmpty() ? QDate() : m_consentOn->date();
    return c;
}

}  // namespace ui
}  // namespace cd
