// The safety plan's printed page: the six steps of the Stanley–Brown safety plan in the student's
// own words, the reason to live, the hotlines that are always printed in step 5 with the
// directory's professionals, the guardian's signature for step 6, and the review date.

#include "crisis/Documents.h"

#include "crisis/DocumentParts.h"

using namespace Qt::StringLiterals;

namespace cd::crisis {

using namespace docparts;

namespace {

QString stepRow(int number, const QString &heading, const QString &hint, const QString &body)
{
    return u"<tr><td width=\"34\" align=\"center\" valign=\"top\" style=\"background-color: #2f4f6f; color: #ffffff; "
           "font-size: 14pt; font-weight: bold; border-bottom: 2px solid #ffffff;\">%1</td>"
           "<td style=\"border-bottom: 1px solid #bbbbbb;\">"
           "<p style=\"font-weight: bold; font-size: 11pt; margin-top: 0px; margin-bottom: 1px;\">%2</p>"
           "<p style=\"font-size: 8.5pt; color: #555555; margin-top: 0px; margin-bottom: 3px;\">%3</p>%4</td></tr>"_s.arg(
               QString::number(number), esc(heading), esc(hint), body);
}

/// The student's words, or lines to write on when the step is still empty.
QString words(const QString &text)
{
    if (text.trimmed().isEmpty()) return para(blank(30)) + para(blank(30));
    return para(esc(text), u"font-size: 11pt;"_s);
}

QString professionals(const SafetyPlanDocumentData &data, const Language &lang)
{
    QString html = words(data.plan.content.professionals);
    QStringList lines;
    if (!data.counselorName.trimmed().isEmpty()) {
        QString counselor = lang.t(QT_TRANSLATE_NOOP("Documents", "School counselor: %1")).arg(esc(data.counselorName));
        const QString phone = data.counselorPhone.trimmed().isEmpty() ? data.letterhead.phone : data.counselorPhone;
        if (!phone.trimmed().isEmpty()) counselor += u"&nbsp;&nbsp;"_s + esc(phone);
        lines << counselor;
    }
    for (const Institution &place : data.professionals) {
        QString line = u"<b>%1</b>"_s.arg(esc(place.displayName()));
        if (!place.phone.trimmed().isEmpty()) line += u"&nbsp;&nbsp;"_s + esc(place.phone);
        if (!place.address.trimmed().isEmpty()) line += u"&nbsp;&nbsp;"_s + esc(place.address);
        lines << line;
    }
    // Always printed, whatever the plan says.
    lines << lang.t(QT_TRANSLATE_NOOP("Documents", "<b>12356</b> national psychological assistance hotline"));
    lines << lang.t(QT_TRANSLATE_NOOP("Documents", "<b>12355</b> youth service line"));
    lines << lang.t(QT_TRANSLATE_NOOP("Documents", "In an emergency: <b>120</b> (ambulance), <b>110</b> (police)"));
    html += u"<ul style=\"margin-top: 2px; margin-bottom: 2px;\">"_s;
    for (const QString &line : lines) html += u"<li>%1</li>"_s.arg(line);
    return html + u"</ul>"_s;
}

}  // namespace

QString composeSafetyPlan(const SafetyPlanDocumentData &data, const QString &language)
{
    const Language lang(language);
    const SafetyPlanContent &c = data.plan.content;
    QString html = documentStart() + pageStart(data.letterhead, lang);
    QString who = esc(data.student.name.trimmed());
    if (data.student.grade > 0) who += u"&nbsp;&nbsp;"_s + esc(lang.grade(data.student.grade));
    html += row(title(lang, lang.t(QT_TRANSLATE_NOOP("Documents", "My safety plan")),
                      who + u"&nbsp;&nbsp;&nbsp;&nbsp;"_s
                          + lang.t(QT_TRANSLATE_NOOP("Documents", "Made on %1")).arg(lang.date(data.date))
                          + u"&nbsp;&nbsp;&nbsp;&nbsp;"_s
                          + lang.t(QT_TRANSLATE_NOOP("Documents", "Version %1")).arg(data.plan.version)));
    html += row(para(esc(lang.t(QT_TRANSLATE_NOOP(
                         "Documents", "When things feel too hard, go through these steps in order until you feel "
                                      "safer. Keep this page where you can find it quickly."))),
                     u"font-size: 9.5pt;"_s));

    QString steps = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\">"_s;
    steps += stepRow(1, lang.t(QT_TRANSLATE_NOOP("Documents", "My warning signs")),
                     lang.t(QT_TRANSLATE_NOOP("Documents", "Thoughts, feelings, situations that tell me a crisis may "
                                                           "be starting")),
                     words(c.warningSigns));
    steps += stepRow(2, lang.t(QT_TRANSLATE_NOOP("Documents", "Things I can do on my own")),
                     lang.t(QT_TRANSLATE_NOOP("Documents", "To take my mind off things without contacting anyone")),
                     words(c.copingAlone));
    steps += stepRow(3, lang.t(QT_TRANSLATE_NOOP("Documents", "People and places that help me feel better")),
                     lang.t(QT_TRANSLATE_NOOP("Documents", "Where I can be with others and feel distracted")),
                     words(c.distractions));
    steps += stepRow(4, lang.t(QT_TRANSLATE_NOOP("Documents", "People I can ask for help")),
                     lang.t(QT_TRANSLATE_NOOP("Documents", "Family, friends, my class teacher, a teacher I trust "
                                                           "(names and phone numbers)")),
                     words(c.helpers));
    steps += stepRow(5, lang.t(QT_TRANSLATE_NOOP("Documents", "Professionals and hotlines I can call")),
                     lang.t(QT_TRANSLATE_NOOP("Documents", "The school counselor during school hours; the hotlines "
                                                           "at any time")),
                     professionals(data, lang));
    QString safe = words(c.safeSurroundings);
    // The guardian signs by hand; the plan only notes that they agreed to this step.
    if (c.guardianSigned && !c.guardianName.trimmed().isEmpty())
        safe += para(lang.t(QT_TRANSLATE_NOOP("Documents", "Agreed with the guardian, %1.")).arg(esc(c.guardianName)),
                     u"font-size: 9pt; color: #555555;"_s);
    safe += signatures({{lang.t(QT_TRANSLATE_NOOP("Documents", "Guardian (signature):")), QString()},
                        {lang.t(QT_TRANSLATE_NOOP("Documents", "Date:")), QString()}});
    steps += stepRow(6, lang.t(QT_TRANSLATE_NOOP("Documents", "Making my surroundings safe")),
                     lang.t(QT_TRANSLATE_NOOP("Documents", "The guardian keeps medicines, knives and other dangerous "
                                                           "things locked away, and keeps windows and balconies "
                                                           "safe")),
                     safe);
    steps += u"</table>"_s;
    html += row(steps);

    html += row(u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"8\" style=\"background-color: #fff6e0;\"><tr>"
                "<td><p style=\"font-weight: bold; margin-top: 0px; margin-bottom: 2px;\">%1</p>%2</td></tr></table>"_s.arg(
                    esc(lang.t(QT_TRANSLATE_NOOP("Documents", "The one thing most important to me, worth living for"))),
                    words(c.reasonToLive)),
                u"padding-top: 6px;"_s);
    html += row(signatures({{lang.t(QT_TRANSLATE_NOOP("Documents", "Student (signature):")), QString()},
                            {lang.t(QT_TRANSLATE_NOOP("Documents", "School counselor (signature):")), QString()},
                            {lang.t(QT_TRANSLATE_NOOP("Documents", "We will look at this plan again on:")),
                             lang.date(data.plan.reviewOn)}}));
    return html + pageEnd() + documentEnd();
}

}  // namespace cd::crisis
