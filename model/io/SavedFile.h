#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

namespace Masar {

// Every file Masar writes for its user goes through here: a printed
// document, a report's CSV, an export, a stored document's copy, the
// dashboard. The file is written aside and renamed over the path once whole
// (QSaveFile), so an unwritable folder or a full disk leaves nothing
// half-written there, and a file that was there stays as it was.
//
// Two traps of Qt 6.4 on a full disk, either of which would put a truncated
// file in place: QFile reports a write the disk took only part of as a short
// count with no error, and QSaveFile::commit() renames the file over the path
// even when its last flush failed. Here every write is carried through to its
// last byte or failed, and the file is flushed and checked before it is put
// in place.
//
// A path that exists and is not a regular file (a device such as
// /dev/stdout, a pipe) is written directly: renaming over it would replace it.
class SavedFile
{
    Q_DECLARE_TR_FUNCTIONS(Masar::SavedFile)

public:
    // Writes the content to the device it is given; the first error that
    // stopped it, or nothing. Its writes need not be checked: a write the
    // file refused fails the whole file whatever the writer returns.
    using Writer = std::function<Status(QIODevice& device)>;

    // The file of `bytes`. A Storage error, in words, when it cannot be written.
    static Status write(const QString& path, const QByteArray& bytes);
    // The file `writer` writes, streamed (a large export needs not fit in
    // memory). The writer's own error when it fails (nothing is then kept);
    // a Storage error, in words, when the file cannot be written.
    static Status write(const QString& path, const Writer& writer);

private:
    static Status writeDirectly(const QString& path, const Writer& writer);
    static Error failed(const QString& path, const QString& reason);
};

} // namespace Masar
