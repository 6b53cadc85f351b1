#pragma once

#include "RequestExport.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace Masar {

// Writes the requests of a list to a file (RequestExport) in a thread of its
// own, with its own connection, so that a window stays responsive while a
// large list is written. The file appears whole when the export ends, or
// not at all: stopped or failed, nothing is left half-written.
class ListExportJob : public QObject
{
    Q_OBJECT

public:
    ListExportJob(const QString& databasePath, const RequestFilter& filter, RequestExport::Format format,
                  const QString& fileName, QObject* parent = nullptr);
    // Stops and waits for the thread.
    ~ListExportJob() override;

    void start();
    void cancel();
    bool isRunning() const;
    // Once finished: how many requests were written, or the error.
    int written() const { return m_written; }
    const QString& error() const { return m_error; }

signals:
    void progress(int done, int total);
    void finished();

private:
    QString m_path;
    RequestFilter m_filter;
    RequestExport::Format m_format;
    QString m_fileName;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    int m_written = 0;
    QString m_error;
};

} // namespace Masar
