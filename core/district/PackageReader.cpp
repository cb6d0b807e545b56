#include "district/PackageReader.h"

#include "common/SafePaths.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cerrno>
#include <cmath>
#include <limits>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace cd::district {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(DistrictPackage)
};

constexpr qint64 kMaxJsonBytes = 64 << 20;
/// The largest count a package may state (no school counts ten million of anything): larger ones,
/// added up over many packages, could overflow into a negative published count.
constexpr qint64 kMaxCount = 10'000'000;
/// The largest magnitude of a number (yuan, hours, percents): finite, and far from overflowing.
constexpr double kMaxNumber = 1e12;

enum class Problem { Missing, Truncated, Longer, Checksum, Extra, TooLarge };

Error damaged(const QString &file, Problem problem)
{
    switch (problem) {
    case Problem::Missing:
        return makeError(ErrorCode::Damaged, Tr::tr("%1 is missing from the package. Ask the school for a new copy of "
                                                    "the package.")
                                                 .arg(file));
    case Problem::Truncated:
        return makeError(ErrorCode::Damaged, Tr::tr("%1 of the package is shorter than its manifest says (it was cut "
                                                    "off). Ask the school for a new copy of the package.")
                                                 .arg(file));
    case Problem::Longer:
        return makeError(ErrorCode::Damaged, Tr::tr("%1 of the package is longer than its manifest says (it was "
                                                    "changed). Ask the school for a new copy of the package.")
                                                 .arg(file));
    case Problem::Checksum:
        return makeError(ErrorCode::Damaged, Tr::tr("%1 of the package does not match its checksum (it was changed or "
                                                    "damaged). Ask the school for a new copy of the package.")
                                                 .arg(file));
    case Problem::Extra:
        return makeError(ErrorCode::Damaged, Tr::tr("%1 is in the package folder but not in its manifest (it was "
                                                    "added). Ask the school for a new copy of the package.")
                                                 .arg(file));
    case Problem::TooLarge:
        return makeError(ErrorCode::Damaged, Tr::tr("%1 of the package is too large to be part of a package. Ask the "
                                                    "school for a new copy of the package.")
                                                 .arg(file));
    }
    return makeError(ErrorCode::Internal, file);
}

/// The problem of one part of a JSON file, for a developer or an auditor ("table 3, row 2: …").
class Format {
public:
    explicit Format(QString file) : m_file(std::move(file)) {}
    Error error(const QString &where) const
    {
        return makeError(ErrorCode::Damaged, Tr::tr("%1 of the package does not follow the package format (%2). Ask "
                                                    "the school for a new copy of the package.")
                                                 .arg(m_file, where));
    }

private:
    QString m_file;
};

Result<QJsonObject> parseObject(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return makeError(ErrorCode::Damaged, Tr::tr("%1 of the package is not valid JSON (at byte %2: %3). Ask the "
                                                    "school for a new copy of the package.")
                                                 .arg(fileName)
                                                 .arg(parseError.offset)
                                                 .arg(parseError.errorString()));
    if (!doc.isObject()) return Format(fileName).error(u"not an object"_s);
    return doc.object();
}

bool isWhole(const QJsonValue &v) { return v.isDouble() && std::floor(v.toDouble()) == v.toDouble(); }

/// The fields of one JSON object of a package file, each checked with one message pattern:
/// "FILE … does not follow the package format (WHERE: FIELD must be …)".
class Fields {
public:
    Fields(const QJsonObject &object, const Format &format, QString where = {})
        : m_object(object), m_format(format), m_where(std::move(where))
    {
    }

