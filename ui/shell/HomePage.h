#pragma once
// The overview page: the school, the signed-in user, the vault and recent activity.

#include <QWidget>

namespace cd::vault {
class Vault;
}

namespace cd {
namespace ui {

class HomePage : public QWidget {
    Q_OBJECT
public:
    explicit HomePage(vault::Vault &vault, QWidget *parent = nullptr);
};

}  // namespace ui
}  // namespace cd
