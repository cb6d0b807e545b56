#include "screening/InstrumentReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cd::screening {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Instruments)
};

constexpr qint64 kMaxDefinitionBytes = 4 << 20;

/// The line each value of a (valid) JSON text starts on, by path: "items[3]", "bands[0].min".
class LineMap {
public:
    explicit LineMap(const QByteArray &json) : m_json(json) { value(QString()); }
    int line(const QString &path) const
    {
        // The field itself, else the nearest enclosing one that was recorded.
        QString p = path;
        while (!p.isEmpty()) {
            if (auto it = m_lines.constFind(p); it != m_lines.cend()) return *it;
            const qsizetype cut = std::max(p.lastIndexOf(u'.'), p.lastIndexOf(u'['));
            p = cut > 0 ? p.left(cut) : QString();
        }
        return 1;
    }

private:
    void skipSpace()
    {
        while (m_at < m_json.size() && std::isspace(static_cast<unsigned char>(m_json[m_at]))) {
            if (m_json[m_at] == '\n') ++m_line;
            ++m_at;
        }
    }
    QString string()
    {
        QByteArray out;
        ++m_at;  // opening quote
        while (m_at < m_json.size() && m_json[m_at] != '"') {
            if (m_json[m_at] == '\\') ++m_at;
            if (m_at < m_json.size()) out += m_json[m_at++];
        }
        ++m_at;
        return QString::fromUtf8(out);
    }
    void value(const QString &path)
    {
        skipSpace();
        if (m_at >= m_json.size()) return;
        m_lines.insert(path, m_line);
        const char c = m_json[m_at];
        if (c == '{') {
            ++m_at;
            for (;;) {
                skipSpace();
                if (m_at >= m_json.size() || m_json[m_at] == '}') break;
                if (m_json[m_at] == ',') {
                    ++m_at;
                    continue;
                }
                const QString key = string();
                skipSpace();
                ++m_at;  // ':'
                value(path.isEmpty() ? key : path + u'.' + key);
            }
            ++m_at;
        } else if (c == '[') {
            ++m_at;
            int index = 0;
            for (;;) {
                skipSpace();
                if (m_at >= m_json.size() || m_json[m_at] == ']') break;
                if (m_json[m_at] == ',') {
                    ++m_at;
                    continue;
                }
                value(path + u'[' + QString::number(index++) + u']');
            }
            ++m_at;
        } else if (c == '"') {
            string();
        } else {
            while (m_at < m_json.size() && !std::strchr(",}] \t\r\n", m_json[m_at])) ++m_at;
        }
    }

    const QByteArray &m_json;
    qsizetype m_at = 0;
    int m_line = 1;
    QHash<QString, int> m_lines;
};

/// Collects the problems of one definition, each with its line and field.
class Checker {
public:
    Checker(const QByteArray &json, QString fileName) : m_lines(json), m_file(std::move(fileName)) {}

    void problem(const QString &path, const QString &text)
    {
        if (m_first.isEmpty())
            //: %1 file, %2 line, %3 field such as bands[2], %4 what is wrong
            m_first = Tr::tr("%1, line %2 (%3): %4").arg(m_file).arg(m_lines.line(path)).arg(path, text);
        ++m_count;
    }
    bool ok() const { return m_count == 0; }
    Error error() const
    {
        return makeError(ErrorCode::InvalidInput,
                         m_count == 1 ? m_first
                                      : Tr::tr("%1 (and %n more problems)", nullptr, m_count - 1).arg(m_first));
    }

private:
    LineMap m_lines;
    QString m_file;
    QString m_first;
    int m_count = 0;
};

LocalText localText(const QJsonValue &value)
{
    LocalText text;
    if (value.isString()) text.insert(u"en"_s, value.toString());
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) text.insert(it.key(), it.value().toString());
    return text;
}

