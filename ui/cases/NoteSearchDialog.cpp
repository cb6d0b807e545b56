#include "ui/cases/NoteSearchDialog.h"
#include "ui/common/Dates.h"

#include "ui/common/TableRows.h"
#include "core/cases/CaseRepository.h"
#include "ui/common/AreaRegistry.h"
#include "core/vault/Vault.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {
QString snippetHtml(const cases::NoteHit &hit)
{
    QString html;
    int at = 0;
    for (const auto &[start, length] : hit.matches) {
        html += hit.snippet.mid(at, start - at).toHtmlEscaped() + u"<b>"_s
                + hit.snippet.mid(start, length).toHtmlEscaped() + u"</b>"_s;
        at = start + length;
    }
    return html + hit.snippet.mid(at).toHtmlEscaped();
}
}  // namespace

NoteSearchDialog::NoteSearchDialog(vault::Vault &vault, QWidget *parent)
    : QDialog(parent), m_vault(vault), m_query(new QLineEdit(this)), m_results(new QTableWidget(this)),
      m_status(new QLabel(this))
{
    setObjectName(u"noteSearchDialog"_s);
    setWindowTitle(tr("Search session notes"));
    resize(820, 520);
    m_query->setObjectName(u"noteQuery"_s);
    m_query->setPlaceholderText(tr("Words or phrases from session notes, e.g. 考试压力"));
    m_query->setClearButtonEnabled(true);
    m_results->setObjectName(u"noteResults"_s);
    m_results->setColumnCount(3);
    m_results->setHorizontalHeaderLabels({tr("Date"), tr("Student"), tr("Where it was found")});
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->verticalHeader()->hide();
    fitRowsToText(m_results);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_status->setObjectName(u"noteSearchStatus"_s);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_status);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(200);
    connect(m_query, &QLineEdit::textChanged, &m_debounce, qOverload<>(&QTimer::start));
    connect(&m_debounce, &QTimer::timeout, this, [this]() { search(m_query->text()); });
    connect(m_results, &QTableWidget::cellActivated, this, [this](int row, int) {
        const qint64 studentId = m_results->item(row, 1)->data(Qt::UserRole).toLongLong();
        AreaRegistry::instance().openStudentRecord(m_vault, studentId, this);
    });
}

int NoteSearchDialog::hitCount() const { return m_results->rowCount(); }

void NoteSearchDialog::search(const QString &query)
{
    if (m_query->text() != query) {
        const QSignalBlocker block(m_query);
        m_query->setText(query);
    }
    m_results->setRowCount(0);
    if (query.trimmed().isEmpty()) {
        m_status->clear();
        return;
    }
    cases::CaseRepository repo(m_vault);
    auto hits = repo.searchNotes(query);
    if (!hits) {
        m_status->setText(hits.error().message);
        return;
    }
    for (const cases::NoteHit &hit : *hits) {
        const int r = m_results->rowCount();
        m_results->insertRow(r);
        m_results->setItem(r, 0, new QTableWidgetItem(dates::date(hit.heldOn)));
        auto *student = new QTableWidgetItem(hit.studentName);
        student->setData(Qt::UserRole, hit.studentId);
        m_results->setItem(r, 1, student);
        // The text for sorting and reading aloud; a label shows it with the matches in bold.
        m_results->setItem(r, 2, new QTableWidgetItem(hit.snippet));
        auto *label = new QLabel(snippetHtml(hit), m_results);
        label->setObjectName(u"noteSnippet"_s);
        label->setTextFormat(Qt::RichText);
        m_results->setCellWidget(r, 2, label);
    }
    m_results->resizeColumnToContents(0);
    m_results->resizeColumnToContents(1);
    m_status->setText(tr("%n session(s) found", nullptr, static_cast<int>(hits->size())));
}

}  // namespace ui
}  // namespace cd
