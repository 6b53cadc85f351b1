#pragma once

#include "PrintChoice.h"
#include "reports/PrintContext.h"
#include "services/RequestFilter.h"
#include "services/User.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace Masar {

class Clock;
class Database;
class DatabaseJob;

// Carries out a PrintChoice: reads and builds the document in a thread of
// its own (DatabaseJob) behind a progress dialog that can stop it, writes the
// PDF, HTML or CSV there too, and shows the preview once the document is
// ready. The window never waits on the register.
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
    void done(const PrintChoice& choice, const QString& reference, const QString& path);

    Database& m_database;
    const Clock& m_clock;
    User m_user;
    QWidget* m_window;
    DatabaseJob* m_job = nullptr;
    QPointer<QProgressDialog> m_progress;
    std::shared_ptr<PrintDocument> m_document;
    std::shared_ptr<int> m_count;
    std::shared_ptr<std::vector<qint64>> m_ids; // the requests of a report
};

} // namespace Masar
