#include "StepField.h"

#include "core/Iso8601.h"

#include <QLocale>

namespace Masar {

template<>
const CodeList& codesOf<StepField>()
{
    static const CodeList list(
        "Masar::StepField",
        {
            {"refusal_grounds", QT_TRANSLATE_NOOP("Masar::StepField", "refusal grounds")},
            {"article", QT_TRANSLATE_NOOP("Masar::StepField", "article relied on")},
            {"reply_by", QT_TRANSLATE_NOOP("Masar::StepField", "reply-by date")},
            {"review_date", QT_TRANSLATE_NOOP("Masar::StepField", "review date")},
            {"sent_on", QT_TRANSLATE_NOOP("Masar::StepField", "date sent")},
            {"new_deadline", QT_TRANSLATE_NOOP("Masar::StepField", "new deadline")},
            {"to_authority", QT_TRANSLATE_NOOP("Masar::StepField", "receiving authority")},
            {"authority_reference",
             QT_TRANSLATE_NOOP("Masar::StepField", "reference of the executing authority")},
            {"disposition", QT_TRANSLATE_NOOP("Masar::StepField", "disposition")},
            {"foreign_reference", QT_TRANSLATE_NOOP("Masar::StepField", "foreign reference")},
            {"channel", QT_TRANSLATE_NOOP("Masar::StepField", "channel")},
            {"priority", QT_TRANSLATE_NOOP("Masar::StepField", "priority")},
            {"confidentiality", QT_TRANSLATE_NOOP("Masar::StepField", "confidentiality")},
            {"assignee", QT_TRANSLATE_NOOP("Masar::StepField", "assignee")},
            {"conditions", QT_TRANSLATE_NOOP("Masar::StepField", "conditions of use")},
            {"duplicate_of", QT_TRANSLATE_NOOP("Masar::StepField", "reference of the original request")},
            {"measure", QT_TRANSLATE_NOOP("Masar::StepField", "measure (its number or type)")},
            {"measure_status", QT_TRANSLATE_NOOP("Masar::StepField", "result of the measure")},
            {"document", QT_TRANSLATE_NOOP("Masar::StepField", "document")},
        });
    return list;
}

namespace StepFields {

FieldType type(StepField field)
{
    switch (field) {
    case StepField::RefusalGrounds:
        return FieldType::CodeSet;
    case StepField::ReplyBy:
    case StepField::ReviewDate:
    case StepField::SentOn:
    case StepField::NewDeadline:
        return FieldType::Date;
    case StepField::Disposition:
    case StepField::Channel:
    case StepField::Priority:
    case StepField::Confidentiality:
    case StepField::MeasureStatus:
        return FieldType::Code;
    case StepField::Assignee:
        return FieldType::User;
    case StepField::DuplicateOf:
        return FieldType::Reference;
    case StepField::Document:
        return FieldType::File;
    case StepField::Measure:
        return FieldType::Measure;
    case StepField::Article:
    case StepField::ToAuthority:
    case StepField::AuthorityReference:
    case StepField::ForeignReference:
    case StepField::Conditions:
        return FieldType::Text;
    }
    return FieldType::Text;
}

bool isPastDate(StepField field)
{
    return field == StepField::SentOn;
}

QString title(StepField field)
{
    QString name = labelOf(field);
    if (!name.isEmpty()) {
        name[0] = name[0].toUpper(); // the list's labels are lower-case words for sentences
    }
    return name;
}

QString valueText(StepField field, const QString& value)
{
    const CodeList* list = codes(field);
    switch (type(field)) {
    case FieldType::Code:
        return list->label(value);
    case FieldType::CodeSet: {
        QStringList labels;
        for (const QString& code : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            labels << list->label(code.trimmed());
        }
        return QLocale().createSeparatedList(labels);
    }
    case FieldType::Date: {
        QDate date;
        return Iso8601::parseDate(value, &date) ? QLocale().toString(date, QLocale::LongFormat) : value;
    }
    case FieldType::Text:
    case FieldType::User:
    case FieldType::Reference:
    case FieldType::Measure:
    case FieldType::File:
        break;
    }
    return value;
}

const CodeList* codes(StepField field)
{
    switch (field) {
    case StepField::RefusalGrounds:
        return &Codes::refusalGrounds();
    case StepField::Disposition:
        return &Codes::dispositions();
    case StepField::Channel:
        return &Codes::channels();
    case StepField::Priority:
        return &Codes::priorities();
    case StepField::Confidentiality:
        return &Codes::confidentialities();
    case StepField::MeasureStatus:
        return &Codes::measureStatuses();
    default:
        return nullptr;
    }
}

QString option(StepField field)
{
    switch (field) {
    case StepField::RefusalGrounds:
        return QStringLiteral("grounds");
    case StepField::Document:
        return QStringLiteral("file");
    default:
        break;
    }
    if (type(field) == FieldType::Date) {
        return QStringLiteral("date");
    }
    return keyOf(field).replace(QLatin1Char('_'), QLatin1Char('-'));
}

} // namespace StepFields

} // namespace Masar
