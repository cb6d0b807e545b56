#pragma once
// The user manual (resources/manual/, HTML in the app's resources, nothing from the network): a
// window with the chapters on the left, back and forward, find in the page (Ctrl+F) and print
// with a preview. It opens in the interface's language (zh_CN, else English). It shows nothing of
// the vault, so it may stay open while the vault locks.

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QListWidget;
class QTextBrowser;
class QTextDocument;
class QToolBar;
class QWidget;

namespace cd {
namespace ui {

class ManualWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit ManualWindow(QWidget *parent = nullptr);

    /// Shows the one manual window (made on first use), raised, at `chapter` (an anchor) if given.
    static ManualWindow *showManual(const QString &chapter = {});

    /// "zh_CN" when the interface speaks Chinese, else "en".
    static QString language();
    /// The manual's resource path in `language` (English for any other).
    static QString resourcePath(const QString &language);
    /// The chapters in order: (anchor, title), read from the manual's second-level headings.
    QList<QPair<QString, QString>> chapters() const;

    void showChapter(const QString &anchor);
    /// Opens the find bar (Ctrl+F) with the focus in it.
    void showFind();
    /// Finds `text` after the cursor (or before it), wrapping around; false when not in the manual.
    bool find(const QString &text, bool backward = false);
    /// The print preview, then the printer.
    void printPreview();
    /// Writes the whole manual as an A4 PDF; an error message, or empty on success.
    QString writePdf(const QString &path) const;

    QTextBrowser *browser() const { return m_browser; }

private:
    void buildContents();
    void findNext(bool backward);
    /// A copy of the manual laid out for print.
    QTextDocument *printableCopy() const;

    QTextBrowser *m_browser;
    QListWidget *m_contents;
    QToolBar *m_findBar;
    QLineEdit *m_findText;
    QLabel *m_findStatus;
};

}  // namespace ui
}  // namespace cd
