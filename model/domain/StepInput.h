#pragma once

#include "StepField.h"

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <map>
#include <optional>

namespace Masar {

// A file to store with a request.
struct DocumentInput
{
    QString name;
    QString mediaType;
    QByteArray content;
};

// What the user gives with a step, as typed: the reason and the values of the
// step's fields (lists comma-separated, dates as YYYY-MM-DD).
struct StepInput
{
    QString reason;
    std::map<StepField, QString> values;
    std::optional<DocumentInput> document;
    // The step's date, whichever date field the step takes (reply-by, review
    // date, date sent, new deadline): what `masar-cli step --date` gives.
    QString date;
    // The request's revision() as the user saw it when choosing the step:
    // the step is refused if the request changed since. 0: not checked.
    qint64 revision = 0;

    StepInput& set(StepField field, const QString& value)
    {
        values[field] = value;
        return *this;
    }
};

// A step's data once the workflow has checked it: each value parsed to its type.
class StepData
{
public:
    bool has(StepField field) const { return m_values.count(field) != 0; }
    QString text(StepField field) const { return value(field).toString(); }
    QDate date(StepField field) const { return value(field).toDate(); }
    QStringList codes(StepField field) const { return value(field).toStringList(); }
    const DocumentInput* document() const { return m_document ? &*m_document : nullptr; }

    void set(StepField field, const QVariant& value) { m_values[field] = value; }
    void setDocument(const DocumentInput& document) { m_document = document; }

    // The values as stored in the request's history (documents by name only).
    QJsonObject toJson() const;

private:
    QVariant value(StepField field) const
    {
        const auto it = m_values.find(field);
        return it == m_values.end() ? QVariant() : it->second;
    }

    std::map<StepField, QVariant> m_values;
    std::optional<DocumentInput> m_document;
};

} // namespace Masar
