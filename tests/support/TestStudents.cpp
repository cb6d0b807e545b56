#include "support/TestStudents.h"

#include "cases/Cases.h"
#include "students/StudentRepository.h"

#include <catch2/catch.hpp>

namespace cd::test {

qint64 addTestStudent(vault::Vault &vault, const QString &studentNo, const QString &name, const QDate &birthDate,
                      int grade, const QString &klass)
{
    students::StudentRepository repo(vault.database());
    students::Student s;
    s.studentNo = studentNo;
    s.name = name;
    s.birthDate = birthDate;
    s.grade = grade;
    s.klass = klass;
    auto id = repo.save(s);
    REQUIRE(id.ok());
    return *id;
}

qint64 addTestCase(vault::Vault &vault, qint64 studentId, const QString &category)
{
    cases::CaseRepository repo(vault.database());
    cases::Case c;
    c.studentId = studentId;
    c.category = category;
    c.openedBy = vault.currentUser().login;
    c.consentGuardian = QStringLiteral("guardian (synthetic)");
    c.consentOn = QDate::currentDate();
    auto id = repo.openCase(c, QDate());
    REQUIRE(id.ok());
    return *id;
}

}  // namespace cd::test
