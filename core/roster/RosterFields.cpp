#include "roster/RosterFields.h"

#include "io/CsvWriter.h"

#include "common/CodeTable.h"

#include "common/Clock.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cd::roster {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Roster)
};

/// 一 … 十二 and digits -> number; -1 when not a number.
int chineseNumber(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (ok) return n;
    static const QString digits = u"零一二三四五六七八九"_s;
    if (text == u"十"_s) return 10;
    if (text.size() == 2 && text.at(0) == u'十' && digits.indexOf(text.at(1)) > 0) return 10 + digits.indexOf(text.at(1));
    if (text.size() == 1 && digits.indexOf(text.at(0)) >= 0) return static_cast<int>(digits.indexOf(text.at(0)));
    if (text.size() == 2 && digits.indexOf(text.at(0)) > 0 && text.at(1) == u'十') return 10 * digits.indexOf(text.at(0));
    if (text.size() == 3 && digits.indexOf(text.at(0)) > 0 && text.at(1) == u'十' && digits.indexOf(text.at(2)) > 0)
        return 10 * digits.indexOf(text.at(0)) + digits.indexOf(text.at(2));
    return -1;
}

QString simplify(const QString &cell)
{
    QString s = cell.trimmed();
    // Full-width forms that Chinese input produces: （３）班 -> (3)班
    QString out;
    for (QChar c : s) {
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E) c = QChar(c.unicode() - 0xFEE0);
        else if (c.unicode() == 0x3000) c = u' ';
        out += c;
    }
    return out.simplified();
}

/// A grade named inside a string, and where it ends; {0, 0} when none.
std::pair<int, qsizetype> gradeAtStart(const QString &s)
{
    static const QRegularExpression stage(u"^(小学)?(初|高)([一二三123])"_s);
    static const QRegularExpression nianji(u"^([一二三四五六七八九十]+|\\d{1,2})\\s*年级"_s);
    static const QRegularExpression english(u"^(?:grade|g|year)\\s*(\\d{1,2})"_s, QRegularExpression::CaseInsensitiveOption);
    if (auto m = stage.match(s); m.hasMatch()) {
        const int n = chineseNumber(m.captured(3));
        return {(m.captured(2) == u"初"_s ? 6 : 9) + n, m.capturedEnd()};
    }
    if (auto m = nianji.match(s); m.hasMatch()) return {chineseNumber(m.captured(1)), m.capturedEnd()};
    if (auto m = english.match(s); m.hasMatch()) return {m.captured(1).toInt(), m.capturedEnd()};
    return {0, 0};
}

}  // namespace

QString fieldName(Field field)
{
    switch (field) {
    case Field::StudentNo: return Tr::tr("Student number");
    case Field::Name: return Tr::tr("Name");
    case Field::Sex: return Tr::tr("Sex");
    case Field::BirthDate: return Tr::tr("Date of birth");
    case Field::Grade: return Tr::tr("Grade");
    case Field::Class: return Tr::tr("Class");
    }
    return {};
}

static const CodeTable<Field> &fieldCodes()
{
    static const CodeTable<Field> table = {{Field::StudentNo, "student_no"}, {Field::Name, "name"},
                                           {Field::Sex, "sex"},              {Field::BirthDate, "birth_date"},
                                           {Field::Grade, "grade"},          {Field::Class, "class"}};
    return table;
}

QString fieldCode(Field field) { return fieldCodes().code(field); }
std::optional<Field> fieldFromCode(const QString &code) { return fieldCodes().fromCode(code); }

std::optional<QString> parseStudentNo(const QString &cell, QString *why)
{
    static const QRegularExpression allowed(u"^[0-9A-Za-z_-]{1,32}$"_s);
    const QString s = simplify(cell).remove(u' ');
    if (s.isEmpty()) {
        *why = Tr::tr("the student number is empty");
        return std::nullopt;
    }
    if (!allowed.match(s).hasMatch()) {
        *why = Tr::tr("\"%1\" is not a student number (up to 32 letters, digits, dashes)").arg(s.left(40));
        return std::nullopt;
    }
    return s;
}

