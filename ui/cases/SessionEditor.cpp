#include "ui/cases/SessionEditor.h"
#include "ui/common/Dates.h"

#include "core/common/Clock.h"

#include "core/crisis/RiskScale.h"
#include "core/audit/AuditTarget.h"

#include "ui/cases/SessionRiskCheck.h"
#include "ui/common/LockState.h"
#include "ui/common/MessageBoxes.h"
#include "core/students/WatchList.h"
#include "core/vault/Vault.h"

#include <QComboBox>
#include <QDateEdit>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QSignalBlocker>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {
constexpr int kDraftDelayMs = 2000;  ///< a draft is written this long after the last keystroke
}

SessionEditor::SessionEditor(vault::Vault &vault, const cases::Session &session, QWidget *parent)
    : QDialog(parent),
      m_vault(vault),
      m_session(session),
      m_date(new QDateEdit(this)),
      m_minutes(new QSpinBox(this)),
      m_kind(new QComboBox(this)),
      m_presenting(new QPlainTextEdit(session.presenting, this)),
      m_observations(new QPlainTextEdit(session.observations, this)),
      m_intervention(new QPlainTextEdit(session.intervention, this)),
      m_plan(new QPlainTextEdit(session.plan, this)),
      m_risk(new QComboBox(this)),
      m_next(new QDateTimeEdit(this)), m_hasNext(new QCheckBox(tr("Next &appointment:"), this)),
      m_private(new QPlainTextEdit(this)),
      m_draftStatus(new QLabel(this)),
      m_discard(nullptr),
      m_draftTimer(new QTimer(this))
{
    setObjectName(u"sessionEditor"_s);
    setWindowTitle(session.id ? tr("Edit session") : tr("New session"));
    resize(760, 640);
    m_date->setObjectName(u"sessionDate"_s);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(dates::dateFormat());
    m_date->setDate(session.heldOn.isValid() ? session.heldOn : QDate::currentDate());
    m_minutes->setObjectName(u"sessionMinutes"_s);
    m_minutes->setRange(0, 600);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setValue(session.id ? session.minutes : 40);
    m_kind->setObjectName(u"sessionKind"_s);
    for (cases::SessionKind k : cases::kSessionKinds) m_kind->addItem(cases::kindName(k), cases::kindCode(k));
    m_kind->setCurrentIndex(m_kind->findData(cases::kindCode(session.kind)));
    m_risk->setObjectName(u"sessionRisk"_s);
    m_risk->addItem(tr("No concern noted"), QString());
    auto loadedLabels = crisis::RiskScale(vault).load();  // the lead's names for the levels
    const crisis::RiskLabels labels = loadedLabels ? *loadedLabels : crisis::RiskLabels();
    for (students::RiskLevel level : students::kRiskLevels)
        m_risk->addItem(labels.label(level), students::riskCode(level));
    m_risk->setCurrentIndex(qMax(0, m_risk->findData(session.risk)));
    m_next->setObjectName(u"nextAppointment"_s);
    m_next->setCalendarPopup(true);
    m_next->setDisplayFormat(dates::dateTimeFormat());
    m_hasNext->setObjectName(u"hasNextAppointment"_s);
    m_hasNext->setToolTip(tr("Book the next talk: it shows on the home page and in the session list"));
    connect(m_hasNext, &QCheckBox::toggled, m_next, &QWidget::setEnabled);
    setNextAppointment(session.nextAppointment);
    const QList<std::tuple<QPlainTextEdit *, const char *, QString>> notes = {
        {m_presenting, "presenting", tr("What brought the student, in their words")},
        {m_observations, "observations", tr("What you noticed: mood, behaviour, what was said")},
        {m_intervention, "intervention", tr("What you did in the session")},
        {m_plan, "plan", tr("Next steps, agreements, who else is involved")},
    };
    for (const auto &[edit, name, placeholder] : notes) {
        edit->setObjectName(QString::fromLatin1(name));
        edit->setPlaceholderText(placeholder);
        edit->setTabChangesFocus(true);
    }
    m_private->setObjectName(u"privateNote"_s);
    m_private->setTabChangesFocus(true);
    m_private->setPlaceholderText(tr("Your own working notes: only you can read them, and they are never exported"));
    if (session.id) {
        cases::CaseRepository repo(vault);
        if (auto note = repo.privateNote(session.id); note && *note)
            m_private->setPlainText(**note);
    }
    if (vault.userKey().isEmpty()) {
        m_private->setEnabled(false);
        m_private->setPlaceholderText(tr("Private notes need your own passphrase (you unlocked with the recovery code)"));
    }

    // The short fields share rows, so that the notes keep their height on a small screen.
    const auto labelled = [this](QHBoxLayout *row, const QString &label, QWidget *field) {
        auto *text = new QLabel(label, this);
        text->setBuddy(field);
        row->addWidget(text);
        row->addWidget(field);
        row->addSpacing(12);
    };
    auto *top = new QHBoxLayout;
    labelled(top, tr("Date:"), m_date);
    labelled(top, tr("Length:"), m_minutes);
    labelled(top, tr("Kind:"), m_kind);
    top->addStretch(1);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Presenting issue"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Observations"), this), 0, 1);
    grid->addWidget(m_presenting, 1, 0);
    grid->addWidget(m_observations, 1, 1);
    grid->addWidget(new QLabel(tr("Intervention"), this), 2, 0);
    grid->addWidget(new QLabel(tr("Plan"), this), 2, 1);
    grid->addWidget(m_intervention, 3, 0);
    grid->addWidget(m_plan, 3, 1);
    auto *when = new QHBoxLayout;
    labelled(when, tr("Risk in this session:"), m_risk);
    when->addWidget(m_hasNext);
    when->addWidget(m_next);
    when->addStretch(1);
    auto *bottom = new QFormLayout;
    bottom->addRow(tr("Private note:"), m_private);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveSessionButton"_s);
    buttons->button(QDialogButtonBox::Close)->setToolTip(tr("Close without saving the session: what you wrote is "
                                                            "kept as a draft in the vault"));
    m_discard = buttons->addButton(tr("&Discard draft…"), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(u"discardDraftButton"_s);
    m_discard->setToolTip(tr("Throw away what you wrote since the session was last saved"));
    connect(m_discard, &QPushButton::clicked, this, &SessionEditor::discardDraft);
    auto *share = buttons->addButton(tr("S&hare private note…"), QDialogButtonBox::ActionRole);
    share->setObjectName(u"shareNoteButton"_s);
    share->setToolTip(tr("Move your private note into the session record, where colleagues can read it"));
    share->setEnabled(m_private->isEnabled() && session.id != 0);
    connect(share, &QPushButton::clicked, this, &SessionEditor::sharePrivateNote);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(grid, 3);  // the session's notes get most of the height; the private note some
    layout->addLayout(when);
    layout->addLayout(bottom, 1);
    m_draftStatus->setObjectName(u"draftStatus"_s);
    m_draftStatus->setWordWrap(true);
    layout->addWidget(m_draftStatus);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    cases::DraftStore drafts(vault);
    auto draft = drafts.load(session.caseId, session.id);
    if (draft && *draft) restore(**draft);
    m_discard->setEnabled(m_hasDraft);

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(kDraftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &SessionEditor::saveDraft);
    for (QPlainTextEdit *edit : {m_presenting, m_observations, m_intervention, m_plan, m_private})
        connect(edit, &QPlainTextEdit::textChanged, this, &SessionEditor::markChanged);
    connect(m_date, &QDateEdit::dateChanged, this, &SessionEditor::markChanged);
    connect(m_minutes, &QSpinBox::valueChanged, this, &SessionEditor::markChanged);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &SessionEditor::markChanged);
    connect(m_risk, &QComboBox::currentIndexChanged, this, &SessionEditor::markChanged);
    connect(m_next, &QDateTimeEdit::dateTimeChanged, this, &SessionEditor::markChanged);
    connect(m_hasNext, &QCheckBox::toggled, this, &SessionEditor::markChanged);
}

