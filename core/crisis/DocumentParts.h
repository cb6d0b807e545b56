#pragma once
// The pieces the printed documents share (Documents.cpp, SlipDocuments.cpp): the document's own
// language (a translator of its own, whatever the interface speaks), dates and ages in it, the
// letterhead row that repeats on every page, sections, blanks to fill in by hand and tick boxes.
// Internal to core/crisis.

#include "crisis/Letterhead.h"
#include "crisis/Referrals.h"
#include "students/Student.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <memory>

namespace cd::crisis::docparts {

/// A document's language: strings marked QT_TRANSLATE_NOOP("Documents", …) translated by
/// settings::translateFor ("en" is the source text).
class Language {
public:
    explicit Language(const QString &language);
    ~Language();
    Language(const Language &) = delete;
    Language &operator=(const Language &) = delete;

    const QString &code() const { return m_code; }
    /// The translation of `source` (context "Documents"), or the source itself.
    QString t(const char *source, const char *comment = nullptr) const;
    /// "2026年3月5日" / "5 March 2026"; a blank to fill in when `date` is invalid.
    QString date(const QDate &date) const;
    /// Whole years between `birth` and `on`, or -1 when either is unknown.
    static int age(const QDate &birth, const QDate &on);
    QString sex(students::Sex sex) const;
    QString grade(int grade) const;
    QString urgency(Urgency urgency) const;
    QString disclosure(Disclosure item) const;
    QString outcome(VisitOutcome outcome) const;
    QString treatment(Treatment treatment) const;
    QString fitness(SchoolFitness fitness) const;
    /// "name (relation)" with the language's brackets, `second` left out when empty; escaped.
    QString withNote(const QString &first, const QString &second) const;
    /// The separator of a list written out in a sentence (", " / "，").
    QString comma() const;

private:
    QString m_code;
};

/// HTML-escaped, line breaks kept.
QString esc(const QString &text);
/// A line to write on by hand, about `ems` characters wide.
QString blank(int ems);
/// "☑ label" or "□ label".
QString box(bool ticked, const QString &label);
/// The opening of a document page: a table whose first (header) row is the letterhead, repeated
/// on every page. `breakBefore` starts it on a new page. Close it with pageEnd().
QString pageStart(const Letterhead &letterhead, const Language &lang, bool breakBefore = false);
QString pageEnd();
/// A body row of the page table (rows move whole to the next page when they fit there).
QString row(const QString &html, const QString &style = {});
/// A centred document title (letter-spaced in Chinese), with an optional line under it.
QString title(const Language &lang, const QString &text, const QString &subtitle = {});
/// A section: a heading and its content.
QString section(const QString &heading, const QString &html);
/// A paragraph.
QString para(const QString &html, const QString &style = {});
/// A table of label/value pairs, `columns` pairs a row (labels shaded; values are HTML).
QString facts(const QList<QPair<QString, QString>> &rows, int columns = 1, int padding = 4);
/// The dashed cut line before a tear-off part, with "cut here" words.
QString cutLine(const Language &lang);
/// `text` marked as the start of a table to keep on one page (kKeepTogetherAnchor).
QString keepTogether(const QString &text);
/// A table of one cell holding `html`, kept on one page; `style` for its cell.
QString block(const QString &html, const QString &style = {});
/// Signature lines, right-aligned as a block: each label followed by its value (HTML), or a blank
/// to write on when the value is empty.
QString signatures(const QList<QPair<QString, QString>> &lines);

/// Signature lines side by side: each inner list is a row of label/value pairs (a blank of `ems`
/// characters to write on when the value is empty). Kept on one page.
QString signatureGrid(const QList<QList<QPair<QString, QString>>> &rows, int ems = 7);

/// The document's <html> wrapper.
QString documentStart();
QString documentEnd();

}  // namespace cd::crisis::docparts
