#include "ui/crisis/CrisisEventView.h"

#include "core/common/Clock.h"
#include "core/crisis/Directory.h"
#include "core/vault/Vault.h"
#include "ui/common/AreaRegistry.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/TableRows.h"
#include "ui/common/WindowFit.h"
#include "ui/crisis/CrisisEntryPoints.h"
#include "ui/crisis/CrisisFormat.h"
#include "ui/crisis/CrisisStepDialogs.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
QTableWidget *makeTable(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *table = new QTableWidget(parent);
    table->setObjectName(name);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    fitRowsToText(table);
    return table;
}

QString yesNo(bool value)
{
    return value ? QCoreApplication::translate("CrisisEventView", "yes") : QCoreApplication::translate("CrisisEventView", "no");
}
}  // namespace

CrisisEventView::CrisisEventView(vault::Vault &vault, qint64 eventId, QWidget *parent)
    : QDialog(parent),
      m_vault(vault),
      m_eventId(eventId),
      m_labels(crisisui::loadLabels(vault)),
      m_tabs(new QTabWidget(this)),
      m_header(new QLabel(this)),
      m_details(new QLabel(this)),
      m_steps(makeTable(this, u"crisisSteps"_s, {tr("Step"), tr("Done / due"), tr("By"), tr("Note")})),
      m_notifications(makeTable(this, u"crisisNotifications"_s,
                                {tr("When"), tr("Who was told"), tr("Name"), tr("How"), tr("Confidentiality"),
                                 tr("Response")})),
      m_stepButton(new QPushButton(tr("Record &step…"), this)),
      m_notifyButton(new QPushButton(tr("Record &who was told…"), this)),
      m_referButton(new QPushButton(tr("&Refer…"), this)),
      m_closeButton(new QPushButton(tr("C&lose event…"), this))
{
    setObjectName(u"crisisEventView"_s);
    setWindowTitle(tr("Crisis event"));
    resize(820, 560);
    m_header->setObjectName(u"crisisHeader"_s);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_details->setObjectName(u"crisisDetails"_s);
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *detailsPage = new QWidget(this);
    detailsPage->setObjectName(u"crisisDetailsPage"_s);
    auto *detailsLayout = new QVBoxLayout(detailsPage);
    detailsLayout->addWidget(m_details);
    detailsLayout->addStretch();
    m_tabs->setObjectName(u"crisisTabs"_s);
    m_tabs->addTab(windowfit::scrollable(detailsPage), tr("&Event"));
    m_tabs->addTab(m_steps, tr("Ste&ps"));
    m_tabs->addTab(m_notifications, tr("Who was &told"));

    m_stepButton->setObjectName(u"recordStepButton"_s);
    m_stepButton->setToolTip(tr("When a step of the procedure was done, and by whom"));
    m_notifyButton->setObjectName(u"recordNotificationButton"_s);
    m_notifyButton->setToolTip(tr("Who was told, when and how: class teacher, school leader, guardian, 110, 120, an institution"));
    m_referButton->setObjectName(u"referButton"_s);
    m_referButton->setToolTip(tr("Draft a referral to a hospital or centre from this event"));
    m_closeButton->setObjectName(u"closeEventButton"_s);
    m_closeButton->setToolTip(tr("Close the event with a note on why it can be closed"));
    auto *record = new QPushButton(tr("&Growth record"), this);
    record->setObjectName(u"openRecordButton"_s);
    record->setToolTip(tr("Open the student's growth record"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_stepButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_notifyButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_referButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_closeButton, QDialogButtonBox::ActionRole);
    buttons->addButton(record, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_stepButton, &QPushButton::clicked, this, &CrisisEventView::recordStep);
    connect(m_notifyButton, &QPushButton::clicked, this, &CrisisEventView::recordNotification);
    connect(m_closeButton, &QPushButton::clicked, this, &CrisisEventView::closeCrisisEvent);
    connect(m_referButton, &QPushButton::clicked, this, [this]() {
        newReferralDialog(m_vault, m_event.studentId, m_event.id, this);
    });
    connect(record, &QPushButton::clicked, this, [this]() {
        AreaRegistry::instance().openStudentRecord(m_vault, m_event.studentId, this);
    });
    connect(m_steps, &QTableWidget::cellActivated, this, [this](int, int) { recordStep(); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    if (auto limits = crisis::CrisisEvents(vault).stepLimits()) m_limits = *limits;
    else m_limits = crisis::CrisisEvents::defaultStepLimits();
    reload();
}

void CrisisEventView::reload()
{
    auto event = crisis::CrisisEvents(m_vault).get(m_eventId);
    if (!event) {
        MessageBoxes::error(this, tr("Crisis event"), event.error().message);
        return;
    }
    m_loaded = true;
    m_event = *event;
    showDetails();
    showSteps();
    showNotifications();
    for (QPushButton *b : {m_stepButton, m_notifyButton, m_closeButton}) b->setEnabled(!m_event.closed);
}

void CrisisEventView::showDetails()
{
    const auto students = crisisui::studentsById(m_vault);
    const QString colour = m_labels.colour(m_event.level);
    QString header = tr("<b>%1</b> · <span style=\"color:%2\"><b>%3</b></span> · %4 · %5")
                         .arg(crisisui::studentLine(students, m_event.studentId).toHtmlEscaped(), colour,
                              m_labels.label(m_event.level).toHtmlEscaped(), crisis::kindName(m_event.kind).toHtmlEscaped(),
                              crisisui::dateTime(m_event.occurredAt));
    if (m_event.closed)
        header += u"<br>"_s + tr("Closed %1 by %2: %3")
                                  .arg(crisisui::dateTime(m_event.closedAt), crisisui::userName(m_vault, m_event.closedBy).toHtmlEscaped(),
                                       m_event.closingNote.toHtmlEscaped());
    m_header->setText(header);

    const crisis::RiskAssessment &a = m_event.assessment;
    QString ideation = tr("none");
    if (a.selfHarmThoughts == crisis::Ideation::Passive) ideation = tr("passive");
    if (a.selfHarmThoughts == crisis::Ideation::Active) ideation = tr("active");
    const auto row = [](const QString &label, const QString &value) {
        if (value.trimmed().isEmpty()) return QString();  // nothing to say: no empty row
        return u"<tr><td style=\"padding-right:12px\"><b>%1</b></td><td>%2</td></tr>"_s.arg(
            label.toHtmlEscaped(), value.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    };
    QString html = u"<table>"_s;
    html += row(tr("Place"), m_event.place);
    html += row(tr("Raised by"), crisis::sourceName(m_event.source));
    html += row(tr("What happened"), m_event.description);
    html += row(tr("Thoughts of self-harm"), ideation);
    html += row(tr("Thoughts of harming others"), yesNo(a.harmOthersThoughts));
    html += row(tr("Plan"), yesNo(a.plan));
    html += row(tr("Access to means"), yesNo(a.means));
    html += row(tr("Past attempts or self-harm"), yesNo(a.pastAttempt));
    html += row(tr("Recent loss"), yesNo(a.recentLoss));
    html += row(tr("An adult can stay"), yesNo(a.supervised));
    html += row(tr("Protective factors"), a.protectiveFactors);
    html += row(tr("Notes"), a.notes);
    html += row(tr("Suggested level"), m_labels.label(m_event.suggested));
    html += row(tr("Confirmed level"), m_labels.label(m_event.level));
    if (!m_event.overrideReason.isEmpty()) html += row(tr("Why it differs"), m_event.overrideReason);
    html += row(tr("Immediate action"), m_event.immediateAction);
    html += row(tr("Recorded"), tr("%1 by %2").arg(crisisui::dateTime(m_event.createdAt), crisisui::userName(m_vault, m_event.createdBy)));
    html += u"</table>"_s;
    m_details->setText(html);
}

void CrisisEventView::showSteps()
{
    const QDateTime now = clock::now();
    m_steps->setRowCount(0);
    for (crisis::CrisisStep step : crisis::crisisSteps()) {
        const int r = m_steps->rowCount();
        m_steps->insertRow(r);
        auto *name = new QTableWidgetItem(crisis::stepName(step));
        name->setData(Qt::UserRole, int(step));
        m_steps->setItem(r, 0, name);
        const auto done = m_event.step(step);
        if (done) {
            m_steps->setItem(r, 1, new QTableWidgetItem(crisisui::dateTime(done->doneAt)));
            m_steps->setItem(r, 2, new QTableWidgetItem(done->person));
            auto *note = new QTableWidgetItem(done->note);
            note->setToolTip(done->note);
            m_steps->setItem(r, 3, note);
            continue;
        }
        int minutes = 0;
        for (const crisis::StepLimit &limit : m_limits)
            if (limit.step == step) minutes = limit.minutes;
        if (minutes <= 0 || m_event.closed) {
            m_steps->setItem(r, 1, new QTableWidgetItem(tr("not yet")));
            continue;
        }
        const QDateTime due = m_event.occurredAt.addSecs(qint64(minutes) * 60);
        auto *item = new QTableWidgetItem(due < now ? tr("overdue since %1").arg(crisisui::dateTime(due))
                                                    : tr("due by %1").arg(crisisui::dateTime(due)));
        if (due < now) {
            item->setForeground(crisisui::overdueColour());
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
            item->setToolTip(tr("Past the school's time limit for this step: record it when it is done"));
        }
        m_steps->setItem(r, 1, item);
    }
    m_steps->resizeColumnsToContents();
    m_steps->horizontalHeader()->setStretchLastSection(true);
}

void CrisisEventView::showNotifications()
{
    QHash<qint64, QString> institutions;
    if (auto list = crisis::Directory(m_vault).list(true))
        for (const crisis::Institution &i : *list) institutions.insert(i.id, i.displayName());
    m_notifications->setRowCount(0);
    for (const crisis::Notification &n : m_event.notifications) {
        const int r = m_notifications->rowCount();
        m_notifications->insertRow(r);
        m_notifications->setItem(r, 0, new QTableWidgetItem(crisisui::dateTime(n.at)));
        QString recipient = crisis::recipientName(n.recipient);
        if (n.institutionId) recipient = tr("%1: %2").arg(recipient, institutions.value(n.institutionId));
        m_notifications->setItem(r, 1, new QTableWidgetItem(recipient));
        m_notifications->setItem(r, 2, new QTableWidgetItem(n.person));
        m_notifications->setItem(r, 3, new QTableWidgetItem(crisis::methodName(n.method)));
        auto *breach = new QTableWidgetItem(n.confidentialityBreach ? tr("broken: %1").arg(n.reason) : QString());
        breach->setToolTip(n.reason);
        m_notifications->setItem(r, 4, breach);
        auto *response = new QTableWidgetItem(n.response);
        response->setToolTip(n.response);
        m_notifications->setItem(r, 5, response);
    }
    m_notifications->resizeColumnsToContents();
    m_notifications->horizontalHeader()->setStretchLastSection(true);
}

void CrisisEventView::recordStep()
{
    if (m_event.closed) return;
    // The first step not yet done, or the one selected.
    crisis::CrisisStep step = crisis::CrisisStep::FollowUp;
    for (crisis::CrisisStep s : crisis::crisisSteps())
        if (!m_event.step(s)) {
            step = s;
            break;
        }
    if (const auto *selected = m_steps->item(m_steps->currentRow(), 0))
        step = crisis::CrisisStep(selected->data(Qt::UserRole).toInt());
    StepDialog dialog(step, m_event.occurredAt, m_vault.currentUser().displayName, this);
    while (dialog.exec() == QDialog::Accepted) {
        const Status saved =
            crisis::CrisisEvents(m_vault).recordStep(m_eventId, dialog.step(), dialog.doneAt(), dialog.person(), dialog.note());
        if (saved) break;
        MessageBoxes::error(this, tr("Record a step"), saved.error().message);
    }
    reload();
    m_tabs->setCurrentWidget(m_steps);
}

void CrisisEventView::recordNotification()
{
    if (m_event.closed) return;
    NotificationDialog dialog(m_vault, m_event.occurredAt, this);
    while (dialog.exec() == QDialog::Accepted) {
        auto saved = crisis::CrisisEvents(m_vault).notify(m_eventId, dialog.notification());
        if (saved) break;
        MessageBoxes::error(this, tr("Record who was told"), saved.error().message);
    }
    reload();
    m_tabs->setCurrentWidget(m_notifications);
}

void CrisisEventView::closeCrisisEvent()
{
    NoteDialog dialog(tr("Close the event"),
                      tr("Why can the event be closed? (The student is safe, followed up by a case, referred …)"),
                      tr("&Close event"), this);
    while (dialog.exec() == QDialog::Accepted) {
        const Status closed = crisis::CrisisEvents(m_vault).close(m_eventId, dialog.note());
        if (closed) break;
        MessageBoxes::error(this, tr("Close the event"), closed.error().message);
    }
    reload();
}

}  // namespace cd::ui
