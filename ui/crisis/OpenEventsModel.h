#pragma once
// The open crisis events, one row each: student, level (in the lead's colour), the next step with its
// due time (red once overdue; before the rest, so that a small screen shows it), kind and time.

#include "core/crisis/CrisisEvents.h"
#include "core/students/StudentRepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace cd::ui {

class OpenEventsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Student, Level, NextStep, Kind, When, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setEvents(QList<crisis::CrisisEvent> events, QHash<qint64, students::StudentSummary> students,
                   crisis::RiskLabels labels, QList<crisis::StepLimit> limits, const QDateTime &now);
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        crisis::CrisisEvent event;
        QString student;
        QString next;      ///< the next step and when it is due
        QDateTime due;
        bool overdue = false;
    };
    QList<Row> m_rows;
    crisis::RiskLabels m_labels;
};

}  // namespace cd::ui
