#pragma once

#include "JsonWriter.h"
#include "core/Result.h"
#include "domain/Request.h"

#include <QCoreApplication>

#include <vector>

class QIODevice;

namespace Masar {

// The JSON exchange format, version 1 (docs/cli.md): lossless, so that
// export, import into an empty register and export again give the same file.
class RequestJson
{
    Q_DECLARE_TR_FUNCTIONS(Masar::RequestJson)

public:
    static constexpr int version = 1;
    static QString formatName() { return QStringLiteral("masar-requests"); }

    // Writes a document request by request, so that a whole register streams
    // out in little memory.
    class Writer
    {
    public:
        explicit Writer(QIODevice* device);
        // Documents are written with their content (Base64) unless told not
        // to: a request shown rather than exported names its documents only.
        void setDocumentContentWritten(bool written) { m_contentWritten = written; }
        void begin();
        void write(const Request& request);
        void end();

    private:
        JsonWriter m_json;
        bool m_contentWritten = true;
    };

    // Reads a whole document; every problem names the request and the field.
    static Result<std::vector<ImportRecord>> read(const QByteArray& data);
};

} // namespace Masar
