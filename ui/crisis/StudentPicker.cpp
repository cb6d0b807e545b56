#include "ui/crisis/StudentPicker.h"

#include "core/students/StudentRepository.h"
#include "ui/common/TableRows.h"
#include "ui/students/StudentListModel.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::ui {

StudentPicker::StudentPicker(vault::Vault &vault, qint64 studentId, QWidget *parent)
    : QWidget(parent), m_chosen(new QLabel(this))
{
    setObjectName(u"studentPicker"_s);
    m_chosen->setObjectName(u"chosenStudent"_s);
    m_chosen->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (studentId) {
        auto student = students::StudentRepository(vault).get(studentId);
        if (student) {
            m_studentId = studentId;
            m_name = student->name;
            m_chosen->setText(tr("%1 · %2 · %3").arg(student->name, students::className(student->grade, student->klass),
                                                     student->studentNo));
        } else {
            m_chosen->setText(student.error().message);
        }
        layout->addWidget(m_chosen);
        return;
    }
    m_model = new StudentListModel(this);
    m_proxy = new StudentFilterProxy(this);
    m_proxy->setSourceModel(m_model);
    if (auto all = students::StudentRepository(vault).listAll()) m_model->setStudents(*all);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"studentSearch"_s);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Name, pinyin (zs for 张三), student number or class"));
    m_search->setToolTip(tr("Type to find the student, then press Enter or click the row"));
    m_list = new QTableView(this);
    m_list->setObjectName(u"studentMatches"_s);
    m_list->setModel(m_proxy);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->verticalHeader()->hide();
    m_list->horizontalHeader()->hide();
    fitRowsToText(m_list);
    for (int c = 0; c < StudentListModel::ColumnCount; ++c)
        m_list->setColumnHidden(c, c != StudentListModel::Name && c != StudentListModel::Class
                                       && c != StudentListModel::Number);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->setMaximumHeight(m_list->verticalHeader()->defaultSectionSize() * 4 + 4);
    m_list->hide();
    layout->addWidget(m_search);
    layout->addWidget(m_list);
    layout->addWidget(m_chosen);
    m_chosen->setText(tr("No student chosen yet."));
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setQuery(text);
        m_list->setVisible(!text.trimmed().isEmpty());
        if (m_proxy->rowCount() > 0) m_list->selectRow(0);
    });
    // Enter picks the highlighted match (and does not press the dialog's default button);
    // the arrow keys move through the matches without leaving the field.
    m_search->installEventFilter(this);
    connect(m_list, &QTableView::clicked, this, &StudentPicker::choose);
    connect(m_list, &QTableView::activated, this, &StudentPicker::choose);
}

bool StudentPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_search || event->type() != QEvent::KeyPress) return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        if (!m_list->isVisible()) return false;
        const QModelIndex current = m_list->currentIndex();
        if (current.isValid()) choose(current);
        else if (m_proxy->rowCount() > 0) choose(m_proxy->index(0, 0));
        return true;
    }
    if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) && m_list->isVisible() && m_proxy->rowCount() > 0) {
        const int row = std::clamp(m_list->currentIndex().row() + (key->key() == Qt::Key_Down ? 1 : -1), 0,
                                   m_proxy->rowCount() - 1);
        m_list->selectRow(row);
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void StudentPicker::choose(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid()) return;
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    const students::StudentSummary &s = m_model->at(source.row());
    m_studentId = s.id;
    m_name = s.name;
    m_chosen->setText(tr("Chosen: %1 · %2 · %3").arg(s.name, students::className(s.grade, s.klass), s.studentNo));
    m_list->hide();
    Q_EMIT studentChanged(m_studentId);
}

}  // namespace cd::ui
