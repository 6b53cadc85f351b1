#pragma once

#include "LocaleStyle.h"

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Masar {

// The interface languages and their catalogs (Masar's own, embedded as
// :/i18n/masar_<code>.qm, and Qt's).
namespace Translations {

// "ar", "fr", "en".
QStringList languages();
bool isLanguage(const QString& code);
// The language of the system locale if Masar has it, else English.
QString systemLanguage();
// The value of --lang (or --lang=CODE) in a command line, or an empty string:
// read before the options are parsed, so that their texts are in it.
QString requestedLanguage(const QStringList& arguments);
// Replaces the installed catalogs by those of `code`, and makes numbers
// follow the style. Returns false when Masar's own catalog for it is missing.
bool install(const QString& code, const LocaleStyle& style = LocaleStyle());
// Puts in front of the installed catalogs the translator that answers in the
// document language of a thread (DocumentLanguage::Scope). Done by install();
// called again from the application's thread, it does nothing.
void routeDocuments();
// The locale lists and numbers are written in on this thread: the document
// language's while one is in scope, else the default.
QLocale currentLocale();

} // namespace Translations

} // namespace Masar
