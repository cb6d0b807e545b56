#include "ui/screening/GridEntryDialog.h"

#include "ui/common/LockState.h"
#include "ui/common/MessageBoxes.h"
#include "core/screening/RunRepository.h"
#include "ui/screening/CriticalAlert.h"
#include "ui/screening/SheetGridModel.h"
#include "core/vault/Vault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPersistentModelIndex>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {

/// The editor of instruments whose values need more than one key: type the value, then Enter.
class ValueDelegate : public QStyledItemDelegate {
public:
    using Store = std::function<void(const QModelIndex &, int)>;
    ValueDelegate(Store store, QObject *parent) : QStyledItemDelegate(parent), m_store(std::move(store)) {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *edit = new QLineEdit(parent);
        edit->setObjectName(u"gridValueEditor"_s);
        edit->setValidator(new QRegularExpressionValidator(QRegularExpression(u"-?[0-9]{0,4}"_s), edit));
        edit->setAlignment(Qt::AlignCenter);
        return edit;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        // Opened by a key press, the editor receives that key after this (and replaces the text).
        const QVariant value = index.data(Qt::EditRole);
        static_cast<QLineEdit *>(editor)->setText(value.isValid() ? value.toString() : QString());
    }
    void setModelData(QWidget *editor, QAbstractItemModel *, const QModelIndex &index) const override
    {
        const QString text = static_cast<QLineEdit *>(editor)->text().trimmed();
        bool ok = false;
        const int value = text.isEmpty() || text == u"-"_s ? screening::kUnanswered : text.toInt(&ok);
        if (!text.isEmpty() && text != u"-"_s && !ok) return;
        m_store(index, value);
    }

private:
    Store m_store;
};

bool isUnanswerKey(const QKeyEvent *key)
{
    return key->modifiers() == Qt::NoModifier
           && (key->key() == Qt::Key_Space || key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace);
}

}  // namespace

GridEntryDialog::GridEntryDialog(vault::Vault &vault, qint64 runId, QWidget *parent)
    : QDialog(parent),
      m_vault(vault),
      m_runId(runId),
      m_model(new SheetGridModel(vault, runId, this)),
      m_filter(new SheetGridFilter(this)),
      m_instrument(new QComboBox(this)),
      m_onlyMissing(new QCheckBox(tr("&Only students without a sheet"), this)),
      m_search(new QLineEdit(this)),
      m_view(new QTableView(this)),
      m_legend(new QLabel(this)),
      m_message(new QLabel(this)),
      m_count(new QLabel(this))
{
    setObjectName(u"gridEntryDialog"_s);
    resize(1100, 700);
    m_instrument->setObjectName(u"gridInstrument"_s);
    m_onlyMissing->setObjectName(u"gridOnlyMissing"_s);
    m_onlyMissing->setChecked(true);
    m_search->setObjectName(u"gridSearch"_s);
    m_search->setPlaceholderText(tr("Student number or name"));
    m_search->setClearButtonEnabled(true);
    m_legend->setObjectName(u"gridLegend"_s);
    m_legend->setWordWrap(true);
    m_message->setObjectName(u"gridMessage"_s);
    m_message->setWordWrap(true);
    m_count->setObjectName(u"gridCount"_s);

    m_filter->setSourceModel(m_model);
    m_view->setObjectName(u"gridView"_s);
    m_view->setModel(m_filter);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setTabKeyNavigation(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsClickable(false);
    m_view->setItemDelegate(new ValueDelegate(
        [this](const QModelIndex &index, int value) {
            const QModelIndex source = m_filter->mapToSource(index);
            if (!m_model->setAnswer(source.row(), source.column() - SheetGridModel::FirstItemColumn, value))
                refuse(QString::number(value));
            else
                showMessage({}, false);
        },
        m_view));
    m_view->installEventFilter(this);
    connect(m_view->itemDelegate(), &QAbstractItemDelegate::closeEditor, this,
            [this](QWidget *, QAbstractItemDelegate::EndEditHint hint) {
                // Enter in the editor: on to the next item, as one key does for small values.
                if (hint != QAbstractItemDelegate::SubmitModelCache) return;
                const QPersistentModelIndex at(m_view->currentIndex());
                QTimer::singleShot(0, this, [this, at]() {
                    if (at.isValid() && m_message->property("problem").toBool() == false) enter(at, -2);
                });
            });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &GridEntryDialog::currentChanged);

    auto *top = new QHBoxLayout;
    auto *instrumentLabel = new QLabel(tr("&Questionnaire:"), this);
    instrumentLabel->setBuddy(m_instrument);
    top->addWidget(instrumentLabel);
    top->addWidget(m_instrument);
    top->addStretch();
    top->addWidget(m_onlyMissing);
    top->addWidget(m_search);
    auto *save = new QPushButton(tr("&Save rows"), this);
    save->setObjectName(u"gridSave"_s);
    save->setToolTip(tr("Save every unsaved row (Ctrl+S)"));
    save->setAutoDefault(false);
    auto *close = new QPushButton(tr("Close"), this);
    close->setAutoDefault(false);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addStretch();
    bottom->addWidget(save);
    bottom->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_legend);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addLayout(bottom);

    connect(save, &QPushButton::clicked, this, &GridEntryDialog::saveAll);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_onlyMissing, &QCheckBox::toggled, this, [this](bool only) {
        m_filter->setOnlyWithoutSheet(only);
        updateCount();
    });
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filter->setQuery(text);
        updateCount();
    });

    screening::RunRepository runs(vault);
    auto run = runs.get(runId);
    if (!run) {
        setWindowTitle(tr("Type in paper sheets"));
        showMessage(run.error().message, true);
        return;
    }
    //: the window title; %1 is the screening run's name
    setWindowTitle(tr("Type in paper sheets: %1").arg(run->name));
    for (const auto &ri : run->instruments) {
        auto definition = runs.instrument(runId, ri.code);
        const QString name = definition ? screening::localized(definition->name) : QString();
        m_instrument->addItem(name.isEmpty() ? ri.code : name, ri.code);
    }
    connect(m_instrument, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString code = m_instrument->itemData(index).toString();
        if (code == m_code) return;
        if (!settleUnsaved()) {
            const QSignalBlocker block(m_instrument);
            m_instrument->setCurrentIndex(m_instrument->findData(m_code));
            return;
        }
        loadInstrument(code);
    });
    if (m_instrument->count() > 0) loadInstrument(m_instrument->itemData(0).toString());
}

