#pragma once
// Students away from school now (休学): since when, why, and how far the return's paperwork has
// come (medical certificate, the guardian's application, the school's return assessment).

#include "core/crisis/Absences.h"
#include "core/students/StudentRepository.h"

#include <QAbstractTableModel>
#include <QHash>

namespace cd::ui {

class AwayModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Student, Since, Reason, Return, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setAbsences(QList<crisis::Absence> absences, const QHash<qint64, students::StudentSummary> &students);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        crisis::Absence absence;
        QString student;
    };
    QList<Row> m_rows;
};

}  // namespace cd::ui
