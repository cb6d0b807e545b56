// Guessing how an answer file maps onto an instrument: which row is the header, which column holds
// the student number and the time taken, which column is which item, and what the answer codes
// mean. Everything guessed here is shown to the user, who can change it before anything is read.

#include "screening/AnswerImport.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::screening {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Screening)
};

bool headerMatches(const QString &header, std::initializer_list<const char16_t *> words)
{
    for (const char16_t *w : words)
        if (header.contains(QString::fromUtf16(w), Qt::CaseInsensitive)) return true;
    return false;
}

bool isStudentNoHeader(const QString &h)
{
    return headerMatches(h, {u"学号", u"学籍号", u"考号", u"student no", u"student number", u"student id", u"studentno",
                             u"student_no", u"student_id"});
}

bool isSecondsHeader(const QString &h)
{
    return headerMatches(h, {u"用时", u"时长", u"所用时间", u"答题时间", u"seconds", u"duration", u"time taken"});
}

/// Headings of the other facts a survey export carries (whole short headings, not item text
/// that happens to contain a word such as 时间).
bool isOtherFactHeader(const QString &h)
{
    const QString n = normalizedCode(h);
    if (n.size() > 8) return false;
    return headerMatches(n, {u"姓名", u"name", u"班级", u"class", u"性别", u"sex", u"gender", u"年级", u"grade",
                             u"时间", u"time", u"date", u"日期", u"序号", u"ip", u"来源", u"总分", u"total"});
}

/// Letters and digits only: "PHQ-9" → "phq9".
QString compact(const QString &text)
{
    QString out;
    for (QChar c : normalizedCode(text))
        if (c.isLetterOrNumber()) out += c;
    return out;
}

/// The item number a header names: "Q3", "第3题", "3.", "3、…", "题3", "item 3", or a prefix and a
/// number where the prefix is this instrument's code ("PHQ9_3" for PHQ-9, never "GAD7_3").
int headerItemNumber(const QString &normalized, const QString &instrumentCode)
{
    static const QRegularExpression leading(uR"(^(?:q|item|题|第|no\.?)?\s*0*(\d{1,3})\s*(?:题|\.|、|:|：|\)|）|$|\s))"_s);
    static const QRegularExpression trailing(uR"(^(.*?)[_\-\s#]0*(\d{1,3})$)"_s);
    auto m = leading.match(normalized);
    if (m.hasMatch()) return m.captured(1).toInt();
    m = trailing.match(normalized);
    if (m.hasMatch()) {
        const QString prefix = compact(m.captured(1));
        if (prefix.isEmpty() || prefix == compact(instrumentCode) || prefix == u"q"_s || prefix == u"item"_s
            || prefix == u"题"_s)
            return m.captured(2).toInt();
    }
    return -1;
}

QString cellAt(const io::TableRow &row, int column) { return column >= 0 ? row.cells.value(column) : QString(); }

