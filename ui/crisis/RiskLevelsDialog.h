#pragma once
// The room lead names the risk levels and picks their colours (Vault ▸ Risk levels…): four rows,
// most severe first, each a label and a colour; "Reset to defaults" goes back to 红/橙/黄/蓝. The
// order is CounselDesk's; labels are shown, never stored in records.

#include "core/crisis/RiskScale.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class RiskLevelsDialog : public QDialog {
    Q_OBJECT
public:
    explicit RiskLevelsDialog(vault::Vault &vault, QWidget *parent = nullptr);
    /// The labels as edited, most severe first.
    QList<crisis::RiskLabel> labels() const;
    void setColour(crisis::RiskLevel level, const QString &colour);
    void accept() override;
    void resetToDefaults();

private:
    struct Row {
        crisis::RiskLevel level;
        QLineEdit *label;
        QPushButton *colour;
        QString hex;
    };
    void showLabels(const crisis::RiskLabels &labels);
    void paint(Row &row);

    vault::Vault &m_vault;
    QList<Row> m_rows;
    QLabel *m_error;
};

}  // namespace cd::ui
