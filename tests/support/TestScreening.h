#pragma once
// Screening runs for tests: one call, one open run over some grades.

#include "screening/RunRepository.h"
#include "screening/SheetStore.h"
#include "vault/Vault.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cd::test {

/// Creates an open run named `name` over the given grades (the students must exist) with the
/// instruments (codes such as "PHQ-9") and returns its id (REQUIREs success).
qint64 createTestRun(vault::Vault &vault, const QString &name, const QList<int> &grades, const QStringList &instruments);

/// A complete sheet: `values` by item position (kUnanswered for a blank).
void enterTestSheet(vault::Vault &vault, qint64 runId, const QString &instrument, qint64 studentId,
                    const screening::AnswerRow &values, screening::SheetSource source = screening::SheetSource::Grid);

}  // namespace cd::test
