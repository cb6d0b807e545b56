#include "district/PackageFiles.h"

#include "disclosure/Suppression.h"
#include "io/CsvWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace cd::district {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(DistrictPackage)
};

QString inLanguage(const QString &language, const char *source)
{
    return textInLanguage(language, "DistrictPackage", source);
}

}  // namespace

QString textInLanguage(const QString &language, const char *context, const char *source)
{
    if (language == u"zh_CN"_s) {
        static const std::unique_ptr<QTranslator> zh = [] {
            auto t = std::make_unique<QTranslator>();
            if (!t->load(u":/i18n/counseldesk_zh_CN.qm"_s)) t.reset();
            return t;
        }();
        if (zh) {
            const QString translated = zh->translate(context, source);
            if (!translated.isEmpty()) return translated;
        }
    }
    return QString::fromUtf8(source);
}

QString safeFileName(const QString &text)
{
    static const QString refused = u"\\/:*?\"<>|"_s;
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) out += (c.unicode() < 0x20 || c == QChar(0x7f) || refused.contains(c)) ? u'_' : c;
    while (!out.isEmpty() && (out.front() == u'.' || out.front().isSpace())) out.remove(0, 1);
    while (!out.isEmpty() && (out.back() == u'.' || out.back().isSpace())) out.chop(1);
    return out.simplified().replace(u' ', u'_');
}

namespace {

QString kindCode(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Count: return u"count"_s;
    case ValueKind::Number: return u"number"_s;
    case ValueKind::Percent: return u"percent"_s;
    }
    return {};
}

QJsonObject valueJson(const Summary &summary, const SummaryValue &value)
{
    QJsonObject cell{{u"kind"_s, kindCode(value.kind)}};
    const bool withheld = summary.withheld(value);
    if (value.kind == ValueKind::Count) {
        cell.insert(u"id"_s, countCellId(value.count));
        if (summary.counts.cells().at(value.count).sensitive) cell.insert(u"sensitive"_s, true);
    } else if (value.kind == ValueKind::Percent && value.numerator >= 0) {
        cell.insert(u"numerator"_s, countCellId(value.numerator));
        cell.insert(u"denominator"_s, countCellId(value.denominator));
    }
    if (withheld) {
        cell.insert(u"withheld"_s, true);
        if (const qint64 atLeast = summary.lowerBound(value); atLeast > 0)
            cell.insert(u"at_least"_s, static_cast<double>(atLeast));
    } else if (value.kind == ValueKind::Count) {
        cell.insert(u"value"_s, static_cast<double>(summary.counts.cells().at(value.count).value));
    } else {
        cell.insert(u"value"_s, summary.text(value).toDouble());  // as printed, so every file agrees
    }
    return cell;
}

QString fieldLine(QStringList fields, qsizetype width)
{
    while (fields.size() < width) fields << QString();
    for (QString &f : fields) f = io::csvCell(f);
    return fields.join(u',') + u"\r\n"_s;
}

}  // namespace

QString packageFolderName(const SummaryHeader &header)
{
    const QString code = safeFileName(header.schoolCode);
    const QString semester = safeFileName(header.semester);
    return u"summary_%1_%2"_s.arg(code.isEmpty() ? u"school"_s : code, semester.isEmpty() ? u"semester"_s : semester)
        .left(120);
}

QString tableCsvName(int index, const SummaryTable &table)
{
    return u"%1_%2.csv"_s.arg(index + 1, 2, 10, QLatin1Char('0')).arg(safeFileName(table.id).left(60));
}

QString withheldFootnote(const SummaryHeader &header)
{
    return inLanguage(header.language,
                      QT_TRANSLATE_NOOP("DistrictPackage",
                                        "* Withheld so that no student can be identified: counts from 1 to %1, and "
                                        "counts from which a withheld one could be worked out."))
        .arg(header.k - 1);
}

