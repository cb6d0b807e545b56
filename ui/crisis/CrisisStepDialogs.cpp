#include "ui/crisis/CrisisStepDialogs.h"
#include "ui/common/Dates.h"

#include "core/common/Clock.h"
#include "core/crisis/Directory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
QDateTimeEdit *timeField(QWidget *parent, const QString &name, const QDateTime &earliest)
{
    auto *edit = new QDateTimeEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(dates::dateTimeFormat());
    const QDateTime now = clock::now().toLocalTime();
    if (earliest.isValid()) edit->setMinimumDateTime(earliest.toLocalTime());
    edit->setMaximumDateTime(now.addSecs(60));
    edit->setDateTime(now);
    //: tooltip of a step's or notification's time
    edit->setToolTip(QCoreApplication::translate("CrisisStepDialogs", "Not before the event and not in the future"));
    return edit;
}

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText, QPushButton **ok)
{
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    *ok = buttons->button(QDialogButtonBox::Ok);
    (*ok)->setText(okText);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return buttons;
}
}  // namespace

StepDialog::StepDialog(crisis::CrisisStep step, const QDateTime &eventTime, const QString &person, QWidget *parent)
    : QDialog(parent),
      m_step(new QComboBox(this)),
      m_at(timeField(this, u"stepTime"_s, eventTime)),
      m_person(new QLineEdit(person, this)),
      m_note(new QPlainTextEdit(this))
{
    setObjectName(u"stepDialog"_s);
    setWindowTitle(tr("Record a step"));
    m_step->setObjectName(u"stepKind"_s);
    for (crisis::CrisisStep s : crisis::crisisSteps()) m_step->addItem(crisis::stepName(s), int(s));
    m_step->setCurrentIndex(m_step->findData(int(step)));
    m_person->setObjectName(u"stepPerson"_s);
    m_person->setPlaceholderText(tr("Who did it"));
    m_note->setObjectName(u"stepNote"_s);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("What was done"));
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 4 + 12);
    auto *form = new QFormLayout;
    form->addRow(tr("&Step:"), m_step);
    form->addRow(tr("&Done at:"), m_at);
    form->addRow(tr("&By:"), m_person);
    form->addRow(tr("&Note:"), m_note);
    QPushButton *ok = nullptr;
    auto *buttons = okCancel(this, tr("&Record step"), &ok);
    ok->setObjectName(u"recordStepOk"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_person, &QLineEdit::textChanged, this, [this, ok]() { ok->setEnabled(!this->person().isEmpty()); });
    ok->setEnabled(!this->person().isEmpty());
}

crisis::CrisisStep StepDialog::step() const { return crisis::CrisisStep(m_step->currentData().toInt()); }
QDateTime StepDialog::doneAt() const { return m_at->dateTime().toUTC(); }
QString StepDialog::person() const { return m_person->text().trimmed(); }
QString StepDialog::note() const { return m_note->toPlainText().trimmed(); }

