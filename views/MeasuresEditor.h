#pragma once

#include "RequestPart.h"
#include "domain/Request.h"

class QLabel;

namespace Masar {

class CodeListWidget;
class ListEditor;

// The offences a request is about and the measures it asks for, each measure
// with its own status (changed by the step "record the result of a measure").
class MeasuresEditor : public RequestPart
{
    Q_OBJECT

public:
    explicit MeasuresEditor(QWidget* parent = nullptr);

    void setRequest(const Request& request, bool editable) override;
    void apply(Request* request) const override;

private:
    void addRow(int row, const Measure& measure);
    void retranslateUi() override;

    QLabel* m_offencesLabel;
    CodeListWidget* m_offencesList;
    QLabel* m_measuresLabel;
    ListEditor* m_list;
    std::vector<Measure> m_stored;
};

} // namespace Masar
