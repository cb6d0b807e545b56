// libFuzzer target: the key-slot file (vault/KeySlotFile.h), as read from a vault or a backup.
//
// Each input is parsed twice: as it is (line structure, the "sum" line), and with its "sum" line
// recomputed. Line 4 is a BLAKE2b checksum of lines 1-3, so without the second pass almost every
// mutation stops at the checksum and the JSON body and slot checks behind it would go untested.
// Nothing here runs Argon2 (openSlot): a slot may ask for up to 4 GiB, and that is by design.

#include "crypto/Crypto.h"
#include "crypto/SecureBuffer.h"
#include "vault/KeySlotFile.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace {

void check(const cd::Result<cd::vault::KeySlotFile> &file, const QByteArray &content)
{
    if (!file) {
        if (file.error().code != cd::ErrorCode::Damaged) std::abort();  // the only documented failure
        return;
    }
    if (file->loadedBytes() != content) std::abort();
    static const cd::crypto::SecureBuffer key(cd::crypto::kKeyBytes);  // zeros: a wrong key
    (void)file->verifyMac(key);
    (void)file->findUserSlot(u"lead"_s);
    (void)file->recoverySlot();
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    if (!cd::crypto::initialize()) std::abort();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    const QString path = u"fuzz/keyslots.cdk"_s;
    check(cd::vault::KeySlotFile::parse(input, path), input);

    // Lines 1-3 of the input, then the "sum" line they need.
    qsizetype end = -1;
    for (int line = 0; line < 3; ++line) {
        end = input.indexOf('\n', end + 1);
        if (end < 0) return 0;
    }
    QByteArray summed = input.left(end + 1);
    summed += "sum " + cd::crypto::hash(summed).toHex() + '\n';
    check(cd::vault::KeySlotFile::parse(summed, path), summed);
    return 0;
}
