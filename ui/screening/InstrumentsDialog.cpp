#include "ui/screening/InstrumentsDialog.h"
#include "ui/common/UserNames.h"
#include "ui/common/Dates.h"

#include "ui/common/TableRows.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBoxes.h"
#include "ui/screening/KioskLanguage.h"
#include "core/screening/InstrumentLibrary.h"
#include "core/screening/RunRepository.h"
#include "core/screening/SheetStore.h"
#include "core/vault/Vault.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

InstrumentsDialog::InstrumentsDialog(vault::Vault &vault, QWidget *parent)
    : QDialog(parent), m_vault(vault), m_table(new QTableWidget(this))
{
    setObjectName(u"instrumentsDialog"_s);
    setWindowTitle(tr("Instruments"));
    resize(820, 420);
    m_table->setObjectName(u"instrumentTable"_s);
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Code"), tr("Name"), tr("Version"), tr("Items"), tr("Item text in"), tr("Source")});
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    fitRowsToText(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto *intro = new QLabel(tr("CounselDesk ships the scales whose licence allows it, with the item text their "
                                "publishers allow: the column “Item text in” says in which languages students can "
                                "read the items. To add the official Chinese text your school holds, or a scale "
                                "it holds a licence for, click “Load a definition…” and choose the definition "
                                "file (the instrument’s code with a new version number). New runs use it; "
                                "runs already scored can be rescored."),
                             this);
    intro->setWordWrap(true);
    auto *load = new QPushButton(tr("&Load a definition…"), this);
    load->setObjectName(u"loadInstrument"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(load, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &InstrumentsDialog::reject);
    connect(load, &QPushButton::clicked, this, [this]() {
        const QString path = FileDialogs::openFileName(this, tr("Instrument definition"),
                                                       tr("Instrument definitions (*.json);;All files (*)"));
        if (!path.isEmpty()) loadDefinition(path);
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    reload();
}

void InstrumentsDialog::reload()
{
    auto entries = screening::InstrumentLibrary(m_vault).available();
    if (!entries) {
        MessageBoxes::error(this, windowTitle(), entries.error().message);
        return;
    }
    const UserNames names(m_vault);
    m_table->setRowCount(static_cast<int>(entries->size()));
    for (int r = 0; r < entries->size(); ++r) {
        const screening::LibraryEntry &e = entries->at(r);
        const QString source = e.shipped ? tr("Shipped")
                                         : tr("Loaded %1 by %2").arg(dates::date(e.loadedAt.date()),
                                                                    names.name(e.loadedBy));
        const QStringList cells{e.instrument.code, screening::localized(e.instrument.name), e.instrument.version,
                                QString::number(e.instrument.items.size()), itemLanguagesText(e.instrument), source};
        QStringList notes{e.instrument.licence};
        for (auto it = e.instrument.source.cbegin(); it != e.instrument.source.cend(); ++it)
            notes << tr("%1 text: %2").arg(languageName(it.key()), it.value());
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setToolTip(notes.join(u"\n\n"_s));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
}

bool InstrumentsDialog::loadDefinition(const QString &path)
{
    auto loaded = screening::loadSchoolInstrument(m_vault, path);
    if (!loaded) {
        MessageBoxes::error(this, tr("Load a definition"), loaded.error().message);
        return false;
    }
    reload();
    MessageBoxes::information(this, tr("Load a definition"),
                              tr("%1, version %2, is ready to use in new runs.").arg(loaded->code, loaded->version));
    offerRescore(loaded->code, loaded->version);
    return true;
}

void InstrumentsDialog::offerRescore(const QString &code, const QString &version)
{
    screening::RunRepository runs(m_vault);
    auto list = runs.list();
    if (!list) return;
    QList<screening::Run> using_;
    for (const screening::Run &run : *list)
        for (const screening::RunInstrument &ri : run.instruments)
            if (ri.code == code && ri.version != version) using_ << run;
    if (using_.isEmpty()) return;
    QStringList names;
    for (const screening::Run &run : using_) names << run.name;
    if (!MessageBoxes::confirm(this, tr("Rescore runs"),
                               tr("%n run(s) use another version of %1 for scoring: %2. Rescore them with version %3? The "
                                  "old scores are kept in each sheet's history.",
                                  nullptr, static_cast<int>(using_.size()))
                                   .arg(code, names.join(tr(", ")), version),
                               tr("&Rescore")))
        return;
    int sheets = 0;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    for (const screening::Run &run : using_) {
        auto n = screening::SheetStore(m_vault, run.id).rescore(code, version);
        if (!n) {
            QApplication::restoreOverrideCursor();
            MessageBoxes::error(this, tr("Rescore runs"), tr("%1: %2").arg(run.name, n.error().message));
            return;
        }
        sheets += *n;
    }
    QApplication::restoreOverrideCursor();
    MessageBoxes::information(this, tr("Rescore runs"), tr("%n sheet(s) rescored with version %1.", nullptr, sheets).arg(version));
}

}  // namespace ui
}  // namespace cd
