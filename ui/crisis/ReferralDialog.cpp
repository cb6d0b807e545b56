#include "ui/crisis/ReferralDialog.h"
#include "ui/common/Dates.h"

#include "ui/crisis/ReferralPrinting.h"

#include "core/common/Clock.h"
#include "core/crisis/Directory.h"
#include "core/students/StudentRepository.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/StatusWidgets.h"
#include "ui/common/WindowFit.h"
#include "ui/crisis/CrisisFormat.h"
#include "ui/crisis/CrisisStepDialogs.h"
#include "ui/crisis/DirectoryDialog.h"
#include "ui/crisis/ReturnSlipDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QMenu>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
constexpr crisis::Urgency kUrgencies[] = {crisis::Urgency::Routine, crisis::Urgency::Soon, crisis::Urgency::Urgent};
constexpr int kSlipDays = 7;

QPlainTextEdit *textBox(QWidget *parent, const QString &name, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}
}  // namespace

ReferralDialog::ReferralDialog(vault::Vault &vault, qint64 referralId, QWidget *parent) : QDialog(parent), m_vault(vault)
{
    m_referral.id = referralId;
    build();
    if (!reload()) return;
    m_loaded = true;
}

ReferralDialog::ReferralDialog(vault::Vault &vault, const NewReferral &start, QWidget *parent)
    : QDialog(parent), m_vault(vault)
{
    const qint64 studentId = start.studentId;
    m_referral.studentId = studentId;
    m_referral.eventId = start.eventId;
    m_referral.questions = tr("Is the student fit to attend school? What support should the school provide? "
                              "When is the next visit?");
    build();
    auto student = students::StudentRepository(vault).get(studentId);
    if (!student) {
        showError(student.error().message);
        return;
    }
    m_student = tr("%1 · %2").arg(student->name, students::className(student->grade, student->klass));
    m_loaded = true;
    fill();
}

