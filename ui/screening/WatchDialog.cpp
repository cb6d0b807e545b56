#include "ui/screening/WatchDialog.h"
#include "ui/common/Dates.h"

#include "core/common/Clock.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {
constexpr int kReviewInDays = 7;
}

WatchDialog::WatchDialog(const QString &studentName, students::RiskLevel suggested, const QString &reason,
                         const std::optional<students::WatchEntry> &current, const crisis::RiskLabels &labels,
                         QWidget *parent)
    : QDialog(parent), m_level(new QComboBox(this)), m_reason(new QLineEdit(reason, this)), m_review(new QDateEdit(this))
{
    setObjectName(u"screeningWatchDialog"_s);
    setWindowTitle(tr("Add to the watch list"));
    setMinimumWidth(480);
    m_level->setObjectName(u"watchLevel"_s);
    for (students::RiskLevel level : crisis::levelsBySeverity()) {
        QPixmap swatch(12, 12);
        swatch.fill(QColor(labels.colour(level)));
        m_level->addItem(QIcon(swatch), labels.label(level), int(level));
    }
    const students::RiskLevel level = current && int(current->level) > int(suggested) ? current->level : suggested;
    m_level->setCurrentIndex(m_level->findData(int(level)));
    m_reason->setObjectName(u"watchReason"_s);
    m_review->setObjectName(u"watchReview"_s);
    m_review->setCalendarPopup(true);
    m_review->setDisplayFormat(dates::dateFormat());
    m_review->setDate(clock::today().addDays(kReviewInDays));

    auto *intro = new QLabel(tr("Put <b>%1</b> on the watch list.").arg(studentName.toHtmlEscaped()), this);
    auto *form = new QFormLayout;
    form->addRow(tr("Risk level:"), m_level);
    form->addRow(tr("Reason:"), m_reason);
    form->addRow(tr("Next review:"), m_review);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (current) {
        auto *already = new QLabel(tr("Already on the list (%1): %2. Saving replaces that entry.")
                                       .arg(labels.label(current->level).toHtmlEscaped(), current->reason.toHtmlEscaped()),
                                   this);
        already->setObjectName(u"alreadyWatched"_s);
        already->setWordWrap(true);
        layout->addWidget(already);
    }
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Add to watch list"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this]() { m_ok->setEnabled(!m_reason->text().trimmed().isEmpty()); };
    connect(m_reason, &QLineEdit::textChanged, this, update);
    update();
}

students::RiskLevel WatchDialog::level() const { return students::RiskLevel(m_level->currentData().toInt()); }
QString WatchDialog::reason() const { return m_reason->text().trimmed(); }
QDate WatchDialog::nextReview() const { return m_review->date(); }

}  // namespace ui
}  // namespace cd
