#include "ui/common/DocumentOutput.h"

#include "core/crisis/Documents.h"
#include "ui/common/Printing.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFont>
#include <QImage>
#include <QPrinter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextTable>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(DocumentOutput)
};

/// The HTML without the logo: its cell when the letterhead has one of its own, else the image.
QString withoutLogo(QString html)
{
    const QString logo = QRegularExpression::escape(QString::fromLatin1(crisis::kLogoResource));
    static const QString cell = u"<td[^>]*>\\s*(<p[^>]*>)?\\s*<img[^>]*%1[^>]*>\\s*(</p>)?\\s*</td>"_s;
    html.remove(QRegularExpression(cell.arg(logo)));
    html.remove(QRegularExpression(u"<img[^>]*%1[^>]*>"_s.arg(logo)));
    return html;
}

/// The innermost table around `block`, if any.
QTextTable *tableAround(QTextDocument &document, const QTextBlock &block)
{
    QTextCursor cursor(&document);
    cursor.setPosition(block.position());
    return cursor.currentTable();
}

/// The first table marked to be kept together that the layout splits between two pages (and that
/// would fit on one), or null.
QTextTable *splitKeptTable(QTextDocument &document, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = document.documentLayout();
    const QString mark = QString::fromLatin1(crisis::kKeepTogetherAnchor);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        bool marked = false;
        for (auto it = block.begin(); !it.atEnd() && !marked; ++it)
            marked = it.fragment().charFormat().anchorNames().contains(mark);
        if (!marked) continue;
        QTextTable *table = tableAround(document, block);
        if (!table || (table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore)) continue;
        const qreal top = layout->blockBoundingRect(table->firstCursorPosition().block()).top();
        const qreal bottom = layout->blockBoundingRect(table->lastCursorPosition().block()).bottom();
        if (bottom - top > pageHeight * 0.9) continue;  // it cannot fit on one page anyway
        if (int(top / pageHeight) != int((bottom - 1) / pageHeight)) return table;
    }
    return nullptr;
}

}  // namespace

void layOutDocument(QTextDocument &document, QPrinter &printer)
{
    layOutForPrinter(document, printer);
    const qreal pageHeight = document.pageSize().height();
    if (pageHeight <= 0) return;
    // Each move lays the rest out again; a document has a handful of marked parts.
    for (int moves = 0; moves < 20; ++moves) {
        QTextTable *table = splitKeptTable(document, pageHeight);
        if (!table) return;
        QTextTableFormat format = table->format();
        format.setPageBreakPolicy(format.pageBreakPolicy() | QTextFormat::PageBreak_AlwaysBefore);
        table->setFormat(format);
    }
}

QString prepareDocument(QTextDocument &document, const QString &html, const QByteArray &logo)
{
    QFont font;
    font.setFamilies({u"WenQuanYi Micro Hei"_s, u"Noto Sans CJK SC"_s});
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    QString warning;
    QString shown = html;
    const bool referencesLogo = html.contains(QString::fromLatin1(crisis::kLogoResource));
    if (referencesLogo) {
        const QImage image = QImage::fromData(logo);
        if (image.isNull()) {
            shown = withoutLogo(html);
            if (!logo.isEmpty())
                warning = Tr::tr("The school's logo could not be read as a picture, so the document is printed "
                                 "without it. The room lead can choose the logo again under Letterhead.");
        } else {
            document.addResource(QTextDocument::ImageResource, QUrl(QString::fromLatin1(crisis::kLogoResource)), image);
        }
    }
    document.setHtml(shown);
    return warning;
}

PdfFile::PdfFile(QString path) : m_path(std::move(path)) {}

PdfFile::~PdfFile()
{
    if (m_written && !m_committed) QFile::remove(partPath());
}

QString PdfFile::write(QTextDocument &document, const QString &title)
{
    const QString part = partPath();
    const QFileInfo target(m_path);
    auto cannotWrite = [&]() {
        QFile::remove(part);
        return Tr::tr("The PDF could not be written to %1. Check that the folder exists, that you may write "
                      "there and that the drive has free space. Nothing was saved.")
            .arg(QDir::toNativeSeparators(m_path));
    };
    if (m_path.isEmpty() || target.isDir() || !target.absoluteDir().exists()) return cannotWrite();
    {
        // QPrinter says nothing when it cannot open the file: find out first.
        QFile probe(part);
        if (!probe.open(QIODevice::WriteOnly | QIODevice::Truncate)) return cannotWrite();
        probe.close();
    }
    m_written = true;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, title);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(part);
    layOutDocument(document, printer);
    document.print(&printer);
    if (printer.printerState() == QPrinter::Error || QFileInfo(part).size() == 0) return cannotWrite();
    return {};
}

QString PdfFile::commit()
{
    if (!m_written) return Tr::tr("There is no PDF to save yet.");
    if (QFile::exists(m_path) && !QFile::remove(m_path)) {
        QFile::remove(partPath());
        m_written = false;
        return Tr::tr("%1 already exists and cannot be replaced. Choose another name. Nothing was saved.")
            .arg(QDir::toNativeSeparators(m_path));
    }
    if (!QFile::rename(partPath(), m_path)) {
        QFile::remove(partPath());
        m_written = false;
        return Tr::tr("The PDF could not be saved as %1. Nothing was saved.").arg(QDir::toNativeSeparators(m_path));
    }
    m_committed = true;
    return {};
}

QString printOn(QPrinter &printer, QTextDocument &document, const QString &title)
{
    if (!printer.isValid())
        return Tr::tr("The printer cannot be used. Check that it is connected and switched on, or save the document "
                      "as a PDF instead.");
    printer.setDocName(title);
    printer.setCreator(u"CounselDesk"_s);
    layOutDocument(document, printer);
    document.print(&printer);
    if (printer.printerState() == QPrinter::Error)
        return Tr::tr("The printer reported an error and the document may not have printed. Check the printer "
                      "and try again.");
    return {};
}

QString writeDocumentPdf(const QString &html, const QByteArray &logo, const QString &path, const QString &title,
                         QString *warning)
{
    QTextDocument document;
    const QString logoWarning = prepareDocument(document, html, logo);
    if (warning) *warning = logoWarning;
    PdfFile pdf(path);
    if (QString error = pdf.write(document, title); !error.isEmpty()) return error;
    return pdf.commit();
}

}  // namespace ui
}  // namespace cd
