#include "ui/screening/KioskWindow.h"

#include "core/common/Clock.h"
#include "core/vault/Vault.h"

#include <QCloseEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

namespace {
constexpr double kTitleFactor = 2.4;
constexpr double kTextFactor = 2.0;
constexpr double kButtonFactor = 1.8;
constexpr double kSmallFactor = 1.3;
constexpr int kThanksMs = 5000;

/// A page whose content sits in a centred column of readable width.
QWidget *centredPage(QWidget *parent, QVBoxLayout **column)
{
    auto *page = new QWidget(parent);
    auto *inner = new QWidget(page);
    inner->setMaximumWidth(QFontMetrics(kiosk::scaledFont(parent->font(), kTextFactor)).averageCharWidth() * 60);
    *column = new QVBoxLayout(inner);
    (*column)->setSpacing(QFontMetrics(parent->font()).height());
    auto *row = new QHBoxLayout(page);
    row->addStretch(1);
    row->addWidget(inner, 4);
    row->addStretch(1);
    return page;
}

void setError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}
}  // namespace

KioskWindow::KioskWindow(vault::Vault &vault, qint64 runId, const QString &pin, QWidget *parent)
    : QWidget(parent, Qt::Window | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint),
      m_vault(vault),
      m_runId(runId),
      m_pin(pin),
      m_pages(new QStackedWidget(this)),
      m_thanksTimer(new QTimer(this)),
      m_idleTimer(new QTimer(this))
{
    setObjectName(u"kioskWindow"_s);
    setWindowTitle(tr("CounselDesk questionnaire"));
    setWindowModality(Qt::ApplicationModal);

    m_pages->addWidget(buildIdentifyPage());
    m_pages->addWidget(buildConfirmPage());
    m_pages->addWidget(buildInstructionsPage());
    m_pages->addWidget(buildQuestionPage());
    m_pages->addWidget(buildThanksPage());
    m_pages->addWidget(buildStaffPage());

    m_staff = new QPushButton(tr("Staff"), this);
    m_staff->setObjectName(u"kioskStaff"_s);
    m_staff->setFlat(true);
    m_staff->setFocusPolicy(Qt::NoFocus);
    m_staff->setToolTip(tr("For the counselor: leave the questionnaire screen with the PIN"));
    connect(m_staff, &QPushButton::clicked, this, &KioskWindow::openStaffPage);

    auto *bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_staff);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(bottom);

    m_thanksTimer->setSingleShot(true);
    m_thanksTimer->setInterval(kThanksMs);
    connect(m_thanksTimer, &QTimer::timeout, this, &KioskWindow::resetToIdentify);
    m_idleTimer->setSingleShot(true);
    m_idleTimer->setInterval(kIdleResetSeconds * 1000);
    connect(m_idleTimer, &QTimer::timeout, this, &KioskWindow::resetToIdentify);
    resetToIdentify();
}

KioskWindow::~KioskWindow() = default;

