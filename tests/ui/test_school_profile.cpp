// The school profile dialog offscreen: opened from Vault ▸ School profile… (the lead's only),
// filled in, the standards line changing as counselors and funding are typed, saved, and the same
// figures there when it opens again; a counselor sees it read-only.

#include "ui/UiTestSupport.h"

#include "core/district/SchoolProfiles.h"
#include "common/MessageBoxes.h"
#include "district/SchoolProfileDialog.h"
#include "shell/MainWindow.h"
#include "support/TempVault.h"
#include "support/TestStudents.h"

#include <catch2/catch.hpp>

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {
void setSpin(QWidget *dialog, const QString &name, int value)
{
    auto *box = child<QSpinBox>(dialog, name);
    box->setFocus();
    box->selectAll();
    QTest::keyClicks(box, QString::number(value));
    QTest::keyClick(box, Qt::Key_Tab);
    REQUIRE(box->value() == value);
}

QString standard(QWidget *dialog, const char *name) { return child<QLabel>(dialog, QString::fromLatin1(name))->text(); }
}  // namespace

TEST_CASE("ui: the school profile from the Vault menu: filled in, the standards change as typed, saved, reopened",
          "[ui][district][profile]")
{
    TempVault tv;
    auto vault = tv.open();
    ui::MainWindow main(*vault);
    main.show();
    QAction *action = main.findChild<QAction *>(u"actionSchoolProfile"_s);
    REQUIRE(action != nullptr);
    CHECK(action->text().remove(u'&') == u"School profile…"_s);

    bool filled = false;
    whenShown<ui::SchoolProfileDialog>([&](ui::SchoolProfileDialog *dialog) {
        // A new profile: the vault's school, this year, the room's hours (none yet).
        CHECK(child<QLineEdit>(dialog, u"profileName"_s)->text() == vault->school().name);
        CHECK(child<QCheckBox>(dialog, u"profileHoursFromRoom"_s)->isChecked());
        CHECK_FALSE(child<QDoubleSpinBox>(dialog, u"profileOpenHours"_s)->isEnabled());

        auto *type = child<QComboBox>(dialog, u"profileType"_s);
        type->setCurrentIndex(type->findData(static_cast<int>(district::SchoolType::SeniorHigh)));
        typeInto(child<QLineEdit>(dialog, u"profileCode"_s), u"GZ0042"_s);
        setSpin(dialog, u"profileStudents"_s, 1500);
        setSpin(dialog, u"profileFullTime"_s, 1);
        CHECK(standard(dialog, "standardCounselors").startsWith(u"Counselors not met"_s));
        CHECK(standard(dialog, "standardCounselors").contains(u"it has 1"_s));
        setSpin(dialog, u"profilePartTime"_s, 1);
        CHECK(standard(dialog, "standardCounselors").startsWith(u"Counselors met"_s));
        setSpin(dialog, u"profileCertified"_s, 1);

        setSpin(dialog, u"profileFunding"_s, 14999);
        CHECK(standard(dialog, "standardFunding").startsWith(u"Funding not met"_s));
        CHECK(standard(dialog, "standardFunding").contains(u"9.9 yuan per student"_s));
        setSpin(dialog, u"profileFunding"_s, 15000);
        CHECK(standard(dialog, "standardFunding").startsWith(u"Funding met"_s));

        CHECK(standard(dialog, "standardOpenHours").startsWith(u"Open hours not met"_s));
        QTest::mouseClick(child<QCheckBox>(dialog, u"profileHoursFromRoom"_s), Qt::LeftButton, {}, QPoint(4, 4));
        auto *hours = child<QDoubleSpinBox>(dialog, u"profileOpenHours"_s);
        REQUIRE(hours->isEnabled());
        hours->setValue(12);
        CHECK(standard(dialog, "standardOpenHours").startsWith(u"Open hours met"_s));
        filled = true;
        child<QPushButton>(dialog, u"profileSave"_s)->click();
    });
    action->trigger();
    REQUIRE(filled);

    auto saved = district::SchoolProfiles(*vault).stored();
    REQUIRE(saved.ok());
    REQUIRE(saved->has_value());
    CHECK((*saved)->districtCode == u"GZ0042"_s);
    CHECK((*saved)->type == district::SchoolType::SeniorHigh);
    CHECK((*saved)->studentsEnrolled == 1500);
    CHECK((*saved)->fundingYuan == 15000);
    CHECK((*saved)->roomOpenHoursOverridden);
    CHECK((*saved)->roomOpenHoursPerWeek == 12);

    bool reopened = false;
    whenShown<ui::SchoolProfileDialog>([&](ui::SchoolProfileDialog *dialog) {
        CHECK(child<QLineEdit>(dialog, u"profileCode"_s)->text() == u"GZ0042"_s);
        CHECK(child<QComboBox>(dialog, u"profileType"_s)->currentData().toInt()
              == static_cast<int>(district::SchoolType::SeniorHigh));
        CHECK(child<QSpinBox>(dialog, u"profilePartTime"_s)->value() == 1);
        CHECK_FALSE(child<QCheckBox>(dialog, u"profileHoursFromRoom"_s)->isChecked());
        CHECK(child<QDoubleSpinBox>(dialog, u"profileOpenHours"_s)->value() == 12);
        CHECK(standard(dialog, "standardCounselors").startsWith(u"Counselors met"_s));
        reopened = true;
        dialog->reject();
    });
    action->trigger();
    REQUIRE(reopened);
}

