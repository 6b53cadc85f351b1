#include "ListBench.h"

#include "Generator.h"
#include "MainWindow.h"
#include "Random.h"
#include "core/Clock.h"
#include "itemmodels/RequestListModel.h"
#include "services/Users.h"
#include "storage/Sql.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QScrollBar>

#include <algorithm>

namespace Masar::Benchmark {

namespace {

double msSince(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Counts the paint events a widget receives.
class PaintCounter : public QObject
{
public:
    int paints = 0;

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            ++paints;
        }
        return QObject::eventFilter(watched, event);
    }
};

// Runs the event loop until the widget has painted (the filter sees the
// event before the widget paints; processEvents() returns after).
bool processUntilPainted(const PaintCounter& counter, int before)
{
    QElapsedTimer waited;
    waited.start();
    while (counter.paints == before) {
        if (waited.elapsed() > 10000) {
            return false;
        }
        QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return true;
}

// Sorts as a click on the header does: one call of the model's sort(). On
// Qt 6.4, QTableView::sortByColumn() sorts the model twice when the column or
// the order changes (through the indicator's signal, then directly).
void sortAsTheHeaderDoes(QTableView& view, int column, Qt::SortOrder order)
{
    QHeaderView* header = view.horizontalHeader();
    if (header->sortIndicatorSection() != column || header->sortIndicatorOrder() != order) {
        header->setSortIndicator(column, order); // the view sorts the model
    } else {
        view.model()->sort(column, order); // the same order again: read again
    }
}

} // namespace

struct ListBench::Window
{
    std::unique_ptr<Database> database;
    std::unique_ptr<MainWindow> window; // Masar's own main window
    RequestListModel* model = nullptr; // the window's
    QTableView* view = nullptr; // the window's list
    PaintCounter counter;

