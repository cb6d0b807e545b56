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
// Designed for a screen at least 800 logical pixels high (kiosk::Sizing scales them to the screen).
constexpr double kTitleFactor = 2.4;
constexpr double kTextFactor = 2.0;
constexpr double kButtonFactor = 1.8;
constexpr double kSmallFactor = 1.3;
constexpr int kThanksMs = 5000;

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
      m_sizing(kiosk::Sizing::forScreen(parent ? parent->screen() : QGuiApplication::primaryScreen())),
      m_title(m_sizing.factor(kTitleFactor, 1.6)),
      m_text(m_sizing.factor(kTextFactor, 1.4)),
      m_itemFactor(m_sizing.factor(kTextFactor * 1.15, 1.5)),
      m_button(m_sizing.factor(kButtonFactor, 1.2)),
      m_small(m_sizing.factor(kSmallFactor, 1.0)),
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

    // Back (on the question page) and the staff button share the bottom row: the question and
    // its answers get the rest of the screen.
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_back);
    bottom->addStretch();
    bottom->addWidget(m_staff, 0, Qt::AlignBottom);
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

void KioskWindow::fitItemText()
{
    // A long item under many answers on a small screen: its text gets smaller rather than the
    // answers going off the screen (down to 1.2 times the platform font). Until the page is shown
    // it has no size of its own: it is fitted when it gets one (eventFilter).
    QWidget *column = m_questionColumn->parentWidget();
    const bool laidOut = column->isVisible();
    kiosk::fitLabel(m_itemText, font(), m_itemFactor, 1.2, m_questionColumn, laidOut ? column->width() : 0,
                    laidOut ? column->height() : 0);
}

bool KioskWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize && watched == m_questionColumn->parentWidget()) fitItemText();
    return QWidget::eventFilter(watched, event);
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
    m_back->setVisible(page == Question);
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
        QPushButton *button = kiosk::makeBigButton(m_optionBox, u"kioskOption%1"_s.arg(i), label, m_button, m_sizing.buttonHeight);
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
    fitItemText();
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
    screening::SheetStore store(m_vault, m_runId);
    const Status finished = store.finishSheet(m_student.studentId, m_instrument.code, seconds);
    if (!finished) {
        if (!m_instrument.items.isEmpty()) showItem(m_index);
        setError(m_saveError, finished.error().message);
        return;
    }
    // A critical answer is told to the counselor after the PIN, never to the student here.
    auto score = store.score(m_student.studentId, m_instrument.code);
    auto answers = store.answers(m_student.studentId, m_instrument.code);
    if (score && *score && answers && *answers)
        m_critical << ui::criticalAnswers(m_instrument, m_student, **score, **answers);
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
