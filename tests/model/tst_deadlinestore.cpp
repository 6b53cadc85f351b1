// Deadlines kept with each request and recomputed when the register's rules
// and calendars change: what the list, its filters and the dashboard count on.

#include "TestDatabase.h"
#include "core/Iso8601.h"
#include "services/DeadlineRecomputer.h"
#include "services/DeadlinePolicy.h"
#include "services/OverdueNotice.h"
#include "services/RequestReader.h"
#include "services/RequestService.h"
#include "storage/Sql.h"

#include <QTest>

using namespace Masar;
using Masar::Test::TestDatabase;

namespace {

QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

} // namespace

class TestDeadlineStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void everyChangeStoresTheNextDeadline();
    void anAddedHolidayMovesOpenDeadlines();
    void confirmingAnEidMovesItsThreeDays();
    void aRuleChangedByAnAdministratorCounts();
    void anAuthorityHasItsOwnCalendar();
    void aWeekendChangeDoesNotRewriteThePast();
    void aFirstWeekendChangeKeepsTheLocaleWeekendBefore();
    void onlyAnAdministratorChangesThem();
    void badInputIsRefusedAndWritesNothing();
    void importedRequestsGetTheirDeadlines();
    void theNoticeTellsWhatBecameOverdueSinceLastLooked();
    void aChangeMadeDuringARecomputationCounts();
    void aRefusedHolidayQueuesNothing();
    void confirmingFromALaterDayMovesTheWholeHoliday();

private:
    // An incoming request from Spain to Morocco, received on `received`.
    QString createForMorocco(const QDate& received, const QString& authority = QString());
    QString stored(const QString& reference);
    std::vector<DeadlineChange> refresh();

    std::unique_ptr<TestDatabase> m_db;
};

void TestDeadlineStore::init()
{
    m_db = std::make_unique<TestDatabase>();
    m_db->clock().set(QDateTime(d("2026-03-16"), QTime(9, 0), Qt::UTC));
}

void TestDeadlineStore::cleanup()
{
    m_db.reset();
}

QString TestDeadlineStore::createForMorocco(const QDate& received, const QString& authority)
{
    return m_db->createIncomingTo(QStringLiteral("MA"), received, authority);
}

QString TestDeadlineStore::stored(const QString& reference)
{
    Result<QSqlQuery> query = Sql::exec(
        m_db->db().connection(),
        QStringLiteral("SELECT coalesce(next_deadline, '-') || ' ' || coalesce(deadline_kind, '-') "
                       "FROM requests WHERE reference = ?"),
        {reference});
    if (!query || !query->next()) {
        return QStringLiteral("(no request)");
    }
    return query->value(0).toString();
}

std::vector<DeadlineChange> TestDeadlineStore::refresh()
{
    std::vector<DeadlineChange> changes;
    const Status status = RequestService(m_db->db(), m_db->clock()).recomputeDeadlines(&changes);
    if (!status.ok()) {
        qWarning() << status.fullText();
    }
    return changes;
}