std::optional<int> wholeNumber(const QJsonValue &v)
{
    if (!v.isDouble()) return std::nullopt;
    const double d = v.toDouble();
    if (std::floor(d) != d || std::fabs(d) > 1e6) return std::nullopt;
    return static_cast<int>(d);
}

FlagRule flagRule(const QJsonValue &value, const QString &path, Checker &check)
{
    FlagRule rule;
    if (value.isUndefined()) return rule;
    const QJsonObject o = value.toObject();
    if (o.contains(u"at_least"_s)) rule.atLeast = o.value(u"at_least"_s).toDouble();
    if (o.contains(u"below"_s)) rule.below = o.value(u"below"_s).toDouble();
    if (!rule.isSet()) check.problem(path, Tr::tr("a flag needs \"at_least\" or \"below\""));
    return rule;
}

/// Item ids of a scale: "all", or a list of ids that exist, each once.
QStringList scaleItems(const QJsonValue &value, const QString &path, const Instrument &ins, Checker &check)
{
    QStringList ids;
    if (value.toString() == u"all"_s) {
        for (const Item &i : ins.items) ids << i.id;
        return ids;
    }
    const QJsonArray array = value.toArray();
    if (array.isEmpty()) check.problem(path, Tr::tr("list the item ids, or write \"all\""));
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString id = array.at(i).isDouble() ? QString::number(array.at(i).toInt()) : array.at(i).toString();
        const QString at = path + u'[' + QString::number(i) + u']';
        if (!ins.item(id)) check.problem(at, Tr::tr("there is no item \"%1\"").arg(id));
        else if (seen.contains(id)) check.problem(at, Tr::tr("item \"%1\" is referenced twice").arg(id));
        seen.insert(id);
        ids << id;
    }
    return ids;
}

Scale readScale(const QJsonObject &o, const QString &path, const Instrument &ins, Checker &check)
{
    Scale s;
    s.code = o.value(u"code"_s).toString();
    s.name = localText(o.value(u"name"_s));
    s.items = scaleItems(o.value(u"items"_s), path + u".items"_s, ins, check);
    const QString method = o.value(u"method"_s).toString(u"sum"_s);
    if (method == u"mean"_s) s.method = Method::Mean;
    else if (method != u"sum"_s) check.problem(path + u".method"_s, Tr::tr("the method is \"sum\" or \"mean\""));
    s.flag = flagRule(o.value(u"flag"_s), path + u".flag"_s, check);
    return s;
}

void checkBands(Instrument &ins, const QJsonArray &array, Checker &check)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString path = u"bands["_s + QString::number(i) + u']';
        Band b;
        if (!o.value(u"min"_s).isDouble() || !o.value(u"max"_s).isDouble()) {
            check.problem(path, Tr::tr("a band needs numbers \"min\" and \"max\""));
            continue;
        }
        b.min = o.value(u"min"_s).toDouble();
        b.max = o.value(u"max"_s).toDouble();
        b.label = localText(o.value(u"label"_s));
        b.flag = o.value(u"flag"_s).toBool();
        if (b.max < b.min) check.problem(path, Tr::tr("\"max\" is below \"min\""));
        if (b.label.isEmpty()) check.problem(path + u".label"_s, Tr::tr("the band has no label"));
        ins.bands << b;
    }
    if (ins.bands.isEmpty()) return;
    // Sums are whole numbers: bands must follow each other without a gap or an overlap; means
    // are continuous: each band starts where the one before ends (min inclusive).
    const bool whole = ins.total.method == Method::Sum;
    for (qsizetype i = 1; i < ins.bands.size(); ++i) {
        const Band &prev = ins.bands.at(i - 1);
        const Band &next = ins.bands.at(i);
        const QString path = u"bands["_s + QString::number(i) + u']';
        const double expected = whole ? prev.max + 1 : prev.max;
        if (next.min > expected)
            check.problem(path, Tr::tr("a gap after the band before: no band holds %1 to %2")
                                    .arg(whole ? prev.max + 1 : prev.max)
                                    .arg(whole ? next.min - 1 : next.min));
        else if (next.min < expected)
            check.problem(path, Tr::tr("overlaps the band before (it starts at %1, that one ends at %2)")
                                    .arg(next.min)
                                    .arg(prev.max));
    }
    if (ins.bands.first().min > ins.lowestTotal())
        check.problem(u"bands[0]"_s, Tr::tr("no band holds the lowest possible total, %1").arg(ins.lowestTotal()));
    if (ins.bands.last().max < ins.highestTotal())
        check.problem(u"bands["_s + QString::number(ins.bands.size() - 1) + u']',
                      Tr::tr("no band holds the highest possible total, %1").arg(ins.highestTotal()));
}

