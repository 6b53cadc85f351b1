#pragma once

#include "DeadlineRefresher.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace Masar {

// Computes the queued deadlines of a register (RequestService::refreshDeadlines)
// in a thread of its own, with its own connection, so that a window stays
// responsive while a large register is brought up to date after an upgrade
// or a change of calendar. The refresher commits batch by batch: cancelling,
// or quitting, loses nothing, and the next start goes on where it stopped.
class DeadlineRefreshJob : public QObject
{
    Q_OBJECT

public:
    explicit DeadlineRefreshJob(const QString& databasePath, QObject* parent = nullptr);
    // Cancels and waits for the thread.
    ~DeadlineRefreshJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    // The deadlines that moved, once finished.
    const std::vector<DeadlineChange>& changes() const { return m_changes; }

signals:
    void progress(int done, int total);
    // `error` is empty when it went well.
    void finished(int computed, const QString& error);

private:
    QString m_path;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    std::vector<DeadlineChange> m_changes;
};

} // namespace Masar
