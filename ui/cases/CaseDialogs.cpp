#include "ui/cases/CaseDialogs.h"

#include "ui/common/Dates.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

CloseCaseDialog::CloseCaseDialog(QWidget *parent)
    : QDialog(parent), m_outcome(new QComboBox(this)), m_note(new QPlainTextEdit(this))
{
    setObjectName(u"closeCaseDialog"_s);
    setWindowTitle(tr("Close the case"));
    m_outcome->setObjectName(u"caseOutcome"_s);
    m_outcome->addItem(tr("Choose how the case ended…"), QString());
    for (cases::CaseOutcome o : cases::kCaseOutcomes) m_outcome->addItem(cases::outcomeName(o), cases::outcomeCode(o));
    m_note->setObjectName(u"caseOutcomeNote"_s);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("Optional: what changed, what was agreed, where the student was referred"));
    auto *form = new QFormLayout;
    form->addRow(tr("Outcome:"), m_outcome);
    form->addRow(tr("Note:"), m_note);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Close &case"));
    ok->setObjectName(u"closeCaseOk"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this, ok] { ok->setEnabled(outcome().has_value()); };
    connect(m_outcome, &QComboBox::currentIndexChanged, this, update);
    update();
}

std::optional<cases::CaseOutcome> CloseCaseDialog::outcome() const
{
    return cases::outcomeFromCode(m_outcome->currentData().toString());
}

QString CloseCaseDialog::note() const { return m_note->toPlainText().trimmed(); }

ConsentDialog::ConsentDialog(const QDate &openedOn, QWidget *parent)
    : QDialog(parent), m_guardian(new QLineEdit(this)), m_on(new QDateEdit(QDate::currentDate(), this))
{
    setObjectName(u"consentDialog"_s);
    setWindowTitle(tr("Record the consent"));
    m_guardian->setObjectName(u"consentGuardian"_s);
    m_guardian->setPlaceholderText(tr("e.g. the student's mother, Wang Li"));
    m_on->setObjectName(u"consentOn"_s);
    m_on->setCalendarPopup(true);
    m_on->setDisplayFormat(dates::dateFormat());
    m_on->setMaximumDate(QDate::currentDate());
    auto *note = new QLabel(tr("The case was opened on %1 as an emergency. Record the guardian who gave consent "
                               "and when.")
                                .arg(dates::date(openedOn)),
                            this);
    note->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(note);
    form->addRow(tr("Consent given by:"), m_guardian);
    form->addRow(tr("Consent given on:"), m_on);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Record consent"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this, ok] { ok->setEnabled(!guardian().isEmpty()); };
    connect(m_guardian, &QLineEdit::textChanged, this, update);
    update();
}

QString ConsentDialog::guardian() const { return m_guardian->text().trimmed(); }
QDate ConsentDialog::givenOn() const { return m_on->date(); }

}  // namespace cd::ui
