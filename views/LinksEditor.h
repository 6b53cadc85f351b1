#pragma once

#include "domain/Request.h"

#include <QWidget>

namespace Masar {

class ListEditor;

// The requests this one is linked to: supplementary, follow-up, duplicate, related.
class LinksEditor : public QWidget
{
    Q_OBJECT

public:
    explicit LinksEditor(QWidget* parent = nullptr);

    void setRequest(const Request& request, bool editable);
    void apply(Request* request) const;

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void addRow(int row, const Link& link);
    void retranslateUi();

    ListEditor* m_list;
    bool m_loading = false;
};

} // namespace Masar
