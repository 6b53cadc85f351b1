#include "DeskDialogs.h"

#include "CalendarsDialog.h"
#include "LetterheadDialog.h"
#include "MessageBox.h"
#include "PreferencesDialog.h"
#include "UsersDialog.h"
#include "WorkflowPanel.h"
#include "services/LetterheadStore.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace Masar {

DeskDialogs::DeskDialogs(Database& database, const Clock& clock, const User& user, QWidget* window)
    : QObject(window)
    , m_database(database)
    , m_clock(clock)
    , m_user(user)
    , m_window(window)
{
    setObjectName(QStringLiteral("deskDialogs"));
}

void DeskDialogs::showPreferences()
{
    // Window-modal, not blocking: it applies its choices itself when accepted.
    auto* dialog = new PreferencesDialog(m_clock, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DeskDialogs::showUsers()
{
    auto* dialog = new UsersDialog(m_database, m_user, m_clock, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UsersDialog::usersChanged, this, &DeskDialogs::usersChanged);
    dialog->open();
}

void DeskDialogs::showCalendars()
{
    if (m_user.role != Role::Administrator) {
        return;
    }
    auto* dialog = new CalendarsDialog(m_database, m_user, m_clock, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CalendarsDialog::deadlinesChanged, this, &DeskDialogs::deadlinesChanged);
    dialog->open();
}

void DeskDialogs::showLetterhead()
{
    if (!LetterheadStore::mayChange(m_user.role)) {
        return;
    }
    auto* dialog = new LetterheadDialog(m_database, m_user, m_clock, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DeskDialogs::showWorkflow(const QString& title)
{
    auto* dialog = new QDialog(m_window);
    dialog->setObjectName(QStringLiteral("workflowDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(title);
    auto* panel = new WorkflowPanel(dialog);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->setObjectName(QStringLiteral("workflowButtonBox"));
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(panel, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    dialog->resize(1100, 640);
    dialog->open();
}

void DeskDialogs::showAbout()
{
    MessageBox::about(
        m_window, tr("About Masar"),
        tr("<h3>Masar %1</h3><p>Tracks requests for mutual legal assistance in criminal matters, "
           "incoming and outgoing, from the day a request arrives to the day it closes.</p>"
           "<p>Free software under the GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(MASAR_VERSION)));
}

} // namespace Masar
