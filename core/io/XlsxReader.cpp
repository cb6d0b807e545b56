#include "io/XlsxReader.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace cd::io {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

// Bounds for a hostile file: what a school's roster or answer file needs, many times over, and no
// more. A 5,000-student roster is ~3 MB of sheet XML and 100,000 cells; these bounds keep any
// file to about a second of parsing and a few tens of MB (tests/unit/test_roster_reading.cpp).
constexpr quint64 kMaxPartBytes = 16ull * 1024 * 1024;  // uncompressed: a zip bomb stops here
constexpr int kMaxColumns = 16384;
constexpr int kMaxRows = 1048576;  // Excel's and WPS's last row
// A cell far to the right fills its row with empty cells up to it: without a limit, a 100 KB file
// of rows each holding one cell in column XFD asks for gigabytes. The count includes those empty
// cells, and every <c> element read (a file can repeat one cell reference a million times).
constexpr qint64 kMaxCells = 500'000;
constexpr qsizetype kMaxCellChars = 32767;  // Excel's own limit for one cell

struct ZipCloser {
    void operator()(void *zip) const { unzClose(zip); }
};
using Zip = std::unique_ptr<void, ZipCloser>;

Error broken(const QString &name, const QString &why)
{
    return makeError(ErrorCode::InvalidInput,
                     Tr::tr("%1 is not a readable .xlsx workbook (%2). Open it in Excel or WPS and save it again "
                            "as .xlsx, or export it as CSV.")
                         .arg(name, why));
}

/// The uncompressed bytes of one part; an empty optional when the part does not exist.
Result<std::optional<QByteArray>> readPart(void *zip, const char *partName, const QString &fileName)
{
    if (unzLocateFile(zip, partName, 0) != UNZ_OK) return std::optional<QByteArray>();
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK
        || info.uncompressed_size > kMaxPartBytes)
        return broken(fileName, QString::fromLatin1(partName));
    if (unzOpenCurrentFile(zip) != UNZ_OK) return broken(fileName, QString::fromLatin1(partName));
    QByteArray data;
    data.reserve(static_cast<qsizetype>(info.uncompressed_size));
    char buffer[65536];
    int n = 0;
    while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0) {
        data.append(buffer, n);
        if (static_cast<quint64>(data.size()) > kMaxPartBytes) {
            unzCloseCurrentFile(zip);
            return broken(fileName, QString::fromLatin1(partName));
        }
    }
    const int closed = unzCloseCurrentFile(zip);
    if (n < 0 || closed != UNZ_OK) return broken(fileName, QString::fromLatin1(partName));  // CRC error, truncated
    return std::optional<QByteArray>(data);
}

/// All <t> text of an <si> or <is> element, skipping phonetic runs (<rPh>).
QString readRichText(QXmlStreamReader &xml)
{
    const QStringView end = xml.name();
    const QString endName = end.toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh") ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0) {
                text += xml.readElementText();
                if (text.size() > kMaxCellChars) {
                    xml.raiseError(QStringLiteral("cell text too long"));
                    break;
                }
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh") --phonetic;
            else if (xml.name() == endName) break;
        }
    }
    return text;
}

/// The shared strings; an empty optional when there are more than the bounds allow.
std::optional<QStringList> parseSharedStrings(const QByteArray &data)
{
    QStringList strings;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si") {
            strings << readRichText(xml);
            if (strings.size() > kMaxCells) return std::nullopt;
        }
    }
    return strings;  // damaged XML ends the list: a cell that needs a later string is refused then
}

bool isDateFormat(int id, const QString &code)
{
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return true;
    if (code.isEmpty()) return false;
    // A custom format is a date when it has date letters outside quotes and brackets.
    QString bare;
    bool quoted = false;
    int bracket = 0;
    for (QChar c : code) {
        if (c == u'"') quoted = !quoted;
        else if (c == u'[') ++bracket;
        else if (c == u']') --bracket;
        else if (!quoted && bracket == 0) bare += c.toLower();
    }
    return bare.contains(u'y') || bare.contains(u'd') || (bare.contains(u'm') && !bare.contains(u'h'));
}

/// Style index -> whether cells with that style hold dates.
QList<bool> parseDateStyles(const QByteArray &data)
{
    QHash<int, QString> customFormats;
    QList<bool> styles;
    QXmlStreamReader xml(data);
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"numFmt")
                customFormats.insert(xml.attributes().value(u"numFmtId"_s).toInt(),
                                     xml.attributes().value(u"formatCode"_s).toString());
            else if (xml.name() == u"cellXfs") inCellXfs = true;
            else if (xml.name() == u"xf" && inCellXfs) {
                const int id = xml.attributes().value(u"numFmtId"_s).toInt();
                styles << isDateFormat(id, customFormats.value(id));
            }
        } else if (xml.isEndElement() && xml.name() == u"cellXfs") {
            inCellXfs = false;
        }
    }
    return styles;
}

/// "AB12" -> 27 (0-based column), or -1.
int columnOf(QStringView ref)
{
    int column = 0;
    int letters = 0;
    for (QChar c : ref) {
        if (c >= u'A' && c <= u'Z') {
            column = column * 26 + (c.unicode() - u'A' + 1);
            if (++letters > 3) return -1;
        } else {
            break;
        }
    }
    return letters ? column - 1 : -1;
}

QString formatNumber(const QString &raw)
{
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok || !qIsFinite(value)) return raw;  // "nan", "inf": kept as written
    // The range check first: converting a double beyond qint64's range is undefined.
    if (qAbs(value) < 1e15 && value == static_cast<double>(static_cast<qint64>(value)))
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', 15);
}

