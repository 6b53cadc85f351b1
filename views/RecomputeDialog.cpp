#include "RecomputeDialog.h"

#include "LanguageManager.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Masar {

RecomputeDialog::RecomputeDialog(const QString& databasePath, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_job(new DeadlineRecomputeJob(databasePath, clock, this))
    , m_statusLabel(new QLabel(this))
    , m_progressBar(new QProgressBar(this))
    , m_movedTable(new QTableWidget(0, 4, this))
    , m_buttonBox(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("recomputeDialog"));
    m_statusLabel->setObjectName(QStringLiteral("recomputeStatusLabel"));
    m_progressBar->setObjectName(QStringLiteral("recomputeProgressBar"));
    m_movedTable->setObjectName(QStringLiteral("movedTable"));
    m_buttonBox->setObjectName(QStringLiteral("recomputeButtonBox"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_progressBar->setRange(0, 0); // busy until the first batch says how many
    m_movedTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_movedTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_movedTable->verticalHeader()->hide();
    m_movedTable->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_movedTable, 1);
    layout->addWidget(m_buttonBox);
    connect(m_buttonBox, &QDialogButtonBox::rejected, this, &RecomputeDialog::reject);
    connect(m_job, &DeadlineRecomputeJob::progress, this, &RecomputeDialog::showProgress);
    connect(m_job, &DeadlineRecomputeJob::finished, this, &RecomputeDialog::showResult);
    retranslateUi();
    resize(640, 220);
}

RecomputeDialog::~RecomputeDialog() = default;

bool RecomputeDialog::isRunning() const
{
    return m_job->isStarted() && !m_finished;
}

void RecomputeDialog::start()
{
    m_job->start();
}

void RecomputeDialog::showProgress(int done, int total)
{
    m_done = done;
    m_total = total;
    m_progressBar->setRange(0, total);
    m_progressBar->setValue(done);
    retranslateUi();
}

void RecomputeDialog::showResult()
{
    m_report = m_job->report();
    m_error = m_job->error();
    m_finished = true;
    m_progressBar->hide();
    m_buttonBox->setStandardButtons(QDialogButtonBox::Close);
    m_buttonBox->setEnabled(true);
    if (m_report && !m_report->moved.empty()) {
        m_movedTable->show();
        resize(width(), 420);
    }
    retranslateUi();
    emit finished();
}

void RecomputeDialog::stop()
{
    m_job->cancel();
    m_buttonBox->setEnabled(false);
    retranslateUi();
}

void RecomputeDialog::reject()
{
    if (isRunning()) {
        stop();
        return;
    }
    QDialog::reject();
}

void RecomputeDialog::closeEvent(QCloseEvent* event)
{
    if (isRunning()) {
        stop();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void RecomputeDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void RecomputeDialog::retranslateUi()
{
    setWindowTitle(tr("Deadlines computed again"));
    if (QPushButton* close = m_buttonBox->button(QDialogButtonBox::Close)) {
        close->setText(tr("Close"));
    }
    if (QPushButton* cancel = m_buttonBox->button(QDialogButtonBox::Cancel)) {
        cancel->setText(tr("Stop"));
    }
    if (!m_finished) {
        if (m_job->isCancelled()) {
            m_statusLabel->setText(tr("Stopping after the requests under way…"));
        } else if (m_total > 0) {
            //: %1 and %2 are numbers: how many requests are done, of how many.
            m_statusLabel->setText(tr("Computing the open deadlines again: %1 of %2…")
                                       .arg(QLocale().toString(m_done), QLocale().toString(m_total)));
        } else {
            m_statusLabel->setText(tr("Computing the open deadlines again…"));
        }
        return;
    }
    if (!m_report) {
        m_statusLabel->setText(
            tr("The change is saved, but the deadlines it moves could not be computed again: "
               "Masar computes them when it next starts.\n%1")
                .arg(m_error));
        return;
    }
    QString text = m_report->summary() + QLatin1Char('.');
    if (m_report->remaining > 0) {
        text += QLatin1Char(' ')
            + tr("Stopped: %Ln request(s) still wait to be computed; Masar computes them when it next "
                 "starts.",
                 nullptr, m_report->remaining);
    }
    if (m_report->moved.size() > std::size_t(mostListed)) {
        text += QLatin1Char(' ') + tr("The first %Ln are listed.", nullptr, mostListed);
    }
    m_statusLabel->setText(text);
    m_movedTable->setHorizontalHeaderLabels({tr("Request"), tr("Before"), tr("After"), tr("Deadline")});
    const LanguageManager& languages = LanguageManager::instance();
    const auto date = [&languages](const QDate& day) {
        return day.isValid() ? languages.date(day) : tr("none");
    };
    // The first ones only: a change of weekend may move thousands.
    const int shown = int(std::min<std::size_t>(m_report->moved.size(), mostListed));
    m_movedTable->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const DeadlineChange& change = m_report->moved[std::size_t(row)];
        const QStringList cells
            = {change.reference, date(change.before), date(change.after), change.kindLabel()};
        for (int column = 0; column < cells.size(); ++column) {
            m_movedTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        }
    }
    fitTable();
}

void RecomputeDialog::fitTable()
{
    // Wide enough for every column, so that nothing of a date is cut: measured
    // again once shown, when the view is laid out with its style.
    m_movedTable->resizeColumnsToContents();
    int wanted = 2 * m_movedTable->frameWidth() + m_movedTable->verticalScrollBar()->sizeHint().width();
    for (int column = 0; column < m_movedTable->columnCount(); ++column) {
        wanted += m_movedTable->horizontalHeader()->sectionSize(column);
    }
    m_movedTable->setMinimumWidth(qMin(wanted, 1200));
}

void RecomputeDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_report) {
        fitTable();
    }
}

} // namespace Masar
