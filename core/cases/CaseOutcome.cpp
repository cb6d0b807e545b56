#include "cases/CaseOutcome.h"

#include "common/CodeTable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::cases {

namespace {
class Tr {
    Q_DECLARE_TR_FUNCTIONS(CaseOutcome)
};

const QString kPrefix = u"outcome:"_s;

const CodeTable<CaseOutcome> &outcomeCodes()
{
    static const CodeTable<CaseOutcome> table = {{CaseOutcome::GoalsMet, "goals_met"},
                                                 {CaseOutcome::Referred, "referred"},
                                                 {CaseOutcome::LeftSchool, "left_school"},
                                                 {CaseOutcome::Declined, "declined"},
                                                 {CaseOutcome::Other, "other"}};
    return table;
}
}  // namespace

QString outcomeCode(CaseOutcome outcome) { return outcomeCodes().code(outcome); }
std::optional<CaseOutcome> outcomeFromCode(const QString &code) { return outcomeCodes().fromCode(code); }

QString outcomeName(CaseOutcome outcome)
{
    switch (outcome) {
    case CaseOutcome::GoalsMet: return Tr::tr("Goals met or improved");
    case CaseOutcome::Referred: return Tr::tr("Referred elsewhere");
    case CaseOutcome::LeftSchool: return Tr::tr("Student left the school");
    case CaseOutcome::Declined: return Tr::tr("Declined further counseling");
    case CaseOutcome::Other: return Tr::tr("Other");
    }
    return {};
}

QString encodeOutcome(CaseOutcome outcome, const QString &note)
{
    const QString first = kPrefix + outcomeCode(outcome);
    return note.trimmed().isEmpty() ? first : first + u'\n' + note.trimmed();
}

StoredOutcome decodeOutcome(const QString &stored)
{
    if (stored.startsWith(kPrefix)) {
        const qsizetype end = stored.indexOf(u'\n');
        const QString code = stored.mid(kPrefix.size(), end < 0 ? -1 : end - kPrefix.size());
        if (auto outcome = outcomeFromCode(code)) return {outcome, end < 0 ? QString() : stored.mid(end + 1)};
    }
    return {std::nullopt, stored};
}

}  // namespace cd::cases
