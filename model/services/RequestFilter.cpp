#include "RequestFilter.h"

#include "RequestFilterFields.h"

namespace Masar {

bool RequestFilter::has(RequestFilterField field) const
{
    return !RequestFilterFields::value(*this, field).isNull();
}

void RequestFilter::clear(RequestFilterField field)
{
    RequestFilterFields::copy(field, RequestFilter(), this);
}

bool RequestFilter::isEmpty() const
{
    for (const RequestFilterFieldInfo& row : RequestFilterFields::all()) {
        if (has(row.field)) {
            return false;
        }
    }
    return true;
}

bool RequestFilter::operator==(const RequestFilter& other) const
{
    for (const RequestFilterFieldInfo& row : RequestFilterFields::all()) {
        if (RequestFilterFields::value(*this, row.field) != RequestFilterFields::value(other, row.field)) {
            return false;
        }
    }
    return true;
}

} // namespace Masar
