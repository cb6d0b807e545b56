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
// False positives: Chinese has no spaces between words, so a two-character name ("健康") can be
// part of an ordinary word in a table's label ("心理健康"). A name of one or two Han characters,
// and any name without Han characters, therefore matches only standing alone (no letter, Han
// character included, right before or after it: a cell, a label or a phrase of its own); a
// name of three or more Han characters matches anywhere. A one-character name is not searched.
// Student numbers match only standing alone (no letter or digit beside them) and, when made of
// digits only, from seven digits up (a shorter one cannot be told from a figure such as the
// school's funding in yuan). Birth dates and phone numbers match with no digit beside them. Note
// fragments are 16 letters or digits long (spaces and punctuation ignored on both sides), taken
// every 4 characters, so any copied run of 19 or more is found; notes shorter than 8 are not
// searched, nor fragments with fewer than 4 letters (runs of digits are what tables are made of).

#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QString>
#include <QVector>

#include <optional>
#include <unordered_map>

namespace cd::vault {
class Vault;
}

namespace cd::district {

class LeakGuard {
public:
    enum class Kind { Name, StudentNumber, BirthDate, GuardianPhone, NoteText };

    /// Every student's name, number and birth date, every guardian's phone and the text of every
    /// note the vault holds (sessions, growth records, watch list, crisis, referrals, plans,
    /// appointments, groups).
    static Result<LeakGuard> fromVault(vault::Vault &vault);

    void addName(const QString &name);
    void addStudentNumber(const QString &number);
    void addBirthDate(const QDate &date);
    void addPhone(const QString &phone);
    void addNoteText(const QString &text);

    /// The kind of the first needle found in `text`, if any.
    std::optional<Kind> firstHit(const QString &text) const;
    /// The same for UTF-8 bytes (a CSV, summary.json).
    std::optional<Kind> firstHitInUtf8(const QByteArray &bytes) const;
    /// The same for every uncompressed part of an .xlsx workbook (its XML as written, and its
    /// text with the XML entities resolved). An error when the zip cannot be read.
    Result<std::optional<Kind>> firstHitInXlsx(const QByteArray &xlsx) const;

    /// "a student's name", translated: what a message may say about a hit.
    static QString kindName(Kind kind);
    int needleCount() const { return static_cast<int>(m_needles.size()); }

private:
    enum class Edge { None, Letter, Digit, LetterOrDigit };
    struct Needle {
        QString text;
        Kind kind;
        Edge edge;  ///< what may not stand right before or after a match
    };
    struct Index {
        /// Per needle length, each needle's rolling hash → the needles with it.
        QHash<int, std::unordered_multimap<quint64, int>> byLength;
    };
    void add(const QString &normalized, Kind kind, Edge edge, bool fragment);
    std::optional<Kind> search(const QString &haystack, const Index &index) const;

    QVector<Needle> m_needles;
    Index m_tokens;     ///< searched in the text as it is (normalised)
    Index m_fragments;  ///< searched in the text without spaces and punctuation
};

}  // namespace cd::district
