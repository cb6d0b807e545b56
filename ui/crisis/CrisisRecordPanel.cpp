#include "ui/crisis/CrisisRecordPanel.h"
#include "ui/common/UserNames.h"

#include "core/common/Clock.h"
#include "core/crisis/Absences.h"
#include "core/crisis/CrisisEvents.h"
#include "core/crisis/Directory.h"
#include "core/crisis/PrintedDocuments.h"
#include "core/crisis/Referrals.h"
#include "core/crisis/SafetyPlans.h"
#include "core/students/WatchList.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/TableRows.h"
#include "ui/common/WindowFit.h"
#include "ui/crisis/CrisisEntryPoints.h"
#include "ui/crisis/CrisisFormat.h"
#include "ui/crisis/SafetyPlanDialog.h"
#include "ui/crisis/SafetyPlanPrinting.h"
#include "ui/crisis/SupportPlanDialog.h"
#include "ui/crisis/TimeOffDialog.h"

#include <QGroupBox>
#include <QHash>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {

QTableWidget *table(QWidget *parent, const QString &objectName, const QStringList &headers)
{
    auto *t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setMinimumHeight(t->fontMetrics().lineSpacing() * 6);
    fitRowsToText(t);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells, qint64 id)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setData(Qt::UserRole, id);
        t->setItem(row, c, item);
    }
}

QGroupBox *section(QWidget *parent, const QString &title, QWidget *body, const QList<QPushButton *> &buttons)
{
    auto *box = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(body);
    auto *row = new QHBoxLayout;
    for (QPushButton *b : buttons) row->addWidget(b);
    row->addStretch(1);
    layout->addLayout(row);
    return box;
}

}  // namespace

