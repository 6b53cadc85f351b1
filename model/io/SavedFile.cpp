#include "SavedFile.h"

#include "core/LocaleText.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace Masar {

namespace {

// Hands every byte to the file, writing again what a short write left over
// (the next attempt then fails with the reason, "No space left on device"),
// and remembers the first write the file refused.
class WholeWrites : public QIODevice
{
public:
    explicit WholeWrites(QFileDevice& file)
        : m_file(file)
    {
        open(QIODevice::WriteOnly | QIODevice::Unbuffered);
    }

    bool failed() const { return m_failed; }

protected:
    qint64 readData(char*, qint64) override { return -1; }

    qint64 writeData(const char* data, qint64 size) override
    {
        for (qint64 done = 0; !m_failed && done < size;) {
            const qint64 written = m_file.write(data + done, size - done);
            if (written <= 0) {
                m_failed = true;
                setErrorString(m_file.errorString());
            }
            done += std::max<qint64>(written, 0);
        }
        return m_failed ? -1 : size;
    }

private:
    QFileDevice& m_file;
    bool m_failed = false;
};

} // namespace

Status SavedFile::write(const QString& path, const QByteArray& bytes)
{
    return write(path, [&bytes](QIODevice& device) {
        device.write(bytes);
        return Status();
    });
}

Status SavedFile::write(const QString& path, const Writer& writer)
{
    const QFileInfo target(path);
    if (target.exists() && !target.isFile() && !target.isDir()) {
        return writeDirectly(path, writer);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return failed(path, file.errorString());
    }
    WholeWrites device(file);
    const Status written = writer(device);
    // What the file still holds goes to the disk now: commit() would put the
    // file in place even when that last flush failed, short of its end.
    if (device.failed() || !file.flush()) {
        // Flushing after a failed write says why ("No space left on device").
        const QString reason = file.flush() || file.error() == QFileDevice::NoError ? device.errorString()
                                                                                    : file.errorString();
        file.cancelWriting();
        return failed(path, reason);
    }
    if (!written.ok()) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit()) {
        return failed(path, file.errorString());
    }
    return Status();
}

Status SavedFile::writeDirectly(const QString& path, const Writer& writer)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return failed(path, file.errorString());
    }
    WholeWrites device(file);
    const Status written = writer(device);
    if (device.failed()) {
        return failed(path, device.errorString());
    }
    if (!written.ok()) {
        return written;
    }
    if (!file.flush() || file.error() != QFileDevice::NoError) {
        return failed(path, file.errorString());
    }
    return Status();
}

Error SavedFile::failed(const QString& path, const QString& reason)
{
    // Isolated, a path stays whole in a right-to-left sentence; elsewhere it
    // is left bare, to be copied from a terminal as it is.
    const QString shown = QDir::toNativeSeparators(path);
    const bool rightToLeft
        = QCoreApplication::translate("QGuiApplication", "QT_LAYOUT_DIRECTION",
                                      "Translate as RTL for a language written right to left, LTR otherwise.")
        == QLatin1String("RTL");
    //: %1 a file, %2 why it could not be written (from the system).
    return Error::storage(tr("%1 could not be written (%2), and nothing was saved there. Choose a folder "
                             "you may write to, or make room on its disk, and try again.")
                              .arg(rightToLeft ? LocaleText::isolated(shown) : shown, reason));
}

} // namespace Masar
