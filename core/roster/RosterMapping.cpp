#include "roster/RosterMapping.h"

#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cd::roster {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Roster)
};

constexpr int kHeaderSearchRows = 15;

QString normalizeHeader(const QString &cell)
{
    QString out;
    for (QChar c : cell.toLower()) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E) c = QChar(c.unicode() - 0xFEE0);
        if (c.isLetterOrNumber()) out += c;
    }
    return out;
}

struct HeaderMatch {
    Field field;
    int rank;  ///< lower is stronger: "学号" or "Student ID" beats a bare "No"
};

std::optional<HeaderMatch> fieldForHeader(const QString &cell)
{
    static const QList<std::pair<Field, QStringList>> synonyms = {
        // Strongest first. "No" and "Number" come last: a row counter is often headed so.
        {Field::StudentNo, {u"学号"_s, u"学籍号"_s, u"学生学号"_s, u"学生编号"_s, u"全国学籍号"_s, u"studentno"_s,
                            u"studentnumber"_s, u"studentid"_s, u"stuno"_s, u"no"_s, u"number"_s}},
        {Field::Name, {u"姓名"_s, u"学生姓名"_s, u"名字"_s, u"name"_s, u"studentname"_s, u"fullname"_s}},
        {Field::Sex, {u"性别"_s, u"sex"_s, u"gender"_s}},
        {Field::BirthDate, {u"出生日期"_s, u"出生年月"_s, u"出生年月日"_s, u"生日"_s, u"birthdate"_s, u"dateofbirth"_s,
                            u"dob"_s, u"birthday"_s, u"birth"_s}},
        {Field::Grade, {u"年级"_s, u"grade"_s, u"year"_s, u"yeargroup"_s}},
        {Field::Class, {u"班级"_s, u"班"_s, u"班别"_s, u"班级名称"_s, u"所在班级"_s, u"class"_s, u"classname"_s,
                        u"form"_s, u"homeroom"_s}},
    };
    const QString key = normalizeHeader(cell);
    if (key.isEmpty()) return std::nullopt;
    for (const auto &[field, words] : synonyms)
        if (const qsizetype rank = words.indexOf(key); rank >= 0) return HeaderMatch{field, static_cast<int>(rank)};
    return std::nullopt;
}

}  // namespace

QString ColumnMapping::problem() const
{
    if (headerRow < 0)
        return Tr::tr("No header row was found. The file needs a row that names its columns, such as 学号 and 姓名.");
    if (column(Field::StudentNo) < 0)
        return Tr::tr("No column is mapped to the student number (学号). Students are matched on it: map it first.");
    QList<int> used;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (it.value() < 0) continue;
        if (used.contains(it.value())) return Tr::tr("Two fields are mapped to the same column.");
        used << it.value();
    }
    return {};
}

ColumnMapping guessMapping(const io::Table &table)
{
    ColumnMapping best;
    int bestScore = 0;
    const int limit = std::min<int>(kHeaderSearchRows, static_cast<int>(table.rows.size()));
    for (int r = 0; r < limit; ++r) {
        QMap<Field, int> columns;
        QMap<Field, int> ranks;
        const QStringList &cells = table.rows[r].cells;
        for (int c = 0; c < cells.size(); ++c) {
            const auto match = fieldForHeader(cells[c]);
            if (!match) continue;
            // Each field takes its most specific header; the leftmost among equals.
            if (!columns.contains(match->field) || match->rank < ranks.value(match->field)) {
                columns.insert(match->field, c);
                ranks.insert(match->field, match->rank);
            }
        }
        const int score = static_cast<int>(columns.size());
        if (score >= 2 && score > bestScore && (columns.contains(Field::StudentNo) || columns.contains(Field::Name))) {
            best.headerRow = r;
            best.columns = columns;
            bestScore = score;
        }
    }
    return best;
}

Status overrideMapping(const io::Table &table, ColumnMapping &mapping, const QString &spec)
{
    const qsizetype eq = spec.indexOf(u'=');
    const QString fieldText = spec.left(eq).trimmed();
    const QString columnText = eq < 0 ? QString() : spec.mid(eq + 1).trimmed();
    std::optional<Field> field = fieldFromCode(fieldText.toLower());
    if (!field)
        if (auto match = fieldForHeader(fieldText)) field = match->field;
    if (eq < 0 || !field)
        //: --map takes FIELD=COLUMN; the field names are codes, do not translate them
        return makeError(ErrorCode::Usage, Tr::tr("\"%1\" is not FIELD=COLUMN with FIELD one of student_no, name, sex, "
                                                  "birth_date, grade, class.")
                                               .arg(spec));
    if (columnText.isEmpty()) {  // "class=" leaves the field unmapped
        mapping.columns.remove(*field);
        return {};
    }
    int column = -1;
    static const QRegularExpression letters(u"^[A-Za-z]{1,3}$"_s);
    bool isNumber = false;
    const int number = columnText.toInt(&isNumber);
    const QStringList header = mapping.headerRow >= 0 && mapping.headerRow < table.rows.size()
                                   ? table.rows[mapping.headerRow].cells
                                   : QStringList();
    for (int c = 0; c < header.size() && column < 0; ++c)
        if (normalizeHeader(header[c]) == normalizeHeader(columnText) && !normalizeHeader(columnText).isEmpty()) column = c;
    if (column < 0 && isNumber && number >= 1) column = number - 1;
    if (column < 0 && letters.match(columnText).hasMatch()) {
        column = 0;
        for (QChar c : columnText.toUpper()) column = column * 26 + (c.unicode() - u'A' + 1);
        column -= 1;
    }
    if (column < 0)
        return makeError(ErrorCode::Usage, Tr::tr("There is no column \"%1\" in the header row. Name a column by its "
                                                  "header, its letter (B) or its number (2).")
                                               .arg(columnText));
    mapping.columns.insert(*field, column);
    return {};
}

QString headerSignature(const io::Table &table, int headerRow)
{
    if (headerRow < 0 || headerRow >= table.rows.size()) return {};
    QStringList parts;
    for (const QString &cell : table.rows[headerRow].cells) parts << normalizeHeader(cell);
    return parts.join(u'|');
}

Result<std::optional<QMap<Field, int>>> rememberedMapping(vault::Vault &vault, const QString &signature)
{
    auto stmt = vault.database().prepare(u"SELECT mapping FROM import_mappings WHERE kind = 'roster' AND signature = ?"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, signature);
    auto row = stmt->step();
    if (!row) return row.error();
    if (!*row) return std::optional<QMap<Field, int>>();
    QMap<Field, int> columns;
    const QJsonObject object = QJsonDocument::fromJson(stmt->text(0).toUtf8()).object();
    for (auto it = object.begin(); it != object.end(); ++it)
        if (auto field = fieldFromCode(it.key())) columns.insert(*field, it.value().toInt(-1));
    return std::optional<QMap<Field, int>>(columns);
}

Status rememberMapping(vault::Vault &vault, const QString &signature, const QMap<Field, int> &columns)
{
    QJsonObject object;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) object.insert(fieldCode(it.key()), it.value());
    auto stmt = vault.database().prepare(u"INSERT OR REPLACE INTO import_mappings (kind, signature, mapping) VALUES ('roster', ?, ?)"_s);
    if (!stmt) return stmt.error();
    stmt->bind(1, signature).bind(2, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    return stmt->exec();
}

}  // namespace cd::roster
