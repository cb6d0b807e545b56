#include "ui/crisis/SafetyPlanDialog.h"
#include "ui/common/UserNames.h"
#include "ui/common/Dates.h"

#include "core/common/Clock.h"
#include "core/crisis/Directory.h"
#include "core/students/StudentRepository.h"
#include "core/vault/Vault.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/WindowFit.h"
#include "ui/crisis/SafetyPlanPrinting.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd::ui {

namespace {
constexpr int kReviewInDays = 14;
}

SafetyPlanDialog::SafetyPlanDialog(vault::Vault &vault, qint64 studentId, qint64 eventId, QWidget *parent)
    : QDialog(parent), m_vault(vault), m_studentId(studentId), m_eventId(eventId), m_title(new QLabel(this)),
      m_versionBox(new QComboBox(this)), m_reason(new QLineEdit(this)), m_guardian(new QLineEdit(this)),
      m_signed(new QCheckBox(tr("The guardian has signed step 6"), this)), m_review(new QDateEdit(this)),
      m_fromDirectory(new QPushButton(tr("Add from the &directory…"), this))
{
    m_fromDirectory->setToolTip(tr("Adds a hospital or centre from the directory, with its phone, to step 5"));
    setObjectName(u"safetyPlanDialog"_s);
    setWindowTitle(tr("Safety plan"));
    auto student = students::StudentRepository(vault).get(studentId);
    m_title->setText(student ? tr("Safety plan of <b>%1</b>").arg(student->name.toHtmlEscaped()) : QString());
    m_versionBox->setObjectName(u"safetyPlanVersions"_s);
    m_versionBox->setToolTip(tr("Earlier versions can be read; saving always makes a new version"));

    // The six steps, each with what to ask the student (docs/crisis.md, "Safety plan").
    const QString labels[6] = {
        tr("1. Warning signs"), tr("2. What I can do on my own"), tr("3. People and places that distract me"),
        tr("4. People I can ask for help"), tr("5. Professionals and hotlines"), tr("6. Making my surroundings safe")};
    const QString prompts[6] = {
        tr("Thoughts, feelings, situations that tell me a crisis may be starting"),
        tr("Things I can do alone to take my mind off it: music, exercise, drawing …"),
        tr("Classmates, friends, places (the library, the sports field) where I feel better"),
        tr("Adults and friends I can tell: the class teacher, a trusted teacher, my guardian (with phone numbers)"),
        tr("The school counselor (and when the room is open), hotlines, the hospital"),
        tr("What the guardian does at home: medicines and sharp objects kept safely …")};
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    for (int i = 0; i < 6; ++i) {
        m_steps[i] = new QPlainTextEdit(this);
        m_steps[i]->setObjectName(u"safetyStep%1"_s.arg(i + 1));
        m_steps[i]->setPlaceholderText(prompts[i]);
        m_steps[i]->setToolTip(prompts[i]);
        m_steps[i]->setTabChangesFocus(true);
        m_steps[i]->setMinimumHeight(fontMetrics().lineSpacing() * 3);
        form->addRow(labels[i], m_steps[i]);
        connect(m_steps[i], &QPlainTextEdit::textChanged, this, [this] { m_modified = true; });
        if (i == 4) form->addRow(QString(), m_fromDirectory);  // it adds to step 5
    }
    m_reason->setObjectName(u"safetyReason"_s);
    m_reason->setPlaceholderText(tr("The one thing most important to me"));
    form->addRow(tr("What matters most to me:"), m_reason);
    m_guardian->setObjectName(u"safetyGuardian"_s);
    form->addRow(tr("Guardian:"), m_guardian);
    m_signed->setObjectName(u"safetySigned"_s);
    form->addRow(QString(), m_signed);
    m_review->setObjectName(u"safetyReview"_s);
    m_review->setCalendarPopup(true);
    m_review->setMinimumDate(clock::today());
    form->addRow(tr("Review on:"), m_review);
    for (QWidget *w : {static_cast<QWidget *>(m_reason), static_cast<QWidget *>(m_guardian)})
        connect(static_cast<QLineEdit *>(w), &QLineEdit::textEdited, this, [this] { m_modified = true; });
    connect(m_signed, &QCheckBox::toggled, this, [this] { m_modified = true; });
    connect(m_review, &QDateEdit::dateChanged, this, [this] { m_modified = true; });

    auto *page = new QWidget(this);
    page->setObjectName(u"safetyPlanForm"_s);
    page->setLayout(form);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save new version"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(u"safetySave"_s);
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Saves the plan as a new version (Ctrl+S)"));
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(u"safetyPrint"_s);
    m_print->setToolTip(tr("One page for the student and the guardian (Ctrl+P)"));
    m_print->setShortcut(QKeySequence::Print);
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (save()) loadVersions();
    });
    connect(m_print, &QPushButton::clicked, this, &SafetyPlanDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &SafetyPlanDialog::reject);
    connect(m_fromDirectory, &QPushButton::clicked, this, &SafetyPlanDialog::appendFromDirectory);
    connect(m_versionBox, &QComboBox::activated, this, &SafetyPlanDialog::showVersion);

    auto *top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(new QLabel(tr("Version:"), this));
    top->addWidget(m_versionBox);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(windowfit::scrollable(page), 1);
    layout->addWidget(buttons);
    resize(760, 640);
    loadVersions();
}

