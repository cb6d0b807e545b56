#include "screening/Instrument.h"

#include <QLocale>

#include <algorithm>

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

}  // namespace cd::screening
