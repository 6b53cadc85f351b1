#pragma once

#include "PrintDocument.h"
#include "core/Result.h"
#include "services/User.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>

namespace Masar {

class Clock;
class Database;
class DocumentLanguage;

// What every printed document shares besides its content: the letterhead in
// its language, who prints it and when, the names people go by.
struct PrintContext
{
    Q_DECLARE_TR_FUNCTIONS(Masar::PrintContext)

public:
    QString ministry;
    QString department;
    QByteArray logo;
    QString printedBy; // the name people see
    QDateTime printedAt; // from the clock
    QDate today; // the day the document speaks of: "as of"
    QMap<QString, QString> userNames; // login name -> the name people see
    int atRiskDays = 7;

    // Who prints, now, with the letterhead of the document's language and the
    // names of the register's users.
    static Result<PrintContext> load(Database& database, const Clock& clock, const User& actor,
                                     const QString& language);

    QString userName(const QString& login) const { return userNames.value(login, login); }

    // A document with the letterhead, the footer and the page numbers in its
    // language; the caller adds the title, the marking and the sections.
    PrintDocument start(const DocumentLanguage& language) const;

    // The marking of a confidentiality level on every page: none for normal.
    static QString marking(const QString& confidentiality);
    // The highest of two confidentiality levels.
    static QString higher(const QString& one, const QString& other);
};

} // namespace Masar
