#pragma once
// The column headings of a summary table in the preview: long headings (Chinese ones above all,
// "完成随访访谈人数" in a column shared with seven others) wrap onto up to three lines and are
// elided after that, the whole heading in the tooltip; the header grows as tall as its longest
// heading needs at the columns' current widths, and says so (heightChanged) for the view to follow.

#include <QHeaderView>

namespace cd::ui {

class SummaryHeaderView : public QHeaderView {
    Q_OBJECT
public:
    static constexpr int kMaxLines = 3;

    explicit SummaryHeaderView(QWidget *parent = nullptr);

    /// The heading of `logicalIndex` as drawn at `width` pixels: up to kMaxLines lines, the last
    /// elided when the heading needs more.
    QStringList headingLines(int logicalIndex, int width) const;

Q_SIGNALS:
    void heightChanged(int height);

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;

private:
    int textWidth(int sectionWidth) const;
    void followWidths();

    int m_height = -1;
};

}  // namespace cd::ui