void TestDeadlineStore::everyChangeStoresTheNextDeadline()
{
    // Received Monday 16 March 2026: acknowledgement in 5 Moroccan working
    // days, skipping Eid al-Fitr (provisional, Friday 20 to Sunday 22): 24 March.
    const QString reference = createForMorocco(d("2026-03-16"));
    QVERIFY(!reference.isEmpty());
    QCOMPARE(stored(reference), QStringLiteral("2026-03-24 acknowledgement"));

    RequestService service(m_db->db(), m_db->clock());
    const User supervisor = m_db->user(QStringLiteral("supervisor"));
    const User officer = m_db->user(QStringLiteral("officer"));
    QVERIFY(service.takeStep(officer, reference, Step::Register, {}));
    // Decision: 20 working days from the 16th, Eid skipped: 14 April.
    QCOMPARE(stored(reference), QStringLiteral("2026-04-14 decision"));

    // Urgent halves it: 10 working days, 31 March.
    StepInput urgent;
    urgent.reason = QStringLiteral("Arrest imminent");
    urgent.set(StepField::Priority, QStringLiteral("urgent"));
    Result<StepOutcome> changed = service.takeStep(supervisor, reference, Step::ChangePriority, urgent);
    QVERIFY2(changed, qPrintable(changed.error().fullText()));
    QCOMPARE(stored(reference), QStringLiteral("2026-03-31 decision"));
    // An edit of the details stores it again, unchanged.
    Result<Request> read = RequestReader(m_db->db()).get(reference);
    Request edited = *read;
    edited.summary += QStringLiteral(" Compléments reçus.");
    Result<StepOutcome> amended = service.amend(officer, reference, edited, read->revision());
    QVERIFY2(amended, qPrintable(amended.error().fullText()));
    QCOMPARE(stored(reference), QStringLiteral("2026-03-31 decision"));

    // Asking for information: the reply-by date given is the deadline.
    QVERIFY(service.takeStep(officer, reference, Step::StartReview, {}));
    StepInput ask;
    ask.reason = QStringLiteral("Préciser le numéro de compte.");
    ask.set(StepField::ReplyBy, QStringLiteral("2026-04-03"));
    Result<StepOutcome> asked = service.takeStep(officer, reference, Step::RequestInformation, ask);
    QVERIFY2(asked, qPrintable(asked.error().fullText()));
    QCOMPARE(stored(reference), QStringLiteral("2026-04-03 reply_by"));

    // Refused: closed, no deadline.
    QVERIFY(service.takeStep(officer, reference, Step::InformationReceived, {}));
    StepInput refusal;
    refusal.reason = QStringLiteral("Dual criminality lacking");
    refusal.set(StepField::RefusalGrounds, QStringLiteral("dual_criminality"));
    refusal.set(StepField::Article, QStringLiteral("art. 18(21)(b)"));
    Result<StepOutcome> refused = service.takeStep(supervisor, reference, Step::Refuse, refusal);
    QVERIFY2(refused, qPrintable(refused.error().fullText()));
    QCOMPARE(stored(reference), QStringLiteral("- -"));
    QCOMPARE(m_db->rows(QStringLiteral("deadline_queue")), 0);
}

void TestDeadlineStore::anAddedHolidayMovesOpenDeadlines()
{
    const QString reference = createForMorocco(d("2026-03-16"));
    QCOMPARE(stored(reference), QStringLiteral("2026-03-24 acknowledgement"));
    DeadlinePolicy settings(m_db->db(), m_db->clock());
    const Status added = settings.addHoliday(m_db->user(QStringLiteral("admin")), QStringLiteral("MA"),
                                             d("2026-03-18"), QStringLiteral("Journée de deuil national"));
    QVERIFY2(added.ok(), qPrintable(added.fullText()));
    // Queued, then computed again: one working day more.
    QCOMPARE(m_db->rows(QStringLiteral("deadline_queue")), 1);
    const std::vector<DeadlineChange> changes = refresh();
    QCOMPARE(changes.size(), std::size_t(1));
    QCOMPARE(changes.front().reference, reference);
    QCOMPARE(changes.front().before, d("2026-03-24"));
    QCOMPARE(changes.front().after, d("2026-03-25"));
    QCOMPARE(stored(reference), QStringLiteral("2026-03-25 acknowledgement"));
    QCOMPARE(m_db->rows(QStringLiteral("deadline_queue")), 0);
    // The same holiday twice is refused.
    QCOMPARE(settings
                 .addHoliday(m_db->user(QStringLiteral("admin")), QStringLiteral("MA"), d("2026-03-18"),
                             QStringLiteral("Journée de deuil national"))
                 .kind(),
             Error::Kind::Conflict);
    // Removing it puts the deadline back.
    QVERIFY(settings
                .removeHoliday(m_db->user(QStringLiteral("admin")), QStringLiteral("MA"), d("2026-03-18"),
                               QStringLiteral("Journée de deuil national"))
                .ok());
    refresh();
    QCOMPARE(stored(reference), QStringLiteral("2026-03-24 acknowledgement"));
}

