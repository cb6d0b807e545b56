#pragma once
// The student kiosk: full screen on the counseling room's PC, students identify themselves with
// their student number, confirm their (masked) name, and answer the run's questionnaires one item
// per screen. Every click is saved at once, so a student who stops can resume; nobody ever sees a
// score. The window cannot be left without the staff PIN (Escape, Alt+F4 and close requests do
// nothing; it is application-modal and stays on top). Its pages are laid out in
// KioskWindowPages.cpp.

#include "core/screening/Instrument.h"
#include "ui/screening/KioskPages.h"
#include "core/screening/RunRepository.h"
#include "core/screening/SheetStore.h"
#include "ui/screening/CriticalAlert.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QStringList>
#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QVBoxLayout;

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

class KioskWindow : public QWidget {
    Q_OBJECT
public:
    /// Clicks on answer buttons within this time of the item appearing are ignored (a double
    /// click must not answer the next item too).
    static constexpr int kDoubleTapGuardMs = 250;
    /// A wrong PIN this many times in a row makes the next try wait kLockoutSeconds.
    static constexpr int kMaxPinTries = 5;
    static constexpr int kLockoutSeconds = 30;  ///< doubled at each further lockout
    /// This many tries without the right PIN (counting those refused while waiting) lock the
    /// whole vault: then only a passphrase opens it again.
    static constexpr int kTriesBeforeVaultLock = 15;
    /// Without a touch for this long mid-questionnaire, back to the start page (answers are kept).
    static constexpr int kIdleResetSeconds = 180;

    /// `pin`: 4 to 8 digits chosen by the counselor; only its salted hash is kept.
    KioskWindow(vault::Vault &vault, qint64 runId, const QString &pin, QWidget *parent = nullptr);
    ~KioskWindow() override;

    /// Shows the kiosk full screen and puts the cursor in the student-number field.
    void start();
    /// Checks a PIN typed on the staff page; the right one leaves the kiosk.
    bool tryPin(const QString &pin);
    /// Whether the staff PIN has been given (the window may close).
    bool isUnlocked() const { return m_unlocked; }
    /// The critical answers of the sheets finished in this kiosk, for the counselor once the kiosk
    /// is left with the PIN (the student is never shown an alarm). Kept in memory only.
    const QList<CriticalAnswer> &criticalAnswers() const { return m_critical; }

Q_SIGNALS:
    /// The right PIN was given; the window closes right after.
    void exitRequested();
    /// The kiosk was left (after the right PIN).
    void finished();
    /// Too many tries without the right PIN: the vault must lock now.
    void pinGuessing();

protected:
    void closeEvent(QCloseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;

private:
    enum Page { Identify, Confirm, Instructions, Question, Thanks, Staff };

    QWidget *buildIdentifyPage();
    QWidget *buildConfirmPage();
    QWidget *buildInstructionsPage();
    QWidget *buildQuestionPage();
    QWidget *buildThanksPage();
    QWidget *buildStaffPage();

    void showPage(Page page);
    void resetToIdentify();
    void lookUpStudent();
    void confirmStudent();
    /// Starts the next instrument the student has not completed, or the thank-you page.
    void nextInstrument();
    void beginItems();
    void showItem(int index);
    /// Makes the item's text smaller while the question page needs more than the screen's height.
    void fitItemText();
    void rebuildOptionButtons();
    void answer(int optionIndex);
    void goBack();
    void finishInstrument();
    void showThanks(const QString &text);
    void openStaffPage();
    void leaveStaffPage();
    void submitPin();
    void touch();

    vault::Vault &m_vault;
    qint64 m_runId;
    kiosk::PinHash m_pin;
    bool m_unlocked = false;
    int m_wrongPins = 0;
    int m_lockouts = 0;
    int m_triesWithoutPin = 0;
    QElapsedTimer m_lockout;  ///< running while the PIN must not be tried again
    // How big things are on this screen (font factors times the platform font).
    kiosk::Sizing m_sizing;
    double m_title;
    double m_text;
    double m_itemFactor;
    double m_button;
    double m_small;

    // The student at the kiosk and where they are.
    screening::Participant m_student;
    QStringList m_queue;  ///< instruments still to answer, in the run's order
    screening::Instrument m_instrument;
    screening::AnswerRow m_answers;
    int m_index = 0;
    QList<CriticalAnswer> m_critical;
    bool m_resumed = false;   ///< the sheet was started earlier: its time is unknown
    /// Items answered in this sitting: only their answers are shown again (Back), so whoever
    /// resumes a sheet never sees what was answered before.
    QSet<int> m_answeredNow;
    int m_instrumentCount = 0;
    int m_instrumentNumber = 0;
    QDateTime m_firstItemAt;  ///< when the instrument's first item was shown (core clock)
    QElapsedTimer m_itemShown;

    QStackedWidget *m_pages;
    Page m_pageBeforeStaff = Identify;
    // Identify
    QLineEdit *m_studentNo;
    QLabel *m_identifyMessage;
    // Confirm
    QLabel *m_confirmName;
    // Instructions
    QLabel *m_instructionsTitle;
    QLabel *m_instructions;
    // Question
    QLabel *m_progress;
    QLabel *m_itemText;
    QLabel *m_readAloud;
    QLabel *m_saveError;
    QWidget *m_optionBox;
    QVBoxLayout *m_questionColumn = nullptr;
    QPushButton *m_back = nullptr;
    QVBoxLayout *m_optionLayout;
    QList<QPushButton *> m_optionButtons;
    // Thanks
    QLabel *m_thanksText;
    QTimer *m_thanksTimer;
    // Staff
    QLineEdit *m_pinEdit;
    QLabel *m_pinMessage;
    QPushButton *m_staff;
    QTimer *m_idleTimer;
};

}  // namespace ui
}  // namespace cd
