#pragma once

#include "CodeList.h"

#include <optional>
#include <vector>

namespace Masar {

// The codes of ../shared/domain.md. Enumerations where the program's logic
// branches on the value; plain code lists where it only stores and shows them.
// An enumeration's values are in the same order as its code list.

enum class Direction { Incoming, Outgoing };

enum class Role { Officer, Supervisor, Clerk, Administrator };

enum class State {
    // incoming
    Received,
    Registered,
    UnderReview,
    AwaitingInformation,
    Consultation,
    Accepted,
    InExecution,
    Postponed,
    PartiallyExecuted,
    Executed,
    ResultsSent,
    // outgoing
    Draft,
    InTranslation,
    Sent,
    Acknowledged,
    InformationRequested,
    InExecutionAbroad,
    PostponedAbroad,
    PartialResultsReceived,
    ResultsReceived,
    ResultsForwarded,
    // both
    Closed
};

enum class Step {
    // incoming
    LogReceipt,
    Register,
    ReturnDeficient,
    Forward,
    CloseAsDuplicate,
    StartReview,
    RequestInformation,
    InformationReceived,
    Lapse,
    Consult,
    Accept,
    Refuse,
    Postpone,
    Resume,
    TransmitForExecution,
    RecordPartialResults,
    CompleteExecution,
    SendResults,
    // outgoing
    CreateDraft,
    SendForTranslation,
    Send,
    RecordAcknowledgement,
    RecordExecutionAbroad,
    ReceiveInformationRequest,
    ReplyToInformationRequest,
    RecordPostponementAbroad,
    RecordResumptionAbroad,
    ReceivePartialResults,
    ReceiveResults,
    ForwardResults,
    RecordRefusalAbroad,
    // both directions
    Close,
    Withdraw,
    Reopen,
    // steps that change no state
    ExtendDeadline,
    ChangePriority,
    ChangeConfidentiality,
    Reassign,
    RecordMeasureResult,
    AddNote,
    AddDocument,
    Amend,
    // recorded when a request enters the register by import without history
    Import
};

// What a step does to the deadline clock.
enum class ClockEffect { None, Start, Pause, Resume, Stop };

template<typename E>
const CodeList& codesOf();

template<>
const CodeList& codesOf<Direction>();
template<>
const CodeList& codesOf<Role>();
template<>
const CodeList& codesOf<State>();
template<>
const CodeList& codesOf<Step>();
template<>
const CodeList& codesOf<ClockEffect>();

template<typename E>
QString keyOf(E value)
{
    return QLatin1String(codesOf<E>().entries().at(std::size_t(value)).key);
}

template<typename E>
QString labelOf(E value)
{
    return codesOf<E>().label(keyOf(value));
}

template<typename E>
std::optional<E> fromKey(const QString& key)
{
    const auto& entries = codesOf<E>().entries();
    for (std::size_t i = 0; i < entries.size(); ++i) {
        if (key == QLatin1String(entries[i].key)) {
            return E(i);
        }
    }
    return std::nullopt;
}

template<typename E>
std::vector<E> allOf()
{
    std::vector<E> result;
    for (std::size_t i = 0; i < codesOf<E>().entries().size(); ++i) {
        result.push_back(E(i));
    }
    return result;
}

namespace Codes {

const CodeList& legalBases();
const CodeList& channels();
const CodeList& priorities();
const CodeList& confidentialities();
const CodeList& dispositions();
const CodeList& refusalGrounds();
const CodeList& assistanceTypes();
const CodeList& measureStatuses();
const CodeList& offences();
const CodeList& personRoles();
const CodeList& linkKinds();

// ISO 3166-1 alpha-2 codes of every territory the locale data (CLDR) knows.
const QStringList& countries();
bool isCountry(const QString& code);
// The country's name in the current language (QLocale's default), from ICU's
// locale data (CLDR); the code itself when ICU does not know it.
QString countryName(const QString& code);
// "Morocco (MA)": the name and the code, for lists where both help.
QString countryWithCode(const QString& code);
// The codes in the order of their countries' names in the current language
// (collation of the default QLocale), as lists of countries show them.
QStringList byCountryName(QStringList codes);

} // namespace Codes

} // namespace Masar
