#include "EditSession.h"

#include "MessageBox.h"
#include "RequestDetail.h"
#include "services/RequestService.h"

namespace Masar {

EditSession::EditSession(Database& database, const Clock& clock, const User& user, RequestDetail* detail,
                         Desk desk, QWidget* window)
    : QObject(window)
    , m_database(database)
    , m_clock(clock)
    , m_user(user)
    , m_detail(detail)
    , m_desk(std::move(desk))
    , m_window(window)
{
    setObjectName(QStringLiteral("editSession"));
}

bool EditSession::isModified() const
{
    return m_detail->isModified() && m_detail->request();
}

bool EditSession::confirmLeave()
{
    if (!isModified()) {
        return true;
    }
    const QMessageBox::StandardButton answer = MessageBox::question(
        m_window, tr("Unsaved changes"),
        tr("The changes to request %1 are not saved. Save them now?").arg(m_detail->request()->reference),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    switch (answer) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        discard();
        return true;
    default:
        return false;
    }
}

bool EditSession::save()
{
    const std::optional<Request>& stored = m_detail->request();
    if (!stored || !m_detail->isModified()) {
        return true;
    }
    // At the revision the edits were made on: refused if someone changed the request since.
    Result<StepOutcome> outcome
        = RequestService(m_database, m_clock)
              .amend(m_user, stored->reference, m_detail->edited(), stored->revision());
    if (!outcome && outcome.error().kind() == Error::Kind::Unchanged) {
        discard(); // edited back to what it was: nothing to save
        return true;
    }
    if (!outcome) {
        showRefusal(stored->reference, outcome.error());
        return false;
    }
    const QString reference = stored->reference;
    m_detail->clear();
    emit statusMessage(m_desk.reload(reference)
                           ? tr("Request %1 was saved.").arg(reference)
                           : tr("Request %1 was saved; the current filter does not show it.").arg(reference),
                       10000);
    if (!outcome->warnings.isEmpty()) {
        MessageBox::warning(m_window, tr("Saved"), outcome->warnings.join(QLatin1Char('\n')));
    }
    return true;
}

void EditSession::showRefusal(const QString& reference, const Error& error)
{
    // Problems shown on their fields, as the model words them; the others in a box.
    const std::vector<FieldProblem>& problems = error.fieldProblems();
    if (problems.empty()) {
        MessageBox::warning(m_window, tr("Not saved"), error.fullText());
        return;
    }
    if (const std::vector<FieldProblem> elsewhere = m_detail->showProblems(problems); !elsewhere.empty()) {
        MessageBox::warning(m_window, tr("Not saved"),
                            RequestService::notAmended(reference, elsewhere).fullText());
    }
    emit statusMessage(tr("Nothing was saved: correct the fields marked."), 8000);
}

void EditSession::discard()
{
    const std::optional<Request>& stored = m_detail->request();
    if (!stored) {
        return;
    }
    const QString reference = stored->reference;
    m_detail->clear();
    m_desk.show(reference);
}

} // namespace Masar
