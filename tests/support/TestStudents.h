#pragma once
// Synthetic students for tests: one call, one student in the vault.

#include "vault/Vault.h"

#include <QDate>
#include <QString>

namespace cd::test {

/// Saves a student and returns their id (REQUIREs success).
qint64 addTestStudent(vault::Vault &vault, const QString &studentNo, const QString &name, const QDate &birthDate = {},
                      int grade = 7, const QString &klass = QStringLiteral("1"));

/// Opens a case for the student, with a guardian's consent recorded (so any age may have one),
/// and returns its id (REQUIREs success).
qint64 addTestCase(vault::Vault &vault, qint64 studentId, const QString &category = QStringLiteral("study"));

}  // namespace cd::test
