// libFuzzer target: an instrument definition (screening/InstrumentReader.h), as a school loads
// one. A definition that is accepted is then used to score a few sheets, so the reader's
// promises (every reference resolved, bands covering every total) are what scoring relies on.

#include "screening/InstrumentReader.h"
#include "screening/Scoring.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    auto instrument = cd::screening::parseInstrument(json, u"fuzz.json"_s);
    if (!instrument) {
        if (instrument.error().code != cd::ErrorCode::InvalidInput || instrument.error().message.isEmpty())
            std::abort();  // the only documented failure, always with a message
        return 0;
    }
    for (const int choice : {0, 1, 2}) {
        cd::screening::Answers answers;
        for (const auto &item : instrument->items) {
            const auto &options = instrument->options;
            answers.insert(item.id, options.at((choice + item.id.size()) % options.size()).value);
        }
        const auto score = cd::screening::scoreSheet(*instrument, answers, 1);
        // A complete sheet of valid answers lands in a band whenever bands exist and it is valid.
        if (score.valid && !instrument->bands.isEmpty() && instrument->total.method == cd::screening::Method::Sum
            && score.band < 0)
            std::abort();
    }
    return 0;
}
