#pragma once
// The student list: one row per student, and a filter proxy that searches as you type by name,
// pinyin ("zhangsan"), pinyin initials ("zs"), student number or class, and filters by grade
// and by whether the student is still at school.

#include "core/crisis/RiskScale.h"
#include "core/students/StudentRepository.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace cd {
namespace ui {

class StudentListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Name, Sex, Class, Risk, Status, ColumnCount };
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit StudentListModel(QObject *parent = nullptr);
    /// `labels`: the lead's names and colours for the watch-list levels.
    void setStudents(QList<students::StudentSummary> students, crisis::RiskLabels labels = {});
    const students::StudentSummary &at(int row) const { return m_rows.at(row).summary; }
    /// Lower-case text that search matches against (name, pinyin, initials, number, class).
    const QString &searchKey(int row) const { return m_rows.at(row).searchKey; }
    /// The classes of one grade that have students, in class order.
    QStringList classesOf(int grade) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    struct Row {
        students::StudentSummary summary;
        QString className;
        QString searchKey;
    };
    QList<Row> m_rows;
    crisis::RiskLabels m_labels;
};

class StudentFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit StudentFilterProxy(QObject *parent = nullptr);
    void setQuery(const QString &query);
    void setGrade(int grade);  ///< 0: every grade
    void setClass(const QString &klass);  ///< empty: every class
    void setIncludeLeft(bool include);
    enum class Focus { Everyone, WatchList, HighRisk, OpenCase };
    void setFocus(Focus focus);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QStringList m_terms;
    int m_grade = 0;
    QString m_class;
    bool m_includeLeft = false;
    Focus m_focus = Focus::Everyone;
};

}  // namespace ui
}  // namespace cd