CrisisRecordPanel::CrisisRecordPanel(vault::Vault &vault, qint64 studentId, QWidget *parent)
    : QWidget(parent), m_vault(vault), m_studentId(studentId), m_banner(new QLabel(this)),
      m_events(table(this, u"recordCrisisEvents"_s, {tr("When"), tr("What"), tr("Level"), tr("Status")})),
      m_referrals(table(this, u"recordReferrals"_s, {tr("Number"), tr("Status"), tr("Destination"), tr("Slip due")})),
      m_safety(new QLabel(this)), m_timeOff(new QLabel(this)), m_support(new QLabel(this)),
      m_printed(table(this, u"recordPrinted"_s, {tr("Printed"), tr("Document"), tr("Language"), tr("By")}))
{
    setObjectName(u"crisisRecordPanel"_s);
    m_banner->setObjectName(u"crisisBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setMargin(6);
    for (QLabel *l : {m_safety, m_timeOff, m_support}) l->setWordWrap(true);
    m_safety->setObjectName(u"recordSafetyPlan"_s);
    m_timeOff->setObjectName(u"recordTimeOff"_s);
    m_support->setObjectName(u"recordSupportPlan"_s);

    auto button = [this](const QString &text, const QString &name, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        return b;
    };
    QPushButton *newEvent = button(tr("Record a crisis event…"), u"recordNewEvent"_s,
                                   tr("What happened, the assessment and the level (Ctrl+Shift+E anywhere)"));
    QPushButton *openEvent = button(tr("Open"), u"recordOpenEvent"_s, tr("The event's steps and who was told"));
    QPushButton *newReferral = button(tr("New referral…"), u"recordNewReferral"_s,
                                      tr("Advise the guardian to take the student to a hospital or centre"));
    QPushButton *openReferral = button(tr("Open"), u"recordOpenReferral"_s, tr("Status, letters and the return slip"));
    QPushButton *safety = button(tr("Safety plan…"), u"recordEditSafety"_s, tr("Make or review the plan with the student"));
    m_printSafety = button(tr("Print…"), u"recordPrintSafety"_s, tr("One page for the student and the guardian"));
    QPushButton *timeOff = button(tr("Time off and return…"), u"recordTimeOffButton"_s,
                                  tr("Time off school, the return's papers and the return"));
    QPushButton *support = button(tr("Support plan…"), u"recordEditSupport"_s,
                                  tr("Goals and who does what: counselor, class teacher, guardian"));

    connect(newEvent, &QPushButton::clicked, this, [this] {
        if (openCrisisEventDialog(m_vault, m_studentId, this)) reload();
    });
    connect(openEvent, &QPushButton::clicked, this, &CrisisRecordPanel::openSelectedEvent);
    connect(m_events, &QTableWidget::itemActivated, this, &CrisisRecordPanel::openSelectedEvent);
    connect(newReferral, &QPushButton::clicked, this, [this] {
        if (newReferralDialog(m_vault, m_studentId, 0, this)) reload();
    });
    connect(openReferral, &QPushButton::clicked, this, &CrisisRecordPanel::openSelectedReferral);
    connect(m_referrals, &QTableWidget::itemActivated, this, &CrisisRecordPanel::openSelectedReferral);
    connect(safety, &QPushButton::clicked, this, [this] {
        SafetyPlanDialog dialog(m_vault, m_studentId, 0, this);
        dialog.exec();
        reload();
    });
    connect(m_printSafety, &QPushButton::clicked, this, [this] {
        auto plan = crisis::SafetyPlans(m_vault).current(m_studentId);
        if (plan && *plan) printSafetyPlan(m_vault, **plan, this);
        reload();
    });
    connect(timeOff, &QPushButton::clicked, this, [this] {
        TimeOffDialog dialog(m_vault, m_studentId, this);
        if (dialog.exec() == QDialog::Accepted) reload();
    });
    connect(support, &QPushButton::clicked, this, [this] {
        SupportPlanDialog dialog(m_vault, m_studentId, this);
        if (dialog.exec() == QDialog::Accepted) reload();
    });

    auto *page = new QWidget(this);
    page->setObjectName(u"crisisRecordPage"_s);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_banner);
    layout->addWidget(section(page, tr("Crisis events"), m_events, {newEvent, openEvent}));
    layout->addWidget(section(page, tr("Referrals"), m_referrals, {newReferral, openReferral}));
    layout->addWidget(section(page, tr("Safety plan"), m_safety, {safety, m_printSafety}));
    layout->addWidget(section(page, tr("Time off school"), m_timeOff, {timeOff}));
    layout->addWidget(section(page, tr("Support plan (one student, one plan)"), m_support, {support}));
    layout->addWidget(section(page, tr("Documents that left the room"), m_printed, {}));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(windowfit::scrollable(page));
    reload();
}

