#include "Error.h"

#include <QCoreApplication>

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

Error Error::invalidFields(const QString& message, std::vector<FieldProblem> problems)
{
    Error error(Kind::Invalid, message, describe(problems));
    error.m_fields = std::move(problems);
    return error;
}

QStringList Error::describe(const std::vector<FieldProblem>& problems, const QString& label)
{
    QStringList lines;
    for (const FieldProblem& problem : problems) {
        // Translated here rather than through tr(): lupdate does not read the
        // class name after the [[nodiscard]] attribute.
        lines << (label.isEmpty() ? QCoreApplication::translate("Masar::Error", "field “%1”: %2")
                                        .arg(problem.field, problem.message)
                                  : QCoreApplication::translate("Masar::Error", "%1, field “%2”: %3")
                                        .arg(label, problem.field, problem.message));
    }
    return lines;
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

Error Error::unchanged(const QString& message)
{
    return Error(Kind::Unchanged, message);
}

QString Error::fullText() const
{
    if (m_details.isEmpty()) {
        return m_message;
    }
    return m_message + QLatin1Char('\n') + m_details.join(QLatin1Char('\n'));
}

} // namespace Masar
