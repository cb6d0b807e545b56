#include "screening/Scoring.h"

#include <QCoreApplication>

#include <cmath>

namespace cd::screening {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Scoring)
};

/// An item's contribution: its value, turned around when the item is reverse-scored.
int itemValue(const Instrument &ins, const Item &item, int value)
{
    return item.reverse ? ins.minValue() + ins.maxValue() - value : value;
}

/// A scale over the valid answers; a sum with missing answers is prorated to the full length.
double scaleValue(const Instrument &ins, const Scale &scale, const Answers &valid)
{
    double sum = 0;
    int answered = 0;
    for (const QString &id : scale.items) {
        const auto it = valid.constFind(id);
        if (it == valid.cend()) continue;
        sum += itemValue(ins, *ins.item(id), *it);
        ++answered;
    }
    if (answered == 0) return 0;
    if (scale.method == Method::Mean) return sum / answered;
    if (answered == scale.items.size()) return sum;
    return std::floor(sum * scale.items.size() / answered + 0.5);
}

}  // namespace

QString invalidReasonName(const QString &code)
{
    if (code == QLatin1String("options")) return Tr::tr("answers that are not one of the options");
    if (code == QLatin1String("missing")) return Tr::tr("too many unanswered items");
    if (code == QLatin1String("same")) return Tr::tr("every item has the same answer");
    if (code == QLatin1String("fast")) return Tr::tr("answered too fast");
    if (code == QLatin1String("lie")) return Tr::tr("lie scale at the threshold");
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
    SheetScore out;
    out.instrument = ins.code;
    out.version = ins.version;

    // Only answers that are one of the options count; others are named.
    Answers valid;
    int outOfRange = 0;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (!ins.item(it.key())) continue;
        const bool known = std::any_of(ins.options.cbegin(), ins.options.cend(),
                                       [&](const AnswerOption &o) { return o.value == it.value(); });
        if (known) valid.insert(it.key(), it.value());
        else ++outOfRange;
    }
    out.answered = static_cast<int>(valid.size());
    out.missing = static_cast<int>(ins.items.size()) - out.answered;

    // Critical items first, on every sheet: they are never missed.
    for (const CriticalItem &c : ins.critical) {
        const auto it = valid.constFind(c.item);
        if (it != valid.cend() && *it > c.above) out.critical << CriticalHit{c.item, localized(c.reason)};
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
        const int first = valid.first();
        if (std::all_of(valid.cbegin(), valid.cend(), [first](int v) { return v == first; }))
            invalid("same", Tr::tr("Every item has the same answer."));
    }
    if (ins.validity.minSeconds > 0 && seconds && *seconds < ins.validity.minSeconds)
        invalid("fast", Tr::tr("Answered in %1 seconds, faster than the %2 seconds the items take to read.")
                                  .arg(*seconds)
                                  .arg(ins.validity.minSeconds));
    if (!ins.validity.lieItems.isEmpty()) {
        int lie = 0;
        for (const QString &id : ins.validity.lieItems)
            if (valid.contains(id) && valid.value(id) > ins.minValue()) ++lie;
        if (lie >= ins.validity.lieThreshold)
            invalid("lie", Tr::tr("The lie scale is %1 (%2 or more makes the sheet invalid).")
                               .arg(lie)
                               .arg(ins.validity.lieThreshold));
    }
    out.valid = out.invalidReasons.isEmpty();

    for (const Scale &s : ins.subscales) {
        const double v = scaleValue(ins, s, valid);
        out.subscales << ScaleScore{s.code, v, out.valid && s.flag.flags(v)};
    }
    out.total = scaleValue(ins, ins.total, valid);
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

}  // namespace cd::screening
