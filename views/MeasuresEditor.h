#pragma once

#include "domain/Request.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace Masar {

class ListEditor;

// The offences a request is about and the measures it asks for, each measure
// with its own status (changed by the step "record the result of a measure").
class MeasuresEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MeasuresEditor(QWidget* parent = nullptr);

    void setRequest(const Request& request, bool editable);
    void apply(Request* request) const;

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void addRow(int row, const Measure& measure);
    void retranslateUi();

    QLabel* m_offencesLabel;
    QListWidget* m_offencesList;
    QLabel* m_measuresLabel;
    ListEditor* m_list;
    std::vector<Measure> m_stored;
    bool m_loading = false;
};

} // namespace Masar
