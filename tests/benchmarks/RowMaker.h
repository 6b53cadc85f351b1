#pragma once

#include "Random.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <map>
#include <utility>
#include <vector>

namespace Masar::Benchmark {

// A user of the generated register, and the years in which requests were
// assigned to them (those who left are inactive).
struct StaffMember
{
    const char* name;
    const char* displayName;
    const char* role;
    int firstYear;
    int lastYear;
};

// A generated person.
struct PersonRow
{
    QString name;
    QString role;
    QString nationality; // empty: unknown
    QDate birthDate;
};

// A generated request, as the columns of its rows.
struct RequestRow
{
    QString reference;
    QString direction;
    QString state;
    QString disposition;
    QString foreignReference;
    QString requestingCountry;
    QString requestedCountry;
    QString requestingAuthority;
    QString requestedAuthority;
    QString executingAuthority;
    QString executingReference;
    QString eurojustReference;
    QString interpolReference;
    QString legalBasisDetail;
    QString channel;
    QString priority;
    QString urgencyReason;
    QString confidentiality;
    QDate receivedOn;
    QDate requestedBy;
    QDate sentOn;
    int assignee = 0; // index in RowMaker::staff()
    QString summary;
    QString legalBasis;
    QStringList offences;
    QString measureType;
    QString measureStatus;
    std::vector<PersonRow> persons;
};

// Draws the requests of a register: partners by weight, states skewed by age
// (nearly every old request is closed), words by frequency.
class RowMaker
{
public:
    // The last day of the 40 years the register covers, and the day it is read.
    static QDate lastDay();
    static QDate today();
    static const std::vector<StaffMember>& staff();

    explicit RowMaker(Random& random);

    // A request of this direction, dated `date` (received, or drafted), with
    // number `number` of its direction and year.
    RequestRow make(bool incoming, const QDate& date, int number);

private:
    void chooseState(RequestRow& row, bool incoming, int ageDays);
    QString summary(int language);
    QString foreignReference(const QString& country, int year);
    PersonRow person(bool arabPartner, const QString& country, int year);
    int assignee(int year);

    Random& m_random;
    std::map<std::pair<int, bool>, std::vector<int>> m_candidates; // staff by year and role
};

} // namespace Masar::Benchmark
