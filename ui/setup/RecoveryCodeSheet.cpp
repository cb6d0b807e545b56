#include "ui/setup/RecoveryCodeSheet.h"
#include "ui/common/Dates.h"

#include "ui/common/Printing.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(RecoverySheet)
};
}  // namespace

void buildRecoverySheet(QTextDocument &document, const RecoverySheetFacts &facts)
{
    const QString page = uR"(
<div style="font-family: %1;">
<h1 style="font-size: 20pt;">%2</h1>
<p style="font-size: 12pt;">%3</p>
<table cellpadding="4" style="font-size: 11pt;">
<tr><td><b>%4</b></td><td>%5</td></tr>
<tr><td><b>%6</b></td><td>%7</td></tr>
<tr><td><b>%8</b></td><td>%9</td></tr>
</table>
<p align="center" style="font-family: 'DejaVu Sans Mono', monospace; font-size: 22pt; font-weight: bold;
   white-space: nowrap; margin-top: 28px; margin-bottom: 28px;">%10</p>
<h3>%11</h3>
<ul style="font-size: 11pt;">
<li>%12</li><li>%13</li><li>%14</li>
</ul>
</div>)"_s;
    const auto esc = [](const QString &text) { return text.toHtmlEscaped(); };
    // One arg() call: a "%N" typed into the school name is never substituted again.
    const QString html = page.arg(
        printFontFamilies(), esc(Tr::tr("CounselDesk recovery code")),
        esc(Tr::tr("This code opens the counseling room's encrypted vault when every passphrase is forgotten. "
                   "Keep this sheet locked in the school safe.")),
        esc(Tr::tr("School:")), esc(facts.schoolName), esc(Tr::tr("Vault folder:")), esc(facts.vaultFolder),
        esc(Tr::tr("Created:")), esc(dates::dateTime(facts.createdAt)),
        esc(facts.recoveryCode), esc(Tr::tr("How to use it")),
        esc(Tr::tr("On the unlock screen choose \"Forgot passphrase?\", enter your user name and this code, then "
                   "set a new passphrase.")),
        esc(Tr::tr("The room lead can use it to reset a colleague's forgotten passphrase.")),
        esc(Tr::tr("Anyone holding this sheet and a copy of the vault can read it: never keep it beside the "
                   "computer, never photograph it.")));
    document.setHtml(html);
}

}  // namespace ui
}  // namespace cd
