#pragma once
// What a district summary will publish, before it leaves: a line saying how many counts are
// withheld and why, then one tab per part (staffing and funding, education, monitoring,
// counseling, intervention) holding its tables in the layout's order, each a read-only table
// (values as every output prints them, the withheld mark with a tooltip), its note and a bar
// chart of its main column (withheld bars absent, marked); the footnote explaining the mark
// under the tabs. Table contents and part names are in the summary's language, the rest in the
// interface's.

#include "core/district/Summary.h"

#include <QWidget>

class QLabel;
class QTabWidget;

namespace cd::ui {

class SummaryPreview : public QWidget {
    Q_OBJECT
public:
    explicit SummaryPreview(QWidget *parent = nullptr);

    void setSummary(const district::Summary &summary);
    const district::Summary &summary() const { return m_summary; }

    /// "Counts withheld: 12 (8 primary, 4 so that they cannot be worked out); k = 5."
    static QString withheldLine(const district::Summary &summary);
    /// Replaces the first line (a district's merge says what it merged and withheld instead).
    void setWithheldLine(const QString &line);

private:
    QWidget *partPage(const QString &part);
    QWidget *tableSection(int table, QWidget *parent);

    district::Summary m_summary;
    QLabel *m_withheld;
    QTabWidget *m_parts;
    QLabel *m_footnote;
};

}  // namespace cd::ui
