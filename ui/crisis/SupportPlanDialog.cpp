#include "ui/crisis/SupportPlanDialog.h"

#include "core/common/Clock.h"
#include "core/crisis/Absences.h"
#include "core/students/StudentRepository.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/WindowFit.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
constexpr int kReviewInDays = 14;

QPlainTextEdit *textField(QWidget *parent, const QString &objectName, const QString &placeholder)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * 3);
    return edit;
}
}  // namespace

SupportPlanDialog::SupportPlanDialog(vault::Vault &vault, qint64 studentId, QWidget *parent)
    : QDialog(parent), m_vault(vault), m_studentId(studentId),
      m_goals(textField(this, u"supportGoals"_s, tr("What the next weeks should bring: sleep, attendance, mood …"))),
      m_counselor(textField(this, u"supportCounselor"_s, tr("Sessions, check-ins, safety plan review"))),
      m_teacher(textField(this, u"supportTeacher"_s, tr("Daily attention, seating, classmates who help, workload"))),
      m_guardian(textField(this, u"supportGuardian"_s, tr("Hospital visits, medicines kept safely, contact with the class teacher"))),
      m_review(new QDateEdit(this))
{
    setObjectName(u"supportPlanDialog"_s);
    setWindowTitle(tr("Support plan"));
    auto student = students::StudentRepository(vault).get(studentId);
    m_review->setObjectName(u"supportReview"_s);
    m_review->setCalendarPopup(true);
    m_review->setDate(clock::today().addDays(kReviewInDays));
    auto plan = crisis::SupportPlans(vault).get(studentId);
    if (plan && *plan) {
        m_goals->setPlainText((*plan)->goals);
        m_counselor->setPlainText((*plan)->counselorDoes);
        m_teacher->setPlainText((*plan)->teacherDoes);
        m_guardian->setPlainText((*plan)->guardianDoes);
        m_review->setDate((*plan)->reviewOn);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Goals:"), m_goals);
    form->addRow(tr("The counselor:"), m_counselor);
    form->addRow(tr("The class teacher:"), m_teacher);
    form->addRow(tr("The guardian:"), m_guardian);
    form->addRow(tr("Review on:"), m_review);
    auto *page = new QWidget(this);
    page->setLayout(form);
    auto *intro = new QLabel(student ? tr("Support plan (one student, one plan) of <b>%1</b>").arg(student->name.toHtmlEscaped())
                                     : QString(),
                             this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"supportSave"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(windowfit::scrollable(page), 1);
    layout->addWidget(buttons);
    resize(640, 520);
}

bool SupportPlanDialog::save()
{
    crisis::SupportPlan plan;
    plan.studentId = m_studentId;
    plan.goals = m_goals->toPlainText();
    plan.counselorDoes = m_counselor->toPlainText();
    plan.teacherDoes = m_teacher->toPlainText();
    plan.guardianDoes = m_guardian->toPlainText();
    plan.reviewOn = m_review->date();
    const Status st = crisis::SupportPlans(m_vault).save(plan);
    if (!st) MessageBoxes::error(this, windowTitle(), st.error().message);
    return st.ok();
}

}  // namespace cd::ui
