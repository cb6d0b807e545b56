#include "district/SemesterSummary.h"

#include "district/SummaryFacts.h"
#include "district/SummaryLayout.h"

#include "common/Clock.h"
#include "disclosure/Suppression.h"
#include "lessons/Semesters.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace cd::district {

namespace {

class Tr {
    Q_DECLARE_TR_FUNCTIONS(SemesterSummary)
};

Result<lessons::Semester> findSemester(vault::Vault &vault, const QString &name)
{
    lessons::Semesters semesters(vault);
    if (!name.trimmed().isEmpty()) return semesters.byName(name);
    auto current = semesters.current(clock::today());
    if (!current) return current.error();
    if (!*current)
        return makeError(ErrorCode::NotFound,
                         Tr::tr("The vault has no semester yet: add the semester on the Lessons page first."));
    return **current;
}

}  // namespace

Status protectSummary(Summary &summary, int k, const std::atomic_bool *cancel)
{
    auto protection = disclosure::protect(summary.counts, k, cancel);
    if (!protection) return protection.error();
    // The guarantee, checked again on exactly what is returned.
    auto narrow = disclosure::audit(summary.counts, protection->suppressed, k);
    if (!narrow) return narrow.error();
    if (!narrow->isEmpty())
        return makeError(ErrorCode::Internal,
                         Tr::tr("The summary could withhold too little (%n counts could be worked out): this is a bug; "
                                "nothing was exported.",
                                nullptr, static_cast<int>(narrow->size())));
    summary.protection = *protection;
    return {};
}

Result<Summary> computeSummary(vault::Vault &vault, const SchoolProfile &profile, const SummaryOptions &options,
                               const std::atomic_bool *cancel)
{
    if (options.k < 2 || options.k > 1000)
        return makeError(ErrorCode::InvalidInput, Tr::tr("The smallest count published must be from 2 to 1000."));
    const SummaryLayout *layout = options.layout;
    std::optional<SummaryLayout> builtIn;
    if (!layout) {
        auto newest = builtInSummaryLayout();
        if (!newest) return newest.error();
        builtIn = *newest;
        layout = &*builtIn;
    }
    auto semester = findSemester(vault, options.semester);
    if (!semester) return semester.error();
    const SummaryPeriod period{*semester, std::min(semester->endsOn, clock::today())};

    // The room's open hours of the semester summarised, not of the current one (unless typed in).
    SchoolProfile counted = profile;
    if (!counted.roomOpenHoursOverridden) {
        auto room = SchoolProfiles(vault).roomFacts(*semester);
        if (!room) return room.error();
        counted.roomOpenHoursPerWeek = room->openHoursPerWeek;
    }
    SummaryFacts facts;
    CD_TRY(collectProfile(counted, facts));
    for (auto collect : {collectGrades, collectEducation, collectMonitoring, collectCounseling, collectIntervention}) {
        if (cancel && cancel->load()) return makeError(ErrorCode::Cancelled, Tr::tr("Cancelled."));
        CD_TRY(collect(vault, period, facts));
    }

    Summary summary;
    summary.header.generator = u"CounselDesk "_s + QStringLiteral(CD_VERSION);
    summary.header.layoutId = layout->id;
    summary.header.layoutVersion = layout->version;
    summary.header.language = options.language == u"zh_CN"_s ? options.language : u"en"_s;
    summary.header.schoolCode = profile.districtCode;
    summary.header.schoolName = profile.schoolName;
    summary.header.schoolType = schoolTypeKey(profile.type);
    summary.header.semester = semester->name;
    summary.header.k = options.k;
    buildSummaryTables(*layout, facts, summary);

    CD_TRY(protectSummary(summary, options.k, cancel));
    return summary;
}

}  // namespace cd::district
