#include "Error.h"

#include <utility>

namespace Masar {

Error::Error(Kind kind, QString message, QStringList details)
    : m_kind(kind)
    , m_message(std::move(message))
    , m_details(std::move(details))
{
}

Error Error::invalid(const QString& message, const QStringList& details)
{
    return Error(Kind::Invalid, message, details);
}

Error Error::notAllowed(const QString& message)
{
    return Error(Kind::NotAllowed, message);
}

Error Error::forbidden(const QString& message)
{
    return Error(Kind::Forbidden, message);
}

Error Error::notFound(const QString& message)
{
    return Error(Kind::NotFound, message);
}

Error Error::conflict(const QString& message)
{
    return Error(Kind::Conflict, message);
}

Error Error::storage(const QString& message)
{
    return Error(Kind::Storage, message);
}

QString Error::fullText() const
{
    if (m_details.isEmpty()) {
        return m_message;
    }
    return m_message + QLatin1Char('\n') + m_details.join(QLatin1Char('\n'));
}

} // namespace Masar
