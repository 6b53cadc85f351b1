#pragma once

#include "domain/Codes.h"

#include <QString>

#include <optional>
#include <vector>

namespace Masar {

// Which requests a list, an export or a report covers. Empty parts match all.
struct RequestFilter
{
    std::optional<Direction> direction;
    std::vector<State> states; // any of these
    bool openOnly = false; // every state but closed
    QString country; // requesting or requested country
    QString assignee; // user name

    bool isEmpty() const
    {
        return !direction && states.empty() && !openOnly && country.isEmpty() && assignee.isEmpty();
    }
};

} // namespace Masar
