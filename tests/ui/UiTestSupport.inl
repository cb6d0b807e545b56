#pragma once

#include <catch2/catch.hpp>

#include <QTimer>

namespace cd::test {

template <typename T>
T *child(QWidget *parent, const QString &objectName)
{
    REQUIRE(parent != nullptr);
    T *found = parent->findChild<T *>(objectName);
    INFO("object name " << objectName.toStdString());
    REQUIRE(found != nullptr);
    return found;
}

template <typename T>
void whenShown(std::function<void(T *)> action)
{
    auto *timer = new QTimer(qApp);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, action]() {
        if (T *widget = topLevel<T>()) {
            timer->stop();
            timer->deleteLater();
            action(widget);
        }
    });
    timer->start();
}

}  // namespace cd::test
