#pragma once
// The school profile for the district (Vault ▸ School profile…, room lead): the school's type,
// students, counselors, room and funding, with the standards check beside the form, updated as it
// is typed (met / not met, in words). The room's weekly open hours are the room's own hours
// (core/room) unless the lead types another figure. Saved whole by district::SchoolProfiles.

#include "core/district/SchoolProfile.h"
#include "core/district/SchoolProfiles.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace cd::vault {
class Vault;
}

namespace cd::ui {

class SchoolProfileDialog : public QDialog {
    Q_OBJECT
public:
    explicit SchoolProfileDialog(vault::Vault &vault, QWidget *parent = nullptr);
    /// The profile as the form now holds it.
    district::SchoolProfile profile() const;
    /// Saves; false with the reason shown (nothing saved).
    bool save();

private:
    void showProfile(const district::SchoolProfile &p);
    void updateStandards();

    vault::Vault &m_vault;
    district::RoomFacts m_room;
    QLineEdit *m_name;
    QLineEdit *m_code;
    QComboBox *m_type;
    QSpinBox *m_students;
    QSpinBox *m_boarders;
    QSpinBox *m_fullTime;
    QSpinBox *m_partTime;
    QSpinBox *m_certified;
    QLineEdit *m_roomName;
    QDoubleSpinBox *m_area;
    QCheckBox *m_fromRoom;
    QDoubleSpinBox *m_openHours;
    QSpinBox *m_funding;
    QSpinBox *m_fundingYear;
    QLabel *m_standards[3] = {};
    QPushButton *m_save = nullptr;
};

}  // namespace cd::ui
