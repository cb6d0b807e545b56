// libFuzzer target: an .xlsx roster. readXlsxFile() only takes a path, so each input is written to
// an in-memory file (memfd, nothing left on disk) and read from /proc/self/fd/N.
//
// Two input forms:
//   - bytes starting with "PK": a zip archive, written as is (exercises minizip and the part limits);
//   - anything else: the parts of a workbook, each introduced by a line "=== part/name.xml" and
//     zipped here with correct CRCs. Mutating a real zip almost only breaks its CRCs or its deflate
//     stream, so the XML readers behind them would never see a mutated part without this form.

#include "FuzzSupport.h"
#include "io/XlsxReader.h"

#include <QFile>
#include <QList>

#include <minizip/zip.h>

#include <sys/mman.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace {

int g_fd = -1;
QString g_path;

void writeRaw(const QByteArray &bytes)
{
    if (ftruncate(g_fd, 0) != 0 || pwrite(g_fd, bytes.constData(), static_cast<size_t>(bytes.size()), 0) != bytes.size())
        std::abort();
}

struct Part {
    QByteArray name;
    QByteArray content;
};

QList<Part> splitParts(const QByteArray &input)
{
    QList<Part> parts;
    const QByteArray marker = "=== ";
    qsizetype pos = input.startsWith(marker) ? 0 : input.indexOf("\n" + marker);
    if (pos < 0) return parts;
    if (pos > 0) ++pos;  // at the marker line
    while (pos >= 0 && pos < input.size()) {
        const qsizetype nameEnd = input.indexOf('\n', pos);
        Part part;
        part.name = input.mid(pos + marker.size(), nameEnd < 0 ? -1 : nameEnd - pos - marker.size());
        if (nameEnd < 0) {
            parts << part;
            break;
        }
        const qsizetype next = input.indexOf("\n" + marker, nameEnd);
        part.content = input.mid(nameEnd + 1, next < 0 ? -1 : next - nameEnd - 1);
        parts << part;
        pos = next < 0 ? -1 : next + 1;
    }
    return parts;
}

void writeZip(const QList<Part> &parts)
{
    zipFile zip = zipOpen64(QFile::encodeName(g_path).constData(), APPEND_STATUS_CREATE);
    if (!zip) std::abort();
    for (const Part &part : parts) {
        if (part.name.isEmpty() || part.name.contains('\0')) continue;
        zip_fileinfo info{};
        // Stored, not deflated: cheaper, and the reader's inflate path is covered by the "PK" inputs.
        if (zipOpenNewFileInZip64(zip, part.name.constData(), &info, nullptr, 0, nullptr, 0, nullptr, 0, 0, 0)
            != ZIP_OK)
            std::abort();
        if (!part.content.isEmpty()
            && zipWriteInFileInZip(zip, part.content.constData(), static_cast<unsigned>(part.content.size())) != ZIP_OK)
            std::abort();
        if (zipCloseFileInZip(zip) != ZIP_OK) std::abort();
    }
    if (zipClose(zip, nullptr) != ZIP_OK) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cd::fuzz::pinClock();
    g_fd = memfd_create("counseldesk-fuzz.xlsx", MFD_CLOEXEC);
    if (g_fd < 0) {
        std::perror("memfd_create");
        std::abort();
    }
    g_path = QStringLiteral("/proc/self/fd/%1").arg(g_fd);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = cd::fuzz::bytesOf(data, size);
    if (input.startsWith("PK")) writeRaw(input);
    else writeZip(splitParts(input));
    auto table = cd::io::readXlsxFile(g_path);
    if (table) cd::fuzz::exerciseRosterTable(*table);
    return 0;
}
