#include "ui/crisis/ReturnSlipDialog.h"
#include "ui/common/Dates.h"

#include "core/common/Clock.h"
#include "ui/common/WindowFit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
constexpr crisis::VisitOutcome kOutcomes[] = {crisis::VisitOutcome::Seen, crisis::VisitOutcome::NotSeen,
                                              crisis::VisitOutcome::Refused};
constexpr crisis::Treatment kTreatments[] = {crisis::Treatment::Outpatient, crisis::Treatment::Medication,
                                             crisis::Treatment::Psychotherapy, crisis::Treatment::Admitted,
                                             crisis::Treatment::None};
constexpr crisis::SchoolFitness kFitness[] = {crisis::SchoolFitness::Fit, crisis::SchoolFitness::FitWithSupport,
                                              crisis::SchoolFitness::TimeOff};
constexpr int kFollowUpInDays = 7;

QDateEdit *dateField(QWidget *parent, const QString &name, const QDate &date)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(dates::dateFormat());
    edit->setDate(date.isValid() ? date : clock::today());
    return edit;
}
}  // namespace

ReturnSlipDialog::ReturnSlipDialog(const std::optional<crisis::ReturnSlip> &given, const QString &department,
                                   QWidget *parent)
    : QDialog(parent),
      m_outcome(new QComboBox(this)),
      m_visited(dateField(this, u"slipVisited"_s, given ? given->visitedOn : QDate())),
      m_department(new QLineEdit(given ? given->department : department, this)),
      m_fitness(new QComboBox(this)),
      m_support(new QLineEdit(given ? given->supportNeeded : QString(), this)),
      m_hasNextVisit(new QCheckBox(tr("&Next visit:"), this)),
      m_nextVisit(dateField(this, u"slipNextVisit"_s, given && given->nextVisit.isValid() ? given->nextVisit
                                                                                        : clock::today().addDays(14))),
      m_shareDiagnosis(new QCheckBox(tr("The guardian chose to share a &diagnosis"), this)),
      m_diagnosis(new QLineEdit(given ? given->diagnosis : QString(), this)),
      m_filledBy(new QComboBox(this)),
      m_received(dateField(this, u"slipReceived"_s, given ? given->receivedOn : QDate())),
      m_followUp(dateField(this, u"slipFollowUp"_s, clock::today().addDays(kFollowUpInDays)))
{
    setObjectName(u"returnSlipDialog"_s);
    setWindowTitle(tr("Enter the return slip"));
    const crisis::ReturnSlip slip = given.value_or(crisis::ReturnSlip{});
    m_outcome->setObjectName(u"slipOutcome"_s);
    for (crisis::VisitOutcome o : kOutcomes) m_outcome->addItem(crisis::visitOutcomeName(o), int(o));
    m_outcome->setCurrentIndex(m_outcome->findData(int(slip.outcome)));
    m_department->setObjectName(u"slipDepartment"_s);
    m_department->setPlaceholderText(tr("Hospital and department"));
    auto *treatments = new QWidget(this);
    auto *treatmentGrid = new QGridLayout(treatments);
    treatmentGrid->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (crisis::Treatment t : kTreatments) {
        auto *box = new QCheckBox(crisis::treatmentName(t), treatments);
        box->setObjectName(u"slipTreatment%1"_s.arg(int(t)));
        box->setProperty("treatment", int(t));
        box->setChecked(slip.treatments.contains(t));
        treatmentGrid->addWidget(box, i / 3, i % 3);
        m_treatments << box;
        ++i;
    }
    m_fitness->setObjectName(u"slipFitness"_s);
    for (crisis::SchoolFitness f : kFitness) m_fitness->addItem(crisis::schoolFitnessName(f), int(f));
    m_fitness->setCurrentIndex(m_fitness->findData(int(slip.fitness)));
    m_support->setObjectName(u"slipSupport"_s);
    m_support->setPlaceholderText(tr("PE, boarding, exams, seating, someone to accompany …"));
    m_hasNextVisit->setObjectName(u"slipHasNextVisit"_s);
    m_hasNextVisit->setChecked(slip.nextVisit.isValid());
    m_shareDiagnosis->setObjectName(u"slipShareDiagnosis"_s);
    m_shareDiagnosis->setChecked(!slip.diagnosis.isEmpty());
    m_shareDiagnosis->setToolTip(tr("The school never diagnoses: enter a diagnosis only when the guardian chose to tell you"));
    m_diagnosis->setObjectName(u"slipDiagnosis"_s);
    m_diagnosis->setPlaceholderText(tr("As the guardian shared it"));
    m_filledBy->setObjectName(u"slipFilledBy"_s);
    m_filledBy->setEditable(true);
    m_filledBy->addItems({tr("Guardian"), tr("Doctor")});
    if (!slip.filledBy.isEmpty()) m_filledBy->setCurrentText(slip.filledBy);
    m_followUp->setToolTip(tr("When you see the student again; it comes up on the home page"));

    auto *next = new QHBoxLayout;
    next->addWidget(m_hasNextVisit);
    next->addWidget(m_nextVisit);
    next->addStretch();
    auto *body = new QWidget(this);
    body->setObjectName(u"returnSlipBody"_s);
    auto *form = new QFormLayout(body);
    form->addRow(tr("&Outcome:"), m_outcome);
    form->addRow(tr("&Visited on:"), m_visited);
    form->addRow(tr("De&partment:"), m_department);
    form->addRow(tr("Treatment:"), treatments);
    form->addRow(tr("Sc&hool:"), m_fitness);
    form->addRow(tr("S&upport needed:"), m_support);
    form->addRow(QString(), next);
    form->addRow(m_shareDiagnosis);
    form->addRow(tr("Dia&gnosis:"), m_diagnosis);
    form->addRow(tr("&Filled in by:"), m_filledBy);
    form->addRow(tr("&Received on:"), m_received);
    form->addRow(tr("Follo&w-up on:"), m_followUp);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save slip"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"saveSlipButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(windowfit::scrollable(body), 1);
    layout->addWidget(buttons);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &ReturnSlipDialog::update);
    connect(m_hasNextVisit, &QCheckBox::toggled, this, &ReturnSlipDialog::update);
    connect(m_shareDiagnosis, &QCheckBox::toggled, this, &ReturnSlipDialog::update);
    update();
    resize(600, std::min(560, sizeHint().height()));
}

