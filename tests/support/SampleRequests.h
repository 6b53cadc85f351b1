#pragma once

#include "domain/Request.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// Sample requests and helpers shared by the tests of the JSON exchange format.
namespace Masar::Test {

// A time on a day of 2026, in UTC.
QDateTime utc(int month, int day, int hour, int minute, int second = 0);
// A history entry with the given fields.
HistoryEntry entry(const QDateTime& at, Step step, std::optional<State> from, State to, const QString& actor,
                   const QString& reason = QString(), const QJsonObject& data = QJsonObject());
// A document holding content, with its size and SHA-256 computed.
Document document(const QString& name, const QString& mediaType, const QByteArray& content,
                  const QDateTime& at, const QString& by);
// Bytes no text format would survive: zero bytes, a lone CR, 0xFF.
QByteArray binaryContent();
// An incoming request with every field, list and detail set.
Request fullIncoming();
// An outgoing request that went all the way to closed.
Request closedOutgoing();
// The requests as one document written by RequestJson::Writer.
QByteArray writeRequests(const std::vector<Request>& requests);
// The key of a state, or "(none)" for no state.
QString optionalState(const std::optional<State>& state);
// Sets (or with an undefined value, removes) the value at a path such as {"requests", "1", "summary"}.
QJsonValue patched(const QJsonValue& node, QStringList path, const QJsonValue& value);

// Compares a request's own fields one by one, written out here rather than
// taken from the field table, so that a field the table loses is noticed.
// Callers check QTest::currentTestFailed() after it.
void compareOwnFields(const Request& actual, const Request& expected);

} // namespace Masar::Test