QWidget *KioskWindow::buildIdentifyPage()
{
    QVBoxLayout *column = nullptr;
    QWidget *page = centredPage(this, &column);
    QLabel *title = kiosk::makeBigLabel(page, u"kioskWelcome"_s, kTitleFactor);
    title->setText(tr("Welcome"));
    QLabel *prompt = kiosk::makeBigLabel(page, u"kioskPrompt"_s, kTextFactor);
    prompt->setText(tr("Type your student number"));
    m_studentNo = new QLineEdit(page);
    m_studentNo->setObjectName(u"kioskStudentNo"_s);
    m_studentNo->setFont(kiosk::scaledFont(font(), kTitleFactor));
    m_studentNo->setAlignment(Qt::AlignCenter);
    m_studentNo->setMaxLength(32);
    m_studentNo->setInputMethodHints(Qt::ImhPreferNumbers | Qt::ImhNoPredictiveText);
    m_studentNo->setContextMenuPolicy(Qt::NoContextMenu);
    QPushButton *startButton = kiosk::makeBigButton(page, u"kioskStart"_s, tr("Start"), kButtonFactor);
    m_identifyMessage = kiosk::makeBigLabel(page, u"kioskMessage"_s, kSmallFactor);
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
    QWidget *page = centredPage(this, &column);
    QLabel *question = kiosk::makeBigLabel(page, u"kioskConfirmQuestion"_s, kTextFactor);
    question->setText(tr("Is this you?"));
    m_confirmName = kiosk::makeBigLabel(page, u"kioskConfirmName"_s, kTitleFactor * 1.3);
    QPushButton *yes = kiosk::makeBigButton(page, u"kioskConfirmYes"_s, tr("Yes, this is me"), kButtonFactor);
    QPushButton *no = kiosk::makeBigButton(page, u"kioskConfirmNo"_s, tr("No"), kButtonFactor);
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
    QWidget *page = centredPage(this, &column);
    m_instructionsTitle = kiosk::makeBigLabel(page, u"kioskInstructionsTitle"_s, kTitleFactor);
    m_instructions = kiosk::makeBigLabel(page, u"kioskInstructions"_s, kTextFactor);
    QPushButton *begin = kiosk::makeBigButton(page, u"kioskBegin"_s, tr("Begin"), kButtonFactor);
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
    QWidget *page = centredPage(this, &column);
    m_progress = kiosk::makeBigLabel(page, u"kioskProgress"_s, kSmallFactor);
    m_itemText = kiosk::makeBigLabel(page, u"kioskItemText"_s, kTextFactor * 1.15);
    m_readAloud = kiosk::makeBigLabel(page, u"kioskReadAloud"_s, kSmallFactor);
    m_readAloud->setText(tr("Listen as the counselor reads this question aloud, then choose your answer."));
    m_readAloud->setStyleSheet(u"color: palette(mid);"_s);
    m_optionBox = new QWidget(page);
    m_optionLayout = new QVBoxLayout(m_optionBox);
    m_optionLayout->setContentsMargins(0, 0, 0, 0);
    m_optionLayout->setSpacing(QFontMetrics(font()).height() / 2);
    m_saveError = kiosk::makeBigLabel(page, u"kioskError"_s, kSmallFactor);
    m_saveError->setStyleSheet(u"color: #c62828;"_s);
    m_saveError->hide();
    QPushButton *back = kiosk::makeBigButton(page, u"kioskBack"_s, tr("< Back"), kSmallFactor);
    back->setMinimumWidth(back->minimumHeight() * 3);
    auto *backRow = new QHBoxLayout;
    backRow->addWidget(back);
    backRow->addStretch();
    column->addStretch(1);
    column->addWidget(m_progress);
    column->addWidget(m_itemText);
    column->addWidget(m_readAloud);
    column->addSpacing(QFontMetrics(font()).height());
    column->addWidget(m_optionBox);
    column->addWidget(m_saveError);
    column->addStretch(2);
    column->addLayout(backRow);
    connect(back, &QPushButton::clicked, this, &KioskWindow::goBack);
    return page;
}

