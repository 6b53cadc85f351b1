#pragma once

#include "Codes.h"
#include "StepField.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Masar {

// A field a step changed: its value before and after, as stored (a code, a
// user name, an ISO date, a measure's status).
struct FieldChange
{
    StepField field;
    QString before;
    QString after;

    bool operator==(const FieldChange& other) const
    {
        return field == other.field && before == other.before && after == other.after;
    }
};

// One line of a request's history. Append-only.
//
// Besides the step, the states, who and when, an entry keeps what the step
// was given and did, as one JSON object (stored as it is, and exchanged as
// it is by export and import). Its keys are known here and nowhere else:
// the functions below read and write them, and HistoryText words them.
//   - the step's fields, by their keys (StepField), as StepData::toJson writes them;
//   - "previous_<field>": the value a field the step set had before (assignee, priority, ...);
//   - "measure", "measure_type": which measure a result was recorded for;
//   - "document", "size", "sha256": the document added;
//   - "changed": the details an edit (amend) changed;
//   - "received_on": the day an incoming request was received (on entering the register).
struct HistoryEntry
{
    QDateTime at; // UTC
    Step step = Step::Import;
    std::optional<State> from; // none when the request entered the register
    State to = State::Received;
    QString actor;
    QString reason;
    QJsonObject data;
    qint64 id = 0; // the stored row, 0 until stored; not part of the request's content

    bool operator==(const HistoryEntry& other) const
    {
        return at == other.at && step == other.step && from == other.from && to == other.to
            && actor == other.actor && reason == other.reason && data == other.data;
    }

    // The value a field of the step was given, as stored (lists joined with ","); empty when not given.
    QString value(StepField field) const;
    // A date field of the step; null when not given.
    QDate date(StepField field) const;
    // The codes of a list field (refusal grounds).
    QStringList codes(StepField field) const;
    // Records the value of a field of the step; an empty value is not recorded.
    void setValue(StepField field, const QString& value);

    // A field the step set, and what it was before: recorded with its new value.
    void recordChange(StepField field, const QString& before, const QString& after);
    // The fields the step changed, in the order of StepField, with their old and new values.
    std::vector<FieldChange> changes() const;

    // Which measure of the request a result was recorded for: its number (from 1) and type.
    void setMeasure(int number, const QString& type);
    int measureNumber() const; // 0 when the entry is about no measure
    QString measureType() const;

    // The document the step added.
    void setDocument(const QString& name, qint64 size, const QString& sha256);
    QString documentName() const;
    qint64 documentSize() const;
    QString documentSha256() const;

    // The details an edit changed, by their names in the JSON format, then "persons", "measures", "links".
    void setChangedFields(const QStringList& fields);
    QStringList changedFields() const;

    // The day an incoming request was received, recorded when it entered the register.
    void setReceivedOn(const QDate& date);
    QDate receivedOn() const;

    // The keys of data that the functions above neither write nor read (a
    // history imported from a register of a later version): shown as they are.
    QStringList otherKeys() const;
};

} // namespace Masar
