#pragma once
// Pinyin for Chinese names, so "zs" or "zhangsan" finds 张三. Uses ICU's Han-Latin
// transliteration (one reading per character; a polyphonic surname may get its common reading).

#include <QString>

namespace cd::students {

struct PinyinKeys {
    QString full;      ///< "zhangsan" (no tones, no spaces)
    QString initials;  ///< "zs"
};

/// Thread-safe. Latin letters pass through lower-cased; other characters are dropped.
PinyinKeys pinyinKeys(const QString &name);

}  // namespace cd::students
