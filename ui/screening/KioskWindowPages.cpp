// How each page of the student kiosk is laid out (KioskWindow.h): a centred column of readable
// width, in fonts and buttons sized to the screen (kiosk::Sizing).

#include "ui/screening/KioskWindow.h"

#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {
/// A page whose content sits in a centred column of readable width (for text in `textFactor`).
QWidget *centredPage(QWidget *parent, QVBoxLayout **column, double textFactor, double fit)
{
    auto *page = new QWidget(parent);
    auto *inner = new QWidget(page);
    inner->setMaximumWidth(QFontMetrics(kiosk::scaledFont(parent->font(), textFactor)).averageCharWidth() * 60);
    *column = new QVBoxLayout(inner);
    (*column)->setSpacing(static_cast<int>(QFontMetrics(parent->font()).height() * fit));
    (*column)->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout(page);
    row->addStretch(1);
    row->addWidget(inner, 4);
    row->addStretch(1);
    return page;
}

}  // namespace

QWidget *KioskWindow::buildIdentifyPage()
{
    QVBoxLayout *column = nullptr;
    QWidget *page = centredPage(this, &column, m_text, m_sizing.fit);
    QLabel *title = kiosk::makeBigLabel(page, u"kioskWelcome"_s, m_title);
    title->setText(tr("Welcome"));
    QLabel *prompt = kiosk::makeBigLabel(page, u"kioskPrompt"_s, m_text);
    prompt->setText(tr("Type your student number"));
    m_studentNo = new QLineEdit(page);
    m_studentNo->setObjectName(u"kioskStudentNo"_s);
    m_studentNo->setFont(kiosk::scaledFont(font(), m_title));
    m_studentNo->setAlignment(Qt::AlignCenter);
    m_studentNo->setMaxLength(32);
    m_studentNo->setInputMethodHints(Qt::ImhPreferNumbers | Qt::ImhNoPredictiveText);
    m_studentNo->setContextMenuPolicy(Qt::NoContextMenu);
    QPushButton *startButton = kiosk::makeBigButton(page, u"kioskStart"_s, tr("Start"), m_button, m_sizing.buttonHeight);
    m_identifyMessage = kiosk::makeBigLabel(page, u"kioskMessage"_s, m_small);
    m_identifyMessage->setStyleSheet(u"color: #c62828;"_s);
    column->addStretch(2);
    column->addWidget(title);
    column->addWidget(prompt);
    column->addWidget(m_studentNo);
    column->addWidget(startButton);
    column->addWidget(m_identifyMessage);
    column->addStretch(3);
    connect(startButton, &QPushButton::clicked, this, &KioskWindow::lookUpStudent);
    connect(m_studentNo, &QLineEdit::returnPressed, this, &KioskWindow::lookUpStudent);
    return page;
}

QWidget *KioskWindow::buildConfirmPage()
{
    QVBoxLayout *column = nullptr;
    QWidget *page = centredPage(this, &column, m_text, m_sizing.fit);
    QLabel *question = kiosk::makeBigLabel(page, u"kioskConfirmQuestion"_s, m_text);
    question->setText(tr("Is this you?"));
    m_confirmName = kiosk::makeBigLabel(page, u"kioskConfirmName"_s, m_title * 1.3);
    QPushButton *yes = kiosk::makeBigButton(page, u"kioskConfirmYes"_s, tr("Yes, this is me"), m_button, m_sizing.buttonHeight);
    QPushButton *no = kiosk::makeBigButton(page, u"kioskConfirmNo"_s, tr("No"), m_button, m_sizing.buttonHeight);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(no, 1);
    buttons->addWidget(yes, 2);
    column->addStretch(2);
    column->addWidget(question);
    column->addWidget(m_confirmName);
    column->addLayout(buttons);
    column->addStretch(3);
    connect(yes, &QPushButton::clicked, this, &KioskWindow::confirmStudent);
    connect(no, &QPushButton::clicked, this, &KioskWindow::resetToIdentify);
    return page;
}

QWidget *KioskWindow::buildInstructionsPage()
{
    QVBoxLayout *column = nullptr;
    QWidget *page = centredPage(this, &column, m_text, m_sizing.fit);
    m_instructionsTitle = kiosk::makeBigLabel(page, u"kioskInstructionsTitle"_s, m_title);
    m_instructions = kiosk::makeBigLabel(page, u"kioskInstructions"_s, m_text);
    QPushButton *begin = kiosk::makeBigButton(page, u"kioskBegin"_s, tr("Begin"), m_button, m_sizing.buttonHeight);
    column->addStretch(2);
    column->addWidget(m_instructionsTitle);
    column->addWidget(m_instructions);
    column->addWidget(begin);
    column->addStretch(3);
    connect(begin, &QPushButton::clicked, this, &KioskWindow::beginItems);
    return page;
}

