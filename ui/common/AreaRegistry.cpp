#include "ui/common/AreaRegistry.h"

#include <algorithm>

namespace cd::ui {

namespace {

template <typename Spec>
std::vector<Spec> sortedByOrder(std::vector<Spec> list)
{
    std::stable_sort(list.begin(), list.end(), [](const Spec &a, const Spec &b) { return a.order < b.order; });
    return list;
}

}  // namespace

AreaRegistry &AreaRegistry::instance()
{
    static AreaRegistry registry;
    return registry;
}

void AreaRegistry::addPage(PageSpec page) { m_pages.push_back(std::move(page)); }
void AreaRegistry::addMenuAction(MenuActionSpec action) { m_actions.push_back(std::move(action)); }
void AreaRegistry::addRecordTab(RecordTabSpec tab) { m_tabs.push_back(std::move(tab)); }
void AreaRegistry::addDeskSection(DeskSectionSpec section) { m_desk.push_back(std::move(section)); }

void AreaRegistry::setStudentRecordOpener(std::function<void(vault::Vault &, qint64, QWidget *)> opener)
{
    m_openStudent = std::move(opener);
}

std::vector<PageSpec> AreaRegistry::pages() const { return sortedByOrder(m_pages); }

std::vector<MenuActionSpec> AreaRegistry::menuActions(MenuKind menu) const
{
    std::vector<MenuActionSpec> list;
    std::copy_if(m_actions.begin(), m_actions.end(), std::back_inserter(list),
                 [menu](const MenuActionSpec &a) { return a.menu == menu; });
    return sortedByOrder(std::move(list));
}

std::vector<RecordTabSpec> AreaRegistry::recordTabs() const { return sortedByOrder(m_tabs); }
std::vector<DeskSectionSpec> AreaRegistry::deskSections() const { return sortedByOrder(m_desk); }

void AreaRegistry::openStudentRecord(vault::Vault &vault, qint64 studentId, QWidget *parent) const
{
    if (m_openStudent) m_openStudent(vault, studentId, parent);
}

void AreaRegistry::clear()
{
    m_pages.clear();
    m_actions.clear();
    m_tabs.clear();
    m_desk.clear();
    m_openStudent = nullptr;
}

}  // namespace cd::ui
