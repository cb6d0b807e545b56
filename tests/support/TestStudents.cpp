#include "support/TestStudents.h"

#include "cases/CaseRepository.h"
#include "students/StudentRepository.h"

#include <catch2/catch.hpp>

namespace cd::test {

qint64 addTestStudent(vault::Vault &vault, const QString &studentNo, const QString &name, const QDate &birthDate,
                      int grade, const QString &klass)
{
    students::StudentRepository repo(vault);
    students::Student s;
    s.studentNo = studentNo;
    s.name = name;
    s.birthDate = birthDate;
    s.grade = grade;
    s.klass = klass;
    // As the roster import adds students: inside an audited change.
    qint64 id = 0;
    const Status st = vault.recordChange(audit::action::RosterImported, QString(), QStringLiteral("added=1 test"), [&]() {
        auto saved = repo.save(s);
        if (saved) id = *saved;
        return saved ? Status() : Status(saved.error());
    });
    REQUIRE(st.ok());
    return id;
}

qint64 addTestCase(vault::Vault &vault, qint64 studentId, const QString &category)
{
    cases::CaseRepository repo(vault);
    cases::Case c;
    c.studentId = studentId;
    c.category = category;
    c.consentGuardian = QStringLiteral("guardian (synthetic)");
    c.consentOn = QDate::currentDate();
    auto id = repo.openCase(c);
    REQUIRE(id.ok());
    return *id;
}

}  // namespace cd::test
