// summary.xlsx of a district package (PackageFiles.h), written with libxlsxwriter. libxlsxwriter
// writes to a path: the workbook is made in a private temporary folder on the local disk (it
// holds only what the package holds) and its bytes go to the drive with the package's other
// files, through the same checked writes.

#include "district/PackageFiles.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>

#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace cd::district {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(DistrictPackage)
};

/// A sheet name Excel accepts: at most 31 characters, none of []:*?/\, unique in the workbook.
QString sheetName(int index, const SummaryTable &table, QSet<QString> &used)
{
    static const QString refused = u"[]:*?/\\"_s;
    QString title;
    for (const QChar c : table.title) title += (refused.contains(c) || c.unicode() < 0x20) ? u' ' : c;
    QString name = u"%1 %2"_s.arg(index + 1).arg(title.simplified()).left(31).trimmed();
    if (name.endsWith(u'\'')) name.chop(1);
    for (int n = 2; used.contains(name.toCaseFolded()); ++n) name = u"%1 (%2)"_s.arg(index + 1).arg(n);
    used.insert(name.toCaseFolded());
    return name;
}

Error xlsxError(const QString &why)
{
    return makeError(ErrorCode::Io, Tr::tr("The workbook of the package could not be made (%1). Check that the "
                                           "temporary folder has space, then try again.")
                                        .arg(why));
}

}  // namespace

Result<QByteArray> summaryXlsx(const Summary &summary)
{
    QTemporaryDir scratch;
    if (!scratch.isValid()) return xlsxError(scratch.errorString());
    const QByteArray path = QFile::encodeName(scratch.filePath(u"summary.xlsx"_s));
    const QByteArray tmpdir = QFile::encodeName(scratch.path());
    lxw_workbook_options options{};
    options.tmpdir = const_cast<char *>(tmpdir.constData());
    lxw_workbook *book = workbook_new_opt(path.constData(), &options);
    if (!book) return xlsxError(u"libxlsxwriter"_s);

    // A fixed creation time: the workbook says nothing of when it was made (no date leaves but
    // the semester), and the same summary gives the same bytes.
    lxw_doc_properties properties{};
    properties.created = 946684800;  // 2000-01-01
    const QByteArray title = summary.header.semester.toUtf8();
    properties.title = const_cast<char *>(title.constData());
    workbook_set_properties(book, &properties);

    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *wrap = workbook_add_format(book);
    format_set_text_wrap(wrap);
    lxw_format *right = workbook_add_format(book);
    format_set_align(right, LXW_ALIGN_RIGHT);
    // A merged count known to be at least n: the number n, shown "≥n", so that sums still work.
    lxw_format *atLeast = workbook_add_format(book);
    format_set_num_format(atLeast, "\"\u2265\"0");
    format_set_align(atLeast, LXW_ALIGN_RIGHT);
    const QByteArray mark = Summary::withheldMark().toUtf8();
    const QByteArray footnote = withheldFootnote(summary.header).toUtf8();

    QSet<QString> used;
    for (int i = 0; i < summary.tables.size(); ++i) {
        const SummaryTable &t = summary.tables.at(i);
        const QByteArray name = sheetName(i, t, used).toUtf8();
        lxw_worksheet *sheet = workbook_add_worksheet(book, name.constData());
        if (!sheet) {
            workbook_close(book);
            return xlsxError(u"sheet %1"_s.arg(i + 1));
        }
        worksheet_set_column(sheet, 0, 0, 24, nullptr);
        worksheet_set_column(sheet, 1, static_cast<lxw_col_t>(qMax(1, static_cast<int>(t.columns.size()))), 12,
                             nullptr);
        worksheet_write_string(sheet, 0, 0, t.title.toUtf8().constData(), bold);
        for (int c = 0; c < t.columns.size(); ++c)
            worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c + 1), t.columns.at(c).label.toUtf8().constData(),
                                   bold);
        lxw_row_t row = 1;
        for (const SummaryRow &r : t.rows) {
            worksheet_write_string(sheet, row, 0, r.label.toUtf8().constData(), nullptr);
            for (int c = 0; c < r.values.size(); ++c) {
                const SummaryValue &v = r.values.at(c);
                const auto col = static_cast<lxw_col_t>(c + 1);
                if (const qint64 bound = summary.lowerBound(v); bound > 0)
                    worksheet_write_number(sheet, row, col, static_cast<double>(bound), atLeast);
                else if (summary.withheld(v)) worksheet_write_string(sheet, row, col, mark.constData(), right);
                else worksheet_write_number(sheet, row, col, summary.text(v).toDouble(), nullptr);
            }
            ++row;
        }
        ++row;  // an empty row, then the notes
        if (!t.note.isEmpty()) worksheet_write_string(sheet, row++, 0, t.note.toUtf8().constData(), nullptr);
        if (summary.hasWithheld(t)) worksheet_write_string(sheet, row++, 0, footnote.constData(), nullptr);
    }
    if (const lxw_error error = workbook_close(book); error != LXW_NO_ERROR)
        return xlsxError(QString::fromUtf8(lxw_strerror(error)));
    QFile file(QFile::decodeName(path));
    if (!file.open(QIODevice::ReadOnly)) return xlsxError(file.errorString());
    return file.readAll();
}

}  // namespace cd::district
