#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace Masar {

class Database;

// Runs a piece of work on a register in a thread of its own, with a
// connection of its own (a Database is used by one thread only), so that a
// window stays responsive: recomputing many deadlines, writing a long list.
// The work reports progress and learns there whether it was asked to stop.
class DatabaseJob : public QObject
{
    Q_OBJECT

public:
    // Returns true to go on, false once the job is cancelled; called as
    // often as the work likes, it posts progress() at most every 50 ms.
    using Progress = std::function<bool(int done, int total)>;
    // The work, run in the job's thread; returns the error that stopped it
    // in words, or nothing when it went well.
    using Work = std::function<QString(Database& database, const Progress& progress)>;

    DatabaseJob(const QString& databasePath, Work work, QObject* parent = nullptr);
    // Cancels and waits for the thread.
    ~DatabaseJob() override;

    void start();
    // The work stops where it next reports progress.
    void cancel();
    bool isCancelled() const { return m_cancelled->load(); }
    bool isStarted() const { return m_thread != nullptr; }
    bool isRunning() const;
    // Once finished: what stopped the work, or nothing.
    const QString& error() const { return m_error; }

signals:
    void progress(int done, int total);
    void finished();

private:
    QString m_path;
    Work m_work;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    QString m_error;
};

} // namespace Masar