void SessionEditor::restore(const cases::SessionDraft &draft)
{
    const cases::Session &d = draft.session;
    if (d.heldOn.isValid()) m_date->setDate(d.heldOn);
    m_minutes->setValue(d.minutes);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(cases::kindCode(d.kind))));
    m_presenting->setPlainText(d.presenting);
    m_observations->setPlainText(d.observations);
    m_intervention->setPlainText(d.intervention);
    m_plan->setPlainText(d.plan);
    m_risk->setCurrentIndex(qMax(0, m_risk->findData(d.risk)));
    setNextAppointment(d.nextAppointment);
    if (draft.privateNote && m_private->isEnabled()) m_private->setPlainText(*draft.privateNote);
    m_hasDraft = true;
    m_restoredDraft = true;
    m_draftStatus->setText(tr("This is your draft from %1, not saved as a session yet.")
                               .arg(dates::dateTime(draft.savedAt)));
}

void SessionEditor::markChanged()
{
    m_changed = true;
    m_discard->setEnabled(true);
    m_draftTimer->start();
}

cases::Session SessionEditor::entered() const
{
    cases::Session s = m_session;
    s.heldOn = m_date->date();
    s.minutes = m_minutes->value();
    s.kind = cases::kindFromCode(m_kind->currentData().toString()).value_or(cases::SessionKind::Individual);
    s.presenting = m_presenting->toPlainText();
    s.observations = m_observations->toPlainText();
    s.intervention = m_intervention->toPlainText();
    s.plan = m_plan->toPlainText();
    s.risk = m_risk->currentData().toString();
    s.nextAppointment = m_hasNext->isChecked() ? m_next->dateTime() : QDateTime();
    return s;
}

