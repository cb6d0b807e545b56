#pragma once
// The library of lesson topics (issue 14, item 4): per grade (or for every grade), in the order
// plans give them to a class. Add, rename (edit in place), move up and down, retire and bring
// back; an empty library can be filled with the defaults. Every change is saved at once through
// core/lessons/Topics (audited); a refused one shows the core's message and reloads.

#include <QDialog>

class QComboBox;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class TopicsDialog : public QDialog {
    Q_OBJECT
public:
    explicit TopicsDialog(vault::Vault &vault, QWidget *parent = nullptr);

private:
    void reload(qint64 select = 0);
    void add();
    void renamed(QListWidgetItem *item);
    void move(int step);
    void toggleActive();
    void fillDefaults();
    void updateButtons();
    int grade() const;
    qint64 currentId() const;

    vault::Vault &m_vault;
    QComboBox *m_grade;
    QListWidget *m_list;
    QLineEdit *m_newTitle;
    QPushButton *m_add;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_retire;
    QPushButton *m_defaults;
    bool m_loading = false;
};

}  // namespace cd::ui
