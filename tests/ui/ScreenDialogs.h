#pragma once
// The screens test's dialogs and secondary windows, area by area (ScreenDialogs.cpp).

#include "ui/ScreenChecks.h"

namespace cd::test {

/// Every dialog and secondary window on the demo school: each fits the screen, squashes nothing
/// and has no Alt-mnemonic clash, in the language of `language`.
void checkDialogs(const Screen &screen, const Language &language, DemoVault &demo);

}  // namespace cd::test
