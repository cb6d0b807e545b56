#pragma once
// An enum's stored codes in one table: the code written to the vault for each value and back.
// A code is stored in rows and files: never change one; add a value with a new code.
//
//   const CodeTable<RunStatus> &runStatuses()
//   {
//       static const CodeTable<RunStatus> table = {
//           {RunStatus::Planned, "planned"}, {RunStatus::Open, "open"}, {RunStatus::Closed, "closed"}};
//       return table;
//   }

#include <QList>
#include <QString>

#include <initializer_list>
#include <optional>
#include <utility>
#include <vector>

namespace cd {

template <typename Enum>
class CodeTable {
public:
    CodeTable(std::initializer_list<std::pair<Enum, const char *>> entries) : m_entries(entries) {}

    /// The stored code of `value` (empty for a value the table does not list).
    QString code(Enum value) const
    {
        for (const auto &[v, c] : m_entries)
            if (v == value) return QString::fromLatin1(c);
        return {};
    }
    /// The value stored as `code`; empty for an unknown code.
    std::optional<Enum> fromCode(QStringView code) const
    {
        for (const auto &[v, c] : m_entries)
            if (code == QLatin1String(c)) return v;
        return std::nullopt;
    }
    /// Every value, in the table's order.
    QList<Enum> values() const
    {
        QList<Enum> list;
        for (const auto &entry : m_entries) list << entry.first;
        return list;
    }

private:
    std::vector<std::pair<Enum, const char *>> m_entries;
};

}  // namespace cd
