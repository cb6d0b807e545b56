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
/// A4, 18 mm margins, the document's title and creator: every printed page's set-up.
void setUpPrinter(QPrinter &printer, const QString &title);
/// Lays `document` out for the printer's page (not the screen's) before it prints.
void layOutForPrinter(QTextDocument &document, QPrinter &printer);
/// Shows the print dialog and prints; false when cancelled.
bool printDocument(QWidget *parent, QTextDocument &document, const QString &title);
/// Writes `document` as an A4 PDF to `path`; an error message, or empty on success.
QString writePdf(QTextDocument &document, const QString &path, const QString &title);

}  // namespace ui
}  // namespace cd
