#pragma once

#include "services/RequestFilter.h"

#include <QObject>

class QWidget;

namespace Masar {

class Clock;
class ListExportJob;

// File ▸ Export the list as CSV: writes the requests of a filter to a file
// the user chooses, in a thread of its own (ListExportJob) behind a progress
// dialog whose Stop leaves nothing written. One export at a time.
class ListExportRunner : public QObject
{
    Q_OBJECT

public:
    ListExportRunner(const QString& databasePath, const Clock& clock, QWidget* window);

    bool isRunning() const { return m_job != nullptr; }
    // Asks where, then starts writing the requests of `filter`; does nothing when cancelled.
    void start(const RequestFilter& filter);

signals:
    // What happened, for the status bar; `timeout` in milliseconds.
    void statusMessage(const QString& text, int timeout);

private:
    void finish(const QString& path);

    QString m_databasePath;
    const Clock& m_clock;
    QWidget* m_window;
    ListExportJob* m_job = nullptr;
};

} // namespace Masar
