// counseldesk-cli instruments list|check: the screening instruments that ship, and the check of a
// definition file a school wants to load (every problem with its line and field).

#include "app/cli/Commands.h"
#include "app/cli/VerbParser.h"
#include "core/screening/InstrumentReader.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::cli {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString describe(const screening::Instrument &ins)
{
    //: one instrument: code, version, name, items, bands
    return Tr::tr("%1 (version %2): %3 — %4 items, %5 bands")
        .arg(ins.code, ins.version, screening::localized(ins.name))
        .arg(ins.items.size())
        .arg(ins.bands.size());
}

}  // namespace

int runInstruments(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"list"_s) {
        VerbParser verb(u"instruments list"_s, Tr::tr("Lists the screening instruments that ship with CounselDesk."),
                        false);
        if (auto code = verb.parse(args.mid(1), 0)) return *code;
        auto all = screening::shippedInstruments();
        if (!all) return Console::fail(all.error());
        for (const screening::Instrument &ins : *all) Console::out(describe(ins));
        return 0;
    }
    if (sub == u"check"_s) {
        VerbParser verb(u"instruments check FILE"_s,
                        Tr::tr("Checks an instrument definition file (docs/instrument-format.md) before a school "
                               "loads it, and names the line and field of every problem."),
                        false);
        verb.parser().addPositionalArgument(u"FILE"_s, Tr::tr("The definition (.json)."));
        if (auto code = verb.parse(args.mid(1), 1)) return *code;
        auto ins = screening::readInstrumentFile(verb.positional(0));
        if (!ins) return Console::fail(ins.error());
        Console::out(Tr::tr("The definition is valid: %1").arg(describe(*ins)));
        return 0;
    }
    Console::error(Tr::tr("Use \"instruments list\" or \"instruments check FILE\"."));
    return 2;
}

}  // namespace cd::cli
