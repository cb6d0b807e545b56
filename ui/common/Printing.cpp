#include "ui/common/Printing.h"

#include <QCoreApplication>
#include <QFile>
#include <QPageLayout>
#include <QPrintDialog>
#include <QPrinter>
#include <QAbstractTextDocumentLayout>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

QString printFontFamilies() { return u"'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif"_s; }

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
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted) return false;
    layOutForPrinter(document, printer);
    document.print(&printer);
    return true;
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

}  // namespace ui
}  // namespace cd
