#pragma once
// Session drafts: what a counselor is writing, kept in the (encrypted) vault while they write, so
// a lock, a crash or a closed window loses nothing and no plaintext ever reaches the disk. One
// draft per case, session and author (session 0 = a session not yet saved). A draft is its
// author's own: only they are offered it, and the private note in it is sealed with their key
// like a saved private note. Saving the session removes the draft in the same transaction.

#include "cases/CaseRepository.h"

#include <QDateTime>

#include <optional>

namespace cd::cases {

struct SessionDraft {
    Session session;                    ///< the fields as typed (id = the edited session, or 0)
    std::optional<QString> privateNote;  ///< present when the author had a key and typed one
    QDateTime savedAt;
};

/// The signed-in user's drafts. A draft is the author's unsaved working copy, sealed where it is
/// private: saving or discarding one is not a change to any record, so it writes no audit row
/// (saving the session does, and removes the draft in the same transaction).
class DraftStore {
public:
    explicit DraftStore(vault::Vault &vault);

    /// Writes (or replaces) the user's draft of `session`. `privateNote` is sealed with their
    /// key; without a key (a recovery-code unlock) it is not kept.
    Status save(const Session &session, const std::optional<QString> &privateNote);
    /// The user's draft of that session, if any. A private note that does not open with their key
    /// is left out rather than failing the whole draft.
    Result<std::optional<SessionDraft>> load(qint64 caseId, qint64 sessionId);
    Status discard(qint64 caseId, qint64 sessionId);
    /// Whether the user has a draft of a new session on this case: for "resume draft" hints.
    Result<bool> hasNewSessionDraft(qint64 caseId);

private:
    vault::Vault &m_vault;
    storage::Database &m_db;
};

}  // namespace cd::cases
