// The last guard's search in the package's files that are not plain text (LeakGuard.h): the
// workbook (a zip of XML parts), the PDF's own bytes and manifest.json.

#include "district/LeakGuard.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <algorithm>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace cd::district {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(DistrictPackage)
};

// ---- .xlsx parts read from memory (minizip's I/O callbacks over a byte array) ----

struct MemoryZip {
    const QByteArray *bytes = nullptr;
    qint64 pos = 0;
};

voidpf ZCALLBACK memOpen(voidpf opaque, const void *, int) { return opaque; }
uLong ZCALLBACK memRead(voidpf, voidpf stream, void *buf, uLong size)
{
    auto *m = static_cast<MemoryZip *>(stream);
    const qint64 n = qBound<qint64>(0, m->bytes->size() - m->pos, static_cast<qint64>(size));
    std::memcpy(buf, m->bytes->constData() + m->pos, static_cast<size_t>(n));
    m->pos += n;
    return static_cast<uLong>(n);
}
uLong ZCALLBACK memWrite(voidpf, voidpf, const void *, uLong) { return 0; }
ZPOS64_T ZCALLBACK memTell(voidpf, voidpf stream) { return static_cast<ZPOS64_T>(static_cast<MemoryZip *>(stream)->pos); }
long ZCALLBACK memSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *m = static_cast<MemoryZip *>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR) base = m->pos;
    else if (origin == ZLIB_FILEFUNC_SEEK_END) base = m->bytes->size();
    const qint64 to = base + static_cast<qint64>(offset);
    if (to < 0 || to > m->bytes->size()) return -1;
    m->pos = to;
    return 0;
}
int ZCALLBACK memClose(voidpf, voidpf) { return 0; }
int ZCALLBACK memError(voidpf, voidpf) { return 0; }

struct ZipCloser {
    void operator()(void *zip) const { unzClose(zip); }
};

constexpr ZPOS64_T kMaxPartBytes = 64 << 20;

/// Every part of the zip, uncompressed; an empty optional when it cannot be read.
std::optional<QList<QByteArray>> zipParts(const QByteArray &bytes)
{
    MemoryZip memory{&bytes, 0};
    zlib_filefunc64_def io{};
    io.zopen64_file = memOpen;
    io.zread_file = memRead;
    io.zwrite_file = memWrite;
    io.ztell64_file = memTell;
    io.zseek64_file = memSeek;
    io.zclose_file = memClose;
    io.zerror_file = memError;
    io.opaque = &memory;
    std::unique_ptr<void, ZipCloser> zip(unzOpen2_64("memory", &io));
    if (!zip) return std::nullopt;
    QList<QByteArray> parts;
    for (int rc = unzGoToFirstFile(zip.get()); rc == UNZ_OK; rc = unzGoToNextFile(zip.get())) {
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(zip.get(), &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK
            || info.uncompressed_size > kMaxPartBytes || unzOpenCurrentFile(zip.get()) != UNZ_OK)
            return std::nullopt;
        QByteArray part(static_cast<qsizetype>(info.uncompressed_size), Qt::Uninitialized);
        const int n = unzReadCurrentFile(zip.get(), part.data(), static_cast<unsigned>(part.size()));
        if (unzCloseCurrentFile(zip.get()) != UNZ_OK || n != part.size()) return std::nullopt;
        parts << part;
    }
    return parts;
}

/// The text of an XML part: character data and attribute values, entities resolved.
QString xmlText(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    reader.setNamespaceProcessing(false);  // a prefix never declared does not end the reading
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isCharacters()) {
            text += reader.text();
            text += u'\n';
        } else if (reader.isStartElement()) {
            for (const QXmlStreamAttribute &a : reader.attributes()) {
                text += a.value();
                text += u'\n';
            }
        }
    }
    return text;
}

// ---- a PDF's bytes: its structure, its strings and its XML metadata ----

/// The PDF read apart: its structure outside the streams, the text of its strings and of its XML
/// metadata streams. Other streams (page contents, fonts, images) are compressed binary whose
/// text is RenderedPdf::text; a search of their bytes would only find chance matches.
struct PdfParts {
    QByteArray structure;  ///< its lines of text only (below)
    QString strings;
    QString metadata;
};