void SafetyPlanDialog::loadVersions()
{
    auto versions = crisis::SafetyPlans(m_vault).versions(m_studentId);
    m_versions = versions ? *versions : QList<crisis::SafetyPlan>();
    if (!versions) MessageBoxes::error(this, windowTitle(), versions.error().message);
    m_versionBox->clear();
    const UserNames names(m_vault);
    for (const crisis::SafetyPlan &p : m_versions)
        //: a safety plan's version in the list: number, date, who saved it
        m_versionBox->addItem(tr("%1 (%2, %3)").arg(p.version).arg(dates::date(p.createdAt.toLocalTime().date()),
                                                                    names.name(p.createdBy)));
    if (m_versions.isEmpty()) {
        m_versionBox->addItem(tr("new"));
        crisis::SafetyPlanContent fresh;
        fresh.professionals = tr("School counseling room; national psychological assistance hotline 12356; "
                                 "youth service line 12355; in an emergency 120 or 110.");
        setContent(fresh);
        m_review->setDate(clock::today().addDays(kReviewInDays));
        m_shown = {};
        setEditable(true);
    } else {
        showVersion(0);
    }
    m_print->setEnabled(!m_versions.isEmpty());
    m_modified = false;
}

void SafetyPlanDialog::showVersion(int index)
{
    if (index < 0 || index >= m_versions.size()) return;
    if (m_modified && index != 0) {
        // Changes to the newest version: save them (as a version of their own), drop them, or stay.
        switch (MessageBoxes::askSave(this, windowTitle(), tr("The safety plan has changes that are not saved."))) {
        case MessageBoxes::SaveChoice::Cancel: m_versionBox->setCurrentIndex(0); return;
        case MessageBoxes::SaveChoice::Discard: break;
        case MessageBoxes::SaveChoice::Save:
            if (!save()) {
                m_versionBox->setCurrentIndex(0);
                return;
            }
            loadVersions();
            ++index;  // the version saved now is the newest: the one asked for moved down by one
            break;
        }
    }
    m_shown = m_versions.at(index);
    setContent(m_shown.content);
    m_review->setMinimumDate(std::min(m_shown.reviewOn, clock::today()));
    m_review->setDate(std::max(m_shown.reviewOn, clock::today()));
    // Only the newest version is the base of a new one; older ones are read-only.
    setEditable(index == 0);
    m_versionBox->setCurrentIndex(index);
    m_modified = false;
}

