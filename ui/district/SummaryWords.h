#pragma once
// The words a district summary is printed with, in the summary's own language (its
// header.language, whatever the interface speaks): the parts in the order every output shows
// them, their headings, the title lines and the footnote explaining the withheld mark. Shared by
// the PDF (SummaryPdf) and the preview (SummaryPreview), so both say the same.

#include "core/district/Summary.h"

#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace cd::ui {

/// A summary's language: strings marked QT_TRANSLATE_NOOP("DistrictSummary", …) translated
/// through a translator of its own loaded from the embedded translations ("en" is the source).
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
    std::unique_ptr<QTranslator> m_translator;
};

/// The parts of `summary` that hold a table, in report order: profile (staffing and funding),
/// education, monitoring, counseling, intervention; a part a newer layout adds comes after them.
QStringList summaryParts(const district::Summary &summary);
/// The indexes of the tables of `part`, in the layout's order.
QList<int> tablesOfPart(const district::Summary &summary, const QString &part);
/// The heading of a part ("Monitoring and early warning"); an unknown part's key as it is.
QString partHeading(const QString &part, const SummaryLanguage &language);
/// "* Withheld so that no student can be identified; k = 5."
QString withheldFootnote(const district::Summary &summary, const SummaryLanguage &language);

}  // namespace cd::ui
