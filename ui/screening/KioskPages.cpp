#include "ui/screening/KioskPages.h"

#include "core/crypto/Crypto.h"

#include <QFontMetrics>
#include <QLabel>
#include <QLayout>
#include <QPushButton>
#include <QScreen>
#include <QWidget>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {
namespace kiosk {

namespace {
constexpr std::size_t kSaltBytes = 16;
constexpr double kDesignHeight = 800.0;
constexpr double kSmallestFit = 0.7;
constexpr int kLargeButton = 64;
constexpr int kSmallestButton = 48;
}  // namespace

Sizing Sizing::forScreen(const QScreen *screen)
{
    Sizing sizing;
    const int height = screen ? screen->geometry().height() : int(kDesignHeight);
    sizing.fit = std::clamp(height / kDesignHeight, kSmallestFit, 1.0);
    sizing.buttonHeight = std::clamp(height / 10, kSmallestButton, kLargeButton);
    return sizing;
}

double Sizing::factor(double designed, double floor) const { return std::max(floor, designed * fit); }

QString maskedName(const QString &name)
{
    const QList<uint> chars = name.trimmed().toUcs4();
    if (chars.isEmpty()) return {};
    const QString first = QString::fromUcs4(reinterpret_cast<const char32_t *>(&chars.first()), 1);
    if (chars.size() <= 2) return first + u'*';
    const QString last = QString::fromUcs4(reinterpret_cast<const char32_t *>(&chars.last()), 1);
    return first + u'*' + last;
}

QFont scaledFont(const QFont &base, double factor)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(std::max(1, static_cast<int>(font.pixelSize() * factor + 0.5)));
    return font;
}

QLabel *makeBigLabel(QWidget *parent, const QString &objectName, double factor)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setFont(scaledFont(parent->font(), factor));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setTextFormat(Qt::PlainText);
    return label;
}

QPushButton *makeBigButton(QWidget *parent, const QString &objectName, const QString &text, double factor,
                           int minHeight)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(objectName);
    button->setFont(scaledFont(parent->font(), factor));
    button->setMinimumHeight(std::max(minHeight, QFontMetrics(button->font()).height() * 8 / 5));
    button->setFocusPolicy(Qt::StrongFocus);
    return button;
}

void fitLabel(QLabel *label, const QFont &base, double factor, double floorFactor, QLayout *column, int width,
              int room)
{
    label->setFont(scaledFont(base, factor));
    if (width <= 0 || room <= 0) return;  // not laid out yet
    for (double f = factor * 0.9; f >= floorFactor && column->totalHeightForWidth(width) > room; f *= 0.9)
        label->setFont(scaledFont(base, f));
}

bool isValidPin(const QString &pin)
{
    if (pin.size() < 4 || pin.size() > 8) return false;
    return std::all_of(pin.begin(), pin.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
}

PinHash::PinHash(const QString &pin) : m_salt(crypto::randomBytes(kSaltBytes)), m_hash(digest(pin)) {}

QByteArray PinHash::digest(const QString &pin) const
{
    QByteArray data = m_salt + pin.toUtf8();
    QByteArray out = crypto::hash(data);
    crypto::wipe(data);
    return out;
}

bool PinHash::matches(const QString &attempt) const
{
    return crypto::constantTimeEquals(digest(attempt), m_hash);
}

}  // namespace kiosk
}  // namespace ui
}  // namespace cd
