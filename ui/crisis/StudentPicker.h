#pragma once
// Choose a student by typing: the same search as the student list (name, pinyin, initials,
// student number, class), a short list of matches, Enter or a click picks one. With a student
// given in advance it shows that student only.

#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class StudentFilterProxy;
class StudentListModel;

class StudentPicker : public QWidget {
    Q_OBJECT
public:
    /// `studentId` 0: the user searches; otherwise that student, fixed.
    StudentPicker(vault::Vault &vault, qint64 studentId, QWidget *parent = nullptr);
    qint64 studentId() const { return m_studentId; }
    /// The chosen student's name (empty before a choice).
    QString studentName() const { return m_name; }
    QLineEdit *searchField() const { return m_search; }

Q_SIGNALS:
    void studentChanged(qint64 studentId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void choose(const QModelIndex &proxyIndex);

    StudentListModel *m_model = nullptr;
    StudentFilterProxy *m_proxy = nullptr;
    QLineEdit *m_search = nullptr;
    QTableView *m_list = nullptr;
    QLabel *m_chosen;
    qint64 m_studentId = 0;
    QString m_name;
};

}  // namespace cd::ui
