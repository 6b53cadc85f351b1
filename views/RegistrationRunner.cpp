#include "RegistrationRunner.h"

#include "MessageBox.h"
#include "RegisterDialog.h"
#include "demo/DemoData.h"
#include "services/RequestService.h"

#include <QApplication>

namespace Masar {

RegistrationRunner::RegistrationRunner(Database& database, const Clock& clock, const User& user,
                                       Reload reload, QWidget* window)
    : QObject(window)
    , m_database(database)
    , m_clock(clock)
    , m_user(user)
    , m_reload(std::move(reload))
    , m_window(window)
{
    setObjectName(QStringLiteral("registrationRunner"));
}

void RegistrationRunner::registerRequest(Direction direction)
{
    auto check = [this](const Request& draft) {
        return RequestService(m_database, m_clock).checkNew(m_user, draft);
    };
    auto create = [this](const Request& draft) {
        return RequestService(m_database, m_clock).create(m_user, draft);
    };
    auto* dialog = new RegisterDialog(direction, m_clock, check, create, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog]() {
        const QString reference = dialog->reference();
        if (!m_reload(reference)) {
            // Registered, but the filter hides it: say so rather than seem to lose it.
            emit statusMessage(
                tr("Request %1 was registered; the current filter does not show it.").arg(reference), 0);
        } else {
            emit statusMessage(tr("Request %1 was registered.").arg(reference), 8000);
        }
    });
    dialog->open();
}

void RegistrationRunner::loadDemo()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<int> loaded = DemoData::load(m_database, m_user, m_clock);
    // The letterhead of printed documents too, unless the register has one.
    const Result<bool> letterhead
        = loaded ? DemoData::setLetterhead(m_database, m_user, m_clock) : Result<bool>(false);
    QApplication::restoreOverrideCursor();
    if (!loaded) {
        MessageBox::warning(m_window, tr("Demonstration data"), loaded.error().fullText());
        return;
    }
    if (!letterhead) {
        MessageBox::warning(m_window, tr("Demonstration data"), letterhead.error().fullText());
    }
    m_reload(QString());
    emit statusMessage(tr("Loaded %n demonstration request(s).", nullptr, *loaded), 8000);
}

} // namespace Masar
