#include "ui/screening/SheetGridModel.h"

#include "core/screening/Scoring.h"
#include "core/students/Pinyin.h"
#include "core/students/Student.h"
#include "core/vault/Vault.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

SheetGridModel::SheetGridModel(vault::Vault &vault, qint64 runId, QObject *parent)
    : QAbstractTableModel(parent), m_vault(vault), m_runId(runId)
{
}

Status SheetGridModel::load(const QString &code)
{
    screening::RunRepository runs(m_vault);
    auto instrument = runs.instrument(m_runId, code);
    if (!instrument) return instrument.error();
    auto participants = runs.participants(m_runId);
    if (!participants) return participants.error();
    // Every complete sheet at once: two queries, not two per student.
    auto sheets = screening::SheetStore(m_vault, m_runId).completeSheets(code);
    if (!sheets) return sheets.error();

    QList<Row> rows;
    rows.reserve(participants->size());
    const auto itemCount = static_cast<std::size_t>(instrument->items.size());
    for (const auto &p : *participants) {
        Row row;
        row.student = p;
        row.className = students::className(p.grade, p.klass);
        const auto keys = students::pinyinKeys(p.name);
        row.searchKey = (p.studentNo + u' ' + p.name + u' ' + keys.full + u' ' + keys.initials).toLower();
        row.answers.assign(itemCount, screening::kUnanswered);
        if (const auto it = sheets->constFind(p.studentId); it != sheets->cend()) {
            for (std::size_t i = 0; i < std::min(itemCount, it->answers.size()); ++i) row.answers[i] = it->answers[i];
            row.hadSheet = true;
            showScore(*instrument, row, it->score);
        }
        rows << std::move(row);
    }
    beginResetModel();
    m_instrument = std::move(*instrument);
    m_rows = std::move(rows);
    m_lastError.clear();
    endResetModel();
    return {};
}

bool SheetGridModel::isOptionValue(int value) const
{
    return std::any_of(m_instrument.options.cbegin(), m_instrument.options.cend(),
                       [value](const auto &o) { return o.value == value; });
}

bool SheetGridModel::directEntry() const
{
    return std::all_of(m_instrument.options.cbegin(), m_instrument.options.cend(),
                       [](const auto &o) { return o.value >= 0 && o.value <= 9; });
}

QString SheetGridModel::allowedValues() const
{
    QStringList values;
    for (const auto &o : m_instrument.options) values << QString::number(o.value);
    return QLocale().createSeparatedList(values);
}

QString SheetGridModel::optionLegend() const
{
    QStringList parts;
    for (const auto &o : m_instrument.options) {
        const QString label = screening::localized(o.label);
        //: an answer option in the grid's legend: its value, then its label ("0 = Not at all")
        parts << (label.isEmpty() ? QString::number(o.value) : tr("%1 = %2").arg(o.value).arg(label));
    }
    return parts.join(u"   ·   "_s);
}

int SheetGridModel::rowOf(const QString &studentNo) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].student.studentNo == studentNo) return i;
    return -1;
}

bool SheetGridModel::setAnswer(int row, int item, int value)
{
    if (row < 0 || row >= m_rows.size() || item < 0 || item >= itemCount()) return false;
    if (value != screening::kUnanswered && !isOptionValue(value)) return false;
    Row &r = m_rows[row];
    auto &cell = r.answers[static_cast<std::size_t>(item)];
    if (!r.dirty) r.undo.clear();
    r.undo.append({item, cell});
    cell = value;
    r.touched = true;
    r.dirty = true;
    r.state = State::Unsaved;
    r.status = tr("Unsaved");
    r.statusTip.clear();
    rowChanged(row);
    return true;
}

int SheetGridModel::undo(int row)
{
    if (row < 0 || row >= m_rows.size()) return -1;
    Row &r = m_rows[row];
    if (!r.dirty || r.undo.isEmpty()) return -1;
    const auto [item, value] = r.undo.takeLast();
    r.answers[static_cast<std::size_t>(item)] = value;
    rowChanged(row);
    return item;
}

QList<int> SheetGridModel::dirtyRows() const
{
    QList<int> rows;
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].dirty) rows << i;
    return rows;
}

bool SheetGridModel::saveRow(int row)
{
    if (row < 0 || row >= m_rows.size()) return false;
    Row &r = m_rows[row];
    m_lastError.clear();
    if (std::all_of(r.answers.cbegin(), r.answers.cend(), [](int v) { return v == screening::kUnanswered; })) {
        m_lastError = tr("%1 (%2): type at least one answer before saving the sheet.").arg(r.student.name, r.student.studentNo);
    } else {
        screening::SheetStore store(m_vault, m_runId);
        auto saved = store.saveSheet(m_instrument.code, screening::SheetInput{r.student.studentId, r.answers, {}},
                                     screening::SheetSource::Grid);
        if (saved) {
            r.dirty = false;
            r.undo.clear();
            auto score = store.score(r.student.studentId, m_instrument.code);
            showScore(m_instrument, r, score ? *score : std::nullopt);
            if (score && *score) m_critical << criticalAnswers(m_instrument, r.student, **score, r.answers);
            rowChanged(row);
            return true;
        }
        m_lastError = saved.error().message;
    }
    r.state = State::Failed;
    //: the status of a grid row the vault refused; %1 says why
    r.status = tr("Not saved: %1").arg(m_lastError);
    r.statusTip = m_lastError;
    rowChanged(row);
    return false;
}

