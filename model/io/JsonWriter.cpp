#include "JsonWriter.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>

namespace Masar {

JsonWriter::JsonWriter(QIODevice* device)
    : m_device(device)
{
}

void JsonWriter::write(const QByteArray& bytes)
{
    m_device->write(bytes);
}

void JsonWriter::newline()
{
    write(QByteArray("\n") + QByteArray(m_hasItems.size() * 2, ' '));
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_hasItems.isEmpty()) {
        if (m_hasItems.last()) {
            write(",");
        }
        m_hasItems.last() = true;
        newline();
    }
}

void JsonWriter::beginObject()
{
    beforeValue();
    write("{");
    m_hasItems.append(false);
}

void JsonWriter::endObject()
{
    const bool hadItems = m_hasItems.takeLast();
    if (hadItems) {
        newline();
    }
    write("}");
    if (m_hasItems.isEmpty()) {
        write("\n");
    }
}

void JsonWriter::beginArray()
{
    beforeValue();
    write("[");
    m_hasItems.append(false);
}

void JsonWriter::endArray()
{
    const bool hadItems = m_hasItems.takeLast();
    if (hadItems) {
        newline();
    }
    write("]");
}

void JsonWriter::key(const QString& name)
{
    beforeValue();
    write(quote(name) + ": ");
    m_afterKey = true;
}

void JsonWriter::string(const QString& value)
{
    beforeValue();
    write(quote(value));
}

void JsonWriter::stringOrNull(const QString& value)
{
    if (value.isEmpty()) {
        null();
    } else {
        string(value);
    }
}

void JsonWriter::number(qint64 value)
{
    beforeValue();
    write(QByteArray::number(value));
}

void JsonWriter::null()
{
    beforeValue();
    write("null");
}

void JsonWriter::inlineStrings(const QStringList& values)
{
    beforeValue();
    QByteArray line = "[";
    for (int i = 0; i < values.size(); ++i) {
        if (i > 0) {
            line += ", ";
        }
        line += quote(values.at(i));
    }
    write(line + "]");
}

void JsonWriter::value(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        null();
        break;
    case QJsonValue::Bool:
        beforeValue();
        write(value.toBool() ? "true" : "false");
        break;
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d))) {
            number(qint64(d));
        } else {
            beforeValue();
            write(QByteArray::number(d, 'g', 17));
        }
        break;
    }
    case QJsonValue::String:
        string(value.toString());
        break;
    case QJsonValue::Array: {
        beginArray();
        const QJsonArray array = value.toArray();
        for (const QJsonValue& item : array) {
            this->value(item);
        }
        endArray();
        break;
    }
    case QJsonValue::Object: {
        beginObject();
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            key(it.key());
            this->value(it.value());
        }
        endObject();
        break;
    }
    }
}

QByteArray JsonWriter::quote(const QString& value)
{
    QByteArray out;
    out.reserve(value.size() + 2);
    out += '"';
    const QByteArray utf8 = value.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += QByteArray::number(u, 16).rightJustified(2, '0');
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

} // namespace Masar
