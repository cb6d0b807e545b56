#pragma once
// The growth record's "Groups" tab: every group session the student was marked for, newest first
// (group, theme, when, topic, present or absent, note), with how many they attended.

#include <QWidget>

class QLabel;
class QTableWidget;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class GroupRecordPanel : public QWidget {
    Q_OBJECT
public:
    GroupRecordPanel(vault::Vault &vault, qint64 studentId, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

private:
    QLabel *m_summary;
    QTableWidget *m_table;
};

}  // namespace cd::ui
