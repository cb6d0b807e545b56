#include "ui/shell/HomePage.h"
#include "ui/common/Dates.h"

#include "core/students/StudentRepository.h"
#include "core/vault/Vault.h"
#include "ui/common/LockState.h"
#include "ui/students/RosterImportDialog.h"

#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {
/// Lines shown per section; the rest are counted ("… and 12 more").
constexpr int kItemsPerSection = 8;
constexpr int kIndexRole = Qt::UserRole + 1;
}  // namespace

HomePage::HomePage(vault::Vault &vault, QWidget *parent)
    : QWidget(parent), m_vault(vault), m_desk(new QTreeWidget(this)), m_deskSummary(new QLabel(this)),
      m_firstSteps(new QWidget(this))
{
    setObjectName(u"homePage"_s);
    auto *title = new QLabel(vault.school().name, this);
    title->setObjectName(u"homeTitle"_s);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setWordWrap(true);
    auto *subtitle = new QLabel(tr("Welcome, %1.").arg(vault.currentUser().displayName), this);
    subtitle->setObjectName(u"homeWelcome"_s);

    // What to do first in an empty vault.
    m_firstSteps->setObjectName(u"homeFirstSteps"_s);
    auto *firstText = new QLabel(tr("<b>Start here:</b> import the school's roster (a CSV or Excel file from the "
                                    "school's office). Students, their records, screening and everything else "
                                    "build on it."),
                                 m_firstSteps);
    firstText->setWordWrap(true);
    auto *importButton = new QPushButton(tr("&Import the roster…"), m_firstSteps);
    importButton->setObjectName(u"homeImportRoster"_s);
    importButton->setToolTip(tr("Choose the roster file; you check every row before anything is written"));
    auto *firstLayout = new QHBoxLayout(m_firstSteps);
    firstLayout->setContentsMargins(0, 0, 0, 0);
    firstLayout->addWidget(firstText, 1);
    firstLayout->addWidget(importButton);
    connect(importButton, &QPushButton::clicked, this, [this]() {
        RosterImportDialog dialog(m_vault, this);
        dialog.exec();
        if (!lockInProgress()) reload();
    });

    m_deskSummary->setObjectName(u"deskSummary"_s);
    m_deskSummary->setWordWrap(true);
    m_desk->setObjectName(u"desk"_s);
    m_desk->setColumnCount(2);
    m_desk->setHeaderLabels({tr("To do"), tr("When")});
    m_desk->setRootIsDecorated(false);
    m_desk->setItemsExpandable(false);
    m_desk->setUniformRowHeights(true);
    m_desk->setToolTip(tr("Click a line (or press Enter) to open its record"));
    m_desk->header()->setStretchLastSection(false);
    m_desk->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_desk->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_desk, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { openItem(item); });
    connect(m_desk, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { openItem(item); });

    auto *facts = new QLabel(this);
    facts->setObjectName(u"homeFacts"_s);
    facts->setWordWrap(true);
    facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    facts->setStyleSheet(u"color: palette(mid);"_s);
    facts->setText(tr("%1 · signed in as %2 (%3) · step away? Press Ctrl+L to lock.")
                       .arg(vault::schoolTypeName(vault.school().type), vault.currentUser().displayName,
                            vault::roleName(vault.currentUser().role)));
    facts->setToolTip(tr("Login: %1\nVault folder: %2\nEncrypted with a 256-bit key (SQLCipher); passphrases hardened "
                         "against guessing (Argon2id).")
                          .arg(vault.currentUser().login, QDir::toNativeSeparators(vault.directory())));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->addWidget(title);
    layout->addWidget(subtitle);
    layout->addSpacing(8);
    layout->addWidget(m_firstSteps);
    layout->addWidget(m_deskSummary);
    layout->addWidget(m_desk, 1);
    layout->addWidget(facts);
    reload();
}

void HomePage::showEvent(QShowEvent *event)
{
    if (!m_opening) reload();
    QWidget::showEvent(event);
}

void HomePage::reload()
{
    auto students = students::StudentRepository(m_vault).listAll();
    m_firstSteps->setVisible(students && students->isEmpty());
    m_items.clear();
    m_desk->clear();
    int total = 0;
    int overdue = 0;
    const QFont bold = [this]() {
        QFont f = m_desk->font();
        f.setBold(true);
        return f;
    }();
    for (const DeskSectionSpec &section : AreaRegistry::instance().deskSections()) {
        const QList<DeskItem> items = section.items(m_vault);
        if (items.isEmpty()) continue;
        auto *heading = new QTreeWidgetItem(m_desk, {tr("%1 (%2)").arg(section.title()).arg(items.size())});
        heading->setFont(0, bold);
        heading->setFirstColumnSpanned(true);
        heading->setFlags(Qt::ItemIsEnabled);
        heading->setData(0, kIndexRole, -1);
        total += int(items.size());
        for (int i = 0; i < items.size(); ++i) {
            const DeskItem &item = items.at(i);
            overdue += item.overdue;
            if (i == kItemsPerSection) {
                auto *more = new QTreeWidgetItem(heading, {tr("… and %n more", nullptr, int(items.size()) - i)});
                more->setFlags(Qt::ItemIsEnabled);
                more->setForeground(0, palette().color(QPalette::PlaceholderText));
                more->setData(0, kIndexRole, -1);
                continue;
            }
            if (i > kItemsPerSection) continue;
            const QString when = item.due.isValid()
                                     ? (item.due.time() == QTime(0, 0) && item.due.timeSpec() == Qt::LocalTime
                                            ? dates::date(item.due.date())
                                            : dates::dateTime(item.due))
                                     : QString();
            auto *line = new QTreeWidgetItem(heading, {item.text, when});
            line->setData(0, kIndexRole, int(m_items.size()));
            line->setToolTip(0, item.overdue ? tr("Overdue: %1").arg(item.text) : item.text);
            if (item.overdue) {
                for (int c = 0; c < 2; ++c) {
                    line->setForeground(c, QColor(0xc6, 0x28, 0x28));
                    line->setFont(c, bold);
                }
            }
            m_items.append(item);
        }
    }
    m_desk->expandAll();
    m_desk->setVisible(total > 0);
    if (total == 0) m_deskSummary->setText(tr("Nothing is due: no overdue steps, reviews, slips or follow-ups, and no "
                                              "appointments this week."));
    else m_deskSummary->setText(tr("On your desk: %1 · overdue: %2").arg(total).arg(overdue));
    m_deskSummary->setStyleSheet(overdue ? u"color: #c62828; font-weight: bold;"_s : QString());
}

void HomePage::openItem(QTreeWidgetItem *item)
{
    if (!item || m_opening) return;
    const int index = item->data(0, kIndexRole).toInt();
    if (index < 0 || index >= m_items.size() || !m_items.at(index).open) return;
    const auto open = m_items.at(index).open;
    m_opening = true;
    open(m_vault, this);
    m_opening = false;
    if (!lockInProgress()) reload();
}

}  // namespace ui
}  // namespace cd