    ~Window()
    {
        window.reset(); // before the database it reads
    }
};

ListBench::ListBench(const QString& path, int runs)
    : m_path(path)
    , m_runs(runs)
{
}

ListBench::~ListBench() = default;

Result<std::unique_ptr<ListBench::Window>> ListBench::openWindow()
{
    auto window = std::make_unique<Window>();
    Result<std::unique_ptr<Database>> opened = Database::open(m_path, Database::OpenMode::ExistingOnly);
    if (!opened) {
        return opened.error();
    }
    window->database = opened.take();
    // As `masar` starts: the main window of a user who holds requests, which
    // reads the list, its counts and the filter's choices.
    Result<std::vector<User>> users = Users(*window->database).list();
    if (!users) {
        return users.error();
    }
    const auto holder
        = std::find_if(users->begin(), users->end(), [](const User& u) { return canBeAssigned(u); });
    if (holder == users->end()) {
        return Error::notFound(QStringLiteral("the register has no officer or supervisor"));
    }
    window->window = std::make_unique<MainWindow>(*window->database, *holder, Clock::system());
    window->model = window->window->listModel();
    window->view = window->window->findChild<QTableView*>(QStringLiteral("requestListView"));
    QTableView& view = *window->view;
    view.viewport()->installEventFilter(&window->counter);
    window->window->resize(1440, 900);
    window->window->show();
    if (!processUntilPainted(window->counter, 0)) {
        return Error::storage(QStringLiteral("the view did not paint within 10 s"));
    }
    return window;
}

ShellRun ListBench::pagesShown(const Window& window) const
{
    // The pages of the rows the viewport shows, as RequestListModel reads them.
    const QTableView& view = *window.view;
    const RequestListModel& model = *window.model;
    if (model.rowCount() == 0) {
        return {};
    }
    const int top = std::max(0, view.rowAt(0));
    int bottom = view.rowAt(view.viewport()->height() - 1);
    if (bottom < 0) {
        bottom = model.rowCount() - 1;
    }
    ShellRun statements;
    for (int page = top / RequestListModel::pageSize; page <= bottom / RequestListModel::pageSize; ++page) {
        std::vector<qint64> ids;
        const int end = std::min(model.rowCount(), (page + 1) * RequestListModel::pageSize);
        for (int row = page * RequestListModel::pageSize; row < end; ++row) {
            ids.push_back(model.idAt(row));
        }
        statements.push_back(RequestList::rowsStatement(ids));
    }
    return statements;
}

ShellRun ListBench::listAndPages(const Window& window, const RequestFilter& filter,
                                 RequestList::Column column, RequestList::Statement* idsRead) const
{
    // What the model ran: the list's statements, then the pages shown.
    ShellRun statements = RequestList::idsStatements(filter, column, window.database->dialect());
    *idsRead = statements.back(); // the one that returns the ids
    for (const RequestList::Statement& page : pagesShown(window)) {
        statements.push_back(page);
    }
    return statements;
}

Result<Measured> ListBench::repaintOnly()
{
    Window& w = *m_window;
    Measured m;
    m.group = QStringLiteral("jump-to-row");
    m.name = QStringLiteral("repaint only, rows in memory");
    for (int run = 0; run < m_runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        w.view->viewport()->repaint();
        m.masarMs.push_back(msSince(timer));
        noteMemory();
    }
    // The rows painted.
    const int top = std::max(0, w.view->rowAt(0));
    const int bottom = w.view->rowAt(w.view->viewport()->height() - 1);
    m.rows = (bottom < 0 ? w.model->rowCount() - 1 : bottom) - top + 1;
    return m;
}

Result<Measured> ListBench::openToFirstPaint()
{
    Measured m;
    m.group = QStringLiteral("open");
    m.name = QStringLiteral("open-to-first-paint");
    m.reopen = true;
    for (int run = 0; run < m_runs; ++run) {
        m_window.reset();
        QApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        Result<std::unique_ptr<Window>> window = openWindow();
        const double ms = msSince(timer);
        if (!window) {
            return window.error();
        }
        m_window = window.take();
        m.masarMs.push_back(ms);
        noteMemory();
        const RequestListModel& model = *m_window->model;
        m.rows = model.rowCount();
        ShellRun statements = listAndPages(*m_window, model.filter(), model.sortColumn(), &m.counted);
        // The window's other reads: the register's size (RequestReader::count)
        // and the countries the filter offers.
        statements.push_back({QStringLiteral("SELECT count(*) FROM requests r"), {}});
        statements.push_back(RequestList::countriesInUseStatement());
        m.shellRuns.push_back(statements);
    }
    return m;
}

Result<Measured> ListBench::jump(const QString& name, double where, double spread)
{
    Window& w = *m_window;
    Measured m;
    m.group = QStringLiteral("jump-to-row");
    m.name = name;
    const int count = w.model->rowCount();
    Random random(Generator::seed + quint64(where * 1000));
    for (int run = 0; run < m_runs; ++run) {
        const int offset = int(double(count) * spread * (random.real() - 0.5));
        const int row = std::clamp(int(double(count) * where) + offset, 0, count - 1);
        QElapsedTimer timer;
        timer.start();
        w.view->scrollTo(w.model->index(row, 0), QAbstractItemView::PositionAtCenter);
        w.view->viewport()->repaint();
        m.masarMs.push_back(msSince(timer));
        noteMemory();
        if (!w.model->lastError().isEmpty()) {
            return Error::storage(w.model->lastError());
        }
        const ShellRun pages = pagesShown(w);
        m.rows = 0;
        for (const RequestList::Statement& page : pages) {
            m.rows += page.values.size();
        }
        m.shellRuns.push_back(pages);
        QApplication::processEvents(); // updates the scroll left pending
    }
    return m;
}

Result<Measured> ListBench::sort(RequestList::Column column, Qt::SortOrder order)
{
    Window& w = *m_window;
    Measured m;
    m.group = QStringLiteral("sort");
    const QString header = w.model->headerData(int(column), Qt::Horizontal).toString();
    m.name = QStringLiteral("%1 %2").arg(
        header.toLower(), order == Qt::AscendingOrder ? QLatin1String("asc") : QLatin1String("desc"));
    for (int run = 0; run < m_runs; ++run) {
        w.view->scrollToTop();
        QApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        sortAsTheHeaderDoes(*w.view, int(column), order);
        w.view->viewport()->repaint();
        m.masarMs.push_back(msSince(timer));
        noteMemory();
        if (!w.model->lastError().isEmpty()) {
            return Error::storage(w.model->lastError());
        }
        m.rows = w.model->rowCount();
        m.shellRuns.push_back(listAndPages(w, w.model->filter(), column, &m.counted));
        QApplication::processEvents();
    }
    return m;
}

Result<Measured> ListBench::filter(const QString& group, const QString& name, const RequestFilter& filter)
{
    Window& w = *m_window;
    Measured m;
    m.group = group;
    m.name = name;
    sortAsTheHeaderDoes(*w.view, int(RequestList::Column::Reference), Qt::DescendingOrder);
    for (int run = 0; run < m_runs; ++run) {
        // The model reads the list again even when the filter is the one shown.
        w.view->scrollToTop();
        QApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        const Status status = w.model->setFilter(filter);
        w.view->viewport()->repaint();
        m.masarMs.push_back(msSince(timer));
        noteMemory();
        if (!status.ok()) {
            return status;
        }
        m.rows = w.model->rowCount();
        m.shellRuns.push_back(listAndPages(w, filter, w.model->sortColumn(), &m.counted));
        QApplication::processEvents();
    }
    if (Status status = w.model->setFilter(RequestFilter()); !status.ok()) {
        return status;
    }
    return m;
}

void ListBench::noteMemory()
{
    if (m_window) {
        m_peakModelBytes = std::max(m_peakModelBytes, m_window->model->memoryUsed());
    }
}

std::size_t ListBench::modelMemory() const
{
    return m_window ? m_window->model->memoryUsed() : 0;
}

QString ListBench::sqliteVersion() const
{
    if (!m_window) {
        return QString();
    }
    Result<QSqlQuery> query
        = Sql::exec(m_window->database->connection(), QStringLiteral("SELECT sqlite_version()"));
    return query && query->next() ? query->value(0).toString() : QString();
}

} // namespace Masar::Benchmark
