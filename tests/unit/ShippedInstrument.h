#pragma once
// A shipped instrument by its code, for the instrument tests (test_instruments.cpp,
// test_instrument_definitions.cpp).

#include "screening/InstrumentReader.h"

#include <catch2/catch.hpp>

namespace cd::test {

/// The shipped instrument with this code (REQUIREs that the shipped ones load, FAILs without it).
inline screening::Instrument shipped(const QString &code)
{
    auto all = screening::shippedInstruments();
    INFO((all ? QString() : all.error().message).toStdString());
    REQUIRE(all.ok());
    for (const screening::Instrument &i : *all)
        if (i.code == code) return i;
    FAIL("no shipped instrument " << code.toStdString());
    return {};
}

}  // namespace cd::test
