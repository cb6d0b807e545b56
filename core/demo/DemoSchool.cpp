#include "demo/DemoSchool.h"

#include "settings/Translations.h"
#include "storage/Database.h"
#include "students/StudentRepository.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDate>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace cd::demo {

namespace {

// Syllables for synthetic names: combinations, not people.
const QStringList kSurnames = {u"王"_s, u"李"_s, u"张"_s, u"刘"_s, u"陈"_s, u"杨"_s, u"赵"_s, u"黄"_s,
                               u"周"_s, u"吴"_s, u"徐"_s, u"孙"_s, u"胡"_s, u"朱"_s, u"高"_s, u"林"_s};
const QStringList kGiven = {u"明"_s, u"华"_s, u"静"_s, u"丽"_s, u"强"_s, u"磊"_s, u"洋"_s, u"艳"_s,
                            u"勇"_s, u"军"_s, u"杰"_s, u"娟"_s, u"涛"_s, u"超"_s, u"秀"_s, u"霞"_s};
// Invented place names, in Chinese and in pinyin for the English interface.
const QList<std::pair<QString, QString>> kTowns = {
    {u"青山"_s, u"Qingshan"_s}, {u"东湖"_s, u"Donghu"_s}, {u"柳岸"_s, u"Liu'an"_s},  {u"南桥"_s, u"Nanqiao"_s},
    {u"云溪"_s, u"Yunxi"_s},    {u"北岭"_s, u"Beiling"_s}, {u"星河"_s, u"Xinghe"_s}, {u"松林"_s, u"Songlin"_s}};

QString pick(QRandomGenerator &rng, const QStringList &list) { return list.at(rng.bounded(list.size())); }

}  // namespace

vault::SchoolProfile demoSchoolProfile(quint32 seed)
{
    QRandomGenerator rng(seed);
    vault::SchoolProfile profile;
    const auto &town = kTowns.at(rng.bounded(kTowns.size()));
    const bool chinese = settings::effectiveLanguage() == u"zh_CN"_s;
    //: %1 is an invented town name, %2 a number
    profile.name = QCoreApplication::translate("Demo", "%1 Experimental School No. %2 (demo)")
                       .arg(chinese ? town.first : town.second)
                       .arg(rng.bounded(1, 10));
    profile.type = vault::SchoolType::JuniorSenior;
    return profile;
}

QList<DemoStaff> demoStaff(quint32 seed)
{
    QRandomGenerator rng(seed ^ 0x5eedu);
    QList<DemoStaff> staff;
    for (int i = 1; i <= 2; ++i) {
        const QString name = pick(rng, kSurnames) + pick(rng, kGiven) + pick(rng, kGiven);
        staff.append({u"counselor%1"_s.arg(i), name, vault::Role::Counselor});
    }
    return staff;
}

QList<int> gradesOf(vault::SchoolType type)
{
    switch (type) {
    case vault::SchoolType::Primary: return {1, 2, 3, 4, 5, 6};
    case vault::SchoolType::JuniorHigh: return {7, 8, 9};
    case vault::SchoolType::SeniorHigh: return {10, 11, 12};
    case vault::SchoolType::PrimaryJunior: return {1, 2, 3, 4, 5, 6, 7, 8, 9};
    case vault::SchoolType::JuniorSenior: return {7, 8, 9, 10, 11, 12};
    case vault::SchoolType::AllGrades: return {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12};
    }
    return {};
}

Status populateDemo(vault::Vault &vault, quint32 seed, const QString &passphrase, int studentCount)
{
    for (const DemoStaff &member : demoStaff(seed))
        CD_TRY(vault.addUser(member.login, member.displayName, member.role, passphrase));

    QRandomGenerator rng(seed ^ 0x57d3u);
    const QList<int> grades = gradesOf(vault.school().type);
    constexpr int kClassSize = 45;
    const int perGrade = std::max(1, studentCount / static_cast<int>(grades.size()));
    const int classesPerGrade = std::max(1, (perGrade + kClassSize - 1) / kClassSize);
    const int thisYear = QDate::currentDate().year();
    const QStringList structures = students::familyStructureCodes();

    storage::Transaction tx(vault.database());
    if (!tx.began()) return tx.beginError();
    students::StudentRepository repo(vault.database());
    for (int i = 0; i < studentCount; ++i) {
        const int grade = grades.at(std::min<int>(i / perGrade, static_cast<int>(grades.size()) - 1));
        students::Student student;
        student.studentNo = u"%1%2"_s.arg(thisYear - (grade - grades.first())).arg(i + 1, 5, 10, QLatin1Char('0'));
        student.name = pick(rng, kSurnames) + pick(rng, kGiven) + (rng.bounded(3) ? pick(rng, kGiven) : QString());
        student.sex = rng.bounded(2) ? students::Sex::Male : students::Sex::Female;
        student.birthDate = QDate(thisYear - grade - 6, 1 + rng.bounded(12), 1 + rng.bounded(28));
        student.grade = grade;
        student.klass = QString::number(1 + (i % perGrade) % classesPerGrade);
        auto id = repo.save(student, u"demo"_s);
        if (!id) return id.error();
        if (rng.bounded(4) == 0) {
            students::GrowthRecord record;
            record.familyStructure = structures.at(1 + rng.bounded(structures.size() - 1));
            record.leftBehind = rng.bounded(6) == 0;
            record.guardians.append({0, pick(rng, kSurnames) + pick(rng, kGiven),
                                     QCoreApplication::translate("Demo", "Mother"),
                                     u"139%1"_s.arg(rng.bounded(10000000, 99999999)), QString()});
            CD_TRY(repo.saveGrowthRecord(*id, record, vault.currentUser().login));
        }
    }
    return tx.commit();
}

}  // namespace cd::demo