NotificationDialog::NotificationDialog(vault::Vault &vault, const QDateTime &eventTime, QWidget *parent)
    : QDialog(parent),
      m_at(timeField(this, u"notifyTime"_s, eventTime)),
      m_recipient(new QComboBox(this)),
      m_person(new QLineEdit(this)),
      m_method(new QComboBox(this)),
      m_institution(new QComboBox(this)),
      m_breach(new QCheckBox(tr("This &broke the student's confidentiality (to protect the student or others)"), this)),
      m_reason(new QLineEdit(this)),
      m_response(new QPlainTextEdit(this))
{
    setObjectName(u"notificationDialog"_s);
    setWindowTitle(tr("Record who was told"));
    m_recipient->setObjectName(u"notifyRecipient"_s);
    for (crisis::Recipient r : crisis::recipients()) m_recipient->addItem(crisis::recipientName(r), int(r));
    m_recipient->setCurrentIndex(m_recipient->findData(int(crisis::Recipient::Guardian)));
    m_person->setObjectName(u"notifyPerson"_s);
    m_person->setPlaceholderText(tr("The name of who was told"));
    m_method->setObjectName(u"notifyMethod"_s);
    for (crisis::ContactMethod m : crisis::contactMethods()) m_method->addItem(crisis::methodName(m), int(m));
    m_institution->setObjectName(u"notifyInstitution"_s);
    m_institution->addItem(tr("(choose from the directory)"), 0);
    if (auto list = crisis::Directory(vault).list())
        for (const crisis::Institution &i : *list) m_institution->addItem(i.displayName(), i.id);
    m_institution->setToolTip(tr("Add institutions in Vault ▸ Directory of institutions…"));
    m_breach->setObjectName(u"notifyBreach"_s);
    m_breach->setToolTip(tr("Tick when you told someone what the student shared in confidence; say why"));
    m_reason->setObjectName(u"notifyBreachReason"_s);
    m_reason->setPlaceholderText(tr("Why confidentiality was broken"));
    m_response->setObjectName(u"notifyResponse"_s);
    m_response->setTabChangesFocus(true);
    m_response->setPlaceholderText(tr("What they said or will do"));
    m_response->setMaximumHeight(m_response->fontMetrics().lineSpacing() * 3 + 12);
    m_breach->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);

    auto *form = new QFormLayout;
    form->addRow(tr("&Time:"), m_at);
    form->addRow(tr("&Who was told:"), m_recipient);
    form->addRow(tr("&Institution:"), m_institution);
    form->addRow(tr("&Name:"), m_person);
    form->addRow(tr("&How:"), m_method);
    form->addRow(m_breach);
    form->addRow(tr("Rea&son:"), m_reason);
    form->addRow(tr("R&esponse:"), m_response);
    auto *buttons = okCancel(this, tr("&Record"), &m_ok);
    m_ok->setObjectName(u"recordNotificationOk"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_recipient, &QComboBox::currentIndexChanged, this, &NotificationDialog::update);
    connect(m_institution, &QComboBox::currentIndexChanged, this, &NotificationDialog::update);
    connect(m_breach, &QCheckBox::toggled, this, &NotificationDialog::update);
    connect(m_reason, &QLineEdit::textChanged, this, &NotificationDialog::update);
    connect(m_person, &QLineEdit::textChanged, this, &NotificationDialog::update);
    update();
}

void NotificationDialog::update()
{
    const bool institution = crisis::Recipient(m_recipient->currentData().toInt()) == crisis::Recipient::Institution;
    m_institution->setEnabled(institution);
    m_reason->setEnabled(m_breach->isChecked());
    bool ready = true;
    QString why;
    if (m_breach->isChecked() && m_reason->text().trimmed().isEmpty()) {
        ready = false;
        why = tr("Say why confidentiality was broken");
    }
    if (institution && m_institution->currentData().toLongLong() == 0 && m_person->text().trimmed().isEmpty()) {
        ready = false;
        why = tr("Choose the institution from the directory or name who was told");
    }
    m_ok->setEnabled(ready);
    m_ok->setToolTip(why);
}

crisis::Notification NotificationDialog::notification() const
{
    crisis::Notification n;
    n.at = m_at->dateTime().toUTC();
    n.recipient = crisis::Recipient(m_recipient->currentData().toInt());
    n.person = m_person->text().trimmed();
    n.method = crisis::ContactMethod(m_method->currentData().toInt());
    n.institutionId = n.recipient == crisis::Recipient::Institution ? m_institution->currentData().toLongLong() : 0;
    n.confidentialityBreach = m_breach->isChecked();
    n.reason = n.confidentialityBreach ? m_reason->text().trimmed() : QString();
    n.response = m_response->toPlainText().trimmed();
    return n;
}

NoteDialog::NoteDialog(const QString &title, const QString &prompt, const QString &acceptText, QWidget *parent)
    : QDialog(parent), m_note(new QPlainTextEdit(this))
{
    setObjectName(u"noteDialog"_s);
    setWindowTitle(title);
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    m_note->setObjectName(u"noteText"_s);
    m_note->setTabChangesFocus(true);
    QPushButton *ok = nullptr;
    auto *buttons = okCancel(this, acceptText, &ok);
    ok->setObjectName(u"noteOk"_s);
    ok->setEnabled(false);
    connect(m_note, &QPlainTextEdit::textChanged, this, [this, ok]() { ok->setEnabled(!note().isEmpty()); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_note, 1);
    layout->addWidget(buttons);
    resize(460, 240);
}

QString NoteDialog::note() const { return m_note->toPlainText().trimmed(); }

}  // namespace cd::ui
