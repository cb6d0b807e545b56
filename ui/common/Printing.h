#pragma once
// Printing and PDF output of rich-text documents, with the CJK fonts named explicitly
// (fontconfig would otherwise pick Japanese glyph shapes for Chinese text).

#include <QString>

class QPrinter;
class QTextDocument;
class QWidget;

namespace cd {
namespace ui {

/// The font family list for printed documents: WenQuanYi Micro Hei keeps the PDF text layer
/// searchable; Noto Sans CJK SC is the fallback.
QString printFontFamilies();
/// One cell of a printed table, its text escaped: `<td>` and a left-aligned `<th>`.
QString htmlCell(const QString &text);
QString htmlHeaderCell(const QString &text);
/// A4, 18 mm margins, the document's title and creator: every printed page's set-up.
void setUpPrinter(QPrinter &printer, const QString &title);
/// Lays `document` out for the printer's page (not the screen's) before it prints.
void layOutForPrinter(QTextDocument &document, QPrinter &printer);
/// Shows the document in a print preview (pages as they will print, zoom, page set-up) titled
/// "Print preview: `title`", from which Print… chooses the printer; false when closed unprinted.
bool printDocument(QWidget *parent, QTextDocument &document, const QString &title);
/// Asks where to save `document` as a PDF (a save dialog titled `dialogTitle`, e.g. "Save the
/// group report as PDF", suggesting `fileName` in Documents), writes it, then says where it went
/// with an Open folder button. The path written, or empty when cancelled or failed (said).
QString savePdfAs(QWidget *parent, QTextDocument &document, const QString &dialogTitle, const QString &fileName,
                  const QString &title);
/// "Saved to PATH." with Open folder (the file manager at its folder) and OK.
void tellSaved(QWidget *parent, const QString &title, const QString &path);
/// Writes `document` as an A4 PDF to `path`; an error message, or empty on success.
QString writePdf(QTextDocument &document, const QString &path, const QString &title);

}  // namespace ui
}  // namespace cd
