#pragma once

// Folders where writing a file fails as it does on a user's machine: a folder
// that cannot be written (a read-only file system, which stops root too, who
// writes through permissions) and a full disk. Each is a small tmpfs mounted
// for the test and unmounted after it, which takes CAP_SYS_ADMIN: root, as CI
// runs. A user who is not root gets a folder without write permission for
// the first, and nothing for the second; a test then skips, saying why.
#include <QMetaType>
#include <QString>
#include <QTemporaryDir>

namespace Masar::Test {

class ScratchDisk
{
public:
    enum class Kind {
        Unwritable, // no file can be made in it
        Full // a file can be made in it, but not a byte written
    };

    explicit ScratchDisk(Kind kind);
    ~ScratchDisk();
    ScratchDisk(const ScratchDisk&) = delete;
    ScratchDisk& operator=(const ScratchDisk&) = delete;

    // Whether the folder is ready; whyNot() says why when it is not.
    bool isReady() const { return m_whyNot.isEmpty(); }
    const QString& whyNot() const { return m_whyNot; }
    // The folder, and a file in it.
    QString path() const { return m_dir.path(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    // The names in the folder other than the filler of a full disk.
    QStringList entries() const;

private:
    bool mount(unsigned long flags, const char* options);
    void fill();

    QTemporaryDir m_dir;
    bool m_mounted = false;
    QString m_whyNot;
};

} // namespace Masar::Test

Q_DECLARE_METATYPE(Masar::Test::ScratchDisk::Kind)

// Skips the test when the folder cannot be had here.
#define SKIP_UNLESS_READY(disk)                                                                              \
    do {                                                                                                     \
        if (!(disk).isReady()) {                                                                             \
            QSKIP(qPrintable((disk).whyNot()));                                                              \
        }                                                                                                    \
    } while (false)
