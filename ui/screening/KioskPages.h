#pragma once
// Small pieces of the student kiosk: the masked name a student confirms, fonts that scale with
// the platform's own and with the screen, big answer buttons, and the staff PIN kept only as a
// salted hash.

#include <QByteArray>
#include <QFont>
#include <QString>

class QLabel;
class QLayout;
class QPushButton;
class QScreen;
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

/// How big the kiosk draws on its screen. Its fonts are designed for a screen at least 800
/// logical pixels high (1920×1080 up to 125 %); on a smaller one (1366×768 at 100 %: 768, at
/// 125 %: 614, at 150 %: 512) they shrink with the height, to no less than 70 %, so that an item
/// and its answers fit without scrolling (a long item's text shrinks further: fitLabel). Answer
/// buttons stay 64 px high where there are 640 px, never below 48 (a finger's width).
struct Sizing {
    double fit = 1.0;
    int buttonHeight = 64;

    static Sizing forScreen(const QScreen *screen);
    /// `designed` times the fit, but never below `floor` (times the platform font).
    double factor(double designed, double floor = 1.0) const;
};

/// A word-wrapped, centred label in a font `factor` times the widget's.
QLabel *makeBigLabel(QWidget *parent, const QString &objectName, double factor);
/// A button at least `minHeight` px high (and 1.6 lines of its font), in a font `factor` times the widget's.
QPushButton *makeBigButton(QWidget *parent, const QString &objectName, const QString &text, double factor,
                           int minHeight = 64);

/// Makes `label`'s font smaller, step by step down to `floorFactor` times `base`, while `column`
/// needs more height than `room` at its width (a long item text on a small screen). Starts again
/// from `factor` times `base` each time.
void fitLabel(QLabel *label, const QFont &base, double factor, double floorFactor, QLayout *column, int width,
              int room);

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
