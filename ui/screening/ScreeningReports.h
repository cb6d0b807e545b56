#pragma once
// Printable screening reports as rich text, in the UI language, with the CJK print fonts:
// - the group report of a run and instrument: counts only (participation and bands per grade and
//   per class, the band chart as an image, follow-ups open/confirmed/cleared), never a name;
// - the individual report of one student: their scores in the run (total, band, subscales,
//   T-score, validity), their trend over runs and their follow-up, marked CONFIDENTIAL;
// - the list of students who have not taken an instrument yet, marked CONFIDENTIAL.

#include "core/common/Result.h"
#include "core/screening/Results.h"

class QTextDocument;

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

/// The name of the chart image resource in the group report.
QString groupReportChartUrl();

void buildGroupReport(QTextDocument &document, const QString &schoolName, const screening::Run &run,
                      const screening::RunSummary &summary);

/// Who has not taken `instrumentName` in the run yet: class, student number and name, under the
/// CONFIDENTIAL banner (names: it is for the class teachers who send the students).
void buildNotTakenList(QTextDocument &document, const QString &schoolName, const screening::Run &run,
                       const QString &instrumentName, const QList<screening::Participant> &missing,
                       const QString &printedBy);

/// Reads the student's scores, answers (for the subscales), trend and follow-up from the vault.
Status buildIndividualReport(QTextDocument &document, vault::Vault &vault, const screening::Run &run,
                             const screening::Participant &student);

}  // namespace ui
}  // namespace cd
