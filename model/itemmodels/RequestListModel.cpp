#include "RequestListModel.h"

#include "core/Clock.h"
#include "deadlines/DeadlineRules.h"

#include <QLocale>
#include <QMetaObject>

#include <algorithm>

namespace Masar {

RequestListModel::RequestListModel(const Database& database, QObject* parent)
    : RequestListModel(database, Clock::system(), parent)
{
}

RequestListModel::RequestListModel(const Database& database, const Clock& clock, QObject* parent)
    : QAbstractTableModel(parent)
    , m_list(database)
    , m_clock(clock)
    , m_formatDate([](const QDate& date) { return QLocale().toString(date, QLocale::ShortFormat); })
{
}

Status RequestListModel::query(const RequestFilter& filter, RequestList::Column column, Qt::SortOrder order)
{
    Result<std::vector<qint64>> ids = m_list.ids(filter, column, order);
    if (!ids) {
        m_error = ids.error().message();
        return ids.error();
    }
    beginResetModel();
    m_started = true;
    m_filter = filter;
    m_column = column;
    m_order = order;
    m_ids = std::move(*ids);
    m_pages.clear();
    m_recent.clear();
    m_failedPages.clear();
    m_error.clear();
    endResetModel();
    return Status();
}

Status RequestListModel::setFilter(const RequestFilter& filter)
{
    return query(filter, m_column, m_order);
}

Status RequestListModel::reload()
{
    return query(m_filter, m_column, m_order);
}

void RequestListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= RequestList::columnCount) {
        return;
    }
    if (!m_started) {
        // Before the first read (a view sorts as soon as it is given the
        // model): the order is kept for that read, not read twice.
        m_column = RequestList::Column(column);
        m_order = order;
        return;
    }
    if (Status status = query(m_filter, RequestList::Column(column), order); !status.ok()) {
        fail(status.message());
    }
}

void RequestListModel::setDateFormatter(std::function<QString(const QDate&)> formatter)
{
    m_formatDate = std::move(formatter);
    if (!m_ids.empty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::DisplayRole});
    }
}

void RequestListModel::setAtRiskDays(int days)
{
    if (days == m_atRiskDays) {
        return;
    }
    m_atRiskDays = days;
    if (!m_ids.empty()) {
        const int column = int(RequestList::Column::NextDeadline);
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {DeadlineStatusRole});
        emit dataChanged(index(0, column), index(rowCount() - 1, column), {Qt::DisplayRole});
    }
}

void RequestListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    switch (m_column) {
    case RequestList::Column::Reference:
    case RequestList::Column::ForeignReference:
    case RequestList::Column::ReceivedOn:
    case RequestList::Column::NextDeadline:
        if (!m_ids.empty()) {
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        }
        break;
    default:
        // Sorted by names, which have just changed.
        if (Status status = reload(); !status.ok()) {
            fail(status.message());
        }
    }
}

int RequestListModel::rowOf(qint64 id) const
{
    const auto it = std::find(m_ids.begin(), m_ids.end(), id);
    return it == m_ids.end() ? -1 : int(it - m_ids.begin());
}

qint64 RequestListModel::idAt(int row) const
{
    return row >= 0 && row < rowCount() ? m_ids[std::size_t(row)] : 0;
}

void RequestListModel::fail(const QString& message) const
{
    m_error = message;
    // Not from inside data(): the view is painting.
    QMetaObject::invokeMethod(
        const_cast<RequestListModel*>(this),
        [this, message]() { emit const_cast<RequestListModel*>(this)->readFailed(message); },
        Qt::QueuedConnection);
}

const RequestListModel::Page* RequestListModel::page(int number) const
{
    if (const auto it = m_pages.find(number); it != m_pages.end()) {
        m_recent.splice(m_recent.begin(), m_recent, it->second.lru);
        return &it->second;
    }
    const std::size_t begin = std::size_t(number) * pageSize;
    const std::size_t end = std::min(m_ids.size(), begin + pageSize);
    const std::vector<qint64> ids(m_ids.begin() + long(begin), m_ids.begin() + long(end));
    if (m_failedPages.contains(number)) {
        return nullptr; // said once; read again with the next reload
    }
    Result<std::vector<RequestListRow>> rows = m_list.rows(ids);
    if (!rows) {
        m_failedPages.insert(number);
        fail(rows.error().message());
        return nullptr;
    }
    Page loaded;
    // Aligned with the ids; a request deleted since the list was read stays an empty row.
    loaded.rows.resize(ids.size());
    std::size_t next = 0;
    for (std::size_t i = 0; i < ids.size() && next < rows->size(); ++i) {
        if ((*rows)[next].id == ids[i]) {
            loaded.rows[i] = std::move((*rows)[next++]);
        }
    }
    if (m_pages.size() >= pagesKept) {
        m_pages.erase(m_recent.back());
        m_recent.pop_back();
    }
    m_recent.push_front(number);
    loaded.lru = m_recent.begin();
    return &m_pages.emplace(number, std::move(loaded)).first->second;
}

