#include "io/CsvWriter.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace cd::io {

bool looksLikeFormula(const QString &text)
{
    if (text.isEmpty()) return false;
    static const QString triggers = u"=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20"_s;  // with ＝ ＋ － ＠
    if (!triggers.contains(text.front())) return false;
    static const QRegularExpression number(u"^[+-]?\\d+(\\.\\d+)?$"_s);
    return !number.match(text).hasMatch();
}

QString csvCell(const QString &text)
{
    const QString cell = looksLikeFormula(text) ? u'\'' + text : text;
    if (!cell.contains(u',') && !cell.contains(u'"') && !cell.contains(u'\n') && !cell.contains(u'\r')) return cell;
    return u'"' + QString(cell).replace(u"\""_s, u"\"\""_s) + u'"';
}

}  // namespace cd::io
