#pragma once

#include "JsonWriter.h"
#include "core/Result.h"
#include "domain/Request.h"
#include "services/User.h"

#include <QCoreApplication>

#include <vector>

class QIODevice;

namespace Masar {

// The JSON exchange format, version 1 (docs/cli.md): lossless, so that
// export, import into an empty register and export again give the same file.
// Besides the requests, a document carries the users they are assigned to.
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
        // The users the written requests are assigned to, to give to end().
        QStringList assignees() const;
        void end(const std::vector<User>& users = {});

    private:
        // The parts of a request's object, in the order of the format.
        void writeFields(const Request& request);
        void writeMeasuresAndPersons(const Request& request);
        void writeLinksAndHistory(const Request& request);
        void writeDocuments(const Request& request);

        JsonWriter m_json;
        bool m_contentWritten = true;
        QStringList m_assignees;
    };

    // Reads a whole document; every problem names the request (or user) and
    // the field. The document's users go to `users` when it is given.
    static Result<std::vector<ImportRecord>> read(const QByteArray& data, std::vector<User>* users = nullptr);
};

} // namespace Masar
