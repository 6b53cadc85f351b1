#pragma once

#include "domain/Request.h"

#include <QWidget>

namespace Masar {

class ListEditor;

// The persons a request names, each with the role the law requires
// (Directive 2016/680 art. 6), nationality and date of birth when known.
class PersonsEditor : public QWidget
{
    Q_OBJECT

public:
    explicit PersonsEditor(QWidget* parent = nullptr);

    void setRequest(const Request& request, bool editable);
    void apply(Request* request) const;

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void addRow(int row, const Person& person);
    void retranslateUi();

    ListEditor* m_list;
    bool m_loading = false;
};

} // namespace Masar
