// Qt's own dialogs (file dialogs, standard buttons) speak the interface's language: in zh_CN Qt's
// translations are loaded from the system's Qt translations folder (qt6-translations-l10n), and
// ours fill what Qt's lack (the file dialog's "Folder").

#include "ui/UiTestSupport.h"
#include "common/FileDialogs.h"
#include "settings/Translations.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModel>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileIconProvider>
#include <QHeaderView>
#include <QLibraryInfo>
#include <QLocale>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTreeView>

using namespace cd;
using namespace cd::test;
using namespace Qt::StringLiterals;

namespace {

/// Chinese for the duration of a test; English (and the locale before) afterwards.
struct InChinese {
    QLocale before;
    InChinese() { REQUIRE(settings::installTranslations(*QCoreApplication::instance(), u"zh_CN"_s) == u"zh_CN"_s); }
    ~InChinese()
    {
        settings::installTranslations(*QCoreApplication::instance(), u"en"_s);
        QLocale::setDefault(before);
    }
};

}  // namespace

TEST_CASE("ui: in zh_CN Qt's own dialogs and buttons are translated", "[ui][translations]")
{
    INFO("Qt's translations: " << QLibraryInfo::path(QLibraryInfo::TranslationsPath).toStdString()
                               << " (qt6-translations-l10n; make deps installs it)");
    REQUIRE(QFile::exists(QDir(QLibraryInfo::path(QLibraryInfo::TranslationsPath)).filePath(u"qtbase_zh_CN.qm"_s)));
    InChinese chinese;
    CHECK(QCoreApplication::translate("QFileDialog", "Save As") == u"另存为"_s);
    CHECK(QCoreApplication::translate("QFileDialog", "File &name:") == u"文件名称(&N)："_s);
    QDialogButtonBox buttons(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    CHECK(buttons.button(QDialogButtonBox::Cancel)->text() == u"取消"_s);
    // Missing from Qt's own zh_CN: ours has it.
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(u"报告"_s);
    CHECK(QFileIconProvider().type(QFileInfo(dir.filePath(u"报告"_s))) == u"文件夹"_s);
}

TEST_CASE("ui: a file dialog's columns fit their contents, in Chinese too", "[ui][translations]")
{
    InChinese chinese;
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(u"报告"_s);
    QFile file(dir.filePath(u"名单.csv"_s));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(30213, 'x'));
    file.close();
    bool checked = false;
    whenShown<QFileDialog>([&](QFileDialog *dialog) {
        // (CHECK, not REQUIRE: this runs inside the dialog's event loop)
        auto *tree = dialog->findChild<QTreeView *>(u"treeView"_s);
        CHECK(tree);
        QAbstractItemModel *model = tree ? tree->model() : nullptr;
        if (!model || !waitUntil([&] { return model->rowCount(tree->rootIndex()) == 2; }, 5000)) {
            dialog->reject();
            return;
        }
        QApplication::processEvents();
        for (int row = 0; row < 2; ++row) {
            const QModelIndex name = model->index(row, 0, tree->rootIndex());
            const QString size = model->index(row, 1, tree->rootIndex()).data().toString();
            const QString type = model->index(row, 2, tree->rootIndex()).data().toString();
            INFO(name.data().toString().toStdString() << ": " << size.toStdString() << ", " << type.toStdString());
            if (name.data().toString() == u"报告"_s) CHECK(type == u"文件夹"_s);
            // The widest text of each column is shown whole (no "29….KiB").
            for (int column : {1, 2, 3}) {
                const QString text = model->index(row, column, tree->rootIndex()).data().toString();
                CHECK(tree->columnWidth(column) >= tree->fontMetrics().horizontalAdvance(text));
            }
        }
        checked = true;
        dialog->reject();
    });
    CHECK(ui::FileDialogs::saveFileName(nullptr, u"保存"_s, dir.filePath(u"名单.csv"_s), u"CSV (*.csv)"_s).isEmpty());
    CHECK(checked);
}
