#include "StepRunner.h"

#include "MessageBox.h"
#include "RequestListView.h"
#include "StepDialog.h"
#include "services/RequestReader.h"
#include "services/RequestService.h"
#include "services/Users.h"

#include <memory>

namespace Masar {

StepRunner::StepRunner(Database& database, const Clock& clock, const User& user, Reload reload,
                       QWidget* window)
    : QObject(window)
    , m_database(database)
    , m_clock(clock)
    , m_user(user)
    , m_reload(std::move(reload))
    , m_window(window)
{
    setObjectName(QStringLiteral("stepRunner"));
}

void StepRunner::take(const Request& request, Step step)
{
    const Transition* row = Workflow::find(request.direction, step);
    if (!row) {
        return;
    }
    std::optional<std::vector<User>> assignable = assignableUsers(labelOf(step));
    if (!assignable) {
        return;
    }
    const QString reference = request.reference;
    const qint64 revision = request.revision();
    auto warnings = std::make_shared<QStringList>();
    auto take = [this, reference, step, revision, warnings](const StepInput& given) -> Status {
        StepInput input = given;
        input.revision = revision; // refused if someone changed the request since it was shown
        Result<StepOutcome> outcome
            = RequestService(m_database, m_clock).takeStep(m_user, reference, step, input);
        if (!outcome) {
            return outcome.error();
        }
        *warnings = outcome->warnings;
        return Status();
    };
    auto* dialog = new StepDialog(request, *row, *assignable, m_clock, take, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, reference, step, warnings]() {
        m_reload(reference);
        emit statusMessage(tr("%1: %2 done.").arg(reference, labelOf(step)), 8000);
        if (!warnings->isEmpty()) {
            // What the model found worth a second look ("may be the same request"): not only for a moment.
            MessageBox::warning(m_window, labelOf(step), warnings->join(QLatin1Char('\n')));
        }
    });
    dialog->open();
}

void StepRunner::reassign(const RequestListView& list)
{
    // Counted first: the list reads its rows a page at a time.
    if (list.selectedCount() > RequestService::mostRequestsAtOnce) {
        MessageBox::warning(m_window, tr("Reassign"),
                            tr("At most %Ln requests can be reassigned at once.", nullptr,
                               RequestService::mostRequestsAtOnce));
        return;
    }
    const QStringList references = list.selectedReferences();
    if (references.isEmpty()) {
        emit statusMessage(tr("Select the requests to reassign first."), 8000);
        return;
    }
    reassign(references);
}

void StepRunner::reassign(const QStringList& references)
{
    Result<Request> first = RequestReader(m_database).get(references.first(), RequestReader::Detail::Header);
    if (!first) {
        emit statusMessage(first.error().message(), 0);
        return;
    }
    Request shown = *first;
    if (references.size() > 1) {
        shown.assignee.clear(); // any user may be the new one of some of them
    }
    std::optional<std::vector<User>> assignable = assignableUsers(labelOf(Step::Reassign));
    if (!assignable) {
        return;
    }
    auto take = [this, references](const StepInput& input) -> Status {
        return RequestService(m_database, m_clock)
            .takeStepOnEach(m_user, references, Step::Reassign, input)
            .status();
    };
    auto* dialog = new StepDialog(shown, *Workflow::find(shown.direction, Step::Reassign), *assignable,
                                  m_clock, take, m_window);
    dialog->setReferences(references);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, references]() {
        m_reload(QString());
        emit statusMessage(tr("%Ln request(s) reassigned.", nullptr, int(references.size())), 8000);
    });
    dialog->open();
}

std::optional<std::vector<User>> StepRunner::assignableUsers(const QString& title) const
{
    Result<std::vector<User>> users = Users(m_database, m_clock).assignable();
    if (!users) {
        MessageBox::warning(m_window, title,
                            tr("The users of the register cannot be read: %1").arg(users.error().message()));
        return std::nullopt;
    }
    return users.take();
}

} // namespace Masar
