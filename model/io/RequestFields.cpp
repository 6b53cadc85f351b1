#include "RequestFields.h"

#include "core/Iso8601.h"

#include <QRegularExpression>

namespace Masar {

namespace {

using Kind = RequestField::Kind;

RequestField text(const char* key, const char* label, QString Request::*member)
{
    return {key, label, Kind::Text, member, nullptr, nullptr};
}

RequestField date(const char* key, const char* label, QDate Request::*member)
{
    return {key, label, Kind::Date, nullptr, member, nullptr};
}

RequestField list(const char* key, const char* label, QStringList Request::*member)
{
    return {key, label, Kind::List, nullptr, nullptr, member};
}

} // namespace

const std::vector<RequestField>& RequestFields::all()
{
    static const std::vector<RequestField> fields = {
        text("reference", QT_TRANSLATE_NOOP("Masar::RequestField", "Our reference"), &Request::reference),
        {"direction", QT_TRANSLATE_NOOP("Masar::RequestField", "Direction"), Kind::Direction},
        {"state", QT_TRANSLATE_NOOP("Masar::RequestField", "State"), Kind::State},
        text("disposition", QT_TRANSLATE_NOOP("Masar::RequestField", "Disposition"), &Request::disposition),
        text("foreign_reference", QT_TRANSLATE_NOOP("Masar::RequestField", "Foreign reference"),
             &Request::foreignReference),
        text("requesting_country", QT_TRANSLATE_NOOP("Masar::RequestField", "Requesting state"),
             &Request::requestingCountry),
        text("requested_country", QT_TRANSLATE_NOOP("Masar::RequestField", "Requested state"),
             &Request::requestedCountry),
        text("requesting_authority", QT_TRANSLATE_NOOP("Masar::RequestField", "Requesting authority"),
             &Request::requestingAuthority),
        text("requested_authority", QT_TRANSLATE_NOOP("Masar::RequestField", "Requested authority"),
             &Request::requestedAuthority),
        text("executing_authority", QT_TRANSLATE_NOOP("Masar::RequestField", "Executing authority"),
             &Request::executingAuthority),
        text("executing_reference",
             QT_TRANSLATE_NOOP("Masar::RequestField", "Reference of the executing authority"),
             &Request::executingReference),
        text("eurojust_reference", QT_TRANSLATE_NOOP("Masar::RequestField", "Eurojust reference"),
             &Request::eurojustReference),
        text("interpol_reference", QT_TRANSLATE_NOOP("Masar::RequestField", "Interpol reference"),
             &Request::interpolReference),
        list("legal_basis", QT_TRANSLATE_NOOP("Masar::RequestField", "Legal basis"), &Request::legalBasis),
        text("legal_basis_detail", QT_TRANSLATE_NOOP("Masar::RequestField", "Treaty and article"),
             &Request::legalBasisDetail),
        text("channel", QT_TRANSLATE_NOOP("Masar::RequestField", "Channel"), &Request::channel),
        text("priority", QT_TRANSLATE_NOOP("Masar::RequestField", "Priority"), &Request::priority),
        text("urgency_reason", QT_TRANSLATE_NOOP("Masar::RequestField", "Reason for urgency"),
             &Request::urgencyReason),
        text("confidentiality", QT_TRANSLATE_NOOP("Masar::RequestField", "Confidentiality"),
             &Request::confidentiality),
        date("received_on", QT_TRANSLATE_NOOP("Masar::RequestField", "Received on"), &Request::receivedOn),
        date("requested_by", QT_TRANSLATE_NOOP("Masar::RequestField", "Requested by (date)"),
             &Request::requestedBy),
        date("sent_on", QT_TRANSLATE_NOOP("Masar::RequestField", "Sent on"), &Request::sentOn),
        text("assignee", QT_TRANSLATE_NOOP("Masar::RequestField", "Assigned to"), &Request::assignee),
        {"summary", QT_TRANSLATE_NOOP("Masar::RequestField", "Summary"), Kind::RequiredText,
         &Request::summary},
        list("offences", QT_TRANSLATE_NOOP("Masar::RequestField", "Offences"), &Request::offences),
    };
    return fields;
}

const RequestField* RequestFields::find(const QString& key)
{
    for (const RequestField& field : all()) {
        if (key == QLatin1String(field.key)) {
            return &field;
        }
    }
    return nullptr;
}

QString RequestFields::label(const RequestField& field)
{
    return QCoreApplication::translate("Masar::RequestField", field.label);
}

QString RequestFields::get(const RequestField& field, const Request& request)
{
    switch (field.kind) {
    case Kind::Direction:
        return keyOf(request.direction);
    case Kind::State:
        return keyOf(request.state);
    case Kind::Text:
    case Kind::RequiredText:
        return request.*field.text;
    case Kind::Date:
        return Iso8601::formatDate(request.*field.date);
    case Kind::List:
        return (request.*field.list).join(QLatin1Char(';'));
    }
    return QString();
}

QStringList RequestFields::getList(const RequestField& field, const Request& request)
{
    return field.kind == Kind::List ? request.*field.list : QStringList();
}

QString RequestFields::set(const RequestField& field, Request& request, const QString& value)
{
    switch (field.kind) {
    case Kind::Direction: {
        const std::optional<Direction> direction = fromKey<Direction>(value);
        if (!direction) {
            return tr("“%1” is not one of: incoming, outgoing").arg(value);
        }
        request.direction = *direction;
        return QString();
    }
    case Kind::State: {
        const std::optional<State> state = fromKey<State>(value);
        if (!state) {
            return tr("“%1” is not a state").arg(value);
        }
        request.state = *state;
        return QString();
    }
    case Kind::Text:
    case Kind::RequiredText:
        request.*field.text = value;
        return QString();
    case Kind::Date:
        if (!Iso8601::parseDate(value, &(request.*field.date))) {
            return tr("“%1” is not a date of the form YYYY-MM-DD").arg(value);
        }
        return QString();
    case Kind::List: {
        QStringList values;
        for (const QString& part : value.split(QLatin1Char(';'))) {
            if (!part.trimmed().isEmpty()) {
                values << part.trimmed();
            }
        }
        request.*field.list = values;
        return QString();
    }
    }
    return QString();
}

void RequestFields::setList(const RequestField& field, Request& request, const QStringList& values)
{
    if (field.kind == Kind::List) {
        request.*field.list = values;
    }
}

QString RequestFields::formatMeasures(const std::vector<Measure>& measures)
{
    QStringList items;
    for (const Measure& measure : measures) {
        items << (measure.status == QLatin1String("pending")
                      ? measure.type
                      : measure.type + QLatin1Char(':') + measure.status);
    }
    return items.join(QLatin1Char(';'));
}

std::vector<Measure> RequestFields::parseMeasures(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[;,]"));
    std::vector<Measure> measures;
    for (const QString& item : text.split(separators)) {
        const QString trimmed = item.trimmed();
        if (trimmed.isEmpty()) {
            continue;
        }
        Measure measure;
        const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
        measure.type = colon < 0 ? trimmed : trimmed.left(colon).trimmed();
        if (colon >= 0) {
            measure.status = trimmed.mid(colon + 1).trimmed();
        }
        measures.push_back(measure);
    }
    return measures;
}

} // namespace Masar
