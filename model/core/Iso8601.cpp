#include "Iso8601.h"

#include <QRegularExpression>

namespace Masar::Iso8601 {

bool parseDate(const QString& text, QDate* date)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!pattern.match(text).hasMatch()) {
        return false;
    }
    *date = QDate::fromString(text, Qt::ISODate);
    return date->isValid();
}

bool parseTimestamp(const QString& text, QDateTime* utc)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$"));
    if (!pattern.match(text).hasMatch()) {
        return false;
    }
    const QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid()) {
        return false;
    }
    const QDateTime inUtc = parsed.toUTC();
    *utc = QDateTime(inUtc.date(), QTime(inUtc.time().hour(), inUtc.time().minute(), inUtc.time().second()),
                     Qt::UTC);
    return true;
}

QString formatDate(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QString formatTimestamp(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'")) : QString();
}

} // namespace Masar::Iso8601
