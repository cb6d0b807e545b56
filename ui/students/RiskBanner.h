#pragma once
// The student's watch-list level across the top of the growth record, whatever tab is open: the
// lead's word for the level in the lead's colour, the reason and the next review; at crisis level
// a full band of that colour. Hidden for a student not on the list.

#include <QLabel>

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class RiskBanner : public QLabel {
    Q_OBJECT
public:
    RiskBanner(vault::Vault &vault, qint64 studentId, QWidget *parent = nullptr);
    /// Reads the entry again (after the watch list changed).
    void reload();
    /// Whether it shows the crisis level (the loudest form).
    bool isCrisis() const { return m_crisis; }

private:
    vault::Vault &m_vault;
    qint64 m_studentId;
    bool m_crisis = false;
};

}  // namespace cd::ui
