#pragma once
// Errors travel back from the core as values, never as dialogs or exceptions.
// `Result<T>` holds either a value or an `Error`; `Result<void>` only the error.

#include <QString>

#include <optional>
#include <utility>

namespace cd {

enum class ErrorCode {
    Internal,          ///< a bug or an unexpected library failure
    Usage,             ///< a caller passed something that makes no sense
    InvalidInput,      ///< user input that does not meet the rules (message says which)
    WrongPassphrase,   ///< the passphrase or recovery code does not open the slot
    UnknownUser,       ///< no active user of that name in this vault
    Damaged,           ///< a file fails its checksum, HMAC or integrity check
    Tampered,          ///< a file was edited deliberately (MAC or audit chain broken)
    RolledBack,        ///< the database is older than its key-slot file says
    InUse,             ///< another process holds the vault
    PermissionDenied,  ///< the signed-in user's role does not allow this
    NotFound,
    AlreadyExists,
    Io,
    Cancelled,
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;  ///< one translated sentence: what is wrong and what to do
};

/// The process exit code documented for `counseldesk-cli` for each kind of failure.
int exitCodeFor(ErrorCode code);

template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_value(std::move(value)) {}  // NOLINT(google-explicit-constructor)
    Result(Error error) : m_error(std::move(error)) {}  // NOLINT(google-explicit-constructor)

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T &value() & { return *m_value; }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    T &operator*() & { return *m_value; }
    const T &operator*() const & { return *m_value; }
    T &&operator*() && { return std::move(*m_value); }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}  // NOLINT

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

using Status = Result<void>;

inline Error makeError(ErrorCode code, QString message) { return Error{code, std::move(message)}; }

}  // namespace cd

/// Propagates the error of a Result-returning expression out of the current function. Each use
/// names its own variable, so a CD_TRY inside a lambda inside another CD_TRY shadows nothing.
#define CD_TRY(expr) CD_TRY_WITH(expr, CD_TRY_NAME(cdTryResult_, __COUNTER__))
#define CD_TRY_NAME(prefix, counter) CD_TRY_PASTE(prefix, counter)
#define CD_TRY_PASTE(prefix, counter) prefix##counter
#define CD_TRY_WITH(expr, result)                  \
    do {                                           \
        auto result = (expr);                      \
        if (!result.ok()) return result.error();   \
    } while (false)
