#include "ui/crisis/CrisisEventDialog.h"
#include "ui/common/Dates.h"

#include "core/common/Clock.h"
#include "ui/common/StatusWidgets.h"
#include "ui/common/WindowFit.h"
#include "ui/crisis/CrisisFormat.h"
#include "ui/crisis/StudentPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
QPlainTextEdit *textBox(QWidget *parent, const QString &name, const QString &placeholder, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    edit->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    return edit;
}
}  // namespace

CrisisEventDialog::CrisisEventDialog(vault::Vault &vault, qint64 studentId, QWidget *parent)
    : QDialog(parent),
      m_vault(vault),
      m_labels(crisisui::loadLabels(vault)),
      m_student(new StudentPicker(vault, studentId, this)),
      m_when(new QDateTimeEdit(this)),
      m_place(new QLineEdit(this)),
      m_source(new QComboBox(this)),
      m_kind(new QComboBox(this)),
      m_description(textBox(this, u"crisisDescription"_s,
                            tr("What happened, as observed: what was seen and said, by whom (no interpretation)"), 3)),
      m_selfHarm(new QComboBox(this)),
      m_harmOthers(new QCheckBox(tr("Thoughts of &harming others"), this)),
      m_plan(new QCheckBox(tr("Has a p&lan (how, when, where)"), this)),
      m_means(new QCheckBox(tr("Has access to the &means"), this)),
      m_pastAttempt(new QCheckBox(tr("Past &attempts or self-harm"), this)),
      m_recentLoss(new QCheckBox(tr("A recent loss or &blow"), this)),
      m_supervised(new QCheckBox(tr("An adult can stay with the student &now"), this)),
      m_protective(new QLineEdit(this)),
      m_notes(new QLineEdit(this)),
      m_suggested(new QLabel(this)),
      m_level(new QComboBox(this)),
      m_overrideReason(new QLineEdit(this)),
      m_action(textBox(this, u"crisisAction"_s,
                       tr("Stayed with the student, removed the means, called the school doctor, 120 …"), 2)),
      m_error(makeErrorLabel(this, u"crisisError"_s))
{
    setObjectName(u"crisisEventDialog"_s);
    setWindowTitle(tr("Record a crisis event"));
    resize(760, 680);

    m_when->setObjectName(u"crisisWhen"_s);
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(dates::dateTimeFormat());
    const QDateTime now = clock::now().toLocalTime();
    m_when->setMaximumDateTime(now.addSecs(60));
    m_when->setDateTime(now);
    m_when->setToolTip(tr("When it happened or was found (not in the future)"));
    m_place->setObjectName(u"crisisPlace"_s);
    m_place->setPlaceholderText(tr("Classroom, dormitory, playground …"));
    m_source->setObjectName(u"crisisSource"_s);
    for (crisis::CrisisSource source : crisis::crisisSources()) m_source->addItem(crisis::sourceName(source), int(source));
    m_source->setToolTip(tr("Who raised it"));
    m_kind->setObjectName(u"crisisKind"_s);
    for (crisis::CrisisKind kind : crisis::crisisKinds()) m_kind->addItem(crisis::kindName(kind), int(kind));

    m_selfHarm->setObjectName(u"selfHarmThoughts"_s);
    m_selfHarm->addItem(tr("None"), int(crisis::Ideation::None));
    m_selfHarm->addItem(tr("Passive: wishes to be dead"), int(crisis::Ideation::Passive));
    m_selfHarm->addItem(tr("Active: thinks of acting"), int(crisis::Ideation::Active));
    m_harmOthers->setObjectName(u"harmOthers"_s);
    m_plan->setObjectName(u"hasPlan"_s);
    m_means->setObjectName(u"hasMeans"_s);
    m_pastAttempt->setObjectName(u"pastAttempt"_s);
    m_recentLoss->setObjectName(u"recentLoss"_s);
    m_recentLoss->setToolTip(tr("Bereavement, bullying, a family break-up, a failure that matters to the student"));
    m_supervised->setObjectName(u"supervised"_s);
    m_supervised->setChecked(true);
    m_supervised->setToolTip(tr("Untick when no adult can stay with the student: the suggested level rises"));
    m_protective->setObjectName(u"protectiveFactors"_s);
    m_protective->setPlaceholderText(tr("People, reasons, plans for the future"));
    m_notes->setObjectName(u"assessmentNotes"_s);

    m_suggested->setObjectName(u"suggestedLevel"_s);
    m_suggested->setToolTip(tr("Suggested from the assessment; you decide the level"));
    m_level->setObjectName(u"confirmedLevel"_s);
    crisisui::fillLevels(m_level, m_labels);
    m_overrideReason->setObjectName(u"overrideReason"_s);
    m_overrideReason->setPlaceholderText(tr("Why the level differs from the suggestion"));

    auto *who = new QGroupBox(tr("Student and what happened"), this);
    auto *whoForm = new QFormLayout(who);
    whoForm->addRow(tr("&Student:"), m_student);
    auto *whenRow = new QHBoxLayout;
    whenRow->addWidget(m_when);
    auto *placeLabel = new QLabel(tr("&Place:"), this);
    placeLabel->setBuddy(m_place);
    whenRow->addWidget(placeLabel);
    whenRow->addWidget(m_place, 1);
    auto *whenLabel = new QLabel(tr("&When:"), this);
    whenLabel->setBuddy(m_when);
    whoForm->addRow(whenLabel, whenRow);
    auto *sourceRow = new QHBoxLayout;
    sourceRow->addWidget(m_source);
    auto *kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    sourceRow->addWidget(kindLabel);
    sourceRow->addWidget(m_kind, 1);
    auto *sourceLabel = new QLabel(tr("&Raised by:"), this);
    sourceLabel->setBuddy(m_source);
    whoForm->addRow(sourceLabel, sourceRow);
    whoForm->addRow(tr("&Description:"), m_description);

    auto *assessment = new QGroupBox(tr("Risk assessment"), this);
    assessment->setObjectName(u"assessmentBox"_s);
    auto *grid = new QGridLayout(assessment);
    auto *selfHarmLabel = new QLabel(tr("&Thoughts of self-harm:"), this);
    selfHarmLabel->setBuddy(m_selfHarm);
    grid->addWidget(selfHarmLabel, 0, 0);
    grid->addWidget(m_selfHarm, 0, 1);
    grid->addWidget(m_harmOthers, 1, 0);
    grid->addWidget(m_plan, 1, 1);
    grid->addWidget(m_means, 2, 0);
    grid->addWidget(m_pastAttempt, 2, 1);
    grid->addWidget(m_recentLoss, 3, 0);
    grid->addWidget(m_supervised, 3, 1);
    auto *protectiveLabel = new QLabel(tr("Pr&otective factors:"), this);
    protectiveLabel->setBuddy(m_protective);
    grid->addWidget(protectiveLabel, 4, 0);
    grid->addWidget(m_protective, 4, 1);
    auto *notesLabel = new QLabel(tr("Not&es:"), this);
    notesLabel->setBuddy(m_notes);
    grid->addWidget(notesLabel, 5, 0);
    grid->addWidget(m_notes, 5, 1);
    grid->setColumnStretch(1, 1);

    auto *decision = new QGroupBox(tr("Level and action"), this);
    auto *decisionForm = new QFormLayout(decision);
    decisionForm->addRow(tr("Suggested:"), m_suggested);
    decisionForm->addRow(tr("Confirmed le&vel:"), m_level);
    decisionForm->addRow(tr("Reason for a di&fferent level:"), m_overrideReason);
    decisionForm->addRow(tr("&Immediate action:"), m_action);

    auto *body = new QWidget(this);
    body->setObjectName(u"crisisEventBody"_s);
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(who);
    bodyLayout->addWidget(assessment);
    bodyLayout->addWidget(decision);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveCrisisEvent"_s);
    m_save->setToolTip(tr("Record the event; the student's watch-list level is raised to this level"));
    connect(buttons, &QDialogButtonBox::accepted, this, &CrisisEventDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(windowfit::scrollable(body), 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    for (QCheckBox *box : {m_harmOthers, m_plan, m_means, m_pastAttempt, m_recentLoss, m_supervised})
        connect(box, &QCheckBox::toggled, this, &CrisisEventDialog::updateLevel);
    connect(m_selfHarm, &QComboBox::currentIndexChanged, this, &CrisisEventDialog::updateLevel);
    connect(m_level, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_followingSuggestion) m_levelTouched = true;  // the counselor chose: keep it
        updateSave();
    });
    connect(m_overrideReason, &QLineEdit::textChanged, this, &CrisisEventDialog::updateSave);
    connect(m_description, &QPlainTextEdit::textChanged, this, &CrisisEventDialog::updateSave);
    connect(m_student, &StudentPicker::studentChanged, this, &CrisisEventDialog::updateSave);
    updateLevel();
    if (m_student->searchField()) m_student->searchField()->setFocus();
    else m_description->setFocus();
}

