#include "SavedFile.h"

#include <QFileInfo>
#include <QSaveFile>

namespace Masar {

Status SavedFile::write(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        //: %1 a file's name, %2 why.
        return Error::storage(
            tr("“%1” cannot be written: %2").arg(QFileInfo(path).fileName(), file.errorString()));
    }
    return Status();
}

} // namespace Masar
