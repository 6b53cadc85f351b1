#include "DashboardFigures.h"

namespace Masar {

QDate DashboardFigures::ageFrom(Age age, const QDate& today)
{
    switch (age) {
    case Age::UpTo30Days:
        return today.addDays(-30);
    case Age::UpTo90Days:
        return today.addDays(-90);
    case Age::UpTo180Days:
        return today.addDays(-180);
    case Age::Over180Days:
    case Age::NotSent:
        break;
    }
    return QDate();
}

QDate DashboardFigures::ageUntil(Age age, const QDate& today)
{
    switch (age) {
    case Age::UpTo90Days:
        return today.addDays(-31);
    case Age::UpTo180Days:
        return today.addDays(-91);
    case Age::Over180Days:
        return today.addDays(-181);
    case Age::UpTo30Days: // and the few dated after today, by a clock set back (--as-of)
    case Age::NotSent:
        break;
    }
    return QDate();
}

QString DashboardFigures::ageKey(Age age)
{
    switch (age) {
    case Age::UpTo30Days:
        return QStringLiteral("0-30");
    case Age::UpTo90Days:
        return QStringLiteral("31-90");
    case Age::UpTo180Days:
        return QStringLiteral("91-180");
    case Age::Over180Days:
        return QStringLiteral("181+");
    case Age::NotSent:
        return QStringLiteral("not_sent");
    }
    return QString();
}

std::vector<DashboardFigures::Age> DashboardFigures::ages()
{
    return {Age::UpTo30Days, Age::UpTo90Days, Age::UpTo180Days, Age::Over180Days, Age::NotSent};
}

} // namespace Masar
