#include "ui/district/SummaryPdf.h"

#include "ui/common/Printing.h"
#include "ui/district/SummaryChartPainter.h"
#include "ui/district/SummaryWords.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

#include <cmath>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {

constexpr int kDpi = 300;
constexpr qreal kSide = 18;     // mm: left and right margins
constexpr qreal kTop = 20;      // mm: above the text (the running head sits in it)
constexpr qreal kBottom = 20;   // mm: below the text (the footer sits in it)
constexpr qreal kKeep = 28;     // mm: a heading or a table's start needs this much below it on its page
constexpr int kMaxBars = 30;    // a taller chart would not fit a page beside its table

/// Millimetres in the PDF writer's pixels (page size, painting, charts).
qreal mm(qreal millimetres) { return millimetres * kDpi / 25.4; }
/// Millimetres in the text layout's units (frame, block and table margins), which it scales from
/// 96 dpi to the writer's resolution itself.
qreal layoutMm(qreal millimetres) { return millimetres * 96 / 25.4; }

const QColor kInk(0x22, 0x22, 0x22);
const QColor kGrey(0x66, 0x66, 0x66);
const QColor kRule(0x99, 0x99, 0x99);
const QColor kTitleShade(0xdd, 0xe4, 0xee);
const QColor kHeadShade(0xf0, 0xf0, 0xf0);

/// The printed documents' font list (ui/common/Printing) as families.
QStringList fontFamilies()
{
    QStringList families;
    for (QString family : printFontFamilies().split(u',')) {
        family = family.trimmed().remove(u'\'');
        if (family != u"sans-serif"_s) families << family;
    }
    return families;
}

