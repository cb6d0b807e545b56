#include "screening/Instrument.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace cd::screening {

QString localized(const LocalText &text)
{
    if (text.isEmpty()) return {};
    const QString ui = QLocale().name();  // e.g. "zh_CN"
    if (text.contains(ui)) return text.value(ui);
    const QString language = ui.section(u'_', 0, 0);
    for (auto it = text.cbegin(); it != text.cend(); ++it)
        if (it.key().section(u'_', 0, 0) == language) return it.value();
    return text.value(QStringLiteral("en"), text.first());
}

bool hasTextFor(const LocalText &text, const QString &locale)
{
    const QString language = locale.section(u'_', 0, 0);
    for (auto it = text.cbegin(); it != text.cend(); ++it)
        if (!it.value().trimmed().isEmpty() && (it.key() == locale || it.key().section(u'_', 0, 0) == language))
            return true;
    return false;
}

QStringList Instrument::itemLanguages() const
{
    if (items.isEmpty()) return {};
    QStringList languages;
    for (auto it = items.first().text.cbegin(); it != items.first().text.cend(); ++it) {
        const bool everyItem = std::all_of(items.cbegin(), items.cend(), [&](const Item &i) {
            return !i.text.value(it.key()).trimmed().isEmpty();
        });
        if (everyItem) languages << it.key();
    }
    return languages;  // QMap keys: already sorted
}

bool Instrument::itemsReadableIn(const QString &locale) const
{
    return std::all_of(items.cbegin(), items.cend(), [&](const Item &i) { return hasTextFor(i.text, locale); });
}

int Instrument::minValue() const
{
    int v = options.isEmpty() ? 0 : options.first().value;
    for (const AnswerOption &o : options) v = std::min(v, o.value);
    return v;
}

int Instrument::maxValue() const
{
    int v = options.isEmpty() ? 0 : options.first().value;
    for (const AnswerOption &o : options) v = std::max(v, o.value);
    return v;
}

const Item *Instrument::item(const QString &id) const
{
    for (const Item &i : items)
        if (i.id == id) return &i;
    return nullptr;
}

double Instrument::lowestTotal() const
{
    return total.method == Method::Mean ? minValue() : double(minValue()) * total.items.size();
}

double Instrument::highestTotal() const
{
    return total.method == Method::Mean ? maxValue() : double(maxValue()) * total.items.size();
}

int Instrument::itemIndex(const QString &id) const
{
    for (qsizetype i = 0; i < items.size(); ++i)
        if (items.at(i).id == id) return static_cast<int>(i);
    return -1;
}

std::optional<double> Instrument::tScore(const QString &scale, double raw, int grade, const QString &sex) const
{
    const Norm *best = nullptr;
    int bestRank = -1;
    for (const Norm &n : norms) {
        if (!n.fits(scale, grade, sex) || n.sd <= 0) continue;
        const int rank = (n.grades.isEmpty() ? 0 : 2) + (n.sex.isEmpty() ? 0 : 1);
        if (rank > bestRank) {
            best = &n;
            bestRank = rank;
        }
    }
    if (!best) return std::nullopt;
    return std::round((50.0 + 10.0 * (raw - best->mean) / best->sd) * 10.0) / 10.0;
}

}  // namespace cd::screening
