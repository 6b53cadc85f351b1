#pragma once

#include "LocaleStyle.h"

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

} // namespace Translations

} // namespace Masar