void CrisisRecordPanel::reload()
{
    const crisis::RiskLabels labels = crisisui::loadLabels(m_vault);
    const QDate today = clock::today();

    // The banner: the student's watch-list level in the lead's words and colour.
    auto watch = students::WatchList(m_vault).entry(m_studentId);
    if (watch && *watch) {
        const crisis::RiskLevel level = (*watch)->level;
        const QColor colour = crisisui::levelColour(labels, level);
        m_banner->setText(tr("On the watch list: <b>%1</b>. %2").arg(labels.label(level).toHtmlEscaped(),
                                                                     (*watch)->reason.toHtmlEscaped()));
        m_banner->setStyleSheet(u"QLabel { border-left: 6px solid %1; background: %2; }"_s.arg(
            colour.name(), colour.lighter(185).name()));
        m_banner->show();
    } else {
        m_banner->hide();
    }

    m_events->setRowCount(0);
    if (auto events = crisis::CrisisEvents(m_vault).forStudent(m_studentId)) {
        m_events->setRowCount(static_cast<int>(events->size()));
        for (int i = 0; i < events->size(); ++i) {
            const crisis::CrisisEvent &e = events->at(i);
            setRow(m_events, i,
                   {crisisui::dateTime(e.occurredAt), crisis::kindName(e.kind), labels.label(e.level),
                    e.closed ? tr("Closed") : tr("Open")},
                   e.id);
            m_events->item(i, 2)->setForeground(crisisui::levelColour(labels, e.level));
        }
    }

    m_referrals->setRowCount(0);
    if (auto referrals = crisis::Referrals(m_vault).forStudent(m_studentId)) {
        QHash<qint64, QString> destinations;  // the directory read once, retired entries included
        if (auto directory = crisis::Directory(m_vault).list(true))
            for (const crisis::Institution &inst : *directory) destinations.insert(inst.id, inst.displayName());
        m_referrals->setRowCount(static_cast<int>(referrals->size()));
        for (int i = 0; i < referrals->size(); ++i) {
            const crisis::Referral &r = referrals->at(i);
            const QString destination = destinations.value(r.institutionId);
            const bool waiting = r.status == crisis::ReferralStatus::Given || r.status == crisis::ReferralStatus::Seen;
            setRow(m_referrals, i,
                   {r.number, crisis::referralStatusName(r.status), destination,
                    waiting ? crisisui::date(r.slipDue) : QString()},
                   r.id);
            if (waiting && r.slipDue.isValid() && r.slipDue < today)
                m_referrals->item(i, 3)->setForeground(crisisui::overdueColour());
        }
    }

    auto plan = crisis::SafetyPlans(m_vault).current(m_studentId);
    if (plan && *plan) {
        const crisis::SafetyPlan &p = **plan;
        m_safety->setText(tr("Version %1 of %2; review on %3.")
                              .arg(p.version)
                              .arg(crisisui::date(p.createdAt.toLocalTime().date()), crisisui::date(p.reviewOn)));
    } else {
        m_safety->setText(tr("No safety plan yet."));
    }
    m_printSafety->setEnabled(plan && *plan);

    m_timeOff->setText(tr("At school."));
    if (auto absences = crisis::Absences(m_vault).forStudent(m_studentId)) {
        for (const crisis::Absence &a : *absences) {
            if (a.away()) {
                m_timeOff->setText(tr("Away since %1.").arg(crisisui::date(a.leaveFrom)));
                break;
            }
            m_timeOff->setText(tr("Back at school since %1 (away from %2).")
                                   .arg(crisisui::date(a.returnedOn), crisisui::date(a.leaveFrom)));
            break;
        }
    }

    auto support = crisis::SupportPlans(m_vault).get(m_studentId);
    if (support && *support)
        m_support->setText(tr("%1<br>Review on %2.")
                               .arg((*support)->goals.toHtmlEscaped(), crisisui::date((*support)->reviewOn)));
    else
        m_support->setText(tr("No support plan yet."));

    m_printed->setRowCount(0);
    if (auto printed = crisis::PrintedDocuments(m_vault).forStudent(m_studentId)) {
        const UserNames names(m_vault);
        m_printed->setRowCount(static_cast<int>(printed->size()));
        for (int i = 0; i < printed->size(); ++i) {
            const crisis::PrintedDocument &d = printed->at(i);
            setRow(m_printed, i,
                   {crisisui::dateTime(d.printedAt), crisis::documentKindName(d.kind),
                    d.language == u"en"_s ? tr("English") : tr("Chinese"), names.name(d.printedBy)},
                   d.id);
        }
    }
}

void CrisisRecordPanel::openSelectedEvent()
{
    const QTableWidgetItem *item = m_events->currentItem();
    if (!item) return;
    openCrisisEvent(m_vault, item->data(Qt::UserRole).toLongLong(), this);
    reload();
}

void CrisisRecordPanel::openSelectedReferral()
{
    const QTableWidgetItem *item = m_referrals->currentItem();
    if (!item) return;
    openReferralDialog(m_vault, item->data(Qt::UserRole).toLongLong(), this);
    reload();
}

}  // namespace cd::ui
