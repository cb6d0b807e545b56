#pragma once
// The crisis records of schema 7 (core/crisis/) in a fixture vault, made through the core services
// as the room lead with the clock pinned from 2026-11-06 to 2026-12-03 (UTC). Synthetic data only.

#include "vault/Vault.h"

namespace cd::fixture {

/// The lead's risk labels and step limits, two directory entries (one retired), two crisis events
/// (one closed) with their steps and notifications, a safety plan in two versions, four referrals
/// (given, slip returned, closed, drafted), a time off with its return and a support plan.
/// The letterhead and a printed document are not made: this tree declares LetterheadStore and
/// PrintedDocuments but has no code behind them yet (tests/data/vaults/README.md, v7-0.1.0).
void makeCrisisRecords(vault::Vault &lead);

}  // namespace cd::fixture
