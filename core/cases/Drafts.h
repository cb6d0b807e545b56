#pragma once
// Session drafts: what a counselor is writing, kept in the (encrypted) vault while they write, so
// a lock, a crash or a closed window loses nothing and no plaintext ever reaches the disk. One
// draft per case, session and author (session 0 = a session not yet saved). A draft is its
// author's own: only they are offered it, and the private note in it is sealed with their key
// like a saved private note. Saving the session removes the draft in the same transaction.

#include "cases/Cases.h"

#include <QDateTime>

#include <optional>

namespace cd::cases {

struct SessionDraft {
    Session session;                    ///< the fields as typed (id = the edited session, or 0)
    std::optional<QString> privateNote;  ///< present when the author had a key and typed one
    QDateTime savedAt;
};

class DraftStore {
public:
    explicit DraftStore(storage::Database &db) : m_db(db) {}

    /// Writes (or replaces) the author's draft of `session`. `privateNote` is sealed with
    /// `authorKey`; without a key it is not kept.
    Status save(const Session &session, qint64 authorId, const crypto::SecureBuffer &authorKey,
                const std::optional<QString> &privateNote);
    /// The author's draft of that session, if any. A private note that does not open with
    /// `authorKey` is left out rather than failing the whole draft.
    Result<std::optional<SessionDraft>> load(qint64 caseId, qint64 sessionId, qint64 authorId,
                                             const crypto::SecureBuffer &authorKey);
    Status discard(qint64 caseId, qint64 sessionId, qint64 authorId);
    /// Drafts of new sessions the author has on this case (0 or 1): for "resume draft" hints.
    Result<bool> hasNewSessionDraft(qint64 caseId, qint64 authorId);

private:
    storage::Database &m_db;
};

}  // namespace cd::cases
