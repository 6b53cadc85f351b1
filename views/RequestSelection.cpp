#include "RequestSelection.h"

#include "EditSession.h"
#include "RequestDetail.h"
#include "RequestListView.h"
#include "core/Clock.h"
#include "deadlines/DeadlineEngine.h"
#include "itemmodels/RequestListModel.h"
#include "services/DeadlinePolicy.h"
#include "services/RequestReader.h"

#include <QTimer>

namespace Masar {

RequestSelection::RequestSelection(Database& database, const Clock& clock, const User& user,
                                   RequestListView* list, RequestDetail* detail, EditSession* edits,
                                   QObject* parent)
    : QObject(parent)
    , m_database(database)
    , m_clock(clock)
    , m_user(user)
    , m_list(list)
    , m_detail(detail)
    , m_edits(edits)
{
    setObjectName(QStringLiteral("requestSelection"));
    connect(m_list->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RequestSelection::showCurrent);
}

void RequestSelection::select(qint64 id)
{
    // Out of the list now: edits not saved stay on screen.
    if (!m_list->select(id) && !m_detail->isModified()) {
        m_detail->clear();
    }
}

bool RequestSelection::select(const QString& reference)
{
    Result<std::optional<qint64>> id = RequestReader(m_database).idOf(reference);
    if (!id || !*id || m_list->listModel()->rowOf(**id) < 0) {
        return false;
    }
    select(**id);
    return true;
}

void RequestSelection::selectQuietly(qint64 id)
{
    m_returning = true;
    select(id);
    m_returning = false;
}

void RequestSelection::move(int delta)
{
    const RequestListModel* model = m_list->listModel();
    const int rows = model->rowCount();
    if (rows == 0) {
        return;
    }
    const int current = m_list->currentIndex().row();
    const int next = std::clamp(current < 0 ? 0 : current + delta, 0, rows - 1);
    select(model->idAt(next));
}

void RequestSelection::forgetDeadlineRules()
{
    m_deadlineEngine.reset();
}

bool RequestSelection::mayLeaveFor(qint64 target)
{
    const qint64 editedId = m_detail->request()->id;
    if (target == editedId) {
        return false; // the request being edited, selected again
    }
    if (!m_edits->confirmLeave()) {
        // Back to the edited request, once the view has finished
        // handling the click or key that moved away from it.
        QTimer::singleShot(0, this, [this, editedId]() { selectQuietly(editedId); });
        return false;
    }
    // Saving or discarding reads the list again: select where the user asked to go.
    selectQuietly(target);
    return true;
}

void RequestSelection::showCurrent()
{
    if (m_returning) {
        return;
    }
    const RequestListModel* model = m_list->listModel();
    const RequestListRow* row = model->rowAt(m_list->currentIndex().row());
    if (m_edits->isModified()) {
        const qint64 target = row ? row->id : 0;
        if (!mayLeaveFor(target)) {
            return;
        }
        row = model->rowAt(model->rowOf(target));
    }
    if (!row) {
        m_detail->clear();
        return;
    }
    Result<Request> request = RequestReader(m_database).get(row->reference);
    if (!request) {
        m_detail->clear();
        emit readFailed(request.error().message());
        return;
    }
    m_detail->setRequest(*request, Workflow::available(request->direction, request->state, m_user.role),
                         m_clock.today());
    m_detail->setDeadline(deadlineEngine() ? deadlineEngine()->next(*request) : std::nullopt);
}

const DeadlineEngine* RequestSelection::deadlineEngine()
{
    if (!m_deadlineEngine) {
        Result<std::shared_ptr<const DeadlineEngine>> engine = DeadlinePolicy(m_database, m_clock).engine();
        if (!engine) {
            emit statusMessage(engine.error().message(), 0);
            return nullptr;
        }
        m_deadlineEngine = engine.take();
    }
    return m_deadlineEngine.get();
}

} // namespace Masar
