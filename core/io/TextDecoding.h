#pragma once
// Decodes the bytes of a text file whose encoding nobody wrote down: UTF-8 (with or without BOM),
// UTF-16 with a BOM, or GB18030 (a superset of GBK and GB2312), which Chinese Excel writes by
// default. Anything else is refused rather than guessed.

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace cd::io {

struct DecodedText {
    QString text;
    QString encoding;  ///< "UTF-8", "UTF-16LE", "UTF-16BE" or "GB18030"
};

/// `fileName` only names the file in the error message.
Result<DecodedText> decodeText(const QByteArray &bytes, const QString &fileName);

}  // namespace cd::io
