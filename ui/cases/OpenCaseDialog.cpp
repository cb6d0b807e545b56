#include "ui/cases/OpenCaseDialog.h"

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
      m_consentOn(new QDateEdit(QDate::currentDate(), this))
{
    setObjectName(u"openCaseDialog"_s);
    setWindowTitle(tr("Open a case"));
    const int age = cases::ageOn(birthDate, QDate::currentDate());
    m_consentRequired = age < 0 || age < cases::kConsentAge;
    m_category->setObjectName(u"caseCategory"_s);
    for (const cases::ConcernCategory &c : categories) m_category->addItem(c.name, c.code);
    for (QDateEdit *edit : {m_opened, m_consentOn}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"yyyy-MM-dd"_s);
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
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Open case"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this, buttons]() {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_consentRequired || !m_guardian->text().trimmed().isEmpty());
    };
    connect(m_guardian, &QLineEdit::textChanged, this, update);
    update();
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
