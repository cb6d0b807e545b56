#include "ui/common/LockState.h"

namespace cd {
namespace ui {

namespace {
bool g_locking = false;  // UI thread only
}

bool lockInProgress() { return g_locking; }
void setLockInProgress(bool locking) { g_locking = locking; }

}  // namespace ui
}  // namespace cd