void TestDeadlineStore::confirmingAnEidMovesItsThreeDays()
{
    const QString reference = createForMorocco(d("2026-03-16"));
    // The moon was sighted a day early: Eid al-Fitr is 19 to 21 March, so
    // Thursday 19 and Friday 20 are off: 25 March.
    Result<int> confirmed
        = DeadlinePolicy(m_db->db(), m_db->clock())
              .confirmHoliday(m_db->user(QStringLiteral("admin")), QStringLiteral("MA"),
                              QStringLiteral("Eid al-Fitr"), d("2026-03-20"), d("2026-03-19"));
    QVERIFY2(confirmed, qPrintable(confirmed.error().fullText()));
    QCOMPARE(*confirmed, 3);
    refresh();
    QCOMPARE(stored(reference), QStringLiteral("2026-03-25 acknowledgement"));
    Result<WorkingCalendar> calendar
        = DeadlinePolicy(m_db->db(), m_db->clock()).calendar(QStringLiteral("MA"));
    QVERIFY(calendar);
    QVERIFY(!calendar->dayOff(d("2026-03-19"))->provisional);
    QCOMPARE(calendar->dayOff(d("2026-03-22"))->kind, DayOff::Kind::Weekend); // a Sunday, no longer Eid
    // There is nothing provisional left to confirm on that day.
    Result<int> again = DeadlinePolicy(m_db->db(), m_db->clock())
                            .confirmHoliday(m_db->user(QStringLiteral("admin")), QStringLiteral("MA"),
                                            QStringLiteral("Eid al-Fitr"), d("2026-03-20"), d("2026-03-21"));
    QVERIFY(!again);
    QCOMPARE(again.error().kind(), Error::Kind::NotFound);
}

void TestDeadlineStore::aRuleChangedByAnAdministratorCounts()
{
    const QString reference = createForMorocco(d("2026-03-16"));
    DeadlinePolicy settings(m_db->db(), m_db->clock());
    const Status set
        = settings.setRule(m_db->user(QStringLiteral("admin")), DeadlineKind::Acknowledgement, QString(),
                           {3, Period::Unit::CalendarDays}, QStringLiteral("Circulaire 2026/4"));
    QVERIFY2(set.ok(), qPrintable(set.fullText()));
    refresh();
    // 3 calendar days from Monday 16 March: Thursday 19.
    QCOMPARE(stored(reference), QStringLiteral("2026-03-19 acknowledgement"));
    Result<DeadlineRules> rules = settings.rules();
    QCOMPARE(rules->find(DeadlineKind::Acknowledgement, {})->source(), QStringLiteral("Circulaire 2026/4"));
    // The EIO's own rule is untouched.
    QCOMPARE(rules->find(DeadlineKind::Acknowledgement, {QStringLiteral("eio")})->period.length, 7);
    QVERIFY(settings.resetRule(m_db->user(QStringLiteral("admin")), DeadlineKind::Acknowledgement, QString())
                .ok());
    refresh();
    QCOMPARE(stored(reference), QStringLiteral("2026-03-24 acknowledgement"));
}

void TestDeadlineStore::anAuthorityHasItsOwnCalendar()
{
    const QString benghazi = createForMorocco(d("2026-03-16"), QStringLiteral("Parquet général de Tanger"));
    const QString rabat = createForMorocco(d("2026-03-16"), QStringLiteral("Parquet général de Rabat"));
    DeadlinePolicy settings(m_db->db(), m_db->clock());
    const User admin = m_db->user(QStringLiteral("admin"));
    QVERIFY(
        settings.addCalendar(admin, QStringLiteral("MA-TNG"), QStringLiteral("MA"), QStringLiteral("Tanger"))
            .ok());
    QVERIFY(
        settings.addHoliday(admin, QStringLiteral("MA-TNG"), d("2026-03-17"), QStringLiteral("Fête locale"))
            .ok());
    refresh();
    QCOMPARE(stored(benghazi), QStringLiteral("2026-03-25 acknowledgement"));
    QCOMPARE(stored(rabat), QStringLiteral("2026-03-24 acknowledgement"));
    // A second calendar of the same authority, or one named like a country, is refused.
    QCOMPARE(
        settings.addCalendar(admin, QStringLiteral("MA-T2"), QStringLiteral("MA"), QStringLiteral("Tanger"))
            .kind(),
        Error::Kind::Conflict);
    QCOMPARE(
        settings.addCalendar(admin, QStringLiteral("TN"), QStringLiteral("MA"), QStringLiteral("Fès")).kind(),
        Error::Kind::Invalid);
}

