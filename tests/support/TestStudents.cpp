#include "support/TestStudents.h"

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

}  // namespace cd::test
