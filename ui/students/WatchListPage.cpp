#include "ui/students/WatchListPage.h"
#include "ui/common/Dates.h"

#include "ui/common/TableRows.h"
#include "core/common/Clock.h"
#include "core/crisis/RiskScale.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/StatusWidgets.h"
#include "core/students/Student.h"
#include "ui/students/StudentRecordDialog.h"
#include "core/students/WatchList.h"
#include "core/vault/Vault.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {
enum Column { Name, Class, Level, Reason, NextReview, ColumnCount };
}  // namespace

WatchListPage::WatchListPage(vault::Vault &vault, QWidget *parent)
    : QWidget(parent),
      m_vault(vault),
      m_table(new QTableWidget(this)),
      m_overdueOnly(new QCheckBox(tr("&Overdue reviews only"), this)),
      m_summary(new QLabel(this))
{
    setObjectName(u"watchListPage"_s);
    auto *title = makeTitle(this, tr("Watch list"));
    m_table->setObjectName(u"watchTable"_s);
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Student"), tr("Class"), tr("Risk level"), tr("Reason"), tr("Next review")});
    m_table->horizontalHeader()->setSectionResizeMode(Reason, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    fitRowsToText(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_overdueOnly->setObjectName(u"overdueOnly"_s);
    m_summary->setObjectName(u"watchSummary"_s);
    auto *hint = new QLabel(tr("Add a student, change the level or take them off the list in the student's record "
                               "(Watch list tab)."),
                            this);
    hint->setWordWrap(true);
    hint->setStyleSheet(u"color: palette(mid);"_s);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_overdueOnly);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(title);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(hint);
    connect(m_overdueOnly, &QCheckBox::toggled, this, &WatchListPage::reload);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        const qint64 id = m_table->item(row, Name)->data(Qt::UserRole).toLongLong();
        StudentRecordDialog dialog(m_vault, id, this);
        if (!dialog.loaded()) return;
        dialog.showWatchTab();  // the row's entry, its history and where to change it
        dialog.exec();
        reload();
    });
}

void WatchListPage::showEvent(QShowEvent *event)
{
    reload();
    QWidget::showEvent(event);
}

int WatchListPage::rowCount() const { return m_table->rowCount(); }

void WatchListPage::reload()
{
    students::WatchList list(m_vault);
    auto entries = list.entries();
    if (!entries) {
        MessageBoxes::error(this, tr("Watch list"), entries.error().message);
        return;
    }
    // The lead's names and colours for the levels, read once per refresh.
    auto loaded = crisis::RiskScale(m_vault).load();
    const crisis::RiskLabels labels = loaded ? *loaded : crisis::RiskLabels();
    const QDate today = clock::today();
    m_overdue = 0;
    m_table->setRowCount(0);
    for (const students::WatchEntry &e : *entries) {
        const bool overdue = e.overdue(today);
        m_overdue += overdue;
        if (m_overdueOnly->isChecked() && !overdue) continue;
        const int r = m_table->rowCount();
        m_table->insertRow(r);
        auto *name = new QTableWidgetItem(e.name);
        name->setData(Qt::UserRole, e.studentId);
        name->setToolTip(e.studentNo);
        m_table->setItem(r, Name, name);
        m_table->setItem(r, Class, new QTableWidgetItem(students::className(e.grade, e.klass)));
        auto *level = new QTableWidgetItem(labels.label(e.level));
        level->setData(Qt::UserRole, crisis::severity(e.level));
        level->setForeground(QColor(labels.colour(e.level)));
        QFont bold = level->font();
        bold.setBold(true);
        level->setFont(bold);
        m_table->setItem(r, Level, level);
        m_table->setItem(r, Reason, new QTableWidgetItem(e.reason));
        auto *review = new QTableWidgetItem(
            overdue ? tr("%1 (overdue)").arg(dates::date(e.nextReview))
                    : dates::date(e.nextReview));
        if (overdue) {
            review->setForeground(QColor(0xc6, 0x28, 0x28));
            review->setFont(bold);
            review->setToolTip(tr("The review date has passed: see the student and set the next date."));
        }
        m_table->setItem(r, NextReview, review);
    }
    m_table->resizeColumnToContents(Name);
    m_table->resizeColumnToContents(Class);
    m_table->resizeColumnToContents(Level);
    m_table->resizeColumnToContents(NextReview);
    m_summary->setText(tr("On the watch list: %1 · Reviews overdue: %2").arg(entries->size()).arg(m_overdue));
}

}  // namespace ui
}  // namespace cd
