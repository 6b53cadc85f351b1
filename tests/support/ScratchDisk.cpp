#include "ScratchDisk.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>
#include <unistd.h>

namespace Masar::Test {

namespace {

const char* const fillerName = ".filler";

} // namespace

ScratchDisk::ScratchDisk(Kind kind)
{
    if (!m_dir.isValid()) {
        m_whyNot = QStringLiteral("No temporary folder: %1").arg(m_dir.errorString());
        return;
    }
    if (kind == Kind::Unwritable) {
        if (geteuid() != 0) {
            QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::ExeOwner);
            return;
        }
        mount(MS_RDONLY, "size=64k,mode=0755");
        return;
    }
    if (mount(0, "size=64k,mode=0755")) {
        fill();
    }
}

ScratchDisk::~ScratchDisk()
{
    if (m_mounted) {
        ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
    }
    QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

bool ScratchDisk::mount(unsigned long flags, const char* options)
{
    if (::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", flags | MS_NOSUID | MS_NODEV,
                options)
        != 0) {
        m_whyNot = QStringLiteral("A small tmpfs cannot be mounted for this test (%1): it takes "
                                  "CAP_SYS_ADMIN, as root has in CI.")
                       .arg(QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    m_mounted = true;
    if (flags & MS_RDONLY) {
        // Even a read-only tmpfs is sure not to be written: check it.
        QFile probe(m_dir.filePath(QStringLiteral("probe")));
        if (probe.open(QIODevice::WriteOnly)) {
            m_whyNot = QStringLiteral("The read-only tmpfs took a file.");
        }
    }
    return m_whyNot.isEmpty();
}

void ScratchDisk::fill()
{
    // A file as large as the disk takes: afterwards, not a byte more goes in.
    QFile filler(m_dir.filePath(QLatin1String(fillerName)));
    if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        m_whyNot = QStringLiteral("The full disk cannot be filled: %1").arg(filler.errorString());
        return;
    }
    const QByteArray block(4096, 'x');
    while (filler.write(block) > 0) { }
    filler.close();
    QFile probe(m_dir.filePath(QStringLiteral("probe")));
    if (probe.open(QIODevice::WriteOnly | QIODevice::Unbuffered) && probe.write("x", 1) == 1) {
        m_whyNot = QStringLiteral("The tmpfs took a byte after it was filled.");
    }
    probe.remove();
}

QStringList ScratchDisk::entries() const
{
    QStringList names = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    names.removeAll(QLatin1String(fillerName));
    return names;
}

} // namespace Masar::Test