void SafetyPlanDialog::setEditable(bool editable)
{
    for (QPlainTextEdit *step : m_steps) step->setReadOnly(!editable);
    for (QLineEdit *line : {m_reason, m_guardian}) line->setReadOnly(!editable);
    m_signed->setEnabled(editable);
    m_review->setEnabled(editable);
    m_fromDirectory->setEnabled(editable);
    m_save->setEnabled(editable);
}

crisis::SafetyPlanContent SafetyPlanDialog::content() const
{
    crisis::SafetyPlanContent c;
    c.warningSigns = m_steps[0]->toPlainText();
    c.copingAlone = m_steps[1]->toPlainText();
    c.distractions = m_steps[2]->toPlainText();
    c.helpers = m_steps[3]->toPlainText();
    c.professionals = m_steps[4]->toPlainText();
    c.safeSurroundings = m_steps[5]->toPlainText();
    c.reasonToLive = m_reason->text();
    c.guardianName = m_guardian->text();
    c.guardianSigned = m_signed->isChecked();
    return c;
}

void SafetyPlanDialog::setContent(const crisis::SafetyPlanContent &c)
{
    const QString *texts[6] = {&c.warningSigns, &c.copingAlone,   &c.distractions,
                               &c.helpers,      &c.professionals, &c.safeSurroundings};
    for (int i = 0; i < 6; ++i) m_steps[i]->setPlainText(*texts[i]);
    m_reason->setText(c.reasonToLive);
    m_guardian->setText(c.guardianName);
    m_signed->setChecked(c.guardianSigned);
}

bool SafetyPlanDialog::save()
{
    auto saved = crisis::SafetyPlans(m_vault).save(m_studentId, m_eventId, content(), m_review->date());
    if (!saved) {
        MessageBoxes::error(this, windowTitle(), saved.error().message);
        return false;
    }
    m_modified = false;
    return true;
}

void SafetyPlanDialog::appendFromDirectory()
{
    auto list = crisis::Directory(m_vault).list();
    if (!list) {
        MessageBoxes::error(this, windowTitle(), list.error().message);
        return;
    }
    QStringList names;
    QList<crisis::Institution> entries;
    for (const crisis::Institution &i : *list) {
        if (i.kind == crisis::InstitutionKind::Police || i.kind == crisis::InstitutionKind::CivilAffairs) continue;
        entries << i;
        names << i.displayName();
    }
    if (entries.isEmpty()) {
        MessageBoxes::information(this, windowTitle(),
                                  tr("The directory has no hospital or centre yet. Add them with Vault ▸ Directory of "
                                     "institutions."));
        return;
    }
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this, tr("Add from the directory"), tr("Institution:"), names, 0, false, &ok);
    if (!ok) return;
    const crisis::Institution &i = entries.at(names.indexOf(chosen));
    //: a directory entry added to step 5 of a safety plan: name, phone
    const QString line = i.phone.isEmpty() ? i.displayName() : tr("%1, phone %2").arg(i.displayName(), i.phone);
    QString text = m_steps[4]->toPlainText().trimmed();
    m_steps[4]->setPlainText(text.isEmpty() ? line : text + u'\n' + line);
}

void SafetyPlanDialog::print()
{
    if (m_modified) {
        MessageBoxes::information(this, windowTitle(), tr("Save the plan first: what prints is a saved version."));
        return;
    }
    if (m_shown.id == 0) return;
    printSafetyPlan(m_vault, m_shown, this);
}

void SafetyPlanDialog::reject()
{
    if (m_modified) {
        const auto choice = MessageBoxes::askSave(this, windowTitle(), tr("The safety plan has changes that are not saved."));
        if (choice == MessageBoxes::SaveChoice::Cancel) return;
        if (choice == MessageBoxes::SaveChoice::Save && !save()) return;
    }
    QDialog::reject();
}

}  // namespace cd::ui
