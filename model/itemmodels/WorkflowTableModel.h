#pragma once

#include "domain/Codes.h"

#include <QAbstractTableModel>

#include <vector>

namespace Masar {

struct Transition;

// The workflow table of one direction, one row per step, for views.
class WorkflowTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        StepColumn,
        FromColumn,
        ToColumn,
        RolesColumn,
        ReasonColumn,
        DataColumn,
        ClockColumn,
        ColumnCount
    };

    explicit WorkflowTableModel(QObject* parent = nullptr);

    Direction direction() const { return m_direction; }
    void setDirection(Direction direction);
    // Labels are translated when asked for; call after the language changes.
    void retranslate();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(const Transition& row, int column) const;

    Direction m_direction = Direction::Incoming;
    std::vector<const Transition*> m_rows;
};

} // namespace Masar
