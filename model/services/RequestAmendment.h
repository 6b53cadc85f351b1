#pragma once

#include "RequestReader.h"
#include "RequestWriter.h"
#include "domain/Request.h"
#include "domain/RequestValidator.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <utility>
#include <vector>

namespace Masar {

// What editing a request's details changes, worked out from the request as
// stored and as the user edited it, before anything is written: the request
// with the edits applied, every problem field by field, and what to write.
// RequestService::amend() checks the workflow and the revision, and holds the
// transaction in which this object looks up linked requests and writes.
//
// Editing changes the request's own details (foreign reference, countries,
// authorities, references of the executing authority, Eurojust and Interpol,
// legal basis and its detail, channel, received-on date of an incoming
// request, requested-by date, summary, offences), its persons, its measures'
// types and notes (and adds or removes pending measures) and its links.
// Everything else changes through its own step, and an edit that changes it
// is refused: reference and direction never change; state and disposition
// through the workflow; priority, confidentiality and assignee through their
// steps; a measure's status through "record the result of a measure"; the
// date an outgoing request was sent through "send". History and documents are
// not compared: they are only ever appended to.
class RequestAmendment
{
    Q_DECLARE_TR_FUNCTIONS(Masar::RequestAmendment)

public:
    RequestAmendment(const Request& stored, const Request& edited, const QDate& today);

    // The request's own fields that editing may change, by their names in
    // the JSON format, in its order; besides them: measures, persons, links.
    static QStringList editableFields();
    // Whether editing may change a stored measure's type or remove it: only
    // while it is pending, since a result belongs to the measure it was for.
    static bool mayChangeOrRemove(const Measure& measure);

    // The stored request with the edits applied.
    const Request& amended() const { return m_amended; }
    // Problems named as in the JSON format ("summary", "persons[1].role"); none when the edit may be stored.
    const std::vector<FieldProblem>& problems() const { return m_problems; }
    // The names of the fields that differ, in the order of the JSON format; empty when nothing changed.
    const QStringList& changed() const { return m_changed; }
    bool changes(const QString& field) const { return m_changed.contains(field); }
    // Whether one of the request's own fields changed (a row of `requests` to update).
    bool ownFieldsChanged() const { return m_ownFieldsChanged; }

    // Looks up the requests that links are added to, adding a problem for
    // each that does not exist; fails only when the database cannot be read.
    Status findLinkedRequests(const RequestReader& reader);
    // Writes what changed (inside the caller's transaction); not the history.
    Status write(RequestWriter& writer) const;

private:
    void keepUnchangeable(const Request& stored, const Request& edited);
    void compareOwnFields(const Request& stored, const Request& edited);
    void compareMeasures(const Request& stored, const Request& edited);
    void compareLinks(const Request& stored, const Request& edited);

    Request m_amended;
    std::vector<FieldProblem> m_problems;
    QStringList m_changed;
    bool m_ownFieldsChanged = false;
    std::vector<Measure> m_addedMeasures;
    std::vector<Measure> m_changedMeasures;
    std::vector<qint64> m_removedMeasures;
    std::vector<Link> m_setLinks; // added, or of another kind than before
    QStringList m_removedLinks;
    std::vector<std::pair<qint64, QString>> m_linkTargets; // the ids and kinds of m_setLinks
    std::vector<qint64> m_unlinkTargets; // the ids of m_removedLinks
};

} // namespace Masar
