#include "ui/students/StudentRecordDialog.h"
#include "ui/common/UserNames.h"
#include "ui/common/Dates.h"

#include "ui/common/TableRows.h"
#include "ui/students/RiskBanner.h"
#include "core/cases/CaseRepository.h"
#include "ui/common/WindowFit.h"
#include "core/audit/AuditTarget.h"

#include "ui/common/AreaRegistry.h"
#include "core/common/Clock.h"
#include "core/crisis/RiskScale.h"
#include "ui/common/LockState.h"
#include "ui/common/MessageBoxes.h"
#include "core/roster/RosterFields.h"
#include "core/students/SchoolYear.h"
#include "core/vault/Vault.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLineEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {
constexpr int kGuardianRows = 4;
constexpr int kAccessRows = 200;
}  // namespace


StudentRecordDialog::StudentRecordDialog(vault::Vault &vault, qint64 studentId, QWidget *parent)
    : QDialog(parent), m_vault(vault)
{
    setObjectName(u"studentRecordDialog"_s);
    students::StudentRepository repo(vault);
    // Every opening of a record is in the audit log, before anything is shown.
    auto student = repo.openRecord(studentId);
    auto record = student ? repo.growthRecord(studentId) : Result<students::GrowthRecord>(student.error());
    if (!student || !record) {
        MessageBoxes::error(parent, tr("Growth record"), student ? record.error().message : student.error().message);
        return;
    }
    students::WatchList watch(vault);
    auto watchEntry = watch.entry(studentId);
    if (!watchEntry) {
        MessageBoxes::error(parent, tr("Growth record"), watchEntry.error().message);
        return;
    }
    m_watch = *watchEntry;
    m_student = *student;
    m_record = *record;
    m_loaded = true;

    setWindowTitle(tr("Growth record — %1").arg(m_student.name));
    resize(880, 620);  // every tab visible
    auto *heading = new QLabel(this);
    heading->setObjectName(u"recordHeading"_s);
    heading->setText(tr("<b>%1</b> · %2 · %3")
                         .arg(m_student.name.toHtmlEscaped(), m_student.studentNo.toHtmlEscaped(),
                              students::className(m_student.grade, m_student.klass).toHtmlEscaped()));
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    heading->setFont(headingFont);

    m_banner = new RiskBanner(vault, studentId, this);
    // A case opened as an emergency, its consent still to be recorded: said above every tab.
    auto *consent = new QLabel(this);
    consent->setObjectName(u"consentPendingNotice"_s);
    consent->setWordWrap(true);
    consent->setStyleSheet(u"QLabel { color: #c62828; font-weight: bold; }"_s);
    consent->setText(tr("A case was opened as an emergency: the guardian's consent is still to be recorded (Cases "
                        "tab)."));
    bool pending = false;
    if (auto cases = cases::CaseRepository(vault).casesOf(studentId))
        for (const cases::Case &c : *cases) pending |= cases::consentPending(c, m_student.birthDate);
    consent->setVisible(pending);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"recordTabs"_s);
    // The record's own tabs, and those other areas add (cases, screening, …) by their order.
    std::vector<RecordTabSpec> tabs = AreaRegistry::instance().recordTabs();
    // A tab taller than a small screen scrolls; the dialog never grows taller than the screen.
    const auto addTab = [this](QWidget *page, const QString &title) {
        m_tabs->addTab(windowfit::scrollable(page), title);
    };
    const std::vector<std::pair<int, std::function<void()>>> own = {
        {10, [&addTab, this]() { addTab(buildBasicTab(), tr("&Basic info")); }},
        {30, [&addTab, this]() { addTab(buildFamilyTab(), tr("&Family")); }},
        {40, [&addTab, this]() { addTab(buildStatusTab(), tr("Psychological &status")); }},
        {50, [&addTab, this]() {
             m_watchTab = m_tabs->count();
             addTab(buildWatchTab(), tr("&Watch list"));
         }},
        {70, [&addTab, this]() { addTab(buildHistoryTab(), tr("&Class history")); }},
        {80, [&addTab, this]() { addTab(buildAccessTab(), tr("&Access history")); }},
    };
    auto next = tabs.cbegin();
    for (const auto &[order, add] : own) {
        for (; next != tabs.cend() && next->order < order; ++next)
            addTab(next->make(vault, m_student, this), next->title());
        add();
    }
    for (; next != tabs.cend(); ++next) addTab(next->make(vault, m_student, this), next->title());

    m_saved = new QLabel(this);
    m_saved->setObjectName(u"recordSaved"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(u"saveRecordButton"_s);
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save the growth record (Ctrl+S)"));
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this, &StudentRecordDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &StudentRecordDialog::save);

    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_saved, 1);
    bottom->addWidget(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_banner);
    layout->addWidget(consent);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(bottom);
    m_modified = false;
}

