#include "district/LeakGuard.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace cd::district {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(DistrictPackage)
};

constexpr int kFragment = 16;      ///< letters or digits in a note fragment
constexpr int kFragmentStep = 4;   ///< a fragment starts every this many
constexpr int kShortestNote = 8;
constexpr int kFragmentLetters = 4;
constexpr int kFilterBits = 22;    ///< the search's prefilter: 2^22 bits (512 KiB) per index

constexpr qsizetype kNormalizeChunk = 4096;

/// NFKC and case folding. Qt normalises a string in place, moving its tail at each character
/// whose form changes length, so a long text (a megabyte of a PDF's structure) is done in
/// pieces, each cut between two ASCII characters (no composition spans such a cut).
QString normalized(const QString &text)
{
    if (text.size() <= kNormalizeChunk) return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    while (from < text.size()) {
        qsizetype cut = qMin(from + kNormalizeChunk, text.size());
        while (cut < text.size() && !(text.at(cut - 1).unicode() < 0x80 && text.at(cut).unicode() < 0x80)) ++cut;
        out += text.mid(from, cut - from).normalized(QString::NormalizationForm_KC).toCaseFolded();
        from = cut;
    }
    return out;
}

/// Letters and digits only: a sentence re-wrapped, re-spaced or re-punctuated is still found.
QString squeezed(const QString &text)
{
    const QString n = normalized(text);
    QString out;
    out.reserve(n.size());
    for (const QChar c : n)
        if (c.isLetterOrNumber()) out += c;
    return out;
}

bool hasHan(const QString &text)
{
    for (const QChar c : text)
        if (c.script() == QChar::Script_Han) return true;
    return false;
}

// Polynomial rolling hash modulo 2^61 − 1.
constexpr quint64 kMod = (quint64(1) << 61) - 1;
constexpr quint64 kBase = 1000003;

quint64 mulMod(quint64 a, quint64 b)
{
    const __uint128_t p = static_cast<__uint128_t>(a) * b;
    const quint64 r = static_cast<quint64>(p & kMod) + static_cast<quint64>(p >> 61);
    return r >= kMod ? r - kMod : r;
}

quint64 addMod(quint64 a, quint64 b)
{
    const quint64 r = a + b;
    return r >= kMod ? r - kMod : r;
}

quint64 hashOf(QStringView text)
{
    quint64 h = 0;
    for (const QChar c : text) h = addMod(mulMod(h, kBase), quint64(c.unicode()) + 1);
    return h;
}

}  // namespace

std::size_t LeakGuard::Index::bucket(int length, quint64 hash)
{
    const quint64 mixed = (hash ^ (quint64(length) << 56)) * 0x9e3779b97f4a7c15ull;
    return static_cast<std::size_t>(mixed >> (64 - kFilterBits));
}

void LeakGuard::add(const QString &text, Kind kind, Edge edge, bool fragment, bool inTextOnly)
{
    if (text.isEmpty()) return;
    const int index = static_cast<int>(m_needles.size());
    bool digitsOnly = true;
    for (const QChar c : text) digitsOnly = digitsOnly && c.isDigit();
    m_needles.append(Needle{text, kind, edge, digitsOnly, inTextOnly});
    Index &into = fragment ? m_fragments : m_tokens;
    const quint64 hash = hashOf(text);
    into.byLength[static_cast<int>(text.size())].emplace(hash, index);
    if (into.filter.empty()) into.filter.assign(std::size_t(1) << (kFilterBits - 6), 0);
    const std::size_t b = Index::bucket(static_cast<int>(text.size()), hash);
    into.filter[b >> 6] |= quint64(1) << (b & 63);
}

void LeakGuard::addName(const QString &name)
{
    const QString n = normalized(name).simplified();
    const bool han = hasHan(n);
    if (n.size() < (han ? 2 : 3)) return;
    add(n, Kind::Name, han && n.size() >= 3 ? Edge::None : Edge::Letter, false);
}

void LeakGuard::addTypedName(const QString &name)
{
    const QString n = normalized(name).simplified();
    if (n.size() < (hasHan(n) ? 2 : 3)) return;
    add(n, Kind::Name, Edge::Letter, false);
}

