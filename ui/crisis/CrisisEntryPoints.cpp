#include "ui/crisis/CrisisEntryPoints.h"

#include "ui/common/LockState.h"
#include "ui/crisis/CrisisEventDialog.h"
#include "ui/crisis/CrisisEventView.h"
#include "ui/crisis/ReferralDialog.h"


namespace cd::ui {

qint64 openCrisisEventDialog(vault::Vault &vault, qint64 studentId, QWidget *parent)
{
    qint64 id = 0;
    {
        CrisisEventDialog dialog(vault, studentId, parent);
        if (dialog.exec() == QDialog::Accepted) id = dialog.eventId();
    }
    // Straight on to the next steps (who was told, referral), unless the vault is locking.
    if (id && !lockInProgress()) openCrisisEvent(vault, id, parent);
    return id;
}

void openCrisisEvent(vault::Vault &vault, qint64 eventId, QWidget *parent)
{
    CrisisEventView view(vault, eventId, parent);
    if (view.loaded()) view.exec();
}

void openReferralDialog(vault::Vault &vault, qint64 referralId, QWidget *parent)
{
    ReferralDialog dialog(vault, referralId, parent);
    if (dialog.loaded()) dialog.exec();
}

qint64 newReferralDialog(vault::Vault &vault, qint64 studentId, qint64 eventId, QWidget *parent)
{
    ReferralDialog dialog(vault, NewReferral{studentId, eventId}, parent);
    if (!dialog.loaded()) return 0;
    dialog.exec();
    return dialog.referralId();
}

}  // namespace cd::ui
