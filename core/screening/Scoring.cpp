#include "screening/Scoring.h"

#include "screening/SheetScoring.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

namespace cd::screening {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Scoring)
};

/// No valid answer at this position.
constexpr int kNone = std::numeric_limits<int>::min();

/// Item positions by id. Scoring looks items up by position: looking each one up by id in the
/// item list made a 100-item sheet cost 10,000 string comparisons.
QHash<QString, int> positionsOf(const Instrument &ins)
{
    QHash<QString, int> positions;
    positions.reserve(ins.items.size());
    for (qsizetype i = 0; i < ins.items.size(); ++i)
        if (!positions.contains(ins.items.at(i).id)) positions.insert(ins.items.at(i).id, static_cast<int>(i));
    return positions;
}

bool isOption(const Instrument &ins, int value)
{
    return std::any_of(ins.options.cbegin(), ins.options.cend(), [value](const AnswerOption &o) { return o.value == value; });
}

/// A scale over the valid answers; a sum with missing answers is prorated to the full length.
/// Reverse items are turned around.
double scaleValue(const Instrument &ins, const Scale &scale, const std::vector<int> &valid,
                  const QHash<QString, int> &positions, int lo, int hi)
{
    double sum = 0;
    int answered = 0;
    for (const QString &id : scale.items) {
        const int p = positions.value(id, -1);
        if (p < 0 || valid[static_cast<size_t>(p)] == kNone) continue;
        const int v = valid[static_cast<size_t>(p)];
        sum += ins.items.at(p).reverse ? lo + hi - v : v;
        ++answered;
    }
    if (answered == 0) return 0;
    if (scale.method == Method::Mean) return sum / answered;
    if (answered == scale.items.size()) return sum;
    return std::floor(sum * scale.items.size() / answered + 0.5);
}

/// Scores the valid answers (by item position, kNone where there is none); `outOfRange` answers
/// were not one of the options.
SheetScore scoreValid(const Instrument &ins, const std::vector<int> &valid, int outOfRange,
                      const QHash<QString, int> &positions, std::optional<int> seconds)
{
    SheetScore out;
    out.instrument = ins.code;
    out.version = ins.version;
    const int lo = ins.minValue(), hi = ins.maxValue();
    const auto at = [&](const QString &id) {
        const int p = positions.value(id, -1);
        return p < 0 ? kNone : valid[static_cast<size_t>(p)];
    };
    out.answered = static_cast<int>(std::count_if(valid.cbegin(), valid.cend(), [](int v) { return v != kNone; }));
    out.missing = static_cast<int>(ins.items.size()) - out.answered;

    // Critical items first, on every sheet: they are never missed.
    for (const CriticalItem &c : ins.critical) {
        const int v = at(c.item);
        if (v != kNone && v > c.above) out.critical << CriticalHit{c.item, localized(c.reason)};
    }

    const auto invalid = [&out](const char *code, const QString &reason) {
        out.invalidCodes << QString::fromLatin1(code);
        out.invalidReasons << reason;
    };
    if (outOfRange > 0)
        invalid("options", Tr::tr("%n answers are not one of the instrument's options.", nullptr, outOfRange));
    if (out.missing > ins.validity.maxMissing)
        invalid("missing", Tr::tr("%n items are unanswered; at most %1 may be.", nullptr, out.missing)
                               .arg(ins.validity.maxMissing));
    if (ins.validity.sameAnswerInvalid && out.answered == ins.items.size() && out.answered > 1) {
        const int first = valid.front();
        if (std::all_of(valid.cbegin(), valid.cend(), [first](int v) { return v == first; }))
            invalid("same", Tr::tr("Every item has the same answer."));
    }
    if (ins.validity.minSeconds > 0 && seconds && *seconds < ins.validity.minSeconds)
        invalid("fast", Tr::tr("Answered in %1 seconds, faster than the %2 seconds the items take to read.")
                                  .arg(*seconds)
                                  .arg(ins.validity.minSeconds));
    if (!ins.validity.lieItems.isEmpty()) {
        int lie = 0;
        for (const QString &id : ins.validity.lieItems) {
            const int v = at(id);
            if (v != kNone && v > lo) ++lie;
        }
        if (lie >= ins.validity.lieThreshold)
            invalid("lie", Tr::tr("The lie scale is %1 (%2 or more makes the sheet invalid).")
                               .arg(lie)
                               .arg(ins.validity.lieThreshold));
    }
    out.valid = out.invalidReasons.isEmpty();

    for (const Scale &s : ins.subscales) {
        const double v = scaleValue(ins, s, valid, positions, lo, hi);
        out.subscales << ScaleScore{s.code, v, out.valid && s.flag.flags(v)};
    }
    out.total = scaleValue(ins, ins.total, valid, positions, lo, hi);
    if (!out.valid) return out;
    for (qsizetype i = 0; i < ins.bands.size(); ++i) {
        const Band &b = ins.bands.at(i);
        const bool last = i + 1 == ins.bands.size();
        const bool inside = ins.total.method == Method::Sum
                                ? out.total >= b.min && out.total <= b.max
                                : out.total >= b.min && (out.total < b.max || (last && out.total <= b.max));
        if (inside) {
            out.band = static_cast<int>(i);
            break;
        }
    }
    out.totalFlagged = ins.total.flag.flags(out.total) || (out.band >= 0 && ins.bands.at(out.band).flag);
    return out;
}

}  // namespace

QString invalidReasonName(const QString &code)
{
    if (code == QLatin1String("options")) return Tr::tr("answers that are not one of the options");
    if (code == QLatin1String("missing")) return Tr::tr("too many unanswered items");
    if (code == QLatin1String("same")) return Tr::tr("every item has the same answer");
    if (code == QLatin1String("fast")) return Tr::tr("answered too fast");
    if (code == QLatin1String("lie")) return Tr::tr("lie scale at or above its threshold");
    return code;
}

bool SheetScore::needsFollowUp() const
{
    if (!valid || !critical.isEmpty() || totalFlagged) return true;
    for (const ScaleScore &s : subscales)
        if (s.flagged) return true;
    return false;
}

SheetScore scoreSheet(const Instrument &ins, const Answers &answers, std::optional<int> seconds)
{
    // Only answers that are one of the options count; others are named.
    const QHash<QString, int> positions = positionsOf(ins);
    std::vector<int> valid(static_cast<size_t>(ins.items.size()), kNone);
    int outOfRange = 0;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const int p = positions.value(it.key(), -1);
        if (p < 0) continue;
        if (isOption(ins, it.value())) valid[static_cast<size_t>(p)] = it.value();
        else ++outOfRange;
    }
    return scoreValid(ins, valid, outOfRange, positions, seconds);
}

SheetScore scoreAnswerRow(const Instrument &ins, const AnswerRow &row, std::optional<int> seconds)
{
    std::vector<int> valid(static_cast<size_t>(ins.items.size()), kNone);
    int outOfRange = 0;
    const size_t n = std::min(row.size(), valid.size());
    for (size_t i = 0; i < n; ++i) {
        if (row[i] == kUnanswered) continue;
        if (isOption(ins, row[i])) valid[i] = row[i];
        else ++outOfRange;
    }
    return scoreValid(ins, valid, outOfRange, positionsOf(ins), seconds);
}

}  // namespace cd::screening
