#include "WorkflowTableModel.h"

#include "domain/Workflow.h"

#include <QLocale>

namespace Masar {

WorkflowTableModel::WorkflowTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
    setDirection(Direction::Incoming);
}

void WorkflowTableModel::setDirection(Direction direction)
{
    beginResetModel();
    m_direction = direction;
    m_rows.clear();
    for (const Transition& row : Workflow::table()) {
        if (row.appliesTo(direction)) {
            m_rows.push_back(&row);
        }
    }
    endResetModel();
}

void WorkflowTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.empty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1),
                         {Qt::DisplayRole, Qt::ToolTipRole});
    }
}

int WorkflowTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int WorkflowTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorkflowTableModel::text(const Transition& row, int column) const
{
    switch (column) {
    case StepColumn:
        return labelOf(row.step);
    case FromColumn:
        return Workflow::fromDescription(row, m_direction, Workflow::Naming::Labels);
    case ToColumn:
        switch (row.target) {
        case Target::Fixed: {
            QString dispositions;
            for (const QString& key : row.closingDispositions()) {
                const QString label = Codes::dispositions().label(key);
                dispositions = dispositions.isEmpty() ? label : tr("%1 or %2").arg(dispositions, label);
            }
            return dispositions.isEmpty() ? labelOf(row.to)
                                          : tr("%1 (%2)").arg(labelOf(row.to), dispositions);
        }
        case Target::Previous:
            return tr("the state it came from");
        case Target::Unchanged:
            return tr("unchanged");
        }
        return QString();
    case RolesColumn:
        return Workflow::roleList(row.roles);
    case ReasonColumn:
        return row.reasonRequired ? tr("required") : QString();
    case DataColumn: {
        QStringList fields;
        for (StepField field : row.requiredFields()) {
            fields << labelOf(field);
        }
        for (StepField field : row.optionalFields()) {
            fields << tr("%1 (optional)").arg(labelOf(field));
        }
        if (row.guard != Guard::None) {
            fields << Workflow::guardNote(row.guard);
        }
        return QLocale().createSeparatedList(fields);
    }
    case ClockColumn:
        return labelOf(row.clock);
    default:
        return QString();
    }
}

QVariant WorkflowTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return QVariant();
    }
    const Transition& row = *m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return text(row, index.column());
    case Qt::ToolTipRole:
        return index.column() == StepColumn ? keyOf(row.step) : text(row, index.column());
    default:
        return QVariant();
    }
}

QVariant WorkflowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case StepColumn:
        return tr("Step");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    case RolesColumn:
        return tr("Who may take it");
    case ReasonColumn:
        return tr("Reason");
    case DataColumn:
        return tr("Data asked for");
    case ClockColumn:
        return tr("Deadline clock");
    default:
        return QVariant();
    }
}

} // namespace Masar
