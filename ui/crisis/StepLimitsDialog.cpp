#include "ui/crisis/StepLimitsDialog.h"

#include "ui/common/StatusWidgets.h"
#include "ui/common/WindowFit.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

StepLimitsDialog::StepLimitsDialog(vault::Vault &vault, QWidget *parent)
    : QDialog(parent), m_vault(vault), m_error(makeErrorLabel(this, u"limitsError"_s))
{
    setObjectName(u"stepLimitsDialog"_s);
    setWindowTitle(tr("Crisis step time limits"));
    auto *intro = new QLabel(tr("How long after the event each step may take. An open event's step past its limit is "
                                "shown in red, on the event and on the home page. 0 h 0 min: no limit."),
                             this);
    intro->setWordWrap(true);
    auto *body = new QWidget(this);
    body->setObjectName(u"stepLimitsBody"_s);
    auto *grid = new QGridLayout(body);
    int r = 0;
    for (crisis::CrisisStep step : crisis::crisisSteps()) {
        auto *hours = new QSpinBox(this);
        hours->setObjectName(u"limitHours_%1"_s.arg(crisis::stepCode(step)));
        hours->setRange(0, 24 * 30);
        //: after a number of hours in a spin box
        hours->setSuffix(tr(" h"));
        auto *minutes = new QSpinBox(this);
        minutes->setObjectName(u"limitMinutes_%1"_s.arg(crisis::stepCode(step)));
        minutes->setRange(0, 59);
        minutes->setSingleStep(5);
        //: after a number of minutes in a spin box
        minutes->setSuffix(tr(" min"));
        auto *label = new QLabel(crisis::stepName(step), this);
        label->setBuddy(hours);
        auto *days = new QLabel(this);  // 168 h reads better as 7 days
        days->setObjectName(u"limitDays_%1"_s.arg(crisis::stepCode(step)));
        const auto showDays = [days, hours]() {
            const int h = hours->value();
            if (h < 24) days->clear();
            //: a time limit of whole days, beside its hours
            else if (h % 24 == 0) days->setText(tr("= %n day(s)", nullptr, h / 24));
            //: a time limit in days and hours, beside its hours
            else days->setText(tr("= %1 d %2 h").arg(h / 24).arg(h % 24));
        };
        connect(hours, &QSpinBox::valueChanged, days, showDays);
        grid->addWidget(label, r, 0);
        grid->addWidget(hours, r, 1);
        grid->addWidget(minutes, r, 2);
        grid->addWidget(days, r, 3);
        m_rows.append({step, hours, minutes});
        ++r;
    }
    grid->setColumnStretch(4, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveLimits"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &StepLimitsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            [this]() { showLimits(crisis::CrisisEvents::defaultStepLimits()); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(windowfit::scrollable(body), 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    auto limits = crisis::CrisisEvents(vault).stepLimits();
    if (!limits) {
        m_error->setText(limits.error().message);
        m_error->show();
    }
    showLimits(limits ? *limits : crisis::CrisisEvents::defaultStepLimits());
    resize(520, sizeHint().height());
}

void StepLimitsDialog::showLimits(const QList<crisis::StepLimit> &limits)
{
    for (Row &row : m_rows) {
        row.hours->setValue(0);
        row.minutes->setValue(0);
    }
    for (const crisis::StepLimit &limit : limits) setMinutes(limit.step, limit.minutes);
}

void StepLimitsDialog::setMinutes(crisis::CrisisStep step, int minutes)
{
    for (Row &row : m_rows) {
        if (row.step != step) continue;
        row.hours->setValue(minutes / 60);
        row.minutes->setValue(minutes % 60);
    }
}

QList<crisis::StepLimit> StepLimitsDialog::limits() const
{
    QList<crisis::StepLimit> list;
    for (const Row &row : m_rows) list.append({row.step, row.hours->value() * 60 + row.minutes->value()});
    return list;
}

void StepLimitsDialog::accept()
{
    const Status saved = crisis::CrisisEvents(m_vault).setStepLimits(limits());
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

}  // namespace cd::ui