/// A control character other than white space.
bool isControl(char16_t c) { return (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f') || c == 0x7f; }

/// Bytes, not text: more than one control character, and more than one in 32 (random bytes have
/// one in nine; a PDF's structure and its strings have none, or one planted to hide a name).
bool isBinary(QByteArrayView text)
{
    qsizetype controls = 0;
    for (const char c : text) controls += isControl(uchar(c)) ? 1 : 0;
    return controls > 1 + text.size() / 32;
}
bool isBinary(QStringView text)
{
    qsizetype controls = 0;
    for (const QChar c : text) controls += isControl(c.unicode()) ? 1 : 0;
    return controls > 1 + text.size() / 32;
}

/// The lines of `bytes` that are text (a PDF's structure is text; a UTF-16 string in it is
/// searched decoded, among the strings).
QByteArray textLines(const QByteArray &bytes)
{
    QByteArray out;
    for (const QByteArray &line : bytes.split('\n'))
        if (!isBinary(line)) out += line + '\n';
    return out;
}

bool isPdfSpace(char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0'; }

/// The text of a PDF string's bytes: UTF-16BE after a byte-order mark, else PDFDocEncoding (read
/// as Latin-1, which it matches for letters and digits).
QString pdfText(const QByteArray &bytes)
{
    if (bytes.size() >= 2 && uchar(bytes[0]) == 0xfe && uchar(bytes[1]) == 0xff) {
        QString text;
        for (qsizetype i = 2; i + 1 < bytes.size(); i += 2)
            text += QChar(char16_t((uchar(bytes[i]) << 8) | uchar(bytes[i + 1])));
        return text;
    }
    if (bytes.startsWith("\xef\xbb\xbf")) return QString::fromUtf8(bytes.mid(3));
    return QString::fromLatin1(bytes);
}

/// A literal string "(…)" starting at `at`: its bytes, escapes resolved; `at` moves past it.
QByteArray literalString(const QByteArray &pdf, qsizetype &at)
{
    QByteArray out;
    int depth = 0;
    for (++at; at < pdf.size(); ++at) {
        const char c = pdf[at];
        if (c == '\\' && at + 1 < pdf.size()) {
            const char e = pdf[++at];
            if (e >= '0' && e <= '7') {
                int value = 0;
                for (int n = 0; n < 3 && at < pdf.size() && pdf[at] >= '0' && pdf[at] <= '7'; ++n, ++at)
                    value = value * 8 + (pdf[at] - '0');
                --at;
                out += char(value & 0xff);
            } else if (e == 'n') out += '\n';
            else if (e == 'r') out += '\r';
            else if (e == 't') out += '\t';
            else if (e == 'b') out += '\b';
            else if (e == 'f') out += '\f';
            else if (e == '\r' || e == '\n') {
                if (e == '\r' && at + 1 < pdf.size() && pdf[at + 1] == '\n') ++at;
            } else out += e;
        } else if (c == '(') {
            ++depth;
            out += c;
        } else if (c == ')') {
            if (depth-- == 0) {
                ++at;
                return out;
            }
            out += c;
        } else {
            out += c;
        }
    }
    return out;
}

/// A hex string "<…>" starting at `at`: its bytes; `at` moves past it.
QByteArray hexString(const QByteArray &pdf, qsizetype &at)
{
    const qsizetype end = pdf.indexOf('>', at);
    const qsizetype stop = end < 0 ? pdf.size() : end;
    QByteArray hex;
    for (qsizetype i = at + 1; i < stop; ++i)
        if (!isPdfSpace(pdf[i])) hex += pdf[i];
    at = stop + 1;
    return QByteArray::fromHex(hex);
}

/// The text of every string in `structure`.
QString pdfStrings(const QByteArray &structure)
{
    QString text;
    qsizetype start = 0;
    for (qsizetype at = 0; at < structure.size();) {
        const char c = structure[at];
        if (c == '%') {  // a comment, to the end of its line
            while (at < structure.size() && structure[at] != '\n' && structure[at] != '\r') ++at;
        } else if (c == '(') {
            text += pdfText(literalString(structure, at)) + u'\n';
        } else if (c == '<' && at + 1 < structure.size() && structure[at + 1] != '<') {
            text += pdfText(hexString(structure, at)) + u'\n';
        } else {
            at += c == '<' ? 2 : 1;
            continue;
        }
        if (isBinary(QStringView(text).mid(start))) text.truncate(start);
        start = text.size();
    }
    return text;
}
/// A FlateDecode stream's bytes, inflated (zlib format, as qUncompress reads after its 4-byte
/// size hint); empty when they cannot be.
QByteArray inflated(const QByteArray &data)
{
    const quint32 hint = static_cast<quint32>(qMin<qsizetype>(data.size() * 4 + 64, 16 << 20));
    QByteArray framed;
    framed.reserve(data.size() + 4);
    for (int shift = 24; shift >= 0; shift -= 8) framed += char((hint >> shift) & 0xff);
    framed += data;
    return qUncompress(framed);
}

/// Splits a PDF into its structure and streams; keeps the XML metadata streams' text.
PdfParts pdfParts(const QByteArray &pdf)
{
    static const QRegularExpression directLength(u"/Length\\s+(\\d+)(?!\\s+\\d+\\s+R)"_s);
    PdfParts parts;
    qsizetype from = 0;
    for (qsizetype at = pdf.indexOf("stream", from); at >= 0; at = pdf.indexOf("stream", from)) {
        qsizetype data = at + 6;
        const bool keyword = (at == 0 || pdf[at - 1] == '>' || isPdfSpace(pdf[at - 1])) && data < pdf.size()
                             && (pdf[data] == '\r' || pdf[data] == '\n');
        if (!keyword) {  // "endstream", or the word inside a string
            parts.structure += pdf.mid(from, data - from);
            from = data;
            continue;
        }
        if (pdf[data] == '\r') ++data;
        if (data < pdf.size() && pdf[data] == '\n') ++data;
        const qsizetype objectStart = qMax<qsizetype>(pdf.lastIndexOf(" obj", at), from);
        const QByteArray dictionary = pdf.mid(objectStart, at - objectStart);
        parts.structure += pdf.mid(from, at - from);
        qsizetype end = -1;
        const auto length = directLength.match(QString::fromLatin1(dictionary));
        if (length.hasMatch()) {
            const qsizetype candidate = data + length.captured(1).toLongLong();
            qsizetype after = candidate;
            while (after < pdf.size() && isPdfSpace(pdf[after])) ++after;
            if (candidate <= pdf.size() && pdf.mid(after, 9) == "endstream") end = candidate;
        }
        if (end < 0) end = pdf.indexOf("endstream", data);
        if (end < 0) end = pdf.size();
        if (dictionary.contains("/Metadata") || dictionary.contains("/XML")) {
            const QByteArray bytes = pdf.mid(data, end - data);
            const bool flate = dictionary.contains("/FlateDecode");
            parts.metadata += xmlText(flate ? inflated(bytes) : bytes) + u'\n';
            if (!flate) parts.metadata += QString::fromUtf8(bytes) + u'\n';
        }
        from = end;
    }
    parts.structure += pdf.mid(from);
    parts.strings = pdfStrings(parts.structure);
    parts.structure = textLines(parts.structure);
    return parts;
}

}  // namespace

Result<std::optional<LeakGuard::Kind>> LeakGuard::firstHitInXlsx(const QByteArray &xlsx) const
{
    const auto parts = zipParts(xlsx);
    if (!parts)
        return makeError(ErrorCode::Internal, Tr::tr("The package's workbook could not be read back for the last "
                                                     "check. Nothing was written; try again."));
    for (const QByteArray &part : *parts) {
        if (auto hit = firstHitInUtf8(part)) return hit;
        if (auto hit = firstHit(xmlText(part))) return hit;
    }
    return std::optional<Kind>();
}

std::optional<LeakGuard::Kind> LeakGuard::firstHitInPdf(const QByteArray &pdf) const
{
    const PdfParts parts = pdfParts(pdf);
    if (auto hit = firstHit(QString::fromLatin1(parts.structure), Scope::PdfStructure)) return hit;
    if (auto hit = firstHit(QString::fromUtf8(parts.structure), Scope::PdfStructure)) return hit;
    if (auto hit = firstHit(parts.strings)) return hit;
    return firstHit(parts.metadata);
}

std::optional<LeakGuard::Kind> LeakGuard::firstHitInManifest(const QByteArray &manifest) const
{
    static const QRegularExpression digest(u"\\b[0-9a-fA-F]{64}\\b"_s);
    return firstHitInUtf8(QString::fromUtf8(manifest).replace(digest, u"-"_s).toUtf8());
}

}  // namespace cd::district
