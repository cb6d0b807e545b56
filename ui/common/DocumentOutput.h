#pragma once
// Printed documents leaving the room (referral letters, safety plans): their HTML set up for
// print (the print fonts, the letterhead's logo as an image resource), then written as a PDF (to
// PATH.part first, renamed into place once the caller has recorded it) or sent to a printer.

#include <QByteArray>
#include <QString>

class QPrinter;
class QTextDocument;

namespace cd {
namespace ui {

/// Sets `document` up to show or print `html`: the print fonts, and `logo` (PNG or JPEG bytes) as
/// the letterhead's image resource. A logo that does not load is left out (the document shows
/// without it) and a warning saying so is returned; empty otherwise.
QString prepareDocument(QTextDocument &document, const QString &html, const QByteArray &logo);

/// Lays `document` out for `printer`'s pages, then starts each part marked to be kept together (the
/// tear-off slip, signatures) on a new page when it would otherwise be split.
void layOutDocument(QTextDocument &document, QPrinter &printer);

/// A PDF written beside its final path as PATH.part, then committed (renamed into place) or, when
/// the object goes before commit(), removed: a failure leaves nothing behind.
class PdfFile {
public:
    explicit PdfFile(QString path);
    ~PdfFile();
    PdfFile(const PdfFile &) = delete;
    PdfFile &operator=(const PdfFile &) = delete;

    const QString &path() const { return m_path; }
    QString partPath() const { return m_path + QStringLiteral(".part"); }
    /// Writes `document` as an A4 PDF to PATH.part; an error message (nothing left behind), or empty.
    QString write(QTextDocument &document, const QString &title);
    /// Renames PATH.part to PATH, replacing a file already there; an error message, or empty.
    QString commit();

private:
    QString m_path;
    bool m_written = false;
    bool m_committed = false;
};

/// Prints on `printer` (already chosen): an error message when the printer is not usable or the
/// print failed, or empty.
QString printOn(QPrinter &printer, QTextDocument &document, const QString &title);

/// Writes `html` as a PDF at `path` in one go (part, then rename), for callers with nothing to
/// record in between; `warning` gets prepareDocument()'s warning. An error message, or empty.
QString writeDocumentPdf(const QString &html, const QByteArray &logo, const QString &path, const QString &title,
                         QString *warning = nullptr);

}  // namespace ui
}  // namespace cd
