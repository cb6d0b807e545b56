#pragma once
// Qt's own strings that its zh_CN translation (qt6-translations-l10n 6.4's qtbase_zh_CN.qm) lacks
// and that our users see in Qt's dialogs: listed here so that lupdate puts them in our .ts files
// under Qt's context, and our translator answers where Qt's has nothing (the file dialog's type
// column said "Folder" in English). Nothing reads this array: it is for lupdate.

#include <QtGlobal>

namespace cd::settings::qtstrings {

struct Text {
    const char *source;
    const char *comment;
};

/// The file dialog's type column (QAbstractFileIconProvider::type()).
[[maybe_unused]] inline constexpr Text kFolder =
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms");
[[maybe_unused]] inline constexpr const char *kFileIconProvider[] = {
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
};

}  // namespace cd::settings::qtstrings
