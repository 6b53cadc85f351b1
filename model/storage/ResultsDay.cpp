#include "ResultsDay.h"

#include "SqlDialect.h"

namespace Masar {

namespace {

QString quoted(const QString& key)
{
    // One of our own code keys, never user text.
    return QLatin1Char('\'') + key + QLatin1Char('\'');
}

// The results step of the direction of the request in `prefix`.
QString stepOfDirection(const QString& prefix)
{
    return QStringLiteral("CASE WHEN %1direction = %2 THEN %3 ELSE %4 END")
        .arg(prefix, quoted(keyOf(Direction::Incoming)), quoted(keyOf(ResultsDay::step(Direction::Incoming))),
             quoted(keyOf(ResultsDay::step(Direction::Outgoing))));
}

} // namespace

Step ResultsDay::step(Direction direction)
{
    return direction == Direction::Incoming ? Step::SendResults : Step::ReceiveResults;
}

std::optional<Direction> ResultsDay::directionOf(Step step)
{
    for (Direction direction : allOf<Direction>()) {
        if (ResultsDay::step(direction) == step) {
            return direction;
        }
    }
    return std::nullopt;
}

QString ResultsDay::keepStatement(const SqlDialect& dialect)
{
    const QString day = dialect.localDate(QStringLiteral("?"));
    return QStringLiteral("UPDATE requests SET results_on = %1 WHERE id = ? AND direction = ?"
                          " AND (results_on IS NULL OR results_on > %1)")
        .arg(day);
}

QString ResultsDay::fillStatement(const SqlDialect& dialect)
{
    // The first entry of each request's own results step, found over the
    // index history_results (request, step, time).
    return QStringLiteral("UPDATE requests SET results_on = (SELECT %1 FROM history h"
                          " WHERE h.request_id = requests.id AND h.step = %2)"
                          " WHERE id IN (SELECT request_id FROM history WHERE step IN (%3, %4))")
        .arg(dialect.localDate(QStringLiteral("min(h.at)")), stepOfDirection(QStringLiteral("requests.")),
             quoted(keyOf(step(Direction::Incoming))), quoted(keyOf(step(Direction::Outgoing))));
}

QString ResultsDay::partner(const QString& prefix)
{
    return QStringLiteral("CASE WHEN %1direction = %2 THEN %1requesting_country ELSE %1requested_country END")
        .arg(prefix, quoted(keyOf(Direction::Incoming)));
}

QString ResultsDay::days(const SqlDialect& dialect, const QString& prefix)
{
    // An incoming request has a day received and no day sent, an outgoing
    // one the other way round (the table's checks): either is the day opened.
    return dialect.daysBetween(QStringLiteral("coalesce(%1received_on, %1sent_on)").arg(prefix),
                               prefix + QStringLiteral("results_on"));
}

QString ResultsDay::counted(const QString& prefix)
{
    // "Closed" as "has a disposition": the same, by the table's checks.
    return QStringLiteral("%1disposition IS NOT NULL AND %1results_on IS NOT NULL").arg(prefix);
}

QString ResultsDay::indexStatement(const SqlDialect& dialect)
{
    // The expressions lead, in the dashboard's GROUP BY order, so that its
    // groups come out of the index one after the other with no sorting; the
    // columns they are computed from follow, so that no row of the table is
    // read (SQLite 3.40 does not read an expression's value from an index).
    return QStringLiteral("CREATE INDEX requests_results ON requests (direction, %1, %2, requesting_country,"
                          " requested_country, received_on, sent_on, results_on, disposition) WHERE %3")
        .arg(partner(QString()), days(dialect, QString()), counted(QString()));
}

} // namespace Masar