    /// A whole number from `min` to `max`.
    Result<qint64> whole(const char *field, qint64 min = 0, qint64 max = std::numeric_limits<int>::max()) const
    {
        const QJsonValue v = m_object.value(QLatin1String(field));
        if (!isWhole(v) || v.toDouble() < static_cast<double>(min) || v.toDouble() > static_cast<double>(max))
            return max >= std::numeric_limits<int>::max()
                       ? wrong(field, u"a whole number from %1"_s.arg(min))
                       : wrong(field, u"a whole number from %1 to %2"_s.arg(min).arg(max));
        return static_cast<qint64>(v.toDouble());
    }
    /// Any number.
    Result<double> number(const char *field) const
    {
        const QJsonValue v = m_object.value(QLatin1String(field));
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || std::abs(v.toDouble()) > kMaxNumber)
            return wrong(field, u"a number up to 10^12"_s);
        return v.toDouble();
    }
    /// A string that is not empty.
    Result<QString> text(const char *field) const
    {
        const QString v = m_object.value(QLatin1String(field)).toString();
        if (v.isEmpty()) return wrong(field, u"a text that is not empty"_s);
        return v;
    }
    /// Exactly `expected`.
    Status is(const char *field, const QString &expected) const
    {
        if (m_object.value(QLatin1String(field)).toString() != expected) return wrong(field, u"\"%1\""_s.arg(expected));
        return {};
    }
    Result<QJsonArray> array(const char *field) const
    {
        const QJsonValue v = m_object.value(QLatin1String(field));
        if (!v.isArray()) return wrong(field, u"a list"_s);
        return v.toArray();
    }

private:
    Error wrong(const char *field, const QString &what) const
    {
        const QString prefix = m_where.isEmpty() ? QString() : m_where + u": "_s;
        return m_format.error(u"%1%2 must be %3"_s.arg(prefix, QLatin1String(field), what));
    }

    const QJsonObject &m_object;
    const Format &m_format;
    QString m_where;
};

std::optional<ValueKind> kindOf(const QString &code)
{
    if (code == u"count"_s) return ValueKind::Count;
    if (code == u"number"_s) return ValueKind::Number;
    if (code == u"percent"_s) return ValueKind::Percent;
    return std::nullopt;
}

Result<SummaryHeader> parseHeader(const QJsonValue &value, const Format &format)
{
    if (!value.isObject()) return format.error(u"header"_s);
    const QJsonObject h = value.toObject();
    const Fields fields(h, format, u"header"_s);
    SummaryHeader header;
    header.generator = h.value(u"generator"_s).toString();
    header.layoutId = h.value(u"layout_id"_s).toString();
    header.layoutVersion = h.value(u"layout_version"_s).toInt();
    header.language = h.value(u"language"_s).toString();
    header.schoolCode = h.value(u"school_code"_s).toString();
    header.schoolName = h.value(u"school_name"_s).toString();
    header.schoolType = h.value(u"school_type"_s).toString();
    header.semester = h.value(u"semester"_s).toString();
    auto k = fields.whole("k", 2);
    if (!k) return k.error();
    header.k = static_cast<int>(*k);
    for (const char *required : {"layout_id", "semester"})
        if (auto text = fields.text(required); !text) return text.error();
    if (header.language != u"zh_CN"_s && header.language != u"en"_s)
        return makeError(ErrorCode::Damaged,
                         Tr::tr("summary.json of the package is in the language \"%1\", but a package is written in "
                                "zh_CN or en. Ask the school to export the package again with CounselDesk.")
                             .arg(header.language));
    return header;
}