crisis::RiskLevel CrisisEventDialog::suggested() const { return crisis::suggestLevel(event().assessment); }

crisis::NewCrisisEvent CrisisEventDialog::event() const
{
    crisis::NewCrisisEvent e;
    e.studentId = m_student->studentId();
    e.occurredAt = m_when->dateTime().toUTC();
    e.place = m_place->text().trimmed();
    e.source = crisis::CrisisSource(m_source->currentData().toInt());
    e.kind = crisis::CrisisKind(m_kind->currentData().toInt());
    e.description = m_description->toPlainText().trimmed();
    e.assessment.selfHarmThoughts = crisis::Ideation(m_selfHarm->currentData().toInt());
    e.assessment.harmOthersThoughts = m_harmOthers->isChecked();
    e.assessment.plan = m_plan->isChecked();
    e.assessment.means = m_means->isChecked();
    e.assessment.pastAttempt = m_pastAttempt->isChecked();
    e.assessment.recentLoss = m_recentLoss->isChecked();
    e.assessment.supervised = m_supervised->isChecked();
    e.assessment.protectiveFactors = m_protective->text().trimmed();
    e.assessment.notes = m_notes->text().trimmed();
    e.level = crisis::RiskLevel(m_level->currentData().toInt());
    e.overrideReason = m_overrideReason->text().trimmed();
    e.immediateAction = m_action->toPlainText().trimmed();
    return e;
}

