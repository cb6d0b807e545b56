#pragma once
// What each area adds to the application: sidebar pages, menu actions, tabs of a student's growth
// record, sections of the home page's desk, and who opens that record. An area registers its parts once (ui/<area>/<Area>Area.cpp),
// in the order of the one list in ui/shell/Areas.cpp; the main window and the growth record are
// built from the registry and name no area themselves. Adding an area adds its register function
// to that list, and nothing else in the shell.

#include <QDateTime>
#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <vector>

class QWidget;

namespace cd::vault {
class Vault;
}
namespace cd::students {
struct Student;
}

namespace cd::ui {

/// What a page can ask of the window around it, without knowing it.
class ShellSignals : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
Q_SIGNALS:
    /// A full-screen student kiosk started (true) or ended (false): hide the records behind it.
    void kioskActive(bool active);
    /// The page wants the vault locked now (e.g. a kiosk's PIN was missed too often).
    void lockRequested();
};

struct PageContext {
    vault::Vault &vault;
    ShellSignals &shell;
    QWidget *parent;
};

struct PageSpec {
    int order;                            ///< position in the sidebar (ascending)
    std::function<QString()> title;       ///< translated when the window is built
    QString iconName;                     ///< one of appIconNames() (ui/common/AppIcons.h), or a theme icon name
    std::function<QString()> toolTip;
    bool leadOnly = false;                ///< shown to room leads only
    std::function<QWidget *(const PageContext &)> make;
};

/// The menus an area may add to (the shell owns File, Settings and Help).
enum class MenuKind { Vault, Tools };

struct MenuActionSpec {
    MenuKind menu;
    int order;
    QString objectName;
    std::function<QString()> text;
    std::function<QString()> toolTip;
    QKeySequence shortcut;
    bool leadOnly = false;
    std::function<void(vault::Vault &vault, QWidget *window)> trigger;
    bool toolbar = false;     ///< also on the main window's toolbar
    QString iconName = {};    ///< as PageSpec::iconName (shown on the toolbar)
};

/// A tab of the growth record contributed by an area (cases, screening, …).
struct RecordTabSpec {
    int order;  ///< among the record's own tabs: basic 10, family 30, status 40, watch 50, class 70, access 80
    std::function<QString()> title;
    /// Given the student the record already read (and audited), so a tab need not read it again.
    std::function<QWidget *(vault::Vault &vault, const students::Student &student, QWidget *parent)> make;
};

/// One line of work on the home page (the counselor's desk): a review, a step or a slip due, an
/// appointment. Names are read when the desk is shown and kept nowhere else.
struct DeskItem {
    QDateTime due;   ///< when it is due (invalid: no date)
    QString text;    ///< what to do, translated
    bool overdue = false;
    std::function<void(vault::Vault &vault, QWidget *parent)> open;  ///< opens the record (modal)
};

/// A section of the desk contributed by an area (crisis steps, reviews, appointments, …).
struct DeskSectionSpec {
    int order;
    std::function<QString()> title;
    std::function<QList<DeskItem>(vault::Vault &vault)> items;
};

class AreaRegistry {
public:
    /// The one registry of the process, filled by registerAreas() (ui/shell/Areas.h).
    static AreaRegistry &instance();

    void addPage(PageSpec page);
    void addMenuAction(MenuActionSpec action);
    void addRecordTab(RecordTabSpec tab);
    void addDeskSection(DeskSectionSpec section);
    /// Who shows a student's growth record (the students area).
    void setStudentRecordOpener(std::function<void(vault::Vault &, qint64 studentId, QWidget *parent)> opener);

    /// Each sorted by its order.
    std::vector<PageSpec> pages() const;
    std::vector<MenuActionSpec> menuActions(MenuKind menu) const;
    std::vector<RecordTabSpec> recordTabs() const;
    std::vector<DeskSectionSpec> deskSections() const;
    /// Opens the student's growth record (modal); does nothing before the students area registered.
    void openStudentRecord(vault::Vault &vault, qint64 studentId, QWidget *parent) const;

    /// Empties the registry (registerAreas() fills it again).
    void clear();

private:
    std::vector<PageSpec> m_pages;
    std::vector<MenuActionSpec> m_actions;
    std::vector<RecordTabSpec> m_tabs;
    std::vector<DeskSectionSpec> m_desk;
    std::function<void(vault::Vault &, qint64, QWidget *)> m_openStudent;
};

}  // namespace cd::ui
