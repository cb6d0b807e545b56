#include "ui/students/RiskBanner.h"

#include "core/crisis/RiskScale.h"
#include "core/students/WatchList.h"
#include "ui/common/Dates.h"

using namespace Qt::StringLiterals;

namespace cd::ui {

RiskBanner::RiskBanner(vault::Vault &vault, qint64 studentId, QWidget *parent)
    : QLabel(parent), m_vault(vault), m_studentId(studentId)
{
    setObjectName(u"riskBanner"_s);
    setWordWrap(true);
    setMargin(6);
    setTextFormat(Qt::RichText);
    reload();
}

void RiskBanner::reload()
{
    auto entry = students::WatchList(m_vault).entry(m_studentId);
    m_crisis = false;
    if (!entry || !*entry) {
        clear();
        hide();
        return;
    }
    const students::WatchEntry &e = **entry;
    auto loaded = crisis::RiskScale(m_vault).load();
    const crisis::RiskLabels labels = loaded ? *loaded : crisis::RiskLabels();
    QColor colour(labels.colour(e.level));
    if (!colour.isValid()) colour = QColor(Qt::darkGray);
    m_crisis = e.level == students::RiskLevel::Crisis;
    //: the growth record's banner: level (the lead's word), reason, next review date
    setText(tr("Watch list: <b>%1</b> · %2 · next review %3")
                .arg(labels.label(e.level).toHtmlEscaped(), e.reason.toHtmlEscaped(), dates::date(e.nextReview)));
    setToolTip(tr("The student's watch-list level; change it on the Watch list tab"));
    if (m_crisis) {
        // The loudest form: the lead's colour filling the band, white bold text, larger.
        QFont big = font();
        big.setBold(true);
        big.setPointSizeF(big.pointSizeF() * 1.15);
        setFont(big);
        setStyleSheet(u"QLabel { background: %1; color: white; border-radius: 3px; padding: 4px; }"_s.arg(colour.name()));
    } else {
        setFont(QFont());
        setStyleSheet(u"QLabel { border-left: 6px solid %1; background: %2; color: black; }"_s.arg(
            colour.name(), colour.lighter(185).name()));
    }
    show();
}

}  // namespace cd::ui