QString serialToDate(const QString &raw, bool date1904)
{
    bool ok = false;
    const double serial = raw.toDouble(&ok);
    if (!ok || !qIsFinite(serial) || serial < 1 || serial > 2958465) return raw;  // NaN passes both comparisons
    const QDate base = date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    return base.addDays(static_cast<qint64>(serial)).toString(Qt::ISODate);
}

}  // namespace

Result<Table> readXlsxFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    Zip zip(unzOpen64(QFile::encodeName(path).constData()));
    if (!zip) return broken(name, Tr::tr("it is not a zip archive, or it is cut off"));

    auto workbook = readPart(zip.get(), "xl/workbook.xml", name);
    if (!workbook) return workbook.error();
    if (!*workbook) return broken(name, Tr::tr("there is no workbook inside"));
    QString firstSheetRel;
    bool date1904 = false;
    {
        QXmlStreamReader xml(**workbook);
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) continue;
            if (xml.name() == u"workbookPr") {
                const auto v = xml.attributes().value(u"date1904"_s);
                date1904 = v == u"1" || v == u"true";
            } else if (xml.name() == u"sheet" && firstSheetRel.isEmpty()) {
                for (const auto &attr : xml.attributes())
                    if (attr.name() == u"id") firstSheetRel = attr.value().toString();
            }
        }
    }
    if (firstSheetRel.isEmpty()) return broken(name, Tr::tr("the workbook has no worksheet"));

    auto rels = readPart(zip.get(), "xl/_rels/workbook.xml.rels", name);
    if (!rels) return rels.error();
    QString sheetPath;
    if (*rels) {
        QXmlStreamReader xml(**rels);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"Relationship"
                && xml.attributes().value(u"Id"_s) == firstSheetRel) {
                const QString target = xml.attributes().value(u"Target"_s).toString();
                sheetPath = target.startsWith(u'/') ? target.mid(1) : u"xl/"_s + target;
            }
        }
    }
    if (sheetPath.isEmpty()) sheetPath = u"xl/worksheets/sheet1.xml"_s;

    QStringList shared;
    if (auto part = readPart(zip.get(), "xl/sharedStrings.xml", name); !part) return part.error();
    else if (*part) {
        auto parsed = parseSharedStrings(**part);
        if (!parsed) return broken(name, Tr::tr("it has more than %L1 shared strings").arg(kMaxCells));
        shared = std::move(*parsed);
    }
    QList<bool> dateStyles;
    if (auto part = readPart(zip.get(), "xl/styles.xml", name); !part) return part.error();
    else if (*part) dateStyles = parseDateStyles(**part);

    auto sheet = readPart(zip.get(), sheetPath.toUtf8().constData(), name);
    if (!sheet) return sheet.error();
    if (!*sheet) return broken(name, Tr::tr("the first worksheet is missing"));

    Table table;
    table.fileName = name;
    table.encoding = u"xlsx"_s;
    QXmlStreamReader xml(**sheet);
    TableRow row;
    int nextRow = 1;
    qint64 cellCount = 0;  // in the table, counting the empty ones before a cell
    qint64 elementCount = 0;  // <c> elements read
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"row") {
            row = TableRow();
            const int r = xml.attributes().value(u"r"_s).toInt();
            row.sourceRow = r > 0 ? r : nextRow;
            if (row.sourceRow > kMaxRows) return broken(name, Tr::tr("a row lies beyond the last row"));
            nextRow = row.sourceRow + 1;
        } else if (xml.isEndElement() && xml.name() == u"row") {
            table.rows << row;
        } else if (xml.isStartElement() && xml.name() == u"c") {
            if (++elementCount > kMaxCells)
                return broken(name, Tr::tr("the worksheet has more than %L1 cells").arg(kMaxCells));
            const auto attrs = xml.attributes();
            int column = columnOf(attrs.value(u"r"_s));
            if (column < 0) column = static_cast<int>(row.cells.size());
            if (column >= kMaxColumns) return broken(name, Tr::tr("a cell lies beyond the last column"));
            const QString type = attrs.value(u"t"_s).toString();
            const int style = attrs.value(u"s"_s).toInt();
            QString value;
            QString raw;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"v") {
                    raw = xml.readElementText();
                    if (raw.size() > kMaxCellChars)
                        return broken(name, Tr::tr("row %1 has a cell longer than %L2 characters")
                                                .arg(row.sourceRow)
                                                .arg(kMaxCellChars));
                }
                else if (xml.isStartElement() && xml.name() == u"is") value = readRichText(xml);
                else if (xml.isEndElement() && xml.name() == u"c") break;
            }
            if (type == u"s") {
                bool ok = false;
                const int index = raw.toInt(&ok);
                if (!ok || index < 0 || index >= shared.size())
                    return broken(name, Tr::tr("row %1 refers to a missing shared string").arg(row.sourceRow));
                value = shared.at(index);
            } else if (type == u"inlineStr") {
                // value already read from <is>
            } else if (type == u"b") {
                value = raw == u"1" ? u"TRUE"_s : u"FALSE"_s;
            } else if (type == u"str" || type == u"e" || type == u"d") {
                value = raw;
            } else if (style >= 0 && style < dateStyles.size() && dateStyles.at(style)) {
                value = serialToDate(raw, date1904);
            } else {
                value = formatNumber(raw);
            }
            cellCount += std::max<qint64>(0, column + 1 - row.cells.size());
            if (cellCount > kMaxCells)
                return broken(name, Tr::tr("the worksheet has more than %L1 cells").arg(kMaxCells));
            while (row.cells.size() < column) row.cells << QString();
            if (row.cells.size() == column) row.cells << value;
            else row.cells[column] = value;
        }
    }
    if (xml.hasError())
        return broken(name, Tr::tr("the worksheet's XML is damaged near line %1").arg(xml.lineNumber()));
    return table;
}

}  // namespace cd::io