QWidget *StudentRecordDialog::buildBasicTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    const auto add = [&](const QString &label, const QString &value) {
        auto *field = new QLabel(value.isEmpty() ? tr("—") : value, page);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        form->addRow(label, field);
    };
    add(tr("Student number:"), m_student.studentNo);
    add(tr("Name:"), m_student.name);
    add(tr("Sex:"), students::sexName(m_student.sex));
    add(tr("Date of birth:"), m_student.birthDate.isValid() ? dates::date(m_student.birthDate)
                                                             : QString());
    add(tr("Class:"), students::className(m_student.grade, m_student.klass));
    add(tr("Status:"), students::statusName(m_student.status));
    auto *note = new QLabel(tr("These facts come from the school roster; import a new roster to change them."), page);
    note->setWordWrap(true);
    note->setStyleSheet(u"color: palette(mid);"_s);
    form->addRow(note);
    auto *move = new QPushButton(tr("&Move to another class…"), page);
    move->setObjectName(u"moveClassButton"_s);
    auto *transfer = new QPushButton(tr("Mark as &transferred out…"), page);
    transfer->setObjectName(u"transferButton"_s);
    const bool atSchool = m_student.status == students::Enrolment::Active;
    move->setEnabled(atSchool);
    transfer->setEnabled(atSchool);
    auto *actions = new QHBoxLayout;
    actions->addWidget(move);
    actions->addWidget(transfer);
    actions->addStretch();
    form->addRow(actions);
    connect(move, &QPushButton::clicked, this, &StudentRecordDialog::moveClass);
    connect(transfer, &QPushButton::clicked, this, &StudentRecordDialog::markTransferred);
    return page;
}

