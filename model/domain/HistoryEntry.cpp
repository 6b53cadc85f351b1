#include "HistoryEntry.h"

#include "core/Iso8601.h"

#include <QJsonArray>

namespace Masar {

namespace {

const QString changedKey = QStringLiteral("changed");
const QString measureTypeKey = QStringLiteral("measure_type");
const QString sizeKey = QStringLiteral("size");
const QString sha256Key = QStringLiteral("sha256");
const QString receivedOnKey = QStringLiteral("received_on");
const QString previousPrefix = QStringLiteral("previous_");
// Written by Masar 0.1 for a measure's result, before "previous_measure_status".
const QString previousStatusKey = QStringLiteral("previous_status");

QString previousKey(StepField field)
{
    return previousPrefix + keyOf(field);
}

QString text(const QJsonValue& value)
{
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray()) {
            items << item.toString();
        }
        return items.join(QLatin1Char(','));
    }
    if (value.isDouble()) {
        return QString::number(value.toInteger());
    }
    return value.toString();
}

} // namespace

QString HistoryEntry::value(StepField field) const
{
    return text(data.value(keyOf(field)));
}

QDate HistoryEntry::date(StepField field) const
{
    QDate date;
    Iso8601::parseDate(data.value(keyOf(field)).toString(), &date);
    return date;
}

QStringList HistoryEntry::codes(StepField field) const
{
    const QString joined = value(field);
    return joined.isEmpty() ? QStringList() : joined.split(QLatin1Char(','));
}

void HistoryEntry::setValue(StepField field, const QString& value)
{
    if (!value.isEmpty()) {
        data.insert(keyOf(field), value);
    }
}

void HistoryEntry::recordChange(StepField field, const QString& before, const QString& after)
{
    data.insert(keyOf(field), after);
    if (!before.isEmpty()) {
        data.insert(previousKey(field), before);
    }
}

std::vector<FieldChange> HistoryEntry::changes() const
{
    std::vector<FieldChange> result;
    for (StepField field : allOf<StepField>()) {
        QString before = data.value(previousKey(field)).toString();
        if (before.isEmpty() && field == StepField::MeasureStatus) {
            before = data.value(previousStatusKey).toString();
        }
        if (!before.isEmpty()) {
            result.push_back({field, before, value(field)});
        }
    }
    return result;
}

void HistoryEntry::setMeasure(int number, const QString& type)
{
    data.insert(keyOf(StepField::Measure), number);
    data.insert(measureTypeKey, type);
}

int HistoryEntry::measureNumber() const
{
    const QJsonValue number = data.value(keyOf(StepField::Measure));
    return number.isDouble() ? number.toInt() : 0;
}

QString HistoryEntry::measureType() const
{
    return data.value(measureTypeKey).toString();
}

void HistoryEntry::setDocument(const QString& name, qint64 size, const QString& sha256)
{
    data.insert(keyOf(StepField::Document), name);
    data.insert(sizeKey, size);
    data.insert(sha256Key, sha256);
}

QString HistoryEntry::documentName() const
{
    return data.value(keyOf(StepField::Document)).toString();
}

qint64 HistoryEntry::documentSize() const
{
    return data.value(sizeKey).toInteger();
}

QString HistoryEntry::documentSha256() const
{
    return data.value(sha256Key).toString();
}

void HistoryEntry::setChangedFields(const QStringList& fields)
{
    data.insert(changedKey, QJsonArray::fromStringList(fields));
}

QStringList HistoryEntry::changedFields() const
{
    QStringList fields;
    for (const QJsonValue& value : data.value(changedKey).toArray()) {
        fields << value.toString();
    }
    return fields;
}

void HistoryEntry::setReceivedOn(const QDate& date)
{
    data.insert(receivedOnKey, Iso8601::formatDate(date));
}

QDate HistoryEntry::receivedOn() const
{
    QDate date;
    Iso8601::parseDate(data.value(receivedOnKey).toString(), &date);
    return date;
}

QStringList HistoryEntry::otherKeys() const
{
    QStringList known {changedKey, measureTypeKey, sizeKey, sha256Key, receivedOnKey, previousStatusKey};
    for (StepField field : allOf<StepField>()) {
        known << keyOf(field) << previousKey(field);
    }
    QStringList other;
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        if (!known.contains(it.key())) {
            other << it.key();
        }
    }
    return other;
}

} // namespace Masar