QByteArray tableCsv(const Summary &summary, const SummaryTable &table)
{
    const qsizetype width = table.columns.size() + 1;
    QStringList head{table.title};
    for (const SummaryColumn &c : table.columns) head << c.label;
    QString out = u"\uFEFF"_s + fieldLine(head, width);
    for (const SummaryRow &row : table.rows) {
        QStringList fields{row.label};
        for (const SummaryValue &v : row.values) fields << summary.text(v);
        out += fieldLine(fields, width);
    }
    const bool withheld = summary.hasWithheld(table);
    if (!table.note.isEmpty() || withheld) out += fieldLine({}, width);
    if (!table.note.isEmpty()) out += fieldLine({table.note}, width);
    if (withheld) out += fieldLine({withheldFootnote(summary.header)}, width);
    return out.toUtf8();
}

QString countCellId(int cell) { return u"c%1"_s.arg(cell); }

QByteArray summaryJson(const Summary &summary)
{
    const SummaryHeader &h = summary.header;
    const QJsonObject header{
        {u"generator"_s, h.generator},
        {u"layout_id"_s, h.layoutId},
        {u"layout_version"_s, h.layoutVersion},
        {u"language"_s, h.language},
        {u"school_code"_s, h.schoolCode},
        {u"school_name"_s, h.schoolName},
        {u"school_type"_s, h.schoolType},
        {u"semester"_s, h.semester},
        {u"k"_s, h.k},
    };
    QVector<bool> shown(summary.counts.size(), false);
    QJsonArray tables;
    int withheld = 0;
    for (const SummaryTable &t : summary.tables) {
        QJsonArray columns;
        for (const SummaryColumn &c : t.columns)
            columns.append(QJsonObject{{u"key"_s, c.key}, {u"label"_s, c.label}, {u"kind"_s, kindCode(c.kind)}});
        QJsonArray rows;
        for (const SummaryRow &r : t.rows) {
            QJsonArray cells;
            for (const SummaryValue &v : r.values) {
                cells.append(valueJson(summary, v));
                if (v.kind == ValueKind::Count) shown[v.count] = true;
                if (summary.withheld(v)) ++withheld;
            }
            rows.append(QJsonObject{{u"key"_s, r.key}, {u"label"_s, r.label}, {u"cells"_s, cells}});
        }
        tables.append(QJsonObject{{u"id"_s, t.id},
                                  {u"part"_s, t.part},
                                  {u"title"_s, t.title},
                                  {u"note"_s, t.note},
                                  {u"columns"_s, columns},
                                  {u"rows"_s, rows}});
    }
    QJsonArray relations;
    QVector<bool> hidden(summary.counts.size(), false);
    for (const disclosure::Relation &rel : summary.counts.relations()) {
        QJsonArray parts;
        for (const int p : rel.parts) parts.append(countCellId(p));
        for (const int m : rel.members())
            if (!shown.at(m)) hidden[m] = true;
        relations.append(QJsonObject{
            {u"total"_s, countCellId(rel.total)}, {u"parts"_s, parts}, {u"breakdown"_s, rel.breakdown}});
    }
    QJsonArray hiddenCells;
    for (int c = 0; c < hidden.size(); ++c)
        if (hidden.at(c)) hiddenCells.append(countCellId(c));
    const QJsonObject root{
        {u"format"_s, u"counseldesk-district-summary"_s},
        {u"format_version"_s, kPackageFormatVersion},
        {u"header"_s, header},
        {u"withheld_mark"_s, Summary::withheldMark()},
        {u"withheld_values"_s, withheld},
        {u"footnote"_s, withheldFootnote(h)},
        {u"tables"_s, tables},
        {u"relations"_s, relations},
        {u"hidden_counts"_s, hiddenCells},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray summaryDigest(const Summary &summary)
{
    return QCryptographicHash::hash(summaryJson(summary), QCryptographicHash::Sha256).toHex();
}

PackageFile describeFile(const QString &name, const QByteArray &bytes)
{
    return PackageFile{name, bytes.size(), QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()};
}

QByteArray manifestJson(const SummaryHeader &header, const QList<PackageFile> &files,
                        const QList<PackageInput> &inputs)
{
    QJsonArray list;
    for (const PackageFile &f : files)
        list.append(QJsonObject{{u"name"_s, f.name},
                                {u"size"_s, static_cast<double>(f.size)},
                                {u"sha256"_s, QString::fromLatin1(f.sha256)}});
    QJsonObject root{
        {u"format"_s, u"counseldesk-district-package"_s},
        {u"format_version"_s, kPackageFormatVersion},
        {u"generator"_s, header.generator},
        {u"layout_id"_s, header.layoutId},
        {u"layout_version"_s, header.layoutVersion},
        {u"k"_s, header.k},
        {u"school_code"_s, header.schoolCode},
        {u"semester"_s, header.semester},
        {u"files"_s, list},
    };
    if (!inputs.isEmpty()) {
        QJsonArray in;
        for (const PackageInput &i : inputs)
            in.append(QJsonObject{{u"school_code"_s, i.schoolCode}, {u"sha256"_s, QString::fromLatin1(i.manifestSha256)}});
        root.insert(u"inputs"_s, in);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString summaryStructureProblem(const Summary &summary)
{
    const int cells = summary.counts.size();
    if (summary.protection.suppressed.size() != cells) return u"protection does not cover every count cell"_s;
    if (summary.header.k < 2) return u"k is below 2"_s;
    const auto validCell = [&](int c) { return c >= 0 && c < cells; };
    QVector<bool> shown(cells, false);
    for (const SummaryTable &t : summary.tables) {
        for (const SummaryRow &r : t.rows) {
            if (r.values.size() != t.columns.size())
                return u"table %1, row %2: %3 values for %4 columns"_s.arg(t.id, r.key)
                    .arg(r.values.size())
                    .arg(t.columns.size());
            for (const SummaryValue &v : r.values) {
                if (v.kind == ValueKind::Count && !validCell(v.count))
                    return u"table %1, row %2: no count cell %3"_s.arg(t.id, r.key).arg(v.count);
                if (v.kind == ValueKind::Count) shown[v.count] = true;
                if (v.kind == ValueKind::Percent && (v.numerator >= 0 || v.denominator >= 0)
                    && (!validCell(v.numerator) || !validCell(v.denominator)))
                    return u"table %1, row %2: a percent of missing cells"_s.arg(t.id, r.key);
            }
        }
    }
    for (int c = 0; c < cells; ++c) {
        const qint64 value = summary.counts.cells().at(c).value;
        if (shown.at(c) && !summary.protection.suppressed.at(c) && value > 0 && value < summary.header.k)
            return u"count cell %1 (%2) is published although below k"_s.arg(c).arg(summary.counts.cells().at(c).table);
    }
    return {};
}

QString summaryProblem(const Summary &summary)
{
    if (const QString problem = summaryStructureProblem(summary); !problem.isEmpty()) return problem;
    const int cells = summary.counts.size();
    // Audited again on exactly what is written, for the k the header states: the primary rule's
    // cells withheld, and every withheld cell's derivable range at least k wide.
    const QVector<bool> primary = disclosure::primarySuppression(summary.counts, summary.header.k);
    for (int c = 0; c < cells; ++c)
        if (primary.at(c) && !summary.protection.suppressed.at(c))
            return u"count cell %1 (%2) is published although the primary rule for k = %3 withholds it"_s.arg(c)
                .arg(summary.counts.cells().at(c).table)
                .arg(summary.header.k);
    auto narrow = disclosure::audit(summary.counts, summary.protection.suppressed, summary.header.k);
    if (!narrow) return narrow.error().message;
    if (!narrow->isEmpty())
        return u"%1 withheld count cells can be worked out closer than k = %2"_s.arg(narrow->size())
            .arg(summary.header.k);
    return {};
}

Result<QList<PackageContent>> packageContents(const Summary &summary, const RenderedPdf &pdf)
{
    QList<PackageContent> files;
    files << PackageContent{QString::fromLatin1(kPdfName), pdf.bytes};
    for (int i = 0; i < summary.tables.size(); ++i)
        files << PackageContent{tableCsvName(i, summary.tables.at(i)), tableCsv(summary, summary.tables.at(i))};
    auto xlsx = summaryXlsx(summary);
    if (!xlsx) return xlsx.error();
    files << PackageContent{QString::fromLatin1(kXlsxName), *xlsx};
    files << PackageContent{QString::fromLatin1(kSummaryJsonName), summaryJson(summary)};
    return files;
}

}  // namespace cd::district
