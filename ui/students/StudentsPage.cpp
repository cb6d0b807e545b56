#include "ui/students/StudentsPage.h"
#include "ui/common/Dates.h"

#include "ui/common/TableRows.h"
#include "ui/cases/NoteSearchDialog.h"
#include "ui/common/LockState.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/StatusWidgets.h"
#include "core/demo/DemoSchool.h"
#include "core/settings/Settings.h"
#include "core/students/SchoolYear.h"
#include "ui/students/RosterImportDialog.h"
#include "core/crisis/RiskScale.h"
#include "ui/students/StudentListModel.h"
#include "ui/students/StudentRecordDialog.h"
#include "core/vault/Vault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

StudentsPage::StudentsPage(vault::Vault &vault, QWidget *parent)
    : QWidget(parent),
      m_vault(vault),
      m_model(new StudentListModel(this)),
      m_proxy(new StudentFilterProxy(this)),
      m_view(new QTableView(this)),
      m_search(new QLineEdit(this)),
      m_grade(new QComboBox(this)),
      m_includeLeft(new QCheckBox(tr("Include students no longer at &school"), this)),
      m_count(new QLabel(this)),
      m_focus(new QComboBox(this)),
      m_class(new QComboBox(this))
{
    setObjectName(u"studentsPage"_s);
    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(u"studentsView"_s);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(StudentListModel::Class, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    fitRowsToText(m_view);
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (int c = 0; c < StudentListModel::ColumnCount; ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Interactive);
    m_view->setColumnWidth(StudentListModel::Number, 140);
    m_view->setColumnWidth(StudentListModel::Name, 140);
    m_view->setColumnWidth(StudentListModel::Sex, 60);
    m_view->setColumnWidth(StudentListModel::Class, 200);
    m_view->setColumnWidth(StudentListModel::Risk, 90);

    m_search->setObjectName(u"studentSearch"_s);
    m_search->setPlaceholderText(tr("Search by name, pinyin (zs finds 张三), student number or class"));
    m_search->setClearButtonEnabled(true);
    m_grade->setObjectName(u"gradeFilter"_s);
    m_grade->addItem(tr("All grades"), 0);
    for (int g = 1; g <= 12; ++g) m_grade->addItem(students::gradeName(g), g);
    m_includeLeft->setObjectName(u"includeLeft"_s);
    m_class->setObjectName(u"classFilter"_s);
    m_class->setEnabled(false);
    m_class->setToolTip(tr("Choose a grade first"));
    m_focus->setObjectName(u"focusFilter"_s);
    m_focus->addItem(tr("All students"), static_cast<int>(StudentFilterProxy::Focus::Everyone));
    m_focus->addItem(tr("On the watch list"), static_cast<int>(StudentFilterProxy::Focus::WatchList));
    m_focus->addItem(tr("High risk or crisis"), static_cast<int>(StudentFilterProxy::Focus::HighRisk));
    m_focus->addItem(tr("With an open case"), static_cast<int>(StudentFilterProxy::Focus::OpenCase));
    m_count->setObjectName(u"studentCount"_s);

    auto *title = makeTitle(this, tr("Students"));
    auto *importButton = new QPushButton(tr("&Import roster…"), this);
    importButton->setObjectName(u"importRosterButton"_s);
    importButton->setToolTip(tr("Add and update students from the school's roster (CSV or Excel .xlsx)"));
    auto *notesButton = new QPushButton(tr("Search &notes…"), this);
    notesButton->setObjectName(u"searchNotesButton"_s);
    notesButton->setToolTip(tr("Full-text search over every session note (Ctrl+Shift+F)"));
    notesButton->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    // A push button with a menu: its arrow gets room of its own (a tool button's drew over the text).
    auto *more = new QPushButton(tr("School &year"), this);
    more->setObjectName(u"studentsMoreButton"_s);
    more->setToolTip(tr("Promote every class to the next school year, or purge the records of students who left"));
    auto *menu = new QMenu(more);
    QAction *promoteAction = menu->addAction(tr("&New school year: promote every class…"));
    QAction *purgeAction = menu->addAction(tr("&Purge records of students who left…"));
    more->setMenu(menu);
    more->setVisible(vault.isLead());
    connect(promoteAction, &QAction::triggered, this, &StudentsPage::promoteSchoolYear);
    connect(purgeAction, &QAction::triggered, this, &StudentsPage::purgeOldRecords);
    auto *openButton = new QPushButton(tr("&Open record"), this);
    openButton->setObjectName(u"openRecordButton"_s);

    // The search field on a row of its own, as wide as the page: its hint shows whole in every
    // language on a small screen; the filters under it.
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_grade);
    filters->addWidget(m_class);
    filters->addWidget(m_focus);
    filters->addStretch(1);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(more);
    header->addWidget(notesButton);
    header->addWidget(importButton);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count);
    footer->addSpacing(16);
    footer->addWidget(m_includeLeft);
    footer->addStretch();
    footer->addWidget(openButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(header);
    layout->addWidget(m_search);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);

    connect(m_search, &QLineEdit::textChanged, this, &StudentsPage::setQuery);
    connect(m_grade, &QComboBox::currentIndexChanged, this, [this]() {
        m_proxy->setGrade(m_grade->currentData().toInt());
        fillClasses();
        updateCount();
    });
    connect(m_class, &QComboBox::currentIndexChanged, this, [this]() {
        m_proxy->setClass(m_class->currentData().toString());
        updateCount();
    });
    connect(m_focus, &QComboBox::currentIndexChanged, this, [this]() {
        m_proxy->setFocus(static_cast<StudentFilterProxy::Focus>(m_focus->currentData().toInt()));
        updateCount();
    });
    connect(m_includeLeft, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setIncludeLeft(on);
        updateCount();
    });
    connect(m_view, &QTableView::activated, this, &StudentsPage::openCurrent);
    connect(openButton, &QPushButton::clicked, this, &StudentsPage::openCurrent);
    connect(importButton, &QPushButton::clicked, this, &StudentsPage::importRoster);
    connect(notesButton, &QPushButton::clicked, this, [this]() {
        NoteSearchDialog dialog(m_vault, this);
        dialog.exec();
    });
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this]() {
        m_search->setFocus();
        m_search->selectAll();
    });
    reload();
}

