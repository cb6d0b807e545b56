#include "ui/screening/InterviewDialog.h"
#include "ui/common/Dates.h"

#include "core/common/Clock.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

InterviewDialog::InterviewDialog(const QString &studentName, const QDateTime &current, QWidget *parent)
    : QDialog(parent), m_at(new QDateTimeEdit(this)), m_none(new QCheckBox(tr("&No interview (cancel it)"), this))
{
    setObjectName(u"interviewDialog"_s);
    setWindowTitle(tr("Schedule an interview"));
    m_at->setObjectName(u"interviewAt"_s);
    m_at->setCalendarPopup(true);
    m_at->setDisplayFormat(dates::dateTimeFormat());
    // Default: tomorrow at the next full hour of the school day.
    const QDateTime suggested(clock::today().addDays(1), QTime(9, 0));
    m_at->setDateTime(current.isValid() ? current.toLocalTime() : suggested);
    m_none->setObjectName(u"noInterview"_s);
    m_none->setVisible(current.isValid());

    auto *form = new QFormLayout;
    form->addRow(tr("Interview with %1 on:").arg(studentName), m_at);
    form->addRow(QString(), m_none);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Schedule"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_none, &QCheckBox::toggled, m_at, &QWidget::setDisabled);
}

QDateTime InterviewDialog::interviewAt() const
{
    if (m_none->isChecked()) return {};
    return m_at->dateTime();  // local time
}

}  // namespace ui
}  // namespace cd
