#include "district/Summary.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace cd::district {

SummaryValue SummaryValue::ofCount(int cell)
{
    SummaryValue v;
    v.kind = ValueKind::Count;
    v.count = cell;
    return v;
}

SummaryValue SummaryValue::ofNumber(double number)
{
    SummaryValue v;
    v.kind = ValueKind::Number;
    v.number = number;
    return v;
}

SummaryValue SummaryValue::ofPercent(double percent, int numeratorCell, int denominatorCell)
{
    SummaryValue v;
    v.kind = ValueKind::Percent;
    v.number = percent;
    v.numerator = numeratorCell;
    v.denominator = denominatorCell;
    return v;
}

namespace {

bool cellWithheld(const Summary &s, int cell)
{
    return cell >= 0 && cell < s.protection.suppressed.size() && s.protection.suppressed.at(cell);
}

QString numberText(double n)
{
    const double rounded = std::round(n * 10.0) / 10.0;
    if (rounded == std::floor(rounded)) return QString::number(static_cast<qint64>(rounded));
    return QString::number(rounded, 'f', 1);
}

}  // namespace

bool Summary::withheld(const SummaryValue &value) const
{
    switch (value.kind) {
    case ValueKind::Count: return cellWithheld(*this, value.count);
    case ValueKind::Number: return false;
    case ValueKind::Percent:
        if (cellWithheld(*this, value.numerator) || cellWithheld(*this, value.denominator)) return true;
        return value.denominator >= 0 && counts.cells().at(value.denominator).value < header.k;
    }
    return false;
}

bool Summary::hasWithheld(const SummaryTable &table) const
{
    for (const SummaryRow &row : table.rows)
        for (const SummaryValue &v : row.values)
            if (withheld(v)) return true;
    return false;
}

qint64 Summary::lowerBound(const SummaryValue &value) const
{
    if (value.kind != ValueKind::Count || !withheld(value)) return 0;
    return qMax<qint64>(0, counts.cells().at(value.count).atLeast);
}

QString Summary::text(const SummaryValue &value) const
{
    if (const qint64 atLeast = lowerBound(value); atLeast > 0) return u"\u2265"_s + QString::number(atLeast);
    if (withheld(value)) return withheldMark();
    switch (value.kind) {
    case ValueKind::Count: return QString::number(counts.cells().at(value.count).value);
    case ValueKind::Number: return numberText(value.number);
    case ValueKind::Percent: return QString::number(value.number, 'f', 1);
    }
    return {};
}

}  // namespace cd::district