/// Norm rows: {"scale": "total", "grades": [7, 8], "sex": "F", "mean": 6.1, "sd": 4.3}.
void readNorms(Instrument &ins, const QJsonArray &array, Checker &check)
{
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        const QString path = u"norms["_s + QString::number(i) + u']';
        Norm n;
        n.scale = o.value(u"scale"_s).toString(u"total"_s);
        n.sex = o.value(u"sex"_s).toString();
        n.mean = o.value(u"mean"_s).toDouble(qQNaN());
        n.sd = o.value(u"sd"_s).toDouble(qQNaN());
        const bool knownScale = n.scale == u"total"_s
                                || std::any_of(ins.subscales.cbegin(), ins.subscales.cend(),
                                               [&](const Scale &s) { return s.code == n.scale; });
        if (!knownScale) check.problem(path + u".scale"_s, Tr::tr("there is no scale \"%1\"").arg(n.scale));
        if (!n.sex.isEmpty() && n.sex != u"M"_s && n.sex != u"F"_s)
            check.problem(path + u".sex"_s, Tr::tr("\"M\", \"F\", or leave it out for both"));
        if (!std::isfinite(n.mean)) check.problem(path + u".mean"_s, Tr::tr("the mean is a number"));
        if (!std::isfinite(n.sd) || n.sd <= 0) check.problem(path + u".sd"_s, Tr::tr("the standard deviation is a number above 0"));
        const QJsonArray grades = o.value(u"grades"_s).toArray();
        for (qsizetype g = 0; g < grades.size(); ++g) {
            const auto grade = wholeNumber(grades.at(g));
            if (!grade || *grade < 1 || *grade > 12)
                check.problem(path + u".grades["_s + QString::number(g) + u']', Tr::tr("a grade from 1 to 12"));
            else n.grades << *grade;
        }
        for (qsizetype j = 0; j < i; ++j) {
            const Norm &o2 = ins.norms.value(j);
            if (o2.scale == n.scale && o2.sex == n.sex && o2.grades == n.grades)
                check.problem(path, Tr::tr("the same scale, grades and sex as norms[%1]").arg(j));
        }
        ins.norms << n;
    }
}

}  // namespace

