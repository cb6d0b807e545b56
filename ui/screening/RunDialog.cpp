#include "ui/screening/RunDialog.h"
#include "ui/common/UserNames.h"
#include "ui/common/Dates.h"

#include "core/common/Clock.h"
#include "core/screening/InstrumentLibrary.h"
#include "core/students/Student.h"
#include "core/vault/Vault.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {
constexpr int kGradeRole = Qt::UserRole;
constexpr int kClassRole = Qt::UserRole + 1;
constexpr int kCountRole = Qt::UserRole + 2;
}  // namespace

RunDialog::RunDialog(vault::Vault &vault, const screening::Run &run, bool scopeLocked, QWidget *parent)
    : QDialog(parent),
      m_vault(vault),
      m_run(run),
      m_name(new QLineEdit(this)),
      m_instruments(new QListWidget(this)),
      m_targets(new QTreeWidget(this)),
      m_opens(new QDateEdit(this)),
      m_closes(new QDateEdit(this)),
      m_expected(new QLabel(this)),
      m_error(new QLabel(this))
{
    setObjectName(u"runDialog"_s);
    setWindowTitle(run.id ? tr("Change screening run") : tr("New screening run"));
    resize(640, 600);
    m_name->setObjectName(u"runName"_s);
    m_name->setMaxLength(80);
    m_name->setPlaceholderText(tr("e.g. 2026 autumn screening"));
    m_name->setText(run.name);
    m_instruments->setObjectName(u"runInstruments"_s);
    m_instruments->setToolTip(tr("The scales the students answer, in this order. A school's own definitions are "
                                 "loaded under Instruments…"));
    m_targets->setObjectName(u"runTargets"_s);
    m_targets->setHeaderLabels({tr("Grade or class"), tr("Students")});
    m_targets->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_targets->setToolTip(tr("Tick a whole grade, or only some of its classes."));
    for (QDateEdit *d : {m_opens, m_closes}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(dates::dateFormat());
    }
    m_opens->setObjectName(u"runOpens"_s);
    m_closes->setObjectName(u"runCloses"_s);
    const QDate today = clock::now().date();
    m_opens->setDate(run.opensOn.isValid() ? run.opensOn : today);
    m_closes->setDate(run.closesOn.isValid() ? run.closesOn : today.addDays(14));
    m_expected->setObjectName(u"runExpected"_s);
    m_error->setObjectName(u"runError"_s);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->setWordWrap(true);

    fillInstruments(run);
    fillTargets(run);
    if (scopeLocked) {
        m_instruments->setEnabled(false);
        m_targets->setEnabled(false);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Instruments:"), m_instruments);
    form->addRow(tr("&Grades and classes:"), m_targets);
    form->addRow(tr("&Opens on:"), m_opens);
    //: Not Alt+C: that is the Create run button
    form->addRow(tr("C&loses on:"), m_closes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(run.id ? tr("&Save") : tr("&Create run"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RunDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RunDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    if (scopeLocked) {
        auto *locked = new QLabel(tr("Answers have been entered, so the instruments and the grades can no longer "
                                     "change. The name and the dates can."),
                                  this);
        locked->setWordWrap(true);
        layout->addWidget(locked);
    }
    layout->addWidget(m_expected);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_targets, &QTreeWidget::itemChanged, this, &RunDialog::updateExpected);
    updateExpected();
}

void RunDialog::fillInstruments(const screening::Run &run)
{
    auto available = screening::InstrumentLibrary(m_vault).available();
    if (!available) {
        m_error->setText(available.error().message);
        return;
    }
    const QStringList chosen = run.instrumentCodes();
    for (const screening::LibraryEntry &e : *available) {
        //: an instrument in a list: its name, code and version, e.g. "Patient Health Questionnaire (PHQ-9) — PHQ-9, version 1"
        auto *item = new QListWidgetItem(tr("%1 — %2, version %3")
                                             .arg(screening::localized(e.instrument.name), e.instrument.code,
                                                  e.instrument.version),
                                         m_instruments);
        item->setData(Qt::UserRole, e.instrument.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(chosen.contains(e.instrument.code) ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(e.shipped ? e.instrument.licence
                                   : tr("Loaded by the school on %1 by %2.")
                                         .arg(dates::dateTime(e.loadedAt), userName(m_vault, e.loadedBy)));
    }
}

void RunDialog::fillTargets(const screening::Run &run)
{
    auto classes = screening::RunRepository(m_vault).activeClasses();
    if (!classes) {
        m_error->setText(classes.error().message);
        return;
    }
    QMap<int, QTreeWidgetItem *> grades;
    const QSignalBlocker block(m_targets);
    for (const screening::ClassSize &size : *classes) {
        const int grade = size.grade;
        const QString klass = size.klass;
        const int count = size.students;
        QTreeWidgetItem *&g = grades[grade];
        if (!g) {
            g = new QTreeWidgetItem(m_targets, {students::gradeName(grade)});
            g->setData(0, kGradeRole, grade);
            g->setFlags(g->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
            g->setCheckState(0, Qt::Unchecked);
        }
        auto *c = new QTreeWidgetItem(g, {students::className(grade, klass), QString::number(count)});
        c->setData(0, kGradeRole, grade);
        c->setData(0, kClassRole, klass);
        c->setData(0, kCountRole, count);
        c->setFlags(c->flags() | Qt::ItemIsUserCheckable);
        const bool wanted = run.targets.contains(screening::RunTarget{grade, {}})
                            || run.targets.contains(screening::RunTarget{grade, klass});
        c->setCheckState(0, wanted ? Qt::Checked : Qt::Unchecked);
    }
    for (QTreeWidgetItem *g : grades) {
        int total = 0;
        for (int i = 0; i < g->childCount(); ++i) total += g->child(i)->data(0, kCountRole).toInt();
        g->setText(1, QString::number(total));
    }
}

void RunDialog::updateExpected()
{
    int expected = 0;
    for (int i = 0; i < m_targets->topLevelItemCount(); ++i) {
        QTreeWidgetItem *g = m_targets->topLevelItem(i);
        for (int j = 0; j < g->childCount(); ++j)
            if (g->child(j)->checkState(0) == Qt::Checked) expected += g->child(j)->data(0, kCountRole).toInt();
    }
    m_expected->setText(tr("%n student(s) will be expected (active students of the chosen grades and classes, as "
                           "they are today).",
                           nullptr, expected));
}

screening::Run RunDialog::enteredRun() const
{
    screening::Run run = m_run;
    run.name = m_name->text().trimmed();
    run.opensOn = m_opens->date();
    run.closesOn = m_closes->date();
    if (!m_instruments->isEnabled()) return run;
    run.instruments.clear();
    for (int i = 0; i < m_instruments->count(); ++i)
        if (m_instruments->item(i)->checkState() == Qt::Checked)
            run.instruments << screening::RunInstrument{m_instruments->item(i)->data(Qt::UserRole).toString(), {}};
    run.targets.clear();
    for (int i = 0; i < m_targets->topLevelItemCount(); ++i) {
        QTreeWidgetItem *g = m_targets->topLevelItem(i);
        const int grade = g->data(0, kGradeRole).toInt();
        if (g->checkState(0) == Qt::Checked) {
            run.targets << screening::RunTarget{grade, {}};
            continue;
        }
        for (int j = 0; j < g->childCount(); ++j)
            if (g->child(j)->checkState(0) == Qt::Checked)
                run.targets << screening::RunTarget{grade, g->child(j)->data(0, kClassRole).toString()};
    }
    return run;
}

void RunDialog::accept()
{
    screening::RunRepository runs(m_vault);
    const screening::Run run = enteredRun();
    Status saved = run.id ? runs.update(run) : Status();
    if (!run.id) {
        auto id = runs.create(run);
        if (id) m_run.id = *id;
        else saved = id.error();
    }
    if (!saved) {
        m_error->setText(saved.error().message);
        return;
    }
    QDialog::accept();
}

}  // namespace ui
}  // namespace cd
