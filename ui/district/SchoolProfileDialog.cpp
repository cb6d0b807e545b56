#include "ui/district/SchoolProfileDialog.h"

#include "core/vault/Vault.h"
#include "ui/common/MessageBoxes.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
QSpinBox *countBox(QWidget *parent, const QString &name, const QString &tip, int maximum = 100000)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, maximum);
    box->setToolTip(tip);
    return box;
}

/// Tenths of a unit (square metres, hours) from 0 to `maximum`.
QDoubleSpinBox *tenthsBox(QWidget *parent, const QString &name, const QString &suffix, const QString &tip, int maximum)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(0, maximum);
    box->setDecimals(1);
    box->setSuffix(suffix);
    box->setToolTip(tip);
    return box;
}
}  // namespace

SchoolProfileDialog::SchoolProfileDialog(vault::Vault &vault, QWidget *parent)
    : QDialog(parent), m_vault(vault), m_name(new QLineEdit(this)), m_code(new QLineEdit(this)),
      m_type(new QComboBox(this)),
      m_students(countBox(this, u"profileStudents"_s, tr("Students on the school's roll this school year"))),
      m_boarders(countBox(this, u"profileBoarders"_s, tr("Students who board at the school; 0 for a day school"))),
      m_fullTime(countBox(this, u"profileFullTime"_s, tr("Counselors whose job is mental-health education"), 1000)),
      m_partTime(countBox(this, u"profilePartTime"_s, tr("Teachers who counsel beside another subject"), 1000)),
      m_certified(countBox(this, u"profileCertified"_s,
                           tr("Of the full- and part-time counselors, those holding a counseling certificate"), 1000)),
      m_roomName(new QLineEdit(this)),
      m_area(tenthsBox(this, u"profileArea"_s, tr(" m²"),
                       tr("The room's floor area in square metres, all its parts together"), 10000)),
      m_fromRoom(new QCheckBox(this)),
      m_openHours(tenthsBox(this, u"profileOpenHours"_s, tr(" h"), tr("Hours a week the room is open to students"), 168)),
      m_funding(countBox(this, u"profileFunding"_s,
                         tr("The year's mental-health funding in the school's budget, in yuan"), 2000000000)),
      m_fundingYear(new QSpinBox(this))
{
    setObjectName(u"schoolProfileDialog"_s);
    setWindowTitle(tr("School profile"));

    m_name->setObjectName(u"profileName"_s);
    m_name->setMaxLength(100);
    m_name->setToolTip(tr("The school's name as the district's report prints it"));
    m_code->setObjectName(u"profileCode"_s);
    m_code->setMaxLength(32);
    m_code->setPlaceholderText(tr("e.g. 4401060012"));
    m_code->setToolTip(tr("The code the district gave the school: 1 to 32 letters or digits. It names the "
                          "school's package; nothing else in it does."));
    m_type->setObjectName(u"profileType"_s);
    m_type->setSizeAdjustPolicy(QComboBox::AdjustToContents);  // "Complete secondary school (junior and …)" whole
    for (district::SchoolType t : district::allSchoolTypes())
        m_type->addItem(district::schoolTypeName(t), static_cast<int>(t));
    m_type->setToolTip(tr("The stages the school teaches; a school with several is held to the staffing of the "
                          "highest"));
    m_roomName->setObjectName(u"profileRoomName"_s);
    m_roomName->setMaxLength(100);
    m_roomName->setToolTip(tr("The counseling room's name and where it is, e.g. \"Sunflower room, building 2\""));
    m_fromRoom->setObjectName(u"profileHoursFromRoom"_s);
    m_fundingYear->setObjectName(u"profileFundingYear"_s);
    m_fundingYear->setRange(2000, 2100);
    m_fundingYear->setToolTip(tr("The calendar year the funding is for"));

    auto loaded = district::SchoolProfiles(vault).roomFacts();
    if (loaded) m_room = *loaded;
    else MessageBoxes::error(this, windowTitle(), loaded.error().message);
    //: %1 hours a week
    m_fromRoom->setText(tr("As the room's &hours (%1 h)").arg(QString::number(m_room.openHoursPerWeek, 'f', 1)));
    //: %1 the semester's name
    m_fromRoom->setToolTip(m_room.semesterName.isEmpty()
                               ? tr("No semester has open hours yet (Agenda ▸ Duty roster…); clear this to type a "
                                    "figure")
                               : tr("The open hours of the duty roster in %1; clear this to type another figure")
                                     .arg(m_room.semesterName));
    connect(m_fromRoom, &QCheckBox::toggled, this, [this](bool fromRoom) {
        m_openHours->setEnabled(!fromRoom && m_vault.isLead());
        if (fromRoom) m_openHours->setValue(m_room.openHoursPerWeek);
        updateStandards();
    });

    // Two forms side by side (the school and its room; the staff, the funding and the hours), the
    // standards below across the whole width: it fits a 1366x768 screen at 150 %.
    auto *schoolForm = new QFormLayout;
    schoolForm->addRow(tr("School &name:"), m_name);
    schoolForm->addRow(tr("School co&de:"), m_code);
    schoolForm->addRow(tr("School &type:"), m_type);
    schoolForm->addRow(tr("Students &enrolled:"), m_students);
    schoolForm->addRow(tr("&Boarders:"), m_boarders);
    schoolForm->addRow(tr("&Room:"), m_roomName);
    schoolForm->addRow(tr("Room &area:"), m_area);
    auto *staffForm = new QFormLayout;
    staffForm->addRow(tr("&Full-time counselors:"), m_fullTime);
    staffForm->addRow(tr("&Part-time counselors:"), m_partTime);
    staffForm->addRow(tr("Cert&ified counselors:"), m_certified);
    staffForm->addRow(tr("Fundin&g (yuan):"), m_funding);
    staffForm->addRow(tr("Funding &year:"), m_fundingYear);
    staffForm->addRow(tr("&Open a week:"), m_openHours);
    staffForm->addRow(m_fromRoom);  // across both columns: its words would widen the fields' column
    auto *forms = new QHBoxLayout;
    forms->addLayout(schoolForm, 3);
    forms->addSpacing(fontMetrics().averageCharWidth() * 2);
    forms->addLayout(staffForm, 2);

    auto *standards = new QGroupBox(tr("Standards"), this);
    standards->setObjectName(u"profileStandards"_s);
    standards->setToolTip(tr("Counselors per school type, at least 10 yuan per student a year, and the room's open "
                             "hours against the semester's target"));
    auto *standardsLayout = new QVBoxLayout(standards);
    const char *names[] = {"standardCounselors", "standardFunding", "standardOpenHours"};
    for (int i = 0; i < 3; ++i) {
        m_standards[i] = new QLabel(standards);
        m_standards[i]->setObjectName(QString::fromLatin1(names[i]));
        m_standards[i]->setWordWrap(true);
        standardsLayout->addWidget(m_standards[i]);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"profileSave"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The school's own facts for the district's semester summary: published as they are, "
                                "never about a student."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addLayout(forms);
    layout->addWidget(standards, 1);
    if (!vault.isLead()) {
        auto *leadOnly = new QLabel(tr("Only the room lead can change the school profile."), this);
        leadOnly->setObjectName(u"profileLeadOnly"_s);
        layout->addWidget(leadOnly);
    }
    layout->addWidget(buttons);

    auto profile = district::SchoolProfiles(vault).load();
    if (profile) showProfile(*profile);
    else MessageBoxes::error(this, windowTitle(), profile.error().message);
    if (auto stored = district::SchoolProfiles(vault).stored(); stored && !stored->has_value())
        m_students->setToolTip(tr("Students on the school's roll this school year: to begin with, the active "
                                  "students in this vault (%1). Type the school's own figure if it differs.")
                                   .arg(m_students->value()));

    for (QSpinBox *box : {m_students, m_boarders, m_fullTime, m_partTime, m_certified, m_funding})
        connect(box, &QSpinBox::valueChanged, this, &SchoolProfileDialog::updateStandards);
    connect(m_openHours, &QDoubleSpinBox::valueChanged, this, &SchoolProfileDialog::updateStandards);
    connect(m_type, &QComboBox::currentIndexChanged, this, &SchoolProfileDialog::updateStandards);
    if (!vault.isLead()) {
        for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_code, m_type, m_students, m_boarders, m_fullTime,
                                                           m_partTime, m_certified, m_roomName, m_area, m_fromRoom,
                                                           m_openHours, m_funding, m_fundingYear, m_save})
            w->setEnabled(false);
    }
    updateStandards();
}

