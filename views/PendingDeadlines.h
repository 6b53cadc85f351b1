#pragma once

#include <QObject>

class QLabel;

namespace Masar {

class Clock;
class Database;
class DeadlineRecomputeJob;

// The deadlines a register has left to compute (after an upgrade, or a
// change of rule or calendar made elsewhere), computed off the GUI thread
// once the window is up, with their progress in a label of the status bar.
// A register that cannot be written is left as it is.
class PendingDeadlines : public QObject
{
    Q_OBJECT

public:
    PendingDeadlines(Database& database, const Clock& clock, QLabel* progressLabel, QObject* parent);

    // Counts the deadlines left now (a change made later is computed by
    // whoever made it), and computes them on the next turn of the event loop.
    void start();

signals:
    // The work is over; `computed`: deadlines were computed (the figures shown may have changed).
    void finished(bool computed);
    // What went wrong, for the status bar; `timeout` in milliseconds, 0: until replaced.
    void statusMessage(const QString& text, int timeout);

private:
    void compute();

    Database& m_database;
    const Clock& m_clock;
    QLabel* m_progressLabel;
    DeadlineRecomputeJob* m_job = nullptr;
};

} // namespace Masar