void TestDeadlineStore::aWeekendChangeDoesNotRewriteThePast()
{
    DeadlinePolicy settings(m_db->db(), m_db->clock());
    const User admin = m_db->user(QStringLiteral("admin"));
    // Morocco as if it had moved to a Friday-Saturday weekend on 1 April 2026.
    QVERIFY(settings.setWeekend(admin, QStringLiteral("MA"), QDate(), {Qt::Saturday, Qt::Sunday}).ok());
    QVERIFY(
        settings.setWeekend(admin, QStringLiteral("MA"), d("2026-04-01"), {Qt::Friday, Qt::Saturday}).ok());
    Result<WorkingCalendar> calendar = settings.calendar(QStringLiteral("MA"));
    QVERIFY(calendar);
    QCOMPARE(calendar->weekendOn(d("2026-03-29")), (QList<Qt::DayOfWeek> {Qt::Saturday, Qt::Sunday}));
    QCOMPARE(calendar->weekendOn(d("2026-04-05")), (QList<Qt::DayOfWeek> {Qt::Friday, Qt::Saturday}));
    QCOMPARE(m_db->rows(QStringLiteral("weekend_rules")), 2);
    Result<QSqlQuery> first = Sql::exec(
        m_db->db().connection(), QStringLiteral("SELECT valid_until FROM weekend_rules ORDER BY id LIMIT 1"));
    QVERIFY(first && first->next());
    QCOMPARE(first->value(0).toString(), QStringLiteral("2026-03-31"));
}

void TestDeadlineStore::aFirstWeekendChangeKeepsTheLocaleWeekendBefore()
{
    const QString reference = createForMorocco(d("2026-03-16"));
    DeadlinePolicy settings(m_db->db(), m_db->clock());
    // Morocco's first weekend rule of its own, from 1 April 2026: before,
    // the locale data's Saturday and Sunday still count.
    QVERIFY(settings
                .setWeekend(m_db->user(QStringLiteral("admin")), QStringLiteral("MA"), d("2026-04-01"),
                            {Qt::Friday, Qt::Saturday})
                .ok());
    Result<WorkingCalendar> calendar = settings.calendar(QStringLiteral("MA"));
    QVERIFY(calendar);
    QCOMPARE(calendar->weekendOn(d("2026-03-29")), (QList<Qt::DayOfWeek> {Qt::Saturday, Qt::Sunday}));
    QCOMPARE(calendar->weekendOn(d("2026-04-05")), (QList<Qt::DayOfWeek> {Qt::Friday, Qt::Saturday}));
    QCOMPARE(m_db->rows(QStringLiteral("weekend_rules")), 2);
    // The acknowledgement, all in March, does not move.
    QVERIFY(refresh().empty());
    QCOMPARE(stored(reference), QStringLiteral("2026-03-24 acknowledgement"));
}

void TestDeadlineStore::onlyAnAdministratorChangesThem()
{
    DeadlinePolicy settings(m_db->db(), m_db->clock());
    const User supervisor = m_db->user(QStringLiteral("supervisor"));
    QCOMPARE(
        settings.addHoliday(supervisor, QStringLiteral("MA"), d("2026-03-18"), QStringLiteral("x")).kind(),
        Error::Kind::Forbidden);
    QCOMPARE(
        settings.setRule(supervisor, DeadlineKind::Decision, QString(), {5, Period::Unit::CalendarDays}, {})
            .kind(),
        Error::Kind::Forbidden);
    QCOMPARE(m_db->rows(QStringLiteral("calendars")), 0);
    QCOMPARE(m_db->rows(QStringLiteral("holidays")), 0);
    QCOMPARE(m_db->rows(QStringLiteral("deadline_rules")), 0);
}

void TestDeadlineStore::badInputIsRefusedAndWritesNothing()
{
    DeadlinePolicy settings(m_db->db(), m_db->clock());
    const User admin = m_db->user(QStringLiteral("admin"));
    QCOMPARE(
        settings.addHoliday(admin, QStringLiteral("XX-NOPE"), d("2026-03-18"), QStringLiteral("x")).kind(),
        Error::Kind::NotFound);
    QCOMPARE(settings.addHoliday(admin, QStringLiteral("MA"), QDate(), QStringLiteral("x")).kind(),
             Error::Kind::Invalid);
    QCOMPARE(settings.setRule(admin, DeadlineKind::Decision, QString(), {0, Period::Unit::CalendarDays}, {})
                 .kind(),
             Error::Kind::Invalid);
    QCOMPARE(settings
                 .setRule(admin, DeadlineKind::Decision, QStringLiteral("nope"),
                          {5, Period::Unit::CalendarDays}, {})
                 .kind(),
             Error::Kind::Invalid);
    QCOMPARE(settings.setWeekend(admin, QStringLiteral("MA"), QDate(), {}).kind(), Error::Kind::Invalid);
    QCOMPARE(settings
                 .confirmHoliday(admin, QStringLiteral("MA"), QStringLiteral("Eid al-Fitr"), d("2026-03-20"),
                                 d("2026-04-20"))
                 .error()
                 .kind(),
             Error::Kind::Invalid);
    QCOMPARE(m_db->rows(QStringLiteral("calendars")), 0);
    QCOMPARE(m_db->rows(QStringLiteral("holidays")), 0);
    QCOMPARE(m_db->rows(QStringLiteral("weekend_rules")), 0);
    QCOMPARE(m_db->rows(QStringLiteral("deadline_rules")), 0);
}

