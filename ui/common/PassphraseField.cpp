#include "ui/common/PassphraseField.h"

#include "core/vault/Types.h"

#include <QAction>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QVBoxLayout>

#include <zxcvbn.h>

#include <vector>

using namespace Qt::StringLiterals;

namespace cd {
namespace ui {

double passphraseEntropyBits(const QString &passphrase)
{
    const QByteArray utf8 = passphrase.toUtf8();
    return ZxcvbnMatch(utf8.constData(), nullptr, nullptr);
}

PassphraseField::PassphraseField(QWidget *parent)
    : QWidget(parent),
      m_first(new QLineEdit(this)),
      m_second(new QLineEdit(this)),
      m_meter(new QProgressBar(this)),
      m_verdict(new QLabel(this))
{
    m_first->setObjectName(u"passphrase"_s);
    m_second->setObjectName(u"passphraseRepeat"_s);
    m_meter->setObjectName(u"strengthMeter"_s);
    m_verdict->setObjectName(u"strengthVerdict"_s);
    for (QLineEdit *edit : {m_first, m_second}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setInputMethodHints(Qt::ImhHiddenText | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
        connect(edit, &QLineEdit::textChanged, this, &PassphraseField::update);
    }
    m_first->setPlaceholderText(tr("At least %n characters; a few unrelated words work well", nullptr,
                                   vault::kMinPassphraseLength));
    m_first->setToolTip(tr("A passphrase of several words is easier to remember and harder to guess than a short "
                           "password."));
    auto *reveal = m_first->addAction(QIcon::fromTheme(u"view-visible"_s), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setText(tr("Show passphrase"));
    reveal->setToolTip(tr("Show or hide the passphrase"));
    connect(reveal, &QAction::toggled, this, [this](bool shown) {
        m_first->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_second->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
    });
    m_meter->setRange(0, 100);
    m_meter->setTextVisible(false);
    m_meter->setMaximumHeight(8);
    m_meter->setAccessibleName(tr("Passphrase strength"));
    m_verdict->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Passphrase:"), m_first);
    //: Not Alt+R: the passphrase dialogs have a Recovery code field
    form->addRow(tr("Repea&t:"), m_second);
    form->addRow(tr("Strength:"), m_meter);
    form->addRow(QString(), m_verdict);
    setLayout(form);
    update();
}

QString PassphraseField::passphrase() const { return m_first->text(); }

QString PassphraseField::problem() const
{
    const QString pass = m_first->text();
    if (pass.isEmpty()) return tr("Choose a passphrase.");
    if (const QString rule = vault::passphraseProblem(pass); !rule.isEmpty()) return rule;
    for (const QString &word : m_contextWords)
        if (word.size() >= 3 && pass.contains(word, Qt::CaseInsensitive))
            return tr("Do not use the school or user name in the passphrase.");
    if (passphraseEntropyBits(pass) < kMinimumBits) return tr("Too easy to guess: add another unrelated word.");
    if (m_second->text() != pass) return tr("The two entries do not match yet.");
    return {};
}

bool PassphraseField::acceptable() const { return problem().isEmpty(); }

void PassphraseField::clear()
{
    m_first->clear();
    m_second->clear();
}

void PassphraseField::update()
{
    const QString pass = m_first->text();
    const double bits = pass.isEmpty() ? 0.0 : passphraseEntropyBits(pass);
    m_meter->setValue(static_cast<int>(qBound(0.0, bits, 100.0)));
    QString level;
    QString color;
    if (pass.isEmpty()) level = QString();
    else if (bits < kMinimumBits) level = tr("Poor"), color = u"#c62828"_s;
    else if (bits < 65) level = tr("Weak"), color = u"#ef6c00"_s;
    else if (bits < 90) level = tr("Good"), color = u"#7cb342"_s;
    else level = tr("Excellent"), color = u"#2e7d32"_s;
    m_meter->setStyleSheet(color.isEmpty() ? QString() : u"QProgressBar::chunk { background: %1; }"_s.arg(color));
    const QString why = problem();
    m_verdict->setText(level.isEmpty() ? why : (why.isEmpty() ? level : tr("%1 — %2").arg(level, why)));
    Q_EMIT changed();
}

}  // namespace ui
}  // namespace cd