TEST_CASE("ui: a new school profile counts the roll's active students as enrolled, the school's name and type show "
          "whole",
          "[ui][district][profile]")
{
    TempVault tv;
    auto vault = tv.open();
    for (int i = 1; i <= 3; ++i) addTestStudent(*vault, u"S00%1"_s.arg(i), u"学生%1"_s.arg(i));
    {
        ui::SchoolProfileDialog dialog(*vault);
        dialog.show();
        auto *students = child<QSpinBox>(&dialog, u"profileStudents"_s);
        CHECK(students->value() == 3);
        CHECK(students->toolTip().contains(u"active students in this vault (3)"_s));

        // The longest type and a long name, whole in their boxes (English, 1366×768 at 150 % in the screens tests).
        auto *type = child<QComboBox>(&dialog, u"profileType"_s);
        type->setCurrentIndex(type->findData(static_cast<int>(district::SchoolType::Complete)));
        QApplication::processEvents();
        CHECK(type->width() > type->fontMetrics().horizontalAdvance(type->currentText()));
        auto *name = child<QLineEdit>(&dialog, u"profileName"_s);
        name->setText(u"Qingshan Experimental School No. 8 (demo)"_s);
        CHECK(name->width() > name->fontMetrics().horizontalAdvance(name->text()));
        child<QSpinBox>(&dialog, u"profileStudents"_s)->setValue(1200);
        typeInto(child<QLineEdit>(&dialog, u"profileCode"_s), u"GZ0042"_s);
        REQUIRE(district::SchoolProfiles(*vault).save(dialog.profile()).ok());
    }
    // Saved, the profile's own figure stays, and the tooltip no longer speaks of the roll.
    ui::SchoolProfileDialog again(*vault);
    CHECK(child<QSpinBox>(&again, u"profileStudents"_s)->value() == 1200);
    CHECK_FALSE(child<QSpinBox>(&again, u"profileStudents"_s)->toolTip().contains(u"active students"_s));
}

TEST_CASE("ui: a school profile with problems is not saved, the dialog says why and stays open", "[ui][district][profile]")
{
    TempVault tv;
    auto vault = tv.open();
    ui::SchoolProfileDialog dialog(*vault);
    dialog.show();
    typeInto(child<QLineEdit>(&dialog, u"profileCode"_s), u"no spaces please"_s);
    setSpin(&dialog, u"profileCertified"_s, 2);
    ui::MessageBoxes::setNextAnswer(true);
    child<QPushButton>(&dialog, u"profileSave"_s)->click();
    CHECK(dialog.isVisible());
    CHECK(ui::MessageBoxes::lastText().contains(u"school code"_s));
    CHECK(ui::MessageBoxes::lastText().contains(u"Certified counselors (2)"_s));
    auto saved = district::SchoolProfiles(*vault).stored();
    REQUIRE(saved.ok());
    CHECK_FALSE(saved->has_value());
}

TEST_CASE("ui: a counselor has no School profile action and sees the dialog read-only", "[ui][district][profile][roles]")
{
    TempVault tv;
    {
        auto vault = tv.open();
        REQUIRE(vault->addUser(u"li"_s, {}, vault::Role::Counselor, u"li passphrase 22"_s).ok());
    }
    auto counselor = tv.open(u"li"_s, u"li passphrase 22"_s);
    {
        ui::MainWindow main(*counselor);
        CHECK(main.findChild<QAction *>(u"actionSchoolProfile"_s) == nullptr);
    }
    ui::SchoolProfileDialog dialog(*counselor);
    CHECK_FALSE(child<QPushButton>(&dialog, u"profileSave"_s)->isEnabled());
    CHECK_FALSE(child<QLineEdit>(&dialog, u"profileCode"_s)->isEnabled());
    CHECK(child<QLabel>(&dialog, u"profileLeadOnly"_s)->text().contains(u"Only the room lead"_s));
}
