#include "ui/preferences/PreferencesDialog.h"

#include "ui/common/MessageBoxes.h"
#include "core/settings/Settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
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
    m_idle->setToolTip(tr("The vault locks itself after this long without keyboard or mouse input."));

    m_retention->setObjectName(u"retentionSpin"_s);
    m_retention->setRange(1, 30);
    m_retention->setSuffix(tr(" years"));
    m_retention->setValue(qBound(1, settings::retentionYears.value(), 30));
    m_retention->setToolTip(tr("Records of students who left more than this long ago are offered for purging "
                               "(Students → School year → Purge)."));
    m_backupReminder->setObjectName(u"backupReminderSpin"_s);
    m_backupReminder->setRange(0, 90);
    m_backupReminder->setSuffix(tr(" days"));
    m_backupReminder->setSpecialValueText(tr("never"));
    m_backupReminder->setValue(qBound(0, settings::backupReminderDays.value(), 90));
    m_backupReminder->setToolTip(tr("The status bar turns red when the last verified backup is older than this."));
    m_fullCheck->setObjectName(u"fullCheckSpin"_s);
    m_fullCheck->setRange(0, 90);
    m_fullCheck->setSuffix(tr(" days"));
    m_fullCheck->setSpecialValueText(tr("never"));
    m_fullCheck->setValue(qBound(0, settings::fullCheckDays.value(), 90));
    m_fullCheck->setToolTip(tr("After signing in, every page of the vault is checked when the last full check is "
                               "older than this."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Lock after idle:"), m_idle);
    form->addRow(tr("&Keep records of students who left:"), m_retention);
    form->addRow(tr("&Remind me to back up after:"), m_backupReminder);
    form->addRow(tr("&Full vault check every:"), m_fullCheck);
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
