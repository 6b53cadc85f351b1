#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace Masar {

// Dates and times as Masar stores and exchanges them: dates "YYYY-MM-DD",
// times in UTC to the second, "YYYY-MM-DDTHH:MM:SSZ". (On screen and paper,
// dates go through QLocale instead.)
namespace Iso8601 {

// Parses "YYYY-MM-DD" strictly.
bool parseDate(const QString& text, QDate* date);
// Parses a time that names its offset ("Z" or "+01:00") into UTC, to the second.
bool parseTimestamp(const QString& text, QDateTime* utc);
QString formatDate(const QDate& date);
QString formatTimestamp(const QDateTime& time);

} // namespace Iso8601

} // namespace Masar
