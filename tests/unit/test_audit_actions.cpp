// The audit-action registry: every code an area declares has a label, a target kind and a zh_CN
// translation, and no code is declared twice. The audit page and exports read only the registry.

#include "registry/AuditActions.h"
#include "registry/AuditDetail.h"
#include "screening/RunRepository.h"
#include "students/Student.h"
#include "students/WatchList.h"

#include <catch2/catch.hpp>

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTranslator>

using namespace cd;
using namespace Qt::StringLiterals;

namespace {

/// Every `inline constexpr char X[] = "code";` in core/<area>/<Area>Audit.h, read from the sources.
QStringList declaredCodes()
{
    QStringList codes;
    static const QRegularExpression declaration(uR"re(inline constexpr char \w+\[\] = "([a-z_.]+)";)re"_s);
    QDirIterator it(QStringLiteral(CD_SOURCE_DIR "/core"), {u"*Audit.h"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (auto m = declaration.globalMatch(text); m.hasNext();) codes << m.next().captured(1);
    }
    return codes;
}

}  // namespace

TEST_CASE("audit actions: every declared code is registered with a label and a target kind", "[audit][registry]")
{
    const QStringList declared = declaredCodes();
    REQUIRE(declared.size() >= 30);
    QSet<QString> registered;
    for (const audit::ActionInfo &info : registry::auditActions()) {
        INFO("code " << info.code);
        CHECK_FALSE(registered.contains(QString::fromLatin1(info.code)));  // declared once
        registered.insert(QString::fromLatin1(info.code));
        CHECK(info.label != nullptr);
        CHECK(QByteArray(info.label).size() > 3);
    }
    for (const QString &code : declared) {
        INFO("code " << code.toStdString());
        CHECK(registered.contains(code));
        CHECK(registry::auditActionLabel(code) != code);
    }
    CHECK(registered.size() == declared.size());
    // A code no area declares (a row from a newer version) is shown as it is.
    CHECK(registry::auditActionLabel(u"future.action"_s) == u"future.action"_s);
    CHECK(registry::findAuditAction(u"student.view"_s)->target == audit::TargetKind::Student);
}

TEST_CASE("audit actions: every label has its zh_CN translation", "[audit][registry][i18n]")
{
    QTranslator zh;
    REQUIRE(zh.load(u":/i18n/counseldesk_zh_CN.qm"_s));
    for (const audit::ActionInfo &info : registry::auditActions()) {
        INFO("code " << info.code << ", label " << info.label);
        const QString translated = zh.translate("AuditAction", info.label);
        CHECK_FALSE(translated.isEmpty());
        CHECK(translated != QString::fromUtf8(info.label));
    }
}

TEST_CASE("audit details: stored key=value details read as words, unknown parts as stored", "[audit][registry]")
{
    CHECK(registry::auditDetailText(QString()).isEmpty());
    CHECK(registry::auditDetailText(u"instruments=PHQ-9,GAD-7 targets=7;8/2"_s)
          == u"instruments: PHQ-9, GAD-7; grades and classes: Grade 7 (junior 1), Grade 8 (junior 2), class 2"_s);
    CHECK(registry::auditDetailText(u"instrument=GAD-7 source=kiosk sheets=1 replaced=0 flagged=1"_s)
          == u"instrument: GAD-7; entered by: kiosk; sheets: 1; replaced: 0; flagged: 1"_s);
    CHECK(registry::auditDetailText(u"status=closed"_s)
          == u"status: "_s + screening::runStatusName(screening::RunStatus::Closed));
    CHECK(registry::auditDetailText(u"crisis:4 high"_s)
          == u"crisis event 4; "_s + students::riskName(students::RiskLevel::High));
    CHECK(registry::auditDetailText(u"safety_plan:3 v2"_s) == u"safety plan 3; version 2"_s);
    CHECK(registry::auditDetailText(u"roster facts"_s) == u"roster facts changed"_s);
    CHECK(registry::auditDetailText(u"added=40 demo"_s) == u"added: 40; demo school"_s);
    // A row written by a newer version: shown as stored, never dropped.
    CHECK(registry::auditDetailText(u"widgets=3 <b>x</b>"_s) == u"widgets=3; <b>x</b>"_s);
}
