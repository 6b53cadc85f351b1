#pragma once

#include "RequestFilterFields.h"

#include <QString>
#include <QVariantList>

#include <vector>

namespace Masar {

class SqlDialect;

// The SQL of a filter, from fixed fragments; the filter's values are bound.
namespace RequestFilterSql {

// " WHERE ..." over requests aliased r, or an empty string when the filter is empty.
QString where(const RequestFilter& filter, const SqlDialect& dialect, QVariantList* values);
// "?,?,?" for `count` values.
QString placeholders(std::size_t count);

} // namespace RequestFilterSql

} // namespace Masar
