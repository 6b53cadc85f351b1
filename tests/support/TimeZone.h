#pragma once

#include <QByteArray>
#include <QtGlobal>

#include <ctime>

namespace Masar::Test {

// Runs the rest of a scope in another time zone (an IANA name such as
// "Asia/Baghdad"), then puts the old one back. Qt and SQLite both read the
// zone from TZ, once tzset() has been called.
class TimeZone
{
public:
    explicit TimeZone(const char* zone)
        : m_had(qEnvironmentVariableIsSet("TZ"))
        , m_old(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~TimeZone()
    {
        if (m_had) {
            qputenv("TZ", m_old);
        } else {
            qunsetenv("TZ");
        }
        tzset();
    }
    TimeZone(const TimeZone&) = delete;
    TimeZone& operator=(const TimeZone&) = delete;

private:
    bool m_had;
    QByteArray m_old;
};

} // namespace Masar::Test
