#include "ui/shell/IdleWatcher.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QEvent>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
    connectDBus();
}

void IdleWatcher::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
    if (m_timer.isActive()) m_timer.start();
}

void IdleWatcher::start() { m_timer.start(); }
void IdleWatcher::stop() { m_timer.stop(); }

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        if (m_timer.isActive()) m_timer.start();
        break;
    default: break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::connectDBus()
{
    QDBusConnection session = QDBusConnection::sessionBus();
    if (session.isConnected()) {
        for (const auto &[service, path, interface] :
             {std::tuple{u"org.freedesktop.ScreenSaver"_s, u"/org/freedesktop/ScreenSaver"_s,
                         u"org.freedesktop.ScreenSaver"_s},
              std::tuple{u"org.freedesktop.ScreenSaver"_s, u"/ScreenSaver"_s, u"org.freedesktop.ScreenSaver"_s},
              std::tuple{u"org.gnome.ScreenSaver"_s, u"/org/gnome/ScreenSaver"_s, u"org.gnome.ScreenSaver"_s},
              std::tuple{u"org.mate.ScreenSaver"_s, u"/org/mate/ScreenSaver"_s, u"org.mate.ScreenSaver"_s}})
            session.connect(service, path, interface, u"ActiveChanged"_s, this,
                            SLOT(onScreenSaverActiveChanged(bool)));
    }
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        system.connect(u"org.freedesktop.login1"_s, u"/org/freedesktop/login1"_s, u"org.freedesktop.login1.Manager"_s,
                       u"PrepareForSleep"_s, this, SLOT(onPrepareForSleep(bool)));
        system.connect(u"org.freedesktop.login1"_s, u"/org/freedesktop/login1/session/auto"_s,
                       u"org.freedesktop.login1.Session"_s, u"Lock"_s, this, SLOT(onSessionLock()));
    }
}

void IdleWatcher::onScreenSaverActiveChanged(bool active)
{
    if (active) Q_EMIT screenLocked();
}

void IdleWatcher::onPrepareForSleep(bool sleeping)
{
    if (sleeping) Q_EMIT aboutToSuspend();
}

void IdleWatcher::onSessionLock() { Q_EMIT screenLocked(); }

}  // namespace ui
}  // namespace cd
