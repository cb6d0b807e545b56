#include "ui/groups/SessionDialog.h"

#include "core/students/Student.h"
#include "ui/common/Dates.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/TableRows.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

SessionDialog::SessionDialog(vault::Vault &vault, const groups::GroupSession &session,
                             const QList<groups::GroupMember> &members, QWidget *parent)
    : QDialog(parent), m_vault(vault), m_session(session), m_heldAt(new QDateTimeEdit(session.heldAt, this)),
      m_minutes(new QSpinBox(this)), m_topic(new QLineEdit(session.topic, this)), m_notes(new QPlainTextEdit(session.notes, this)),
      m_attendance(new QTableWidget(this))
{
    setObjectName(u"groupSessionDialog"_s);
    setWindowTitle(session.id == 0 ? tr("New group session") : tr("Edit the group session"));
    m_heldAt->setObjectName(u"sessionHeldAt"_s);
    m_heldAt->setDisplayFormat(dates::dateTimeFormat());
    m_heldAt->setCalendarPopup(true);
    m_minutes->setObjectName(u"sessionMinutes"_s);
    m_minutes->setRange(5, 480);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(session.minutes);
    m_topic->setObjectName(u"sessionTopic"_s);
    m_notes->setObjectName(u"sessionNotes"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().lineSpacing() * 3);
    m_attendance->setObjectName(u"attendanceTable"_s);
    m_attendance->setToolTip(tr("Tick who came; a note says why someone was away"));
    fillAttendance(members);

    auto *form = new QFormLayout;
    form->addRow(tr("&When:"), m_heldAt);
    form->addRow(tr("&Length:"), m_minutes);
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(tr("N&otes:"), m_notes);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *label = new QLabel(tr("&Attendance:"), this);
    label->setBuddy(m_attendance);
    layout->addWidget(label);
    layout->addWidget(m_attendance, 1);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    box->button(QDialogButtonBox::Save)->setObjectName(u"okButton"_s);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
}

void SessionDialog::fillAttendance(const QList<groups::GroupMember> &members)
{
    m_attendance->setColumnCount(3);
    m_attendance->setHorizontalHeaderLabels({tr("Member"), tr("Class"), tr("Note")});
    m_attendance->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_attendance->verticalHeader()->hide();
    const QDate day = m_session.heldAt.date();
    for (const groups::GroupMember &m : members) {
        const groups::AttendanceMark *mark = nullptr;
        for (const groups::AttendanceMark &a : m_session.attendance)
            if (a.studentId == m.studentId) mark = &a;
        const bool member = m.joinedOn <= day && (m.active() || m.leftOn >= day);
        if (!mark && !member) continue;
        const int row = m_attendance->rowCount();
        m_attendance->insertRow(row);
        auto *name = new QTableWidgetItem(m.name);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        name->setCheckState(!mark || mark->present ? Qt::Checked : Qt::Unchecked);
        name->setData(Qt::UserRole, m.studentId);
        m_attendance->setItem(row, 0, name);
        auto *klass = new QTableWidgetItem(students::className(m.grade, m.klass));
        klass->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_attendance->setItem(row, 1, klass);
        m_attendance->setItem(row, 2, new QTableWidgetItem(mark ? mark->note : QString()));
    }
    m_attendance->resizeColumnsToContents();
    fitRowsToText(m_attendance);
}

void SessionDialog::accept()
{
    groups::GroupSession s = m_session;
    s.heldAt = m_heldAt->dateTime();
    s.minutes = m_minutes->value();
    s.topic = m_topic->text();
    s.notes = m_notes->toPlainText();
    s.attendance.clear();
    for (int row = 0; row < m_attendance->rowCount(); ++row) {
        const QTableWidgetItem *name = m_attendance->item(row, 0);
        const QTableWidgetItem *note = m_attendance->item(row, 2);
        s.attendance.append({name->data(Qt::UserRole).toLongLong(), name->checkState() == Qt::Checked,
                             note ? note->text() : QString()});
    }
    auto id = groups::Groups(m_vault).saveSession(s);
    if (!id) {
        MessageBoxes::error(this, tr("Session not saved"), id.error().message);
        return;
    }
    QDialog::accept();
}

}  // namespace cd::ui
