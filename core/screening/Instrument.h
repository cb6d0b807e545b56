#pragma once
// A screening instrument as data (docs/instrument-format.md): items and their answer options,
// reverse-scored items, subscales, the total, bands, validity rules, critical items. Shipped
// definitions live under resources/instruments/ (embedded at :/instruments); a school loads the
// definitions it holds a licence for. Every score records the definition's code and version.

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace cd::screening {

/// Text in several languages ("en", "zh_CN", …); empty when the definition has none.
using LocalText = QMap<QString, QString>;
/// The text for the current UI language, else English, else any.
QString localized(const LocalText &text);
/// Whether `text` has a text for `locale` ("zh_CN"; or another variant of its language), the
/// way localized() looks for it.
bool hasTextFor(const LocalText &text, const QString &locale);

struct AnswerOption {
    int value = 0;
    LocalText label;
    QStringList aliases;  ///< other wordings of this answer an answer file may use (an older translation)
};

struct Item {
    QString id;
    LocalText text;  ///< the official wording, only where its licence allows (never invented)
    bool reverse = false;
};

/// A score flags the sheet when it reaches `atLeast` or falls below `below`.
struct FlagRule {
    std::optional<double> atLeast;
    std::optional<double> below;
    bool flags(double score) const
    {
        return (atLeast && score >= *atLeast) || (below && score < *below);
    }
    bool isSet() const { return atLeast || below; }
};

enum class Method { Sum, Mean };

struct Scale {
    QString code;  ///< "total" for the total
    LocalText name;
    QStringList items;
    Method method = Method::Sum;
    FlagRule flag;
};

struct Band {
    double min = 0;
    double max = 0;
    LocalText label;
    bool flag = false;  ///< a sheet in this band is flagged for follow-up
};

struct CriticalItem {
    QString item;
    int above = 0;  ///< flagged when the answer's value is greater than this
    LocalText reason;
};

struct Validity {
    int maxMissing = 0;
    bool sameAnswerInvalid = false;  ///< every item answered with the same option
    int minSeconds = 0;              ///< 0: no rule
    QStringList lieItems;            ///< counted as answered "yes" (value > the lowest option)
    int lieThreshold = 0;            ///< lie score at or above this invalidates the sheet
};

/// A norm row: the mean and standard deviation of a scale in a reference group, so that a raw
/// score becomes a T-score (50 + 10 × (raw − mean) / sd).
struct Norm {
    QString scale;      ///< "total" or a subscale code
    QList<int> grades;  ///< the grades it is for; empty: every grade
    QString sex;        ///< "M", "F", or empty: both
    double mean = 0;
    double sd = 1;
    bool fits(const QString &scaleCode, int grade, const QString &sexCode) const
    {
        return scale == scaleCode && (grades.isEmpty() || grades.contains(grade)) && (sex.isEmpty() || sex == sexCode);
    }
};

struct Instrument {
    QString code;
    QString version;
    LocalText name;
    LocalText instructions;
    QString licence;
    LocalText source;  ///< per language: where that language's item text was published
    QList<AnswerOption> options;
    QList<Item> items;
    QList<Scale> subscales;
    Scale total;
    QList<Band> bands;
    Validity validity;
    QList<CriticalItem> critical;
    QList<Norm> norms;

    /// The languages every item has text in ("en", "zh_CN"), sorted; empty when items are numbers only.
    QStringList itemLanguages() const;
    /// Whether every item has text for `locale` (see hasTextFor).
    bool itemsReadableIn(const QString &locale) const;

    int minValue() const;
    int maxValue() const;
    const Item *item(const QString &id) const;
    /// The lowest and highest total a complete sheet can have.
    double lowestTotal() const;
    double highestTotal() const;
    /// The position of an item in `items`, or -1.
    int itemIndex(const QString &id) const;
    /// The T-score of `raw` on `scale` for a student of `grade` and `sex` ("M"/"F"/""), when a norm
    /// fits (the most specific one: grade and sex, then grade, then sex, then any).
    std::optional<double> tScore(const QString &scale, double raw, int grade, const QString &sex) const;
};

}  // namespace cd::screening