QWidget *KioskWindow::buildQuestionPage()
{
    QVBoxLayout *column = nullptr;
    QWidget *page = centredPage(this, &column, m_text, m_sizing.fit);
    m_progress = kiosk::makeBigLabel(page, u"kioskProgress"_s, m_small);
    m_itemText = kiosk::makeBigLabel(page, u"kioskItemText"_s, m_itemFactor);
    m_readAloud = kiosk::makeBigLabel(page, u"kioskReadAloud"_s, m_small);
    m_readAloud->setText(tr("Listen as the counselor reads this question aloud, then choose your answer."));
    m_readAloud->setStyleSheet(u"color: palette(mid);"_s);
    m_optionBox = new QWidget(page);
    m_optionLayout = new QVBoxLayout(m_optionBox);
    m_optionLayout->setContentsMargins(0, 0, 0, 0);
    m_optionLayout->setSpacing(QFontMetrics(font()).height() / 2);
    m_saveError = kiosk::makeBigLabel(page, u"kioskError"_s, m_small);
    m_saveError->setStyleSheet(u"color: #c62828;"_s);
    m_saveError->hide();
    m_back = kiosk::makeBigButton(this, u"kioskBack"_s, tr("< Back"), m_small, m_sizing.buttonHeight);
    m_back->setMinimumWidth(m_back->minimumHeight() * 3);
    m_back->hide();
    m_questionColumn = column;
    column->parentWidget()->installEventFilter(this);  // fitted to its size (fitItemText)
    column->addStretch(1);
    column->addWidget(m_progress);
    column->addWidget(m_itemText);
    column->addWidget(m_readAloud);
    column->addSpacing(static_cast<int>(QFontMetrics(font()).height() * m_sizing.fit));
    column->addWidget(m_optionBox);
    column->addWidget(m_saveError);
    column->addStretch(2);
    connect(m_back, &QPushButton::clicked, this, &KioskWindow::goBack);
    return page;
}

QWidget *KioskWindow::buildThanksPage()
{
    QVBoxLayout *column = nullptr;
    QWidget *page = centredPage(this, &column, m_text, m_sizing.fit);
    m_thanksText = kiosk::makeBigLabel(page, u"kioskThanksText"_s, m_title);
    QPushButton *done = kiosk::makeBigButton(page, u"kioskDone"_s, tr("Done"), m_button, m_sizing.buttonHeight);
    column->addStretch(2);
    column->addWidget(m_thanksText);
    column->addWidget(done);
    column->addStretch(3);
    connect(done, &QPushButton::clicked, this, &KioskWindow::resetToIdentify);
    return page;
}

QWidget *KioskWindow::buildStaffPage()
{
    QVBoxLayout *column = nullptr;
    QWidget *page = centredPage(this, &column, m_text, m_sizing.fit);
    QLabel *prompt = kiosk::makeBigLabel(page, u"kioskPinPrompt"_s, m_text);
    prompt->setText(tr("Staff only: type the PIN to leave the questionnaire screen."));
    m_pinEdit = new QLineEdit(page);
    m_pinEdit->setObjectName(u"kioskPin"_s);
    m_pinEdit->setEchoMode(QLineEdit::Password);
    m_pinEdit->setFont(kiosk::scaledFont(font(), m_title));
    m_pinEdit->setAlignment(Qt::AlignCenter);
    m_pinEdit->setMaxLength(8);
    m_pinEdit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_pinEdit->setContextMenuPolicy(Qt::NoContextMenu);
    m_pinMessage = kiosk::makeBigLabel(page, u"kioskPinMessage"_s, m_small);
    m_pinMessage->setStyleSheet(u"color: #c62828;"_s);
    QPushButton *unlock = kiosk::makeBigButton(page, u"kioskUnlock"_s, tr("Leave"), m_button, m_sizing.buttonHeight);
    QPushButton *cancel = kiosk::makeBigButton(page, u"kioskPinCancel"_s, tr("Cancel"), m_button, m_sizing.buttonHeight);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(cancel);
    buttons->addWidget(unlock);
    column->addStretch(2);
    column->addWidget(prompt);
    column->addWidget(m_pinEdit);
    column->addWidget(m_pinMessage);
    column->addLayout(buttons);
    column->addStretch(3);
    connect(unlock, &QPushButton::clicked, this, &KioskWindow::submitPin);
    connect(m_pinEdit, &QLineEdit::returnPressed, this, &KioskWindow::submitPin);
    connect(cancel, &QPushButton::clicked, this, &KioskWindow::leaveStaffPage);
    return page;
}

}  // namespace ui
}  // namespace cd
