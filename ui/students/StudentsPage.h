#pragma once
// The students: search as you type, filter by grade, open a student's growth record, import
// the school roster.

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

class StudentFilterProxy;
class StudentListModel;

class StudentsPage : public QWidget {
    Q_OBJECT
public:
    explicit StudentsPage(vault::Vault &vault, QWidget *parent = nullptr);

    void reload();
    void setQuery(const QString &query);
    /// Opens the record of the student in this proxy row (for tests and the keyboard).
    void openRecord(qint64 studentId);
    void importRoster();
    /// Room lead: every class moves up one grade, the top grade graduates (after confirmation).
    void promoteSchoolYear();
    /// Room lead: deletes the records of students who left more than the retention time ago.
    void purgeOldRecords();
    int visibleCount() const;
    QTableView *view() const { return m_view; }

private:
    void updateCount();
    void fillClasses();
    void openCurrent();

    vault::Vault &m_vault;
    StudentListModel *m_model;
    StudentFilterProxy *m_proxy;
    QTableView *m_view;
    QLineEdit *m_search;
    QComboBox *m_grade;
    QCheckBox *m_includeLeft;
    QLabel *m_count;
    QComboBox *m_focus;
    QComboBox *m_class;
};

}  // namespace ui
}  // namespace cd
