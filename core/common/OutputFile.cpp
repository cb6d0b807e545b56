#include "common/OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <atomic>
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cd {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Common)
};

std::atomic<qint64> g_faultAfter{-2};
constexpr qint64 kWritebackStep = 8 << 20;
std::atomic<int> g_faultError{0};
std::atomic<int> g_faultSkip{0};

}  // namespace

QString writeErrorMessage(const QString &path, int error)
{
    const QString where = QDir::toNativeSeparators(path);
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return Tr::tr("The drive is full: %1 could not be written. Free some space or use another drive, then try "
                      "again.")
            .arg(where);
    case ENOENT:
    case ENODEV:
    case ENXIO:
        return Tr::tr("The drive or folder of %1 is no longer there (was the USB stick removed?). Put it back, "
                      "then try again.")
            .arg(where);
    case EROFS:
    case EACCES:
    case EPERM:
        return Tr::tr("%1 cannot be written: the drive is read-only or the folder is not yours. Choose another "
                      "folder.")
            .arg(where);
    case EIO:
        return Tr::tr("The drive reported an error while %1 was written: it may be failing. Try another drive.")
            .arg(where);
    default:
        return Tr::tr("%1 could not be written: %2. Check the drive, then try again.")
            .arg(where, QString::fromLocal8Bit(std::strerror(error)));
    }
}

void OutputFile::injectFaultForTesting(qint64 afterBytes, int error, int skipFiles)
{
    g_faultSkip = error ? skipFiles : 0;
    g_faultError = error;
    g_faultAfter = error ? afterBytes : -2;
}

OutputFile::~OutputFile()
{
    if (!m_finished) discard();
    else if (m_fd >= 0) ::close(m_fd);
}

Status OutputFile::failure(int error)
{
    const QString message = writeErrorMessage(m_path, error);
    discard();
    return makeError(ErrorCode::Io, message);
}

Status OutputFile::open(const QString &path)
{
    m_path = path;
    m_written = 0;
    m_startedWriteback = 0;
    m_finished = false;
    if (g_faultError != 0 && g_faultSkip > 0) {
        --g_faultSkip;  // the fault waits for a later file
        m_faultAfter = -2;
        m_faultError = 0;
    } else {
        m_faultAfter = g_faultAfter.exchange(-2);
        m_faultError = g_faultError.exchange(0);
    }
    const QByteArray native = QFile::encodeName(path);
    m_fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (m_fd < 0) {
        const int error = errno;
        m_path.clear();  // not ours: never removed by discard()
        return makeError(ErrorCode::Io, writeErrorMessage(path, error));
    }
    return {};
}

Status OutputFile::write(const char *data, qint64 size)
{
    if (m_fd < 0) return makeError(ErrorCode::Usage, writeErrorMessage(m_path, EBADF));
    while (size > 0) {
        qint64 chunk = size;
        if (m_faultAfter >= 0) {
            if (m_written >= m_faultAfter) return failure(m_faultError);
            chunk = qMin(chunk, m_faultAfter - m_written);
        }
        const ssize_t n = ::write(m_fd, data, static_cast<size_t>(chunk));
        if (n < 0) {
            if (errno == EINTR) continue;
            return failure(errno);
        }
        data += n;
        size -= n;
        m_written += n;
    }
#ifdef SYNC_FILE_RANGE_WRITE
    // Start writing back what is done while more is copied, so the final fsync does not have to
    // flush the whole file at once (a USB stick then writes during the copy, not after it).
    if (m_written - m_startedWriteback >= kWritebackStep) {
        ::sync_file_range(m_fd, m_startedWriteback, m_written - m_startedWriteback, SYNC_FILE_RANGE_WRITE);
        m_startedWriteback = m_written;
    }
#endif
    return {};
}

Status OutputFile::copyFrom(int sourceFd, qint64 offset, qint64 length, const std::function<bool(qint64)> &chunkDone)
{
    if (m_fd < 0) return makeError(ErrorCode::Usage, writeErrorMessage(m_path, EBADF));
    constexpr qint64 kPiece = 8 << 20;
    qint64 done = 0;
    bool kernelCopy = true;
    QByteArray buffer;
    while (done < length) {
        qint64 piece = qMin(kPiece, length - done);
        if (m_faultAfter >= 0) {
            if (m_written >= m_faultAfter) return failure(m_faultError);
            piece = qMin(piece, m_faultAfter - m_written);
        }
        ssize_t n = -1;
#ifdef __linux__
        if (kernelCopy) {
            loff_t in = offset + done;
            n = ::copy_file_range(sourceFd, &in, m_fd, nullptr, static_cast<size_t>(piece), 0);
            if (n < 0 && (errno == EXDEV || errno == ENOSYS || errno == EINVAL || errno == EOPNOTSUPP || errno == EBADF)) {
                kernelCopy = false;  // another filesystem (a USB stick): copy through a buffer
                continue;
            }
        }
#else
        kernelCopy = false;
#endif
        if (!kernelCopy) {
            if (buffer.size() < piece) buffer.resize(piece);
            n = ::pread(sourceFd, buffer.data(), static_cast<size_t>(piece), offset + done);
            if (n > 0) {
                CD_TRY(write(buffer.constData(), n));
                m_written -= n;  // counted below, once for both paths
            }
        }
        if (n < 0) {
            if (errno == EINTR) continue;
            return failure(errno);
        }
        if (n == 0) return failure(EIO);  // the source ended early
        done += n;
        m_written += n;
        if (chunkDone && !chunkDone(done)) return makeError(ErrorCode::Cancelled, QString());
    }
    return {};
}

Status OutputFile::finish()
{
    if (m_fd < 0) return makeError(ErrorCode::Usage, writeErrorMessage(m_path, EBADF));
    if (m_faultAfter == -1) return failure(m_faultError);
    if (::fsync(m_fd) != 0) return failure(errno);
#ifdef POSIX_FADV_DONTNEED
    ::posix_fadvise(m_fd, 0, 0, POSIX_FADV_DONTNEED);
#endif
    if (::close(m_fd) != 0) {
        m_fd = -1;
        return failure(errno);
    }
    m_fd = -1;
    m_finished = true;
    return {};
}

void OutputFile::discard()
{
    if (m_fd >= 0) ::close(m_fd);
    m_fd = -1;
    if (!m_path.isEmpty() && !m_finished) QFile::remove(m_path);
}

}  // namespace cd
