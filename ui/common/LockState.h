#pragma once
// Whether the application is locking right now: dialogs closed by a lock do not ask questions
// (there is nobody there to answer), and save what they hold instead of losing it.

namespace cd {
namespace ui {

bool lockInProgress();
void setLockInProgress(bool locking);

}  // namespace ui
}  // namespace cd
