#include "ui/lessons/TopicsDialog.h"

#include "core/lessons/Topics.h"
#include "core/students/Student.h"
#include "ui/common/MessageBoxes.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

TopicsDialog::TopicsDialog(vault::Vault &vault, QWidget *parent)
    : QDialog(parent), m_vault(vault), m_grade(new QComboBox(this)), m_list(new QListWidget(this)),
      m_newTitle(new QLineEdit(this)), m_add(new QPushButton(tr("&Add"), this)),
      m_up(new QPushButton(tr("&Up"), this)), m_down(new QPushButton(tr("Do&wn"), this)),
      m_retire(new QPushButton(tr("&Retire"), this)), m_defaults(new QPushButton(tr("Fill with the &defaults"), this))
{
    setObjectName(u"topicsDialog"_s);
    setWindowTitle(tr("Lesson topics"));
    m_grade->setObjectName(u"topicsGrade"_s);
    m_grade->addItem(tr("Every grade"), 0);
    for (int g = 1; g <= 12; ++g) m_grade->addItem(students::gradeName(g), g);
    m_grade->setToolTip(tr("Plans give a class its grade's topics in this order, then those for every grade"));
    auto *gradeLabel = new QLabel(tr("&Grade:"), this);
    gradeLabel->setBuddy(m_grade);
    m_list->setObjectName(u"topicsList"_s);
    m_list->setToolTip(tr("Double-click a topic to rename it; retired topics are greyed and never planned"));
    m_newTitle->setObjectName(u"newTopicTitle"_s);
    m_newTitle->setPlaceholderText(tr("A new topic for this grade"));
    m_add->setObjectName(u"addTopic"_s);
    m_up->setObjectName(u"topicUp"_s);
    m_up->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Up));
    m_up->setToolTip(tr("Earlier in the plan (Ctrl+Up)"));
    m_down->setObjectName(u"topicDown"_s);
    m_down->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Down));
    m_down->setToolTip(tr("Later in the plan (Ctrl+Down)"));
    m_retire->setObjectName(u"retireTopic"_s);
    m_retire->setToolTip(tr("A retired topic stays on the lessons that had it and is not planned again"));
    m_defaults->setObjectName(u"defaultTopics"_s);
    m_defaults->setToolTip(tr("The suggested topics of every grade band, while the library is empty"));

    auto *top = new QHBoxLayout;
    top->addWidget(gradeLabel);
    top->addWidget(m_grade, 1);
    auto *side = new QVBoxLayout;
    side->addWidget(m_up);
    side->addWidget(m_down);
    side->addWidget(m_retire);
    side->addStretch(1);
    auto *middle = new QHBoxLayout;
    middle->addWidget(m_list, 1);
    middle->addLayout(side);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newTitle, 1);
    addRow->addWidget(m_add);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_defaults, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addLayout(addRow);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_grade, &QComboBox::currentIndexChanged, this, [this]() { reload(); });
    connect(m_list, &QListWidget::currentRowChanged, this, &TopicsDialog::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, &TopicsDialog::renamed);
    connect(m_add, &QPushButton::clicked, this, &TopicsDialog::add);
    connect(m_newTitle, &QLineEdit::returnPressed, this, &TopicsDialog::add);
    connect(m_newTitle, &QLineEdit::textChanged, this, &TopicsDialog::updateButtons);
    connect(m_up, &QPushButton::clicked, this, [this]() { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this]() { move(1); });
    connect(m_retire, &QPushButton::clicked, this, &TopicsDialog::toggleActive);
    connect(m_defaults, &QPushButton::clicked, this, &TopicsDialog::fillDefaults);
    reload();
}

int TopicsDialog::grade() const { return m_grade->currentData().toInt(); }

qint64 TopicsDialog::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void TopicsDialog::reload(qint64 select)
{
    auto all = lessons::Topics(m_vault).list();
    if (!all) {
        MessageBoxes::error(this, windowTitle(), all.error().message);
        return;
    }
    m_loading = true;
    m_list->clear();
    for (const lessons::Topic &topic : *all) {
        if (topic.grade != grade()) continue;
        auto *item = new QListWidgetItem(topic.title, m_list);
        item->setData(Qt::UserRole, topic.id);
        item->setData(Qt::UserRole + 1, topic.active);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (!topic.active) {
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
            item->setToolTip(tr("Retired: not planned again"));
        }
        if (topic.id == select) m_list->setCurrentItem(item);
    }
    m_loading = false;
    m_defaults->setEnabled(all->isEmpty());
    updateButtons();
}

void TopicsDialog::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row < m_list->count() - 1);
    m_retire->setEnabled(row >= 0);
    const bool active = row < 0 || m_list->currentItem()->data(Qt::UserRole + 1).toBool();
    m_retire->setText(active ? tr("&Retire") : tr("Bring &back"));
    m_add->setEnabled(!m_newTitle->text().trimmed().isEmpty());
}

void TopicsDialog::add()
{
    lessons::Topic topic;
    topic.grade = grade();
    topic.title = m_newTitle->text().trimmed();
    if (topic.title.isEmpty()) return;
    auto id = lessons::Topics(m_vault).add(topic);
    if (!id) {
        MessageBoxes::error(this, windowTitle(), id.error().message);
        return;
    }
    m_newTitle->clear();
    reload(*id);
}

void TopicsDialog::renamed(QListWidgetItem *item)
{
    if (m_loading) return;
    const qint64 id = item->data(Qt::UserRole).toLongLong();
    if (const Status st = lessons::Topics(m_vault).rename(id, item->text().trimmed()); !st)
        MessageBoxes::error(this, windowTitle(), st.error().message);
    reload(id);
}

void TopicsDialog::move(int step)
{
    const int row = m_list->currentRow();
    const int target = row + step;
    if (row < 0 || target < 0 || target >= m_list->count()) return;
    QList<qint64> ids;
    for (int i = 0; i < m_list->count(); ++i) ids << m_list->item(i)->data(Qt::UserRole).toLongLong();
    ids.swapItemsAt(row, target);
    const qint64 id = currentId();
    if (const Status st = lessons::Topics(m_vault).reorder(grade(), ids); !st)
        MessageBoxes::error(this, windowTitle(), st.error().message);
    reload(id);
}

void TopicsDialog::toggleActive()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item) return;
    const qint64 id = currentId();
    if (const Status st = lessons::Topics(m_vault).setActive(id, !item->data(Qt::UserRole + 1).toBool()); !st)
        MessageBoxes::error(this, windowTitle(), st.error().message);
    reload(id);
}

void TopicsDialog::fillDefaults()
{
    if (auto added = lessons::Topics(m_vault).seedDefaultsIfEmpty(); !added)
        MessageBoxes::error(this, windowTitle(), added.error().message);
    reload();
}

}  // namespace cd::ui
