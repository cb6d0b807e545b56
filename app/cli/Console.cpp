#include "app/cli/Console.h"

#include <QCoreApplication>

#include "core/crypto/SecureBuffer.h"

#include <cerrno>
#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace cd::cli {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

/// Turns terminal echo off for its lifetime.
class EchoOff {
public:
    EchoOff()
    {
        if (tcgetattr(STDIN_FILENO, &m_saved) == 0) {
            termios quiet = m_saved;
            quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
            m_active = tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
        }
    }
    ~EchoOff()
    {
        if (m_active) tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

/// One line of standard input, read a byte at a time with read(2) into locked memory: no stdio
/// buffer or growing std::string keeps a copy of a passphrase in the heap. The QString returned
/// is the one copy; callers wipe it (crypto::wipe) once used.
std::optional<QString> readLine()
{
    crypto::SecureBuffer line(4096);
    std::size_t length = 0;
    bool any = false;
    for (;;) {
        char c = 0;
        const ssize_t n = ::read(STDIN_FILENO, &c, 1);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        any = true;
        if (c == '\n') break;
        if (length < line.size()) line.data()[length++] = static_cast<unsigned char>(c);
    }
    if (!any) return std::nullopt;
    if (length > 0 && line.data()[length - 1] == '\r') --length;
    return QString::fromUtf8(reinterpret_cast<const char *>(line.data()), static_cast<qsizetype>(length));
}
}  // namespace

std::optional<QString> Console::readStdinLine() { return readLine(); }

std::optional<QString> Console::readSecret(const QString &prompt, bool confirm)
{
    if (m_fromStdin) return readStdinLine();
    if (!isatty(STDIN_FILENO)) return std::nullopt;
    for (;;) {
        std::fprintf(stderr, "%s", qPrintable(prompt + QLatin1Char(' ')));
        std::optional<QString> first;
        {
            EchoOff echoOff;
            first = readLine();
        }
        std::fprintf(stderr, "\n");
        if (!first || !confirm) return first;
        std::fprintf(stderr, "%s ", qPrintable(Tr::tr("Repeat it:")));
        std::optional<QString> second;
        {
            EchoOff echoOff;
            second = readLine();
        }
        std::fprintf(stderr, "\n");
        if (!second) return std::nullopt;
        if (*first == *second) return first;
        error(Tr::tr("The two entries differ. Try again."));
    }
}

void Console::out(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void Console::error(const QString &message)
{
    std::fprintf(stderr, "counseldesk-cli: %s\n", message.toUtf8().constData());
}

int Console::fail(const Error &err)
{
    error(err.message);
    return exitCodeFor(err.code);
}

}  // namespace cd::cli