Result<Instrument> parseInstrument(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const QByteArray before = json.left(parseError.offset);
        const int line = static_cast<int>(before.count('\n')) + 1;
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1, line %2: not a valid definition (%3).")
                             .arg(fileName)
                             .arg(line)
                             .arg(doc.isObject() || parseError.error != QJsonParseError::NoError
                                      ? parseError.errorString()
                                      : Tr::tr("the file must hold one JSON object")));
    }
    Checker check(json, fileName);
    const QJsonObject root = doc.object();
    Instrument ins;
    if (root.value(u"format"_s).toInt() != 1) check.problem(u"format"_s, Tr::tr("only format 1 is known"));
    ins.code = root.value(u"code"_s).toString().trimmed();
    ins.version = root.value(u"version"_s).toString().trimmed();
    ins.name = localText(root.value(u"name"_s));
    ins.licence = root.value(u"licence"_s).toString();
    const QJsonValue source = root.value(u"source"_s);
    if (!source.isUndefined() && !source.isString() && !source.isObject())
        check.problem(u"source"_s, Tr::tr("the source is a text, or texts by language"));
    ins.source = localText(source);
    ins.instructions = localText(root.value(u"instructions"_s));
    if (ins.code.isEmpty()) check.problem(u"code"_s, Tr::tr("the instrument needs a code, such as \"PHQ-9\""));
    if (ins.version.isEmpty()) check.problem(u"version"_s, Tr::tr("the definition needs a version"));
    if (ins.name.isEmpty()) check.problem(u"name"_s, Tr::tr("the instrument needs a name"));

    const QJsonArray options = root.value(u"options"_s).toArray();
    if (options.size() < 2) check.problem(u"options"_s, Tr::tr("at least two answer options are needed"));
    QSet<int> values;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString path = u"options["_s + QString::number(i) + u']';
        const auto value = wholeNumber(options.at(i).toObject().value(u"value"_s));
        if (!value || *value < 0 || *value > 1000) {
            check.problem(path + u".value"_s, Tr::tr("an answer's value is a whole number from 0 to 1000"));
            continue;
        }
        if (values.contains(*value)) check.problem(path + u".value"_s, Tr::tr("the value %1 is used twice").arg(*value));
        values.insert(*value);
        AnswerOption option{*value, localText(options.at(i).toObject().value(u"label"_s)), {}};
        const QJsonValue aliases = options.at(i).toObject().value(u"aliases"_s);
        for (const QJsonValue &alias : aliases.toArray()) option.aliases << alias.toString();
        if (!aliases.isUndefined() && (!aliases.isArray() || option.aliases.contains(QString())))
            check.problem(path + u".aliases"_s, Tr::tr("aliases are a list of texts"));
        ins.options << option;
    }

    const QJsonArray items = root.value(u"items"_s).toArray();
    if (items.isEmpty()) check.problem(u"items"_s, Tr::tr("the instrument has no items"));
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items.at(i).toObject();
        const QString path = u"items["_s + QString::number(i) + u']';
        Item item;
        item.id = o.value(u"id"_s).isDouble() ? QString::number(o.value(u"id"_s).toInt()) : o.value(u"id"_s).toString();
        item.text = localText(o.value(u"text"_s));
        item.reverse = o.value(u"reverse"_s).toBool();
        if (item.id.isEmpty()) check.problem(path + u".id"_s, Tr::tr("the item has no id"));
        else if (item.id.contains(u',') || item.id.contains(u';') || item.id.contains(u'='))
            check.problem(path + u".id"_s, Tr::tr("a code is letters, digits, \"-\" or \"_\""));
        else if (ins.item(item.id)) check.problem(path + u".id"_s, Tr::tr("the id \"%1\" is used twice").arg(item.id));
        ins.items << item;
    }

    const QJsonArray subscales = root.value(u"subscales"_s).toArray();
    QSet<QString> codes;
    for (qsizetype i = 0; i < subscales.size(); ++i) {
        const QString path = u"subscales["_s + QString::number(i) + u']';
        Scale s = readScale(subscales.at(i).toObject(), path, ins, check);
        if (s.code.isEmpty() || s.code == u"total"_s)
            check.problem(path + u".code"_s, Tr::tr("a subscale needs a code of its own"));
        else if (s.code.contains(u';') || s.code.contains(u'=') || s.code.contains(u','))
            check.problem(path + u".code"_s, Tr::tr("a code is letters, digits, \"-\" or \"_\""));
        else if (codes.contains(s.code))
            check.problem(path + u".code"_s, Tr::tr("the code \"%1\" is used twice").arg(s.code));
        codes.insert(s.code);
        ins.subscales << s;
    }
    const QJsonObject total = root.value(u"total"_s).toObject();
    if (total.isEmpty()) check.problem(u"total"_s, Tr::tr("say how the total is made (\"items\": \"all\", \"method\": \"sum\")"));
    ins.total = readScale(total, u"total"_s, ins, check);
    ins.total.code = u"total"_s;

    checkBands(ins, root.value(u"bands"_s).toArray(), check);

    const QJsonObject validity = root.value(u"validity"_s).toObject();
    ins.validity.maxMissing = validity.value(u"max_missing"_s).toInt(0);
    ins.validity.sameAnswerInvalid = validity.value(u"same_answer"_s).toBool(false);
    ins.validity.minSeconds = validity.value(u"min_seconds"_s).toInt(0);
    if (ins.validity.maxMissing < 0 || ins.validity.maxMissing >= ins.items.size())
        check.problem(u"validity.max_missing"_s, Tr::tr("between 0 and one less than the number of items"));
    if (validity.contains(u"lie"_s)) {
        const QJsonObject lie = validity.value(u"lie"_s).toObject();
        ins.validity.lieItems = scaleItems(lie.value(u"items"_s), u"validity.lie.items"_s, ins, check);
        ins.validity.lieThreshold = lie.value(u"threshold"_s).toInt(0);
        if (ins.validity.lieThreshold < 1 || ins.validity.lieThreshold > ins.validity.lieItems.size())
            check.problem(u"validity.lie.threshold"_s,
                          Tr::tr("the threshold must be between 1 and the number of lie items"));
    }

    const QJsonArray critical = root.value(u"critical"_s).toArray();
    for (qsizetype i = 0; i < critical.size(); ++i) {
        const QJsonObject o = critical.at(i).toObject();
        const QString path = u"critical["_s + QString::number(i) + u']';
        CriticalItem c;
        c.item = o.value(u"item"_s).isDouble() ? QString::number(o.value(u"item"_s).toInt()) : o.value(u"item"_s).toString();
        c.above = o.value(u"above"_s).toInt(0);
        c.reason = localText(o.value(u"reason"_s));
        if (!ins.item(c.item)) check.problem(path + u".item"_s, Tr::tr("there is no item \"%1\"").arg(c.item));
        if (c.above >= ins.maxValue())
            check.problem(path + u".above"_s, Tr::tr("no answer is above %1: the rule could never apply").arg(c.above));
        if (c.reason.isEmpty()) check.problem(path + u".reason"_s, Tr::tr("say why the item needs follow-up"));
        ins.critical << c;
    }
    readNorms(ins, root.value(u"norms"_s).toArray(), check);
    if (!check.ok()) return check.error();
    return ins;
}

