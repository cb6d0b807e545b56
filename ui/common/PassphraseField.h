#pragma once
// A passphrase entry with a confirmation field, a show/hide toggle and a strength meter
// (zxcvbn's entropy estimate). acceptable() says whether the pair may be used.

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace cd {
namespace ui {

/// Estimated strength of a passphrase, in zxcvbn bits.
double passphraseEntropyBits(const QString &passphrase);

class PassphraseField : public QWidget {
    Q_OBJECT
public:
    explicit PassphraseField(QWidget *parent = nullptr);

    QString passphrase() const;
    /// Long enough, strong enough, and both entries match.
    bool acceptable() const;
    /// Why not acceptable (empty when it is).
    QString problem() const;
    void clear();
    /// Words that make a passphrase weak here (school name, user name).
    void setContextWords(const QStringList &words) { m_contextWords = words; }

    static constexpr double kMinimumBits = 40.0;

Q_SIGNALS:
    void changed();

private:
    void update();

    QLineEdit *m_first;
    QLineEdit *m_second;
    QProgressBar *m_meter;
    QLabel *m_verdict;
    QStringList m_contextWords;
};

}  // namespace ui
}  // namespace cd
