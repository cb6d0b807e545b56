#pragma once
// Internal to the district merge (DistrictMerge.h): the Merger that adds the packages up, its
// parts in DistrictMergeTables.cpp (tables, rows, values, the schools table) and
// DistrictMergeRelations.cpp (hidden counts and relations), driven by DistrictMerge.cpp.

#include "district/DistrictMerge.h"
#include "district/SummaryLayout.h"

#include <QHash>
#include <QSet>
#include <QVector>

#include <optional>

namespace cd::district::merge {

/// A count's position across schools: "table\x1frow\x1fcolumn".
QString positionKey(const QString &table, const QString &row, const QString &column);

/// `note` with `sentence` after it (a space between them in English, none in Chinese).
QString withSentence(const QString &note, const QString &sentence, const QString &language);

/// One school's package as the merge indexes it.
struct School {
    const ReadPackage *package = nullptr;
    QHash<QString, const PackageValue *> values;  ///< position → value
    QHash<QString, QString> memberOf;             ///< count id → position, or "H:<signature>" for a hidden count
    QSet<QString> members;                        ///< every memberOf value
};

/// The merged count at a position: Σ of what the schools published (or bounded), withheld when any
/// school withheld its part.
struct MergedCount {
    qint64 known = 0;
    bool withheld = false;
    bool sensitive = false;
};

class Merger {
public:
    Merger(const QList<ReadPackage> &packages, const MergeOptions &options, int k);

    /// The tables, their count cells and values (DistrictMergeTables.cpp).
    Status buildTables(Summary &out);
    /// The relations between the merged cells, hidden counts added as needed
    /// (DistrictMergeRelations.cpp).
    void buildRelations(Summary &out);
    /// A table of the merge's own: each school's staffing, funding and lessons compliance.
    SummaryTable schoolsTable(const Summary &merged) const;

private:
    void indexSchool(School &school);
    QList<QString> tableOrder() const;
    QStringList rowOrder(const QString &table) const;
    QString rowLabel(const QString &table, const QString &row) const;
    int cellAt(Summary &out, const QString &table, const QString &row, const QString &column);
    double numberAt(const QString &position) const;
    Result<SummaryValue> percentAt(Summary &out, const PackageTable &table, const QString &row, int column);
    int hiddenCell(Summary &out, const QString &member);

    QList<School> m_schools;
    MergeOptions m_options;
    int m_k = 0;
    std::optional<SummaryLayout> m_layout;  ///< the built-in layout when the packages use it
    QHash<QString, MergedCount> m_counts;   ///< position → merged count
    QHash<QString, int> m_cells;            ///< member (position or hidden signature) → cell
};

}  // namespace cd::district::merge