void SchoolProfileDialog::showProfile(const district::SchoolProfile &p)
{
    m_name->setText(p.schoolName);
    m_code->setText(p.districtCode);
    m_type->setCurrentIndex(std::max(0, m_type->findData(static_cast<int>(p.type))));
    m_students->setValue(p.studentsEnrolled);
    m_boarders->setValue(p.boarders);
    m_fullTime->setValue(p.counselorsFullTime);
    m_partTime->setValue(p.counselorsPartTime);
    m_certified->setValue(p.counselorsCertified);
    m_roomName->setText(p.roomName);
    m_area->setValue(p.roomAreaSquareMetres);
    m_openHours->setValue(p.roomOpenHoursPerWeek);
    m_fromRoom->setChecked(!p.roomOpenHoursOverridden);
    m_openHours->setEnabled(p.roomOpenHoursOverridden && m_vault.isLead());
    m_funding->setValue(static_cast<int>(std::min<qint64>(p.fundingYuan, m_funding->maximum())));
    m_fundingYear->setValue(p.fundingYear);
}

district::SchoolProfile SchoolProfileDialog::profile() const
{
    district::SchoolProfile p;
    p.schoolName = m_name->text().trimmed();
    p.districtCode = m_code->text().trimmed();
    p.type = static_cast<district::SchoolType>(m_type->currentData().toInt());
    p.studentsEnrolled = m_students->value();
    p.boarders = m_boarders->value();
    p.counselorsFullTime = m_fullTime->value();
    p.counselorsPartTime = m_partTime->value();
    p.counselorsCertified = m_certified->value();
    p.roomName = m_roomName->text().trimmed();
    p.roomAreaSquareMetres = m_area->value();
    p.roomOpenHoursOverridden = !m_fromRoom->isChecked();
    p.roomOpenHoursPerWeek = p.roomOpenHoursOverridden ? m_openHours->value() : m_room.openHoursPerWeek;
    p.fundingYuan = m_funding->value();
    p.fundingYear = m_fundingYear->value();
    return p;
}

void SchoolProfileDialog::updateStandards()
{
    const QList<district::StandardCheck> checks = district::checkStandards(profile(), m_room.openHoursTarget);
    for (int i = 0; i < 3 && i < checks.size(); ++i) {
        m_standards[i]->setText(checks[i].sentence);
        m_standards[i]->setProperty("met", checks[i].met);
        m_standards[i]->setStyleSheet(!checks[i].checkable ? QString()
                                      : checks[i].met      ? u"color: #1b6e2d;"_s
                                                           : u"color: #b3261e;"_s);
    }
}

bool SchoolProfileDialog::save()
{
    const Status st = district::SchoolProfiles(m_vault).save(profile());
    if (!st) MessageBoxes::error(this, windowTitle(), st.error().message);
    return st.ok();
}

}  // namespace cd::ui
