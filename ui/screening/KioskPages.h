#pragma once
// Small pieces of the student kiosk: the masked name a student confirms, fonts that scale with
// the platform's own, big answer buttons, and the staff PIN kept only as a salted hash.

#include <QByteArray>
#include <QFont>
#include <QString>

class QLabel;
class QPushButton;
class QWidget;

namespace cd {
namespace ui {
namespace kiosk {

/// "张*明" for 张三明, "张*" for a two-character name, the first character, a star and the last
/// for longer ones ("欧*明"); characters outside the BMP count as one.
QString maskedName(const QString &name);

/// `base` scaled by `factor` (point or pixel size, whichever the font uses), so it follows the
/// platform font and the screen's scaling.
QFont scaledFont(const QFont &base, double factor);

/// A word-wrapped, centred label in a font `factor` times the widget's.
QLabel *makeBigLabel(QWidget *parent, const QString &objectName, double factor);
/// A button at least 64 px high (or two lines of its font), in a font `factor` times the widget's.
QPushButton *makeBigButton(QWidget *parent, const QString &objectName, const QString &text, double factor);

/// Whether `pin` has 4 to 8 digits (ASCII) and nothing else.
bool isValidPin(const QString &pin);

/// The staff PIN: only BLAKE2b(salt || pin) is kept; checks compare in constant time.
class PinHash {
public:
    explicit PinHash(const QString &pin);
    bool matches(const QString &attempt) const;

private:
    QByteArray digest(const QString &pin) const;
    QByteArray m_salt;
    QByteArray m_hash;
};

}  // namespace kiosk
}  // namespace ui
}  // namespace cd