/// Answer codes for a set of distinct cells, or an empty table when the numbers are the values.
QHash<QString, int> guessCodes(const QStringList &cells, const Instrument &ins, bool *ambiguous)
{
    if (ambiguous) *ambiguous = false;
    QList<int> values;
    for (const AnswerOption &o : ins.options) values << o.value;
    std::sort(values.begin(), values.end());
    QHash<QString, int> codes;
    if (cells.isEmpty()) return codes;

    bool allNumbers = true, allValues = true, allShifted = true;
    for (const QString &c : cells) {
        bool ok = false;
        const int n = c.toInt(&ok);
        allNumbers = allNumbers && ok;
        allValues = allValues && ok && values.contains(n);
        allShifted = allShifted && ok && n >= 1 && n <= values.size();
    }
    if (allValues) {  // the cells are the values (or, when only 1…N−1 appear, perhaps 1 = the first)
        if (ambiguous) *ambiguous = allShifted && values.first() == 0 && values.last() == values.size() - 1;
        return codes;
    }
    if (allNumbers && allShifted) {  // 1–N for the options in order
        for (int i = 0; i < values.size(); ++i) codes.insert(QString::number(i + 1), values.at(i));
        return codes;
    }
    // Option labels in any language, letters A, B, C… in option order, yes/no for two options.
    for (const AnswerOption &o : ins.options) {
        for (const QString &alias : o.aliases) codes.insert(normalizedCode(alias), o.value);
        for (const QString &label : o.label) codes.insert(normalizedCode(label), o.value);
    }
    for (int i = 0; i < values.size() && i < 26; ++i) codes.insert(QString(QChar(u'a' + i)), values.at(i));
    if (values.size() == 2) {
        for (const char16_t *no : {u"否", u"不是", u"no", u"n", u"false", u"×", u"x"})
            codes.insert(QString::fromUtf16(no), values.first());
        for (const char16_t *yes : {u"是", u"yes", u"y", u"true", u"√", u"✓"}) codes.insert(QString::fromUtf16(yes), values.last());
    }
    for (int v : values) codes.insert(QString::number(v), v);
    // Keep only the codes the file uses, so the table the user checks is short.
    QHash<QString, int> used;
    bool wordsMatched = false;
    for (const QString &c : cells) {
        bool number = false;
        c.toInt(&number);
        if (codes.contains(c)) {
            used.insert(c, codes.value(c));
            wordsMatched = wordsMatched || !number;
            continue;
        }
        // "A. 完全没有", "1-完全没有": the leading letter or number.
        static const QRegularExpression prefix(uR"(^([a-z]|\d{1,2})\s*[\.\-、:：\)）]\s*\S)"_s);
        const auto m = prefix.match(c);
        if (m.hasMatch() && codes.contains(m.captured(1))) {
            used.insert(c, codes.value(m.captured(1)));
            wordsMatched = true;
        }
    }
    // Numbers with a few stray cells ("5", "E"): the numbers are the values, the strays are errors.
    if (!wordsMatched) return {};
    return used;
}


}  // namespace

QString columnName(const io::Table &table, const AnswerMapping &mapping, int column)
{
    const QString header = mapping.headerRow >= 0 && mapping.headerRow < table.rows.size()
                               ? table.rows.at(mapping.headerRow).cells.value(column).trimmed()
                               : QString();
    //: a spreadsheet column: its letter and its heading, e.g. "F (Q4)"
    return header.isEmpty() ? io::columnLetters(column) : Tr::tr("%1 (%2)").arg(io::columnLetters(column), header.left(30));
}

QString normalizedCode(const QString &cell)
{
    QString out;
    out.reserve(cell.size());
    for (QChar ch : cell) {
        const char16_t u = ch.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E) ch = QChar(char16_t(u - 0xFEE0));  // full-width → ASCII
        else if (u == 0x3000) ch = u' ';
        out += ch;
    }
    return out.trimmed().toCaseFolded();
}

void AnswerMapping::setNumbersAreValues(const Instrument &ins, bool values, const QStringList &cells)
{
    codesAmbiguous = false;
    codes.clear();
    if (values) return;
    QList<int> sorted;
    for (const AnswerOption &o : ins.options) sorted << o.value;
    std::sort(sorted.begin(), sorted.end());
    for (const QString &c : cells) {
        bool ok = false;
        const int n = c.toInt(&ok);
        if (ok && n >= 1 && n <= sorted.size()) codes.insert(c, sorted.at(n - 1));
    }
}

QString AnswerMapping::problem(const Instrument &ins, const io::Table &table) const
{
    const int columns = table.columnCount();
    if (headerRow < 0 || headerRow >= table.rows.size()) return Tr::tr("The file has no header row.");
    if (studentNoColumn < 0 || studentNoColumn >= columns) return Tr::tr("Choose the column with the student number.");
    QStringList unmapped;
    QHash<int, QString> used;
    used.insert(studentNoColumn, Tr::tr("the student number"));
    if (secondsColumn >= 0) used.insert(secondsColumn, Tr::tr("the time taken"));
    for (qsizetype i = 0; i < ins.items.size(); ++i) {
        const int c = itemColumns.value(i, -1);
        const QString item = Tr::tr("item %1").arg(ins.items.at(i).id);
        if (c < 0 || c >= columns) {
            unmapped << ins.items.at(i).id;
            continue;
        }
        if (used.contains(c))
            return Tr::tr("Column %1 is used for both %2 and %3.").arg(io::columnLetters(c), used.value(c), item);
        used.insert(c, item);
    }
    if (codesAmbiguous)
        return Tr::tr("The answers in the file are numbers from 1 up, but the highest answer never appears: they may "
                      "be the answers' values, or 1 may stand for the first answer. Say which (Answer codes).");
    if (!unmapped.isEmpty())
        return Tr::tr("No column is chosen for item(s) %1 of %2. Every item needs its column (a blank answer is "
                      "allowed, a missing column is not).")
            .arg(unmapped.join(Tr::tr(", ")), ins.code);
    return {};
}