void GridEntryDialog::loadInstrument(const QString &code)
{
    if (auto loaded = m_model->load(code); !loaded) {
        showMessage(loaded.error().message, true);
        return;
    }
    m_code = code;
    const bool direct = m_model->directEntry();
    m_view->setEditTriggers(direct ? QAbstractItemView::NoEditTriggers
                                   : QAbstractItemView::AnyKeyPressed | QAbstractItemView::DoubleClicked
                                         | QAbstractItemView::EditKeyPressed);
    // One key, one answer: an input method must not swallow the digits.
    m_view->setAttribute(Qt::WA_InputMethodEnabled, !direct);
    const QString howTo = direct
                              ? tr("Type the value of each answer: the cursor moves on by itself and each row is saved "
                                   "at its end. Space or Delete: unanswered. Ctrl+Z: undo in the row being typed. "
                                   "Ctrl+S: save.")
                              : tr("Type the value of each answer and press Enter: the cursor moves on and each row is "
                                   "saved at its end. Space or Delete: unanswered. Ctrl+Z: undo in the row being "
                                   "typed. Ctrl+S: save.");
    m_legend->setText(m_model->optionLegend() + u"\n"_s + howTo);
    const QFontMetrics metrics(m_view->font());
    auto *header = m_view->horizontalHeader();
    for (int column : {SheetGridModel::NumberColumn, SheetGridModel::NameColumn, SheetGridModel::ClassColumn})
        m_view->resizeColumnToContents(column);
    const int itemWidth = std::max(metrics.horizontalAdvance(u"-00"_s), metrics.height()) + 16;
    for (int i = 0; i < m_model->itemCount(); ++i) header->resizeSection(SheetGridModel::FirstItemColumn + i, itemWidth);
    showMessage({}, false);
    updateCount();
    if (m_filter->rowCount() > 0) m_view->setCurrentIndex(m_filter->index(0, SheetGridModel::FirstItemColumn));
    m_view->setFocus();
}

bool GridEntryDialog::selectInstrument(const QString &code)
{
    const int index = m_instrument->findData(code);
    if (index < 0) return false;
    m_instrument->setCurrentIndex(index);
    return m_code == code;
}

bool GridEntryDialog::goToStudent(const QString &studentNo)
{
    const int row = m_model->rowOf(studentNo);
    if (row < 0) return false;
    QModelIndex at = m_filter->mapFromSource(m_model->index(row, SheetGridModel::FirstItemColumn));
    if (!at.isValid()) {
        m_search->clear();
        m_onlyMissing->setChecked(false);
        at = m_filter->mapFromSource(m_model->index(row, SheetGridModel::FirstItemColumn));
    }
    m_view->setCurrentIndex(at);
    m_view->setFocus();
    return at.isValid();
}

QString GridEntryDialog::message() const { return m_message->text(); }

void GridEntryDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setProperty("problem", problem && !text.isEmpty());
    m_message->setStyleSheet(problem ? u"color: #c62828;"_s : QString());
}

void GridEntryDialog::updateCount()
{
    m_count->setText(tr("%n student(s) shown", nullptr, m_filter->rowCount()));
}

