#include "students/Pinyin.h"

#include <QMutex>
#include <QMutexLocker>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>

namespace cd::students {

namespace {

struct Transliterator {
    QMutex mutex;
    std::unique_ptr<icu::Transliterator> han;
    Transliterator()
    {
        UErrorCode status = U_ZERO_ERROR;
        han.reset(icu::Transliterator::createInstance("Han-Latin; Latin-ASCII; Lower", UTRANS_FORWARD, status));
        if (U_FAILURE(status)) han.reset();
    }
};

Transliterator &transliterator()
{
    static Transliterator instance;
    return instance;
}

}  // namespace

PinyinKeys pinyinKeys(const QString &name)
{
    PinyinKeys keys;
    Transliterator &t = transliterator();
    for (QChar c : name) {
        if (c.isSpace()) continue;
        if (c.unicode() < 128) {
            if (c.isLetterOrNumber()) {
                keys.full += c.toLower();
                keys.initials += c.toLower();
            }
            continue;
        }
        QString syllable;
        if (t.han) {
            icu::UnicodeString text(static_cast<UChar>(c.unicode()));
            {
                QMutexLocker lock(&t.mutex);
                t.han->transliterate(text);
            }
            for (int32_t i = 0; i < text.length(); ++i) {
                const QChar out(text.charAt(i));
                if (out.isLetter() && out.unicode() < 128) syllable += out;
            }
        }
        if (syllable.isEmpty()) continue;
        keys.full += syllable;
        keys.initials += syllable.at(0);
    }
    return keys;
}

}  // namespace cd::students
