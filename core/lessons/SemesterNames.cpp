#include "lessons/SemesterNames.h"

using namespace Qt::StringLiterals;

namespace cd::lessons {

QString semesterNameKey(const QString &name)
{
    QString key;
    for (QChar c : name.normalized(QString::NormalizationForm_KC)) {
        if (c.isSpace()) continue;
        if (c.category() == QChar::Punctuation_Dash || c == QChar(0x2212)) c = u'-';  // − is a math sign
        key += c;
    }
    return key.toCaseFolded();
}

int matchSemesterName(const QStringList &names, const QString &typed)
{
    if (const int exact = int(names.indexOf(typed.trimmed())); exact >= 0) return exact;
    const QString key = semesterNameKey(typed);
    int found = -1;
    for (int i = 0; i < names.size(); ++i) {
        if (semesterNameKey(names.at(i)) != key) continue;
        if (found >= 0) return -1;  // two names alike: neither is meant more than the other
        found = i;
    }
    return found;
}

}  // namespace cd::lessons
