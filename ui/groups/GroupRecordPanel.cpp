#include "ui/groups/GroupRecordPanel.h"

#include "core/groups/Groups.h"
#include "ui/common/Dates.h"
#include "ui/common/TableRows.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

GroupRecordPanel::GroupRecordPanel(vault::Vault &vault, qint64 studentId, QWidget *parent)
    : QWidget(parent), m_summary(new QLabel(this)), m_table(new QTableWidget(0, 6, this))
{
    setObjectName(u"groupRecordPanel"_s);
    m_summary->setObjectName(u"groupAttendanceSummary"_s);
    m_summary->setWordWrap(true);
    m_table->setObjectName(u"groupAttendanceTable"_s);
    m_table->setHorizontalHeaderLabels({tr("When"), tr("Group"), tr("Theme"), tr("Topic"), tr("Attendance"), tr("Note")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);

    auto lines = groups::Groups(vault).attendanceOf(studentId);
    if (!lines) {
        m_summary->setText(lines.error().message);
        return;
    }
    int present = 0;
    QStringList names;
    for (const groups::StudentAttendance &a : *lines) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(dates::dateTime(a.heldAt)));
        m_table->setItem(row, 1, new QTableWidgetItem(a.groupName));
        m_table->setItem(row, 2, new QTableWidgetItem(groups::groupThemeName(a.theme)));
        m_table->setItem(row, 3, new QTableWidgetItem(a.topic));
        m_table->setItem(row, 4, new QTableWidgetItem(a.present ? tr("Present") : tr("Absent")));
        m_table->setItem(row, 5, new QTableWidgetItem(a.note));
        present += a.present ? 1 : 0;
        if (!names.contains(a.groupName)) names << a.groupName;
    }
    m_table->resizeColumnsToContents();
    fitRowsToText(m_table);
    m_summary->setText(lines->isEmpty()
                           ? tr("Not in any counseling group's sessions yet.")
                           : tr("Attended %1 of %2 group sessions (%3).")
                                 .arg(present)
                                 .arg(lines->size())
                                 //: between group names
                                 .arg(names.join(tr(", "))));
}

}  // namespace cd::ui
