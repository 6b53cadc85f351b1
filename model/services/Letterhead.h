#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Masar {

// What printed documents carry at their head: the ministry's name and the
// line under it (its central authority) in each language a document is
// printed in, and a logo. One for the whole register (LetterheadStore).
struct Letterhead
{
    struct Lines
    {
        QString ministry;
        QString department;

        bool isEmpty() const { return ministry.isEmpty() && department.isEmpty(); }
        bool operator==(const Lines& other) const
        {
            return ministry == other.ministry && department == other.department;
        }
        bool operator!=(const Lines& other) const { return !(*this == other); }
    };

    // By language code ("ar", "fr", "en"); a language missing prints no name.
    QMap<QString, Lines> lines;
    // PNG or JPEG bytes; empty when there is no logo.
    QByteArray logo;
    // "image/png" or "image/jpeg"; empty when there is no logo.
    QString logoMediaType;

    // The languages a letterhead has lines in: those of documents.
    static QStringList languages()
    {
        return {QStringLiteral("ar"), QStringLiteral("fr"), QStringLiteral("en")};
    }

    // The lines of a language, empty when it has none.
    Lines linesIn(const QString& language) const { return lines.value(language); }
    // No line in any language, and no logo.
    bool isEmpty() const;

    bool operator==(const Letterhead& other) const;
    bool operator!=(const Letterhead& other) const { return !(*this == other); }
};

} // namespace Masar
