// Catch's runner with benchmarking enabled, inside a QCoreApplication.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "crypto/Crypto.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    cd::crypto::initialize();
    return Catch::Session().run(argc, argv);
}
