#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Masar {

// A file written whole or not at all (QSaveFile): a printed document, a
// report's CSV. Nothing half-written is left where the file was asked for.
class SavedFile
{
    Q_DECLARE_TR_FUNCTIONS(Masar::SavedFile)

public:
    // A Storage error, in words, when the file cannot be written.
    static Status write(const QString& path, const QByteArray& bytes);
};

} // namespace Masar
