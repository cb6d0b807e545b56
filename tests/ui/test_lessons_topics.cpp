// The topics library dialog (issue 14, item 4) on a real vault: defaults filled, a topic added,
// renamed in place, moved and retired, each saved at once through core/lessons/Topics.

#include "ui/UiTestSupport.h"

#include "common/MessageBoxes.h"
#include "core/lessons/Topics.h"
#include "lessons/TopicsDialog.h"
#include "support/TempVault.h"

#include <catch2/catch.hpp>

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {
QList<lessons::Topic> topicsOf(vault::Vault &v, int grade)
{
    auto all = lessons::Topics(v).list();
    REQUIRE(all.ok());
    QList<lessons::Topic> out;
    for (const lessons::Topic &t : *all)
        if (t.grade == grade) out << t;
    return out;
}
}  // namespace

TEST_CASE("topics dialog: defaults, add, rename in place, reorder and retire, each saved at once", "[ui][lessons]")
{
    TempVault tv;
    auto v = tv.open();
    ui::TopicsDialog dialog(*v);
    dialog.show();
    auto *grade = child<QComboBox>(&dialog, u"topicsGrade"_s);
    auto *list = child<QListWidget>(&dialog, u"topicsList"_s);
    auto *defaults = child<QPushButton>(&dialog, u"defaultTopics"_s);
    REQUIRE(defaults->isEnabled());  // an empty library
    defaults->click();
    CHECK_FALSE(defaults->isEnabled());
    grade->setCurrentIndex(grade->findData(9));
    const QList<lessons::Topic> grade9 = topicsOf(*v, 9);
    REQUIRE(grade9.size() >= 2);
    REQUIRE(list->count() == grade9.size());

    // Added at the end of its grade.
    typeInto(child<QLineEdit>(&dialog, u"newTopicTitle"_s), u"考前放松训练"_s);
    child<QPushButton>(&dialog, u"addTopic"_s)->click();
    REQUIRE(list->count() == grade9.size() + 1);
    CHECK(topicsOf(*v, 9).last().title == u"考前放松训练"_s);
    CHECK(list->currentItem()->text() == u"考前放松训练"_s);

    // Moved up one: the order saved.
    child<QPushButton>(&dialog, u"topicUp"_s)->click();
    CHECK(topicsOf(*v, 9).at(grade9.size() - 1).title == u"考前放松训练"_s);
    CHECK(list->currentRow() == grade9.size() - 1);

    // Renamed in place.
    list->currentItem()->setText(u"考前放松与呼吸"_s);
    CHECK(topicsOf(*v, 9).at(grade9.size() - 1).title == u"考前放松与呼吸"_s);
    // An empty name is refused with the core's message, and the old name comes back.
    ui::MessageBoxes::setNextAnswer(true);
    list->currentItem()->setText(QString());
    CHECK_FALSE(ui::MessageBoxes::lastText().isEmpty());
    CHECK(topicsOf(*v, 9).at(grade9.size() - 1).title == u"考前放松与呼吸"_s);
    CHECK(list->currentItem()->text() == u"考前放松与呼吸"_s);

    // Retired, then back.
    auto *retire = child<QPushButton>(&dialog, u"retireTopic"_s);
    retire->click();
    CHECK_FALSE(topicsOf(*v, 9).at(grade9.size() - 1).active);
    auto forGrade = lessons::Topics(*v).forGrade(9);
    REQUIRE(forGrade.ok());
    for (const lessons::Topic &t : *forGrade) CHECK(t.title != u"考前放松与呼吸"_s);
    retire->click();
    CHECK(topicsOf(*v, 9).at(grade9.size() - 1).active);
}
