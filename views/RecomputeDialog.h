#pragma once

#include "services/DeadlineRecomputeJob.h"

#include <QDialog>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QTableWidget;

namespace Masar {

class Clock;

// Computes the queued deadlines again after a change of rule or calendar,
// off the window's thread with a connection of its own (the register may
// be large), showing progress; then says how many open deadlines were
// computed and lists those that moved, before and after. Cancelling stops
// between batches: each batch is written whole, and what is left stays
// queued for the next time.
class RecomputeDialog : public QDialog
{
    Q_OBJECT

public:
    RecomputeDialog(const QString& databasePath, const Clock& clock, QWidget* parent = nullptr);
    ~RecomputeDialog() override;

    // Starts the work; finished() follows.
    void start();
    bool isRunning() const;
    // Stops after the batch under way, which is written whole; the requests
    // left stay queued for the next time. May be asked before start().
    void stop();
    // What was done, once finished (none on error).
    const std::optional<RecomputeReport>& report() const { return m_report; }

signals:
    void finished();

protected:
    void changeEvent(QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void showEvent(QShowEvent* event) override;
    void reject() override;

private:
    static constexpr int mostListed = 500;

    void showProgress(int done, int total);
    void showResult();
    void fitTable();
    void retranslateUi();

    DeadlineRecomputeJob* m_job;
    bool m_finished = false;
    std::optional<RecomputeReport> m_report;
    QString m_error;
    int m_done = 0;
    int m_total = 0;

    QLabel* m_statusLabel;
    QProgressBar* m_progressBar;
    QTableWidget* m_movedTable;
    QDialogButtonBox* m_buttonBox;
};

} // namespace Masar