QWidget *StudentRecordDialog::buildFamilyTab()
{
    auto *page = new QWidget(this);
    m_structure = new QComboBox(page);
    m_structure->setObjectName(u"familyStructure"_s);
    for (const QString &code : students::familyStructureCodes())
        m_structure->addItem(students::familyStructureName(code), code);
    m_structure->setCurrentIndex(qMax(0, m_structure->findData(m_record.familyStructure)));
    m_leftBehind = new QCheckBox(tr("Left-behind child (parents work away from home)"), page);
    m_leftBehind->setObjectName(u"leftBehind"_s);
    m_leftBehind->setChecked(m_record.leftBehind);

    m_guardians = new QTableWidget(kGuardianRows, 4, page);
    m_guardians->setObjectName(u"guardiansTable"_s);
    m_guardians->setHorizontalHeaderLabels({tr("Guardian"), tr("Relation"), tr("Phone"), tr("Notes")});
    m_guardians->horizontalHeader()->setStretchLastSection(true);
    m_guardians->verticalHeader()->hide();
    fitRowsToText(m_guardians);
    m_guardians->setFixedHeight(m_guardians->horizontalHeader()->sizeHint().height()
                                + kGuardianRows * m_guardians->verticalHeader()->defaultSectionSize() + 4);
    for (int r = 0; r < kGuardianRows; ++r) {
        const students::Guardian g = r < m_record.guardians.size() ? m_record.guardians[r] : students::Guardian{};
        const QStringList values = {g.name, g.relation, g.phone, g.notes};
        for (int c = 0; c < 4; ++c) m_guardians->setItem(r, c, new QTableWidgetItem(values[c]));
    }
    m_familyNotes = new QPlainTextEdit(m_record.familyNotes, page);
    m_familyNotes->setObjectName(u"familyNotes"_s);
    m_familyNotes->setPlaceholderText(tr("Family situation, home–school contact, what helps at home"));

    auto *form = new QFormLayout;
    form->addRow(tr("Family structure:"), m_structure);
    form->addRow(QString(), m_leftBehind);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Guardians and how to reach them:"), page));
    layout->addWidget(m_guardians);
    layout->addWidget(new QLabel(tr("Notes:"), page));
    layout->addWidget(m_familyNotes, 1);

    connect(m_structure, &QComboBox::currentIndexChanged, this, &StudentRecordDialog::markModified);
    connect(m_leftBehind, &QCheckBox::toggled, this, &StudentRecordDialog::markModified);
    connect(m_guardians, &QTableWidget::itemChanged, this, &StudentRecordDialog::markModified);
    connect(m_familyNotes, &QPlainTextEdit::textChanged, this, &StudentRecordDialog::markModified);
    return page;
}