QList<CriticalAnswer> SheetGridModel::takeCriticalAnswers() { return std::exchange(m_critical, {}); }

void SheetGridModel::showScore(const screening::Instrument &instrument, Row &row,
                               const std::optional<screening::StoredScore> &score)
{
    showPlainScore(instrument, row, score);
    if (!score || score->criticalItems.isEmpty()) return;
    row.state = State::Critical;
    //: the status of a saved sheet with a critical answer; %1 the usual status ("Saved: Mild"), %2 the items
    row.status = tr("%1 — CRITICAL ANSWER (item %2)").arg(row.status, QLocale().createSeparatedList(score->criticalItems));
}

void SheetGridModel::showPlainScore(const screening::Instrument &instrument, Row &row,
                                    const std::optional<screening::StoredScore> &score)
{
    row.statusTip.clear();
    if (!score) {
        row.state = State::Saved;
        row.status = tr("Saved");
        return;
    }
    if (!score->valid) {
        QStringList reasons;
        for (const QString &code : score->invalidCodes) reasons << screening::invalidReasonName(code);
        row.state = State::Invalid;
        //: the status of a saved sheet that cannot be trusted; %1 lists why
        row.status = tr("Saved, invalid: %1").arg(QLocale().createSeparatedList(reasons));
        row.statusTip = reasons.join(u'\n');
        return;
    }
    row.state = State::Saved;
    const QString band = score->band >= 0 && score->band < instrument.bands.size()
                             ? screening::localized(instrument.bands[score->band].label)
                             : QString();
    row.status = band.isEmpty() ? tr("Saved") : tr("Saved: %1").arg(band);
    row.statusTip = tr("Total %1").arg(QLocale().toString(score->total));
    if (score->followUp) row.statusTip += u'\n' + tr("Needs a follow-up");
}

void SheetGridModel::rowChanged(int row)
{
    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
}

int SheetGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SheetGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : statusColumn() + 1;
}

QVariant SheetGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) return {};
    const Row &r = m_rows.at(index.row());
    const int column = index.column();
    if (isItemColumn(column)) {
        const int value = r.answers[static_cast<std::size_t>(column - FirstItemColumn)];
        if (role == Qt::DisplayRole) {
            if (value != screening::kUnanswered) return value;
            return (r.hadSheet || r.touched) ? u"–"_s : QString();  // unanswered, as entered
        }
        if (role == Qt::EditRole) return value == screening::kUnanswered ? QVariant() : QVariant(value);
        if (role == Qt::TextAlignmentRole) return QVariant::fromValue(Qt::AlignCenter);
        return {};
    }
    if (column == statusColumn()) {
        if (role == Qt::DisplayRole) return r.status;
        if (role == Qt::ToolTipRole && !r.statusTip.isEmpty()) return r.statusTip;
        if (role == Qt::ForegroundRole && (r.state == State::Failed || r.state == State::Invalid || r.state == State::Critical))
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (role == Qt::ForegroundRole && r.state == State::Unsaved) return QBrush(QColor(0xb2, 0x6a, 0x00));
        return {};
    }
    if (role != Qt::DisplayRole) return {};
    switch (column) {
    case NumberColumn: return r.student.studentNo;
    case NameColumn: return r.student.name;
    case ClassColumn: return r.className;
    default: return {};
    }
}

QVariant SheetGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) return {};
    if (isItemColumn(section)) {
        const auto &item = m_instrument.items[section - FirstItemColumn];
        if (role == Qt::DisplayRole) return QString::number(section - FirstItemColumn + 1);
        if (role == Qt::ToolTipRole) {
            const QString text = screening::localized(item.text);
            return text.isEmpty() ? tr("Item %1").arg(item.id) : text;
        }
        return {};
    }
    if (role != Qt::DisplayRole) return {};
    if (section == statusColumn()) return tr("Status");
    switch (section) {
    case NumberColumn: return tr("Student number");
    case NameColumn: return tr("Name");
    case ClassColumn: return tr("Class");
    default: return {};
    }
}

Qt::ItemFlags SheetGridModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (isItemColumn(index.column()) && !directEntry()) f |= Qt::ItemIsEditable;
    return f;
}

SheetGridFilter::SheetGridFilter(QObject *parent) : QSortFilterProxyModel(parent) {}

void SheetGridFilter::setOnlyWithoutSheet(bool only)
{
    m_onlyWithoutSheet = only;
    invalidateFilter();
}

void SheetGridFilter::setQuery(const QString &query)
{
    m_query = query.trimmed().toLower();
    invalidateFilter();
}

bool SheetGridFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = static_cast<const SheetGridModel *>(sourceModel());
    if (m_onlyWithoutSheet && model->hadSheet(sourceRow) && !model->touched(sourceRow)) return false;
    return m_query.isEmpty() || model->searchKey(sourceRow).contains(m_query);
}

}  // namespace ui
}  // namespace cd