void TestDeadlineStore::importedRequestsGetTheirDeadlines()
{
    Request request = TestDatabase::incomingDraft();
    request.reference = QStringLiteral("IN-2025-0107");
    request.state = State::Received;
    request.receivedOn = d("2026-03-02"); // Monday; Spain: 5 working days, 9 March
    request.assignee = QStringLiteral("officer");
    Result<int> imported
        = RequestService(m_db->db(), m_db->clock())
              .importRequests(m_db->user(QStringLiteral("admin")), {{QStringLiteral("request 1"), request}});
    QVERIFY2(imported, qPrintable(imported.error().fullText()));
    QCOMPARE(stored(QStringLiteral("IN-2025-0107")), QStringLiteral("2026-03-09 acknowledgement"));
    QCOMPARE(m_db->rows(QStringLiteral("deadline_queue")), 0);
}

void TestDeadlineStore::theNoticeTellsWhatBecameOverdueSinceLastLooked()
{
    const QString first = createForMorocco(d("2026-03-16")); // acknowledgement 24 March
    const QString second = createForMorocco(d("2026-03-16"));
    // Held by someone else: a supervisor hears of it, the officer does not.
    Result<StepOutcome> moved
        = RequestService(m_db->db(), m_db->clock())
              .takeStep(m_db->user(QStringLiteral("supervisor")), second, Step::Reassign,
                        StepInput().set(StepField::Assignee, QStringLiteral("officer2")));
    QVERIFY2(moved, qPrintable(moved.error().fullText()));
    const User officer = m_db->user(QStringLiteral("officer"));
    const User supervisor = m_db->user(QStringLiteral("supervisor"));
    const User clerk = m_db->user(QStringLiteral("clerk"));
    // The first look: nothing to tell, today recorded.
    for (const User& user : {officer, supervisor, clerk}) {
        Result<OverdueNews> news = OverdueNotice(m_db->db(), m_db->clock()).take(user);
        QVERIFY(news);
        QCOMPARE(news->count, 0);
        QVERIFY(news->since.isNull());
    }
    // Wednesday 25: due yesterday, overdue now.
    m_db->clock().set(QDateTime(d("2026-03-25"), QTime(8, 0), Qt::UTC));
    Result<OverdueNews> officers = OverdueNotice(m_db->db(), m_db->clock()).take(officer);
    QVERIFY(officers);
    QCOMPARE(officers->since, d("2026-03-16"));
    QCOMPARE(officers->count, 1);
    QCOMPARE(officers->references, QStringList {first});
    Result<OverdueNews> supervisors = OverdueNotice(m_db->db(), m_db->clock()).take(supervisor);
    QCOMPARE(supervisors->count, 2);
    QCOMPARE(supervisors->references, (QStringList {first, second}));
    QCOMPARE(*RequestReader(m_db->db()).count(supervisors->filter), 2);
    QCOMPARE(OverdueNotice(m_db->db(), m_db->clock()).take(clerk)->count, 0);
    // Looked at today: nothing new the same day, nor the day after.
    QCOMPARE(OverdueNotice(m_db->db(), m_db->clock()).take(officer)->count, 0);
    m_db->clock().advanceDays(1);
    QCOMPARE(OverdueNotice(m_db->db(), m_db->clock()).take(officer)->count, 0);
}

