#include "ui/crisis/DocumentPreviewDialog.h"

#include "core/common/Clock.h"
#include "core/crisis/Documents.h"
#include "ui/common/DocumentOutput.h"
#include "ui/common/FileDialogs.h"
#include "ui/common/MessageBoxes.h"
#include "ui/common/Printing.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

DocumentPreviewDialog::DocumentPreviewDialog(vault::Vault &vault, crisis::PrintedDocument base,
                                             std::function<QString(const QString &)> compose, QByteArray logo,
                                             QWidget *parent)
    : QDialog(parent),
      m_vault(vault),
      m_base(std::move(base)),
      m_compose(std::move(compose)),
      m_logo(std::move(logo)),
      m_reauth(vault),
      m_language(new QComboBox(this)),
      m_editor(new QTextEdit(this)),
      m_notice(new QLabel(this))
{
    setObjectName(u"documentPreviewDialog"_s);
    setWindowTitle(title());
    m_language->setObjectName(u"documentLanguage"_s);
    //: The languages a printed document can be in (whatever the interface speaks)
    m_language->addItem(tr("Chinese (简体中文)"), u"zh_CN"_s);
    m_language->addItem(tr("English"), u"en"_s);
    const int start = m_language->findData(m_base.language.isEmpty() ? u"zh_CN"_s : m_base.language);
    m_languageIndex = start < 0 ? 0 : start;
    m_language->setCurrentIndex(m_languageIndex);
    auto *languageLabel = new QLabel(tr("Document &language:"), this);
    languageLabel->setBuddy(m_language);

    auto *hint = new QLabel(tr("You can change the text before it is printed. What is printed or saved is kept in "
                               "the vault exactly as it leaves."),
                            this);
    hint->setWordWrap(true);
    m_notice->setObjectName(u"documentNotice"_s);
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(u"color: #8a4b00;"_s);
    m_notice->hide();

    m_editor->setObjectName(u"documentEditor"_s);
    m_editor->setAcceptRichText(true);

    auto *buttons = new QDialogButtonBox(this);
    auto *preview = buttons->addButton(tr("Print pre&view…"), QDialogButtonBox::ActionRole);
    preview->setObjectName(u"documentPrintPreview"_s);
    auto *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(u"documentPrint"_s);
    printButton->setShortcut(QKeySequence::Print);
    printButton->setToolTip(tr("Print (%1)").arg(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText)));
    auto *pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(u"documentSavePdf"_s);
    auto *close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"documentClose"_s);

    auto *top = new QHBoxLayout;
    top->addWidget(languageLabel);
    top->addWidget(m_language);
    top->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(hint);
    layout->addWidget(m_notice);
    layout->addWidget(m_editor, 1);
    layout->addWidget(buttons);

    connect(m_language, &QComboBox::currentIndexChanged, this, &DocumentPreviewDialog::chooseLanguage);
    connect(preview, &QPushButton::clicked, this, &DocumentPreviewDialog::printPreview);
    connect(printButton, &QPushButton::clicked, this, &DocumentPreviewDialog::print);
    connect(pdf, &QPushButton::clicked, this, &DocumentPreviewDialog::savePdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(820, 900);
    recompose();
}

QString DocumentPreviewDialog::language() const { return m_language->currentData().toString(); }

QString DocumentPreviewDialog::currentHtml() const { return m_editor->toHtml(); }

QString DocumentPreviewDialog::title() const { return crisis::documentKindName(m_base.kind); }

void DocumentPreviewDialog::recompose()
{
    const QString warning = prepareDocument(*m_editor->document(), m_compose(language()), m_logo);
    m_editor->document()->setModified(false);
    m_editor->moveCursor(QTextCursor::Start);  // the letterhead first
    m_editor->ensureCursorVisible();
    m_notice->setText(warning);
    m_notice->setVisible(!warning.isEmpty());
}

void DocumentPreviewDialog::chooseLanguage(int index)
{
    if (index == m_languageIndex) return;
    if (m_editor->document()->isModified()
        && !MessageBoxes::confirm(this, title(),
                                  tr("The document is composed again in the other language: the changes you made "
                                     "to its text are lost."),
                                  tr("Change the language"), true)) {
        const QSignalBlocker block(m_language);
        m_language->setCurrentIndex(m_languageIndex);
        return;
    }
    m_languageIndex = index;
    recompose();
}

bool DocumentPreviewDialog::confirmPassphrase()
{
    return m_reauth.confirm(this, tr("This document names a student and leaves the counselling room. It is recorded "
                                     "in the audit log and kept in the vault as printed."));
}

bool DocumentPreviewDialog::record(const QString &html)
{
    crisis::PrintedDocument document = m_base;
    document.language = language();
    document.body = html;
    auto id = crisis::PrintedDocuments(m_vault).record(document);
    if (id) return true;
    MessageBoxes::error(this, title(),
                        tr("The document was not printed or saved, because it could not be recorded in the vault: %1")
                            .arg(id.error().message));
    return false;
}

void DocumentPreviewDialog::print()
{
    if (!confirmPassphrase()) return;
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, title());
    QPrintDialog chooser(&printer, this);
    chooser.setWindowTitle(title());
    if (chooser.exec() != QDialog::Accepted) return;
    if (!printer.isValid()) {
        MessageBoxes::error(this, title(), tr("The printer cannot be used. Check that it is connected and switched "
                                              "on, or save the document as a PDF instead. Nothing was printed."));
        return;
    }
    const QString html = currentHtml();
    if (!record(html)) return;
    QTextDocument document;
    prepareDocument(document, html, m_logo);
    if (const QString error = printOn(printer, document, title()); !error.isEmpty())
        MessageBoxes::error(this, title(), error + u' ' + tr("The attempt is recorded in the audit log."));
}

void DocumentPreviewDialog::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, title());
    QTextDocument document;
    prepareDocument(document, currentHtml(), m_logo);
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print preview: %1").arg(title()));
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [&document](QPrinter *target) {
        layOutDocument(document, *target);
        document.print(target);
    });
    preview.exec();  // printing from the preview goes through Print… (passphrase, record) only
}

void DocumentPreviewDialog::savePdf()
{
    if (!confirmPassphrase()) return;
    //: Suggested file name of a printed document: its kind, the date
    const QString fileName = tr("%1 %2.pdf").arg(title(), clock::today().toString(Qt::ISODate));
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(fileName);
    QString path = FileDialogs::saveFileName(this,
                                              //: The save dialog's title: the kind of document
                                              tr("Save as PDF: %1").arg(title()), suggested, tr("PDF (*.pdf)"));
    if (path.isEmpty()) return;
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive)) path += u".pdf"_s;

    const QString html = currentHtml();
    QTextDocument document;
    prepareDocument(document, html, m_logo);
    PdfFile pdf(path);
    if (const QString error = pdf.write(document, title()); !error.isEmpty()) {
        MessageBoxes::error(this, title(), error);  // nothing was recorded
        return;
    }
    if (!record(html)) return;  // the part file goes with `pdf`
    if (const QString error = pdf.commit(); !error.isEmpty()) {
        MessageBoxes::error(this, title(), error + u' ' + tr("The attempt is recorded in the audit log."));
        return;
    }
    m_notice->setText(tr("Saved as %1.").arg(QDir::toNativeSeparators(path)));
    m_notice->show();
}

}  // namespace ui
}  // namespace cd
