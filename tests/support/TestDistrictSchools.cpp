#include "support/TestDistrictSchools.h"

#include "district/PackageReader.h"
#include "district/SummaryCatalogue.h"
#include "district/SummaryLayout.h"
#include "support/TestSummary.h"

#include <catch2/catch.hpp>

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;
using namespace cd::district;

namespace cd::test {

namespace {

/// `total` split at random into `n` parts, the first part taking most.
QVector<int> split(QRandomGenerator &rng, int total, int n)
{
    QVector<int> parts(n, 0);
    for (int i = 0; i < total; ++i) parts[rng.bounded(4) == 0 ? rng.bounded(n) : 0] += 1;
    return parts;
}

}  // namespace

/// A small random school's facts: one to three grades, classes of 12 to 45, a handful of cases,
/// sometimes a single referral, crisis event or student away.
SummaryFacts randomSchoolFacts(QRandomGenerator &rng)
{
    SummaryFacts f;
    const int firstGrade = 1 + rng.bounded(10);
    const int grades = 1 + rng.bounded(3);
    const QStringList instruments = rng.bounded(2) ? QStringList{u"PHQ-9"_s} : QStringList{u"PHQ-9"_s, u"GAD-7"_s};
    for (int g = firstGrade; g < firstGrade + grades; ++g) {
        const QString grade = QString::number(g);
        const int classes = 1 + rng.bounded(3);
        f.add("classes", "grade", grade, classes);
        f.add("lessons_required", "grade", grade, classes * 4);
        f.add("lessons_delivered", "grade", grade, classes * 4 - rng.bounded(3));
        const int students = rng.bounded(3) == 0 ? 12 : classes * (12 + rng.bounded(34));
        for (const QString &ins : instruments) {
            const QString key = ins + u'|' + grade;
            const int screened = students - rng.bounded(std::min(students, 4) + 1);
            const int invalid = rng.bounded(2);
            f.add("expected", "instrument_grade", key, students);
            f.add("screened", "instrument_grade", key, screened);
            f.add("not_screened", "instrument_grade", key, students - screened);
            f.add("invalid", "instrument_grade", key, invalid);
            const QVector<int> bands = split(rng, screened - invalid, kMaxBands);
            static const char *const names[kMaxBands] = {"band1", "band2", "band3", "band4", "band5"};
            for (int b = 0; b < kMaxBands; ++b) f.add(names[b], "instrument_grade", key, bands[b]);
            const int flagged = std::min(screened, bands[2] + bands[3] + bands[4] + rng.bounded(2));
            f.add("flagged", "instrument_grade", key, flagged);
            f.add("not_flagged", "instrument_grade", key, screened - flagged);
        }
        const int followups = rng.bounded(6), done = rng.bounded(followups + 1);
        f.add("followups", "grade", grade, followups);
        f.add("followups_done", "grade", grade, done);
        f.add("followups_open", "grade", grade, followups - done);
        const int seen = rng.bounded(12);
        const QVector<int> sexes = split(rng, seen, 3);
        f.add("students_seen", "grade", grade, seen);
        f.add("seen_female", "grade", grade, sexes[0]);
        f.add("seen_male", "grade", grade, sexes[1]);
        f.add("seen_sex_unstated", "grade", grade, sexes[2]);
    }
    for (const char *dim : {"session_kind", "concern", "risk_level", "destination", "group_theme"}) {
        for (const QString &key : dimension(QLatin1String(dim))->fixedKeys) {
            const int n = rng.bounded(3) == 0 ? rng.bounded(1, 3) : 0;  // mostly none, sometimes one or two
            if (qstrcmp(dim, "session_kind") == 0) f.add("sessions", dim, key, n * rng.bounded(1, 8));
            if (qstrcmp(dim, "concern") == 0) {
                const int fresh = rng.bounded(n + 1);
                f.add("cases", dim, key, n);
                f.add("cases_new", dim, key, fresh);
                f.add("cases_continuing", dim, key, n - fresh);
            }
            if (qstrcmp(dim, "risk_level") == 0) f.add("crisis_events", dim, key, n);
            if (qstrcmp(dim, "destination") == 0) {
                const int back = rng.bounded(n + 1);
                f.add("referrals", dim, key, n);
                f.add("slips_returned", dim, key, back);
                f.add("slips_outstanding", dim, key, n - back);
            }
            if (qstrcmp(dim, "group_theme") == 0) {
                f.add("groups", dim, key, n);
                f.add("group_sessions", dim, key, n * 6);
                f.add("group_members", dim, key, n * rng.bounded(4, 12));
            }
        }
    }
    const int away = rng.bounded(3), back = rng.bounded(away + 1);
    f.setSchool("time_off", away);
    f.setSchool("back_at_school", back);
    f.setSchool("still_away", away - back);
    f.setSchool("students_enrolled", 300 + rng.bounded(1000));
    return f;
}


Summary schoolSummary(const SummaryFacts &facts, const QString &code, int k, const QString &language)
{
    static const SummaryLayout layout = [] {
        auto l = builtInSummaryLayout();
        REQUIRE(l.ok());
        return *l;
    }();
    Summary s;
    s.header.generator = u"CounselDesk test"_s;
    s.header.layoutId = layout.id;
    s.header.layoutVersion = layout.version;
    s.header.language = language;
    s.header.schoolCode = code;
    s.header.schoolName = u"Synthetic school "_s + code;
    s.header.schoolType = u"junior_high"_s;
    s.header.semester = u"2026 autumn"_s;
    s.header.k = k;
    buildSummaryTables(layout, facts, s);
    REQUIRE(s.counts.consistencyProblem().isEmpty());
    REQUIRE(protectSummary(s, k).ok());
    return s;
}

QString writeSchoolPackage(const Summary &summary, const QString &parentDir)
{
    const RenderedPdf pdf{QByteArray("%PDF-1.4\n% synthetic test PDF\n%%EOF\n"), summary.header.schoolName, {}};
    auto report = writePackage(summary, pdfOf(summary, pdf), parentDir, LeakGuard());
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report.ok());
    return report->path;
}

