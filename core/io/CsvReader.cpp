#include "io/CsvReader.h"

#include "io/TextDecoding.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::io {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

constexpr qint64 kMaxFileBytes = 64ll * 1024 * 1024;
constexpr qint64 kMaxCells = 4'000'000;  ///< as for .xlsx: far above any school, far below a memory blow-up

/// The separator that splits the first non-empty lines most consistently.
QChar detectSeparator(const QString &text)
{
    const QList<QChar> candidates = {u',', u';', u'\t'};
    QChar best = u',';
    int bestScore = -1;
    const QStringList lines = text.left(64 * 1024).split(u'\n');
    for (QChar sep : candidates) {
        int score = 0;
        int checked = 0;
        for (const QString &line : lines) {
            if (line.trimmed().isEmpty()) continue;
            score += static_cast<int>(line.count(sep));
            if (++checked == 20) break;
        }
        if (score > bestScore) {
            bestScore = score;
            best = sep;
        }
    }
    return best;
}

/// Whether a field holds only white space so far, so that a quote opens a quoted field. Stops at the
/// first other character: QString::trimmed() copied the whole field for each quote, quadratic in a
/// long unquoted field that starts with a space and holds many quotes.
bool isBlank(const QString &field)
{
    return std::all_of(field.cbegin(), field.cend(), [](QChar c) { return c.isSpace(); });
}

}  // namespace

Result<Table> parseCsv(const QString &text, const QString &fileName)
{
    Table table;
    table.fileName = fileName;
    const QChar sep = detectSeparator(text);
    TableRow row;
    QString field;
    bool inQuotes = false;
    int line = 1;
    int quoteLine = 0;
    qint64 cells = 0;
    row.sourceRow = 1;
    const auto endField = [&]() {
        row.cells << field;
        field.clear();
        ++cells;
    };
    const auto endRow = [&]() {
        endField();
        table.rows << row;
        row = TableRow();
        row.sourceRow = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n') ++line;
                if (c != u'\r') field += c;
            }
            continue;
        }
        if (c == u'"' && isBlank(field)) {
            field.clear();
            inQuotes = true;
            quoteLine = line;
        } else if (c == sep) {
            endField();
        } else if (c == u'\n') {
            ++line;
            endRow();
        } else if (c != u'\r') {
            field += c;
        }
        if (cells > kMaxCells)
            return makeError(ErrorCode::InvalidInput,
                             Tr::tr("%1, line %2: the file has more than %L3 cells; a roster is far smaller. Check "
                                    "that this is the right file.")
                                 .arg(fileName)
                                 .arg(line)
                                 .arg(kMaxCells));
    }
    if (inQuotes)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1, line %2: a quoted field is never closed. The file may be cut off; export it "
                                "again.")
                             .arg(fileName)
                             .arg(quoteLine));
    if (!field.isEmpty() || !row.cells.isEmpty()) endRow();
    return table;
}

Result<Table> readCsvFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("Cannot open %1: %2").arg(path, file.errorString()));
    if (file.size() > kMaxFileBytes)
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 is larger than 64 MB: that is not a school roster.").arg(name));
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0') && !bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF"))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 is not a text (CSV) file. Choose the CSV or .xlsx file with the roster.").arg(name));
    auto decoded = decodeText(bytes, name);
    if (!decoded) return decoded.error();
    auto table = parseCsv(decoded->text, name);
    if (table) table->encoding = decoded->encoding;
    return table;
}

}  // namespace cd::io