void ReturnSlipDialog::update()
{
    const bool seen = crisis::VisitOutcome(m_outcome->currentData().toInt()) == crisis::VisitOutcome::Seen;
    for (QWidget *w : {static_cast<QWidget *>(m_visited), static_cast<QWidget *>(m_department),
                       static_cast<QWidget *>(m_fitness), static_cast<QWidget *>(m_hasNextVisit)})
        w->setEnabled(seen);
    for (QCheckBox *box : m_treatments) box->setEnabled(seen);
    m_nextVisit->setEnabled(seen && m_hasNextVisit->isChecked());
    m_shareDiagnosis->setEnabled(seen);
    m_diagnosis->setEnabled(seen && m_shareDiagnosis->isChecked());
}

crisis::ReturnSlip ReturnSlipDialog::slip() const
{
    crisis::ReturnSlip s;
    s.outcome = crisis::VisitOutcome(m_outcome->currentData().toInt());
    const bool seen = s.outcome == crisis::VisitOutcome::Seen;
    if (seen) {
        s.visitedOn = m_visited->date();
        s.department = m_department->text().trimmed();
        for (const QCheckBox *box : m_treatments)
            if (box->isChecked()) s.treatments << crisis::Treatment(box->property("treatment").toInt());
        s.fitness = crisis::SchoolFitness(m_fitness->currentData().toInt());
        if (m_hasNextVisit->isChecked()) s.nextVisit = m_nextVisit->date();
        if (m_shareDiagnosis->isChecked()) s.diagnosis = m_diagnosis->text().trimmed();
    }
    s.supportNeeded = m_support->text().trimmed();
    s.filledBy = m_filledBy->currentText().trimmed();
    s.receivedOn = m_received->date();
    return s;
}

QDate ReturnSlipDialog::followUpOn() const { return m_followUp->date(); }

}  // namespace cd::ui
