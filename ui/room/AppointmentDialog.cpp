#include "ui/room/AppointmentDialog.h"

#include "core/vault/Vault.h"
#include "ui/common/Dates.h"
#include "ui/common/MessageBoxes.h"
#include "ui/crisis/StudentPicker.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

AppointmentDialog::AppointmentDialog(vault::Vault &vault, const room::Appointment &appointment, QWidget *parent)
    : QDialog(parent), m_vault(vault), m_original(appointment), m_requester(new QComboBox(this)),
      m_student(new StudentPicker(vault, appointment.id != 0 ? appointment.studentId : 0, this)),
      m_requesterName(new QLineEdit(this)), m_counselor(new QComboBox(this)), m_when(new QDateTimeEdit(this)),
      m_minutes(new QSpinBox(this)), m_reason(new QPlainTextEdit(this)), m_conflicts(new QLabel(this))
{
    setObjectName(u"appointmentDialog"_s);
    setWindowTitle(appointment.id == 0 ? tr("Book an appointment") : tr("Change the appointment"));
    for (room::Requester kind : {room::Requester::Student, room::Requester::Teacher, room::Requester::Parent})
        m_requester->addItem(room::requesterName(kind), static_cast<int>(kind));
    m_requester->setObjectName(u"requesterKind"_s);
    m_requester->setCurrentIndex(m_requester->findData(static_cast<int>(appointment.requester)));
    m_requester->setToolTip(tr("Who asked for the talk"));
    m_requesterName->setObjectName(u"requesterName"_s);
    m_requesterName->setText(appointment.requesterName);
    m_requesterName->setPlaceholderText(tr("e.g. the class teacher, or the student's mother"));
    m_counselor->setObjectName(u"appointmentCounselor"_s);
    if (auto users = vault.users())
        for (const vault::UserInfo &u : *users)
            if (u.active) m_counselor->addItem(u.displayName, u.login);
    const QString counselor = appointment.counselor.isEmpty() ? vault.currentUser().login : appointment.counselor;
    m_counselor->setCurrentIndex(std::max(0, m_counselor->findData(counselor)));
    m_when->setObjectName(u"appointmentWhen"_s);
    m_when->setDisplayFormat(dates::dateTimeFormat());
    m_when->setCalendarPopup(true);
    m_when->setDateTime(appointment.startsAt.isValid() ? appointment.startsAt
                                                       : QDateTime(QDate::currentDate(), QTime(12, 0)));
    m_minutes->setObjectName(u"appointmentMinutes"_s);
    m_minutes->setRange(5, 480);
    m_minutes->setSingleStep(5);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(appointment.minutes);
    m_reason->setObjectName(u"appointmentReason"_s);
    m_reason->setPlainText(appointment.reason);
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(80);
    m_reason->setToolTip(tr("Kept in the vault; never printed on the roster or exported to a calendar"));
    m_conflicts->setObjectName(u"appointmentConflicts"_s);
    m_conflicts->setWordWrap(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Asked by:"), m_requester);
    form->addRow(tr("S&tudent:"), m_student);
    form->addRow(tr("&Name of who asked:"), m_requesterName);
    form->addRow(tr("C&ounselor:"), m_counselor);
    form->addRow(tr("&When:"), m_when);
    form->addRow(tr("&Length:"), m_minutes);
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_conflicts);
    layout->addWidget(buttons);

    const auto kindChanged = [this, form] {
        const bool student = this->appointment().requester == room::Requester::Student;
        form->setRowVisible(m_requesterName, !student);
        updateConflicts();
    };
    connect(m_requester, &QComboBox::currentIndexChanged, this, kindChanged);
    connect(m_counselor, &QComboBox::currentIndexChanged, this, &AppointmentDialog::updateConflicts);
    connect(m_when, &QDateTimeEdit::dateTimeChanged, this, &AppointmentDialog::updateConflicts);
    connect(m_minutes, &QSpinBox::valueChanged, this, &AppointmentDialog::updateConflicts);
    connect(buttons, &QDialogButtonBox::accepted, this, &AppointmentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AppointmentDialog::reject);
    kindChanged();
    setMinimumWidth(fontMetrics().horizontalAdvance(u"M"_s) * 36);
}

room::Appointment AppointmentDialog::appointment() const
{
    room::Appointment a = m_original;
    a.requester = static_cast<room::Requester>(m_requester->currentData().toInt());
    a.studentId = m_student->studentId();
    a.requesterName = a.requester == room::Requester::Student ? QString() : m_requesterName->text().trimmed();
    a.counselor = m_counselor->currentData().toString();
    a.startsAt = m_when->dateTime();
    a.minutes = m_minutes->value();
    a.reason = m_reason->toPlainText().trimmed();
    return a;
}

void AppointmentDialog::updateConflicts()
{
    auto conflicts = room::Appointments(m_vault).conflicts(appointment());
    QStringList lines;
    bool refused = false;
    if (conflicts)
        for (const room::Conflict &c : *conflicts) {
            lines << c.text;
            refused = refused || c.refused();
        }
    m_conflicts->setText(lines.isEmpty() ? tr("No conflicts: the room is open and the counselor is free.")
                                         : lines.join(u'\n'));
    m_conflicts->setStyleSheet(lines.isEmpty() ? QString() : refused ? u"color: #b00020;"_s : u"color: #8a5a00;"_s);
}

void AppointmentDialog::accept()
{
    const room::Appointment a = appointment();
    room::Appointments book(m_vault);
    auto conflicts = book.conflicts(a);
    bool accepted = false;
    if (conflicts) {
        QStringList warnings;
        for (const room::Conflict &c : *conflicts)
            if (!c.refused()) warnings << c.text;
        if (!warnings.isEmpty()) {
            if (!MessageBoxes::confirm(this, windowTitle(),
                                       tr("This time clashes:\n%1\n\nBook it anyway?").arg(warnings.join(u'\n')),
                                       tr("&Book anyway")))
                return;
            accepted = true;
        }
    }
    auto saved = book.save(a, accepted);
    if (!saved) {
        MessageBoxes::error(this, windowTitle(), saved.error().message);
        return;
    }
    m_saved = *saved;
    QDialog::accept();
}

}  // namespace cd::ui
