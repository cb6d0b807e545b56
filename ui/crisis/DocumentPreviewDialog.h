#pragma once
// A document before it leaves the room (a referral letter, the advice to the guardian, a return
// slip, a safety plan): composed in the language chosen for it, editable, then printed or saved
// as a PDF. Either asks for the passphrase again, keeps the exact text that leaves
// (PrintedDocuments::record, audited) and only then lets it go.

#include "core/crisis/PrintedDocuments.h"
#include "ui/unlock/ReauthDialog.h"

#include <QByteArray>
#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QTextEdit;

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

class DocumentPreviewDialog : public QDialog {
    Q_OBJECT
public:
    /// `base` names the document (student, referral or plan, kind); `compose` makes its HTML in a
    /// language ("zh_CN", "en"); `logo` is the letterhead's logo (may be empty).
    DocumentPreviewDialog(vault::Vault &vault, crisis::PrintedDocument base,
                          std::function<QString(const QString &language)> compose, QByteArray logo,
                          QWidget *parent = nullptr);

    /// The language the document is composed in now.
    QString language() const;
    /// The document's text as it would leave (HTML), edits included.
    QString currentHtml() const;

    void print();
    void printPreview();
    void savePdf();

private:
    void chooseLanguage(int index);
    void recompose();
    /// Records the text leaving the room; false (after saying why) when it could not be recorded.
    bool record(const QString &html);
    QString title() const;
    bool confirmPassphrase();

    vault::Vault &m_vault;
    crisis::PrintedDocument m_base;
    std::function<QString(const QString &)> m_compose;
    QByteArray m_logo;
    ReauthGate m_reauth;
    QComboBox *m_language;
    QTextEdit *m_editor;
    QLabel *m_notice;
    int m_languageIndex = 0;
};

}  // namespace ui
}  // namespace cd
