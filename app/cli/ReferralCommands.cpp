// counseldesk-cli referral list|letter: the referrals' numbers, statuses and dates (never a name),
// and a referral's letter as a PDF: the newest text that was printed for it, else composed from
// the referral. The PDF leaves the room, so it is recorded like a print (PrintedDocuments).

#include "app/cli/Commands.h"
#include "app/cli/VerbParser.h"
#include "core/common/Clock.h"
#include "core/crisis/DocumentData.h"
#include "core/crisis/Documents.h"
#include "core/crisis/PrintedDocuments.h"
#include "core/crisis/Referrals.h"
#include "ui/common/DocumentOutput.h"

#include <QCoreApplication>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace cd::cli {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QString day(const QDateTime &at) { return at.isValid() ? at.toLocalTime().date().toString(Qt::ISODate) : u"-"_s; }
QString day(const QDate &date) { return date.isValid() ? date.toString(Qt::ISODate) : u"-"_s; }

int referralList(const QStringList &args)
{
    VerbParser verb(u"referral list VAULT --user NAME"_s,
                    Tr::tr("Lists the referrals, newest first: number, status and dates (created, given to the "
                           "guardian, return slip due, slip returned, closed), tab-separated after a header line. "
                           "No names."),
                    true);
    verb.parser().addPositionalArgument(u"VAULT"_s, Tr::tr("The vault folder."));
    if (auto code = verb.parse(args, 1)) return *code;
    int exitCode = 0;
    auto vault = verb.openVault(verb.positional(0), exitCode);
    if (!vault) return exitCode;
    auto referrals = crisis::Referrals(*vault).all();
    if (!referrals) return Console::fail(referrals.error());
    Console::out(u"number\tstatus\tcreated\tgiven\tslip_due\tslip_returned\tclosed"_s);
    for (const crisis::Referral &r : *referrals)
        Console::out(QStringList{r.number, crisis::referralStatusCode(r.status), day(r.createdAt), day(r.givenAt),
                                 day(r.slipDue), day(r.slipAt), day(r.closedAt)}
                         .join(u'\t'));
    return 0;
}

std::optional<crisis::DocumentKind> kindFromOption(const QString &value)
{
    if (value == u"hospital"_s) return crisis::DocumentKind::HospitalLetter;
    if (value == u"guardian"_s) return crisis::DocumentKind::GuardianAdvice;
    if (value == u"slip"_s) return crisis::DocumentKind::ReturnSlip;
    return std::nullopt;
}

