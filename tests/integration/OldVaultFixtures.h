#pragma once
// The committed old-vault fixtures (tests/data/vaults/, see its README.md) as the old-vault tests
// read them: test_old_vaults.cpp (every record, the audit chain, the backups, a failing step) and
// test_old_vaults_crisis.cpp (schema 7's crisis records, or what a migration to it leaves).

#include "vault/Vault.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <string>

namespace cd::test {

std::string str(const QString &s);
QString text(const QJsonObject &o, const char *key);
QJsonObject object(const QJsonObject &o, const char *key);
QJsonArray array(const QJsonObject &o, const char *key);
QStringList strings(const QJsonArray &a);

struct Fixture {
    QString name;
    QString dir;
    QJsonObject json;
    QString vaultDir() const;
    QString backupPath() const;
    QJsonObject expect() const;
    /// The schema version the fixture was made at (`made_by.schema_version`).
    int schemaVersion() const;
    /// The first user with this role: {login, passphrase, …}.
    QJsonObject user(const QString &role) const;
};

/// Every folder of tests/data/vaults/ is a fixture with its fixture.json, by name.
QList<Fixture> allFixtures();
/// Copies the regular files of `from` (not the lock file) into a new folder `to`.
void copyFolder(const QString &from, const QString &to);
std::unique_ptr<vault::Vault> openAs(const QString &dir, const QJsonObject &user);
qint64 studentId(vault::Vault &v, const QString &studentNo);

/// Schema 7's crisis records (test_old_vaults_crisis.cpp): a fixture made at schema 7 or later has
/// every one of its `expect.crisis` records; an older one, migrated, has the defaults and nothing
/// recorded. `v` is signed in as the lead.
void checkCrisis(vault::Vault &v, const Fixture &fx);

}  // namespace cd::test
