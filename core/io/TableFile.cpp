#include "io/TableFile.h"

#include "io/CsvReader.h"
#include "io/XlsxReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace cd::io {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Io)
};
}  // namespace

Result<Table> readTableFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Tr::tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const QByteArray head = file.read(4);
    file.close();
    if (head.startsWith("PK\x03\x04")) return readXlsxFile(path);
    if (QFileInfo(path).suffix().compare(u"xls"_s, Qt::CaseInsensitive) == 0 || head.startsWith("\xD0\xCF\x11\xE0"))
        return makeError(ErrorCode::InvalidInput,
                         Tr::tr("%1 is an old Excel 97–2003 (.xls) workbook. Open it in Excel or WPS and save it as "
                                ".xlsx or CSV.")
                             .arg(QFileInfo(path).fileName()));
    return readCsvFile(path);
}

}  // namespace cd::io