bool GridEntryDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress) return QDialog::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (key->matches(QKeySequence::Save)) {
        saveAll();
        return true;
    }
    if (key->matches(QKeySequence::Undo)) {
        undo();
        return true;
    }
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || !m_model->isItemColumn(current.column())) return false;
    if (isUnanswerKey(key)) {
        enter(current, screening::kUnanswered);
        return true;
    }
    const QString text = key->text();
    if (text.size() != 1 || !text.at(0).isPrint() || (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier)))
        return false;  // navigation and the rest: the view's own
    const QChar c = text.at(0);
    if (!m_model->directEntry()) {
        if (c.isDigit() || c == u'-') return false;  // opens the editor with this key
        refuse(text);
        return true;
    }
    if (!c.isDigit() || !m_model->isOptionValue(c.digitValue())) {
        refuse(text);
        return true;
    }
    enter(current, c.digitValue());
    return true;
}

void GridEntryDialog::refuse(const QString &typed)
{
    //: %1: what was typed; %2: the values allowed ("0, 1, 2 and 3")
    showMessage(tr("“%1” is not an answer of this questionnaire. The answers are %2; Space or Delete leaves the item "
                   "unanswered.")
                    .arg(typed, m_model->allowedValues()),
                true);
}

void GridEntryDialog::enter(const QModelIndex &proxyIndex, int value)
{
    // value -2: already stored by the editor, only move on.
    const QModelIndex source = m_filter->mapToSource(proxyIndex);
    if (!source.isValid() || !m_model->isItemColumn(source.column())) return;
    if (value != -2) {
        if (!m_model->setAnswer(source.row(), source.column() - SheetGridModel::FirstItemColumn, value)) {
            refuse(QString::number(value));
            return;
        }
        showMessage({}, false);
    }
    if (m_model->isItemColumn(source.column() + 1)) {
        m_view->setCurrentIndex(proxyIndex.siblingAtColumn(proxyIndex.column() + 1));
        return;
    }
    // The end of the row: save it, then on to the next student.
    if (!m_model->saveRow(source.row())) {
        showMessage(m_model->lastError(), true);
        return;
    }
    stopForCritical();
    const QModelIndex next = m_filter->index(proxyIndex.row() + 1, SheetGridModel::FirstItemColumn);
    if (next.isValid()) m_view->setCurrentIndex(next);
}

void GridEntryDialog::undo()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) return;
    const QModelIndex source = m_filter->mapToSource(current);
    const int item = m_model->undo(source.row());
    if (item < 0) {
        showMessage(tr("Nothing to undo in this row: only changes not saved yet can be undone."), false);
        return;
    }
    showMessage({}, false);
    m_view->setCurrentIndex(current.siblingAtColumn(SheetGridModel::FirstItemColumn + item));
}

void GridEntryDialog::currentChanged(const QModelIndex &current, const QModelIndex &previous)
{
    // Leaving a row with changes saves it.
    if (!previous.isValid() || (current.isValid() && current.row() == previous.row())) return;
    const QModelIndex left = m_filter->mapToSource(previous);
    if (left.isValid() && m_model->isDirty(left.row()) && !m_model->saveRow(left.row()))
        showMessage(m_model->lastError(), true);
    stopForCritical();
}

bool GridEntryDialog::saveAll()
{
    bool ok = true;
    QString firstError;
    for (int row : m_model->dirtyRows()) {
        if (!m_model->saveRow(row) && ok) {
            ok = false;
            firstError = m_model->lastError();
        }
    }
    showMessage(firstError, !ok);
    stopForCritical();
    return ok;
}

void GridEntryDialog::stopForCritical()
{
    const QList<CriticalAnswer> critical = m_model->takeCriticalAnswers();
    // Locking cannot wait for an answer; the flagged list shows the sheet after the unlock.
    if (critical.isEmpty() || lockInProgress()) return;
    stopForEachStudent(m_vault, critical, tr("Continue entering"), this);
    m_view->setFocus();
}

bool GridEntryDialog::settleUnsaved()
{
    const auto dirty = m_model->dirtyRows();
    if (dirty.isEmpty()) return true;
    const auto choice = MessageBoxes::askSave(
        this, windowTitle(),
        tr("%n row(s) of answers are not saved yet. Save them?", nullptr, static_cast<int>(dirty.size())));
    switch (choice) {
    case MessageBoxes::SaveChoice::Save: return saveAll();
    case MessageBoxes::SaveChoice::Discard: return true;
    case MessageBoxes::SaveChoice::Cancel: return false;
    }
    return false;
}

void GridEntryDialog::done(int result)
{
    // Locking (idle, Ctrl+L, screen lock) cannot wait for an answer: what was typed is saved
    // (a row with blanks is kept as typed, and shows as such), never thrown away.
    if (lockInProgress()) {
        saveAll();
        QDialog::done(result);
        return;
    }
    if (!settleUnsaved()) return;
    QDialog::done(result);
}

}  // namespace ui
}  // namespace cd
