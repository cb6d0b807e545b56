#include "io/TextDecoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <unicode/ucnv.h>

using namespace Qt::StringLiterals;

namespace cd::io {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Import)
};

std::optional<QString> strictUtf(const QByteArray &bytes, QStringConverter::Encoding encoding)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) return std::nullopt;
    return text;
}

std::optional<QString> strictGb18030(const QByteArray &bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    UConverter *converter = ucnv_open("GB18030", &status);
    if (U_FAILURE(status)) return std::nullopt;
    // Stop at the first byte sequence that is not GB18030 instead of substituting.
    ucnv_setToUCallBack(converter, UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QString out(bytes.size() + 1, Qt::Uninitialized);
    const int32_t length = ucnv_toUChars(converter, reinterpret_cast<UChar *>(out.data()),
                                         static_cast<int32_t>(out.size()), bytes.constData(),
                                         static_cast<int32_t>(bytes.size()), &status);
    ucnv_close(converter);
    if (U_FAILURE(status)) return std::nullopt;
    out.truncate(length);
    return out;
}

}  // namespace

Result<DecodedText> decodeText(const QByteArray &bytes, const QString &fileName)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        if (auto text = strictUtf(bytes.mid(3), QStringConverter::Utf8)) return DecodedText{*text, u"UTF-8"_s};
    } else if (bytes.startsWith("\xFF\xFE")) {
        if (auto text = strictUtf(bytes.mid(2), QStringConverter::Utf16LE)) return DecodedText{*text, u"UTF-16LE"_s};
    } else if (bytes.startsWith("\xFE\xFF")) {
        if (auto text = strictUtf(bytes.mid(2), QStringConverter::Utf16BE)) return DecodedText{*text, u"UTF-16BE"_s};
    } else {
        if (auto text = strictUtf(bytes, QStringConverter::Utf8)) return DecodedText{*text, u"UTF-8"_s};
        if (auto text = strictGb18030(bytes)) return DecodedText{*text, u"GB18030"_s};
    }
    return makeError(ErrorCode::InvalidInput,
                     Tr::tr("%1 is not in an encoding CounselDesk can read (UTF-8 or GB18030/GBK). Open it in Excel "
                            "and save it again as \"CSV UTF-8\" or as an .xlsx workbook.")
                         .arg(fileName));
}

}  // namespace cd::io