void CrisisEventDialog::updateLevel()
{
    const crisis::RiskLevel level = suggested();
    m_suggested->setText(m_labels.label(level));
    m_suggested->setStyleSheet(u"QLabel { color: %1; font-weight: bold; }"_s.arg(m_labels.colour(level)));
    if (!m_levelTouched) {
        m_followingSuggestion = true;
        m_level->setCurrentIndex(m_level->findData(int(level)));
        m_followingSuggestion = false;
    }
    updateSave();
}

void CrisisEventDialog::updateSave()
{
    const bool differs = m_level->currentData().toInt() != int(suggested());
    m_overrideReason->setEnabled(differs);
    const bool reasonMissing = differs && m_overrideReason->text().trimmed().isEmpty();
    m_overrideReason->setToolTip(differs ? tr("Required: the level differs from the suggestion")
                                         : tr("Only needed when the level differs from the suggestion"));
    const bool ready = m_student->studentId() != 0 && !m_description->toPlainText().trimmed().isEmpty() && !reasonMissing;
    m_save->setEnabled(ready);
    if (!m_student->studentId()) m_save->setToolTip(tr("Choose the student first"));
    else if (m_description->toPlainText().trimmed().isEmpty()) m_save->setToolTip(tr("Describe what happened first"));
    else if (reasonMissing) m_save->setToolTip(tr("Say why the level differs from the suggestion"));
    else m_save->setToolTip(tr("Record the event; the student's watch-list level is raised to this level"));
}

void CrisisEventDialog::accept()
{
    if (!m_save->isEnabled()) return;
    m_error->hide();
    auto recorded = crisis::CrisisEvents(m_vault).record(event());
    if (!recorded) {
        m_error->setText(recorded.error().message);
        m_error->show();
        return;
    }
    m_eventId = *recorded;
    QDialog::accept();
}

}  // namespace cd::ui