bool SessionEditor::saveDraft()
{
    m_draftTimer->stop();
    if (!m_changed) return true;
    const cases::Session s = entered();
    cases::DraftStore drafts(m_vault);
    // A new session with nothing written is not worth a draft.
    const bool empty = s.id == 0 && s.presenting.trimmed().isEmpty() && s.observations.trimmed().isEmpty()
                       && s.intervention.trimmed().isEmpty() && s.plan.trimmed().isEmpty()
                       && m_private->toPlainText().trimmed().isEmpty();
    const std::optional<QString> privateNote =
        m_private->isEnabled() ? std::optional<QString>(m_private->toPlainText()) : std::nullopt;
    const Status st = empty ? drafts.discard(s.caseId, s.id) : drafts.save(s, privateNote);
    if (!st) {
        //: shown under the session editor; %1 is the reason
        m_draftStatus->setText(tr("Your draft could not be kept: %1").arg(st.error().message));
        return false;
    }
    m_changed = false;
    m_hasDraft = !empty;
    m_draftStatus->setText(empty ? QString()
                                 : tr("Draft kept in the vault at %1.")
                                       .arg(dates::time(QTime::currentTime())));
    return true;
}

void SessionEditor::discardDraft()
{
    if (!MessageBoxes::confirm(this, tr("Discard draft"),
                               tr("Throw away what you wrote since this session was last saved?"), tr("&Discard"),
                               true))
        return;
    cases::DraftStore drafts(m_vault);
    if (Status st = drafts.discard(m_session.caseId, m_session.id); !st) {
        MessageBoxes::error(this, tr("Discard draft"), st.error().message);
        return;
    }
    m_discarding = true;
    m_changed = false;
    m_hasDraft = false;
    QDialog::reject();
}

void SessionEditor::done(int result)
{
    m_draftTimer->stop();
    // Close, Escape, or the vault locking: what was typed is kept as a draft. If even that fails
    // (a full disk), the editor stays open with the reason shown, unless the vault is locking.
    if (result == QDialog::Rejected && !m_discarding && !saveDraft() && !lockInProgress()) {
        MessageBoxes::error(this, windowTitle(), m_draftStatus->text());
        return;
    }
    QDialog::done(result);
}

QPlainTextEdit *SessionEditor::field(const QString &objectName) const
{
    return findChild<QPlainTextEdit *>(objectName);
}

bool SessionEditor::save()
{
    cases::Session s = entered();
    cases::CaseRepository repo(m_vault);
    // A new rating that disagrees with the watch list is never saved silently (issue 12 item 7).
    WatchDecision watch;
    const auto theCase = repo.getCase(s.caseId);
    if (theCase && (s.id == 0 || s.risk != m_session.risk)) {
        watch = askAboutWatchList(m_vault, theCase->studentId, s.risk, this);
        if (watch.goBack) return false;
    }
    // The session, the private note, the draft's removal, the watch list if it moves and their
    // audit rows: one transaction, so "not saved" below means nothing was.
    qint64 id = 0;
    const Status st = m_vault.changeTogether([&]() -> Status {
        auto saved = repo.saveSession(
            s, m_private->isEnabled() ? std::optional<QString>(m_private->toPlainText()) : std::nullopt);
        if (!saved) return saved.error();
        id = *saved;
        return watch.moveTo ? moveWatchList(m_vault, theCase->studentId, *watch.moveTo, s.heldOn) : Status();
    });
    if (!st) {
        MessageBoxes::error(this, windowTitle(),
                            tr("The session was not saved: %1 What you wrote is still here.").arg(st.error().message));
        return false;
    }
    s.id = id;
    m_session = s;
    m_changed = false;
    m_hasDraft = false;
    m_draftTimer->stop();
    m_draftStatus->clear();
    return true;
}

void SessionEditor::sharePrivateNote()
{
    if (m_private->toPlainText().trimmed().isEmpty()) return;
    if (!MessageBoxes::confirm(this, tr("Share private note"),
                               tr("Your private note becomes part of the session record: every user of the vault "
                                  "can then read it, and it is kept like any other record. Share it?"),
                               tr("&Share"), true))
        return;
    if (!save()) return;  // the current text first, sealed as usual
    const Status st = cases::CaseRepository(m_vault).sharePrivateNote(m_session.id);
    if (!st) {
        MessageBoxes::error(this, tr("Share private note"), st.error().message);
        return;
    }
    QDialog::accept();
}

void SessionEditor::accept()
{
    if (save()) QDialog::accept();
}

void SessionEditor::setNextAppointment(const QDateTime &at)
{
    // None booked: the field offers a week from now at the next full hour, not the year 2000.
    const QDateTime now = clock::now().toLocalTime();
    const QDateTime offered(now.date().addDays(7), QTime(std::min(now.time().hour() + 1, 17), 0));
    const QSignalBlocker blockTick(m_hasNext);
    const QSignalBlocker blockTime(m_next);
    m_hasNext->setChecked(at.isValid());
    m_next->setEnabled(at.isValid());
    m_next->setDateTime(at.isValid() ? at.toLocalTime() : offered);
}

}  // namespace ui
}  // namespace cd
