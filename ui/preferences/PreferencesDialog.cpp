#include "ui/preferences/PreferencesDialog.h"

#include "ui/common/MessageBoxes.h"
#include "core/settings/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent), m_language(new QComboBox(this)), m_idle(new QSpinBox(this)), m_retention(new QSpinBox(this)),
      m_backupReminder(new QSpinBox(this)),
      m_fullCheck(new QSpinBox(this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));
    setMinimumWidth(680);  // the explanations in two lines, not four
    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(u"简体中文"_s, u"zh_CN"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_language->setCurrentIndex(qMax(0, m_language->findData(settings::language.value())));
    m_idle->setObjectName(u"idleSpin"_s);
    m_idle->setRange(settings::kMinIdleLockMinutes, settings::kMaxIdleLockMinutes);
    m_idle->setSuffix(tr(" min"));
    m_idle->setValue(qBound(settings::kMinIdleLockMinutes, settings::idleLockMinutes.value(),
                            settings::kMaxIdleLockMinutes));

    m_retention->setObjectName(u"retentionSpin"_s);
    m_retention->setRange(1, 30);
    m_retention->setSuffix(tr(" years"));
    m_retention->setValue(qBound(1, settings::retentionYears.value(), 30));
    m_backupReminder->setObjectName(u"backupReminderSpin"_s);
    m_backupReminder->setRange(0, 90);
    m_backupReminder->setSuffix(tr(" days"));
    m_backupReminder->setSpecialValueText(tr("never"));
    m_backupReminder->setValue(qBound(0, settings::backupReminderDays.value(), 90));
    m_fullCheck->setObjectName(u"fullCheckSpin"_s);
    m_fullCheck->setRange(0, 90);
    m_fullCheck->setSuffix(tr(" days"));
    m_fullCheck->setSpecialValueText(tr("never"));
    m_fullCheck->setValue(qBound(0, settings::fullCheckDays.value(), 90));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout;
    // Each setting with one line under it: what it does, its default, why one would change it (the
    // same sentence as its tooltip).
    const auto addSetting = [this, form](const QString &label, QWidget *field, const QString &name,
                                         const QString &explanation) {
        field->setToolTip(explanation);
        auto *note = new QLabel(explanation, this);
        note->setObjectName(name);
        note->setWordWrap(true);
        note->setToolTip(explanation);
        note->setForegroundRole(QPalette::PlaceholderText);
        QFont small = note->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        note->setFont(small);
        auto *column = new QVBoxLayout;
        column->setSpacing(1);
        column->addWidget(field, 0, Qt::AlignLeft);
        column->addWidget(note);
        form->addRow(label, column);
        if (auto *buddy = qobject_cast<QLabel *>(form->labelForField(column))) buddy->setBuddy(field);
    };
    addSetting(tr("&Language:"), m_language, u"languageNote"_s,
               tr("Menus, windows and the manual on this computer. Default: as the system. Used from the next "
                  "start."));
    addSetting(tr("Lock after &idle:"), m_idle, u"idleNote"_s,
               tr("Locks the vault after this long without keyboard or mouse. Default: %n min. Shorter if others "
                  "pass your desk.",
                  nullptr, settings::idleLockMinutes.defaultValue()));
    addSetting(tr("&Keep records of students who left:"), m_retention, u"retentionNote"_s,
               tr("Older records are offered for purging (Students ▸ School year). Default: %n years. Follow your "
                  "school's rules.",
                  nullptr, settings::retentionYears.defaultValue()));
    addSetting(tr("&Remind me to back up after:"), m_backupReminder, u"backupReminderNote"_s,
               tr("The status bar turns red when the last verified backup is older. Default: %n days. “never” "
                  "turns it off.",
                  nullptr, settings::backupReminderDays.defaultValue()));
    addSetting(tr("&Full vault check every:"), m_fullCheck, u"fullCheckNote"_s,
               tr("After sign-in, every page of the vault is read and checked. Default: %n days. Longer on a slow "
                  "computer.",
                  nullptr, settings::fullCheckDays.defaultValue()));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PreferencesDialog::reject);
}

void PreferencesDialog::accept()
{
    const QString language = m_language->currentData().toString();
    const bool languageChanged = language != settings::language.value();
    settings::language.set(language);
    if (m_idle->value() != settings::idleLockMinutes.value()) {
        settings::idleLockMinutes.set(m_idle->value());
        Q_EMIT idleLockChanged(m_idle->value());
    }
    settings::retentionYears.set(m_retention->value());
    settings::backupReminderDays.set(m_backupReminder->value());
    settings::fullCheckDays.set(m_fullCheck->value());
    QDialog::accept();
    if (languageChanged)
        MessageBoxes::information(parentWidget(), tr("Preferences"),
                                  tr("The new language is used from the next start of CounselDesk."));
}

}  // namespace ui
}  // namespace cd
