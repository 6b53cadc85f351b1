#pragma once

#include "domain/Request.h"
#include "domain/RequestValidator.h"

#include <QCommandLineParser>
#include <QStringList>

#include <vector>

// What `new` and `edit` share: the options of a request's own fields and the
// form of a person on the command line.
namespace Masar::Cli {

// An option per field of `keys` (names of the JSON format): --foreign-reference, --legal-basis, ...
void addFieldOptions(QCommandLineParser& parser, const QStringList& keys);
// Sets the fields of `keys` whose option is given; a problem for each value that cannot be read.
void readFieldOptions(const QCommandLineParser& parser, const QStringList& keys, Request& request,
                      std::vector<FieldProblem>& problems);
// ROLE:NAME[:NATIONALITY[:BIRTH_DATE]]; problems name the person as `field` ("persons[2]").
Person parsePerson(const QString& text, const QString& field, std::vector<FieldProblem>& problems);

} // namespace Masar::Cli
