#include "ui/screening/FollowUpDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

FollowUpDialog::FollowUpDialog(const QString &studentName, const QString &why, QWidget *parent)
    : QDialog(parent),
      m_confirm(new QRadioButton(tr("&Confirm the concern: the student needs support"), this)),
      m_clear(new QRadioButton(tr("C&lear the flag: a false alarm"), this)),
      m_note(new QPlainTextEdit(this))
{
    setObjectName(u"followUpDialog"_s);
    setWindowTitle(tr("Close the follow-up"));
    setMinimumWidth(460);
    auto *intro = new QLabel(tr("What did the interview with <b>%1</b> show? (Flagged: %2)")
                                 .arg(studentName.toHtmlEscaped(), why.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    m_confirm->setObjectName(u"confirmConcern"_s);
    m_clear->setObjectName(u"clearFlag"_s);
    m_note->setObjectName(u"followUpNote"_s);
    m_note->setPlaceholderText(tr("What the interview found (required)"));
    m_note->setTabChangesFocus(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Close &follow-up"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_confirm);
    layout->addWidget(m_clear);
    layout->addWidget(new QLabel(tr("Note:"), this));
    layout->addWidget(m_note, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_confirm, &QRadioButton::toggled, this, &FollowUpDialog::update);
    connect(m_clear, &QRadioButton::toggled, this, &FollowUpDialog::update);
    connect(m_note, &QPlainTextEdit::textChanged, this, &FollowUpDialog::update);
    update();
}

void FollowUpDialog::update()
{
    m_ok->setEnabled((m_confirm->isChecked() || m_clear->isChecked()) && !note().isEmpty());
}

screening::FollowUpStatus FollowUpDialog::outcome() const
{
    return m_confirm->isChecked() ? screening::FollowUpStatus::Confirmed : screening::FollowUpStatus::Cleared;
}

QString FollowUpDialog::note() const { return m_note->toPlainText().trimmed(); }

}  // namespace ui
}  // namespace cd