void TestDeadlineStore::aChangeMadeDuringARecomputationCounts()
{
    // More than a batch of open requests, queued as after an upgrade.
    std::vector<ImportRecord> records;
    for (int i = 0; i < DeadlineRecomputer::batchSize + 100; ++i) {
        Request request = TestDatabase::incomingDraft();
        request.foreignReference = QStringLiteral("RB/%1").arg(i);
        request.persons.clear();
        request.assignee = QStringLiteral("officer");
        records.push_back({QStringLiteral("request %1").arg(i + 1), request});
    }
    RequestService service(m_db->db(), m_db->clock());
    QVERIFY(service.importRequests(m_db->user(QStringLiteral("admin")), std::move(records)));
    QVERIFY(Sql::exec(m_db->db().connection(),
                      QStringLiteral("INSERT INTO deadline_queue (request_id) SELECT id FROM requests")));
    // After the first batch an administrator shortens the acknowledgement:
    // 3 calendar days from Monday 2 March, Thursday 5 March, for every request.
    bool changed = false;
    const Status done = service.recomputeDeadlines(nullptr, [&](int, int) {
        if (!changed) {
            changed = DeadlinePolicy(m_db->db(), m_db->clock())
                          .setRule(m_db->user(QStringLiteral("admin")), DeadlineKind::Acknowledgement,
                                   QString(), {3, Period::Unit::CalendarDays}, QStringLiteral("Circulaire"))
                          .ok();
        }
        return true;
    });
    QVERIFY2(done.ok(), qPrintable(done.fullText()));
    QVERIFY(changed);
    QCOMPARE(m_db->rows(QStringLiteral("deadline_queue")), 0);
    Result<QSqlQuery> stale
        = Sql::exec(m_db->db().connection(),
                    QStringLiteral("SELECT count(*) FROM requests WHERE next_deadline IS NOT '2026-03-05'"));
    QVERIFY(stale && stale->next());
    QCOMPARE(stale->value(0).toInt(), 0);
}

void TestDeadlineStore::aRefusedHolidayQueuesNothing()
{
    createForMorocco(d("2026-03-16"));
    DeadlinePolicy settings(m_db->db(), m_db->clock());
    const User admin = m_db->user(QStringLiteral("admin"));
    QVERIFY(settings.addHoliday(admin, QStringLiteral("MA"), d("2026-03-18"), QStringLiteral("Deuil")).ok());
    refresh();
    QCOMPARE(m_db->rows(QStringLiteral("deadline_queue")), 0);
    QCOMPARE(
        settings.addHoliday(admin, QStringLiteral("MA"), d("2026-03-18"), QStringLiteral("Deuil")).kind(),
        Error::Kind::Conflict);
    QCOMPARE(m_db->rows(QStringLiteral("deadline_queue")), 0);
    QCOMPARE(m_db->rows(QStringLiteral("holidays")), 1);
    // A file of holidays the calendar has already changes nothing either.
    Result<int> again = settings.importHolidays(admin, QStringLiteral("MA"),
                                                {Holiday {d("2026-03-18"), QStringLiteral("Deuil"), false}});
    QVERIFY(again);
    QCOMPARE(*again, 0);
    QCOMPARE(m_db->rows(QStringLiteral("deadline_queue")), 0);
}

void TestDeadlineStore::confirmingFromALaterDayMovesTheWholeHoliday()
{
    // Given the second day of Eid al-Fitr (21 March) announced for the 20th:
    // the holiday began a day early, all three days move, none stays provisional.
    DeadlinePolicy settings(m_db->db(), m_db->clock());
    Result<int> confirmed
        = settings.confirmHoliday(m_db->user(QStringLiteral("admin")), QStringLiteral("MA"),
                                  QStringLiteral("Eid al-Fitr"), d("2026-03-21"), d("2026-03-20"));
    QVERIFY2(confirmed, qPrintable(confirmed.error().fullText()));
    QCOMPARE(*confirmed, 3);
    Result<WorkingCalendar> calendar = settings.calendar(QStringLiteral("MA"));
    QVERIFY(calendar);
    for (const char* day : {"2026-03-19", "2026-03-20", "2026-03-21"}) {
        const std::optional<DayOff> off = calendar->dayOff(d(day));
        QVERIFY2(off && off->kind == DayOff::Kind::Holiday && !off->provisional, day);
    }
    QCOMPARE(calendar->dayOff(d("2026-03-22"))->kind, DayOff::Kind::Weekend); // a Sunday
}

QTEST_GUILESS_MAIN(TestDeadlineStore)
#include "tst_deadlinestore.moc"
