#pragma once

#include "domain/HistoryEntry.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QStringList>

#include <functional>

namespace Masar {

// Words a history entry: what the step was given and what it changed, in the
// current language, one line per item ("Reassigned from Amina Haddad to
// Karim Mansour", "Priority: normal → urgent", "Changed: summary, persons").
// The request's panel, `masar-cli show` and the printed status summary all
// word their timelines here.
class HistoryText
{
    Q_DECLARE_TR_FUNCTIONS(Masar::HistoryText)

public:
    // How dates, people and sizes are written: the screen's way, or a printed document's.
    struct Style
    {
        QLocale locale; // numbers, sizes and lists; in a right-to-left one, data is isolated
        std::function<QString(const QDate&)> date; // default: the locale's long format
        std::function<QString(const QString& name)> person; // a user's name as shown; default: the name
    };

    // What the entry records besides its step, states, author and reason.
    static QStringList details(const HistoryEntry& entry, const Style& style = Style());
    // The reason, then the details: the note of a timeline, one item per line.
    static QStringList lines(const HistoryEntry& entry, const Style& style = Style());
    static QString note(const HistoryEntry& entry, const Style& style = Style());

private:
    // A piece of data (a name, a reference, a note) as it stands in a sentence of the style's language.
    static QString data(const QString& text, const Style& style);
    static QString fieldValue(StepField field, const QString& value, const Style& style);
    static QString fieldLine(const HistoryEntry& entry, StepField field, const Style& style);
    static QString changedLine(const HistoryEntry& entry, const Style& style);
    static QString measureLine(const HistoryEntry& entry);
    static QString documentLine(const HistoryEntry& entry, const Style& style);
};

} // namespace Masar