QStringList writeSmallSchools(const QString &drive, quint32 seed, int count, const QString &codePrefix, int first,
                              int firstK)
{
    QRandomGenerator rng(seed);
    QStringList dirs;
    for (int i = 0; i < count; ++i) {
        SummaryFacts facts = randomSchoolFacts(rng);
        if (i == 0) {
            for (const char *m : {"expected", "screened", "band3", "flagged"})
                facts.add(m, "instrument_grade", u"PHQ-9|12"_s, 1);
            facts.grades.insert(u"12"_s);
        }
        dirs << writeSchoolPackage(schoolSummary(facts, codePrefix + QString::number(first + i), i == 0 ? firstK : 5),
                                   drive);
    }
    return dirs;
}

void editPackage(const QString &dir, const std::function<void(QJsonObject &summary, QJsonObject &manifest)> &edit)
{
    const auto readJson = [&](const QString &name) {
        QFile file(QDir(dir).filePath(name));
        REQUIRE(file.open(QIODevice::ReadOnly));
        return QJsonDocument::fromJson(file.readAll()).object();
    };
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile file(QDir(dir).filePath(name));
        REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        REQUIRE(file.write(bytes) == bytes.size());
    };
    QJsonObject summary = readJson(u"summary.json"_s), manifest = readJson(u"manifest.json"_s);
    edit(summary, manifest);
    const QByteArray bytes = QJsonDocument(summary).toJson(QJsonDocument::Indented);
    write(u"summary.json"_s, bytes);
    QJsonArray files = manifest.value(u"files"_s).toArray();
    for (qsizetype i = 0; i < files.size(); ++i) {
        QJsonObject f = files.at(i).toObject();
        if (f.value(u"name"_s).toString() != u"summary.json"_s) continue;
        f.insert(u"size"_s, static_cast<double>(bytes.size()));
        f.insert(u"sha256"_s, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        files[i] = f;
    }
    manifest.insert(u"files"_s, files);
    write(u"manifest.json"_s, QJsonDocument(manifest).toJson(QJsonDocument::Indented));
}

}  // namespace cd::test
