#include "LetterheadStore.h"

#include "domain/Codes.h"
#include "storage/Database.h"
#include "storage/ReadTransaction.h"
#include "storage/Sql.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QFile>
#include <QLocale>

namespace Masar {

namespace {

bool hasControlCharacter(const QString& text)
{
    for (const QChar c : text) {
        const QChar::Category category = c.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph) {
            return true;
        }
    }
    return false;
}

QString dataSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat);
}

} // namespace

LetterheadStore::LetterheadStore(Database& database, const Clock& clock)
    : m_database(database)
    , m_clock(clock)
{
}

QString LetterheadStore::languageName(const QString& language)
{
    if (language == QLatin1String("ar")) {
        //: A language, in “The ministry's name in %1 …”.
        return tr("Arabic");
    }
    if (language == QLatin1String("fr")) {
        //: A language, in “The ministry's name in %1 …”.
        return tr("French");
    }
    if (language == QLatin1String("en")) {
        //: A language, in “The ministry's name in %1 …”.
        return tr("English");
    }
    return language;
}

Result<QString> LetterheadStore::logoMediaType(const QByteArray& bytes)
{
    if (bytes.isEmpty()) {
        return Error::invalid(tr("The logo is empty."));
    }
    if (bytes.size() > largestLogo) {
        //: %1 a size: “1 MB”.
        return Error::invalid(
            tr("The logo is larger than %1, the largest a logo may be.").arg(dataSize(largestLogo)));
    }
    static const QByteArray png("\x89PNG\r\n\x1a\n", 8);
    static const QByteArray jpeg("\xff\xd8\xff", 3);
    // A PNG's first chunk is its header (IHDR) of 13 bytes, after the signature.
    if (bytes.startsWith(png) && bytes.size() >= 33 && bytes.mid(12, 4) == "IHDR") {
        return QStringLiteral("image/png");
    }
    if (bytes.startsWith(jpeg) && bytes.size() > 4) {
        return QStringLiteral("image/jpeg");
    }
    return Error::invalid(tr("The logo is not a PNG or JPEG image."));
}

Result<QByteArray> LetterheadStore::readLogoFile(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::invalid(tr("“%1” cannot be read: %2").arg(shown, file.errorString()));
    }
    // One byte more than a logo may have is enough to refuse a larger file.
    const QByteArray bytes = file.read(largestLogo + 1);
    if (file.error() != QFileDevice::NoError) {
        return Error::invalid(tr("“%1” cannot be read: %2").arg(shown, file.errorString()));
    }
    Result<QString> type = logoMediaType(bytes);
    if (!type) {
        //: %1 a file, %2 why it is no logo.
        return Error::invalid(tr("“%1”: %2").arg(shown, type.error().message()));
    }
    return bytes;
}

Status LetterheadStore::checkLine(const QString& text, const QString& language, bool ministry)
{
    const QString name = languageName(language);
    if (text.size() > longestLine) {
        const QString size = QLocale().toString(text.size());
        const QString most = QLocale().toString(longestLine);
        if (ministry) {
            //: %1 a language (“Arabic”), %2 and %3 numbers.
            return Error::invalid(tr("The ministry's name in %1 has %2 characters; it may have at most %3.")
                                      .arg(name, size, most));
        }
        //: %1 a language (“Arabic”), %2 and %3 numbers.
        return Error::invalid(tr("The department's line in %1 has %2 characters; it may have at most %3.")
                                  .arg(name, size, most));
    }
    if (hasControlCharacter(text)) {
        if (ministry) {
            //: %1 a language (“Arabic”).
            return Error::invalid(
                tr("The ministry's name in %1 is one line: it may not contain a line break, a "
                   "tab or another control character.")
                    .arg(name));
        }
        //: %1 a language (“Arabic”).
        return Error::invalid(
            tr("The department's line in %1 is one line: it may not contain a line break, a tab "
               "or another control character.")
                .arg(name));
    }
    return Status();
}

