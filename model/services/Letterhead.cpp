#include "Letterhead.h"

namespace Masar {

bool Letterhead::isEmpty() const
{
    for (const Lines& each : lines) {
        if (!each.isEmpty()) {
            return false;
        }
    }
    return logo.isEmpty();
}

bool Letterhead::operator==(const Letterhead& other) const
{
    // A language with empty lines prints as one without any.
    for (const QString& language : languages()) {
        if (linesIn(language) != other.linesIn(language)) {
            return false;
        }
    }
    return logo == other.logo && logoMediaType == other.logoMediaType;
}

} // namespace Masar
