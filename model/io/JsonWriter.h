#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

class QIODevice;

namespace Masar {

// Writes JSON to a device as it goes, keys in the order they are written
// (QJsonDocument sorts them), indented by two spaces, text as UTF-8.
// Lists of plain strings can be written on one line.
class JsonWriter
{
public:
    explicit JsonWriter(QIODevice* device);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(const QString& name);

    void string(const QString& value);
    // The string, or null when it is empty.
    void stringOrNull(const QString& value);
    void number(qint64 value);
    void null();
    void value(const QJsonValue& value);
    // ["a", "b"] on one line.
    void inlineStrings(const QStringList& values);

    static QByteArray quote(const QString& value);

private:
    void beforeValue();
    void newline();
    void write(const QByteArray& bytes);

    QIODevice* m_device;
    // One entry per open object or array: whether it has an item yet.
    QList<bool> m_hasItems;
    bool m_afterKey = false;
};

} // namespace Masar