std::optional<QString> parseName(const QString &cell, QString *why)
{
    const QString s = simplify(cell);
    if (s.isEmpty()) {
        *why = Tr::tr("the name is empty");
        return std::nullopt;
    }
    if (s.size() > 40) {
        *why = Tr::tr("the name is longer than 40 characters");
        return std::nullopt;
    }
    return s;
}

std::optional<int> parseSex(const QString &cell, QString *why)
{
    const QString s = simplify(cell).toLower();
    if (s.isEmpty()) return 0;
    if (s == u"男"_s || s == u"男性"_s || s == u"m"_s || s == u"male"_s || s == u"1"_s || s == u"boy"_s) return 1;
    if (s == u"女"_s || s == u"女性"_s || s == u"f"_s || s == u"female"_s || s == u"2"_s || s == u"girl"_s) return 2;
    *why = Tr::tr("\"%1\" is not a sex (男/女, M/F)").arg(s.left(20));
    return std::nullopt;
}

std::optional<QDate> parseBirthDate(const QString &cell, QString *why)
{
    const QString s = simplify(cell);
    if (s.isEmpty()) return QDate();
    static const QRegularExpression ymd(u"^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
                                        "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?$"_s);
    static const QRegularExpression compact(u"^(\\d{4})(\\d{2})(\\d{2})$"_s);
    static const QRegularExpression serial(u"^\\d{5}(\\.0+)?$"_s);
    QDate date;
    if (auto m = ymd.match(s); m.hasMatch()) date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    else if (auto c = compact.match(s); c.hasMatch())
        date = QDate(c.captured(1).toInt(), c.captured(2).toInt(), c.captured(3).toInt());
    else if (serial.match(s).hasMatch()) date = QDate(1899, 12, 30).addDays(static_cast<qint64>(s.toDouble()));
    const QDate today = clock::today();
    if (!date.isValid()) {
        *why = Tr::tr("\"%1\" is not a date (write it as 2012-03-05)").arg(s.left(30));
        return std::nullopt;
    }
    if (date.year() < 1980 || date > today) {
        *why = Tr::tr("the date of birth %1 is not plausible").arg(date.toString(Qt::ISODate));
        return std::nullopt;
    }
    return date;
}

std::optional<int> parseGrade(const QString &cell, QString *why)
{
    const QString s = simplify(cell);
    if (s.isEmpty()) return 0;
    int grade = 0;
    if (auto [g, end] = gradeAtStart(s); g > 0) grade = g;
    else grade = chineseNumber(s);
    if (grade < 1 || grade > 12) {
        *why = Tr::tr("\"%1\" is not a grade (1–12, 初一, 高二, 七年级)").arg(s.left(20));
        return std::nullopt;
    }
    return grade;
}

std::optional<ClassCell> parseClass(const QString &cell, QString *why)
{
    QString s = simplify(cell);
    if (s.isEmpty()) return ClassCell{};
    if (io::looksLikeFormula(s)) {
        //: a roster cell such as =cmd|'/c calc'!A0 in the class column
        *why = Tr::tr("the class \"%1\" looks like a spreadsheet formula").arg(s.left(20));
        return std::nullopt;
    }
    ClassCell result;
    if (auto [g, end] = gradeAtStart(s); g > 0) {
        if (g > 12) {
            *why = Tr::tr("\"%1\" names a grade above 12").arg(s.left(20));
            return std::nullopt;
        }
        result.grade = g;
        s = s.mid(end).trimmed();
    }
    static const QRegularExpression numbered(u"^\\(?\\s*([一二三四五六七八九十]+|\\d{1,3})\\s*\\)?\\s*班?$"_s);
    static const QRegularExpression english(u"^(?:class\\s*)?(\\d{1,3})$"_s, QRegularExpression::CaseInsensitiveOption);
    if (auto m = numbered.match(s); m.hasMatch()) {
        result.klass = QString::number(chineseNumber(m.captured(1)));
    } else if (auto e = english.match(s); e.hasMatch()) {
        result.klass = QString::number(e.captured(1).toInt());
    } else if (!s.isEmpty() && s.size() <= 20) {
        result.klass = s;  // a named class such as 实验班 stays as written
    } else if (!s.isEmpty()) {
        *why = Tr::tr("the class \"%1\" is longer than 20 characters").arg(s.left(30));
        return std::nullopt;
    }
    return result;
}

}  // namespace cd::roster
