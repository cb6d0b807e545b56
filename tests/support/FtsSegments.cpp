#include "support/FtsSegments.h"

#include "storage/Database.h"

#include <catch2/catch.hpp>

namespace cd::test {

namespace {

/// FTS3/4 varints: 7 bits a byte, least significant first, high bit set on all but the last.
qint64 readVarint(const QByteArray &node, qsizetype &at)
{
    qint64 value = 0;
    for (int shift = 0; at < node.size() && shift < 64; shift += 7) {
        const auto byte = static_cast<unsigned char>(node.at(at++));
        value |= qint64(byte & 0x7f) << shift;
        if (!(byte & 0x80)) return value;
    }
    FAIL("an FTS node ends inside a varint");
    return 0;
}

/// The terms of one node. A leaf: height 0, then the first term whole and each next one as the
/// length of the prefix it shares with the one before and its own suffix, each followed by its
/// doclist. An interior node: height, left child, then terms the same way without doclists.
void addNodeTerms(const QByteArray &node, QSet<QString> &terms)
{
    if (node.isEmpty()) return;
    qsizetype at = 0;
    const qint64 height = readVarint(node, at);
    if (height > 0) readVarint(node, at);  // the left child's block id
    QByteArray term;
    bool first = true;
    while (at < node.size()) {
        const qint64 prefix = first ? 0 : readVarint(node, at);
        const qint64 suffix = readVarint(node, at);
        REQUIRE(prefix <= term.size());
        REQUIRE(at + suffix <= node.size());
        term = term.left(prefix) + node.mid(at, suffix);
        at += suffix;
        terms.insert(QString::fromUtf8(term));
        first = false;
        if (height == 0) at += readVarint(node, at);  // skip the doclist
    }
}

}  // namespace

QSet<QString> ftsSegmentTerms(const QString &path, const crypto::SecureBuffer &key, const QString &table)
{
    auto db = storage::Database::openReadOnly(path, QStringLiteral("mode=ro"), key);
    REQUIRE(db.ok());
    QSet<QString> terms;
    for (const QString &sql : {QStringLiteral("SELECT root FROM %1_segdir").arg(table),
                               QStringLiteral("SELECT block FROM %1_segments").arg(table)}) {
        auto stmt = (*db)->prepare(sql);
        REQUIRE(stmt.ok());
        for (;;) {
            auto row = stmt->step();
            REQUIRE(row.ok());
            if (!*row) break;
            addNodeTerms(stmt->blob(0), terms);
        }
    }
    return terms;
}

}  // namespace cd::test
