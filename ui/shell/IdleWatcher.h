#pragma once
// Says when the vault should lock: no keyboard or mouse input for the idle time, the session's
// screen locked, or the machine about to suspend (the last two over D-Bus, where available).

#include <QObject>
#include <QTimer>

namespace cd {
namespace ui {

class IdleWatcher : public QObject {
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);

    void setInterval(int milliseconds);
    int interval() const { return m_timer.interval(); }
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

Q_SIGNALS:
    void idle();
    void screenLocked();
    void aboutToSuspend();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private Q_SLOTS:
    // QtDBus delivers signals to slots named by string; these are the only such connections.
    void onScreenSaverActiveChanged(bool active);
    void onPrepareForSleep(bool sleeping);
    void onSessionLock();

private:
    void connectDBus();
    QTimer m_timer;
};

}  // namespace ui
}  // namespace cd
