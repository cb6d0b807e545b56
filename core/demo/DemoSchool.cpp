#include "demo/DemoSchool.h"

#include "settings/Translations.h"
#include "vault/Vault.h"

#include <QCoreApplication>
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

Status populateDemo(vault::Vault &vault, quint32 seed, const QString &passphrase)
{
    for (const DemoStaff &member : demoStaff(seed))
        CD_TRY(vault.addUser(member.login, member.displayName, member.role, passphrase));
    return {};
}

}  // namespace cd::demo