Result<PackageValue> parseValue(const QJsonValue &json, ValueKind columnKind, const Format &format, const QString &where)
{
    if (!json.isObject()) return format.error(where);
    const QJsonObject o = json.toObject();
    const auto kind = kindOf(o.value(u"kind"_s).toString());
    if (!kind || *kind != columnKind) return format.error(where + u": kind"_s);
    PackageValue v;
    v.kind = *kind;
    v.withheld = o.value(u"withheld"_s).toBool(false);
    v.sensitive = o.value(u"sensitive"_s).toBool(false);
    v.id = o.value(u"id"_s).toString();
    v.numerator = o.value(u"numerator"_s).toString();
    v.denominator = o.value(u"denominator"_s).toString();
    const QJsonValue value = o.value(u"value"_s);
    if (v.withheld) {
        // No value at all, not even null (docs/district-package.md): an exporter never writes one.
        if (!value.isUndefined()) return format.error(where + u": a withheld value has a value"_s);
        if (const QJsonValue atLeast = o.value(u"at_least"_s); !atLeast.isUndefined()) {
            if (v.kind != ValueKind::Count || !isWhole(atLeast) || atLeast.toDouble() < 1
                || atLeast.toDouble() > static_cast<double>(kMaxCount))
                return format.error(where + u": at_least"_s);
            v.atLeast = static_cast<qint64>(atLeast.toDouble());
        }
    } else if (o.contains(u"at_least"_s)) {
        return format.error(where + u": at_least on a published value"_s);
    } else {
        const Fields fields(o, format, where);
        if (v.kind == ValueKind::Count) {
            auto count = fields.whole("value", 0, kMaxCount);
            if (!count) return count.error();
            v.value = static_cast<double>(*count);
        } else {
            auto number = fields.number("value");
            if (!number) return number.error();
            // Every number and percent of the catalogue counts or measures something: never below 0.
            if (*number < 0) return format.error(where + u": a negative value"_s);
            v.value = *number;
        }
    }
    if (v.kind == ValueKind::Count && v.id.isEmpty()) return format.error(where + u": a count without an id"_s);
    if (v.kind != ValueKind::Count && !v.id.isEmpty()) return format.error(where + u": an id on a non-count"_s);
    if ((v.numerator.isEmpty()) != (v.denominator.isEmpty())) return format.error(where + u": percent cells"_s);
    return v;
}

Result<PackageTable> parseTable(const QJsonValue &json, const Format &format, const QString &where)
{
    if (!json.isObject()) return format.error(where);
    const QJsonObject o = json.toObject();
    const Fields fields(o, format, where);
    PackageTable t;
    auto id = fields.text("id");
    if (!id) return id.error();
    t.id = *id;
    t.part = o.value(u"part"_s).toString();
    t.title = o.value(u"title"_s).toString();
    t.note = o.value(u"note"_s).toString();
    auto columns = fields.array("columns");
    if (!columns) return columns.error();
    auto rowList = fields.array("rows");
    if (!rowList) return rowList.error();
    for (const QJsonValue &c : std::as_const(*columns)) {
        const auto kind = kindOf(c.toObject().value(u"kind"_s).toString());
        if (!kind) return format.error(where + u": a column's kind"_s);
        t.columns << SummaryColumn{c.toObject().value(u"key"_s).toString(), c.toObject().value(u"label"_s).toString(),
                                   *kind};
    }
    const QJsonArray &rows = *rowList;
    for (qsizetype r = 0; r < rows.size(); ++r) {
        const QString rowWhere = u"%1, row %2"_s.arg(where).arg(r + 1);
        const QJsonObject row = rows.at(r).toObject();
        const QJsonArray cells = row.value(u"cells"_s).toArray();
        if (cells.size() != t.columns.size()) return format.error(rowWhere + u": number of cells"_s);
        PackageRow pr{row.value(u"key"_s).toString(), row.value(u"label"_s).toString(), {}};
        for (qsizetype c = 0; c < cells.size(); ++c) {
            auto value = parseValue(cells.at(c), t.columns.at(c).kind, format,
                                    u"%1, cell %2"_s.arg(rowWhere).arg(c + 1));
            if (!value) return value.error();
            pr.values << *value;
        }
        t.rows << pr;
    }
    return t;
}

/// What a Mac or Windows adds to a folder it opens, never part of a package: ignored by name
/// (docs/district-package.md, "What a computer adds"). Any other extra entry is refused.
bool addedByTheSystem(const QString &name, const QSet<QString> &listed)
{
    if (name == u".DS_Store"_s) return true;                                              // macOS Finder
    if (name.startsWith(u"._"_s) && listed.contains(name.mid(2))) return true;             // AppleDouble
    if (name.compare(u"Thumbs.db"_s, Qt::CaseInsensitive) == 0) return true;               // Windows Explorer
    if (name.compare(u"desktop.ini"_s, Qt::CaseInsensitive) == 0) return true;
    return name.compare(u"System Volume Information"_s, Qt::CaseInsensitive) == 0;     // Windows
}

