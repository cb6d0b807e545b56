#pragma once
// What cd_make_fixture_vault writes beside a fixture vault: the counts of every table and the
// values a test expects, read back through the same build's API (so the fixture.json of an old
// fixture says what that version itself saw), and the fixture's README.md.

#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace cd::fixture {

/// Rows of every table (virtual tables' shadow tables left out), by table name.
QJsonObject tableCounts(storage::Database &db);
/// The commit the maker was built from (`git rev-parse HEAD` in the source tree, "-dirty" when the
/// tree has changes), or "unknown".
QString sourceCommit();

/// A student's roster facts, class history, growth record, watch entry and its history.
QJsonObject studentJson(vault::Vault &vault, const QString &studentNo);
/// The student's cases with their sessions (newest first, as the API lists them).
QJsonArray casesJson(vault::Vault &vault, const QString &studentNo);
/// The concern categories, hidden ones included; names only where the vault stores one
/// (the lead's own and renamed built-ins: other names are translations).
QJsonArray categoriesJson(vault::Vault &vault);
/// The school's own definitions the library offers, and every version the vault keeps of them.
QJsonArray schoolInstrumentsJson(vault::Vault &vault);
/// Every run: status, dates, instruments, targets, list size, every sheet (answers, current
/// score, history length) and every follow-up.
QJsonArray runsJson(vault::Vault &vault);

/// Schema 7's crisis records (FixtureCrisisRecord.cpp): the risk labels, step limits and directory
/// (retired entries too), and for each of `studentNos` in that order its crisis events (newest
/// first, with steps and notifications), safety plan versions (newest first), time off and support
/// plan; every referral (newest first) with its consent and return slip.
QJsonObject crisisJson(vault::Vault &vault, const QStringList &studentNos);

/// Writes OUT/fixture.json and OUT/README.md.
void writeFixtureFiles(const QString &outDir, const QJsonObject &fixture);

}  // namespace cd::fixture
