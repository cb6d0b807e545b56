#include "vault/VaultLock.h"

#include <QFile>
#include <QLockFile>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace cd::vault {

VaultLock::VaultLock(QString path) : m_path(std::move(path)) {}

VaultLock::~VaultLock() { unlock(); }

VaultLock::Outcome VaultLock::tryLock()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0) return Outcome::Acquired;
    const QByteArray native = QFile::encodeName(m_path);
    m_fd = ::open(native.constData(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (m_fd < 0) return Outcome::Failed;
    if (::flock(m_fd, LOCK_EX | LOCK_NB) != 0) {
        const bool held = errno == EWOULDBLOCK;
        ::close(m_fd);
        m_fd = -1;
        return held ? Outcome::InUse : Outcome::Failed;
    }
    return Outcome::Acquired;
#else
    m_fallback = std::make_unique<QLockFile>(m_path);
    m_fallback->setStaleLockTime(0);
    if (m_fallback->tryLock(0)) return Outcome::Acquired;
    const bool held = m_fallback->error() == QLockFile::LockFailedError;
    m_fallback.reset();
    return held ? Outcome::InUse : Outcome::Failed;
#endif
}

void VaultLock::unlock()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0) ::close(m_fd);  // closing drops the flock; the file stays (removing it would race)
    m_fd = -1;
#endif
    if (m_fallback) m_fallback->unlock();
    m_fallback.reset();
}

}  // namespace cd::vault