QFont font(qreal points, bool bold = false)
{
    QFont f;
    f.setFamilies(fontFamilies());
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QTextCharFormat chars(qreal points, bool bold = false, const QColor &colour = kInk)
{
    QTextCharFormat c;
    c.setFont(font(points, bold));
    c.setForeground(colour);
    return c;
}

QTextBlockFormat block(qreal topMm, qreal bottomMm, Qt::Alignment align = Qt::AlignLeft)
{
    QTextBlockFormat b;
    b.setTopMargin(layoutMm(topMm));
    b.setBottomMargin(layoutMm(bottomMm));
    b.setAlignment(align);
    return b;
}

/// Composes the report into a QTextDocument laid out for the PDF writer's pages.
class Composer {
public:
    Composer(const district::Summary &summary, const SummaryLanguage &lang, QTextDocument &document,
             SummaryChartObject &charts, QPaintDevice *device)
        : m_summary(summary), m_lang(lang), m_document(document), m_charts(charts), m_device(device),
          m_cursor(&document)
    {
    }

    void compose()
    {
        // One edit block: the document is laid out once at its end, not after every cell.
        m_cursor.beginEditBlock();
        const district::SummaryHeader &h = m_summary.header;
        m_cursor.setBlockFormat(block(0, 2));
        m_cursor.insertText(m_lang.t(QT_TRANSLATE_NOOP("DistrictSummary", "Semester summary of mental-health work")),
                            chars(17, true));
        //: the printed summary's school line: the school's name and the district's code for it
        // A district's merged summary has no school code: its name says how many schools it adds up.
        insert(block(0, 0),
               h.schoolCode.isEmpty()
                   ? h.schoolName
                   : m_lang.t(QT_TRANSLATE_NOOP("DistrictSummary", "%1 (school code %2)")).arg(h.schoolName, h.schoolCode),
               chars(11));
        insert(block(0, 4), m_lang.t(QT_TRANSLATE_NOOP("DistrictSummary", "Semester: %1")).arg(h.semester), chars(11));
        for (const QString &part : summaryParts(m_summary)) {
            m_keep << KeepItem{m_cursor.position() + 1, nullptr};
            insert(block(5, 2), partHeading(part, m_lang), chars(13.5, true));
            for (int t : tablesOfPart(m_summary, part)) table(m_summary.tables.at(t));
        }
        m_cursor.endEditBlock();
    }

    /// Moves each part heading and each table whose start would sit at the foot of a page (with
    /// less than kKeep below it) to the next page.
    void keepStartsTogether()
    {
        QAbstractTextDocumentLayout *layout = m_document.documentLayout();
        const qreal page = m_document.pageSize().height();
        const qreal bottom = mm(kBottom);
        for (const KeepItem &item : std::as_const(m_keep)) {
            const qreal top = item.table ? layout->frameBoundingRect(item.table).top()
                                         : layout->blockBoundingRect(m_document.findBlock(item.position)).top();
            const qreal pageEnd = (std::floor(top / page) + 1) * page - bottom;
            if (top + mm(kKeep) <= pageEnd) continue;
            if (item.table) {
                QTextTableFormat f = item.table->format();
                f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                item.table->setFormat(f);
            } else {
                QTextCursor c(m_document.findBlock(item.position));
                QTextBlockFormat f = c.blockFormat();
                f.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
                c.setBlockFormat(f);
            }
        }
    }

private:
    struct KeepItem {
        int position;
        QTextTable *table;
    };

    void insert(const QTextBlockFormat &format, const QString &text, const QTextCharFormat &charFormat)
    {
        m_cursor.insertBlock(format, charFormat);
        m_cursor.insertText(text, charFormat);
    }

    static void fill(QTextTable *table, int row, int column, const QString &text, const QTextCharFormat &format,
                     Qt::Alignment align, const QColor &shade = {})
    {
        QTextTableCell cell = table->cellAt(row, column);
        if (shade.isValid()) {
            QTextTableCellFormat f = cell.format().toTableCellFormat();
            f.setBackground(shade);
            cell.setFormat(f);
        }
        QTextCursor c = cell.firstCursorPosition();
        QTextBlockFormat b;
        b.setAlignment(align);
        c.setBlockFormat(b);
        c.insertText(text, format);
    }

    void table(const district::SummaryTable &t)
    {
        const int columns = int(t.columns.size()) + 1;
        QTextTableFormat format;
        format.setHeaderRowCount(2);
        format.setBorder(0.6);
        format.setBorderBrush(kRule);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderCollapse(true);
        format.setCellSpacing(0);
        format.setCellPadding(3);
        format.setTopMargin(layoutMm(2));
        format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
        m_cursor.insertBlock(block(0, 0), chars(9));
        QTextTable *table = m_cursor.insertTable(int(t.rows.size()) + 2, columns, format);
        m_keep << KeepItem{-1, table};
        table->mergeCells(0, 0, 1, columns);
        fill(table, 0, 0, t.title, chars(10, true), Qt::AlignLeft, kTitleShade);
        fill(table, 1, 0, QString(), chars(9, true), Qt::AlignLeft, kHeadShade);
        for (int c = 0; c < t.columns.size(); ++c)
            fill(table, 1, c + 1, t.columns.at(c).label, chars(9, true), Qt::AlignRight | Qt::AlignVCenter, kHeadShade);
        for (int r = 0; r < t.rows.size(); ++r) {
            const district::SummaryRow &row = t.rows.at(r);
            const bool total = row.key == u"total"_s;
            fill(table, r + 2, 0, row.label, chars(9, total), Qt::AlignLeft);
            for (int c = 0; c < row.values.size() && c < t.columns.size(); ++c)
                fill(table, r + 2, c + 1, m_summary.text(row.values.at(c)), chars(9, total), Qt::AlignRight);
        }
        m_cursor.movePosition(QTextCursor::End);
        m_cursor.setBlockFormat(block(1, 0));
        if (!t.note.isEmpty()) insert(block(1, 0), t.note, chars(8.5, false, kGrey));
        if (m_summary.hasWithheld(t)) insert(block(1, 0), withheldFootnote(m_summary, m_lang), chars(8.5, false, kGrey));
        const auto chart = summaryChart(m_summary, t);
        if (chart && chart->nothingShown()) {
            insert(block(3, 2), noChartLine(*chart, m_lang), chars(8.5, false, kGrey));
        } else if (chart && chart->bars.size() <= kMaxBars) {
            const qreal width = m_document.pageSize().width() - mm(2 * kSide) - mm(1);
            const QTextCharFormat object = m_charts.add(SummaryChartPainter(*chart, font(8.5), m_device, width));
            m_cursor.insertBlock(block(3, 2));
            m_cursor.insertText(QString(QChar::ObjectReplacementCharacter), object);
        }
    }

    const district::Summary &m_summary;
    const SummaryLanguage &m_lang;
    QTextDocument &m_document;
    SummaryChartObject &m_charts;
    QPaintDevice *m_device;
    QTextCursor m_cursor;
    QList<KeepItem> m_keep;
};

/// Draws page `index` (from 0) of `document`, with the running head and the footer; returns the
/// strings drawn besides the document's own.
QStringList paintPage(QPainter &painter, QTextDocument &document, int index, int pages, const district::Summary &summary,
                      const SummaryLanguage &lang)
{
    const QSizeF paper = document.pageSize();
    painter.save();
    painter.translate(0, -index * paper.height());
    const QRectF view(0, index * paper.height(), paper.width(), paper.height());
    painter.setClipRect(view);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = view;
    context.palette.setColor(QPalette::Text, kInk);
    document.documentLayout()->draw(&painter, context);
    painter.restore();

    const district::SummaryHeader &h = summary.header;
    //: the running head of the printed summary: the school and the semester
    const QString head = lang.t(QT_TRANSLATE_NOOP("DistrictSummary", "%1 · %2")).arg(h.schoolName, h.semester);
    //: the printed summary's footer: the program that made it, the table layout and its version
    const QString made = lang.t(QT_TRANSLATE_NOOP("DistrictSummary", "%1 · layout %2, version %3"))
                             .arg(h.generator, h.layoutId)
                             .arg(h.layoutVersion);
    const QString pageOf = lang.t(QT_TRANSLATE_NOOP("DistrictSummary", "Page %1 of %2")).arg(index + 1).arg(pages);
    painter.save();
    painter.setFont(font(8));
    painter.setPen(kGrey);
    const qreal left = mm(kSide), right = paper.width() - mm(kSide);
    const QRectF headBox(left, mm(9), right - left, mm(6));
    painter.drawText(headBox, Qt::AlignRight | Qt::AlignBottom, head);
    const QRectF footBox(left, paper.height() - mm(14), right - left, mm(6));
    painter.drawText(footBox, Qt::AlignLeft | Qt::AlignTop, made);
    painter.drawText(footBox, Qt::AlignRight | Qt::AlignTop, pageOf);
    painter.setPen(QPen(kRule, 0));
    painter.drawLine(QPointF(left, mm(kTop - 4)), QPointF(right, mm(kTop - 4)));
    painter.drawLine(QPointF(left, paper.height() - mm(kBottom - 4)), QPointF(right, paper.height() - mm(kBottom - 4)));
    painter.restore();
    return {head, made, pageOf};
}

/// The digits of every date in the PDF (the document information's CreationDate and ModDate, and
/// XMP's dates should a writer add them) pinned to 2000-01-01 00:00 UTC, as the workbook's: the
/// report says nothing of when it was made. Rewritten in place, one character for one, so that no
/// byte offset (the cross-reference table's) moves. QPdfWriter has no setter for them.
void pinDates(QByteArray &pdf)
{
    static const QRegularExpression dates(
        uR"((?:/(?:CreationDate|ModDate)\s*\(D:(\d{4,14})([-+Z0-9']*)\))|)"
        uR"((?:(?:CreateDate|ModifyDate|MetadataDate)(?:>|=["'])(\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?)((?:Z|[-+]\d\d:\d\d)?)))"_s);
    const QString text = QString::fromLatin1(pdf);  // one character per byte: offsets carry over
    const auto pin = [&pdf](qsizetype at, const QString &was, const QString &fixed) {
        for (qsizetype i = 0; i < was.size(); ++i) {
            const QChar c = was.at(i);
            // The fixed date's character where the old one has a digit; a zone's sign becomes '+'.
            if (c.isDigit()) pdf[at + i] = fixed.at(i).toLatin1();
            else if (c == u'-' && fixed.at(i) == u'+') pdf[at + i] = '+';
        }
    };
    for (auto it = dates.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedLength(1) > 0) {  // D:YYYYMMDDHHmmSS then the zone: Z, or +HH'mm'
            pin(m.capturedStart(1), m.captured(1), u"20000101000000"_s.left(m.capturedLength(1)));
            pin(m.capturedStart(2), m.captured(2), QString(m.capturedLength(2), u'0').replace(0, 1, u'+'));
        } else if (m.capturedLength(3) > 0) {  // XMP: YYYY-MM-DDTHH:mm:SS then Z or +HH:mm
            pin(m.capturedStart(3), m.captured(3), u"2000-01-01T00:00:00"_s.left(m.capturedLength(3)));
            pin(m.capturedStart(4), m.captured(4), QString(m.capturedLength(4), u'0').replace(0, 1, u'+'));
        }
    }
}

}  // namespace