int referralLetter(const QStringList &args)
{
    VerbParser verb(u"referral letter VAULT --referral NUMBER --out FILE.pdf [--kind hospital|guardian|slip] "
                    "[--language zh_CN|en] --user NAME"_s,
                    Tr::tr("Writes a referral's letter as a PDF: the newest text printed for it (in its language, "
                           "unless --language asks for another), else the letter composed from the referral. The "
                           "PDF is kept in the vault and recorded in the audit log like a print."),
                    true);
    const QCommandLineOption number(u"referral"_s, Tr::tr("The referral's number, e.g. ZJ-2026-007."), Tr::tr("NUMBER"));
    const QCommandLineOption out(u"out"_s, Tr::tr("The PDF file to write."), Tr::tr("FILE"));
    const QCommandLineOption kind(u"kind"_s,
                                  Tr::tr("hospital (the letter to the hospital, default), guardian (the advice to "
                                         "the guardian) or slip (the return slip)."),
                                  Tr::tr("KIND"), u"hospital"_s);
    const QCommandLineOption language(u"language"_s, Tr::tr("zh_CN or en (default: the stored text's, else zh_CN)."),
                                      Tr::tr("LANGUAGE"));
    verb.parser().addOptions({number, out, kind, language});
    verb.parser().addPositionalArgument(u"VAULT"_s, Tr::tr("The vault folder."));
    if (auto code = verb.parse(args, 1)) return *code;
    if (verb.parser().value(number).trimmed().isEmpty()) {
        Console::error(Tr::tr("Name the referral with --referral NUMBER (see \"referral list\")."));
        return 2;
    }
    QString path = verb.parser().value(out).trimmed();
    if (path.isEmpty()) {
        Console::error(Tr::tr("Name the PDF file to write with --out FILE.pdf."));
        return 2;
    }
    const auto documentKind = kindFromOption(verb.parser().value(kind));
    if (!documentKind) {
        Console::error(Tr::tr("Unknown --kind \"%1\": use hospital, guardian or slip.").arg(verb.parser().value(kind)));
        return 2;
    }
    const QString wanted = verb.parser().value(language);
    if (!wanted.isEmpty() && !crisis::documentLanguages().contains(wanted)) {
        Console::error(Tr::tr("Unknown --language \"%1\": use zh_CN or en.").arg(wanted));
        return 2;
    }

    int exitCode = 0;
    auto vault = verb.openVault(verb.positional(0), exitCode);
    if (!vault) return exitCode;
    auto referral = crisis::Referrals(*vault).byNumber(verb.parser().value(number).trimmed());
    if (!referral) return Console::fail(referral.error());
    auto letterhead = crisis::LetterheadStore(*vault).load();
    if (!letterhead) return Console::fail(letterhead.error());

    crisis::PrintedDocument document;
    document.studentId = referral->studentId;
    document.referralId = referral->id;
    document.kind = *documentKind;
    auto stored = crisis::PrintedDocuments(*vault).latestForReferral(referral->id, *documentKind);
    if (!stored) return Console::fail(stored.error());
    const bool reuse = stored->has_value() && (wanted.isEmpty() || (*stored)->language == wanted);
    if (reuse) {
        document.language = (*stored)->language;
        document.body = (*stored)->body;
    } else {
        document.language = wanted.isEmpty() ? u"zh_CN"_s : wanted;
        auto data = crisis::referralDocumentData(*vault, referral->id, clock::today());
        if (!data) return Console::fail(data.error());
        if (*documentKind == crisis::DocumentKind::GuardianAdvice)
            document.body = crisis::composeGuardianAdvice(*data, document.language);
        else if (*documentKind == crisis::DocumentKind::ReturnSlip)
            document.body = crisis::composeReturnSlip(*data, document.language);
        else
            document.body = crisis::composeHospitalLetter(*data, document.language);
    }

    QTextDocument rendered;
    if (const QString warning = ui::prepareDocument(rendered, document.body, letterhead->logo); !warning.isEmpty())
        Console::error(warning);
    ui::PdfFile pdf(path);
    if (const QString error = pdf.write(rendered, crisis::documentKindName(*documentKind)); !error.isEmpty())
        return Console::fail(makeError(ErrorCode::Io, error));
    auto recorded = crisis::PrintedDocuments(*vault).record(document);
    if (!recorded) return Console::fail(recorded.error());  // the part file goes with `pdf`
    if (const QString error = pdf.commit(); !error.isEmpty()) return Console::fail(makeError(ErrorCode::Io, error));
    Console::out(QStringList{referral->number, crisis::documentKindCode(*documentKind), document.language,
                             reuse ? u"stored"_s : u"composed"_s, path}
                     .join(u'\t'));
    return 0;
}

}  // namespace

int runReferral(const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == u"list"_s) return referralList(args.mid(1));
    if (sub == u"letter"_s) return referralLetter(args.mid(1));
    if (sub == u"--help"_s || sub == u"-h"_s) {
        Console::out(Tr::tr("Usage: counseldesk-cli referral list|letter VAULT ... (--help on each for its options)")
                     + u"\n\n"_s + exitCodeHelp());
        return 0;
    }
    Console::error(Tr::tr("Use \"referral list\" or \"referral letter\" (each with --help)."));
    return 2;
}

}  // namespace cd::cli
