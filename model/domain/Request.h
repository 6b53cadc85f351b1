#pragma once

#include "Codes.h"
#include "HistoryEntry.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Masar {

// One measure of assistance asked for, with its own status, so that partial
// execution is exact.
struct Measure
{
    QString type; // Codes::assistanceTypes()
    QString status = QStringLiteral("pending"); // Codes::measureStatuses()
    QString note;
    qint64 id = 0; // the stored row, 0 until stored; not part of the request's content

    bool operator==(const Measure& other) const
    {
        return type == other.type && status == other.status && note == other.note;
    }
};

// A person named in a request. The role is mandatory (Directive 2016/680 art. 6).
struct Person
{
    QString name;
    QString role; // Codes::personRoles()
    QString nationality; // ISO 3166-1 alpha-2, or empty when unknown
    QDate birthDate; // null when unknown

    bool operator==(const Person& other) const
    {
        return name == other.name && role == other.role && nationality == other.nationality
            && birthDate == other.birthDate;
    }
};

// This request is `kind` of the request with `reference`.
struct Link
{
    QString reference;
    QString kind; // Codes::linkKinds()

    bool operator==(const Link& other) const { return reference == other.reference && kind == other.kind; }
};

// A file kept with a request, inside the database.
struct Document
{
    // The SHA-256 of a document's bytes, as recorded: 64 lower-case hex digits.
    static QString checksum(const QByteArray& content)
    {
        return QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    }

    QString name;
    QString mediaType;
    qint64 size = 0;
    QString sha256; // lower-case hex
    QDateTime addedAt; // UTC
    QString addedBy;
    QByteArray content; // loaded only when asked for

    bool operator==(const Document& other) const
    {
        return name == other.name && mediaType == other.mediaType && size == other.size
            && sha256 == other.sha256 && addedAt == other.addedAt && addedBy == other.addedBy
            && content == other.content;
    }
};

// A request for mutual legal assistance with everything recorded about it.
// Optional text is empty when absent; optional dates are null.
struct Request
{
    qint64 id = 0; // 0 until stored
    QString reference; // ours: IN-2026-0042, OUT-2026-0007
    Direction direction = Direction::Incoming;
    State state = State::Received;
    QString disposition; // Codes::dispositions(), only when closed
    QString foreignReference;
    QString requestingCountry;
    QString requestedCountry;
    QString requestingAuthority;
    QString requestedAuthority;
    QString executingAuthority;
    QString executingReference;
    QString eurojustReference;
    QString interpolReference;
    QStringList legalBasis; // Codes::legalBases()
    QString legalBasisDetail; // the treaty and article, for a bilateral basis
    QString channel = QStringLiteral("central_authority");
    QString priority = QStringLiteral("normal");
    QString urgencyReason;
    QString confidentiality = QStringLiteral("restricted");
    QDate receivedOn; // incoming: the day it arrived
    QDate requestedBy; // the date the requesting state asked for
    QDate sentOn; // outgoing: the day it was sent
    QString assignee; // user name
    QString summary;
    QStringList offences; // Codes::offences()
    std::vector<Measure> measures;
    std::vector<Person> persons;
    std::vector<Link> links;
    std::vector<HistoryEntry> history;
    std::vector<Document> documents;
    // The next deadline as stored with the request, and its kind
    // (DeadlineRules::key): kept by the deadline engine, never edited.
    QDate nextDeadline;
    QString deadlineKind;
    // The day its results were first sent (incoming) or received
    // (outgoing), as stored with the request (ResultsDay): kept from the
    // history, never edited; null while no results came.
    QDate resultsOn;

    // The version of the request as it was read: the id of its last history
    // entry. Every change appends one, so a request whose revision has moved
    // on was changed by someone in the meantime. 0 when read without its history.
    qint64 revision() const { return history.empty() ? 0 : history.back().id; }
};

// A request read from an import file, with where it came from ("request 3", "line 7").
struct ImportRecord
{
    QString label;
    Request request;
};

} // namespace Masar
