#include "ui/crisis/CrisisFormat.h"

#include "core/vault/Vault.h"
#include "ui/common/Dates.h"
#include "ui/common/UserNames.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

using namespace Qt::StringLiterals;

namespace cd::ui::crisisui {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(CrisisFormat)
};
}  // namespace

QString dateTime(const QDateTime &at) { return dates::dateTime(at); }

QString date(const QDate &on) { return dates::date(on); }

QIcon swatch(const QColor &colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(colour.darker(130));
    painter.setBrush(colour);
    painter.drawRoundedRect(QRectF(0.5, 0.5, 13, 13), 2, 2);
    return QIcon(pixmap);
}

QColor levelColour(const crisis::RiskLabels &labels, crisis::RiskLevel level)
{
    const QColor colour(labels.colour(level));
    return colour.isValid() ? colour : QColor(Qt::darkGray);
}

void fillLevels(QComboBox *combo, const crisis::RiskLabels &labels)
{
    combo->clear();
    for (crisis::RiskLevel level : crisis::levelsBySeverity())
        combo->addItem(swatch(levelColour(labels, level)), labels.label(level), int(level));
}

crisis::RiskLabels loadLabels(vault::Vault &vault)
{
    auto labels = crisis::RiskScale(vault).load();
    return labels ? *labels : crisis::RiskLabels();
}

QHash<qint64, students::StudentSummary> studentsById(vault::Vault &vault)
{
    QHash<qint64, students::StudentSummary> map;
    auto list = students::StudentRepository(vault).listAll();
    if (!list) return map;
    for (const students::StudentSummary &s : *list) map.insert(s.id, s);
    return map;
}

QString studentLine(const QHash<qint64, students::StudentSummary> &students, qint64 id)
{
    const auto it = students.constFind(id);
    //: a student no longer in the list (the id is shown)
    if (it == students.constEnd()) return Tr::tr("Student #%1").arg(id);
    //: name · class
    return Tr::tr("%1 · %2").arg(it->name, students::className(it->grade, it->klass));
}

QString userName(vault::Vault &vault, const QString &login) { return ui::userName(vault, login); }

QColor overdueColour() { return QColor(0xc6, 0x28, 0x28); }

}  // namespace cd::ui::crisisui
