#include "RequestListView.h"

#include "DeadlineDelegate.h"
#include "deadlines/DeadlineStatus.h"
#include "itemmodels/RequestListModel.h"

#include <QHeaderView>
#include <QLocale>
#include <QStyle>

namespace Masar {

RequestListView::RequestListView(RequestListModel* model, QWidget* parent)
    : QTableView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("requestListView"));
    setSortingEnabled(true);
    setModel(model); // reads nothing yet: the window sets its filter, once
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTabKeyNavigation(false);
    verticalHeader()->hide();
    // Rows of one height, never measured: the list may hold a million.
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    horizontalHeader()->setSectionsMovable(true);
    // The deadline where a supervisor looks first, beside the reference; the
    // user's own order, when saved, is put back over it.
    horizontalHeader()->moveSection(int(RequestList::Column::NextDeadline),
                                    int(RequestList::Column::Reference) + 1);
    // Wide enough for a date and "overdue by 12 days", beside the delegate's icon.
    const QDate sample(2026, 12, 28);
    horizontalHeader()->resizeSection(
        int(RequestList::Column::NextDeadline),
        fontMetrics().horizontalAdvance(QLocale().toString(sample, QLocale::ShortFormat)
                                        + QStringLiteral(" — ")
                                        + DeadlineStatus::describe(sample, sample.addDays(12)))
            + 3 * style()->pixelMetric(QStyle::PM_SmallIconSize));
    horizontalHeader()->setHighlightSections(false);
    horizontalHeader()->setSortIndicator(int(model->sortColumn()), model->sortOrder());
    // The next deadline in colour with an icon, beside the model's words.
    setItemDelegateForColumn(int(RequestList::Column::NextDeadline), new DeadlineDelegate(this));
}

qint64 RequestListView::currentId() const
{
    return m_model->idAt(currentIndex().row());
}

bool RequestListView::select(qint64 id)
{
    const int row = id == 0 ? -1 : m_model->rowOf(id);
    if (row < 0) {
        return false;
    }
    const QModelIndex index = m_model->index(row, 0);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    scrollTo(index);
    return true;
}

QStringList RequestListView::selectedReferences() const
{
    QStringList references;
    const QModelIndexList rows = selectionModel()->selectedRows();
    for (const QModelIndex& index : rows) {
        if (const RequestListRow* row = m_model->rowAt(index.row())) {
            references << row->reference;
        }
    }
    return references;
}

int RequestListView::selectedCount() const
{
    return int(selectionModel()->selectedRows().size());
}

void RequestListView::restoreColumns(const QByteArray& state)
{
    if (!horizontalHeader()->restoreState(state)) {
        horizontalHeader()->resizeSection(0, 130);
    }
    // The header's sort indicator says how the list was sorted last; the
    // model takes it for its first read.
    m_model->sort(horizontalHeader()->sortIndicatorSection(), horizontalHeader()->sortIndicatorOrder());
}

} // namespace Masar
