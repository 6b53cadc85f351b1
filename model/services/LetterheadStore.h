#pragma once

#include "Letterhead.h"
#include "User.h"
#include "core/Clock.h"
#include "core/Result.h"

#include <QCoreApplication>

namespace Masar {

class Database;

// The register's letterhead (Letterhead), kept in the database for every
// program that prints. Anyone reads it; only an administrator changes it.
class LetterheadStore
{
    Q_DECLARE_TR_FUNCTIONS(Masar::LetterheadStore)

public:
    // The largest logo kept, in bytes: a letterhead's emblem, not a photograph.
    static constexpr qint64 largestLogo = 1024 * 1024;
    // The longest ministry's name or department's line, in characters.
    static constexpr int longestLine = 200;

    LetterheadStore(Database& database, const Clock& clock = Clock::system());

    // The letterhead as stored; empty when none was set.
    Result<Letterhead> read() const;
    // Replaces the letterhead, in one transaction: a language without lines
    // (or with empty ones) loses them, an empty logo removes it. Names are
    // trimmed; the logo's media type is read from its bytes (logoMediaType),
    // whatever `letterhead` says. Only an administrator may.
    Status change(const User& actor, const Letterhead& letterhead);

    // The media type of logo bytes by their signature ("image/png",
    // "image/jpeg"), or why they are no logo: empty, too large, not a PNG or
    // JPEG image.
    static Result<QString> logoMediaType(const QByteArray& bytes);
    // Whether a role may change the letterhead: administrators only.
    static bool mayChange(Role role) { return role == Role::Administrator; }
    // The bytes of a logo file, checked as logoMediaType() checks them.
    static Result<QByteArray> readLogoFile(const QString& path);
    // A language's name, for messages ("Arabic").
    static QString languageName(const QString& language);

private:
    // The letterhead as it would be stored, or why it may not be.
    static Result<Letterhead> validated(const Letterhead& letterhead);
    static Status checkLine(const QString& text, const QString& language, bool ministry);

    Database& m_database;
    const Clock& m_clock;
};

} // namespace Masar