void ReferralDialog::build()
{
    setObjectName(u"referralDialog"_s);
    resize(780, 600);
    m_header = new QLabel(this);
    m_header->setObjectName(u"referralHeader"_s);
    m_header->setWordWrap(true);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"referralTabs"_s);

    // The referral: where to, why, how urgent, what to ask.
    m_destination = new QComboBox(this);
    m_destination->setObjectName(u"referralDestination"_s);
    m_destination->setToolTip(tr("Where the school advises the guardian to take the student"));
    m_addDestination = new QPushButton(tr("Add to director&y…"), this);
    m_addDestination->setObjectName(u"addDestination"_s);
    m_reason = textBox(this, u"referralReason"_s, 3);
    m_reason->setPlaceholderText(tr("What was observed and its effect on school life (sleep, attendance, what the "
                                    "student said). Describe behaviour; never a diagnosis."));
    m_duration = new QLineEdit(this);
    m_duration->setObjectName(u"referralDuration"_s);
    m_duration->setPlaceholderText(tr("e.g. about three weeks"));
    m_urgency = new QComboBox(this);
    m_urgency->setObjectName(u"referralUrgency"_s);
    for (crisis::Urgency u : kUrgencies) m_urgency->addItem(crisis::urgencyName(u), int(u));
    m_questions = textBox(this, u"referralQuestions"_s, 2);
    auto *destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(m_addDestination);
    auto *referralPage = new QWidget(this);
    referralPage->setObjectName(u"referralPage"_s);
    auto *referralForm = new QFormLayout(referralPage);
    auto *destinationLabel = new QLabel(tr("&Destination:"), this);
    destinationLabel->setBuddy(m_destination);
    referralForm->addRow(destinationLabel, destinationRow);
    referralForm->addRow(tr("&Reason:"), m_reason);
    referralForm->addRow(tr("Has &lasted:"), m_duration);
    referralForm->addRow(tr("&Urgency:"), m_urgency);
    referralForm->addRow(tr("&Questions for the doctor:"), m_questions);
    m_tabs->addTab(windowfit::scrollable(referralPage), tr("Re&ferral"));

    // What the letter says: the minimum necessary, ticked item by item.
    auto *disclosurePage = new QWidget(this);
    disclosurePage->setObjectName(u"disclosurePage"_s);
    auto *disclosureLayout = new QVBoxLayout(disclosurePage);
    auto *intro = new QLabel(tr("The letter to the hospital says only what is ticked here."), this);
    intro->setWordWrap(true);
    disclosureLayout->addWidget(intro);
    auto *ticks = new QGridLayout;
    int n = 0;
    for (crisis::Disclosure item : crisis::disclosures()) {
        auto *box = new QCheckBox(crisis::disclosureName(item), this);
        box->setObjectName(u"disclose_%1"_s.arg(crisis::disclosureCode(item)));
        m_disclose[item] = box;
        ticks->addWidget(box, n / 3, n % 3);
        ++n;
    }
    auto *privateNotes = new QCheckBox(tr("Private notes"), this);
    privateNotes->setObjectName(u"disclosePrivateNotes"_s);
    privateNotes->setChecked(false);
    privateNotes->setEnabled(false);
    privateNotes->setToolTip(tr("A counselor's private notes never leave CounselDesk: no letter, export or print "
                                "includes them."));
    ticks->addWidget(privateNotes, n / 3, n % 3);
    disclosureLayout->addLayout(ticks);
    m_screeningText = textBox(this, u"referralScreeningText"_s, 2);
    m_screeningText->setPlaceholderText(tr("The screening totals to include, e.g. PHQ-9 total 17 on 2026-10-12"));
    m_sessionText = textBox(this, u"referralSessionText"_s, 2);
    m_sessionText->setPlaceholderText(tr("The few lines of session notes the doctor needs, as they should read"));
    auto *texts = new QFormLayout;
    texts->addRow(tr("Screening &totals:"), m_screeningText);
    texts->addRow(tr("Session e&xcerpt:"), m_sessionText);
    disclosureLayout->addLayout(texts);
    disclosureLayout->addStretch();
    m_tabs->addTab(windowfit::scrollable(disclosurePage), tr("&What the letter says"));

    // The guardian's consent.
    auto *consentPage = new QWidget(this);
    consentPage->setObjectName(u"consentPage"_s);
    m_guardian = new QLineEdit(this);
    m_guardian->setObjectName(u"consentGuardian"_s);
    m_relation = new QLineEdit(this);
    m_relation->setObjectName(u"consentRelation"_s);
    m_relation->setPlaceholderText(tr("Mother, father, grandmother …"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(u"consentPhone"_s);
    m_consentGiven = new QCheckBox(tr("The guardian &agreed on:"), this);
    m_consentGiven->setObjectName(u"consentGiven"_s);
    m_consentAt = new QDateTimeEdit(this);
    m_consentAt->setObjectName(u"consentAt"_s);
    m_consentAt->setCalendarPopup(true);
    m_consentAt->setDisplayFormat(dates::dateTimeFormat());
    m_consentAt->setDateTime(clock::now().toLocalTime());
    m_consentMethod = new QComboBox(this);
    m_consentMethod->setObjectName(u"consentMethod"_s);
    m_consentMethod->setEditable(true);
    m_consentMethod->addItems({tr("In person, signed"), tr("By phone"), tr("By message")});
    auto *when = new QHBoxLayout;
    when->addWidget(m_consentGiven);
    when->addWidget(m_consentAt);
    when->addStretch();
    auto *consentForm = new QFormLayout(consentPage);
    consentForm->addRow(tr("Guardian's &name:"), m_guardian);
    consentForm->addRow(tr("Rela&tion:"), m_relation);
    consentForm->addRow(tr("&Phone:"), m_phone);
    consentForm->addRow(QString(), when);
    consentForm->addRow(tr("&How:"), m_consentMethod);
    m_tabs->addTab(windowfit::scrollable(consentPage), tr("Guardian's &consent"));

    m_course = new QLabel(this);
    m_course->setObjectName(u"referralCourse"_s);
    m_course->setWordWrap(true);
    m_error = makeErrorLabel(this, u"referralError"_s);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveReferral"_s);
    m_save->setToolTip(tr("Save the referral's text (it stays a draft until given to the guardian)"));
    m_given = buttons->addButton(tr("&Given to guardian"), QDialogButtonBox::ActionRole);
    m_given->setObjectName(u"referralGiven"_s);
    m_given->setToolTip(tr("The advice was handed to the guardian: needs a destination, a reason and the "
                           "guardian's consent; the return slip is then due in a week"));
    m_seen = buttons->addButton(tr("S&een"), QDialogButtonBox::ActionRole);
    m_seen->setObjectName(u"referralSeen"_s);
    m_seen->setToolTip(tr("The guardian reports that the student was seen"));
    m_slip = buttons->addButton(tr("Enter return &slip…"), QDialogButtonBox::ActionRole);
    m_slip->setObjectName(u"referralSlip"_s);
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(u"referralPrint"_s);
    m_print->setToolTip(tr("The advice to the guardian, the letter to the hospital or the return slip, previewed "
                           "before it prints"));
    auto *printMenu = new QMenu(m_print);
    for (crisis::DocumentKind kind : {crisis::DocumentKind::GuardianAdvice, crisis::DocumentKind::HospitalLetter,
                                      crisis::DocumentKind::ReturnSlip}) {
        QAction *action = printMenu->addAction(crisis::documentKindName(kind));
        action->setObjectName(u"print_"_s + crisis::documentKindCode(kind));
        connect(action, &QAction::triggered, this, [this, kind]() { printDocument(kind); });
    }
    m_print->setMenu(printMenu);
    m_close = buttons->addButton(tr("Cl&ose referral…"), QDialogButtonBox::ActionRole);
    m_close->setObjectName(u"referralClose"_s);
    m_close->setToolTip(tr("Close the referral with a note"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ReferralDialog::save);
    connect(m_given, &QPushButton::clicked, this, &ReferralDialog::markGiven);
    connect(m_seen, &QPushButton::clicked, this, &ReferralDialog::markSeen);
    connect(m_slip, &QPushButton::clicked, this, &ReferralDialog::enterSlip);
    connect(m_close, &QPushButton::clicked, this, &ReferralDialog::closeReferral);
    connect(m_addDestination, &QPushButton::clicked, this, [this]() {
        if (const qint64 id = addInstitution(m_vault, this)) fillDestinations(id);
    });
    connect(m_consentGiven, &QCheckBox::toggled, m_consentAt, &QWidget::setEnabled);
    for (auto &[item, box] : m_disclose) connect(box, &QCheckBox::toggled, this, &ReferralDialog::updateState);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_course);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

bool ReferralDialog::hasUnsavedEdits() const
{
    const crisis::Referral e = edited();
    const crisis::Referral &r = m_referral;
    return r.id == 0 || e.institutionId != r.institutionId || e.reason.trimmed() != r.reason
           || e.duration.trimmed() != r.duration || e.urgency != r.urgency || e.questions.trimmed() != r.questions
           || e.disclose != r.disclose || e.screeningText.trimmed() != r.screeningText
           || e.sessionText.trimmed() != r.sessionText || e.consent.guardianName.trimmed() != r.consent.guardianName
           || e.consent.relation.trimmed() != r.consent.relation || e.consent.phone.trimmed() != r.consent.phone
           || e.consent.at != r.consent.at || e.consent.method.trimmed() != r.consent.method;
}

void ReferralDialog::printDocument(crisis::DocumentKind kind)
{
    // What prints is what is saved: unsaved edits are saved first (or the reason shown).
    if (m_save->isEnabled() && hasUnsavedEdits() && !save()) return;
    printReferralDocument(m_vault, m_referral.id, kind, this);
}

bool ReferralDialog::reload()
{
    auto referral = crisis::Referrals(m_vault).get(m_referral.id);
    if (!referral) {
        showError(referral.error().message);
        return false;
    }
    m_referral = *referral;
    if (m_student.isEmpty()) {
        auto student = students::StudentRepository(m_vault).get(m_referral.studentId);
        if (student) m_student = tr("%1 · %2").arg(student->name, students::className(student->grade, student->klass));
    }
    fill();
    return true;
}

void ReferralDialog::fillDestinations(qint64 selectId)
{
    m_destination->clear();
    m_destination->addItem(tr("(not chosen yet)"), 0);
    if (auto list = crisis::Directory(m_vault).list(true)) {
        for (const crisis::Institution &i : *list) {
            if (!i.active && i.id != selectId) continue;
            m_destination->addItem(i.active ? i.displayName() : tr("%1 (retired)").arg(i.displayName()), i.id);
            m_destination->setItemData(m_destination->count() - 1,
                                       QStringList{i.address, i.phone}.join(u"  "_s).trimmed(), Qt::ToolTipRole);
        }
    }
    m_destination->setCurrentIndex(std::max(0, m_destination->findData(selectId)));
}

void ReferralDialog::fill()
{
    const crisis::Referral &r = m_referral;
    setWindowTitle(r.id ? tr("Referral %1").arg(r.number) : tr("New referral"));
    m_header->setText(r.id ? tr("<b>%1</b> · %2 · %3").arg(m_student.toHtmlEscaped(), r.number.toHtmlEscaped(),
                                                          crisis::referralStatusName(r.status).toHtmlEscaped())
                           : tr("<b>%1</b> · a new referral (draft)").arg(m_student.toHtmlEscaped()));
    fillDestinations(r.institutionId);
    m_reason->setPlainText(r.reason);
    m_duration->setText(r.duration);
    m_urgency->setCurrentIndex(m_urgency->findData(int(r.urgency)));
    m_questions->setPlainText(r.questions);
    for (auto &[item, box] : m_disclose) box->setChecked(r.discloses(item));
    m_screeningText->setPlainText(r.screeningText);
    m_sessionText->setPlainText(r.sessionText);
    m_guardian->setText(r.consent.guardianName);
    m_relation->setText(r.consent.relation);
    m_phone->setText(r.consent.phone);
    m_consentGiven->setChecked(r.consent.at.isValid());
    m_consentAt->setEnabled(r.consent.at.isValid());
    if (r.consent.at.isValid()) m_consentAt->setDateTime(r.consent.at.toLocalTime());
    if (!r.consent.method.isEmpty()) m_consentMethod->setCurrentText(r.consent.method);

    QStringList course;
    if (r.createdAt.isValid()) course << tr("Drafted %1 by %2").arg(crisisui::dateTime(r.createdAt), crisisui::userName(m_vault, r.createdBy));
    if (r.givenAt.isValid())
        course << tr("given to the guardian %1 (slip due %2)").arg(crisisui::dateTime(r.givenAt), crisisui::date(r.slipDue));
    if (r.seenAt.isValid()) course << tr("seen %1").arg(crisisui::dateTime(r.seenAt));
    if (r.slip) course << tr("slip entered %1: %2").arg(crisisui::dateTime(r.slipAt), crisis::visitOutcomeName(r.slip->outcome));
    if (r.followUpOn.isValid()) course << tr("follow-up on %1").arg(crisisui::date(r.followUpOn));
    if (r.closedAt.isValid()) course << tr("closed %1").arg(crisisui::dateTime(r.closedAt));
    //: between the steps of a referral's course ("drafted …; given …; seen …")
    m_course->setText(course.join(tr("; ")));
    m_course->setVisible(!course.isEmpty());
    updateState();
}

void ReferralDialog::updateState()
{
    using S = crisis::ReferralStatus;
    const S status = m_referral.status;
    const bool editable = status == S::Drafted || status == S::Given;
    for (QWidget *w : std::initializer_list<QWidget *>{m_destination, m_addDestination, m_reason, m_duration, m_urgency,
                                                       m_questions, m_guardian, m_relation, m_phone, m_consentGiven,
                                                       m_consentMethod})
        w->setEnabled(editable);
    m_consentAt->setEnabled(editable && m_consentGiven->isChecked());
    for (auto &[item, box] : m_disclose) box->setEnabled(editable);
    m_screeningText->setEnabled(editable && m_disclose[crisis::Disclosure::Screening]->isChecked());
    m_sessionText->setEnabled(editable && m_disclose[crisis::Disclosure::SessionExcerpt]->isChecked());
    const bool exists = m_referral.id != 0;
    m_save->setEnabled(editable);
    m_given->setEnabled(status == S::Drafted);
    m_seen->setEnabled(exists && status == S::Given);
    m_slip->setEnabled(exists && (status == S::Given || status == S::Seen || status == S::SlipReturned));
    m_slip->setText(m_referral.slip ? tr("Edit return &slip…") : tr("Enter return &slip…"));
    m_close->setEnabled(exists && status != S::Drafted && status != S::Closed);
    m_print->setEnabled(exists);
}

crisis::Referral ReferralDialog::edited() const
{
    crisis::Referral r = m_referral;
    r.institutionId = m_destination->currentData().toLongLong();
    r.reason = m_reason->toPlainText().trimmed();
    r.duration = m_duration->text().trimmed();
    r.urgency = crisis::Urgency(m_urgency->currentData().toInt());
    r.questions = m_questions->toPlainText().trimmed();
    r.disclose.clear();
    for (crisis::Disclosure item : crisis::disclosures())
        if (m_disclose.at(item)->isChecked()) r.disclose << item;
    r.screeningText = r.discloses(crisis::Disclosure::Screening) ? m_screeningText->toPlainText().trimmed() : QString();
    r.sessionText = r.discloses(crisis::Disclosure::SessionExcerpt) ? m_sessionText->toPlainText().trimmed() : QString();
    r.consent.guardianName = m_guardian->text().trimmed();
    r.consent.relation = m_relation->text().trimmed();
    r.consent.phone = m_phone->text().trimmed();
    r.consent.at = m_consentGiven->isChecked() ? m_consentAt->dateTime().toUTC() : QDateTime();
    r.consent.method = m_consentMethod->currentText().trimmed();
    return r;
}

void ReferralDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

bool ReferralDialog::save()
{
    showError(QString());
    const crisis::Referral r = edited();
    crisis::Referrals referrals(m_vault);
    if (r.id == 0) {
        auto created = referrals.create(r);
        if (!created) {
            showError(created.error().message);
            return false;
        }
        m_referral.id = *created;
    } else if (m_referral.status == crisis::ReferralStatus::Drafted || m_referral.status == crisis::ReferralStatus::Given) {
        const Status updated = referrals.update(r);
        if (!updated) {
            showError(updated.error().message);
            return false;
        }
    }
    return reload();
}

void ReferralDialog::markGiven()
{
    if (!save()) return;
    const Status given = crisis::Referrals(m_vault).markGiven(m_referral.id, clock::now(), kSlipDays);
    if (!given) {
        showError(given.error().message);
        return;
    }
    reload();
}

void ReferralDialog::markSeen()
{
    showError(QString());
    const Status seen = crisis::Referrals(m_vault).markSeen(m_referral.id, clock::now());
    if (!seen) showError(seen.error().message);
    reload();
}

void ReferralDialog::enterSlip()
{
    showError(QString());
    QString department;
    if (auto destination = crisis::Directory(m_vault).get(m_referral.institutionId)) department = destination->displayName();
    ReturnSlipDialog dialog(m_referral.slip, department, this);
    while (dialog.exec() == QDialog::Accepted) {
        const Status saved = crisis::Referrals(m_vault).recordSlip(m_referral.id, dialog.slip(), dialog.followUpOn());
        if (saved) break;
        MessageBoxes::error(this, dialog.windowTitle(), saved.error().message);
    }
    reload();
}

void ReferralDialog::closeReferral()
{
    showError(QString());
    NoteDialog dialog(tr("Close the referral"), tr("Why can the referral be closed? (Seen and followed up, refused, …)"),
                      tr("&Close referral"), this);
    if (dialog.exec() != QDialog::Accepted) return;
    const Status closed = crisis::Referrals(m_vault).close(m_referral.id, dialog.note());
    if (!closed) showError(closed.error().message);
    reload();
}

}  // namespace cd::ui
