#pragma once
// Bytes that hold secrets: allocated with sodium_malloc (guarded, mlocked), wiped when freed.

#include <QByteArray>
#include <QString>

#include <cstddef>

namespace cd::crypto {

class SecureBuffer {
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;

    static SecureBuffer random(std::size_t size);
    /// Copies `bytes` into secure memory; the caller still owns (and should wipe) the source.
    static SecureBuffer copyOf(const char *bytes, std::size_t size);
    /// Moves a QByteArray's content into secure memory and wipes the QByteArray.
    static SecureBuffer takeFrom(QByteArray &bytes);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    /// A slice [offset, offset+length) copied into a new secure buffer.
    SecureBuffer mid(std::size_t offset, std::size_t length) const;
    bool equals(const SecureBuffer &other) const;
    void clear();

private:
    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

/// Overwrites a QByteArray's bytes (detaching first so no shared copy survives).
void wipe(QByteArray &bytes);
/// Overwrites a secret QString's characters where they are, without detaching: every implicitly
/// shared copy (a QLineEdit's text, a lambda's capture) is wiped with it; then clears it. Only for
/// strings that hold a secret and nothing else needs any more.
void wipe(QString &text);

}  // namespace cd::crypto
