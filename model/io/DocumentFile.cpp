#include "DocumentFile.h"

#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace Masar {

Result<DocumentInput> DocumentFile::read(const QString& path, const QString& name, const QString& mediaType)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::invalid(tr("The file “%1” cannot be read: %2").arg(path, file.errorString()));
    }
    DocumentInput document;
    document.content = file.readAll();
    if (file.error() != QFileDevice::NoError) {
        return Error::invalid(tr("The file “%1” cannot be read: %2").arg(path, file.errorString()));
    }
    document.name = name.isEmpty() ? QFileInfo(path).fileName() : name;
    document.mediaType = mediaType.isEmpty()
        ? QMimeDatabase().mimeTypeForFileNameAndData(path, document.content).name()
        : mediaType;
    return document;
}

} // namespace Masar
