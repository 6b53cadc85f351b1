#include "Vocabulary.h"

#include <vector>

namespace Masar::Benchmark::Vocabulary {

namespace {

QStringList split(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QStringList lines(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

const QStringList& openers(Language language)
{
    static const QStringList arabic = lines("طلب مساعدة قضائية متبادلة في المادة الجزائية بشأن\n"
                                            "إنابة قضائية دولية تتعلق ب\n"
                                            "طلب سماع شهود في إطار تحقيق حول\n"
                                            "طلب الحصول على كشوفات بنكية في قضية\n"
                                            "طلب تفتيش وحجز في إطار البحث في\n");
    static const QStringList french = lines("Demande d'entraide judiciaire en matière pénale relative à\n"
                                            "Commission rogatoire internationale concernant\n"
                                            "Demande d'audition de témoins dans l'enquête sur\n"
                                            "Demande de communication de relevés bancaires dans l'affaire\n"
                                            "Demande de perquisition et de saisie dans l'information sur\n");
    static const QStringList english
        = lines("Request for mutual legal assistance in criminal matters concerning\n"
                "Letter rogatory in the investigation of\n"
                "Request for the hearing of witnesses in the case of\n"
                "Request for bank records in the proceedings against\n"
                "Request for search and seizure in the inquiry into\n");
    switch (language) {
    case Language::Arabic:
        return arabic;
    case Language::French:
        return french;
    case Language::English:
        return english;
    }
    return english;
}

const QStringList& words(Language language)
{
    static const QStringList arabic
        = split("تمويل الإرهاب شبكة حساب بنكي تحويل أموال تحقيق المشتبه فيه شاهد سماع تفتيش حجز "
                "مصادرة وفاق إجرامي خلية تجنيد مقاتلين أجانب سفر جواز وثائق هاتف اتصالات بيانات "
                "إلكترونية رسائل متهم محكمة النيابة العمومية قاضي التحقيق إنابة قضائية مساعدة دولية "
                "جزائية غسل تهريب أسلحة مخدرات الاتجار بالبشر فساد رشوة قتل تفجير هجوم عملية منظمة "
                "عابرة للحدود شركة وهمية عقار سيارة مبلغ دينار يورو دولار نقل ميناء مطار رحلة إقامة "
                "عنوان تونس صفاقس سوسة القاهرة الإسكندرية بغداد البصرة عمان الزرقاء بيروت طرابلس "
                "بنغازي نواكشوط الرباط طنجة فاس مدريد برشلونة باريس مرسيليا روما ميلانو بروكسل "
                "أمستردام برلين حوالة نقدية جمعية خيرية تبرعات منصة تواصل اجتماعي دعاية تحريض "
                "معسكر تدريب حدود تسلل شهادة ميلاد سجل عدلي إيداع سحب مصرف فرع بطاقة ائتمان "
                "عملات مشفرة محفظة رقمية خادم بريد إلكتروني حساب وهمي كاميرا مراقبة تسجيل صوتي "
                "خبرة فنية بصمات حمض نووي مسكن مستودع شحنة حاوية مرفأ جمارك");
    static const QStringList french
        = split("financement terrorisme réseau compte bancaire virement fonds enquête suspect témoin "
                "audition perquisition saisie confiscation association malfaiteurs cellule recrutement "
                "combattants étrangers voyage passeport documents téléphone communications données "
                "électroniques messages mis en examen tribunal parquet juge instruction commission "
                "rogatoire entraide pénale internationale blanchiment trafic armes stupéfiants traite "
                "êtres humains corruption homicide explosion attentat opération organisation "
                "criminelle transfrontalière société écran immeuble véhicule montant euros dinars "
                "transfert port aéroport vol résidence adresse Tunis Sfax Sousse Casablanca Rabat "
                "Tanger Fès Alger Paris Marseille Lyon Bruxelles Anvers Rotterdam Milan Rome Madrid "
                "Barcelone mandat espèces association caritative dons plateforme réseaux sociaux "
                "propagande apologie camp entraînement frontière acte naissance casier judiciaire "
                "dépôt retrait agence carte crédit cryptomonnaies portefeuille numérique serveur "
                "messagerie pseudonyme vidéosurveillance enregistrement expertise empreintes ADN "
                "domicile entrepôt cargaison conteneur douane");
    static const QStringList english
        = split("terrorist financing network bank account transfer funds investigation suspect witness "
                "hearing search seizure confiscation criminal association cell recruitment foreign "
                "fighters travel passport documents telephone communications electronic data messages "
                "accused court prosecutor investigating judge letter rogatory assistance international "
                "laundering trafficking firearms drugs human beings corruption homicide explosion attack "
                "operation organised crime cross-border shell company property vehicle amount euros "
                "dollars transfer harbour airport flight residence address Tunis Sfax Casablanca Rabat "
                "Tangier Cairo Alexandria Baghdad Basra Amman Zarqa Beirut Tripoli Benghazi Nouakchott "
                "Madrid Paris Brussels Rotterdam Milan money remittance cash charity donations platform "
                "social media propaganda incitement training camp border birth certificate criminal "
                "record deposit withdrawal branch credit card cryptocurrency digital wallet server email "
                "alias surveillance footage recording expert report fingerprints DNA premises warehouse "
                "shipment container customs");
    switch (language) {
    case Language::Arabic:
        return arabic;
    case Language::French:
        return french;
    case Language::English:
        return english;
    }
    return english;
}

const QStringList& urgencyReasons(Language language)
{
    static const QStringList arabic = lines("المشتبه فيه موقوف تحفظيا وتنتهي مدة الإيقاف قريبا\n"
                                            "خطر إتلاف الأدلة الإلكترونية\n"
                                            "جلسة المحاكمة محددة في موعد قريب\n");
    static const QStringList french = lines("Personne en détention provisoire, délai expirant prochainement\n"
                                            "Risque de destruction des preuves électroniques\n"
                                            "Audience de jugement fixée à brève échéance\n");
    static const QStringList english = lines("Suspect in custody; the detention period ends soon\n"
                                             "Risk that electronic evidence is destroyed\n"
                                             "Trial hearing set for an early date\n");
    switch (language) {
    case Language::Arabic:
        return arabic;
    case Language::French:
        return french;
    case Language::English:
        return english;
    }
    return english;
}

const QStringList& givenNames(bool arabicScript)
{
    static const QStringList latin
        = split("Mohamed Ahmed Youssef Karim Ali Omar Hamza Mehdi Sami Nabil Rachid Khaled Walid Amine "
                "Bilal Hassan Tarek Fatima Amina Khadija Leila Salma Nour Meriem Sara Ines Yasmine "
                "Jean Pierre Marc Luca Marco Jan Pieter Carlos Javier Maria Anna Sophie Elena Julia");
    static const QStringList arabic
        = split("محمد أحمد يوسف كريم علي عمر حمزة مهدي سامي نبيل رشيد خالد وليد أمين بلال حسن طارق "
                "فاطمة آمنة خديجة ليلى سلمى نور مريم سارة إيناس ياسمين");
    return arabicScript ? arabic : latin;
}

const QStringList& familyNames(bool arabicScript)
{
    static const QStringList latin
        = split("Benali El-Amrani Trabelsi Haddad Mansour Saidi Jaziri Bouazza Cherif Hamdi Gharbi Belhaj "
                "Khelifi Ouali Tahiri Alaoui Bennani Idrissi Fassi Tazi Chraibi Mahmoud Hassan Abdallah "
                "Khalil Nasser Salem Darwish Haddadi Ould-Ahmed Ould-Salem Mokhtar Zidane Rahmani "
                "Martin Bernard Dubois Rossi Russo De-Jong Jansen Peeters Schmidt Muller Garcia Lopez "
                "Santos Silva Novak Kowalski Papadopoulos Nielsen");
    static const QStringList arabic
        = split("بن_علي العمراني الطرابلسي الحداد منصور السعيدي الجزيري بوعزة الشريف الحمدي الغربي "
                "بلحاج الخليفي والي الطاهري العلوي بناني الإدريسي الفاسي التازي محمود حسن عبد_الله خليل "
                "ناصر سالم درويش المختار الرحماني");
    return arabicScript ? arabic : latin;
}

const QStringList& rareFamilyNames(bool arabicScript)
{
    static const QStringList latin = split("Zerhouni Ghazouani Benslimane Lakhdari");
    static const QStringList arabic = split("الزرهوني الغزواني بنسليمان الأخضري");
    return arabicScript ? arabic : latin;
}

const std::vector<Partner>& partners()
{
    static const std::vector<Partner> list = {
        {"MA", 120, true, "Ministère de la Justice, Direction des affaires pénales et des grâces, Rabat"},
        {"TN", 70, true, "Ministère de la Justice, Direction générale des affaires judiciaires, Tunis"},
        {"EG", 45, true, "وزارة العدل، قطاع التعاون الدولي، القاهرة"},
        {"IQ", 25, true, "مجلس القضاء الأعلى، بغداد"},
        {"JO", 25, true, "وزارة العدل، مديرية التعاون الدولي، عمان"},
        {"LB", 25, true, "وزارة العدل، بيروت"},
        {"LY", 20, true, "وزارة العدل، إدارة التعاون الدولي، طرابلس"},
        {"MR", 20, true, "Ministère de la Justice, Nouakchott"},
        {"FR", 90, false, "Ministère de la Justice, Bureau de l'entraide pénale internationale, Paris"},
        {"PT", 45, false, "Procuradoria-Geral da República, Lisboa"},
        {"IT", 45, false, "Ministero della Giustizia, Ufficio II, Roma"},
        {"DE", 35, false, "Bundesamt für Justiz, Bonn"},
        {"BE", 35, false, "SPF Justice, Service de la coopération internationale pénale, Bruxelles"},
        {"NL", 30, false, "Afdeling Internationale Rechtshulp in Strafzaken, Den Haag"},
        {"RO", 15, false, "Ministerul Justiției, București"},
        {"AT", 10, false, "Bundesministerium für Justiz, Wien"},
        {"PL", 10, false, "Ministerstwo Sprawiedliwości, Warszawa"},
        {"SE", 8, false, "Åklagarmyndigheten, Stockholm"},
        {"IE", 8, false, "Department of Justice, Mutual Assistance Division, Dublin"},
        {"GR", 8, false, "Ministry of Justice, Athens"},
        {"BG", 6, false, "Ministry of Justice, Sofia"},
        {"CZ", 6, false, "Ministry of Justice, Prague"},
        {"HU", 6, false, "Ministry of Justice, Budapest"},
        {"DK", 5, false, "Ministry of Justice, Copenhagen"},
        {"FI", 4, false, "Ministry of Justice, Helsinki"},
        {"SK", 4, false, "Ministry of Justice, Bratislava"},
        {"HR", 4, false, "Ministry of Justice, Zagreb"},
        {"SI", 3, false, "Ministry of Justice, Ljubljana"},
        {"LT", 3, false, "Ministry of Justice, Vilnius"},
        {"LV", 3, false, "Ministry of Justice, Riga"},
        {"EE", 3, false, "Ministry of Justice, Tallinn"},
        {"LU", 3, false, "Parquet général, Luxembourg"},
        {"CY", 3, false, "Ministry of Justice and Public Order, Nicosia"},
        {"MT", 2, false, "Office of the Attorney General, Valletta"},
    };
    return list;
}

QString homeCountry()
{
    return QStringLiteral("ES");
}

const QStringList& homeAuthorities()
{
    static const QStringList list
        = lines("Ministerio de Justicia, Subdirección General de Cooperación Jurídica Internacional, Madrid\n"
                "Audiencia Nacional, Juzgado Central de Instrucción nº 1\n"
                "Audiencia Nacional, Juzgado Central de Instrucción nº 3\n"
                "Audiencia Nacional, Juzgado Central de Instrucción nº 5\n"
                "Fiscalía de la Audiencia Nacional\n"
                "Fiscalía Especial contra la Corrupción y la Criminalidad Organizada\n");
    return list;
}

const QStringList& executingAuthorities()
{
    static const QStringList list = lines("Fiscalía de la Audiencia Nacional\n"
                                          "Juzgado Central de Instrucción nº 2\n"
                                          "Juzgado Central de Instrucción nº 4\n"
                                          "Juzgado de Instrucción nº 7 de Barcelona\n"
                                          "Juzgado de Instrucción nº 3 de Algeciras\n"
                                          "Policía Nacional, Comisaría General de Información\n"
                                          "Guardia Civil, Jefatura de Información\n"
                                          "Servicio Ejecutivo de la Comisión de Prevención del Blanqueo\n");
    return list;
}

} // namespace Masar::Benchmark::Vocabulary
