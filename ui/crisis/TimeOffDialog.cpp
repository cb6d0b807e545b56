#include "ui/crisis/TimeOffDialog.h"
#include "ui/common/Dates.h"

#include "core/common/Clock.h"
#include "core/crisis/Referrals.h"
#include "core/students/StudentRepository.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/WindowFit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

OptionalDate::OptionalDate(const QString &tickText, QWidget *parent)
    : QWidget(parent), m_tick(new QCheckBox(tickText, this)), m_edit(new QDateEdit(this))
{
    m_edit->setCalendarPopup(true);
    m_edit->setDate(clock::today());
    m_edit->setEnabled(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tick);
    layout->addWidget(m_edit, 1);
    connect(m_tick, &QCheckBox::toggled, m_edit, &QDateEdit::setEnabled);
}

QDate OptionalDate::date() const { return m_tick->isChecked() ? m_edit->date() : QDate(); }

void OptionalDate::setDate(const QDate &date)
{
    m_tick->setChecked(date.isValid());
    if (date.isValid()) m_edit->setDate(date);
}

TimeOffDialog::TimeOffDialog(vault::Vault &vault, qint64 studentId, QWidget *parent)
    : QDialog(parent), m_vault(vault), m_studentId(studentId), m_leaveFrom(new QDateEdit(this)),
      m_reason(new QLineEdit(this)), m_referral(new QComboBox(this)),
      m_certificate(new OptionalDate(tr("received on"), this)), m_application(new OptionalDate(tr("received on"), this)),
      m_assessmentOn(new OptionalDate(tr("held on"), this)), m_assessment(new QPlainTextEdit(this)),
      m_passed(new QCheckBox(tr("The student may return"), this)), m_returned(new OptionalDate(tr("back on"), this))
{
    setObjectName(u"timeOffDialog"_s);
    setWindowTitle(tr("Time off and return"));
    auto absences = crisis::Absences(vault).forStudent(studentId);
    if (absences)
        for (const crisis::Absence &a : *absences)
            if (a.away()) m_current = a;
    auto student = students::StudentRepository(vault).get(studentId);
    const QString name = student ? student->name.toHtmlEscaped() : QString();

    m_leaveFrom->setObjectName(u"timeOffFrom"_s);
    m_leaveFrom->setCalendarPopup(true);
    m_leaveFrom->setDate(clock::today());
    m_reason->setObjectName(u"timeOffReason"_s);
    m_reason->setPlaceholderText(tr("As the certificate or the guardian states it, without a diagnosis"));
    m_referral->setObjectName(u"timeOffReferral"_s);
    m_referral->addItem(tr("(none)"), 0);
    if (auto referrals = crisis::Referrals(vault).forStudent(studentId))
        for (const crisis::Referral &r : *referrals)
            m_referral->addItem(u"%1 (%2)"_s.arg(r.number, crisis::referralStatusName(r.status)), r.id);
    m_certificate->setObjectName(u"timeOffCertificate"_s);
    m_application->setObjectName(u"timeOffApplication"_s);
    m_assessmentOn->setObjectName(u"timeOffAssessmentOn"_s);
    m_assessment->setObjectName(u"timeOffAssessment"_s);
    m_assessment->setPlaceholderText(tr("What the return assessment found: mood, sleep, wishes of the student and the family"));
    m_assessment->setTabChangesFocus(true);
    m_passed->setObjectName(u"timeOffPassed"_s);
    m_returned->setObjectName(u"timeOffReturned"_s);

    auto *form = new QFormLayout;
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    if (isAway()) {
        intro->setText(tr("<b>%1</b> has been away since %2.")
                           .arg(name, dates::date(m_current.leaveFrom)));
        m_reason->setText(m_current.reason);
        m_certificate->setDate(m_current.certificateOn);
        m_application->setDate(m_current.applicationOn);
        m_assessmentOn->setDate(m_current.assessmentOn);
        m_assessment->setPlainText(m_current.assessment);
        m_passed->setChecked(m_current.assessmentPassed);
        form->addRow(tr("Reason:"), m_reason);
        form->addRow(tr("Medical certificate:"), m_certificate);
        form->addRow(tr("Guardian's application:"), m_application);
        form->addRow(tr("Return assessment:"), m_assessmentOn);
        form->addRow(QString(), m_assessment);
        form->addRow(QString(), m_passed);
        form->addRow(tr("Return:"), m_returned);
        m_returned->setToolTip(tr("A return needs the certificate, the application and a passed assessment"));
    } else {
        intro->setText(tr("<b>%1</b> is at school. Record the start of a time off:").arg(name));
        form->addRow(tr("First day away:"), m_leaveFrom);
        form->addRow(tr("Reason:"), m_reason);
        form->addRow(tr("After referral:"), m_referral);
    }
    auto *page = new QWidget(this);
    page->setLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *saveButton = buttons->button(QDialogButtonBox::Save);
    saveButton->setObjectName(u"timeOffSave"_s);
    saveButton->setText(isAway() ? tr("&Save") : tr("&Start time off"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(windowfit::scrollable(page), 1);
    layout->addWidget(buttons);
}

bool TimeOffDialog::save()
{
    crisis::Absences absences(m_vault);
    Status st;
    if (!isAway()) {
        auto id = absences.start(m_studentId, m_referral->currentData().toLongLong(), m_leaveFrom->date(), m_reason->text());
        st = id ? Status() : Status(id.error());
    } else {
        crisis::Absence a = m_current;
        a.reason = m_reason->text();
        a.certificateOn = m_certificate->date();
        a.applicationOn = m_application->date();
        a.assessmentOn = m_assessmentOn->date();
        a.assessment = m_assessment->toPlainText();
        a.assessmentPassed = m_passed->isChecked();
        a.returnedOn = m_returned->date();
        st = absences.update(a);
    }
    if (!st) MessageBoxes::error(this, windowTitle(), st.error().message);
    return st.ok();
}

}  // namespace cd::ui