QWidget *KioskWindow::buildThanksPage()
{
    QVBoxLayout *column = nullptr;
    QWidget *page = centredPage(this, &column);
    m_thanksText = kiosk::makeBigLabel(page, u"kioskThanksText"_s, kTitleFactor);
    QPushButton *done = kiosk::makeBigButton(page, u"kioskDone"_s, tr("Done"), kButtonFactor);
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
    QWidget *page = centredPage(this, &column);
    QLabel *prompt = kiosk::makeBigLabel(page, u"kioskPinPrompt"_s, kTextFactor);
    prompt->setText(tr("Staff only: type the PIN to leave the questionnaire screen."));
    m_pinEdit = new QLineEdit(page);
    m_pinEdit->setObjectName(u"kioskPin"_s);
    m_pinEdit->setEchoMode(QLineEdit::Password);
    m_pinEdit->setFont(kiosk::scaledFont(font(), kTitleFactor));
    m_pinEdit->setAlignment(Qt::AlignCenter);
    m_pinEdit->setMaxLength(8);
    m_pinEdit->setInputMethodHints(Qt::ImhDigitsOnly | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_pinEdit->setContextMenuPolicy(Qt::NoContextMenu);
    m_pinMessage = kiosk::makeBigLabel(page, u"kioskPinMessage"_s, kSmallFactor);
    m_pinMessage->setStyleSheet(u"color: #c62828;"_s);
    QPushButton *unlock = kiosk::makeBigButton(page, u"kioskUnlock"_s, tr("Leave"), kButtonFactor);
    QPushButton *cancel = kiosk::makeBigButton(page, u"kioskPinCancel"_s, tr("Cancel"), kButtonFactor);
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

void KioskWindow::start()
{
    // The whole screen even where no window manager honours "full screen" (a bare X session).
    if (QScreen *screen = parentWidget() ? parentWidget()->screen() : QGuiApplication::primaryScreen())
        setGeometry(screen->geometry());
    showFullScreen();
    raise();
    activateWindow();
    m_studentNo->setFocus();
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    if (!m_unlocked) {
        event->ignore();
        return;
    }
    m_thanksTimer->stop();
    m_idleTimer->stop();
    event->accept();
    Q_EMIT finished();
}

void KioskWindow::keyPressEvent(QKeyEvent *event)
{
    // Escape, Ctrl+W, Ctrl+Q, Alt+F4 and the rest reach here when no field used them: nothing.
    event->accept();
}

bool KioskWindow::event(QEvent *event)
{
    // No shortcut of any other window fires while the kiosk has the keyboard.
    if (event->type() == QEvent::ShortcutOverride) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void KioskWindow::showPage(Page page)
{
    m_pages->setCurrentIndex(page);
    m_staff->setVisible(page != Staff);
    if (page == Identify || page == Thanks)
        m_idleTimer->stop();
    else
        m_idleTimer->start();
}

void KioskWindow::touch()
{
    if (m_idleTimer->isActive()) m_idleTimer->start();
}

void KioskWindow::resetToIdentify()
{
    m_thanksTimer->stop();
    m_student = {};
    m_queue.clear();
    m_answers.clear();
    m_instrument = {};
    m_studentNo->clear();
    setError(m_identifyMessage, {});
    showPage(Identify);
    m_studentNo->setFocus();
}

void KioskWindow::lookUpStudent()
{
    const QString number = m_studentNo->text().trimmed();
    if (number.isEmpty()) {
        setError(m_identifyMessage, tr("Type your student number first."));
        return;
    }
    auto participants = screening::RunRepository(m_vault).participants(m_runId);
    if (!participants) {
        setError(m_identifyMessage, participants.error().message);
        return;
    }
    const auto found = std::find_if(participants->cbegin(), participants->cend(), [&number](const auto &p) {
        return p.studentNo.compare(number, Qt::CaseInsensitive) == 0;
    });
    if (found == participants->cend()) {
        setError(m_identifyMessage, tr("This number is not on the list. Check it, or ask the counselor."));
        m_studentNo->selectAll();
        return;
    }
    m_student = *found;
    //: the masked name (张*明) and the student number the student typed
    m_confirmName->setText(tr("%1\n(%2)").arg(kiosk::maskedName(found->name), found->studentNo));
    setError(m_identifyMessage, {});
    showPage(Confirm);
}

void KioskWindow::confirmStudent()
{
    touch();
    screening::RunRepository runs(m_vault);
    auto run = runs.get(m_runId);
    QString problem;
    if (!run)
        problem = run.error().message;
    else if (run->status != screening::RunStatus::Open)
        problem = tr("This screening is not open for answers now. Please ask the counselor.");
    m_queue.clear();
    for (const QString &code : run ? run->instrumentCodes() : QStringList()) {
        if (!problem.isEmpty()) break;
        auto waiting = runs.notTaken(m_runId, code);
        if (!waiting) {
            problem = waiting.error().message;
            break;
        }
        const qint64 id = m_student.studentId;
        if (std::any_of(waiting->cbegin(), waiting->cend(), [id](const auto &p) { return p.studentId == id; }))
            m_queue << code;
    }
    if (!problem.isEmpty()) {
        resetToIdentify();
        setError(m_identifyMessage, problem);
        return;
    }
    if (m_queue.isEmpty()) {
        showThanks(tr("You have already answered every questionnaire. Thank you!"));
        return;
    }
    m_instrumentCount = static_cast<int>(m_queue.size());
    m_instrumentNumber = 0;
    nextInstrument();
}

void KioskWindow::nextInstrument()
{
    if (m_queue.isEmpty()) {
        showThanks(tr("Thank you! Your answers are saved."));
        return;
    }
    const QString code = m_queue.takeFirst();
    ++m_instrumentNumber;
    auto instrument = screening::RunRepository(m_vault).instrument(m_runId, code);
    if (!instrument) {
        resetToIdentify();
        setError(m_identifyMessage, instrument.error().message);
        return;
    }
    m_instrument = std::move(*instrument);
    const auto itemCount = static_cast<std::size_t>(m_instrument.items.size());
    auto partial = screening::SheetStore(m_vault, m_runId).partialAnswers(m_student.studentId, code);
    m_answers.assign(itemCount, screening::kUnanswered);
    m_answeredNow.clear();
    m_resumed = false;
    if (partial && partial->has_value()) {
        const auto &saved = **partial;
        for (std::size_t i = 0; i < std::min(itemCount, saved.size()); ++i) m_answers[i] = saved[i];
        m_resumed = std::any_of(m_answers.cbegin(), m_answers.cend(), [](int v) { return v != screening::kUnanswered; });
    }
    rebuildOptionButtons();

    m_instructionsTitle->setText(m_instrumentCount > 1
                                     ? tr("Questionnaire %1 of %2").arg(m_instrumentNumber).arg(m_instrumentCount)
                                     : tr("Questionnaire"));
    QString text = screening::localized(m_instrument.instructions);
    if (text.isEmpty()) text = tr("Choose the answer that fits you best. There are no right or wrong answers.");
    if (m_resumed) text += u"\n\n"_s + tr("You started this questionnaire earlier: you continue where you stopped.");
    m_instructions->setText(text);
    showPage(Instructions);
}

void KioskWindow::rebuildOptionButtons()
{
    // The old buttons may be the sender of the click that got here: deleted later, nameless now.
    for (QPushButton *old : std::as_const(m_optionButtons)) {
        m_optionLayout->removeWidget(old);
        old->hide();
        old->setObjectName({});
        old->disconnect(this);
        old->deleteLater();
    }
    m_optionButtons.clear();
    for (int i = 0; i < m_instrument.options.size(); ++i) {
        const auto &option = m_instrument.options[i];
        QString label = screening::localized(option.label);
        if (label.isEmpty()) label = QString::number(option.value);
        QPushButton *button = kiosk::makeBigButton(m_optionBox, u"kioskOption%1"_s.arg(i), label, kButtonFactor);
        button->setCheckable(true);
        button->setStyleSheet(u"QPushButton:checked { font-weight: bold; }"_s);
        m_optionLayout->addWidget(button);
        m_optionButtons << button;
        connect(button, &QPushButton::clicked, this, [this, i]() { answer(i); });
    }
}

void KioskWindow::beginItems()
{
    touch();
    if (m_instrument.items.isEmpty()) {
        finishInstrument();
        return;
    }
    m_firstItemAt = clock::now();
    const auto firstOpen = std::find(m_answers.cbegin(), m_answers.cend(), screening::kUnanswered);
    const int index = firstOpen == m_answers.cend() ? static_cast<int>(m_answers.size()) - 1
                                                    : static_cast<int>(firstOpen - m_answers.cbegin());
    showItem(index);
}

void KioskWindow::showItem(int index)
{
    m_index = index;
    const auto &item = m_instrument.items[index];
    //: the item's position in the questionnaire: "3 / 9"
    m_progress->setText(tr("%1 / %2").arg(index + 1).arg(m_instrument.items.size()));
    const QString text = screening::localized(item.text);
    //: shown instead of an item's text when the definition has none (the paper sheet is read aloud)
    m_itemText->setText(text.isEmpty() ? tr("Item %1").arg(item.id) : text);
    m_readAloud->setVisible(text.isEmpty());
    const bool shown = m_answeredNow.contains(index);
    for (int i = 0; i < m_optionButtons.size(); ++i)
        m_optionButtons[i]->setChecked(shown && m_answers[static_cast<std::size_t>(index)] == m_instrument.options[i].value);
    setError(m_saveError, {});
    m_itemShown.start();
    showPage(Question);
}

void KioskWindow::answer(int optionIndex)
{
    if (m_itemShown.isValid() && m_itemShown.elapsed() < kDoubleTapGuardMs) {
        // The second half of a double tap: undo the button's own check toggle, answer nothing.
        const bool shown = m_answeredNow.contains(m_index);
        for (int i = 0; i < m_optionButtons.size(); ++i)
            m_optionButtons[i]->setChecked(shown && m_answers[static_cast<std::size_t>(m_index)] == m_instrument.options[i].value);
        return;
    }
    touch();
    const int value = m_instrument.options[optionIndex].value;
    const Status saved = screening::SheetStore(m_vault, m_runId)
                             .saveAnswer(m_student.studentId, m_instrument.code, m_index, value);
    if (!saved) {
        showItem(m_index);
        setError(m_saveError, saved.error().message);
        return;
    }
    m_answers[static_cast<std::size_t>(m_index)] = value;
    m_answeredNow.insert(m_index);
    if (m_index + 1 < m_instrument.items.size())
        showItem(m_index + 1);
    else
        finishInstrument();
}

void KioskWindow::goBack()
{
    touch();
    if (m_index > 0)
        showItem(m_index - 1);
    else
        showPage(Instructions);
}

void KioskWindow::finishInstrument()
{
    std::optional<int> seconds;
    if (!m_resumed && m_firstItemAt.isValid())
        seconds = static_cast<int>(m_firstItemAt.secsTo(clock::now()));
    const Status finished = screening::SheetStore(m_vault, m_runId)
                                .finishSheet(m_student.studentId, m_instrument.code, seconds);
    if (!finished) {
        if (!m_instrument.items.isEmpty()) showItem(m_index);
        setError(m_saveError, finished.error().message);
        return;
    }
    nextInstrument();
}

void KioskWindow::showThanks(const QString &text)
{
    m_thanksText->setText(text);
    showPage(Thanks);
    m_thanksTimer->start();
}

void KioskWindow::openStaffPage()
{
    const auto current = static_cast<Page>(m_pages->currentIndex());
    if (current == Staff) return;
    m_pageBeforeStaff = current;
    m_thanksTimer->stop();
    m_pinEdit->clear();
    setError(m_pinMessage, {});
    showPage(Staff);
    m_pinEdit->setFocus();
}

void KioskWindow::leaveStaffPage()
{
    m_pinEdit->clear();
    if (m_pageBeforeStaff == Thanks) {
        resetToIdentify();
        return;
    }
    showPage(m_pageBeforeStaff);
    if (m_pageBeforeStaff == Identify) m_studentNo->setFocus();
}

void KioskWindow::submitPin()
{
    const QString pin = m_pinEdit->text();
    m_pinEdit->clear();
    tryPin(pin);
}

bool KioskWindow::tryPin(const QString &pin)
{
    if (!m_pin.matches(pin) && ++m_triesWithoutPin >= kTriesBeforeVaultLock) {
        setError(m_pinMessage, tr("Too many wrong PINs: CounselDesk locks now. A counselor signs in with their "
                                  "passphrase."));
        Q_EMIT pinGuessing();
        return false;
    }
    const int lockoutSeconds = kLockoutSeconds << std::min(m_lockouts > 0 ? m_lockouts - 1 : 0, 10);
    if (m_lockout.isValid()) {
        const qint64 left = lockoutSeconds - m_lockout.elapsed() / 1000;
        if (left > 0) {
            setError(m_pinMessage, tr("Too many wrong PINs. Try again in %n second(s).", nullptr, static_cast<int>(left)));
            return false;
        }
        m_lockout.invalidate();
        m_wrongPins = 0;
    }
    if (!m_pin.matches(pin)) {
        if (++m_wrongPins >= kMaxPinTries) {
            m_lockout.start();
            ++m_lockouts;
            setError(m_pinMessage, tr("Wrong PIN. Too many tries: wait %n second(s) before the next one.", nullptr,
                                      kLockoutSeconds << std::min(m_lockouts - 1, 10)));
        } else {
            setError(m_pinMessage, tr("Wrong PIN."));
        }
        return false;
    }
    m_unlocked = true;
    m_triesWithoutPin = 0;
    Q_EMIT exitRequested();
    close();
    return true;
}

}  // namespace ui
}  // namespace cd
