#pragma once
// A file written in large pieces to a possibly unreliable drive (a USB stick): every write and
// the final fsync are checked, errors name the file and what to do (full drive, drive removed,
// drive error), and a file that was not finished is removed. Readable by its owner only.
//
// Tests inject a fault (ENOSPC, EIO, …) after N bytes to prove that a failing drive leaves no
// file claiming to be complete and the previous one intact.

#include "common/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace cd {

class OutputFile {
public:
    OutputFile() = default;
    ~OutputFile();  ///< removes the file unless finish() succeeded
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    /// Creates `path` fresh: an existing file or link of that name is an error (O_EXCL, O_NOFOLLOW),
    /// so nothing planted there is ever written through.
    Status open(const QString &path);
    Status write(const char *data, qint64 size);
    Status write(const QByteArray &data) { return write(data.constData(), data.size()); }
    /// Appends `length` bytes of the open file `sourceFd` from `offset` (copy_file_range where the
    /// kernel can, so the bytes need not pass through this process; read/write otherwise).
    /// `chunkDone` is called after each piece with the bytes copied so far; false cancels.
    Status copyFrom(int sourceFd, qint64 offset, qint64 length, const std::function<bool(qint64)> &chunkDone = {});
    qint64 written() const { return m_written; }
    /// fsync, then drops the file's pages from the cache so a re-read comes from the drive.
    Status finish();
    /// Closes and deletes an unfinished file.
    void discard();
    const QString &path() const { return m_path; }

    /// Tests only: the next opened file (or the one after `skipFiles` more) fails with `error`
    /// (errno) once `afterBytes` are written (or at fsync when -1 bytes). Call with error 0 to clear.
    static void injectFaultForTesting(qint64 afterBytes, int error, int skipFiles = 0);

private:
    Status failure(int error);
    QString m_path;
    int m_fd = -1;
    qint64 m_written = 0;
    qint64 m_startedWriteback = 0;
    qint64 m_faultAfter = -2;  ///< -2: none
    int m_faultError = 0;
    bool m_finished = false;
};

/// The message for an errno from writing `path` (full, removed, read-only, failing drive).
QString writeErrorMessage(const QString &path, int error);

}  // namespace cd
