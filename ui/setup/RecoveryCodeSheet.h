#pragma once
// The printed recovery-code sheet for the school safe.

#include <QDateTime>
#include <QString>

class QTextDocument;

namespace cd {
namespace ui {

struct RecoverySheetFacts {
    QString schoolName;
    QString vaultFolder;
    QString recoveryCode;
    QDateTime createdAt;
};

/// Fills `document` with the sheet (title, code in large type, where it is used, how to keep it).
void buildRecoverySheet(QTextDocument &document, const RecoverySheetFacts &facts);

}  // namespace ui
}  // namespace cd
