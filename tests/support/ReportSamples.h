#pragma once

#include "core/Clock.h"
#include "domain/Request.h"
#include "reports/PrintContext.h"
#include "reports/StatusReport.h"

#include <QString>

#include <vector>

// What the tests of printed documents share: one rich request, a fixed
// printing context and a small fixed set of report rows, so that the golden
// files, the PDFs and the benchmark speak of the same things.
namespace Masar::Test {

// The day and time the documents are printed: 2 March 2026, 09:30 UTC.
FixedClock reportClock();

// The context of every printed document of the tests: a letterhead, printed
// by "Nadia Benali" on the report clock's day, with the users' names
// (officer: Nadia Benali, officer2: Omar Tazi, supervisor: Karim Haddad).
PrintContext reportContext();

// An incoming request from Morocco in execution, restricted, with two legal
// bases, two offences, three measures of different statuses, three persons
// (reportPersonNames()), five steps with reasons and a next deadline due
// in three days of the report clock.
Request reportRequest();
// The names of the persons of reportRequest(), none of which appears
// anywhere else in it.
QStringList reportPersonNames();

// Eight requests of both directions, in five states and five partners (one
// of them none), three overdue on the report clock's day (one more deadline
// passed on a closed request, which is not overdue), one due that day,
// normal and restricted, assigned to officers or nobody.
std::vector<StatusReport::Row> reportRows();
// `count` rows cycling over states, partners, assignees and deadlines, for
// the documents of many pages; outgoing references have five digits
// (OUT-2026-24005), the widest a register has.
std::vector<StatusReport::Row> manyReportRows(int count);

// A summary of about 10,000 characters: French sentences with long words,
// Arabic with its vowel marks, and one word of 10,000 letters without a space.
QString longSummary();

} // namespace Masar::Test
