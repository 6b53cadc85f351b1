#pragma once

#include "domain/Request.h"

#include <QWidget>

namespace Masar {

// One part of a request that a tab shows and, where the user may amend the
// request, edits: its details, persons, offences and measures, links.
class RequestPart : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Shows the request's part; editable or read-only.
    virtual void setRequest(const Request& request, bool editable) = 0;
    // Writes the part as edited into `request`.
    virtual void apply(Request* request) const = 0;

signals:
    // The user changed something (not emitted while setRequest() fills the part).
    void changed();

protected:
    void changeEvent(QEvent* event) override;
    virtual void retranslateUi() = 0;
    // Emits changed() unless the part is being filled.
    void edited();

    bool m_loading = false;
};

} // namespace Masar
