#include "ui/common/Dates.h"

using namespace Qt::StringLiterals;

namespace cd::ui::dates {

QString dateFormat() { return u"yyyy-MM-dd"_s; }
QString dateTimeFormat() { return u"yyyy-MM-dd HH:mm"_s; }

QString date(const QDate &on) { return on.isValid() ? on.toString(dateFormat()) : QString(); }

QString dateTime(const QDateTime &at) { return at.isValid() ? at.toLocalTime().toString(dateTimeFormat()) : QString(); }

QString dateTimeSeconds(const QDateTime &at)
{
    return at.isValid() ? at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) : QString();
}

QString time(const QTime &at) { return at.isValid() ? at.toString(u"HH:mm"_s) : QString(); }

}  // namespace cd::ui::dates