void LeakGuard::addInitials(const QString &initials)
{
    const QString n = normalized(initials).simplified();
    bool letters = true;
    for (const QChar c : n) letters = letters && c.isLetter();
    if (letters && n.size() >= 4) add(n, Kind::Name, Edge::Letter, false);
}

void LeakGuard::addNumber(const QString &number, Kind kind)
{
    const QString n = normalized(number).trimmed();
    if (n.size() < 3) return;
    bool digitsOnly = true;
    for (const QChar c : n) digitsOnly = digitsOnly && c.isDigit();
    if (!digitsOnly || n.startsWith(u'0') || n.size() >= 7) {
        add(n, kind, Edge::Number, false);
        return;
    }
    // Digits only, short and without a leading zero: the same digits can be a figure of the tables
    // (a count, the funding in yuan), so such a number is searched only inside text, where a
    // figure never stands alone with letters. A four-digit one that reads as a year is not
    // searched at all: semester names carry years ("2026-2027学年").
    const int value = n.toInt();
    if (n.size() == 4 && value >= 1900 && value <= 2099) return;
    add(n, kind, Edge::Number, false, true);
}

void LeakGuard::addStudentNumber(const QString &number) { addNumber(number, Kind::StudentNumber); }

void LeakGuard::addReferralNumber(const QString &number) { addNumber(number, Kind::ReferralNumber); }

void LeakGuard::addBirthDate(const QDate &date)
{
    if (!date.isValid()) return;
    static const char *const formats[] = {"yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd", "yyyyMMdd",   "yyyy-M-d",
                                          "yyyy/M/d",   "yyyy.M.d",   "dd/MM/yyyy", "MM/dd/yyyy", "d/M/yyyy",
                                          "M/d/yyyy",   "dd.MM.yyyy"};
    for (const char *f : formats) add(date.toString(QLatin1String(f)), Kind::BirthDate, Edge::Digit, false);
    add(u"%1年%2月%3日"_s.arg(date.year()).arg(date.month()).arg(date.day()), Kind::BirthDate, Edge::Digit, false);
    add(u"%1年%2月%3日"_s.arg(date.year()).arg(date.month(), 2, 10, QLatin1Char('0')).arg(date.day(), 2, 10, QLatin1Char('0')),
        Kind::BirthDate, Edge::Digit, false);
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    add(normalized(english.toString(date, u"d MMMM yyyy"_s)), Kind::BirthDate, Edge::Digit, false);
    add(normalized(english.toString(date, u"MMMM d, yyyy"_s)), Kind::BirthDate, Edge::Digit, false);
}

void LeakGuard::addPhone(const QString &phone)
{
    QString digits;
    for (const QChar c : normalized(phone))
        if (c.isDigit()) digits += c;
    if (digits.size() < 7) return;
    add(digits, Kind::GuardianPhone, Edge::Digit, false);
    const QString asStored = normalized(phone).simplified();
    if (asStored != digits) add(asStored, Kind::GuardianPhone, Edge::Digit, false);
    if (digits.size() == 11)  // a mobile number, as people group it: 138-1234-5678, 138 1234 5678
        for (const QChar sep : {u'-', u' '})
            add(digits.left(3) + sep + digits.mid(3, 4) + sep + digits.mid(7), Kind::GuardianPhone, Edge::Digit,
                false);
}

void LeakGuard::addPublicText(const QString &text)
{
    const QString s = squeezed(text);
    if (s.size() >= kShortestNote) m_public << s;
}

void LeakGuard::addNoteText(const QString &text)
{
    const QString s = squeezed(text);
    if (s.size() < kShortestNote) return;
    const auto addWindow = [&](qsizetype from, qsizetype length) {
        const QString w = s.mid(from, length);
        int letters = 0;
        for (const QChar c : w) letters += c.isLetter() ? 1 : 0;
        if (letters < kFragmentLetters) return;
        for (const QString &published : std::as_const(m_public))
            if (published.contains(w)) return;
        add(w, Kind::NoteText, Edge::None, true);
    };
    if (s.size() <= kFragment) {
        addWindow(0, s.size());
        return;
    }
    qsizetype from = 0;
    for (; from + kFragment <= s.size(); from += kFragmentStep) addWindow(from, kFragment);
    if (from - kFragmentStep + kFragment < s.size()) addWindow(s.size() - kFragment, kFragment);
}