/// This account may not read the file or folder (a package exported 0600 by another account).
bool permissionDenied(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), R_OK) != 0 && errno == EACCES;
}

QString permissionWhy() { return Tr::tr("permission denied?"); }

Error unreadable(const QString &name, const QString &why)
{
    return makeError(ErrorCode::Io, Tr::tr("%1 of the package cannot be read (%2). Check the drive, then try again.")
                                        .arg(name, why));
}

Result<QByteArray> readWhole(const QString &path, const QString &name, qint64 limit)
{
    if (entryKind(path) != EntryKind::File) return damaged(name, Problem::Missing);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(name, permissionDenied(path) ? permissionWhy() : file.errorString());
    if (file.size() > limit) return damaged(name, Problem::TooLarge);
    return file.readAll();
}

/// summary.json's header and manifest.json say the same of the package: its school, semester, k
/// and layout; the first field they disagree on named with both values.
Status headersAgree(const PackageManifest &m, const SummaryHeader &h)
{
    const struct {
        const char *field;
        QString manifest, summary;
    } fields[] = {
        {"school_code", m.schoolCode, h.schoolCode},
        {"semester", m.semester, h.semester},
        {"k", QString::number(m.k), QString::number(h.k)},
        {"layout_id", m.layoutId, h.layoutId},
        {"layout_version", QString::number(m.layoutVersion), QString::number(h.layoutVersion)},
    };
    for (const auto &f : fields)
        if (f.manifest != f.summary)
            //: %1 a field of the header (k, semester…), %2 summary.json's value, %3 manifest.json's
            return makeError(ErrorCode::Damaged,
                             Tr::tr("summary.json of the package says its %1 is \"%2\", but manifest.json says "
                                    "\"%3\": one of them was changed. Ask the school for a new copy of the package.")
                                 .arg(QLatin1String(f.field), f.summary, f.manifest));
    return {};
}

}  // namespace

Result<PackageManifest> parseManifest(const QByteArray &json, const QString &fileName)
{
    auto root = parseObject(json, fileName);
    if (!root) return root.error();
    const Format format(fileName);
    const Fields fields(*root, format);
    PackageManifest m;
    CD_TRY(fields.is("format", u"counseldesk-district-package"_s));
    m.formatVersion = root->value(u"format_version"_s).toInt();
    if (m.formatVersion < 1 || m.formatVersion > kPackageFormatVersion)
        return makeError(ErrorCode::Damaged, Tr::tr("%1 of the package has format version %2, which this version of "
                                                    "CounselDesk cannot read. Update CounselDesk, then try again.")
                                                 .arg(fileName)
                                                 .arg(root->value(u"format_version"_s).toInt()));
    m.generator = root->value(u"generator"_s).toString();
    m.layoutId = root->value(u"layout_id"_s).toString();
    m.layoutVersion = root->value(u"layout_version"_s).toInt();
    m.k = root->value(u"k"_s).toInt();
    m.schoolCode = root->value(u"school_code"_s).toString();
    m.semester = root->value(u"semester"_s).toString();
    auto files = fields.array("files");
    if (!files) return files.error();
    QSet<QString> names;
    for (const QJsonValue &f : std::as_const(*files)) {
        const QJsonObject o = f.toObject();
        PackageFile file{o.value(u"name"_s).toString(), -1, o.value(u"sha256"_s).toString().toLatin1()};
        const Fields entry(o, format, u"files: %1"_s.arg(file.name));
        auto size = entry.whole("size", 0, std::numeric_limits<qint64>::max() / 2);
        if (!size) return size.error();
        file.size = *size;
        const bool plainName = !file.name.isEmpty() && !file.name.contains(u'/') && !file.name.contains(u'\\')
                               && file.name != u"."_s && file.name != u".."_s
                               && file.name != QLatin1String(kManifestName);
        if (!plainName || names.contains(file.name) || file.sha256.size() != 64)
            return format.error(u"files: %1"_s.arg(file.name));
        names.insert(file.name);
        m.files << file;
    }
    if (!names.contains(QLatin1String(kSummaryJsonName))) return format.error(u"files: no summary.json"_s);
    for (const QJsonValue &i : root->value(u"inputs"_s).toArray()) {
        const PackageInput input{i.toObject().value(u"school_code"_s).toString(),
                                 i.toObject().value(u"sha256"_s).toString().toLatin1()};
        if (input.manifestSha256.size() != 64) return format.error(u"inputs: %1"_s.arg(input.schoolCode));
        m.inputs << input;
    }
    return m;
}

