#include "HistoryText.h"

#include "core/Iso8601.h"
#include "core/LocaleText.h"
#include "domain/Workflow.h"
#include "io/RequestFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace Masar {

namespace {

// A value recorded by a later version of Masar, as it is.
QString jsonText(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QString();
}

// The fields worded on their own lines, not as "label: value", or not at
// all: the disposition of a step that always closes with the same one
// ("withdraw": withdrawn) says nothing its step does not.
bool wordedApart(StepField field, Step step)
{
    if (field == StepField::Disposition) {
        for (const Transition& row : Workflow::table()) {
            if (row.step == step && row.disposition) {
                return true;
            }
        }
    }
    return field == StepField::Measure || field == StepField::MeasureStatus || field == StepField::Document;
}

} // namespace

QString HistoryText::data(const QString& text, const Style& style)
{
    // A name, a reference or a note in another script keeps its own order
    // inside a right-to-left sentence ("AM-148233-25", not "25-AM-148233").
    return style.locale.textDirection() == Qt::RightToLeft && !text.isEmpty() ? LocaleText::isolated(text)
                                                                              : text;
}

QString HistoryText::fieldValue(StepField field, const QString& value, const Style& style)
{
    switch (StepFields::type(field)) {
    case FieldType::Date: {
        QDate date;
        Iso8601::parseDate(value, &date);
        if (!date.isValid()) {
            return value;
        }
        return style.date ? style.date(date) : style.locale.toString(date, QLocale::LongFormat);
    }
    case FieldType::User:
        return data(style.person ? style.person(value) : value, style);
    case FieldType::Text:
    case FieldType::Reference:
    case FieldType::Measure:
    case FieldType::File:
        return data(value, style);
    case FieldType::Code:
    case FieldType::CodeSet:
        break;
    }
    return StepFields::valueText(field, value);
}

QString HistoryText::fieldLine(const HistoryEntry& entry, StepField field, const Style& style)
{
    const QString after = entry.value(field);
    if (after.isEmpty()) {
        return QString();
    }
    QString before;
    for (const FieldChange& change : entry.changes()) {
        if (change.field == field) {
            before = change.before;
        }
    }
    const QString now = fieldValue(field, after, style);
    if (field == StepField::Assignee) {
        return before.isEmpty() ? tr("Assigned to %1").arg(now)
                                : tr("Reassigned from %1 to %2").arg(fieldValue(field, before, style), now);
    }
    if (before.isEmpty()) {
        //: A field of a step and its value: "Reply-by date: 12 March 2026".
        return tr("%1: %2").arg(StepFields::title(field), now);
    }
    //: A field a step changed, its value before and after: "Priority: normal → urgent".
    //: Arabic: the arrow points from the old value to the new one, right to left (←).
    return tr("%1: %2 → %3").arg(StepFields::title(field), fieldValue(field, before, style), now);
}

QString HistoryText::changedLine(const HistoryEntry& entry, const Style& style)
{
    QStringList changed;
    for (const QString& name : entry.changedFields()) {
        if (const RequestField* field = RequestFields::find(name)) {
            changed << RequestFields::label(*field);
        } else if (name == QLatin1String("persons")) {
            changed << tr("Persons");
        } else if (name == QLatin1String("measures")) {
            changed << tr("Measures");
        } else if (name == QLatin1String("links")) {
            changed << tr("Links");
        } else {
            changed << name;
        }
    }
    return changed.isEmpty() ? QString() : tr("Changed: %1").arg(style.locale.createSeparatedList(changed));
}

QString HistoryText::measureLine(const HistoryEntry& entry)
{
    const int number = entry.measureNumber();
    if (number == 0) {
        return QString();
    }
    QString before;
    for (const FieldChange& change : entry.changes()) {
        if (change.field == StepField::MeasureStatus) {
            before = change.before;
        }
    }
    const CodeList& statuses = Codes::measureStatuses();
    const QString after = statuses.label(entry.value(StepField::MeasureStatus));
    const QString type = Codes::assistanceTypes().label(entry.measureType());
    if (before.isEmpty()) {
        //: %1 a measure's number, %2 its type, %3 its result.
        return tr("Measure %1 (%2): %3").arg(QString::number(number), type, after);
    }
    //: %1 a measure's number, %2 its type, %3 and %4 its result before and after.
    return tr("Measure %1 (%2): %3 → %4").arg(QString::number(number), type, statuses.label(before), after);
}

QString HistoryText::documentLine(const HistoryEntry& entry, const Style& style)
{
    const QString name = entry.documentName();
    if (name.isEmpty()) {
        return QString();
    }
    //: %1 a document's name, %2 its size ("12 KB").
    return tr("Document: %1 (%2)")
        .arg(data(name, style), style.locale.formattedDataSize(entry.documentSize()));
}

QStringList HistoryText::details(const HistoryEntry& entry, const Style& style)
{
    QStringList lines;
    if (const QString received = entry.receivedOn().isValid()
            ? (style.date ? style.date(entry.receivedOn())
                          : style.locale.toString(entry.receivedOn(), QLocale::LongFormat))
            : QString();
        !received.isEmpty()) {
        lines << tr("Received on: %1").arg(received);
    }
    for (StepField field : allOf<StepField>()) {
        if (wordedApart(field, entry.step)) {
            continue;
        }
        if (const QString line = fieldLine(entry, field, style); !line.isEmpty()) {
            lines << line;
        }
    }
    for (const QString& line : {measureLine(entry), documentLine(entry, style), changedLine(entry, style)}) {
        if (!line.isEmpty()) {
            lines << line;
        }
    }
    for (const QString& key : entry.otherKeys()) {
        lines << tr("%1: %2").arg(data(key, style), data(jsonText(entry.data.value(key)), style));
    }
    return lines;
}

QStringList HistoryText::lines(const HistoryEntry& entry, const Style& style)
{
    QStringList result;
    if (!entry.reason.trimmed().isEmpty()) {
        result << data(entry.reason.trimmed(), style);
    }
    return result + details(entry, style);
}

QString HistoryText::note(const HistoryEntry& entry, const Style& style)
{
    return lines(entry, style).join(QLatin1Char('\n'));
}

} // namespace Masar
