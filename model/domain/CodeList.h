#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <vector>

namespace Masar {

// One code of a list: the stable ASCII key stored in the database, the JSON
// format and on the command line, and its English label, marked for
// translation with QT_TRANSLATE_NOOP in the list's context.
struct CodeEntry
{
    const char* key;
    const char* label;
};

// A closed list of codes (channels, refusal grounds, ...). Keys never change;
// labels are translated when shown.
class CodeList
{
public:
    CodeList(const char* context, std::initializer_list<CodeEntry> entries);

    const char* context() const { return m_context; }
    const std::vector<CodeEntry>& entries() const { return m_entries; }
    QStringList keys() const;
    bool contains(const QString& key) const;
    // The translated label; the key itself when it is not in the list.
    QString label(const QString& key) const;
    // Labels of several keys, joined with the locale's list separator.
    QString labels(const QStringList& keys) const;

private:
    const char* m_context;
    std::vector<CodeEntry> m_entries;
};

} // namespace Masar
