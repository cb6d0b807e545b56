#pragma once
// A student's growth record (成长档案) on one page with tabs: basic info (from the roster), family
// (structure, left-behind, guardians, notes), psychological status, class history, and who opened
// the record when. Opening it writes an audit row; saving writes the growth record and another.

#include "core/students/StudentRepository.h"

#include "core/audit/AuditTarget.h"
#include "core/students/WatchList.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QLabel;
class QPlainTextEdit;
class QTableWidget;
class QTabWidget;

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

class RiskBanner;

class StudentRecordDialog : public QDialog {
    Q_OBJECT
public:
    StudentRecordDialog(vault::Vault &vault, qint64 studentId, QWidget *parent = nullptr);

    bool loaded() const { return m_loaded; }
    bool isModified() const { return m_modified; }
    /// Saves the growth record; false (with a message) when it could not be written.
    bool save();
    void done(int result) override;

    const students::Student &student() const { return m_student; }
    /// Opens on the Watch list tab (its level, reason, review and history).
    void showWatchTab();
    int watchTab() const { return m_watchTab; }

private:
    QWidget *buildBasicTab();
    QWidget *buildFamilyTab();
    QWidget *buildStatusTab();
    QWidget *buildHistoryTab();
    QWidget *buildAccessTab();
    QWidget *buildWatchTab();
    /// Writes the watch-list entry when it was changed; part of save().
    Status saveWatch();
    void markModified();
    void moveClass();
    void markTransferred();
    students::GrowthRecord collect() const;

    vault::Vault &m_vault;
    students::Student m_student;
    students::GrowthRecord m_record;
    bool m_loaded = false;
    bool m_modified = false;
    QTabWidget *m_tabs = nullptr;
    int m_watchTab = -1;
    RiskBanner *m_banner = nullptr;
    QComboBox *m_structure = nullptr;
    QCheckBox *m_leftBehind = nullptr;
    QTableWidget *m_guardians = nullptr;
    QPlainTextEdit *m_familyNotes = nullptr;
    QPlainTextEdit *m_psychStatus = nullptr;
    QLabel *m_saved = nullptr;
    std::optional<students::WatchEntry> m_watch;
    bool m_watchModified = false;
    QComboBox *m_watchLevel = nullptr;
    QLineEdit *m_watchReason = nullptr;
    QDateEdit *m_watchReview = nullptr;
};

}  // namespace ui
}  // namespace cd
