#pragma once

#include "RequestPart.h"
#include "domain/Request.h"

namespace Masar {

class ListEditor;

// The requests this one is linked to: supplementary, follow-up, duplicate, related.
class LinksEditor : public RequestPart
{
    Q_OBJECT

public:
    explicit LinksEditor(QWidget* parent = nullptr);

    void setRequest(const Request& request, bool editable) override;
    void apply(Request* request) const override;

private:
    void addRow(int row, const Link& link);
    void retranslateUi() override;

    ListEditor* m_list;
};

} // namespace Masar