district::RenderedPdf renderSummaryPdf(const district::Summary &summary)
{
    const SummaryLanguage lang(summary.header.language);
    district::RenderedPdf rendered;
    QBuffer buffer(&rendered.bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kDpi);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    const QString title = lang.t(QT_TRANSLATE_NOOP("DistrictSummary", "Semester summary of mental-health work"));
    writer.setTitle(title);
    writer.setCreator(summary.header.generator);

    QTextDocument document;
    document.documentLayout()->setPaintDevice(&writer);
    document.setPageSize(QSizeF(mm(210), mm(297)));
    document.setDefaultFont(font(9.5));
    document.setDocumentMargin(0);
    QTextFrameFormat root = document.rootFrame()->frameFormat();
    root.setLeftMargin(layoutMm(kSide));
    root.setRightMargin(layoutMm(kSide));
    root.setTopMargin(layoutMm(kTop));
    root.setBottomMargin(layoutMm(kBottom));
    document.rootFrame()->setFrameFormat(root);
    auto *charts = new SummaryChartObject(&document);
    document.documentLayout()->registerHandler(SummaryChartObject::objectType(), charts);

    Composer composer(summary, lang, document, *charts, &writer);
    composer.compose();
    composer.keepStartsTogether();

    QStringList drawn{document.toPlainText().remove(QChar::ObjectReplacementCharacter)};
    for (const SummaryChartPainter &chart : charts->charts()) drawn << chart.strings();
    QPainter painter(&writer);
    const int pages = document.pageCount();
    for (int i = 0; i < pages; ++i) {
        if (i > 0) writer.newPage();
        drawn << paintPage(painter, document, i, pages, summary, lang);
    }
    painter.end();
    pinDates(rendered.bytes);
    rendered.text = drawn.join(u'\n');
    rendered.summarySha256 = district::summaryDigest(summary);
    return rendered;
}

}  // namespace cd::ui
