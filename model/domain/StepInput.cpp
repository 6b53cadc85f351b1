#include "StepInput.h"

#include "core/Iso8601.h"

#include <QJsonArray>

namespace Masar {

QJsonObject StepData::toJson() const
{
    QJsonObject object;
    for (const auto& [field, value] : m_values) {
        const QString key = keyOf(field);
        switch (StepFields::type(field)) {
        case FieldType::Date:
            object.insert(key, Iso8601::formatDate(value.toDate()));
            break;
        case FieldType::CodeSet:
            object.insert(key, QJsonArray::fromStringList(value.toStringList()));
            break;
        default:
            object.insert(key, value.toString());
            break;
        }
    }
    return object;
}

} // namespace Masar