void StudentsPage::reload()
{
    students::StudentRepository repo(m_vault);
    auto list = repo.listAll();
    if (!list) {
        MessageBoxes::error(this, tr("Students"), list.error().message);
        return;
    }
    auto labels = crisis::RiskScale(m_vault).load();
    m_model->setStudents(std::move(*list), labels ? *labels : crisis::RiskLabels());
    fillClasses();
    updateCount();
}

void StudentsPage::fillClasses()
{
    const QString keep = m_class->currentData().toString();
    const QSignalBlocker block(m_class);
    m_class->clear();
    m_class->addItem(tr("All classes"), QString());
    const int grade = m_grade->currentData().toInt();
    if (grade) {
        for (const QString &klass : m_model->classesOf(grade))
            m_class->addItem(students::className(grade, klass), klass);
    }
    m_class->setEnabled(grade != 0);
    m_class->setCurrentIndex(qMax(0, m_class->findData(keep)));
    m_proxy->setClass(m_class->currentData().toString());
}

void StudentsPage::setQuery(const QString &query)
{
    if (m_search->text() != query) m_search->setText(query);
    m_proxy->setQuery(query);
    updateCount();
}

int StudentsPage::visibleCount() const { return m_proxy->rowCount(); }

void StudentsPage::updateCount()
{
    m_count->setText(tr("%n student(s) shown", nullptr, m_proxy->rowCount()));
}

void StudentsPage::openCurrent()
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid()) return;
    openRecord(index.data(StudentListModel::IdRole).toLongLong());
}

void StudentsPage::openRecord(qint64 studentId)
{
    StudentRecordDialog dialog(m_vault, studentId, this);
    if (!dialog.loaded()) return;
    dialog.exec();
    if (!lockInProgress()) reload();  // the watch list or cases may have changed
}

void StudentsPage::promoteSchoolYear()
{
    const QList<int> grades = demo::gradesOf(m_vault.school().type);
    const int top = grades.isEmpty() ? 12 : grades.last();
    auto preview = students::previewPromotion(m_vault, top);
    if (!preview) {
        MessageBoxes::error(this, tr("New school year"), preview.error().message);
        return;
    }
    if (!MessageBoxes::confirm(this, tr("New school year"),
                               tr("Every class moves up one grade: %1 students are promoted and the %2 students of "
                                  "%3 graduate. Class history keeps where each student was. Continue?")
                                   .arg(preview->promoted)
                                   .arg(preview->graduated)
                                   .arg(students::gradeName(top)),
                               tr("&Promote"), true))
        return;
    auto done = students::promote(m_vault, top, QDate::currentDate());
    if (!done) MessageBoxes::error(this, tr("New school year"), done.error().message);
    reload();
}

void StudentsPage::purgeOldRecords()
{
    const int years = settings::retentionYears.value();
    auto candidates = students::purgeCandidates(m_vault, years, QDate::currentDate());
    if (!candidates) {
        MessageBoxes::error(this, tr("Purge records"), candidates.error().message);
        return;
    }
    if (candidates->isEmpty()) {
        MessageBoxes::information(this, tr("Purge records"),
                                  tr("No student left more than %n year(s) ago: there is nothing to purge.", nullptr,
                                     years));
        return;
    }
    QStringList lines;
    QList<qint64> ids;
    for (const auto &c : *candidates) {
        ids << c.id;
        if (lines.size() < 15)
            lines << tr("%1 %2 (%3 %4)").arg(c.studentNo, c.name, students::statusName(c.status),
                                             dates::date(c.leftOn));
    }
    if (candidates->size() > lines.size())
        lines << tr("… and %n more", nullptr, static_cast<int>(candidates->size() - lines.size()));
    if (!MessageBoxes::confirm(this, tr("Purge records"),
                               tr("These %1 students left more than %2 years ago. Their growth records, cases, "
                                  "session notes and watch-list history will be deleted for good:\n\n%3")
                                   .arg(candidates->size())
                                   .arg(years)
                                   .arg(lines.join(u'\n')),
                               tr("&Delete for good"), true))
        return;
    auto removed = students::purgeStudents(m_vault, ids);
    if (!removed) MessageBoxes::error(this, tr("Purge records"), removed.error().message);
    reload();
}

void StudentsPage::importRoster()
{
    RosterImportDialog dialog(m_vault, this);
    if (dialog.exec() == QDialog::Accepted) reload();
}

}  // namespace ui
}  // namespace cd
