#include "crisis/DocumentParts.h"

#include "crisis/Documents.h"
#include "settings/Translations.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace cd::crisis::docparts {

namespace {
constexpr char kContext[] = "Documents";
const QString kInk = u"#222222"_s;
}  // namespace

Language::Language(const QString &language) : m_code(language == u"zh_CN"_s ? language : u"en"_s) {}

Language::~Language() = default;

QString Language::t(const char *source, const char *comment) const
{
    return settings::translateFor(m_code, kContext, source, comment);
}

QString Language::date(const QDate &date) const
{
    const bool chinese = m_code == u"zh_CN"_s;
    if (!date.isValid())
        return chinese ? blank(3) + u"年"_s + blank(2) + u"月"_s + blank(2) + u"日"_s : blank(8);
    const QLocale locale =
        chinese ? QLocale(QLocale::Chinese, QLocale::China) : QLocale(QLocale::English, QLocale::UnitedKingdom);
    //: The date format of printed documents (Qt's QDate format), e.g. 2026年3月5日
    return esc(locale.toString(date, t(QT_TRANSLATE_NOOP("Documents", "d MMMM yyyy"))));
}

int Language::age(const QDate &birth, const QDate &on)
{
    if (!birth.isValid() || !on.isValid() || on < birth) return -1;
    int years = on.year() - birth.year();
    if (on.month() < birth.month() || (on.month() == birth.month() && on.day() < birth.day())) --years;
    return years;
}

QString Language::sex(students::Sex sex) const
{
    switch (sex) {
    case students::Sex::Male: return t(QT_TRANSLATE_NOOP("Documents", "Male"));
    case students::Sex::Female: return t(QT_TRANSLATE_NOOP("Documents", "Female"));
    case students::Sex::Unknown: return QString();
    }
    return {};
}

QString Language::grade(int grade) const
{
    static const char *const names[] = {
        QT_TRANSLATE_NOOP("Documents", "Grade 1"),  QT_TRANSLATE_NOOP("Documents", "Grade 2"),
        QT_TRANSLATE_NOOP("Documents", "Grade 3"),  QT_TRANSLATE_NOOP("Documents", "Grade 4"),
        QT_TRANSLATE_NOOP("Documents", "Grade 5"),  QT_TRANSLATE_NOOP("Documents", "Grade 6"),
        QT_TRANSLATE_NOOP("Documents", "Grade 7"),  QT_TRANSLATE_NOOP("Documents", "Grade 8"),
        QT_TRANSLATE_NOOP("Documents", "Grade 9"),  QT_TRANSLATE_NOOP("Documents", "Grade 10"),
        QT_TRANSLATE_NOOP("Documents", "Grade 11"), QT_TRANSLATE_NOOP("Documents", "Grade 12"),
    };
    return grade >= 1 && grade <= 12 ? t(names[grade - 1]) : QString();
}

QString Language::urgency(Urgency urgency) const
{
    switch (urgency) {
    case Urgency::Routine: return t(QT_TRANSLATE_NOOP("Documents", "within the next two weeks"));
    case Urgency::Soon: return t(QT_TRANSLATE_NOOP("Documents", "within the next few days"));
    case Urgency::Urgent: return t(QT_TRANSLATE_NOOP("Documents", "as soon as possible, today if you can"));
    }
    return {};
}

QString Language::disclosure(Disclosure item) const
{
    switch (item) {
    case Disclosure::Identity: return t(QT_TRANSLATE_NOOP("Documents", "the student's name, sex, age and grade"));
    case Disclosure::Reason: return t(QT_TRANSLATE_NOOP("Documents", "what the school observed and for how long"));
    case Disclosure::Questions: return t(QT_TRANSLATE_NOOP("Documents", "the school's questions for the doctor"));
    case Disclosure::Screening: return t(QT_TRANSLATE_NOOP("Documents", "screening results"));
    case Disclosure::SessionExcerpt: return t(QT_TRANSLATE_NOOP("Documents", "an excerpt from counselling records"));
    case Disclosure::Contact: return t(QT_TRANSLATE_NOOP("Documents", "the guardian's contact details"));
    }
    return {};
}

