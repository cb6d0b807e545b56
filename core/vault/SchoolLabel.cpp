#include "vault/SchoolLabel.h"

#include "common/AtomicFile.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

namespace cd::vault {

namespace {
QString cleaned(const QString &text)
{
    QString line = text.section(u'\n', 0, 0);
    for (QChar &c : line)
        if (c.category() == QChar::Other_Control) c = u' ';
    return line.simplified().left(kMaxSchoolLabel);
}
}  // namespace

QString schoolLabelPath(const QString &dir) { return QDir(dir).filePath(u"school-name.txt"_s); }

QString readSchoolLabel(const QString &dir)
{
    QFile file(schoolLabelPath(dir));
    if (!file.open(QIODevice::ReadOnly)) return {};
    return cleaned(QString::fromUtf8(file.read(4 * kMaxSchoolLabel)));
}

Status writeSchoolLabel(const QString &dir, const QString &schoolName)
{
    const QString name = cleaned(schoolName);
    if (name.isEmpty() || readSchoolLabel(dir) == name) return {};
    return writeFileAtomically(schoolLabelPath(dir), name.toUtf8() + '\n');
}

}  // namespace cd::vault
