#pragma once

#include "PrintChoice.h"
#include "reports/PrintDelivery.h"
#include "services/RequestFilter.h"
#include "services/User.h"

#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class QProgressDialog;
class QWidget;

namespace Masar {

class Clock;
class Database;
class DatabaseJob;

// Carries out a PrintChoice through PrintDelivery, which does the printing
// and its log the same as masar-cli report: in a thread of its own
// (DatabaseJob) behind a progress dialog that can stop it, it reads and
// builds the document and writes the PDF, HTML or CSV file; it shows the
// preview once the document is ready. The window never waits on the register.
class PrintRunner : public QObject
{
    Q_OBJECT

public:
    PrintRunner(Database& database, const Clock& clock, const User& user, QWidget* window);

    bool isRunning() const { return m_job != nullptr; }
    // The summary of `reference`, or the report of `filter`. Asks where to
    // save first when the output is a file; does nothing when cancelled.
    void start(const PrintChoice& choice, const QString& reference, const RequestFilter& filter);

signals:
    // The work ended: a message for the status bar, empty when nothing was done.
    void finished(const QString& message);

private:
    QString askPath(const PrintChoice& choice, const QString& reference) const;
    void showProgress(const QString& title);
    void done(const PrintOrder& order, const QString& path);
    void print(const PrintOrder& order);

    Database& m_database;
    const Clock& m_clock;
    User m_user;
    QWidget* m_window;
    DatabaseJob* m_job = nullptr;
    QPointer<QProgressDialog> m_progress;
    // The document made for the printer, by the job, read once it finished.
    std::shared_ptr<std::optional<PrintDelivery::Made>> m_made;
};

} // namespace Masar
