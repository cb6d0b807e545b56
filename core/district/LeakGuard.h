#pragma once
// The last guard before a district package leaves (docs/district-package.md, "The last guard"):
// every byte about to be written is searched for what the vault knows about its students: names,
// student numbers, birth dates (in the forms a report might print), guardians' phone numbers and
// the text of notes (as overlapping fragments, so a copied sentence is found). It should never
// find anything: the summary holds only counts and the layout's labels; a hit means a bug, and
// the export stops.
//
// The needles are secrets: held in memory only, never logged, and a hit is reported by its kind
// ("a student's name"), never by what matched.
//
// The needles and how each kind is searched (a false positive stops an export that is clean, so
// each rule says what a needle may not stand beside) are documented in docs/district-package.md,
// "The last guard". In short: names of one or two Han characters, names without Han characters
// and names typed into free-text columns match only standing alone; student and referral numbers
// match standing alone, and one of digits only under seven digits (no leading zero) only inside
// text, never as a figure of its own; note text is searched as overlapping fragments of 16 letters
// or digits. Every column of the vault that holds text is either a source (LeakGuardSources.cpp,
// one line each) or listed as deliberately not searched, with the reason.

#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>

#include <optional>
#include <unordered_map>
#include <vector>

namespace cd::vault {
class Vault;
}

namespace cd::district {

class LeakGuard {
public:
    enum class Kind { Name, StudentNumber, BirthDate, GuardianPhone, NoteText, ReferralNumber };

    /// A column of the vault that holds text, and whether the guard searches it.
    struct Column {
        QString table;
        QString column;
        bool searched = false;
        QString why;  ///< for a column not searched: the reason (English, for the test and the docs)
    };
    /// Every text column the guard knows of: its sources and those deliberately not searched.
    static QList<Column> columns();

    /// What the vault holds about its students (every source column of columns()), and the
    /// school's own published words (its name, room, letterhead, semesters), which no note
    /// fragment is taken from.
    static Result<LeakGuard> fromVault(vault::Vault &vault);

    void addName(const QString &name);
    /// A name typed into a free-text column (who consented, who was told): it may be a role
    /// word ("班主任") that labels hold too, so it matches only standing alone, whatever its length.
    void addTypedName(const QString &name);
    /// Initials ("OYMY"): from four letters, standing alone (shorter ones are instrument codes'
    /// length: MHT, SDQ).
    void addInitials(const QString &initials);
    void addStudentNumber(const QString &number);
    void addReferralNumber(const QString &number);
    void addBirthDate(const QDate &date);
    void addPhone(const QString &phone);
    /// Text the school publishes anyway (its name, its room's): call before addNoteText; a note
    /// fragment wholly inside it is not searched (a letter that names the school is no leak).
    void addPublicText(const QString &text);
    void addNoteText(const QString &text);

    /// The kind of the first needle found in `text`, if any.
    std::optional<Kind> firstHit(const QString &text) const;
    /// The same for UTF-8 bytes (a CSV, summary.json).
    std::optional<Kind> firstHitInUtf8(const QByteArray &bytes) const;
    /// The same for every uncompressed part of an .xlsx workbook (its XML as written, and its
    /// text with the XML entities resolved). An error when the zip cannot be read.
    Result<std::optional<Kind>> firstHitInXlsx(const QByteArray &xlsx) const;
    /// The same for a PDF's own bytes (its text drawn is searched with firstHit): its structure
    /// outside the streams as Latin-1 and as UTF-8 (digits-only needles excepted: lengths, offsets
    /// and object numbers are the writer's), its strings decoded (the Info dictionary's title,
    /// author, …, UTF-16 included) and its XML metadata streams (XMP), compressed or not. A line
    /// or string that is bytes rather than text (control characters) is not searched.
    std::optional<Kind> firstHitInPdf(const QByteArray &pdf) const;
    /// The same for manifest.json: its text with the SHA-256 digests left out (64 hex digits of
    /// files already searched, in which a run of digits could equal a date by chance).
    std::optional<Kind> firstHitInManifest(const QByteArray &manifest) const;

    /// "a student's name", translated: what a message may say about a hit.
    static QString kindName(Kind kind);
    int needleCount() const { return static_cast<int>(m_needles.size()); }

private:
    enum class Edge { None, Letter, Digit, Number };
    /// Where a search looks: text a person reads, or a PDF's structure (numbers are the writer's).
    enum class Scope { Text, PdfStructure };
    struct Needle {
        QString text;
        Kind kind;
        Edge edge;            ///< what may not stand right before or after a match
        bool digitsOnly = false;
        bool inTextOnly = false;  ///< matches only in a field (cell, line) that also holds a letter
    };
    struct Index {
        /// Per needle length, each needle's rolling hash → the needles with it.
        QHash<int, std::unordered_multimap<quint64, int>> byLength;
        /// A bit per (length, hash) bucket, set for every needle: most windows of a haystack are
        /// ruled out by one bit test, not a hash-table lookup (a megabyte of PDF structure).
        std::vector<quint64> filter;
        static std::size_t bucket(int length, quint64 hash);
    };
    void add(const QString &normalized, Kind kind, Edge edge, bool fragment, bool inTextOnly = false);
    void addNumber(const QString &number, Kind kind);
    std::optional<Kind> search(const QString &haystack, const Index &index, Scope scope) const;
    std::optional<Kind> firstHit(const QString &text, Scope scope) const;

    QVector<Needle> m_needles;
    Index m_tokens;     ///< searched in the text as it is (normalised)
    Index m_fragments;  ///< searched in the text without spaces and punctuation
    QStringList m_public;  ///< published text, squeezed
};

}  // namespace cd::district
