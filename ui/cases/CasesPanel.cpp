#include "ui/cases/CasesPanel.h"
#include "ui/common/UserNames.h"
#include "ui/common/Dates.h"

#include "ui/common/TableRows.h"
#include "core/crisis/RiskScale.h"
#include "core/audit/AuditTarget.h"

#include "ui/cases/CaseDialogs.h"
#include "ui/cases/OpenCaseDialog.h"
#include "core/cases/Categories.h"
#include "core/cases/DraftStore.h"
#include "ui/cases/SessionEditor.h"
#include "ui/common/LockState.h"
#include "ui/common/MessageBoxes.h"
#include "core/students/WatchList.h"
#include "core/vault/Vault.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

CasesPanel::CasesPanel(vault::Vault &vault, qint64 studentId, const QDate &birthDate, QWidget *parent)
    : QWidget(parent),
      m_vault(vault),
      m_studentId(studentId),
      m_birthDate(birthDate),
      m_caseList(new QListWidget(this)),
      m_sessionTable(new QTableWidget(this)),
      m_newSession(new QPushButton(tr("&New session…"), this)),
      m_editSession(new QPushButton(tr("&Edit session…"), this)),
      m_close(new QPushButton(tr("Close &case…"), this)),
      m_caseInfo(new QLabel(this)),
      m_consent(new QPushButton(tr("&Record consent…"), this))
{
    setObjectName(u"casesPanel"_s);
    m_caseList->setObjectName(u"caseList"_s);
    m_caseList->setMaximumWidth(260);
    m_sessionTable->setObjectName(u"sessionTable"_s);
    m_sessionTable->setColumnCount(6);
    m_sessionTable->setHorizontalHeaderLabels(
        {tr("Date"), tr("Kind"), tr("Risk"), tr("Presenting issue"), tr("Next appointment"), tr("By")});
    m_sessionTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sessionTable->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_sessionTable->verticalHeader()->hide();
    fitRowsToText(m_sessionTable);
    m_sessionTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_sessionTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_sessionTable->setSelectionMode(QAbstractItemView::SingleSelection);
    auto *open = new QPushButton(tr("&Open a case…"), this);
    open->setObjectName(u"openCaseButton"_s);
    m_newSession->setObjectName(u"newSessionButton"_s);
    m_editSession->setObjectName(u"editSessionButton"_s);
    m_close->setObjectName(u"closeCaseButton"_s);
    m_caseInfo->setObjectName(u"caseInfo"_s);
    m_caseInfo->setWordWrap(true);
    m_caseInfo->setTextFormat(Qt::RichText);
    m_consent->setObjectName(u"recordConsentButton"_s);
    m_consent->setToolTip(tr("Record the guardian who gave consent for a case opened as an emergency"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(open);
    buttons->addStretch();
    buttons->addWidget(m_newSession);
    buttons->addWidget(m_editSession);
    buttons->addWidget(m_close);
    auto *lists = new QHBoxLayout;
    lists->addWidget(m_caseList);
    lists->addWidget(m_sessionTable, 1);
    auto *info = new QHBoxLayout;
    info->addWidget(m_caseInfo, 1);
    info->addWidget(m_consent);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(lists, 1);
    layout->addLayout(info);
    layout->addLayout(buttons);

    connect(open, &QPushButton::clicked, this, &CasesPanel::openCase);
    connect(m_newSession, &QPushButton::clicked, this, &CasesPanel::newSession);
    connect(m_editSession, &QPushButton::clicked, this, &CasesPanel::editSession);
    connect(m_sessionTable, &QTableWidget::cellActivated, this, &CasesPanel::editSession);
    connect(m_close, &QPushButton::clicked, this, &CasesPanel::closeCase);
    connect(m_consent, &QPushButton::clicked, this, &CasesPanel::recordConsent);
    connect(m_caseList, &QListWidget::currentRowChanged, this, &CasesPanel::showSessions);
    reload();
}

void CasesPanel::reload()
{
    const qint64 keep = currentCaseId();
    cases::CaseRepository repo(m_vault);
    auto list = repo.casesOf(m_studentId);
    if (!list) {
        MessageBoxes::error(this, tr("Cases"), list.error().message);
        return;
    }
    m_cases = *list;
    auto names = cases::categoryNames(m_vault);
    if (names) m_categoryNames = *names;
    const QSignalBlocker block(m_caseList);
    m_caseList->clear();
    for (const cases::Case &c : m_cases) {
        const QString opened = dates::date(c.openedOn);
        const cases::StoredOutcome outcome = cases::decodeOutcome(c.outcome);
        QString text = c.open ? tr("%1 — open since %2").arg(categoryName(c.category), opened)
                     : outcome.outcome
                         //: a closed case: category, date, how it ended
                         ? tr("%1 — closed %2: %3").arg(categoryName(c.category), dates::date(c.closedOn),
                                                        cases::outcomeName(*outcome.outcome))
                         : tr("%1 — closed %2").arg(categoryName(c.category), dates::date(c.closedOn));
        const bool pending = cases::consentPending(c, m_birthDate);
        //: a case in the list whose consent is still to be recorded
        if (pending) text = tr("%1 · consent pending").arg(text);
        auto *item = new QListWidgetItem(text, m_caseList);
        item->setData(Qt::UserRole, c.id);
        if (pending) item->setForeground(QColor(0xc6, 0x28, 0x28));
        else if (!c.open) item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        item->setToolTip(outcome.note.isEmpty() ? text : text + u'\n' + outcome.note);  // the list is narrow
    }
    if (keep) selectCase(keep);
    else if (!m_cases.isEmpty()) m_caseList->setCurrentRow(0);
    showSessions();
}

QString CasesPanel::categoryName(const QString &code) const
{
    return m_categoryNames.value(code, cases::builtInCategoryName(code));
}

void CasesPanel::selectCase(qint64 caseId)
{
    for (int i = 0; i < m_caseList->count(); ++i)
        if (m_caseList->item(i)->data(Qt::UserRole).toLongLong() == caseId) m_caseList->setCurrentRow(i);
}

int CasesPanel::caseCount() const { return static_cast<int>(m_cases.size()); }
int CasesPanel::sessionCount() const { return static_cast<int>(m_sessions.size()); }

qint64 CasesPanel::currentCaseId() const
{
    const auto *item = m_caseList->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void CasesPanel::showSessions()
{
    const int keepRow = m_sessionTable->currentRow();
    const qint64 keep = keepRow >= 0 && keepRow < m_sessions.size() ? m_sessions.at(keepRow).id : 0;
    m_sessions.clear();
    m_sessionTable->setRowCount(0);
    if (const qint64 id = currentCaseId()) {
        cases::CaseRepository repo(m_vault);
        if (auto list = repo.sessionsOf(id)) m_sessions = *list;
    }
    auto loadedLabels = crisis::RiskScale(m_vault).load();  // the lead's names for the levels
    const crisis::RiskLabels labels = loadedLabels ? *loadedLabels : crisis::RiskLabels();
    const UserNames names(m_vault);
    for (const cases::Session &s : m_sessions) {
        const int r = m_sessionTable->rowCount();
        m_sessionTable->insertRow(r);
        m_sessionTable->setItem(r, 0, new QTableWidgetItem(dates::date(s.heldOn)));
        m_sessionTable->setItem(r, 1, new QTableWidgetItem(cases::kindName(s.kind)));
        const auto risk = students::riskFromCode(s.risk);
        m_sessionTable->setItem(r, 2, new QTableWidgetItem(risk ? labels.label(*risk) : QString()));
        m_sessionTable->setItem(r, 3, new QTableWidgetItem(s.presenting.section(u'\n', 0, 0)));
        m_sessionTable->setItem(r, 4, new QTableWidgetItem(dates::dateTime(s.nextAppointment)));
        m_sessionTable->setItem(r, 5, new QTableWidgetItem(names.name(s.author)));
        if (s.id == keep) m_sessionTable->selectRow(r);  // the session just edited stays selected
    }
    updateButtons();
}

void CasesPanel::updateButtons()
{
    const qint64 id = currentCaseId();
    bool open = false;
    for (const cases::Case &c : m_cases)
        if (c.id == id) open = c.open;
    m_newSession->setEnabled(open);
    // A session begun and not saved (closed, locked or crashed) is offered again here.
    cases::DraftStore drafts(m_vault);
    const auto draft = id ? drafts.hasNewSessionDraft(id) : Result<bool>(false);
    const bool resumable = open && draft && *draft;
    m_newSession->setText(resumable ? tr("Resume &draft…") : tr("&New session…"));
    m_newSession->setToolTip(resumable ? tr("Continue the session you began and did not save yet") : QString());
    m_close->setEnabled(open);
    m_editSession->setEnabled(!m_sessions.isEmpty());
    showCaseInfo();
}

void CasesPanel::showCaseInfo()
{
    const qint64 id = currentCaseId();
    const auto it = std::find_if(m_cases.cbegin(), m_cases.cend(), [id](const cases::Case &c) { return c.id == id; });
    m_caseInfo->clear();
    m_caseInfo->setStyleSheet(QString());
    m_consent->hide();
    if (it == m_cases.cend()) return;
    QStringList lines;
    if (cases::consentPending(*it, m_birthDate)) {
        auto reason = cases::CaseRepository(m_vault).emergencyReason(*it);
        //: %1: the reason given when the case was opened without consent
        lines << tr("<b>Consent pending.</b> Opened as an emergency (%1): record the guardian's consent as soon as "
                    "you can.")
                     .arg(reason ? reason->toHtmlEscaped() : QString());
        m_caseInfo->setStyleSheet(u"QLabel { color: #c62828; }"_s);
        m_consent->show();
    } else if (!it->consentGuardian.isEmpty()) {
        lines << tr("Consent given by %1 on %2.").arg(it->consentGuardian.toHtmlEscaped(), dates::date(it->consentOn));
    }
    if (!it->open) {
        const cases::StoredOutcome outcome = cases::decodeOutcome(it->outcome);
        const QString how = outcome.outcome ? cases::outcomeName(*outcome.outcome) : tr("closed");
        lines << (outcome.note.isEmpty()
                      //: a closed case: date, outcome
                      ? tr("Closed %1: <b>%2</b>.").arg(dates::date(it->closedOn), how.toHtmlEscaped())
                      //: a closed case: date, outcome, the counselor's note
                      : tr("Closed %1: <b>%2</b>. %3")
                            .arg(dates::date(it->closedOn), how.toHtmlEscaped(), outcome.note.toHtmlEscaped()));
    }
    m_caseInfo->setText(lines.join(u"<br>"_s));
}

void CasesPanel::recordConsent()
{
    const qint64 id = currentCaseId();
    const auto it = std::find_if(m_cases.cbegin(), m_cases.cend(), [id](const cases::Case &c) { return c.id == id; });
    if (it == m_cases.cend()) return;
    ConsentDialog dialog(it->openedOn, this);
    if (dialog.exec() != QDialog::Accepted) return;
    const Status st = cases::CaseRepository(m_vault).recordConsent(id, dialog.guardian(), dialog.givenOn());
    if (!st) {
        MessageBoxes::error(this, tr("Record the consent"), st.error().message);
        return;
    }
    reload();
}

void CasesPanel::openCase()
{
    auto categories = cases::concernCategories(m_vault);
    if (!categories) {
        MessageBoxes::error(this, tr("Open a case"), categories.error().message);
        return;
    }
    OpenCaseDialog dialog(m_birthDate, *categories, this);
    if (dialog.exec() != QDialog::Accepted) return;
    cases::Case c = dialog.enteredCase();
    c.studentId = m_studentId;
    auto id = cases::CaseRepository(m_vault).openCase(c, dialog.emergencyReason());
    if (!id) {
        MessageBoxes::error(this, tr("Open a case"), id.error().message);
        return;
    }
    reload();
    selectCase(*id);
}

void CasesPanel::newSession()
{
    const qint64 id = currentCaseId();
    if (!id) return;
    cases::Session s;
    s.caseId = id;
    SessionEditor editor(m_vault, s, this);
    editor.exec();
    if (!lockInProgress()) showSessions();  // saved, or a draft kept or discarded
}

void CasesPanel::editSession()
{
    const int row = m_sessionTable->currentRow();
    if (row < 0 || row >= m_sessions.size()) return;
    SessionEditor editor(m_vault, m_sessions.at(row), this);
    editor.exec();
    if (!lockInProgress()) showSessions();
}

void CasesPanel::closeCase()
{
    const qint64 id = currentCaseId();
    if (!id) return;
    CloseCaseDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted || !dialog.outcome()) return;
    const Status st = cases::CaseRepository(m_vault).closeCase(id, QDate::currentDate(), *dialog.outcome(), dialog.note());
    if (!st) {
        MessageBoxes::error(this, tr("Close the case"), st.error().message);
        return;
    }
    reload();
}

}  // namespace ui
}  // namespace cd
