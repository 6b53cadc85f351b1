#pragma once

#include "deadlines/DeadlineStatus.h"
#include "services/RequestList.h"

#include <QAbstractTableModel>
#include <QSet>

#include <functional>
#include <list>
#include <unordered_map>
#include <vector>

namespace Masar {

class Clock;
class Database;

// The requests of a filter, for a table view, on a register of any size. It
// holds the ordered ids of the whole list (8 bytes a request) and reads the
// rows a page at a time as the view asks for them, keeping a few pages; the
// database does the filtering and the sorting (RequestList).
class RequestListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        ReferenceRole, // QString
        StateRole, // the state's code
        DirectionRole, // the direction's code
        // How the next deadline stands today: int(DeadlineStatus::Level), for
        // a view to add a colour and an icon to the words the column shows.
        DeadlineStatusRole,
    };
    static constexpr int pageSize = 128;
    static constexpr std::size_t pagesKept = 48;

    // "Today", for how each deadline stands, comes from `clock` (the system's by default).
    explicit RequestListModel(const Database& database, QObject* parent = nullptr);
    RequestListModel(const Database& database, const Clock& clock, QObject* parent = nullptr);

    const RequestFilter& filter() const { return m_filter; }
    RequestList::Column sortColumn() const { return m_column; }
    Qt::SortOrder sortOrder() const { return m_order; }
    // The model reads nothing until the first setFilter() or reload(); a
    // sort() before then only sets the order that read will use.
    // Shows the requests of another filter (and sorts them as before).
    Status setFilter(const RequestFilter& filter);
    // Reads the list again, after a change to the register.
    Status reload();
    // Dates are written by this function (default: the locale's short format).
    void setDateFormatter(std::function<QString(const QDate&)> formatter);
    // How many days ahead a deadline is at risk (DeadlineStatus::defaultAtRiskDays).
    int atRiskDays() const { return m_atRiskDays; }
    void setAtRiskDays(int days);
    // Call after the language changes: names are sorted and shown anew.
    void retranslate();

    // The row of a request, or -1 when the list does not show it.
    int rowOf(qint64 id) const;
    qint64 idAt(int row) const;
    // The request's row as read from the database, or nullptr when it cannot be read.
    const RequestListRow* rowAt(int row) const;
    // The last error reading the register, or an empty string.
    QString lastError() const { return m_error; }
    // About how many bytes the list holds: its ids and the pages it keeps.
    std::size_t memoryUsed() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // Reading the register failed; the message says why.
    void readFailed(const QString& message);

private:
    struct Page
    {
        std::vector<RequestListRow> rows; // in list order; a row removed meanwhile is empty
        std::list<int>::iterator lru;
    };

    Status query(const RequestFilter& filter, RequestList::Column column, Qt::SortOrder order);
    const Page* page(int number) const;
    void fail(const QString& message) const;
    QString text(const RequestListRow& row, int column) const;
    QString deadlineText(const RequestListRow& row) const;
    QVariant toolTip(const RequestListRow& row, int column) const;

    RequestList m_list;
    const Clock& m_clock;
    int m_atRiskDays = DeadlineStatus::defaultAtRiskDays;
    RequestFilter m_filter;
    RequestList::Column m_column = RequestList::Column::Reference;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    bool m_started = false;
    std::vector<qint64> m_ids;
    std::function<QString(const QDate&)> m_formatDate;
    mutable std::unordered_map<int, Page> m_pages;
    mutable std::list<int> m_recent; // page numbers, most recently used first
    mutable QSet<int> m_failedPages; // not read again (nor said again) until the next reload
    mutable QString m_error;
};

} // namespace Masar
