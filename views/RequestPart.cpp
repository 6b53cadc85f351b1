#include "RequestPart.h"

#include <QEvent>

namespace Masar {

void RequestPart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void RequestPart::edited()
{
    if (!m_loading) {
        emit changed();
    }
}

} // namespace Masar
