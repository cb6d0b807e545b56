#include "roster/RosterMapping.h"

#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

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

std::optional<Field> fieldForHeader(const QString &cell)
{
    static const QList<std::pair<Field, QStringList>> synonyms = {
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
        if (words.contains(key)) return field;
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
        const QStringList &cells = table.rows[r].cells;
        for (int c = 0; c < cells.size(); ++c) {
            if (auto field = fieldForHeader(cells[c]); field && !columns.contains(*field)) columns.insert(*field, c);
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
