#pragma once

#include "DeadlineRecompute.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace Masar {

class Clock;

// Computes the queued deadlines of a register (DeadlineRecompute::run) in a
// thread of its own, with its own connection, so that a window stays
// responsive while a large register is brought up to date after an upgrade
// or a change of rule or calendar. The refresher commits batch by batch:
// cancelling, or quitting, loses nothing, and the next start goes on where
// it stopped.
class DeadlineRefreshJob : public QObject
{
    Q_OBJECT

public:
    DeadlineRefreshJob(const QString& databasePath, const Clock& clock, QObject* parent = nullptr);
    // Cancels and waits for the thread.
    ~DeadlineRefreshJob() override;

    void start();
    // Stops after the batch under way, which is written whole.
    void cancel();
    bool isCancelled() const { return m_cancelled->load(); }
    bool isStarted() const { return m_thread != nullptr; }
    bool isRunning() const;
    // Once finished: what was done, or the error that stopped it.
    const std::optional<RecomputeReport>& report() const { return m_report; }
    const QString& error() const { return m_error; }

signals:
    void progress(int done, int total);
    void finished();

private:
    QString m_path;
    const Clock& m_clock;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    std::optional<RecomputeReport> m_report;
    QString m_error;
};

} // namespace Masar
