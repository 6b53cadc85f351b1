#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace Masar {

// What JSON text may not hold and Qt's parser (QJsonDocument) lets through:
// a control character (U+0000 to U+001F) written as it is inside a string,
// which JSON (RFC 8259, section 7) requires escaped; and what Masar refuses
// besides: a NUL however written (\u0000), which no field may hold. Each is
// found with the place of its string in the document, so that an import
// can name the record and the field.
class JsonControlCharacters
{
public:
    // A step of a path: a member's key, or an element's index.
    struct Segment
    {
        QString key;
        qsizetype index = -1; // an array's element when 0 or more
    };
    struct Found
    {
        std::vector<Segment> path; // of the string (of a key: its object's path, then the key)
        char16_t character = 0;
        bool escaped = false; // written \u0000
        int line = 1;
    };

    // The first such character of each string of a document QJsonDocument
    // has parsed (whose structure is therefore sound).
    static std::vector<Found> find(const QByteArray& json);

    // "persons[0].name": the segments of a path from `first` on.
    static QString fieldName(const std::vector<Segment>& path, std::size_t first);
};

} // namespace Masar