Result<Letterhead> LetterheadStore::validated(const Letterhead& letterhead)
{
    Letterhead stored;
    for (auto it = letterhead.lines.cbegin(); it != letterhead.lines.cend(); ++it) {
        if (!Letterhead::languages().contains(it.key())) {
            return Error::invalid(
                tr("A letterhead has lines in Arabic, French and English only, not in “%1”.").arg(it.key()));
        }
        const Letterhead::Lines lines {it->ministry.trimmed(), it->department.trimmed()};
        if (Status status = checkLine(lines.ministry, it.key(), true); !status.ok()) {
            return status;
        }
        if (Status status = checkLine(lines.department, it.key(), false); !status.ok()) {
            return status;
        }
        if (lines.ministry.isEmpty() && !lines.department.isEmpty()) {
            //: %1 a language (“Arabic”).
            return Error::invalid(tr("The department's line in %1 needs the ministry's name above it.")
                                      .arg(languageName(it.key())));
        }
        if (!lines.isEmpty()) {
            stored.lines.insert(it.key(), lines);
        }
    }
    if (!letterhead.logo.isEmpty()) {
        Result<QString> type = logoMediaType(letterhead.logo);
        if (!type) {
            return type.error();
        }
        stored.logo = letterhead.logo;
        stored.logoMediaType = *type;
    }
    return stored;
}

Result<Letterhead> LetterheadStore::read() const
{
    const QSqlDatabase db = m_database.connection();
    ReadTransaction snapshot(db, m_database.dialect());
    if (Status status = snapshot.begin(); !status.ok()) {
        return status;
    }
    Result<QSqlQuery> lines
        = Sql::exec(db, QStringLiteral("SELECT language, ministry, department FROM letterhead_lines"));
    if (!lines) {
        return lines.error();
    }
    Letterhead letterhead;
    while (lines->next()) {
        letterhead.lines.insert(lines->value(0).toString(),
                                {lines->value(1).toString(), lines->value(2).toString()});
    }
    Result<QSqlQuery> logo
        = Sql::exec(db, QStringLiteral("SELECT media_type, content FROM letterhead_logo WHERE id = 1"));
    if (!logo) {
        return logo.error();
    }
    if (logo->next()) {
        letterhead.logoMediaType = logo->value(0).toString();
        letterhead.logo = logo->value(1).toByteArray();
    }
    return letterhead;
}

Status LetterheadStore::change(const User& actor, const Letterhead& letterhead)
{
    if (!mayChange(actor.role)) {
        return Error::forbidden(
            tr("Only an administrator may change the letterhead. You are: %1.").arg(labelOf(actor.role)));
    }
    Result<Letterhead> stored = validated(letterhead);
    if (!stored) {
        return stored.error();
    }
    const QSqlDatabase db = m_database.connection();
    WriteTransaction transaction(db, m_database.dialect());
    if (Status status = transaction.begin(); !status.ok()) {
        return status;
    }
    const QVariant now = Sql::timestamp(m_clock.nowUtc());
    if (Status status = Sql::exec(db, QStringLiteral("DELETE FROM letterhead_lines")).status();
        !status.ok()) {
        return status;
    }
    for (auto it = stored->lines.cbegin(); it != stored->lines.cend(); ++it) {
        if (Status status
            = Sql::exec(db,
                        QStringLiteral("INSERT INTO letterhead_lines (language, ministry, "
                                       "department, changed_at, changed_by) VALUES (?, ?, ?, ?, ?)"),
                        {it.key(), Sql::nonNull(it->ministry), Sql::nonNull(it->department), now, actor.name})
                  .status();
            !status.ok()) {
            return status;
        }
    }
    if (Status status = Sql::exec(db, QStringLiteral("DELETE FROM letterhead_logo")).status(); !status.ok()) {
        return status;
    }
    if (!stored->logo.isEmpty()) {
        if (Status status = Sql::exec(db,
                                      QStringLiteral("INSERT INTO letterhead_logo (id, media_type, content, "
                                                     "changed_at, changed_by) VALUES (1, ?, ?, ?, ?)"),
                                      {stored->logoMediaType, stored->logo, now, actor.name})
                                .status();
            !status.ok()) {
            return status;
        }
    }
    return transaction.commit();
}

} // namespace Masar
