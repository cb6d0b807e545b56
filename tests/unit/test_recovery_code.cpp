#include "vault/RecoveryCode.h"

#include <catch2/catch.hpp>

#include <QRegularExpression>
#include <QSet>

using namespace cd::vault;

TEST_CASE("Recovery codes have six groups of four unambiguous characters", "[recovery]")
{
    const QRegularExpression shape(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}$"));
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString code = generateRecoveryCode();
        INFO(code.toStdString());
        CHECK(shape.match(code).hasMatch());
        seen.insert(code);
    }
    CHECK(seen.size() == 200);
}

TEST_CASE("Typed recovery codes are normalised forgivingly but strictly", "[recovery]")
{
    const QString code = QStringLiteral("7K2M-QX9D-0A1B-CDEF-GHJK-MNPQ");
    CHECK(normalizeRecoveryCode(code) == QStringLiteral("7K2MQX9D0A1BCDEFGHJKMNPQ"));
    CHECK(normalizeRecoveryCode(QStringLiteral(" 7k2m qx9d oa1b cdef ghjk mnpq ")) == normalizeRecoveryCode(code));
    CHECK(normalizeRecoveryCode(QStringLiteral("7K2M-QX9D-0AIB-CDEF-GHJK-MNPQ")) == normalizeRecoveryCode(code));
    CHECK(normalizeRecoveryCode(QStringLiteral("7K2M-QX9D-0A1B-CDEF-GHJK")).isEmpty());       // too short
    CHECK(normalizeRecoveryCode(QStringLiteral("7K2M-QX9D-0A1B-CDEF-GHJK-MNPQU")).isEmpty()); // too long
    CHECK(normalizeRecoveryCode(QStringLiteral("7K2M-QX9D-0A1B-CDEF-GHJK-MNP!")).isEmpty());  // not base 32
    CHECK(normalizeRecoveryCode(QStringLiteral("7K2M-QX9D-0A1B-CDEF-GHJK-MNP码")).isEmpty());
    CHECK(recoverySecret(QStringLiteral("nonsense")).isEmpty());
}
