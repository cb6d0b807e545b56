#pragma once
// Prints a saved safety plan through the document preview (passphrase, the text kept, audited).

class QWidget;

namespace cd::vault {
class Vault;
}
namespace cd::crisis {
struct SafetyPlan;
}

namespace cd::ui {

void printSafetyPlan(vault::Vault &vault, const crisis::SafetyPlan &plan, QWidget *parent);

}  // namespace cd::ui