AnswerMapping guessAnswerMapping(const io::Table &table, const Instrument &ins)
{
    AnswerMapping m;
    m.itemColumns = QList<int>(ins.items.size(), -1);
    // The header: the first row among the first ten naming a student number column.
    for (int r = 0; r < std::min<int>(10, static_cast<int>(table.rows.size())); ++r) {
        const QStringList &cells = table.rows.at(r).cells;
        const auto it = std::find_if(cells.cbegin(), cells.cend(), isStudentNoHeader);
        if (it != cells.cend()) {
            m.headerRow = r;
            m.studentNoColumn = static_cast<int>(it - cells.cbegin());
            break;
        }
    }
    if (m.headerRow >= table.rows.size()) return m;
    const QStringList headers = table.rows.value(m.headerRow).cells;
    for (int c = 0; c < headers.size(); ++c)
        if (m.secondsColumn < 0 && c != m.studentNoColumn && isSecondsHeader(headers.at(c))) m.secondsColumn = c;

    // Items by number or text in the header.
    QSet<int> taken{m.studentNoColumn, m.secondsColumn};
    for (int c = 0; c < headers.size(); ++c) {
        if (taken.contains(c)) continue;
        const QString h = normalizedCode(headers.at(c));
        if (h.isEmpty()) continue;
        int index = ins.itemIndex(h);
        if (index < 0) {
            const int number = headerItemNumber(h, ins.code);
            if (number > 0) index = ins.itemIndex(QString::number(number));
        }
        if (index < 0)
            for (qsizetype i = 0; i < ins.items.size() && index < 0; ++i)
                for (const QString &text : ins.items.at(i).text)
                    if (text.size() > 6 && h.contains(normalizedCode(text).left(20))) index = static_cast<int>(i);
        if (index >= 0 && m.itemColumns.at(index) < 0) {
            m.itemColumns[index] = c;
            taken.insert(c);
        }
    }
    // Too few found: the columns after the student number, in order, skipping other facts.
    if (std::count(m.itemColumns.cbegin(), m.itemColumns.cend(), -1) > ins.items.size() / 2) {
        m.itemColumns = QList<int>(ins.items.size(), -1);
        int next = 0;
        for (int c = std::max(0, m.studentNoColumn + 1); c < headers.size() && next < ins.items.size(); ++c) {
            if (c == m.secondsColumn || isOtherFactHeader(headers.at(c))) continue;
            m.itemColumns[next++] = c;
        }
    }
    m.codes = guessCodes(distinctAnswerCodes(table, m), ins, &m.codesAmbiguous);
    return m;
}

QStringList distinctAnswerCodes(const io::Table &table, const AnswerMapping &mapping)
{
    QSet<QString> seen;
    for (qsizetype r = mapping.headerRow + 1; r < table.rows.size(); ++r) {
        const io::TableRow &row = table.rows.at(r);
        for (int c : mapping.itemColumns) {
            const QString code = normalizedCode(cellAt(row, c));
            if (!code.isEmpty()) seen.insert(code);
        }
        if (seen.size() > 200) break;  // a free-text column, not answers
    }
    QStringList list(seen.cbegin(), seen.cend());
    std::sort(list.begin(), list.end(), [](const QString &a, const QString &b) {
        bool okA = false, okB = false;
        const int na = a.toInt(&okA), nb = b.toInt(&okB);
        if (okA && okB) return na < nb;
        if (okA != okB) return okA;
        return a < b;
    });
    return list;
}

}  // namespace cd::screening
