#include "district/LeakGuard.h"

#include "storage/Database.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QLocale>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <cstring>
#include <memory>

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

QString normalized(const QString &text)
{
    return text.normalized(QString::NormalizationForm_KC).toCaseFolded();
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

// ---- .xlsx parts read from memory (minizip's I/O callbacks over a byte array) ----

struct MemoryZip {
    const QByteArray *bytes = nullptr;
    qint64 pos = 0;
};

voidpf ZCALLBACK memOpen(voidpf opaque, const void *, int) { return opaque; }
uLong ZCALLBACK memRead(voidpf, voidpf stream, void *buf, uLong size)
{
    auto *m = static_cast<MemoryZip *>(stream);
    const qint64 n = qBound<qint64>(0, m->bytes->size() - m->pos, static_cast<qint64>(size));
    std::memcpy(buf, m->bytes->constData() + m->pos, static_cast<size_t>(n));
    m->pos += n;
    return static_cast<uLong>(n);
}
uLong ZCALLBACK memWrite(voidpf, voidpf, const void *, uLong) { return 0; }
ZPOS64_T ZCALLBACK memTell(voidpf, voidpf stream) { return static_cast<ZPOS64_T>(static_cast<MemoryZip *>(stream)->pos); }
long ZCALLBACK memSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *m = static_cast<MemoryZip *>(stream);
    qint64 base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR) base = m->pos;
    else if (origin == ZLIB_FILEFUNC_SEEK_END) base = m->bytes->size();
    const qint64 to = base + static_cast<qint64>(offset);
    if (to < 0 || to > m->bytes->size()) return -1;
    m->pos = to;
    return 0;
}
int ZCALLBACK memClose(voidpf, voidpf) { return 0; }
int ZCALLBACK memError(voidpf, voidpf) { return 0; }

struct ZipCloser {
    void operator()(void *zip) const { unzClose(zip); }
};

constexpr ZPOS64_T kMaxPartBytes = 64 << 20;

/// Every part of the zip, uncompressed; an empty optional when it cannot be read.
std::optional<QList<QByteArray>> zipParts(const QByteArray &bytes)
{
    MemoryZip memory{&bytes, 0};
    zlib_filefunc64_def io{};
    io.zopen64_file = memOpen;
    io.zread_file = memRead;
    io.zwrite_file = memWrite;
    io.ztell64_file = memTell;
    io.zseek64_file = memSeek;
    io.zclose_file = memClose;
    io.zerror_file = memError;
    io.opaque = &memory;
    std::unique_ptr<void, ZipCloser> zip(unzOpen2_64("memory", &io));
    if (!zip) return std::nullopt;
    QList<QByteArray> parts;
    for (int rc = unzGoToFirstFile(zip.get()); rc == UNZ_OK; rc = unzGoToNextFile(zip.get())) {
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(zip.get(), &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK
            || info.uncompressed_size > kMaxPartBytes || unzOpenCurrentFile(zip.get()) != UNZ_OK)
            return std::nullopt;
        QByteArray part(static_cast<qsizetype>(info.uncompressed_size), Qt::Uninitialized);
        const int n = unzReadCurrentFile(zip.get(), part.data(), static_cast<unsigned>(part.size()));
        if (unzCloseCurrentFile(zip.get()) != UNZ_OK || n != part.size()) return std::nullopt;
        parts << part;
    }
    return parts;
}

/// The text of an XML part: character data and attribute values, entities resolved.
QString xmlText(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isCharacters()) {
            text += reader.text();
            text += u'\n';
        } else if (reader.isStartElement()) {
            for (const QXmlStreamAttribute &a : reader.attributes()) {
                text += a.value();
                text += u'\n';
            }
        }
    }
    return text;
}

}  // namespace

void LeakGuard::add(const QString &text, Kind kind, Edge edge, bool fragment)
{
    if (text.isEmpty()) return;
    const int index = static_cast<int>(m_needles.size());
    m_needles.append(Needle{text, kind, edge});
    (fragment ? m_fragments : m_tokens).byLength[static_cast<int>(text.size())].emplace(hashOf(text), index);
}

void LeakGuard::addName(const QString &name)
{
    const QString n = normalized(name).simplified();
    const bool han = hasHan(n);
    if (n.size() < (han ? 2 : 3)) return;
    add(n, Kind::Name, han && n.size() >= 3 ? Edge::None : Edge::Letter, false);
}

void LeakGuard::addStudentNumber(const QString &number)
{
    const QString n = normalized(number).trimmed();
    bool digitsOnly = true;
    for (const QChar c : n) digitsOnly = digitsOnly && c.isDigit();
    // Digits only and short, a number cannot be told from a figure of the tables (a school's
    // funding in yuan has six digits): from seven digits up.
    if (n.size() < (digitsOnly ? 7 : 3)) return;
    add(n, Kind::StudentNumber, Edge::LetterOrDigit, false);
}

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

void LeakGuard::addNoteText(const QString &text)
{
    const QString s = squeezed(text);
    if (s.size() < kShortestNote) return;
    const auto addWindow = [&](qsizetype from, qsizetype length) {
        const QString w = s.mid(from, length);
        int letters = 0;
        for (const QChar c : w) letters += c.isLetter() ? 1 : 0;
        if (letters >= kFragmentLetters) add(w, Kind::NoteText, Edge::None, true);
    };
    if (s.size() <= kFragment) {
        addWindow(0, s.size());
        return;
    }
    qsizetype from = 0;
    for (; from + kFragment <= s.size(); from += kFragmentStep) addWindow(from, kFragment);
    if (from - kFragmentStep + kFragment < s.size()) addWindow(s.size() - kFragment, kFragment);
}

