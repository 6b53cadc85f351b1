#pragma once

#include <QString>
#include <QStringList>

namespace Masar {

// What went wrong, in words for the user (already translated), and of which kind,
// so that callers can react (the CLI maps kinds to exit codes). A default Error is
// "no error": functions that only succeed or fail return one (see Status).
class Error
{
public:
    enum class Kind {
        None,
        Invalid, // input fails validation
        NotAllowed, // a workflow step that the current state does not allow
        Forbidden, // the acting user's role may not do this
        NotFound, // no such request, user or document
        Conflict, // would duplicate something that must be unique
        Storage // the database cannot be opened, read or written
    };

    Error() = default;
    Error(Kind kind, QString message, QStringList details = {});

    static Error invalid(const QString& message, const QStringList& details = {});
    static Error notAllowed(const QString& message);
    static Error forbidden(const QString& message);
    static Error notFound(const QString& message);
    static Error conflict(const QString& message);
    static Error storage(const QString& message);

    bool ok() const { return m_kind == Kind::None; }
    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }
    // One line per problem where there are several (an import with many bad fields).
    const QStringList& details() const { return m_details; }
    // The message followed by its details, one per line.
    QString fullText() const;

private:
    Kind m_kind = Kind::None;
    QString m_message;
    QStringList m_details;
};

// A function that returns nothing but may fail returns a Status.
using Status = Error;

} // namespace Masar