Result<Instrument> readInstrumentFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (file.size() > kMaxDefinitionBytes)
        return makeError(ErrorCode::InvalidInput, Tr::tr("%1 is too large to be an instrument definition.").arg(name));
    return parseInstrument(file.readAll(), name);
}

Result<QList<Definition>> shippedDefinitions()
{
    static const Result<QList<Definition>> cached = []() -> Result<QList<Definition>> {
        static const char *const files[] = {"phq9.json", "gad7.json", "scared.json", "rosenberg.json", "cesdc.json", "k10.json"};
        QList<Definition> list;
        for (const char *name : files) {
            QFile file(u":/instruments/"_s + QLatin1String(name));
            if (!file.open(QIODevice::ReadOnly))
                return makeError(ErrorCode::Internal, Tr::tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
            const QByteArray json = file.readAll();
            auto ins = parseInstrument(json, QLatin1String(name));
            if (!ins) return ins.error();
            list << Definition{*ins, json};
        }
        return list;
    }();
    return cached;
}

Result<QList<Instrument>> shippedInstruments()
{
    auto definitions = shippedDefinitions();
    if (!definitions) return definitions.error();
    QList<Instrument> list;
    for (const Definition &d : *definitions) list << d.instrument;
    return list;
}

}  // namespace cd::screening
