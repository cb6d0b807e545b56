#pragma once
// Holds a vault folder for one opener. On Unix an flock() on vault.lock: the kernel drops it
// when the holder exits in any way (crash, SIGKILL, power cut), so a lock can never be left
// stale, and a second opener, in this process or another, is refused. Elsewhere QLockFile.

#include <QString>

#include <memory>

class QLockFile;

namespace cd::vault {

class VaultLock {
public:
    enum class Outcome { Acquired, InUse, Failed };

    explicit VaultLock(QString path);
    ~VaultLock();  ///< releases
    VaultLock(const VaultLock &) = delete;
    VaultLock &operator=(const VaultLock &) = delete;

    /// Tries once, without waiting.
    Outcome tryLock();
    void unlock();

private:
    QString m_path;
    int m_fd = -1;
    std::unique_ptr<QLockFile> m_fallback;
};

}  // namespace cd::vault