namespace {

/// What separates the fields of the files searched (CSV cells, JSON and XML values, lines).
bool endsField(QChar c)
{
    static const QString kSeparators = u"\n\r\t,\"<>{}[];|"_s;
    return kSeparators.contains(c);
}

/// True when the field around [from, from + length) holds a letter: the match is inside text.
bool inText(const QString &haystack, qsizetype from, qsizetype length)
{
    for (qsizetype i = from - 1; i >= 0 && !endsField(haystack.at(i)); --i)
        if (haystack.at(i).isLetter()) return true;
    for (qsizetype i = from + length; i < haystack.size() && !endsField(haystack.at(i)); ++i)
        if (haystack.at(i).isLetter()) return true;
    return false;
}

}  // namespace

std::optional<LeakGuard::Kind> LeakGuard::search(const QString &haystack, const Index &index, Scope scope) const
{
    const qsizetype n = haystack.size();
    if (index.byLength.isEmpty() || n == 0) return std::nullopt;
    QVector<quint64> prefix(n + 1, 0);
    for (qsizetype i = 0; i < n; ++i) prefix[i + 1] = addMod(mulMod(prefix[i], kBase), quint64(haystack.at(i).unicode()) + 1);
    const QStringView view(haystack);
    const auto at = [&](qsizetype i) { return i >= 0 && i < n ? haystack.at(i) : QChar(u' '); };
    for (auto it = index.byLength.cbegin(); it != index.byLength.cend(); ++it) {
        const int length = it.key();
        if (length > n) continue;
        quint64 power = 1;
        for (int i = 0; i < length; ++i) power = mulMod(power, kBase);
        const auto &hashes = it.value();
        for (qsizetype i = 0; i + length <= n; ++i) {
            const quint64 h = addMod(prefix[i + length], kMod - mulMod(prefix[i], power));
            const std::size_t b = Index::bucket(length, h);
            if (!(index.filter[b >> 6] >> (b & 63) & 1)) continue;
            auto [first, last] = hashes.equal_range(h);
            for (; first != last; ++first) {
                const Needle &needle = m_needles.at(first->second);
                if (view.mid(i, length) != needle.text) continue;
                if (scope == Scope::PdfStructure && needle.digitsOnly) continue;
                // `c` beside the match, `beyond` the character past it.
                const auto blocks = [&](QChar c, QChar beyond) {
                    switch (needle.edge) {
                    case Edge::None: return false;
                    case Edge::Letter: return c.isLetter();
                    case Edge::Digit: return c.isDigit();
                    case Edge::Number:  // Han beside it is text ("学号1234"); a decimal point is a figure's
                        return (c.isLetterOrNumber() && c.script() != QChar::Script_Han)
                               || (c == u'.' && beyond.isDigit());
                    }
                    return false;
                };
                if (blocks(at(i - 1), at(i - 2)) || blocks(at(i + length), at(i + length + 1))) continue;
                if (needle.inTextOnly && !inText(haystack, i, length)) continue;
                return needle.kind;
            }
        }
    }
    return std::nullopt;
}

std::optional<LeakGuard::Kind> LeakGuard::firstHit(const QString &text, Scope scope) const
{
    if (auto hit = search(normalized(text), m_tokens, scope)) return hit;
    return search(squeezed(text), m_fragments, scope);
}

std::optional<LeakGuard::Kind> LeakGuard::firstHit(const QString &text) const { return firstHit(text, Scope::Text); }

std::optional<LeakGuard::Kind> LeakGuard::firstHitInUtf8(const QByteArray &bytes) const
{
    return firstHit(QString::fromUtf8(bytes));
}

QString LeakGuard::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Name: return Tr::tr("a student's name");
    case Kind::StudentNumber: return Tr::tr("a student number");
    case Kind::BirthDate: return Tr::tr("a student's birth date");
    case Kind::GuardianPhone: return Tr::tr("a guardian's phone number");
    case Kind::NoteText: return Tr::tr("text from a student's notes");
    case Kind::ReferralNumber: return Tr::tr("a referral's number");
    }
    return {};
}

}  // namespace cd::district
