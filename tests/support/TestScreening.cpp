#include "support/TestScreening.h"

#include <catch2/catch.hpp>

namespace cd::test {

qint64 createTestRun(vault::Vault &vault, const QString &name, const QList<int> &grades, const QStringList &instruments)
{
    screening::Run run;
    run.name = name;
    for (const QString &code : instruments) run.instruments << screening::RunInstrument{code, {}};
    for (int g : grades) run.targets << screening::RunTarget{g, {}};
    run.opensOn = QDate::currentDate().addDays(-1);
    run.closesOn = QDate::currentDate().addDays(14);
    auto id = screening::RunRepository(vault).create(run);
    if (!id) FAIL(id.error().message.toStdString());
    return *id;
}

void enterTestSheet(vault::Vault &vault, qint64 runId, const QString &instrument, qint64 studentId,
                    const screening::AnswerRow &values, screening::SheetSource source)
{
    auto id = screening::SheetStore(vault, runId).saveSheet(instrument, {studentId, values, {}}, source);
    if (!id) FAIL(id.error().message.toStdString());
}

}  // namespace cd::test
