#include "ui/screening/NotTakenPane.h"

#include "core/audit/AuditTarget.h"
#include "core/common/AtomicFile.h"
#include "core/screening/Results.h"
#include "core/students/Student.h"
#include "core/vault/Vault.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Printing.h"
#include "ui/screening/ScreeningReports.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

NotTakenPane::NotTakenPane(vault::Vault &vault, QWidget *parent)
    : QWidget(parent), m_vault(vault), m_reauth(vault), m_instrument(new QComboBox(this)),
      m_list(new QListWidget(this)), m_print(new QPushButton(tr("P&rint list"), this)),
      m_export(new QPushButton(tr("E&xport CSV…"), this))
{
    setObjectName(u"notTakenPane"_s);
    m_instrument->setObjectName(u"notTakenInstrument"_s);
    m_list->setObjectName(u"notTakenList"_s);
    m_print->setObjectName(u"notTakenPrint"_s);
    m_print->setToolTip(tr("The list with class, student number and name, for the class teachers (confidential)"));
    auto *menu = new QMenu(m_print);
    connect(menu->addAction(tr("&Print…")), &QAction::triggered, this, &NotTakenPane::print);
    connect(menu->addAction(tr("Save as P&DF…")), &QAction::triggered, this, &NotTakenPane::savePdf);
    m_print->setMenu(menu);
    m_export->setObjectName(u"notTakenExport"_s);
    m_export->setToolTip(tr("The list as a CSV file for a spreadsheet (class, student number, name)"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_instrument);
    bar->addStretch(1);
    bar->addWidget(m_print);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);
    connect(m_instrument, &QComboBox::currentIndexChanged, this, &NotTakenPane::reload);
    connect(m_export, &QPushButton::clicked, this, &NotTakenPane::exportCsv);
    reload();
}

void NotTakenPane::setRun(qint64 runId)
{
    const QString keep = m_instrument->currentData().toString();
    auto run = runId ? screening::RunRepository(m_vault).get(runId) : Result<screening::Run>(screening::Run{});
    m_run = run ? *run : screening::Run{};
    {
        const QSignalBlocker block(m_instrument);
        m_instrument->clear();
        for (const QString &code : m_run.instrumentCodes()) m_instrument->addItem(code, code);
        if (const int index = m_instrument->findData(keep); index >= 0) m_instrument->setCurrentIndex(index);
    }
    reload();
}

void NotTakenPane::setInstrument(const QString &code)
{
    if (const int index = m_instrument->findData(code); index >= 0) m_instrument->setCurrentIndex(index);
}

void NotTakenPane::reload()
{
    m_list->clear();
    m_students.clear();
    const QString code = m_instrument->currentData().toString();
    if (m_run.id && !code.isEmpty()) {
        auto missing = screening::RunRepository(m_vault).notTaken(m_run.id, code);
        if (missing) m_students = *missing;
        else m_list->addItem(missing.error().message);
    }
    for (const screening::Participant &p : std::as_const(m_students))
        //: a student in a list: class, student number, name
        m_list->addItem(tr("%1  %2  %3").arg(students::className(p.grade, p.klass), p.studentNo, p.name));
    m_print->setEnabled(!m_students.isEmpty());
    m_export->setEnabled(!m_students.isEmpty());
    Q_EMIT counted(int(m_students.size()));
}

QString NotTakenPane::instrumentName() const
{
    // As the results show it: the name, which for most instruments contains the code, else both.
    const QString code = m_instrument->currentData().toString();
    auto definition = screening::RunRepository(m_vault).instrument(m_run.id, code);
    const QString name = definition ? screening::localized(definition->name) : QString();
    if (name.isEmpty()) return code;
    return name.contains(code) ? name : u"%1 — %2"_s.arg(code, name);
}

QString NotTakenPane::fileName(const QString &suffix) const
{
    //: File name of the not-taken list: run name, instrument code, then .pdf or .csv
    return tr("%1 %2 not taken yet.%3").arg(m_run.name, m_instrument->currentData().toString(), suffix);
}

bool NotTakenPane::prepare(QTextDocument &document)
{
    if (m_students.isEmpty()) return false;
    if (!m_reauth.confirm(this, tr("The list shows the names of the students who have not taken the screening.")))
        return false;
    buildNotTakenList(document, m_vault.school().name, m_run, instrumentName(), m_students,
                      m_vault.currentUser().displayName);
    return true;
}

void NotTakenPane::audit(const QString &how)
{
    // Names left the app: the run, the instrument and how (print, pdf, csv); never the names.
    const Status st = m_vault.recordEvent(audit::action::ScreeningReportPrinted, audit::runTarget(m_run.id),
                                          u"not_taken %1 %2"_s.arg(m_instrument->currentData().toString(), how));
    if (!st) MessageBoxes::error(this, tr("Not taken yet"), st.error().message);
}

void NotTakenPane::print()
{
    QTextDocument document;
    if (prepare(document) && printDocument(this, document, tr("Not taken yet"))) audit(u"print"_s);
}

void NotTakenPane::savePdf()
{
    QTextDocument document;
    if (prepare(document)
        && !savePdfAs(this, document, tr("Save the not-taken list as PDF"), fileName(u"pdf"_s), tr("Not taken yet"))
                .isEmpty())
        audit(u"pdf"_s);
}

void NotTakenPane::exportCsv()
{
    if (m_students.isEmpty()) return;
    if (!m_reauth.confirm(this, tr("The list shows the names of the students who have not taken the screening.")))
        return;
    const QString title = tr("Export the not-taken list as CSV");
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(fileName(u"csv"_s));
    QString path = FileDialogs::saveFileName(this, title, suggested, tr("CSV (*.csv)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(u".csv"_s, Qt::CaseInsensitive)) path += u".csv"_s;
    auto csv = screening::notTakenCsv(m_vault, m_run.id, m_instrument->currentData().toString());
    const Status written = csv ? writeFileAtomically(path, *csv) : Status(csv.error());
    if (!written) {
        MessageBoxes::error(this, title, written.error().message);
        return;
    }
    audit(u"csv"_s);
    tellSaved(this, title, path);
}

}  // namespace ui
}  // namespace cd
