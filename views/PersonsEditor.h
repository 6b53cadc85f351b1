#pragma once

#include "RequestPart.h"
#include "domain/Request.h"

namespace Masar {

class ListEditor;

// The persons a request names, each with the role the law requires
// (Directive 2016/680 art. 6), nationality and date of birth when known.
class PersonsEditor : public RequestPart
{
    Q_OBJECT

public:
    explicit PersonsEditor(QWidget* parent = nullptr);

    void setRequest(const Request& request, bool editable) override;
    void apply(Request* request) const override;

private:
    void addRow(int row, const Person& person);
    void retranslateUi() override;

    ListEditor* m_list;
};

} // namespace Masar
