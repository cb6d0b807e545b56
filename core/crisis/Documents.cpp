// The referral's documents: the advice to the guardian (two parts), the letter to the hospital
// with its tear-off return slip, and the return slip alone. The safety plan's page is in
// SafetyPlanDocument.cpp; the shared pieces in DocumentParts.cpp.

#include "crisis/Documents.h"

#include "crisis/DocumentParts.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace cd::crisis {

using namespace docparts;

namespace {

QString studentName(const ReferralDocumentData &data) { return data.student.name.trimmed(); }

QString ageText(const Language &lang, const students::Student &student, const QDate &on)
{
    const int years = Language::age(student.birthDate, on);
    //: A student's age in years on a printed document
    return years < 0 ? QString() : lang.t(QT_TRANSLATE_NOOP("Documents", "%1 years")).arg(years);
}

QString destinationName(const ReferralDocumentData &data)
{
    return data.destination ? data.destination->displayName().trimmed() : QString();
}

QString numberAndDate(const ReferralDocumentData &data, const Language &lang)
{
    return lang.t(QT_TRANSLATE_NOOP("Documents", "No. %1")).arg(esc(data.referral.number)) + u"&nbsp;&nbsp;&nbsp;&nbsp;"_s
           + lang.t(QT_TRANSLATE_NOOP("Documents", "Date: %1")).arg(lang.date(data.date));
}

/// The school's contact for the letter: the counselor, their phone (else the room's). The address is
/// on the letterhead.
QList<QPair<QString, QString>> schoolContact(const ReferralDocumentData &data, const Language &lang)
{
    const QString phone = data.counselorPhone.trimmed().isEmpty() ? data.letterhead.phone : data.counselorPhone;
    QList<QPair<QString, QString>> rows;
    if (!data.counselorName.trimmed().isEmpty())
        rows << qMakePair(lang.t(QT_TRANSLATE_NOOP("Documents", "School counselor")), esc(data.counselorName));
    if (!phone.trimmed().isEmpty()) rows << qMakePair(lang.t(QT_TRANSLATE_NOOP("Documents", "Phone")), esc(phone));
    return rows;
}

/// The slip's fields: blank tick boxes and lines, or the answers the guardian brought back.
QString slipFields(const ReferralDocumentData &data, const Language &lang)
{
    const std::optional<ReturnSlip> &slip = data.referral.slip;
    auto boxes = [&](const auto &values, const auto &name, const auto &isTicked) {
        QStringList parts;
        for (const auto &value : values) parts << box(isTicked(value), name(value));
        return parts.join(u"&nbsp;&nbsp;&nbsp;"_s);
    };
    const QList<VisitOutcome> outcomes = {VisitOutcome::Seen, VisitOutcome::NotSeen, VisitOutcome::Refused};
    const QList<Treatment> treatments = {Treatment::Outpatient, Treatment::Medication, Treatment::Psychotherapy,
                                         Treatment::Admitted, Treatment::None};
    const QList<SchoolFitness> fitness = {SchoolFitness::Fit, SchoolFitness::FitWithSupport, SchoolFitness::TimeOff};
    auto text = [](const QString &value, int ems) { return value.trimmed().isEmpty() ? blank(ems) : esc(value); };

    // Four columns: a label and its answer, twice on a line for the two dates.
    const QString label = u"<td width=\"21%\" style=\"background-color: #f2f2f2; font-weight: bold;\">%1</td>"_s;
    auto line = [&](const QString &name, const QString &value) {
        return u"<tr>"_s + label.arg(esc(name)) + u"<td colspan=\"3\">%1</td></tr>"_s.arg(value);
    };
    QString html = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                   "style=\"border-collapse: collapse; border-color: #999999;\">"_s;
    if (data.referral.discloses(Disclosure::Identity))
        html += line(lang.t(QT_TRANSLATE_NOOP("Documents", "Student")),
                     esc(studentName(data)) + u"&nbsp;&nbsp;"_s + esc(lang.grade(data.student.grade)));
    html += line(lang.t(QT_TRANSLATE_NOOP("Documents", "Visit")),
                 boxes(outcomes, [&](VisitOutcome o) { return lang.outcome(o); },
                       [&](VisitOutcome o) { return slip && slip->outcome == o; }));
    html += u"<tr>"_s + label.arg(esc(lang.t(QT_TRANSLATE_NOOP("Documents", "Date of the visit"))))
            + u"<td width=\"29%\">%1</td>"_s.arg(lang.date(slip ? slip->visitedOn : QDate()))
            + label.arg(esc(lang.t(QT_TRANSLATE_NOOP("Documents", "Next visit"))))
            + u"<td width=\"29%\">%1</td></tr>"_s.arg(lang.date(slip ? slip->nextVisit : QDate()));
    html += line(lang.t(QT_TRANSLATE_NOOP("Documents", "Hospital and department")),
                 text(slip ? slip->department : QString(), 22));
    html += line(lang.t(QT_TRANSLATE_NOOP("Documents", "What was decided")),
                 boxes(treatments, [&](Treatment t) { return lang.treatment(t); },
                       [&](Treatment t) { return slip && slip->treatments.contains(t); }));
    html += line(lang.t(QT_TRANSLATE_NOOP("Documents", "School")),
                 boxes(fitness, [&](SchoolFitness f) { return lang.fitness(f); },
                       [&](SchoolFitness f) { return slip && slip->fitness == f; }));
    html += line(lang.t(QT_TRANSLATE_NOOP("Documents", "Support the school should give")),
                 text(slip ? slip->supportNeeded : QString(), 22));
    // Shared only when the guardian chose to: the line exists only when it was entered.
    if (slip && !slip->diagnosis.trimmed().isEmpty())
        html += line(lang.t(QT_TRANSLATE_NOOP("Documents", "Diagnosis (shared by the guardian)")), esc(slip->diagnosis));
    return html + u"</table>"_s;
}

QString slipPart(const ReferralDocumentData &data, const Language &lang, bool alone)
{
    const std::optional<ReturnSlip> &slip = data.referral.slip;
    QString html = u"<p align=\"center\" style=\"font-size: 12pt; font-weight: bold; margin-top: %1px; "
                   "margin-bottom: 0px;\">%2</p>"_s.arg(
                       alone ? u"10"_s : u"0"_s, esc(lang.t(QT_TRANSLATE_NOOP("Documents", "Return slip"))));
    // Torn off, the slip still says where it goes back to.
    QString from;
    if (!alone)
        from = esc((data.letterhead.schoolName + u' ' + data.letterhead.room).trimmed()) + u"&nbsp;&nbsp;·&nbsp;&nbsp;"_s;
    html += u"<p align=\"center\" style=\"font-size: 9.5pt; margin-top: 0px;\">%1%2</p>"_s.arg(
        from, lang.t(QT_TRANSLATE_NOOP("Documents", "Referral No. %1")).arg(esc(data.referral.number)));
    html += para(esc(lang.t(QT_TRANSLATE_NOOP(
                    "Documents", "Filled in by the guardian (or the doctor) after the visit, ticking what applies, "
                                 "and returned to the counselling room. A note from the hospital may be attached if "
                                 "the guardian wishes."))),
                 u"font-size: 9.5pt; color: #444444;"_s);
    html += slipFields(data, lang);
    const QString filledBy = slip ? esc(slip->filledBy) : QString();
    const QString received = slip && slip->receivedOn.isValid() ? lang.date(slip->receivedOn) : QString();
    html += signatureGrid({{{lang.t(QT_TRANSLATE_NOOP("Documents", "Filled in by:")), filledBy},
                            {lang.t(QT_TRANSLATE_NOOP("Documents", "Date:")), QString()},
                            {lang.t(QT_TRANSLATE_NOOP("Documents", "Received at school by:")), QString()},
                            {lang.t(QT_TRANSLATE_NOOP("Documents", "Date:")), received}}},
                          5);
    return html;
}

/// One part of the advice to the guardian: `copy` names whose part it is.
QString guardianPart(const ReferralDocumentData &data, const Language &lang, const QString &copy, bool breakBefore)
{
    const Referral &r = data.referral;
    QString html = pageStart(data.letterhead, lang, breakBefore);
    html += row(title(lang, lang.t(QT_TRANSLATE_NOOP("Documents", "Advice to seek a medical consultation")),
                      esc(copy) + u"&nbsp;&nbsp;&nbsp;&nbsp;"_s + numberAndDate(data, lang)));

    const QString guardian = r.consent.guardianName.trimmed();
    QString body = para(guardian.isEmpty()
                            ? esc(lang.t(QT_TRANSLATE_NOOP("Documents", "Dear parent or guardian,")))
                            : lang.t(QT_TRANSLATE_NOOP("Documents", "Dear %1,")).arg(esc(guardian)));
    const QString who = lang.withNote(studentName(data), lang.grade(data.student.grade));
    body += para(lang.t(QT_TRANSLATE_NOOP("Documents", "At school we have noticed the following about your child %1:"))
                     .arg(who));
    body += para(esc(r.reason), u"margin-left: 18px; color: #111111;"_s);
    if (!r.duration.trimmed().isEmpty())
        body += para(lang.t(QT_TRANSLATE_NOOP("Documents", "This has lasted %1.")).arg(esc(r.duration)),
                     u"margin-left: 18px;"_s);
    body += para(lang.t(QT_TRANSLATE_NOOP(
                            "Documents", "For your child's health, the school's counselling room advises you to take "
                                         "your child to the psychology or psychiatry department of a regular hospital "
                                         "<b>%1</b>, so that a doctor can make a professional assessment. This is "
                                         "the school's advice: the school does not make medical judgements."))
                     .arg(esc(lang.urgency(r.urgency))));
    if (data.destination) {
        QString place = u"<b>%1</b>"_s.arg(esc(destinationName(data)));
        if (!data.destination->address.trimmed().isEmpty()) place += lang.comma() + esc(data.destination->address);
        if (!data.destination->phone.trimmed().isEmpty())
            place += lang.comma()
                     + lang.t(QT_TRANSLATE_NOOP("Documents", "Tel. %1"))
                           .arg(esc(data.destination->phone).replace(u' ', u"&nbsp;"_s));
        body += para(lang.t(QT_TRANSLATE_NOOP("Documents", "We suggest: %1.")).arg(place));
    }
    const QString due = r.slipDue.isValid() ? lang.date(r.slipDue) : QString();
    body += para(due.isEmpty()
                     ? esc(lang.t(QT_TRANSLATE_NOOP("Documents", "After the visit, please bring the return slip back to "
                                                                 "the counselling room, so that the school can support "
                                                                 "your child in the way the doctor advises.")))
                     : lang.t(QT_TRANSLATE_NOOP("Documents", "After the visit, please bring the return slip back to "
                                                             "the counselling room by %1, so that the school can support "
                                                             "your child in the way the doctor advises."))
                           .arg(due));
    body += para(esc(lang.t(QT_TRANSLATE_NOOP(
        "Documents", "What you tell us is kept confidential and shared at school only as far as your child's safety "
                     "requires. If you have any question, please contact us."))));
    html += row(body);
    if (const auto contact = schoolContact(data, lang); !contact.isEmpty()) html += row(facts(contact, 1));
    html += row(signatureGrid({{{QString(), u"&nbsp;"_s},
                                {lang.t(QT_TRANSLATE_NOOP("Documents", "School counselling room (stamp):")), QString()}},
                               {{QString(), u"&nbsp;"_s},
                                {lang.t(QT_TRANSLATE_NOOP("Documents", "Date:")), lang.date(data.date)}}}));

    QString acknowledge = u"<p style=\"font-weight: bold; margin-top: 0px;\">%1</p>"_s.arg(
        keepTogether(esc(lang.t(QT_TRANSLATE_NOOP("Documents", "Guardian's acknowledgement")))));
    acknowledge += para(esc(lang.t(QT_TRANSLATE_NOOP(
        "Documents", "I have received this advice and understood it."))));
    acknowledge += para(box(false, lang.t(QT_TRANSLATE_NOOP(
        "Documents", "I agree that the school gives the doctor the information listed in its referral letter."))));
    acknowledge += facts({{lang.t(QT_TRANSLATE_NOOP("Documents", "Guardian's signature")), blank(10)},
                          {lang.t(QT_TRANSLATE_NOOP("Documents", "Relation to the student")),
                           r.consent.relation.trimmed().isEmpty() ? blank(6) : esc(r.consent.relation)},
                          {lang.t(QT_TRANSLATE_NOOP("Documents", "Phone")), blank(10)},
                          {lang.t(QT_TRANSLATE_NOOP("Documents", "Date")), lang.date(QDate())}},
                         2, 9);
    html += row(block(acknowledge, u"border: 1px solid #555555;"_s), u"padding-top: 8px;"_s);
    html += row(para(esc(lang.t(QT_TRANSLATE_NOOP(
                         "Documents", "This advice is made out in two parts: one for the school, one for the guardian."))),
                     u"font-size: 8.5pt; color: #555555;"_s));
    return html + pageEnd();
}

}  // namespace

