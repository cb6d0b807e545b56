#include "audit/AuditTableModel.h"

#include <QCoreApplication>
#include <QLocale>

namespace cd {
namespace ui {

QString auditActionLabel(const QString &code)
{
    struct Row {
        const char *code;
        const char *label;
    };
    static const Row rows[] = {
        {audit::action::VaultCreated, QT_TRANSLATE_NOOP("AuditAction", "Created the vault")},
        {audit::action::Unlocked, QT_TRANSLATE_NOOP("AuditAction", "Unlocked")},
        {audit::action::UnlockedWithRecovery, QT_TRANSLATE_NOOP("AuditAction", "Unlocked with the recovery code")},
        {audit::action::Locked, QT_TRANSLATE_NOOP("AuditAction", "Locked")},
        {audit::action::Checked, QT_TRANSLATE_NOOP("AuditAction", "Checked the vault")},
        {audit::action::UserAdded, QT_TRANSLATE_NOOP("AuditAction", "Added a user")},
        {audit::action::UserDisabled, QT_TRANSLATE_NOOP("AuditAction", "Disabled a user")},
        {audit::action::UserEnabled, QT_TRANSLATE_NOOP("AuditAction", "Reactivated a user")},
        {audit::action::PassphraseChanged, QT_TRANSLATE_NOOP("AuditAction", "Changed a passphrase")},
        {audit::action::PassphraseReset, QT_TRANSLATE_NOOP("AuditAction", "Reset a passphrase")},
        {audit::action::RecoveryCodeReplaced, QT_TRANSLATE_NOOP("AuditAction", "Replaced the recovery code")},
        {audit::action::RosterImported, QT_TRANSLATE_NOOP("AuditAction", "Imported a roster")},
        {audit::action::StudentViewed, QT_TRANSLATE_NOOP("AuditAction", "Opened a student record")},
        {audit::action::StudentEdited, QT_TRANSLATE_NOOP("AuditAction", "Edited a student record")},
        {audit::action::WatchChanged, QT_TRANSLATE_NOOP("AuditAction", "Changed the watch list")},
        {audit::action::CaseOpened, QT_TRANSLATE_NOOP("AuditAction", "Opened a case")},
        {audit::action::CaseClosed, QT_TRANSLATE_NOOP("AuditAction", "Closed a case")},
        {audit::action::SessionSaved, QT_TRANSLATE_NOOP("AuditAction", "Saved a session note")},
        {audit::action::PrivateNoteShared, QT_TRANSLATE_NOOP("AuditAction", "Shared a private note")},
        {audit::action::SchoolYearPromoted, QT_TRANSLATE_NOOP("AuditAction", "Started a new school year")},
        {audit::action::StudentTransferred, QT_TRANSLATE_NOOP("AuditAction", "Marked a transfer")},
        {audit::action::StudentsPurged, QT_TRANSLATE_NOOP("AuditAction", "Purged old records")},
        {audit::action::CategoryChanged, QT_TRANSLATE_NOOP("AuditAction", "Changed the concern categories")},
        {audit::action::BackupMade, QT_TRANSLATE_NOOP("AuditAction", "Made a verified backup")},
        {audit::action::Restored, QT_TRANSLATE_NOOP("AuditAction", "Restored the vault from a backup")},
    };
    for (const Row &row : rows)
        if (code == QLatin1String(row.code)) return QCoreApplication::translate("AuditAction", row.label);
    return code;
}

AuditTableModel::AuditTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditTableModel::setEntries(const QList<audit::Entry> &entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) return {};
    const audit::Entry &e = m_entries[index.row()];
    if (role == Qt::TextAlignmentRole && index.column() == Seq)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole) return {};
    switch (index.column()) {
    case Seq: return e.seq;
    case Time:
        if (role == Qt::EditRole) return e.at;
        return QLocale().toString(e.at.toLocalTime(), u"yyyy-MM-dd HH:mm:ss");
    case Actor: return e.actor;
    case Action: return auditActionLabel(e.action);
    case Target: return e.target;
    case Detail: return e.detail;
    default: return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case Seq: return tr("No.");
    case Time: return tr("Time");
    case Actor: return tr("User");
    case Action: return tr("Action");
    case Target: return tr("Subject");
    case Detail: return tr("Detail");
    default: return {};
    }
}

}  // namespace ui
}  // namespace cd
