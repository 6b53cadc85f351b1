#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace Masar {

// A problem with one field of what was given, named as in the JSON format
// ("requesting_country", "persons[2].role"), so that a form can mark the
// field the model refused.
struct FieldProblem
{
    QString field;
    QString message;

    bool operator==(const FieldProblem& other) const
    {
        return field == other.field && message == other.message;
    }
};

// What went wrong, in words for the user (already translated), and of which kind,
// so that callers can react (the CLI maps kinds to exit codes). A default Error is
// "no error": functions that only succeed or fail return one (see Status).
class [[nodiscard]] Error
{
public:
    enum class Kind {
        None,
        Invalid, // input fails validation
        NotAllowed, // a workflow step that the current state does not allow
        Forbidden, // the acting user's role may not do this
        NotFound, // no such request, user or document
        Conflict, // would duplicate something that must be unique, or was changed by someone else meanwhile
        Unchanged, // asked to change something into what it already is: nothing to do
        Storage // the database cannot be opened, read or written
    };

    Error() = default;
    Error(Kind kind, QString message, QStringList details = {});

    static Error invalid(const QString& message, const QStringList& details = {});
    // Invalid, with the problems field by field; the details word them ("field “x”: …").
    static Error invalidFields(const QString& message, std::vector<FieldProblem> problems);
    // One line per problem: "line 7, field “requesting_country”: …" (no label: "field …").
    static QStringList describe(const std::vector<FieldProblem>& problems, const QString& label = QString());
    static Error notAllowed(const QString& message);
    static Error forbidden(const QString& message);
    static Error notFound(const QString& message);
    static Error conflict(const QString& message);
    static Error storage(const QString& message);
    static Error unchanged(const QString& message);

    bool ok() const { return m_kind == Kind::None; }
    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    const QString& message() const { return m_message; }
    // One line per problem where there are several (an import with many bad fields).
    const QStringList& details() const { return m_details; }
    // The fields the error is about, when it is about fields of a form
    // (invalidFields): what a view marks on the fields themselves.
    const std::vector<FieldProblem>& fieldProblems() const { return m_fields; }
    // The message followed by its details, one per line.
    QString fullText() const;

private:
    Kind m_kind = Kind::None;
    QString m_message;
    QStringList m_details;
    std::vector<FieldProblem> m_fields;
};

// A function that returns nothing but may fail returns a Status.
using Status = Error;

} // namespace Masar