QString Language::outcome(VisitOutcome outcome) const
{
    switch (outcome) {
    case VisitOutcome::Seen: return t(QT_TRANSLATE_NOOP("Documents", "Seen by a doctor"));
    case VisitOutcome::NotSeen: return t(QT_TRANSLATE_NOOP("Documents", "Not seen yet"));
    case VisitOutcome::Refused: return t(QT_TRANSLATE_NOOP("Documents", "Declined the visit"));
    }
    return {};
}

QString Language::treatment(Treatment treatment) const
{
    switch (treatment) {
    case Treatment::Outpatient: return t(QT_TRANSLATE_NOOP("Documents", "Outpatient follow-up"));
    case Treatment::Medication: return t(QT_TRANSLATE_NOOP("Documents", "Medication"));
    case Treatment::Psychotherapy: return t(QT_TRANSLATE_NOOP("Documents", "Psychotherapy"));
    case Treatment::Admitted: return t(QT_TRANSLATE_NOOP("Documents", "Admitted to hospital"));
    case Treatment::None: return t(QT_TRANSLATE_NOOP("Documents", "Nothing further needed"));
    }
    return {};
}

QString Language::fitness(SchoolFitness fitness) const
{
    switch (fitness) {
    case SchoolFitness::Fit: return t(QT_TRANSLATE_NOOP("Documents", "Can attend school as usual"));
    case SchoolFitness::FitWithSupport: return t(QT_TRANSLATE_NOOP("Documents", "Can attend school with support"));
    case SchoolFitness::TimeOff: return t(QT_TRANSLATE_NOOP("Documents", "Time off school advised"));
    }
    return {};
}

QString Language::withNote(const QString &first, const QString &second) const
{
    if (second.trimmed().isEmpty()) return esc(first);
    //: A name with a note in brackets, e.g. 李女士（母亲）
    return t(QT_TRANSLATE_NOOP("Documents", "%1 (%2)")).arg(esc(first), esc(second));
}

QString Language::comma() const
{
    //: The separator of items written out in a sentence
    return t(QT_TRANSLATE_NOOP("Documents", ", "));
}

QString esc(const QString &text) { return text.trimmed().toHtmlEscaped().replace(u'\n', u"<br/>"_s); }

QString blank(int ems)
{
    return u"<span style=\"text-decoration: underline;\">"_s + QString(u"&nbsp;"_s).repeated(ems * 2) + u"</span>"_s;
}

QString box(bool ticked, const QString &label)
{
    return u"<span style=\"font-size: 12pt;\">%1</span>&nbsp;%2"_s.arg(ticked ? u"☑"_s : u"☐"_s, esc(label));
}

QString documentStart()
{
    return u"<html><head><meta charset=\"utf-8\"/></head><body style=\"font-size: 10pt; color: %1;\">"_s.arg(kInk);
}

QString documentEnd() { return u"</body></html>"_s; }

QString pageStart(const Letterhead &letterhead, const Language &lang, bool breakBefore)
{
    QStringList contact;
    if (!letterhead.room.trimmed().isEmpty()) contact << esc(letterhead.room);
    if (!letterhead.address.trimmed().isEmpty()) contact << esc(letterhead.address);
    if (!letterhead.phone.trimmed().isEmpty())
        contact << lang.t(QT_TRANSLATE_NOOP("Documents", "Tel. %1")).arg(esc(letterhead.phone));
    QString head = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\"><tr>"_s;
    if (!letterhead.logo.isEmpty())
        head += u"<td width=\"64\" valign=\"middle\"><img src=\"%1\" height=\"52\"/></td>"_s.arg(
            QString::fromLatin1(kLogoResource));
    head += u"<td valign=\"middle\"><p style=\"font-size: 17pt; font-weight: bold; margin: 0px; "
            "letter-spacing: 1px;\">%1</p>"_s.arg(esc(letterhead.schoolName));
    if (!contact.isEmpty())
        head += u"<p style=\"font-size: 9pt; color: #444444; margin-top: 2px;\">%1</p>"_s.arg(
            contact.join(u"&nbsp;&nbsp;·&nbsp;&nbsp;"_s));
    head += u"</td></tr></table>"_s;
    const QString pageBreak = breakBefore ? u" style=\"page-break-before: always;\""_s : QString();
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"%1><thead><tr><td style=\"border-bottom: "
           "2px solid #8b1a1a; padding-bottom: 6px;\">%2</td></tr></thead>"_s.arg(pageBreak, head);
}

QString pageEnd() { return u"</table>"_s; }

