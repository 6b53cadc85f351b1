#include "CodeList.h"

#include "core/Translations.h"

#include <QCoreApplication>
#include <QLocale>

namespace Masar {

CodeList::CodeList(const char* context, std::initializer_list<CodeEntry> entries)
    : m_context(context)
    , m_entries(entries)
{
}

QStringList CodeList::keys() const
{
    QStringList result;
    result.reserve(int(m_entries.size()));
    for (const CodeEntry& entry : m_entries) {
        result << QLatin1String(entry.key);
    }
    return result;
}

bool CodeList::contains(const QString& key) const
{
    for (const CodeEntry& entry : m_entries) {
        if (key == QLatin1String(entry.key)) {
            return true;
        }
    }
    return false;
}

QString CodeList::label(const QString& key) const
{
    for (const CodeEntry& entry : m_entries) {
        if (key == QLatin1String(entry.key)) {
            return QCoreApplication::translate(m_context, entry.label);
        }
    }
    return key;
}

QString CodeList::labels(const QStringList& keys) const
{
    QStringList result;
    for (const QString& key : keys) {
        result << label(key);
    }
    return Translations::currentLocale().createSeparatedList(result);
}

} // namespace Masar
