#include "ObjectName.h"

namespace Masar::ObjectName {

QString of(const QString& prefix, const QString& key, const QString& suffix)
{
    QString result = prefix;
    bool upper = !prefix.isEmpty();
    for (QChar c : key) {
        if (c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char(' ')) {
            upper = !result.isEmpty();
            continue;
        }
        result += upper ? c.toUpper() : (result.isEmpty() ? c.toLower() : c);
        upper = false;
    }
    return result + suffix;
}

} // namespace Masar::ObjectName
