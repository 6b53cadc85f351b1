#pragma once

#include "CodeList.h"
#include "Codes.h"

namespace Masar {

// The data a workflow step can carry besides its reason. Which step needs
// which field is said by the workflow table (Workflow.cpp).
enum class StepField {
    RefusalGrounds,
    Article,
    ReplyBy,
    ReviewDate,
    SentOn,
    NewDeadline,
    ToAuthority,
    AuthorityReference,
    Disposition,
    ForeignReference,
    Channel,
    Priority,
    Confidentiality,
    Assignee,
    Conditions,
    DuplicateOf,
    Measure,
    MeasureStatus,
    Document
};

enum class FieldType {
    Text, // one line of free text
    Date, // YYYY-MM-DD
    Code, // one code of a list
    CodeSet, // one or more codes of a list, comma-separated
    User, // a user name
    Reference, // one of our request references
    Measure, // one of the request's measures: its number (from 1), or its type when only one has it
    File // a document: a name, a media type and its bytes
};

template<>
const CodeList& codesOf<StepField>();

namespace StepFields {

FieldType type(StepField field);
// A date field that says when something was done (the day a request was
// sent): today or before. The others say when something is due: after today.
bool isPastDate(StepField field);
// The field's label as a heading or a form's label: "Reply-by date".
QString title(StepField field);
// A value of the field as stored, in words: a code's label, the labels of a
// list of codes, a date in the current locale; other values as they are.
QString valueText(StepField field, const QString& value);
// The list a Code or CodeSet field takes its values from.
const CodeList* codes(StepField field);
// The masar-cli option that carries the field (without "--"). Every date field
// is given with --date: a step takes at most one.
QString option(StepField field);

} // namespace StepFields

} // namespace Masar
