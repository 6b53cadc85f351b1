#pragma once

#include <QString>
#include <QStringList>

namespace Masar::Benchmark {

// The words a generated register is made of: summaries in Arabic, French and
// English, names of persons in Latin and Arabic script, authorities.
namespace Vocabulary {

enum class Language { Arabic, French, English };

// How a summary in this language may begin ("Demande d'entraide relative à").
const QStringList& openers(Language language);
// The words of summaries, the most frequent first.
const QStringList& words(Language language);
// Why a request is urgent.
const QStringList& urgencyReasons(Language language);

// Names of persons, the most frequent first: given names and family names,
// in Latin script (as partner states transliterate them) and in Arabic script.
const QStringList& givenNames(bool arabicScript);
const QStringList& familyNames(bool arabicScript);
// Family names that appear on a handful of persons in the whole register:
// what a quick find for a rare name looks for.
const QStringList& rareFamilyNames(bool arabicScript);

// The partner states: the eight Arab League states, then the EU states
// (the home state, ES, excluded), each with its weight in the register.
struct Partner
{
    const char* code;
    int weight;
    bool arab;
    const char* authority; // the central authority, as it signs
};
const std::vector<Partner>& partners();
// The home state: requests come in to it and go out from it.
QString homeCountry();
// The authorities at home: the central authority and those that execute requests.
const QStringList& homeAuthorities();
const QStringList& executingAuthorities();

} // namespace Vocabulary

} // namespace Masar::Benchmark
