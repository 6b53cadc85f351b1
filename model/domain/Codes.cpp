#include "Codes.h"

#include "core/Translations.h"

#include <QCollator>
#include <QLocale>
#include <QRegularExpression>
#include <QtGlobal>

#include <algorithm>
#include <unicode/locid.h>
#include <unicode/unistr.h>

namespace Masar {

template<>
const CodeList& codesOf<Direction>()
{
    static const CodeList list("Masar::Direction",
                               {
                                   {"incoming", QT_TRANSLATE_NOOP("Masar::Direction", "Incoming")},
                                   {"outgoing", QT_TRANSLATE_NOOP("Masar::Direction", "Outgoing")},
                               });
    return list;
}

template<>
const CodeList& codesOf<Role>()
{
    static const CodeList list("Masar::Role",
                               {
                                   {"officer", QT_TRANSLATE_NOOP("Masar::Role", "Officer")},
                                   {"supervisor", QT_TRANSLATE_NOOP("Masar::Role", "Supervisor")},
                                   //: Staff who read and print status summaries and change nothing.
                                   {"clerk", QT_TRANSLATE_NOOP("Masar::Role", "Clerk")},
                                   {"administrator", QT_TRANSLATE_NOOP("Masar::Role", "Administrator")},
                               });
    return list;
}

template<>
const CodeList& codesOf<State>()
{
    static const CodeList list(
        "Masar::State",
        {
            {"received", QT_TRANSLATE_NOOP("Masar::State", "Received")},
            {"registered", QT_TRANSLATE_NOOP("Masar::State", "Registered")},
            {"under_review", QT_TRANSLATE_NOOP("Masar::State", "Under review")},
            {"awaiting_information", QT_TRANSLATE_NOOP("Masar::State", "Awaiting information")},
            {"consultation", QT_TRANSLATE_NOOP("Masar::State", "In consultation")},
            {"accepted", QT_TRANSLATE_NOOP("Masar::State", "Accepted")},
            {"in_execution", QT_TRANSLATE_NOOP("Masar::State", "In execution")},
            {"postponed", QT_TRANSLATE_NOOP("Masar::State", "Postponed")},
            {"partially_executed", QT_TRANSLATE_NOOP("Masar::State", "Partially executed")},
            {"executed", QT_TRANSLATE_NOOP("Masar::State", "Executed")},
            {"results_sent", QT_TRANSLATE_NOOP("Masar::State", "Results sent")},
            {"draft", QT_TRANSLATE_NOOP("Masar::State", "Draft")},
            {"in_translation", QT_TRANSLATE_NOOP("Masar::State", "In translation")},
            {"sent", QT_TRANSLATE_NOOP("Masar::State", "Sent")},
            {"acknowledged", QT_TRANSLATE_NOOP("Masar::State", "Acknowledged")},
            {"information_requested", QT_TRANSLATE_NOOP("Masar::State", "Information requested from us")},
            {"in_execution_abroad", QT_TRANSLATE_NOOP("Masar::State", "In execution abroad")},
            {"postponed_abroad", QT_TRANSLATE_NOOP("Masar::State", "Postponed abroad")},
            {"partial_results_received", QT_TRANSLATE_NOOP("Masar::State", "Partial results received")},
            {"results_received", QT_TRANSLATE_NOOP("Masar::State", "Results received")},
            {"results_forwarded", QT_TRANSLATE_NOOP("Masar::State", "Results forwarded")},
            {"closed", QT_TRANSLATE_NOOP("Masar::State", "Closed")},
        });
    return list;
}

template<>
const CodeList& codesOf<Step>()
{
    static const CodeList list(
        "Masar::Step",
        {
            {"log_receipt", QT_TRANSLATE_NOOP("Masar::Step", "Log receipt")},
            //: The verb: give a received request our reference and send the acknowledgement.
            {"register", QT_TRANSLATE_NOOP("Masar::Step", "Register")},
            {"return_deficient", QT_TRANSLATE_NOOP("Masar::Step", "Return as deficient")},
            {"forward", QT_TRANSLATE_NOOP("Masar::Step", "Forward to the competent authority")},
            {"close_as_duplicate", QT_TRANSLATE_NOOP("Masar::Step", "Close as duplicate")},
            {"start_review", QT_TRANSLATE_NOOP("Masar::Step", "Start review")},
            {"request_information", QT_TRANSLATE_NOOP("Masar::Step", "Ask for information")},
            {"information_received", QT_TRANSLATE_NOOP("Masar::Step", "Information received")},
            {"lapse", QT_TRANSLATE_NOOP("Masar::Step", "Close as lapsed")},
            {"consult", QT_TRANSLATE_NOOP("Masar::Step", "Consult the requesting state")},
            {"accept", QT_TRANSLATE_NOOP("Masar::Step", "Accept")},
            {"refuse", QT_TRANSLATE_NOOP("Masar::Step", "Refuse")},
            {"postpone", QT_TRANSLATE_NOOP("Masar::Step", "Postpone execution")},
            //: The verb: resume a postponed execution.
            {"resume", QT_TRANSLATE_NOOP("Masar::Step", "Resume")},
            {"transmit_for_execution", QT_TRANSLATE_NOOP("Masar::Step", "Transmit to executing authority")},
            {"record_partial_results", QT_TRANSLATE_NOOP("Masar::Step", "Record partial results")},
            {"complete_execution", QT_TRANSLATE_NOOP("Masar::Step", "All measures resolved")},
            {"send_results", QT_TRANSLATE_NOOP("Masar::Step", "Send results")},
            {"create_draft", QT_TRANSLATE_NOOP("Masar::Step", "Create draft")},
            {"send_for_translation", QT_TRANSLATE_NOOP("Masar::Step", "Send for translation")},
            {"send", QT_TRANSLATE_NOOP("Masar::Step", "Send to the requested state")},
            {"record_acknowledgement", QT_TRANSLATE_NOOP("Masar::Step", "Record acknowledgement")},
            {"record_execution_abroad", QT_TRANSLATE_NOOP("Masar::Step", "Record execution abroad")},
            {"receive_information_request",
             QT_TRANSLATE_NOOP("Masar::Step", "Record a request for information")},
            {"reply_information", QT_TRANSLATE_NOOP("Masar::Step", "Reply with information")},
            {"record_postponement_abroad", QT_TRANSLATE_NOOP("Masar::Step", "Record postponement abroad")},
            {"record_resumption_abroad", QT_TRANSLATE_NOOP("Masar::Step", "Record resumption abroad")},
            {"receive_partial_results", QT_TRANSLATE_NOOP("Masar::Step", "Record partial results received")},
            {"receive_results", QT_TRANSLATE_NOOP("Masar::Step", "Record results received")},
            {"forward_results", QT_TRANSLATE_NOOP("Masar::Step", "Forward results")},
            {"record_refusal_abroad", QT_TRANSLATE_NOOP("Masar::Step", "Record refusal abroad")},
            //: The verb: close the request for good, with its disposition.
            {"close", QT_TRANSLATE_NOOP("Masar::Step", "Close")},
            {"withdraw", QT_TRANSLATE_NOOP("Masar::Step", "Withdrawn by the requesting state")},
            {"reopen", QT_TRANSLATE_NOOP("Masar::Step", "Reopen")},
            {"extend_deadline", QT_TRANSLATE_NOOP("Masar::Step", "Extend deadline")},
            {"change_priority", QT_TRANSLATE_NOOP("Masar::Step", "Change priority")},
            {"change_confidentiality", QT_TRANSLATE_NOOP("Masar::Step", "Change confidentiality")},
            {"reassign", QT_TRANSLATE_NOOP("Masar::Step", "Reassign")},
            {"record_measure_result", QT_TRANSLATE_NOOP("Masar::Step", "Record the result of a measure")},
            {"add_note", QT_TRANSLATE_NOOP("Masar::Step", "Add note")},
            {"add_document", QT_TRANSLATE_NOOP("Masar::Step", "Add document")},
            //: Correct or complete a request's details (authorities, references, persons, measures, links).
            {"amend", QT_TRANSLATE_NOOP("Masar::Step", "Amend details")},
            {"import", QT_TRANSLATE_NOOP("Masar::Step", "Imported")},
        });
    return list;
}

template<>
const CodeList& codesOf<ClockEffect>()
{
    static const CodeList list("Masar::ClockEffect",
                               {
                                   {"none", QT_TRANSLATE_NOOP("Masar::ClockEffect", "no change")},
                                   //: What a step does to the deadline clock: it starts counting.
                                   {"start", QT_TRANSLATE_NOOP("Masar::ClockEffect", "start")},
                                   {"pause", QT_TRANSLATE_NOOP("Masar::ClockEffect", "pause")},
                                   {"resume", QT_TRANSLATE_NOOP("Masar::ClockEffect", "resume")},
                                   {"stop", QT_TRANSLATE_NOOP("Masar::ClockEffect", "stop")},
                               });
    return list;
}

namespace Codes {

const CodeList& legalBases()
{
    static const CodeList list(
        "Masar::LegalBasis",
        {
            {"untoc",
             QT_TRANSLATE_NOOP("Masar::LegalBasis", "UN Convention against Transnational Organized Crime")},
            {"uncac", QT_TRANSLATE_NOOP("Masar::LegalBasis", "UN Convention against Corruption")},
            {"riyadh-1983",
             QT_TRANSLATE_NOOP("Masar::LegalBasis", "Riyadh Arab Agreement for Judicial Cooperation")},
            {"arab-ct-1998",
             QT_TRANSLATE_NOOP("Masar::LegalBasis", "Arab Convention for the Suppression of Terrorism")},
            {"coe-1959",
             QT_TRANSLATE_NOOP("Masar::LegalBasis", "European Convention on Mutual Assistance (1959)")},
            {"eio", QT_TRANSLATE_NOOP("Masar::LegalBasis", "European Investigation Order")},
            {"bilateral", QT_TRANSLATE_NOOP("Masar::LegalBasis", "Bilateral treaty")},
            {"reciprocity", QT_TRANSLATE_NOOP("Masar::LegalBasis", "Reciprocity")},
        });
    return list;
}

const CodeList& channels()
{
    static const CodeList list(
        "Masar::Channel",
        {
            {"central_authority", QT_TRANSLATE_NOOP("Masar::Channel", "Central authority")},
            {"diplomatic", QT_TRANSLATE_NOOP("Masar::Channel", "Diplomatic channel")},
            {"direct_judicial", QT_TRANSLATE_NOOP("Masar::Channel", "Direct judicial contact")},
            {"interpol", QT_TRANSLATE_NOOP("Masar::Channel", "Interpol")},
            {"eurojust", QT_TRANSLATE_NOOP("Masar::Channel", "Eurojust")},
            {"liaison_magistrate", QT_TRANSLATE_NOOP("Masar::Channel", "Liaison magistrate")},
            {"emjnet", QT_TRANSLATE_NOOP("Masar::Channel", "EuroMed Justice network")},
            {"electronic", QT_TRANSLATE_NOOP("Masar::Channel", "Electronic (e-CODEX / eEDES)")},
            {"other", QT_TRANSLATE_NOOP("Masar::Channel", "Other channel")},
        });
    return list;
}

const CodeList& priorities()
{
    static const CodeList list("Masar::Priority",
                               {
                                   {"normal", QT_TRANSLATE_NOOP("Masar::Priority", "Normal")},
                                   {"urgent", QT_TRANSLATE_NOOP("Masar::Priority", "Urgent")},
                               });
    return list;
}

const CodeList& confidentialities()
{
    static const CodeList list("Masar::Confidentiality",
                               {
                                   {"normal", QT_TRANSLATE_NOOP("Masar::Confidentiality", "Normal")},
                                   {"restricted", QT_TRANSLATE_NOOP("Masar::Confidentiality", "Restricted")},
                                   {"secret", QT_TRANSLATE_NOOP("Masar::Confidentiality", "Secret")},
                               });
    return list;
}

const CodeList& dispositions()
{
    static const CodeList list(
        "Masar::Disposition",
        {
            {"executed", QT_TRANSLATE_NOOP("Masar::Disposition", "Executed")},
            {"partially_executed", QT_TRANSLATE_NOOP("Masar::Disposition", "Partially executed")},
            {"refused", QT_TRANSLATE_NOOP("Masar::Disposition", "Refused")},
            {"withdrawn", QT_TRANSLATE_NOOP("Masar::Disposition", "Withdrawn")},
            {"lapsed", QT_TRANSLATE_NOOP("Masar::Disposition", "Lapsed")},
            {"returned", QT_TRANSLATE_NOOP("Masar::Disposition", "Returned as deficient")},
            {"forwarded", QT_TRANSLATE_NOOP("Masar::Disposition", "Forwarded to the competent authority")},
            {"duplicate", QT_TRANSLATE_NOOP("Masar::Disposition", "Duplicate")},
        });
    return list;
}

const CodeList& refusalGrounds()
{
    static const CodeList list(
        "Masar::RefusalGround",
        {
            {"non_conformity", QT_TRANSLATE_NOOP("Masar::RefusalGround", "Request does not meet the treaty")},
            {"sovereignty_security_public_order",
             QT_TRANSLATE_NOOP("Masar::RefusalGround", "Sovereignty, security or public order")},
            {"domestic_law_prohibits",
             QT_TRANSLATE_NOOP("Masar::RefusalGround", "Prohibited by domestic law")},
            {"political_offence", QT_TRANSLATE_NOOP("Masar::RefusalGround", "Political offence")},
            {"fiscal_offence", QT_TRANSLATE_NOOP("Masar::RefusalGround", "Fiscal offence")},
            {"dual_criminality", QT_TRANSLATE_NOOP("Masar::RefusalGround", "No dual criminality")},
            {"ne_bis_in_idem", QT_TRANSLATE_NOOP("Masar::RefusalGround", "Ne bis in idem")},
            {"death_penalty",
             QT_TRANSLATE_NOOP("Masar::RefusalGround", "Death penalty (no assurance given)")},
            {"discrimination", QT_TRANSLATE_NOOP("Masar::RefusalGround", "Discriminatory prosecution")},
            {"immunity", QT_TRANSLATE_NOOP("Masar::RefusalGround", "Immunity")},
            {"extraterritoriality", QT_TRANSLATE_NOOP("Masar::RefusalGround", "Extraterritoriality")},
            {"military_offence", QT_TRANSLATE_NOOP("Masar::RefusalGround", "Military offence")},
            {"insufficient_information",
             QT_TRANSLATE_NOOP("Masar::RefusalGround", "Insufficient information")},
            {"confidentiality_unavailable",
             QT_TRANSLATE_NOOP("Masar::RefusalGround", "Confidentiality cannot be ensured")},
        });
    return list;
}

const CodeList& assistanceTypes()
{
    static const CodeList list(
        "Masar::AssistanceType",
        {
            {"witness_hearing", QT_TRANSLATE_NOOP("Masar::AssistanceType", "Hearing of a witness")},
            {"suspect_hearing", QT_TRANSLATE_NOOP("Masar::AssistanceType", "Hearing of a suspect")},
            {"expert_opinion", QT_TRANSLATE_NOOP("Masar::AssistanceType", "Expert opinion")},
            {"documents", QT_TRANSLATE_NOOP("Masar::AssistanceType", "Production of documents")},
            {"bank_records", QT_TRANSLATE_NOOP("Masar::AssistanceType", "Bank records")},
            {"search_seizure", QT_TRANSLATE_NOOP("Masar::AssistanceType", "Search and seizure")},
            {"electronic_evidence", QT_TRANSLATE_NOOP("Masar::AssistanceType", "Electronic evidence")},
            {"service_of_documents", QT_TRANSLATE_NOOP("Masar::AssistanceType", "Service of documents")},
            {"asset_freezing", QT_TRANSLATE_NOOP("Masar::AssistanceType", "Freezing of assets")},
            {"confiscation", QT_TRANSLATE_NOOP("Masar::AssistanceType", "Confiscation")},
            {"videoconference", QT_TRANSLATE_NOOP("Masar::AssistanceType", "Hearing by videoconference")},
            {"temporary_transfer",
             QT_TRANSLATE_NOOP("Masar::AssistanceType", "Temporary transfer of a detainee")},
            {"identification_location",
             QT_TRANSLATE_NOOP("Masar::AssistanceType", "Identification or location of persons")},
            {"transfer_of_proceedings",
             QT_TRANSLATE_NOOP("Masar::AssistanceType", "Transfer of proceedings")},
            {"other", QT_TRANSLATE_NOOP("Masar::AssistanceType", "Other assistance")},
        });
    return list;
}

const CodeList& measureStatuses()
{
    static const CodeList list("Masar::MeasureStatus",
                               {
                                   {"pending", QT_TRANSLATE_NOOP("Masar::MeasureStatus", "Pending")},
                                   {"done", QT_TRANSLATE_NOOP("Masar::MeasureStatus", "Done")},
                                   {"refused", QT_TRANSLATE_NOOP("Masar::MeasureStatus", "Refused")},
                                   {"impossible", QT_TRANSLATE_NOOP("Masar::MeasureStatus", "Impossible")},
                               });
    return list;
}

const CodeList& offences()
{
    static const CodeList list(
        "Masar::Offence",
        {
            {"terrorism", QT_TRANSLATE_NOOP("Masar::Offence", "Terrorism")},
            {"terrorist_financing", QT_TRANSLATE_NOOP("Masar::Offence", "Financing of terrorism")},
            {"participation_terrorist_group",
             QT_TRANSLATE_NOOP("Masar::Offence", "Participation in a terrorist group")},
            {"recruitment_training",
             QT_TRANSLATE_NOOP("Masar::Offence", "Recruitment or training for terrorism")},
            {"foreign_terrorist_fighter", QT_TRANSLATE_NOOP("Masar::Offence", "Foreign terrorist fighter")},
            {"incitement", QT_TRANSLATE_NOOP("Masar::Offence", "Incitement to terrorism")},
            {"money_laundering", QT_TRANSLATE_NOOP("Masar::Offence", "Money laundering")},
            {"organised_crime", QT_TRANSLATE_NOOP("Masar::Offence", "Organised crime")},
            {"trafficking_arms", QT_TRANSLATE_NOOP("Masar::Offence", "Arms trafficking")},
            {"trafficking_drugs", QT_TRANSLATE_NOOP("Masar::Offence", "Drug trafficking")},
            {"trafficking_persons", QT_TRANSLATE_NOOP("Masar::Offence", "Trafficking in persons")},
            {"corruption", QT_TRANSLATE_NOOP("Masar::Offence", "Corruption")},
            {"cybercrime", QT_TRANSLATE_NOOP("Masar::Offence", "Cybercrime")},
            {"homicide", QT_TRANSLATE_NOOP("Masar::Offence", "Homicide")},
            {"other", QT_TRANSLATE_NOOP("Masar::Offence", "Other offence")},
        });
    return list;
}

const CodeList& personRoles()
{
    static const CodeList list(
        "Masar::PersonRole",
        {
            {"suspect", QT_TRANSLATE_NOOP("Masar::PersonRole", "Suspect")},
            {"accused", QT_TRANSLATE_NOOP("Masar::PersonRole", "Accused")},
            {"convicted", QT_TRANSLATE_NOOP("Masar::PersonRole", "Convicted person")},
            {"victim", QT_TRANSLATE_NOOP("Masar::PersonRole", "Victim")},
            {"witness", QT_TRANSLATE_NOOP("Masar::PersonRole", "Witness")},
            {"expert", QT_TRANSLATE_NOOP("Masar::PersonRole", "Expert")},
            {"account_holder", QT_TRANSLATE_NOOP("Masar::PersonRole", "Account holder")},
            {"other", QT_TRANSLATE_NOOP("Masar::PersonRole", "Other person")},
        });
    return list;
}

const CodeList& linkKinds()
{
    static const CodeList list(
        "Masar::LinkKind",
        {
            {"supplementary", QT_TRANSLATE_NOOP("Masar::LinkKind", "Supplementary to")},
            {"follow_up", QT_TRANSLATE_NOOP("Masar::LinkKind", "Follow-up of")},
            {"duplicate", QT_TRANSLATE_NOOP("Masar::LinkKind", "Duplicate of")},
            {"related", QT_TRANSLATE_NOOP("Masar::LinkKind", "Related to")},
        });
    return list;
}

const QStringList& countries()
{
    static const QStringList list = [] {
        static const QRegularExpression alpha2(QStringLiteral("^[A-Z]{2}$"));
        QStringList codes;
        for (int t = 1; t <= int(QLocale::LastTerritory); ++t) {
            const QString code = QLocale::territoryToCode(QLocale::Territory(t));
            if (alpha2.match(code).hasMatch() && !codes.contains(code)) {
                codes << code;
            }
        }
        codes.sort();
        return codes;
    }();
    return list;
}

QString countryName(const QString& code)
{
    if (code.isEmpty()) {
        return QString();
    }
    const QByteArray language
        = Translations::currentLocale().name().section(QLatin1Char('_'), 0, 0).toLatin1();
    icu::UnicodeString name;
    icu::Locale(nullptr, code.toLatin1().constData())
        .getDisplayCountry(icu::Locale(language.constData()), name);
    if (name.isEmpty() || name == icu::UnicodeString::fromUTF8(code.toStdString())) {
        return code;
    }
    return QString(reinterpret_cast<const QChar*>(name.getBuffer()), name.length());
}

QStringList byCountryName(QStringList codes)
{
    QCollator collator {QLocale()};
    std::vector<std::pair<QString, QString>> named;
    named.reserve(std::size_t(codes.size()));
    for (const QString& code : codes) {
        named.emplace_back(countryName(code), code);
    }
    std::stable_sort(named.begin(), named.end(), [&collator](const auto& a, const auto& b) {
        return collator.compare(a.first, b.first) < 0;
    });
    codes.clear();
    for (const auto& entry : named) {
        codes << entry.second;
    }
    return codes;
}

QString countryWithCode(const QString& code)
{
    const QString name = countryName(code);
    return name == code ? code : QStringLiteral("%1 (%2)").arg(name, code);
}

bool isCountry(const QString& code)
{
    const QStringList& list = countries();
    return std::binary_search(list.cbegin(), list.cend(), code);
}

} // namespace Codes

} // namespace Masar