Result<PackageSummary> parseSummaryJson(const QByteArray &json, const QString &fileName)
{
    auto root = parseObject(json, fileName);
    if (!root) return root.error();
    const Format format(fileName);
    const Fields fields(*root, format);
    PackageSummary s;
    CD_TRY(fields.is("format", u"counseldesk-district-summary"_s));
    auto version = fields.whole("format_version", 1, kPackageFormatVersion);
    if (!version) return version.error();
    s.formatVersion = static_cast<int>(*version);
    auto header = parseHeader(root->value(u"header"_s), format);
    if (!header) return header.error();
    s.header = *header;
    s.withheldMark = root->value(u"withheld_mark"_s).toString();
    s.footnote = root->value(u"footnote"_s).toString();
    auto withheldValues = fields.whole("withheld_values");
    if (!withheldValues) return withheldValues.error();
    s.withheldValues = static_cast<int>(*withheldValues);
    auto tables = fields.array("tables");
    if (!tables) return tables.error();
    auto relations = fields.array("relations");
    if (!relations) return relations.error();

    // Every count id once, with whether it is withheld; percents and relations must name them.
    QHash<QString, bool> counts;
    int withheld = 0;
    for (qsizetype i = 0; i < tables->size(); ++i) {
        auto table = parseTable(tables->at(i), format, u"table %1"_s.arg(i + 1));
        if (!table) return table.error();
        for (const PackageRow &row : table->rows)
            for (const PackageValue &v : row.values) {
                if (v.withheld) ++withheld;
                if (v.kind != ValueKind::Count) continue;
                // The same cell shown twice must agree (a value in one place, none in the other
                // would be a withheld count printed after all).
                const auto seen = counts.constFind(v.id);
                if (seen != counts.constEnd() && *seen != v.withheld)
                    return format.error(u"table %1: count %2 shown withheld and not"_s.arg(i + 1).arg(v.id));
                counts.insert(v.id, v.withheld);
            }
        s.tables << *table;
    }
    for (const QJsonValue &h : root->value(u"hidden_counts"_s).toArray()) {
        if (counts.contains(h.toString())) return format.error(u"hidden_counts: %1"_s.arg(h.toString()));
        counts.insert(h.toString(), true);
        s.hiddenCounts << h.toString();
    }
    for (const PackageTable &t : std::as_const(s.tables))
        for (const PackageRow &row : t.rows)
            for (const PackageValue &v : row.values)
                if (!v.numerator.isEmpty() && (!counts.contains(v.numerator) || !counts.contains(v.denominator)))
                    return format.error(u"table %1, row %2: a percent of unknown counts"_s.arg(t.id, row.key));
    for (qsizetype i = 0; i < relations->size(); ++i) {
        const QJsonObject o = relations->at(i).toObject();
        PackageRelation rel{o.value(u"total"_s).toString(), {}, o.value(u"breakdown"_s).toBool()};
        for (const QJsonValue &p : o.value(u"parts"_s).toArray()) rel.parts << p.toString();
        if (!counts.contains(rel.total) || rel.parts.isEmpty()) return format.error(u"relation %1"_s.arg(i + 1));
        for (const QString &p : std::as_const(rel.parts))
            if (!counts.contains(p)) return format.error(u"relation %1: %2"_s.arg(i + 1).arg(p));
        s.relations << rel;
    }
    if (s.withheldValues != withheld) return format.error(u"withheld_values"_s);
    // A lower bound from 1 to k − 1 would tell a withheld count is small (a merge writes a bound
    // only with its published part, never one the reader could take for a small count).
    for (const PackageTable &t : std::as_const(s.tables))
        for (const PackageRow &row : t.rows)
            for (qsizetype c = 0; c < row.values.size(); ++c)
                if (const qint64 atLeast = row.values.at(c).atLeast; atLeast > 0 && atLeast < s.header.k)
                    //: %1 a table's id, %2 a row's key, %3 a column's key, %4 the bound, %5 the threshold k
                    return makeError(ErrorCode::Damaged,
                                     Tr::tr("summary.json of the package gives the withheld count of table \"%1\", row "
                                            "\"%2\", column \"%3\" a lower bound of %4, below k = %5: a bound that "
                                            "small tells the count. Ask for a new copy of the package.")
                                         .arg(t.id, row.key, t.columns.at(c).key)
                                         .arg(atLeast)
                                         .arg(s.header.k));
    return s;
}

