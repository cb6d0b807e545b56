#include "ui/crisis/RiskLevelsDialog.h"

#include "ui/common/MessageBoxes.h"
#include "ui/common/StatusWidgets.h"
#include "ui/crisis/CrisisFormat.h"

#include <QColorDialog>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

RiskLevelsDialog::RiskLevelsDialog(vault::Vault &vault, QWidget *parent)
    : QDialog(parent), m_vault(vault), m_error(makeErrorLabel(this, u"riskLevelsError"_s))
{
    setObjectName(u"riskLevelsDialog"_s);
    setWindowTitle(tr("Risk levels"));
    auto *intro = new QLabel(tr("Name the four risk levels as your school does (红色预警, 一级预警 …) and pick their "
                                "colours. The order stays: the first row is the most severe. Every list, event and "
                                "report shows these words; records keep their meaning."),
                             this);
    intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    grid->addWidget(new QLabel(tr("Severity"), this), 0, 0);
    grid->addWidget(new QLabel(tr("Label"), this), 0, 1);
    grid->addWidget(new QLabel(tr("Colour"), this), 0, 2);
    int r = 1;
    for (crisis::RiskLevel level : crisis::levelsBySeverity()) {
        Row row{level, new QLineEdit(this), new QPushButton(this), QString()};
        const QString code = students::riskCode(level);
        row.label->setObjectName(u"riskLabel_%1"_s.arg(code));
        row.label->setMaxLength(40);
        row.colour->setObjectName(u"riskColour_%1"_s.arg(code));
        row.colour->setToolTip(tr("Choose the colour"));
        //: severity order on the risk levels dialog: 1 is the most severe
        grid->addWidget(new QLabel(tr("%1 (%2)").arg(r).arg(crisis::RiskLabels::defaultLabel(level).label), this), r, 0);
        grid->addWidget(row.label, r, 1);
        grid->addWidget(row.colour, r, 2);
        m_rows.append(row);
        const int index = int(m_rows.size()) - 1;
        connect(row.colour, &QPushButton::clicked, this, [this, index]() {
            Row &target = m_rows[index];
            const QColor chosen = QColorDialog::getColor(QColor(target.hex), this, tr("Colour of %1").arg(target.label->text()));
            if (!chosen.isValid()) return;
            target.hex = chosen.name();
            paint(target);
        });
        ++r;
    }
    grid->setColumnStretch(1, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveRiskLevels"_s);
    auto *reset = buttons->addButton(tr("&Reset to defaults"), QDialogButtonBox::ResetRole);
    reset->setObjectName(u"resetRiskLevels"_s);
    reset->setToolTip(tr("Back to the default labels and colours"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RiskLevelsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(reset, &QPushButton::clicked, this, &RiskLevelsDialog::resetToDefaults);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addStretch();
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    auto labels = crisis::RiskScale(vault).load();
    if (!labels) {
        m_error->setText(labels.error().message);
        m_error->show();
    }
    showLabels(labels ? *labels : crisis::RiskLabels());
    resize(560, sizeHint().height());
}

void RiskLevelsDialog::showLabels(const crisis::RiskLabels &labels)
{
    for (Row &row : m_rows) {
        row.label->setText(labels.label(row.level));
        row.hex = labels.colour(row.level);
        paint(row);
    }
}

void RiskLevelsDialog::paint(Row &row)
{
    row.colour->setIcon(crisisui::swatch(QColor(row.hex)));
    row.colour->setText(row.hex);
}

void RiskLevelsDialog::setColour(crisis::RiskLevel level, const QString &colour)
{
    for (Row &row : m_rows)
        if (row.level == level) {
            row.hex = colour;
            paint(row);
        }
}

QList<crisis::RiskLabel> RiskLevelsDialog::labels() const
{
    QList<crisis::RiskLabel> list;
    for (const Row &row : m_rows) {
        crisis::RiskLabel label;
        label.level = row.level;
        label.label = row.label->text().trimmed();
        label.colour = row.hex;
        label.custom = true;
        list << label;
    }
    return list;
}

void RiskLevelsDialog::resetToDefaults()
{
    if (!MessageBoxes::confirm(this, tr("Reset to defaults"),
                               tr("Go back to the default labels and colours for every level?"), tr("&Reset")))
        return;
    const Status reset = crisis::RiskScale(m_vault).reset();
    if (!reset) {
        m_error->setText(reset.error().message);
        m_error->show();
        return;
    }
    showLabels(crisis::RiskLabels());
}

void RiskLevelsDialog::accept()
{
    const Status saved = crisis::RiskScale(m_vault).save(labels());
    if (!saved) {
        m_error->setText(saved.error().message);
        m_error->show();
        return;
    }
    QDialog::accept();
}

}  // namespace cd::ui
