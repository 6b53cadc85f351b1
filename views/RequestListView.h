#pragma once

#include <QTableView>

namespace Masar {

class RequestListModel;

// The desk's list of requests: rows of one height (it may hold a million),
// the next deadline beside the reference in colour with an icon, columns the
// user may move, many rows selected at once.
class RequestListView : public QTableView
{
    Q_OBJECT

public:
    RequestListView(RequestListModel* model, QWidget* parent = nullptr);

    RequestListModel* listModel() const { return m_model; }
    // The request of the current row, or 0.
    qint64 currentId() const;
    // Makes the row of `id` current and the only one selected; false when the list does not hold it.
    bool select(qint64 id);
    // The references of the rows selected.
    QStringList selectedReferences() const;
    int selectedCount() const;
    // Puts back the columns as saved (their order, widths and sorting), or the first ones' widths;
    // the model sorts as the header says.
    void restoreColumns(const QByteArray& state);

private:
    RequestListModel* m_model;
};

} // namespace Masar
