#pragma once

#include "core/Result.h"

#include <QDate>
#include <QString>

namespace Masar::Test {

class TestDatabase;

// A register for the dashboard's tests, filled as of the test clock's today
// (which it leaves as it found it):
// - some 200 requests imported, of both directions, in every state, from
//   and to six partners, held by officer, officer2, supervisor or nobody;
//   a few incoming ones name another requested state than Spain and a few
//   outgoing ones another requesting state, so that "partner" and "either
//   country" differ;
// - opened (received or sent) 0, 1, 30, 31, 60, 90, 91, 150, 180, 181,
//   400 or 2,000 days ago; some outgoing ones not sent, a few of them in a
//   state after "sent" (their day sent taken away after the import, as a
//   register kept before the import refused that may hold them);
// - results sent or received on the way to closing, some twice;
// - next deadlines on and beside the edges of "overdue" and "due within
//   7 days" (set in the table: the dashboard reads the stored deadline),
//   the others as the deadline engine computed them;
// - one request of each direction walked through every step by the
//   RequestService on a moving clock, to closing with results.
Status fillDashboardRegister(TestDatabase& t);

// The day results were first sent in the walked incoming request, and the days it took.
constexpr int walkedIncomingDays = 15;
constexpr int walkedOutgoingDays = 41;

} // namespace Masar::Test