QWidget *StudentRecordDialog::buildStatusTab()
{
    auto *page = new QWidget(this);
    m_psychStatus = new QPlainTextEdit(m_record.psychStatus, page);
    m_psychStatus->setObjectName(u"psychStatus"_s);
    m_psychStatus->setPlaceholderText(tr("The student's psychological status as you see it: strengths, concerns, "
                                         "what has changed"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_psychStatus);
    if (m_record.updatedAt.isValid()) {
        auto *updated = new QLabel(tr("Last saved %1 by %2")
                                       .arg(dates::dateTime(m_record.updatedAt),
                                            userName(m_vault, m_record.updatedBy)),
                                   page);
        updated->setStyleSheet(u"color: palette(mid);"_s);
        layout->addWidget(updated);
    }
    connect(m_psychStatus, &QPlainTextEdit::textChanged, this, &StudentRecordDialog::markModified);
    return page;
}

QWidget *StudentRecordDialog::buildHistoryTab()
{
    students::StudentRepository repo(m_vault);
    auto history = repo.classHistory(m_student.id);
    auto *table = new QTableWidget(0, 3, this);
    table->setObjectName(u"classHistory"_s);
    table->setHorizontalHeaderLabels({tr("Class"), tr("From"), tr("Until")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    if (history) {
        for (const auto &period : *history) {
            const int r = table->rowCount();
            table->insertRow(r);
            table->setItem(r, 0, new QTableWidgetItem(students::className(period.grade, period.klass)));
            table->setItem(r, 1, new QTableWidgetItem(dates::date(period.from)));
            table->setItem(r, 2, new QTableWidgetItem(period.to.isValid() ? dates::date(period.to)
                                                                          : tr("now")));
        }
    }
    table->resizeColumnsToContents();
    return table;
}

QWidget *StudentRecordDialog::buildAccessTab()
{
    auto entries = m_vault.audit().recent(kAccessRows, audit::studentTarget(m_student.id));
    auto *table = new QTableWidget(0, 3, this);
    table->setObjectName(u"accessHistory"_s);
    table->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What")});
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    const UserNames names(m_vault);
    if (entries) {
        for (const auto &e : *entries) {
            const int r = table->rowCount();
            table->insertRow(r);
            table->setItem(r, 0, new QTableWidgetItem(dates::dateTime(e.at)));
            table->setItem(r, 1, new QTableWidgetItem(names.name(e.actor)));
            table->setItem(r, 2, new QTableWidgetItem(e.action == QLatin1String(audit::action::StudentEdited)
                                                          ? tr("Edited the record")
                                                          : tr("Opened the record")));
        }
    }
    table->resizeColumnsToContents();
    return table;
}

QWidget *StudentRecordDialog::buildWatchTab()
{
    auto *page = new QWidget(this);
    m_watchLevel = new QComboBox(page);
    m_watchLevel->setObjectName(u"watchLevel"_s);
    m_watchLevel->addItem(tr("Not on the watch list"), QString());
    auto loadedLabels = crisis::RiskScale(m_vault).load();  // the lead's names for the levels
    const crisis::RiskLabels labels = loadedLabels ? *loadedLabels : crisis::RiskLabels();
    for (students::RiskLevel level : students::kRiskLevels)
        m_watchLevel->addItem(labels.label(level), students::riskCode(level));
    m_watchReason = new QLineEdit(page);
    m_watchReason->setObjectName(u"watchReason"_s);
    m_watchReason->setPlaceholderText(tr("Why, in a few words (also the reason when taking a student off the list)"));
    m_watchReview = new QDateEdit(page);
    m_watchReview->setObjectName(u"watchReview"_s);
    m_watchReview->setCalendarPopup(true);
    m_watchReview->setDisplayFormat(dates::dateFormat());
    const QDate today = clock::today();
    if (m_watch) {
        m_watchLevel->setCurrentIndex(m_watchLevel->findData(students::riskCode(m_watch->level)));
        m_watchReason->setText(m_watch->reason);
        m_watchReview->setDate(m_watch->nextReview);
    } else {
        m_watchReview->setDate(today.addDays(14));
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Risk level:"), m_watchLevel);
    form->addRow(tr("Reason:"), m_watchReason);
    form->addRow(tr("Next review:"), m_watchReview);

    auto *history = new QTableWidget(0, 4, page);
    history->setObjectName(u"watchHistory"_s);
    history->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("Level"), tr("Reason")});
    history->horizontalHeader()->setStretchLastSection(true);
    history->verticalHeader()->hide();
    history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    students::WatchList list(m_vault);
    const UserNames names(m_vault);
    if (auto changes = list.history(m_student.id)) {
        for (const auto &change : *changes) {
            const int r = history->rowCount();
            history->insertRow(r);
            history->setItem(r, 0, new QTableWidgetItem(dates::dateTime(change.changedAt)));
            history->setItem(r, 1, new QTableWidgetItem(names.name(change.changedBy)));
            history->setItem(r, 2, new QTableWidgetItem(change.level ? labels.label(*change.level)
                                                                     : tr("Taken off the list")));
            history->setItem(r, 3, new QTableWidgetItem(change.reason));
        }
    }
    history->resizeColumnsToContents();

    auto *layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Every change:"), page));
    layout->addWidget(history, 1);
    const auto changed = [this]() {
        m_watchModified = true;
        markModified();
    };
    connect(m_watchLevel, &QComboBox::currentIndexChanged, this, changed);
    connect(m_watchReason, &QLineEdit::textEdited, this, changed);
    connect(m_watchReview, &QDateEdit::dateChanged, this, changed);
    return page;
}

Status StudentRecordDialog::saveWatch()
{
    if (!m_watchModified) return {};
    students::WatchList list(m_vault);
    const QString code = m_watchLevel->currentData().toString();
    if (code.isEmpty()) {
        if (!m_watch) return {};
        return list.remove(m_student.id, m_watchReason->text());
    }
    return list.set(m_student.id, *students::riskFromCode(code), m_watchReason->text(), m_watchReview->date());
}

void StudentRecordDialog::moveClass()
{
    bool ok = false;
    const QString typed = QInputDialog::getText(this, tr("Move to another class"),
                                                tr("New class of %1 (for example 初二(3)班 or 3):").arg(m_student.name),
                                                QLineEdit::Normal, m_student.klass, &ok);
    if (!ok) return;
    QString why;
    const auto parsed = roster::parseClass(typed, &why);
    if (!parsed || parsed->klass.isEmpty()) {
        MessageBoxes::error(this, tr("Move to another class"),
                            why.isEmpty() ? tr("Enter a class.") : tr("That class cannot be used: %1.").arg(why));
        return;
    }
    students::Student moved = m_student;
    moved.klass = parsed->klass;
    if (parsed->grade) moved.grade = parsed->grade;
    const Status st = students::StudentRepository(m_vault).moveToClass(m_student.id, moved.grade, moved.klass);
    if (!st) {
        MessageBoxes::error(this, tr("Move to another class"), st.error().message);
        return;
    }
    m_student = moved;
    m_saved->setText(tr("Moved to %1.").arg(students::className(moved.grade, moved.klass)));
}

void StudentRecordDialog::markTransferred()
{
    if (!MessageBoxes::confirm(this, tr("Transferred out"),
                               tr("Mark %1 as transferred out today? The record stays, and is purged with the others "
                                  "when the retention time has passed.")
                                   .arg(m_student.name),
                               tr("&Mark transferred"), true))
        return;
    const Status st = students::transferOut(m_vault, m_student.id, QDate::currentDate());
    if (!st) {
        MessageBoxes::error(this, tr("Transferred out"), st.error().message);
        return;
    }
    m_student.status = students::Enrolment::Transferred;
    m_student.leftOn = QDate::currentDate();
    m_saved->setText(tr("Marked as transferred out."));
}

void StudentRecordDialog::showWatchTab()
{
    if (m_watchTab >= 0) m_tabs->setCurrentIndex(m_watchTab);
}

void StudentRecordDialog::markModified()
{
    m_modified = true;
    if (m_saved) m_saved->clear();
}

students::GrowthRecord StudentRecordDialog::collect() const
{
    students::GrowthRecord record;
    record.familyStructure = m_structure->currentData().toString();
    record.leftBehind = m_leftBehind->isChecked();
    record.familyNotes = m_familyNotes->toPlainText();
    record.psychStatus = m_psychStatus->toPlainText();
    for (int r = 0; r < m_guardians->rowCount(); ++r) {
        const auto text = [&](int c) { return m_guardians->item(r, c) ? m_guardians->item(r, c)->text() : QString(); };
        record.guardians.append({0, text(0), text(1), text(2), text(3)});
    }
    return record;
}

bool StudentRecordDialog::save()
{
    const students::GrowthRecord record = collect();
    // The watch-list entry and the growth record are saved together or not at all.
    const Status st = m_vault.changeTogether([&]() -> Status {
        CD_TRY(saveWatch());
        return students::StudentRepository(m_vault).saveGrowthRecord(m_student.id, record);
    });
    if (!st) {
        MessageBoxes::error(this, tr("Growth record"),
                            tr("The growth record was not saved: %1 What you typed is still here.")
                                .arg(st.error().message));
        return false;
    }
    if (m_watchModified) {
        if (auto reread = students::WatchList(m_vault).entry(m_student.id)) m_watch = *reread;
        m_watchModified = false;
    }
    m_modified = false;
    m_banner->reload();
    m_saved->setText(tr("Saved."));
    return true;
}

void StudentRecordDialog::done(int result)
{
    if (m_loaded && m_modified && lockInProgress()) {
        save();  // the vault is locking: keep what was typed rather than ask nobody
    } else if (m_loaded && m_modified && result == QDialog::Rejected && isVisible()) {
        switch (MessageBoxes::askSave(this, tr("Growth record"), tr("This record has changes that are not saved."))) {
        case MessageBoxes::SaveChoice::Save:
            if (!save()) return;  // the reason was shown; what was typed stays
            break;
        case MessageBoxes::SaveChoice::Discard: break;
        case MessageBoxes::SaveChoice::Cancel: return;
        }
    }
    QDialog::done(result);
}

}  // namespace ui
}  // namespace cd
