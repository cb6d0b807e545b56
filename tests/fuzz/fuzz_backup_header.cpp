// libFuzzer target: the plain header of a .cdbackup file and the layout it implies
// (backup/BackupFile.h), read from a QBuffer holding the input as the whole file.
//
// A header that is accepted must describe a layout that fits the file: the restore and verify
// code reads the slots, database and manifest at these offsets without checking them again.

#include "backup/BackupFile.h"

#include <QBuffer>
#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QBuffer device(&input);
    if (!device.open(QIODevice::ReadOnly)) std::abort();
    auto header = cd::backup::readHeader(device, u"fuzz.cdbackup"_s);
    if (!header) {
        const cd::ErrorCode code = header.error().code;
        if (code != cd::ErrorCode::Damaged && code != cd::ErrorCode::InvalidInput) std::abort();
        return 0;
    }
    const auto &h = *header;
    const qint64 fileSize = static_cast<qint64>(size);
    const bool fits = h.fileSize == fileSize && h.bytes.size() == h.slotsOffset && h.slotsOffset > 0
                      && h.slotsLength > 0 && h.slotsOffset + h.slotsLength <= h.dbOffset
                      && h.dbOffset % cd::backup::kDbAlignment == 0 && h.dbLength > 0
                      && h.dbOffset + h.dbLength + 4 == h.manifestOffset && h.manifestLength > 0
                      && h.manifestOffset + h.manifestLength + cd::backup::kTrailerBytes == fileSize
                      && h.vaultId.size() == 16 && h.created.isValid();
    if (!fits) std::abort();
    return 0;
}