Result<ReadPackage> readPackage(const QString &dir)
{
    const QDir folder(dir);
    if (entryKind(dir) != EntryKind::Directory)
        return makeError(ErrorCode::NotFound, Tr::tr("There is no package folder at %1. Choose the folder the "
                                                     "school's package was copied to.")
                                                  .arg(QDir::toNativeSeparators(dir)));
    if (::access(QFile::encodeName(dir).constData(), R_OK | X_OK) != 0 && errno == EACCES)
        return makeError(ErrorCode::Io, Tr::tr("The package folder %1 cannot be read (permission denied?). Ask "
                                               "whoever copied it to let this account read it, or copy it again.")
                                            .arg(QDir::toNativeSeparators(dir)));
    const QString manifestName = QLatin1String(kManifestName);
    auto manifestBytes = readWhole(folder.filePath(manifestName), manifestName, kMaxJsonBytes);
    if (!manifestBytes) return manifestBytes.error();
    auto manifest = parseManifest(*manifestBytes, manifestName);
    if (!manifest) return manifest.error();

    ReadPackage package;
    package.dir = folder.absolutePath();
    package.manifest = *manifest;
    package.manifestSha256 = QCryptographicHash::hash(*manifestBytes, QCryptographicHash::Sha256).toHex();

    QSet<QString> listed{manifestName};
    QByteArray summaryBytes;
    for (const PackageFile &f : std::as_const(manifest->files)) {
        listed.insert(f.name);
        const QString path = folder.filePath(f.name);
        if (entryKind(path) != EntryKind::File) return damaged(f.name, Problem::Missing);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return unreadable(f.name, permissionDenied(path) ? permissionWhy() : file.errorString());
        if (file.size() != f.size)
            return damaged(f.name, file.size() < f.size ? Problem::Truncated : Problem::Longer);
        QCryptographicHash hash(QCryptographicHash::Sha256);
        const bool keep = f.name == QLatin1String(kSummaryJsonName);
        qint64 read = 0;
        while (!file.atEnd()) {
            const QByteArray chunk = file.read(1 << 20);
            if (chunk.isEmpty()) break;
            hash.addData(chunk);
            if (keep) summaryBytes += chunk;
            read += chunk.size();
        }
        if (read != f.size)
            return unreadable(f.name, file.errorString());
        if (hash.result().toHex() != f.sha256) return damaged(f.name, Problem::Checksum);
    }
    const QStringList present =
        folder.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &name : present)
        if (!listed.contains(name) && !addedByTheSystem(name, listed)) return damaged(name, Problem::Extra);

    auto summary = parseSummaryJson(summaryBytes, QLatin1String(kSummaryJsonName));
    if (!summary) return summary.error();
    CD_TRY(headersAgree(*manifest, summary->header));
    package.summary = *summary;
    return package;
}

}  // namespace cd::district
