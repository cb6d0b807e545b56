// libFuzzer target: the bytes of a roster CSV file, read the way the import reads them: decoded
// (UTF-8, UTF-16 with a BOM, GB18030), parsed, the header found and mapped, every cell parsed.

#include "FuzzSupport.h"
#include "io/CsvReader.h"
#include "io/TextDecoding.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    cd::fuzz::pinClock();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString name = u"fuzz.csv"_s;
    auto decoded = cd::io::decodeText(cd::fuzz::bytesOf(data, size), name);
    if (!decoded) return 0;
    auto table = cd::io::parseCsv(decoded->text, name);
    if (!table) return 0;
    cd::fuzz::exerciseRosterTable(*table);
    return 0;
}
