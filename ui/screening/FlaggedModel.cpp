#include "ui/screening/FlaggedModel.h"
#include "ui/common/Dates.h"

#include "core/students/Student.h"

#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

FlaggedModel::FlaggedModel(QObject *parent) : QAbstractTableModel(parent) {}

void FlaggedModel::setSheets(const QList<screening::FlaggedSheet> &sheets,
                             const QHash<QString, screening::Instrument> &definitions)
{
    beginResetModel();
    m_sheets = sheets;
    m_definitions = definitions;
    endResetModel();
}

int FlaggedModel::rowOf(qint64 studentId, const QString &instrument) const
{
    for (int r = 0; r < m_sheets.size(); ++r)
        if (m_sheets[r].student.studentId == studentId && m_sheets[r].instrument == instrument) return r;
    return -1;
}

int FlaggedModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_sheets.size()); }

int FlaggedModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString FlaggedModel::instrumentName(const QString &code) const
{
    const auto it = m_definitions.constFind(code);
    if (it == m_definitions.cend()) return code;
    return it->code;
}

QString FlaggedModel::bandName(const screening::FlaggedSheet &sheet) const
{
    const auto it = m_definitions.constFind(sheet.instrument);
    if (it == m_definitions.cend() || sheet.score.band < 0 || sheet.score.band >= it->bands.size()) return {};
    return screening::localized(it->bands.at(sheet.score.band).label);
}

QString FlaggedModel::whyText(const screening::FlaggedSheet &sheet) const
{
    QStringList kinds;
    for (screening::FlagKind kind : sheet.score.flags) kinds << screening::flagKindName(kind);
    //: the follow-up is still open, though this sheet (entered again, or rescored) is not flagged
    if (kinds.isEmpty()) return tr("Follow-up still open from an earlier sheet");
    return QLocale().createSeparatedList(kinds);
}

QString FlaggedModel::whyDetails(const screening::FlaggedSheet &sheet) const
{
    QStringList lines;
    const auto it = m_definitions.constFind(sheet.instrument);
    for (const QString &item : sheet.score.criticalItems) {
        QString reason;
        if (it != m_definitions.cend())
            for (const screening::CriticalItem &c : it->critical)
                if (c.item == item) reason = screening::localized(c.reason);
        lines << (reason.isEmpty() ? tr("Critical item %1").arg(item) : reason);
    }
    if (!sheet.score.valid) {
        QStringList reasons;
        for (const QString &code : sheet.score.invalidCodes) reasons << screening::invalidReasonName(code);
        //: Tooltip of an invalid sheet: the reasons, as a list.
        lines << tr("Invalid: %1").arg(QLocale().createSeparatedList(reasons));
    }
    return lines.join(u'\n');
}

QVariant FlaggedModel::display(const screening::FlaggedSheet &s, int column) const
{
    switch (column) {
    case StudentNo: return s.student.studentNo;
    case Name: return s.student.name;
    case Class: return students::className(s.student.grade, s.student.klass);
    case InstrumentColumn: return instrumentName(s.instrument);
    case Total: return s.score.valid ? QLocale().toString(s.score.total, 'f', s.score.total == int(s.score.total) ? 0 : 1)
                                     : tr("—");
    case BandColumn: return s.score.valid ? bandName(s) : tr("Invalid");
    case TScore: return s.score.tScore ? QLocale().toString(*s.score.tScore, 'f', 0) : QString();
    case Why: return whyText(s);
    case FollowUpColumn: return s.followUp ? screening::followUpStatusName(s.followUp->status) : tr("—");
    case Interview:
        return s.followUp && s.followUp->interviewAt.isValid()
                   ? dates::dateTime(s.followUp->interviewAt)
                   : QString();
    }
    return {};
}

QVariant FlaggedModel::sortKey(const screening::FlaggedSheet &s, int row, int column) const
{
    switch (column) {
    case Total: return s.score.valid ? s.score.total : -1.0;
    case BandColumn: return s.score.band;
    case TScore: return s.score.tScore ? *s.score.tScore : -1.0;
    case Why: return row;  // the core's order: most serious first
    case FollowUpColumn: return s.followUp ? int(s.followUp->status) : -1;
    case Interview: return s.followUp ? s.followUp->interviewAt : QDateTime();
    }
    return display(s, column);
}

QVariant FlaggedModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_sheets.size()) return {};
    const screening::FlaggedSheet &s = m_sheets.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return display(s, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Why || index.column() == BandColumn) return whyDetails(s);
        if (index.column() == FollowUpColumn && s.followUp && !s.followUp->note.isEmpty()) return s.followUp->note;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Total || index.column() == TScore) return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Why && !s.score.criticalItems.isEmpty()) return QColor(0xb7, 0x1c, 0x1c);
        return {};
    case SortRole: return sortKey(s, index.row(), index.column());
    case StudentIdRole: return s.student.studentId;
    case InstrumentRole: return s.instrument;
    case OpenRole:
        return !s.followUp || s.followUp->status == screening::FollowUpStatus::Open ? u"open"_s : u"closed"_s;
    }
    return {};
}

QVariant FlaggedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StudentNo: return tr("No.");
    case Name: return tr("Name");
    case Class: return tr("Class");
    case InstrumentColumn: return tr("Instrument");
    case Total: return tr("Total");
    case BandColumn: return tr("Band");
    case TScore: return tr("T-score");
    case Why: return tr("Why");
    case FollowUpColumn: return tr("Follow-up");
    case Interview: return tr("Interview");
    }
    return {};
}

FlaggedProxy::FlaggedProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(FlaggedModel::SortRole);
    setSortLocaleAware(true);
}

void FlaggedProxy::setOpenOnly(bool on)
{
    if (m_openOnly == on) return;
    m_openOnly = on;
    invalidateRowsFilter();
}

bool FlaggedProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_openOnly) return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(FlaggedModel::OpenRole).toString() == u"open"_s;
}

}  // namespace ui
}  // namespace cd