const RequestListRow* RequestListModel::rowAt(int row) const
{
    if (row < 0 || row >= rowCount()) {
        return nullptr;
    }
    const Page* p = page(row / pageSize);
    if (!p) {
        return nullptr;
    }
    const RequestListRow& result = p->rows[std::size_t(row % pageSize)];
    return result.id == 0 ? nullptr : &result;
}

std::size_t RequestListModel::memoryUsed() const
{
    auto text = [](const QString& s) {
        // The characters and the header of a string that holds any.
        return s.isNull() ? std::size_t(0) : std::size_t(s.capacity() + 1) * sizeof(QChar) + 16;
    };
    std::size_t bytes = m_ids.capacity() * sizeof(qint64);
    for (const auto& [number, page] : m_pages) {
        Q_UNUSED(number);
        bytes += sizeof(Page) + sizeof(int) * 4 + page.rows.capacity() * sizeof(RequestListRow);
        for (const RequestListRow& row : page.rows) {
            bytes += text(row.reference) + text(row.foreignReference) + text(row.requestingCountry)
                + text(row.requestedCountry) + text(row.priority) + text(row.confidentiality)
                + text(row.assignee) + text(row.assigneeDisplayName) + text(row.summary)
                + text(row.deadlineKind);
        }
    }
    return bytes;
}

int RequestListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RequestListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : RequestList::columnCount;
}

QString RequestListModel::text(const RequestListRow& row, int column) const
{
    switch (RequestList::Column(column)) {
    case RequestList::Column::ReceivedOn:
        return row.receivedOn.isValid() ? m_formatDate(row.receivedOn) : QString();
    case RequestList::Column::NextDeadline:
        return deadlineText(row);
    default:
        return RequestList::label(RequestList::Column(column), row);
    }
}

QString RequestListModel::deadlineText(const RequestListRow& row) const
{
    if (!row.nextDeadline.isValid()) {
        return QString();
    }
    const QString date = m_formatDate(row.nextDeadline);
    // How it stands, in words: colour alone would not say it.
    const QString standing = DeadlineStatus::describe(row.nextDeadline, m_clock.today(), m_atRiskDays);
    //: %1 is the date of a deadline, %2 how it stands ("overdue by 3 day(s)", "due today").
    return standing.isEmpty() ? date : tr("%1 — %2").arg(date, standing);
}

QVariant RequestListModel::toolTip(const RequestListRow& row, int column) const
{
    if (column == int(RequestList::Column::NextDeadline) && row.nextDeadline.isValid()) {
        const std::optional<DeadlineKind> kind = DeadlineRules::kindOf(row.deadlineKind);
        const QString date = m_formatDate(row.nextDeadline);
        //: %1 is the kind of deadline ("decision"), %2 its date.
        return kind ? tr("Next deadline (%1): %2").arg(DeadlineRules::label(*kind), date)
                    : tr("Next deadline: %1").arg(date);
    }
    return row.summary.isEmpty() ? QVariant() : QVariant(row.summary);
}

QVariant RequestListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return QVariant();
    }
    if (role == IdRole) {
        return idAt(index.row());
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != ReferenceRole && role != StateRole
        && role != DirectionRole && role != DeadlineStatusRole) {
        return QVariant();
    }
    const RequestListRow* row = rowAt(index.row());
    if (!row) {
        return QVariant();
    }
    switch (role) {
    case Qt::DisplayRole:
        return text(*row, index.column());
    case Qt::ToolTipRole:
        return toolTip(*row, index.column());
    case ReferenceRole:
        return row->reference;
    case StateRole:
        return keyOf(row->state);
    case DirectionRole:
        return keyOf(row->direction);
    case DeadlineStatusRole:
        return int(DeadlineStatus::of(row->nextDeadline, m_clock.today(), m_atRiskDays));
    }
    return QVariant();
}

QVariant RequestListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= RequestList::columnCount) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (RequestList::Column(section)) {
    case RequestList::Column::Reference:
        return tr("Reference");
    case RequestList::Column::Direction:
        return tr("Direction");
    case RequestList::Column::ForeignReference:
        return tr("Foreign reference");
    case RequestList::Column::RequestingCountry:
        return tr("Requesting state");
    case RequestList::Column::RequestedCountry:
        return tr("Requested state");
    case RequestList::Column::State:
        return tr("State");
    case RequestList::Column::Priority:
        return tr("Priority");
    case RequestList::Column::Assignee:
        return tr("Assigned to");
    case RequestList::Column::ReceivedOn:
        return tr("Received");
    case RequestList::Column::NextDeadline:
        //: The date of the next deadline a request must meet.
        return tr("Next deadline");
    }
    return QVariant();
}

} // namespace Masar
