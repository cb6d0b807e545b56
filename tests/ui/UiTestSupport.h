#pragma once
// Helpers for offscreen UI tests: wait for a condition while the event loop runs, find widgets
// by object name, and act on a modal dialog while its exec() runs.

#include <QApplication>
#include <QLineEdit>
#include <QTest>
#include <QKeyEvent>
#include <QString>
#include <QWidget>

#include <functional>

namespace cd::test {

/// Processes events until `condition` holds or `timeoutMs` passes; returns the condition.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 20000);

/// The first visible top-level widget of type T (optionally with this object name).
template <typename T>
T *topLevel(const QString &objectName = {})
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        auto *typed = qobject_cast<T *>(w);
        if (typed && w->isVisible() && (objectName.isEmpty() || w->objectName() == objectName)) return typed;
    }
    return nullptr;
}

/// A descendant by object name; REQUIREs it exists.
template <typename T>
T *child(QWidget *parent, const QString &objectName);

/// Replaces a line edit's text by typing it, as a user would.
void typeInto(QLineEdit *edit, const QString &text);

/// Runs `action` once a visible top-level widget of type T exists (for modal dialogs).
template <typename T>
void whenShown(std::function<void(T *)> action);

/// Whether any visible top-level window shows `text`: in its title, or in a visible label, line
/// edit, text editor, button, combo box, group box, tab, or item view (any row, any column).
bool anyVisibleWindowShows(const QString &text);

}  // namespace cd::test

#include "UiTestSupport.inl"