QStringList documentLanguages() { return {u"zh_CN"_s, u"en"_s}; }

QString composeGuardianAdvice(const ReferralDocumentData &data, const QString &language)
{
    const Language lang(language);
    return documentStart()
           + guardianPart(data, lang, lang.t(QT_TRANSLATE_NOOP("Documents", "School's copy")), false)
           + guardianPart(data, lang, lang.t(QT_TRANSLATE_NOOP("Documents", "Guardian's copy")), true) + documentEnd();
}

QString composeHospitalLetter(const ReferralDocumentData &data, const QString &language)
{
    const Language lang(language);
    const Referral &r = data.referral;
    QString html = documentStart() + pageStart(data.letterhead, lang);
    html += row(title(lang, lang.t(QT_TRANSLATE_NOOP("Documents", "Referral letter")), numberAndDate(data, lang)));

    const QString to = destinationName(data);
    QString opening = para(to.isEmpty() ? esc(lang.t(QT_TRANSLATE_NOOP("Documents", "Dear doctor,")))
                                        : lang.t(QT_TRANSLATE_NOOP("Documents", "To: %1")).arg(u"<b>%1</b>"_s.arg(esc(to))));
    opening += para(esc(lang.t(QT_TRANSLATE_NOOP(
        "Documents", "The student below has shown the behaviour described in this letter at school. The school's "
                     "counselling room has advised the guardian to bring the student to you for a professional "
                     "assessment. What follows is what the school observed; it is not a medical judgement."))));
    html += row(opening);

    if (r.discloses(Disclosure::Identity)) {
        const QString age = ageText(lang, data.student, data.date);
        html += row(section(lang.t(QT_TRANSLATE_NOOP("Documents", "The student")),
                            facts({{lang.t(QT_TRANSLATE_NOOP("Documents", "Name")), esc(studentName(data))},
                                   {lang.t(QT_TRANSLATE_NOOP("Documents", "Sex")), esc(lang.sex(data.student.sex))},
                                   {lang.t(QT_TRANSLATE_NOOP("Documents", "Age")), esc(age)},
                                   {lang.t(QT_TRANSLATE_NOOP("Documents", "Grade")), esc(lang.grade(data.student.grade))}},
                                  2)));
    } else {
        html += row(section(lang.t(QT_TRANSLATE_NOOP("Documents", "The student")),
                            para(esc(lang.t(QT_TRANSLATE_NOOP("Documents", "The guardian will give the student's "
                                                                           "details in person."))))));
    }
    if (r.discloses(Disclosure::Reason)) {
        QString observed = para(esc(r.reason));
        if (!r.duration.trimmed().isEmpty())
            observed += para(lang.t(QT_TRANSLATE_NOOP("Documents", "<b>How long:</b> %1")).arg(esc(r.duration)));
        observed += para(lang.t(QT_TRANSLATE_NOOP("Documents", "<b>The school advised a visit</b> %1."))
                             .arg(esc(lang.urgency(r.urgency))));
        html += row(section(lang.t(QT_TRANSLATE_NOOP("Documents", "What the school observed")), observed));
    }
    if (r.discloses(Disclosure::Screening) && !r.screeningText.trimmed().isEmpty())
        html += row(section(lang.t(QT_TRANSLATE_NOOP("Documents", "Screening results")),
                            para(esc(r.screeningText))
                                + para(esc(lang.t(QT_TRANSLATE_NOOP("Documents", "Screening questionnaires point to "
                                                                                 "who may need attention; they are "
                                                                                 "not a medical judgement."))),
                                       u"font-size: 9pt; color: #555555;"_s)));
    if (r.discloses(Disclosure::SessionExcerpt) && !r.sessionText.trimmed().isEmpty())
        html += row(section(lang.t(QT_TRANSLATE_NOOP("Documents", "From the school's counselling records")),
                            para(esc(r.sessionText))));
    if (r.discloses(Disclosure::Contact)) {
        const QString guardian = lang.withNote(r.consent.guardianName, r.consent.relation);
        html += row(section(lang.t(QT_TRANSLATE_NOOP("Documents", "The guardian")),
                            facts({{lang.t(QT_TRANSLATE_NOOP("Documents", "Name")), guardian},
                                   {lang.t(QT_TRANSLATE_NOOP("Documents", "Phone")), esc(r.consent.phone)}},
                                  2)));
    }
    if (r.discloses(Disclosure::Questions)) {
        QString questions = u"<ol style=\"margin-top: 0px; margin-bottom: 0px;\">"_s;
        questions += u"<li>%1</li>"_s.arg(esc(lang.t(QT_TRANSLATE_NOOP(
            "Documents", "Can the student attend school as usual at present?"))));
        questions += u"<li>%1</li>"_s.arg(esc(lang.t(QT_TRANSLATE_NOOP(
            "Documents", "What support or precautions should the school provide?"))));
        questions += u"<li>%1</li>"_s.arg(esc(lang.t(QT_TRANSLATE_NOOP("Documents", "When is the next visit?"))));
        for (const QString &line : r.questions.split(u'\n', Qt::SkipEmptyParts))
            if (!line.trimmed().isEmpty()) questions += u"<li>%1</li>"_s.arg(esc(line));
        questions += u"</ol>"_s;
        html += row(section(lang.t(QT_TRANSLATE_NOOP("Documents", "Questions for the doctor")), questions));
    }

    QStringList included;
    for (Disclosure item : disclosures())
        if (r.discloses(item)
            && !(item == Disclosure::Screening && r.screeningText.trimmed().isEmpty())
            && !(item == Disclosure::SessionExcerpt && r.sessionText.trimmed().isEmpty()))
            included << esc(lang.disclosure(item));
    html += row(para(u"<b>%1</b>&nbsp;&nbsp;"_s.arg(esc(lang.t(QT_TRANSLATE_NOOP("Documents", "What this letter includes"))))
                         + lang.t(QT_TRANSLATE_NOOP("Documents", "With the guardian's consent, this letter includes "
                                                                 "only: %1. Nothing else from the school's records "
                                                                 "is shared."))
                               .arg(included.join(lang.t(QT_TRANSLATE_NOOP("Documents", "; ")))),
                     u"font-size: 9pt; color: #333333; margin-top: 6px;"_s));

    QStringList contact;
    for (const auto &[label, value] : schoolContact(data, lang))
        //: A label and its value in a line of text, e.g. 电话：010-6200 1234
        contact << lang.t(QT_TRANSLATE_NOOP("Documents", "<b>%1:</b> %2")).arg(esc(label), value);
    html += row(para(u"<b style=\"font-size: 11pt;\">%1</b>&nbsp;&nbsp;&nbsp;"_s.arg(
                         esc(lang.t(QT_TRANSLATE_NOOP("Documents", "Contact at the school"))))
                     + contact.join(u"&nbsp;&nbsp;&nbsp;"_s))
                + para(esc(lang.t(QT_TRANSLATE_NOOP("Documents", "Thank you for your help. We would be grateful for "
                                                                 "your advice on how the school can support the "
                                                                 "student.")))),
                u"padding-top: 4px;"_s);
    html += row(signatureGrid({{{lang.t(QT_TRANSLATE_NOOP("Documents", "School counselor (signature):")), QString()},
                                {lang.t(QT_TRANSLATE_NOOP("Documents", "School counselling room (stamp):")), QString()}},
                               {{QString(), u"&nbsp;"_s},
                                {lang.t(QT_TRANSLATE_NOOP("Documents", "Date:")), lang.date(data.date)}}}));
    html += pageEnd();
    // The tear-off slip at the foot, after a dashed cut line; on a page of its own when it would
    // otherwise be split. It is there to be filled in: blank, even when a slip already came back
    // (the answers, a diagnosis among them, are on the return slip printed alone).
    ReferralDocumentData blankSlip = data;
    blankSlip.referral.slip.reset();
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" style=\"margin-top: 6px;\"><tr><td "
            "style=\"border-top: 1px dashed #333333; padding-top: 2px;\">%1</td></tr></table>"_s.arg(
                cutLine(lang) + slipPart(blankSlip, lang, false));
    return html + documentEnd();
}

QString composeReturnSlip(const ReferralDocumentData &data, const QString &language)
{
    const Language lang(language);
    return documentStart() + pageStart(data.letterhead, lang) + row(slipPart(data, lang, true)) + pageEnd()
           + documentEnd();
}

}  // namespace cd::crisis
