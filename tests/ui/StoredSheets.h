#pragma once
// What the screening entry tests (test_screening_kiosk.cpp, test_screening_grid.cpp) read back
// from the vault: a student's saved sheet and its score.

#include "screening/SheetStore.h"
#include "vault/Vault.h"

#include <catch2/catch.hpp>

#include <optional>

namespace cd::test {

/// The student's answers saved for instrument `code` in the run, or none (REQUIREs the read).
inline std::optional<screening::AnswerRow> stored(vault::Vault &vault, qint64 runId, qint64 studentId,
                                                  const QString &code)
{
    auto answers = screening::SheetStore(vault, runId).answers(studentId, code);
    REQUIRE(answers.ok());
    return *answers;
}

/// The score saved for that sheet, or none (REQUIREs the read).
inline std::optional<screening::StoredScore> score(vault::Vault &vault, qint64 runId, qint64 studentId,
                                                   const QString &code)
{
    auto s = screening::SheetStore(vault, runId).score(studentId, code);
    REQUIRE(s.ok());
    return *s;
}

}  // namespace cd::test
