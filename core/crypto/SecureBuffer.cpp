#include "crypto/SecureBuffer.h"

#include "crypto/Crypto.h"

#include <sodium.h>

#include <new>
#include <utility>

namespace cd::crypto {

SecureBuffer::SecureBuffer(std::size_t size) : m_size(size)
{
    if (size == 0) return;
    // Guarded memory needs libsodium started; whoever allocates first (a restore on a new
    // computer, a test, a tool) must not have to know that.
    if (!initialize()) throw std::bad_alloc();
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data) throw std::bad_alloc();
    sodium_memzero(m_data, size);
}

SecureBuffer::~SecureBuffer() { clear(); }

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::random(std::size_t size)
{
    SecureBuffer buffer(size);
    randombytes_buf(buffer.m_data, size);
    return buffer;
}

SecureBuffer SecureBuffer::copyOf(const char *bytes, std::size_t size)
{
    SecureBuffer buffer(size);
    if (size) std::copy(bytes, bytes + size, reinterpret_cast<char *>(buffer.m_data));
    return buffer;
}

SecureBuffer SecureBuffer::takeFrom(QByteArray &bytes)
{
    SecureBuffer buffer = copyOf(bytes.constData(), static_cast<std::size_t>(bytes.size()));
    wipe(bytes);
    return buffer;
}

SecureBuffer SecureBuffer::mid(std::size_t offset, std::size_t length) const
{
    if (offset + length > m_size) return {};
    return copyOf(reinterpret_cast<const char *>(m_data) + offset, length);
}

bool SecureBuffer::equals(const SecureBuffer &other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void SecureBuffer::clear()
{
    if (m_data) sodium_free(m_data);  // sodium_free wipes before releasing
    m_data = nullptr;
    m_size = 0;
}

void wipe(QByteArray &bytes)
{
    if (bytes.isEmpty()) return;
    sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

void wipe(QString &text)
{
    if (!text.isEmpty())
        sodium_memzero(const_cast<QChar *>(text.constData()), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text = QString();
}

}  // namespace cd::crypto
