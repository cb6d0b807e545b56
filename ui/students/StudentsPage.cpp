#include "students/StudentsPage.h"

#include "common/MessageBoxes.h"
#include "students/RosterImportDialog.h"
#include "students/StudentListModel.h"
#include "students/StudentRecordDialog.h"
#include "vault/Vault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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
      m_count(new QLabel(this))
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
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (int c = 0; c < StudentListModel::ColumnCount; ++c)
        m_view->horizontalHeader()->setSectionResizeMode(c, QHeaderView::Interactive);
    m_view->setColumnWidth(StudentListModel::Number, 140);
    m_view->setColumnWidth(StudentListModel::Name, 140);
    m_view->setColumnWidth(StudentListModel::Sex, 60);
    m_view->setColumnWidth(StudentListModel::Class, 200);

    m_search->setObjectName(u"studentSearch"_s);
    m_search->setPlaceholderText(tr("Search by name, pinyin (zs finds 张三), student number or class"));
    m_search->setClearButtonEnabled(true);
    m_grade->setObjectName(u"gradeFilter"_s);
    m_grade->addItem(tr("All grades"), 0);
    for (int g = 1; g <= 12; ++g) m_grade->addItem(students::gradeName(g), g);
    m_includeLeft->setObjectName(u"includeLeft"_s);
    m_count->setObjectName(u"studentCount"_s);

    auto *title = new QLabel(tr("Students"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *importButton = new QPushButton(tr("&Import roster…"), this);
    importButton->setObjectName(u"importRosterButton"_s);
    importButton->setToolTip(tr("Add and update students from the school's roster (CSV or Excel .xlsx)"));
    auto *openButton = new QPushButton(tr("&Open record"), this);
    openButton->setObjectName(u"openRecordButton"_s);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(m_grade);
    filters->addWidget(m_includeLeft);
    auto *header = new QHBoxLayout;
    header->addWidget(title);
    header->addStretch();
    header->addWidget(importButton);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count);
    footer->addStretch();
    footer->addWidget(openButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);

    connect(m_search, &QLineEdit::textChanged, this, &StudentsPage::setQuery);
    connect(m_grade, &QComboBox::currentIndexChanged, this, [this]() {
        m_proxy->setGrade(m_grade->currentData().toInt());
        updateCount();
    });
    connect(m_includeLeft, &QCheckBox::toggled, this, [this](bool on) {
        m_proxy->setIncludeLeft(on);
        updateCount();
    });
    connect(m_view, &QTableView::activated, this, &StudentsPage::openCurrent);
    connect(openButton, &QPushButton::clicked, this, &StudentsPage::openCurrent);
    connect(importButton, &QPushButton::clicked, this, &StudentsPage::importRoster);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, [this]() {
        m_search->setFocus();
        m_search->selectAll();
    });
    reload();
}

void StudentsPage::reload()
{
    students::StudentRepository repo(m_vault.database());
    auto list = repo.listAll();
    if (!list) {
        MessageBoxes::error(this, tr("Students"), list.error().message);
        return;
    }
    m_model->setStudents(std::move(*list));
    updateCount();
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
}

void StudentsPage::importRoster()
{
    RosterImportDialog dialog(m_vault, this);
    if (dialog.exec() == QDialog::Accepted) reload();
}

}  // namespace ui
}  // namespace cd
