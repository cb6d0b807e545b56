#pragma once
// Keeps secrets out of core dumps and away from other processes of the same user.

namespace cd::security {

/// No core dumps (RLIMIT_CORE 0) and not dumpable/ptrace-attachable (PR_SET_DUMPABLE 0).
/// Returns false if either could not be set.
bool hardenProcess();

}  // namespace cd::security
