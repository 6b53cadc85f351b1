#pragma once

#include "core/Result.h"
#include "domain/StepInput.h"

#include <QCoreApplication>

namespace Masar {

// A file on disk read as a document to store with a request.
class DocumentFile
{
    Q_DECLARE_TR_FUNCTIONS(Masar::DocumentFile)

public:
    // The file's bytes, its name (unless `name` is given) and its media type
    // (guessed from its name and content unless `mediaType` is given).
    static Result<DocumentInput> read(const QString& path, const QString& name = QString(),
                                      const QString& mediaType = QString());
};

} // namespace Masar
