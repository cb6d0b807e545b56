#include "ui/common/Printing.h"

#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBoxes.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStandardPaths>
#include <QUrl>
#include <QAbstractTextDocumentLayout>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Printing)
};
}  // namespace

QString printFontFamilies() { return u"'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif"_s; }

QString htmlCell(const QString &text) { return u"<td>"_s + text.toHtmlEscaped() + u"</td>"_s; }

QString htmlHeaderCell(const QString &text) { return u"<th align=\"left\">"_s + text.toHtmlEscaped() + u"</th>"_s; }

void setUpPrinter(QPrinter &printer, const QString &title)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    printer.setDocName(title);
    printer.setCreator(u"CounselDesk"_s);
}

void layOutForPrinter(QTextDocument &document, QPrinter &printer)
{
    document.documentLayout()->setPaintDevice(&printer);
    document.setPageSize(printer.pageLayout().paintRectPixels(printer.resolution()).size());
}

bool printDocument(QWidget *parent, QTextDocument &document, const QString &title)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setObjectName(u"printPreview"_s);
    //: The title of the print preview window: the document's title
    preview.setWindowTitle(Tr::tr("Print preview: %1").arg(title));
    QObject::connect(&preview, &QPrintPreviewDialog::paintRequested, &preview, [&document](QPrinter *target) {
        layOutForPrinter(document, *target);
        document.print(target);
    });
    return preview.exec() == QDialog::Accepted;
}

QString writePdf(QTextDocument &document, const QString &path, const QString &title)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, title);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    layOutForPrinter(document, printer);
    document.print(&printer);
    QFile written(path);
    if (!written.exists() || written.size() == 0)
        return QCoreApplication::translate("Printing", "The PDF could not be written to %1. Check the folder and "
                                                       "free space.")
            .arg(path);
    return {};
}

QString savePdfAs(QWidget *parent, QTextDocument &document, const QString &dialogTitle, const QString &fileName,
                  const QString &title)
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(fileName);
    QString path = FileDialogs::saveFileName(parent, dialogTitle, suggested, Tr::tr("PDF (*.pdf)"));
    if (path.isEmpty()) return {};
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive)) path += u".pdf"_s;
    if (const QString error = writePdf(document, path, title); !error.isEmpty()) {
        MessageBoxes::error(parent, dialogTitle, error);
        return {};
    }
    tellSaved(parent, dialogTitle, path);
    return path;
}

void tellSaved(QWidget *parent, const QString &title, const QString &path)
{
    const int openFolder = MessageBoxes::choose(parent, QMessageBox::Information, title,
                                                Tr::tr("Saved to %1.").arg(QDir::toNativeSeparators(path)),
                                                {Tr::tr("Open &folder"), Tr::tr("OK")}, 1);
    if (openFolder == 0) QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

}  // namespace ui
}  // namespace cd
