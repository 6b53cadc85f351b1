#include "PageBand.h"

namespace Masar {

qreal PageBand::cutBefore(qreal from, qreal limit) const
{
    Q_UNUSED(limit)
    return from;
}

} // namespace Masar
