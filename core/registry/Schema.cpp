#include "registry/Schema.h"

#include "cases/CasesSchema.h"
#include "crisis/CrisisSchema.h"
#include "district/DistrictSchema.h"
#include "lessons/LessonsSchema.h"
#include "screening/ScreeningSchema.h"
#include "students/StudentsSchema.h"
#include "vault/VaultSchema.h"

namespace cd::registry {

namespace {

std::vector<storage::Migration> &extraSteps()
{
    static std::vector<storage::Migration> steps;
    return steps;
}

const std::vector<storage::Migration> &releasedSteps()
{
    // Append only. A new area's first step, or a change to an existing area, is the next version.
    static const std::vector<storage::Migration> steps = {
        vault::kSchemaV1,
        students::kSchemaV2,
        students::kSchemaV3,
        cases::kSchemaV4,
        cases::kSchemaV5,
        screening::kSchemaV6,
        crisis::kSchemaV7,
        vault::kSchemaV8,
        lessons::kSchemaV9,
        district::kSchemaV10,
    };
    return steps;
}

}  // namespace

const std::vector<storage::Migration> &schemaSteps()
{
    if (extraSteps().empty()) return releasedSteps();
    static std::vector<storage::Migration> combined;
    combined = releasedSteps();
    combined.insert(combined.end(), extraSteps().begin(), extraSteps().end());
    return combined;
}

int latestSchemaVersion() { return releasedSteps().back().version; }

void setExtraSchemaStepsForTesting(std::vector<storage::Migration> steps) { extraSteps() = std::move(steps); }

}  // namespace cd::registry