QString row(const QString &html, const QString &style)
{
    return u"<tr><td%1>%2</td></tr>"_s.arg(style.isEmpty() ? QString() : u" style=\"%1\""_s.arg(style), html);
}

QString title(const Language &lang, const QString &text, const QString &subtitle)
{
    const QString spacing = lang.code() == u"zh_CN"_s ? u" letter-spacing: 2px;"_s : QString();
    QString html = u"<p align=\"center\" style=\"font-size: 16pt; font-weight: bold; margin-top: 10px; "
                   "margin-bottom: 2px;%1\">%2</p>"_s.arg(spacing, esc(text));
    if (!subtitle.isEmpty())
        html += u"<p align=\"center\" style=\"font-size: 10pt; color: #444444; margin-top: 0px;\">%1</p>"_s.arg(subtitle);
    return html;
}

QString section(const QString &heading, const QString &html)
{
    return u"<p style=\"font-size: 11pt; font-weight: bold; margin-top: 8px; margin-bottom: 3px;\">%1</p>%2"_s.arg(
        esc(heading), html);
}

QString para(const QString &html, const QString &style)
{
    return u"<p style=\"margin-top: 2px; margin-bottom: 4px; line-height: 140%;%1\">%2</p>"_s.arg(
        style.isEmpty() ? QString() : u" "_s + style, html);
}

QString facts(const QList<QPair<QString, QString>> &rows, int columns, int padding)
{
    QString html = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"%1\" border=\"1\" "
                   "style=\"border-collapse: collapse; border-color: #999999;\">"_s.arg(padding);
    for (int i = 0; i < rows.size(); i += columns) {
        html += u"<tr>"_s;
        for (int c = 0; c < columns; ++c) {
            const bool present = i + c < rows.size();
            html += u"<td width=\"%1%\" style=\"background-color: #f2f2f2; font-weight: bold;\">%2</td>"
                    "<td valign=\"middle\">%3</td>"_s.arg(
                QString::number(columns == 1 ? 25 : 18), present ? esc(rows[i + c].first) : QString(),
                present ? rows[i + c].second : QString());
        }
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

QString cutLine(const Language &lang)
{
    return u"<p align=\"center\" style=\"font-size: 8pt; color: #555555; margin-top: 0px;\">%1</p>"_s.arg(keepTogether(
        esc(lang.t(QT_TRANSLATE_NOOP("Documents", "cut along the dashed line and return the slip below to the school")))));
}

QString keepTogether(const QString &text)
{
    return u"<a name=\"%1\">%2</a>"_s.arg(QString::fromLatin1(kKeepTogetherAnchor), text);
}

QString block(const QString &html, const QString &style)
{
    return u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"6\"><tr><td%1>%2</td></tr></table>"_s.arg(
        style.isEmpty() ? QString() : u" style=\"%1\""_s.arg(style), html);
}

QString signatureGrid(const QList<QList<QPair<QString, QString>>> &rows, int ems)
{
    QString html = u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"5\" style=\"margin-top: 6px;\">"_s;
    bool first = true;
    for (const auto &line : rows) {
        html += u"<tr>"_s;
        for (const auto &[label, value] : line) {
            const QString shown = first ? keepTogether(esc(label)) : esc(label);
            first = false;
            html += u"<td align=\"right\" valign=\"bottom\" style=\"padding-top: 10px;\">%1</td>"
                    "<td valign=\"bottom\" style=\"padding-top: 10px;\">%2</td>"_s.arg(
                        shown, value.isEmpty() ? blank(ems) : value);
        }
        html += u"</tr>"_s;
    }
    return html + u"</table>"_s;
}

QString signatures(const QList<QPair<QString, QString>> &lines)
{
    QString html = u"<table align=\"right\" cellspacing=\"0\" cellpadding=\"7\" style=\"margin-top: 8px;\">"_s;
    bool first = true;
    for (const auto &[label, value] : lines) {
        const QString shown = first ? keepTogether(esc(label)) : esc(label);
        html += u"<tr><td align=\"right\" valign=\"bottom\" style=\"padding-top: 14px;\">%1</td>"
                "<td valign=\"bottom\" style=\"padding-top: 14px;\">%2</td></tr>"_s.arg(
            shown, value.isEmpty() ? blank(9) : value);
        first = false;
    }
    return html + u"</table>"_s;
}

}  // namespace cd::crisis::docparts