std::optional<LeakGuard::Kind> LeakGuard::search(const QString &haystack, const Index &index) const
{
    const qsizetype n = haystack.size();
    if (index.byLength.isEmpty() || n == 0) return std::nullopt;
    QVector<quint64> prefix(n + 1, 0);
    for (qsizetype i = 0; i < n; ++i) prefix[i + 1] = addMod(mulMod(prefix[i], kBase), quint64(haystack.at(i).unicode()) + 1);
    const QStringView view(haystack);
    for (auto it = index.byLength.cbegin(); it != index.byLength.cend(); ++it) {
        const int length = it.key();
        if (length > n) continue;
        quint64 power = 1;
        for (int i = 0; i < length; ++i) power = mulMod(power, kBase);
        const auto &hashes = it.value();
        for (qsizetype i = 0; i + length <= n; ++i) {
            const quint64 h = addMod(prefix[i + length], kMod - mulMod(prefix[i], power));
            auto [first, last] = hashes.equal_range(h);
            for (; first != last; ++first) {
                const Needle &needle = m_needles.at(first->second);
                if (view.mid(i, length) != needle.text) continue;
                const QChar before = i > 0 ? haystack.at(i - 1) : QChar(u' ');
                const QChar after = i + length < n ? haystack.at(i + length) : QChar(u' ');
                const auto blocks = [&](QChar c) {
                    switch (needle.edge) {
                    case Edge::None: return false;
                    case Edge::Letter: return c.isLetter();
                    case Edge::Digit: return c.isDigit();
                    case Edge::LetterOrDigit: return c.isLetterOrNumber();
                    }
                    return false;
                };
                if (!blocks(before) && !blocks(after)) return needle.kind;
            }
        }
    }
    return std::nullopt;
}

std::optional<LeakGuard::Kind> LeakGuard::firstHit(const QString &text) const
{
    if (auto hit = search(normalized(text), m_tokens)) return hit;
    return search(squeezed(text), m_fragments);
}

std::optional<LeakGuard::Kind> LeakGuard::firstHitInUtf8(const QByteArray &bytes) const
{
    return firstHit(QString::fromUtf8(bytes));
}

Result<std::optional<LeakGuard::Kind>> LeakGuard::firstHitInXlsx(const QByteArray &xlsx) const
{
    const auto parts = zipParts(xlsx);
    if (!parts)
        return makeError(ErrorCode::Internal, Tr::tr("The package's workbook could not be read back for the last "
                                                     "check. Nothing was written; try again."));
    for (const QByteArray &part : *parts) {
        if (auto hit = firstHitInUtf8(part)) return hit;
        if (auto hit = firstHit(xmlText(part))) return hit;
    }
    return std::optional<Kind>();
}

QString LeakGuard::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Name: return Tr::tr("a student's name");
    case Kind::StudentNumber: return Tr::tr("a student number");
    case Kind::BirthDate: return Tr::tr("a student's birth date");
    case Kind::GuardianPhone: return Tr::tr("a guardian's phone number");
    case Kind::NoteText: return Tr::tr("text from a student's notes");
    }
    return {};
}

Result<LeakGuard> LeakGuard::fromVault(vault::Vault &vault)
{
    LeakGuard guard;
    storage::Database &db = vault.database();
    const auto each = [&](const QString &sql, const std::function<void(const storage::Statement &)> &take) -> Status {
        auto stmt = db.prepare(sql);
        if (!stmt) return stmt.error();
        for (;;) {
            auto row = stmt->step();
            if (!row) return row.error();
            if (!*row) return {};
            take(*stmt);
        }
    };
    CD_TRY(each(u"SELECT name, student_no, birth_date FROM students"_s, [&](const storage::Statement &s) {
        guard.addName(s.text(0));
        guard.addStudentNumber(s.text(1));
        guard.addBirthDate(QDate::fromString(s.text(2), Qt::ISODate));
    }));
    CD_TRY(each(u"SELECT phone FROM guardians"_s, [&](const storage::Statement &s) { guard.addPhone(s.text(0)); }));
    // Free text about students, wherever the vault keeps it.
    static const char *const notes[] = {
        "SELECT notes FROM guardians",
        "SELECT family_notes || char(10) || psych_status FROM growth_records",
        "SELECT presenting || char(10) || observations || char(10) || intervention || char(10) || plan FROM sessions",
        "SELECT reason FROM watch_list UNION ALL SELECT reason FROM watch_history",
        "SELECT place || char(10) || description || char(10) || assessment || char(10) || override_reason || char(10) "
        "|| immediate_action || char(10) || closing_note FROM crisis_events",
        "SELECT note FROM crisis_steps UNION ALL SELECT reason || char(10) || response FROM crisis_notifications",
        "SELECT reason || char(10) || questions || char(10) || closing_note FROM referrals",
        "SELECT content FROM safety_plans",
        "SELECT reason || char(10) || assessment FROM school_absences",
        "SELECT goals || char(10) || counselor_does || char(10) || teacher_does || char(10) || guardian_does FROM "
        "support_plans",
        "SELECT reason FROM appointments",
        "SELECT note FROM group_attendance UNION ALL SELECT notes FROM group_sessions",
    };
    for (const char *sql : notes)
        CD_TRY(each(QString::fromLatin1(sql), [&](const storage::Statement &s) {
            for (const QString &line : s.text(0).split(u'\n', Qt::SkipEmptyParts)) guard.addNoteText(line);
        }));
    return guard;
}

}  // namespace cd::district
