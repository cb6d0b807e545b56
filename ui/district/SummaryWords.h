#pragma once
// The words a district summary is printed with, in the summary's own language (its
// header.language, whatever the interface speaks), for the PDF (SummaryPdf) and the preview
// (SummaryPreview). The parts, their headings and the footnote on the withheld mark are core's
// (core/district/SummaryCatalogue.h), shared with the package's files.

#include "core/district/Summary.h"
#include "core/district/SummaryCatalogue.h"
#include "ui/district/SummaryCharts.h"

#include <QString>
#include <QStringList>

namespace cd::ui {

/// A summary's language: strings marked QT_TRANSLATE_NOOP("DistrictSummary", …) translated by
/// settings::translateFor ("en" is the source).
class SummaryLanguage {
public:
    explicit SummaryLanguage(const QString &language);
    ~SummaryLanguage();
    SummaryLanguage(const SummaryLanguage &) = delete;
    SummaryLanguage &operator=(const SummaryLanguage &) = delete;

    const QString &code() const { return m_code; }
    /// The translation of `source` (context "DistrictSummary"), or the source itself.
    QString t(const char *source, const char *comment = nullptr) const;

private:
    QString m_code;
};

/// The heading of a part in the summary's language (district::partHeading). The parts, their
/// order and tables are core's (district::summaryParts, district::tablesOfPart).
QString partHeading(const QString &part, const SummaryLanguage &language);
/// The footnote on the withheld mark: core's district::withheldFootnote, the same in every output.
QString withheldFootnote(const district::Summary &summary, const SummaryLanguage &language);

/// The line in place of a chart with nothing shown (SummaryChart::nothingShown): its counts are
/// all withheld, or withheld and 0.
QString noChartLine(const SummaryChart &chart, const SummaryLanguage &language);

}  // namespace cd::ui
