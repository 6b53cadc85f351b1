#pragma once

#include "Request.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QDate>

#include <vector>

namespace Masar {

// The rules a request's own fields must follow, whoever enters it (the GUI's
// form, masar-cli new, an import). Rules that need the database (the assignee
// exists, a linked reference exists) are checked by RequestService.
class RequestValidator
{
    Q_DECLARE_TR_FUNCTIONS(Masar::RequestValidator)

public:
    enum class Mode {
        New, // a request about to be created: reference, state and history are assigned
        Import // a request from another register: everything is given and checked
    };

    static std::vector<FieldProblem> validate(const Request& request, const QDate& today, Mode mode);

    // One line per problem: "line 7, field “requesting_country”: …" (no label: "field …").
    static QStringList describe(const QString& label, const std::vector<FieldProblem>& problems);

    // The error that refuses a whole import: its count, and the first problems.
    static Error importRefused(QStringList problems);
    static constexpr int maxReportedProblems = 100;

    // "IN-2026-0042": our reference for a direction and year, or an empty string.
    static QString referencePrefix(Direction direction);
    static bool parseReference(const QString& reference, Direction* direction, int* year, int* number);
    static QString formatReference(Direction direction, int year, int number);

    static constexpr int maxLineLength = 300;
    static constexpr int maxTextLength = 100000;
};

} // namespace Masar
