<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Masar::AssistanceType</name>
    <message>
        <source>Hearing of a witness</source>
        <translation>Audition d’un témoin</translation>
    </message>
    <message>
        <source>Hearing of a suspect</source>
        <translation>Audition d’un suspect</translation>
    </message>
    <message>
        <source>Expert opinion</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <source>Production of documents</source>
        <translation>Production de documents</translation>
    </message>
    <message>
        <source>Bank records</source>
        <translation>Relevés bancaires</translation>
    </message>
    <message>
        <source>Search and seizure</source>
        <translation>Perquisition et saisie</translation>
    </message>
    <message>
        <source>Electronic evidence</source>
        <translation>Preuves électroniques</translation>
    </message>
    <message>
        <source>Service of documents</source>
        <translation>Signification d’actes</translation>
    </message>
    <message>
        <source>Freezing of assets</source>
        <translation>Gel d’avoirs</translation>
    </message>
    <message>
        <source>Confiscation</source>
        <translation>Confiscation</translation>
    </message>
    <message>
        <source>Hearing by videoconference</source>
        <translation>Audition par visioconférence</translation>
    </message>
    <message>
        <source>Temporary transfer of a detainee</source>
        <translation>Transfèrement temporaire d’un détenu</translation>
    </message>
    <message>
        <source>Identification or location of persons</source>
        <translation>Identification ou localisation de personnes</translation>
    </message>
    <message>
        <source>Transfer of proceedings</source>
        <translation>Transmission des poursuites</translation>
    </message>
    <message>
        <source>Other assistance</source>
        <translation>Autre entraide</translation>
    </message>
</context>
<context>
    <name>Masar::AuthorityCalendarDialog</name>
    <message>
        <source>Add an authority&apos;s calendar</source>
        <translation>Ajouter le calendrier d’une autorité</translation>
    </message>
    <message>
        <source>Where one authority of a country keeps holidays of its own. The calendar counts for the requests whose authority&apos;s name contains the name given here; the others count with the country&apos;s.</source>
        <translation>Lorsqu’une autorité d’un pays a ses propres jours fériés. Le calendrier vaut pour les demandes dont le nom de l’autorité contient le nom donné ici ; les autres se comptent avec celui du pays.</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Authority:</source>
        <translation>&amp;Autorité :</translation>
    </message>
    <message>
        <source>A name or part of it, e.g. Benghazi</source>
        <translation>Un nom ou une partie du nom, p. ex. Benghazi</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode :</translation>
    </message>
    <message>
        <source>How the calendar is named on the command line: 2 to 32 characters, not a country&apos;s code.</source>
        <translation>Le nom du calendrier en ligne de commande : de 2 à 32 caractères, pas le code d’un pays.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>Masar::CalendarOverview</name>
    <message>
        <source>fixed</source>
        <extracomment>A holiday Masar knows by itself (1 May).</extracomment>
        <translation>fixe</translation>
    </message>
    <message>
        <source>provisional</source>
        <extracomment>An Islamic holiday computed from the civil calendar, its date not announced yet.</extracomment>
        <translation>provisoire</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importé</translation>
    </message>
    <message>
        <source>There is no calendar “%1”: a country&apos;s calendar has the country&apos;s code (EG, LY, ...).</source>
        <translation>Il n’y a pas de calendrier « %1 » : le calendrier d’un pays porte le code du pays (EG, LY, ...).</translation>
    </message>
</context>
<context>
    <name>Masar::CalendarsDialog</name>
    <message>
        <source>Calendars and deadlines</source>
        <translation>Calendriers et délais</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Calendriers</translation>
    </message>
    <message>
        <source>Deadline rules</source>
        <translation>Règles de délais</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>A change applies to the open requests at once: their deadlines are computed again, and those that move are listed.</source>
        <translation>Une modification s’applique aussitôt aux demandes ouvertes : leurs délais sont recalculés, et ceux qui changent sont listés.</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <extracomment>%1 the change (&quot;“Eid” added to MA.&quot;), %2 &quot;N open deadlines recomputed; M moved&quot;.</extracomment>
        <translation>%1 %2.</translation>
    </message>
</context>
<context>
    <name>Masar::CalendarsPanel</name>
    <message>
        <source>%1, %2 (%3)</source>
        <extracomment>An authority&apos;s calendar: %1 the country, %2 the authority, %3 the calendar&apos;s code.</extracomment>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Calendars</source>
        <translation>Calendriers</translation>
    </message>
    <message>
        <source>No calendar yet: the register has no request. Add an authority&apos;s calendar, or register a request first.</source>
        <translation>Aucun calendrier pour l’instant : le registre n’a aucune demande. Ajoutez le calendrier d’une autorité, ou enregistrez d’abord une demande.</translation>
    </message>
    <message>
        <source>Weekend, as set by an administrator:</source>
        <translation>Fin de semaine, telle que fixée par un administrateur :</translation>
    </message>
    <message>
        <source>Weekend, Masar&apos;s default from the locale data:</source>
        <translation>Fin de semaine, celle de Masar par défaut d’après les données régionales :</translation>
    </message>
    <message>
        <source>(no start)</source>
        <translation>(sans début)</translation>
    </message>
    <message>
        <source>(no end)</source>
        <translation>(sans fin)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>“%1” on %2 added to %3.</source>
        <extracomment>%1 a holiday&apos;s name, %2 its date, %3 the calendar.</extracomment>
        <translation>« %1 », le %2, ajouté à %3.</translation>
    </message>
    <message>
        <source>Remove a holiday</source>
        <translation>Retirer un jour férié</translation>
    </message>
    <message>
        <source>Remove “%1” on %2 from the calendar? Deadlines will count that day as a working day again, unless it is a weekend day.</source>
        <translation>Retirer « %1 », le %2, du calendrier ? Les délais compteront de nouveau ce jour comme un jour ouvré, sauf s’il tombe en fin de semaine.</translation>
    </message>
    <message>
        <source>“%1” on %2 removed from %3.</source>
        <translation>« %1 », le %2, retiré de %3.</translation>
    </message>
    <message>
        <source>“%1” confirmed in %2 from %3.</source>
        <extracomment>%1 a holiday&apos;s name, %2 the calendar, %3 the day it begins on.</extracomment>
        <translation>« %1 » confirmé dans %2 à partir du %3.</translation>
    </message>
    <message>
        <source>Import holidays</source>
        <translation>Importer des jours fériés</translation>
    </message>
    <message>
        <source>Import holidays from an iCalendar file (.ics)</source>
        <translation>Importer des jours fériés depuis un fichier iCalendar (.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n holiday day(s) imported from %1 into %2.</source>
        <extracomment>%1 the file&apos;s name, %2 the calendar.</extracomment>
        <translation>
            <numerusform>%n jour férié importé de %1 dans %2.</numerusform>
            <numerusform>%n jours fériés importés de %1 dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the weekend is %2 from %3 on.</source>
        <translation>%1 : la fin de semaine est %2 à partir du %3.</translation>
    </message>
    <message>
        <source>%1: the weekend is %2.</source>
        <translation>%1 : la fin de semaine est %2.</translation>
    </message>
    <message>
        <source>Calendar %1 added for %2.</source>
        <extracomment>%1 the calendar&apos;s code, %2 the authority.</extracomment>
        <translation>Calendrier %1 ajouté pour %2.</translation>
    </message>
    <message>
        <source>&amp;Calendars:</source>
        <translation>&amp;Calendriers :</translation>
    </message>
    <message>
        <source>Add an &amp;authority&apos;s calendar…</source>
        <translation>Ajouter le calendrier d’une &amp;autorité…</translation>
    </message>
    <message>
        <source>Set the &amp;weekend…</source>
        <translation>Définir la &amp;fin de semaine…</translation>
    </message>
    <message>
        <source>&amp;Holidays of:</source>
        <translation>&amp;Jours fériés de :</translation>
    </message>
    <message>
        <source>A&amp;dd a holiday…</source>
        <translation>Ajout&amp;er un jour férié…</translation>
    </message>
    <message>
        <source>&amp;Remove the holiday</source>
        <translation>&amp;Retirer le jour férié</translation>
    </message>
    <message>
        <source>C&amp;onfirm or move…</source>
        <translation>C&amp;onfirmer ou déplacer…</translation>
    </message>
    <message>
        <source>An Islamic holiday is computed from the civil calendar: confirm it, or move it to the day announced.</source>
        <translation>Un jour férié islamique est calculé selon le calendrier hégirien civil : confirmez-le, ou déplacez-le au jour annoncé.</translation>
    </message>
    <message>
        <source>&amp;Import a .ics file…</source>
        <translation>&amp;Importer un fichier .ics…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
</context>
<context>
    <name>Masar::Channel</name>
    <message>
        <source>Central authority</source>
        <translation>Autorité centrale</translation>
    </message>
    <message>
        <source>Diplomatic channel</source>
        <translation>Voie diplomatique</translation>
    </message>
    <message>
        <source>Direct judicial contact</source>
        <translation>Transmission directe entre autorités judiciaires</translation>
    </message>
    <message>
        <source>Interpol</source>
        <translation>Interpol</translation>
    </message>
    <message>
        <source>Eurojust</source>
        <translation>Eurojust</translation>
    </message>
    <message>
        <source>Liaison magistrate</source>
        <translation>Magistrat de liaison</translation>
    </message>
    <message>
        <source>EuroMed Justice network</source>
        <translation>Réseau EuroMed Justice</translation>
    </message>
    <message>
        <source>Electronic (e-CODEX / eEDES)</source>
        <translation>Électronique (e-CODEX / eEDES)</translation>
    </message>
    <message>
        <source>Other channel</source>
        <translation>Autre voie</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::AdminCommands</name>
    <message>
        <source>init takes no arguments.</source>
        <translation>init ne prend pas d’argument.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Version du schéma&#xa0;: %1</translation>
    </message>
    <message>
        <source>Administrator: %1 (created)</source>
        <translation>Administrateur&#xa0;: %1 (créé)</translation>
    </message>
    <message>
        <source>check takes no arguments.</source>
        <translation>check ne prend pas d’argument.</translation>
    </message>
    <message>
        <source>The database is sound: every page and every reference checked.</source>
        <translation>La base de données est saine&#xa0;: toutes les pages et toutes les références ont été vérifiées.</translation>
    </message>
    <message>
        <source>The new user&apos;s role: officer, supervisor, clerk or administrator.</source>
        <translation>Le rôle du nouvel utilisateur&#xa0;: officer, supervisor, clerk ou administrator.</translation>
    </message>
    <message>
        <source>The new user&apos;s full name.</source>
        <translation>Le nom complet du nouvel utilisateur.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nom complet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>user add needs --role officer, supervisor, clerk or administrator.</source>
        <translation>user add demande --role officer, supervisor, clerk ou administrator.</translation>
    </message>
    <message>
        <source>User %1 added as %2.</source>
        <translation>Utilisateur %1 ajouté avec le rôle %2.</translation>
    </message>
    <message>
        <source>Use “user list” or “user add NAME --role ROLE”.</source>
        <translation>Utilisez «&#xa0;user list&#xa0;» ou «&#xa0;user add NOM --role RÔLE&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::CalendarCommands</name>
    <message>
        <source>calendar show: the year of the holidays (default: this year).</source>
        <translation>calendar show : l’année des jours fériés (par défaut : cette année).</translation>
    </message>
    <message>
        <source>calendar add: the country of the authority&apos;s calendar.</source>
        <translation>calendar add : le pays du calendrier de l’autorité.</translation>
    </message>
    <message>
        <source>calendar add: the authority&apos;s name, as requests name it (a part is enough).</source>
        <translation>calendar add : le nom de l’autorité, tel que les demandes le donnent (une partie suffit).</translation>
    </message>
    <message>
        <source>calendar weekend: the first day of the new weekend (default: always).</source>
        <translation>calendar weekend : le premier jour de la nouvelle fin de semaine (par défaut : toujours).</translation>
    </message>
    <message>
        <source>Use “calendar list”, “calendar show CODE [--year YYYY]”, “calendar add CODE --country CC --authority NAME”, “calendar weekend CODE DAYS [--from DATE]”, “calendar holiday add|remove CODE DATE NAME”, “calendar confirm CODE NAME COMPUTED ANNOUNCED” or “calendar import CODE FILE.ics”.</source>
        <translation>Utilisez « calendar list », « calendar show CODE [--year YYYY] », « calendar add CODE --country CC --authority NAME », « calendar weekend CODE DAYS [--from DATE] », « calendar holiday add|remove CODE DATE NAME », « calendar confirm CODE NAME COMPUTED ANNOUNCED » ou « calendar import CODE FILE.ics ».</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>autorité</translation>
    </message>
    <message>
        <source>weekend rules</source>
        <translation>règles de fin de semaine</translation>
    </message>
    <message>
        <source>holidays</source>
        <translation>jours fériés</translation>
    </message>
    <message>
        <source>--year takes a year from %1 to %2, not “%3”.</source>
        <translation>--year prend une année de %1 à %2, pas « %3 ».</translation>
    </message>
    <message>
        <source>Calendar %1: %2</source>
        <translation>Calendrier %1 : %2</translation>
    </message>
    <message>
        <source>Calendar %1: %2, %3</source>
        <translation>Calendrier %1 : %2, %3</translation>
    </message>
    <message>
        <source>Weekend (set by an administrator):</source>
        <translation>Fin de semaine (fixée par un administrateur) :</translation>
    </message>
    <message>
        <source>Weekend (Masar&apos;s default, from the locale data):</source>
        <translation>Fin de semaine (par défaut de Masar, d’après les données régionales) :</translation>
    </message>
    <message>
        <source>from</source>
        <translation>début</translation>
    </message>
    <message>
        <source>until</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>Holidays in %1:</source>
        <translation>Jours fériés en %1 :</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>calendar add needs --country CC and --authority NAME.</source>
        <translation>calendar add demande --country CC et --authority NAME.</translation>
    </message>
    <message>
        <source>Calendar %1 added for %2 (%3): it counts for the requests whose authority&apos;s name contains “%2”.</source>
        <extracomment>%1 the new calendar&apos;s code, %2 the authority, %3 the country.</extracomment>
        <translation>Calendrier %1 ajouté pour %2 (%3) : il vaut pour les demandes dont le nom de l’autorité contient « %2 ».</translation>
    </message>
    <message>
        <source>DAYS are days of the week separated by commas, “fri,sat” or “5,6” (Monday is 1), not “%1”.</source>
        <translation>DAYS sont des jours de la semaine séparés par des virgules, « fri,sat » ou « 5,6 » (le lundi vaut 1), pas « %1 ».</translation>
    </message>
    <message>
        <source>Calendar %1: the weekend is %2 from %3 on.</source>
        <translation>Calendrier %1 : la fin de semaine est %2 à partir du %3.</translation>
    </message>
    <message>
        <source>Calendar %1: the weekend is %2.</source>
        <translation>Calendrier %1 : la fin de semaine est %2.</translation>
    </message>
    <message>
        <source>Holiday “%1” on %2 added to calendar %3.</source>
        <extracomment>%1 the holiday&apos;s name, %2 its date, %3 the calendar.</extracomment>
        <translation>Jour férié « %1 » du %2 ajouté au calendrier %3.</translation>
    </message>
    <message>
        <source>Holiday “%1” on %2 removed from calendar %3.</source>
        <translation>Jour férié « %1 » du %2 retiré du calendrier %3.</translation>
    </message>
    <message>
        <source>“%1” begins on %2: confirm it from its first day, which moves its other days with it.</source>
        <translation>« %1 » commence le %2 : confirmez-le à partir de son premier jour, ce qui déplace ses autres jours avec lui.</translation>
    </message>
    <message numerus="yes">
        <source>“%1” confirmed in calendar %2 from %3 (computed: %4), %n day(s).</source>
        <extracomment>%1 the holiday, %2 the calendar, %3 the day announced, %4 the day computed.</extracomment>
        <translation>
            <numerusform>« %1 » confirmé dans le calendrier %2 à partir du %3 (calculé : %4), %n jour.</numerusform>
            <numerusform>« %1 » confirmé dans le calendrier %2 à partir du %3 (calculé : %4), %n jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n holiday day(s) imported into calendar %1.</source>
        <extracomment>%1 the calendar; the second sentence says how many of the file&apos;s days it had already.</extracomment>
        <translation>
            <numerusform>%n jour férié importé dans le calendrier %1.</numerusform>
            <numerusform>%n jours fériés importés dans le calendrier %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were there already.</source>
        <translation>
            <numerusform>%n y était déjà.</numerusform>
            <numerusform>%n y étaient déjà.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::Cli::CliApplication</name>
    <message>
        <source>The database file (default: %1).</source>
        <translation>Le fichier de la base de données (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>The user acting (default: $MASAR_USER, else the login name).</source>
        <translation>L’utilisateur qui agit (par défaut&#xa0;: $MASAR_USER, sinon le nom de connexion).</translation>
    </message>
    <message>
        <source>The language of messages: ar, fr or en.</source>
        <translation>La langue des messages&#xa0;: ar, fr ou en.</translation>
    </message>
    <message>
        <source>Compute as of this date instead of today (reading commands only).</source>
        <translation>Calculer à cette date au lieu d’aujourd’hui (commandes de lecture seulement).</translation>
    </message>
    <message>
        <source>Usage: masar-cli [--db PATH] [--as USER] [--lang ar|fr|en] [--as-of YYYY-MM-DD] COMMAND ...</source>
        <translation>Usage&#xa0;: masar-cli [--db CHEMIN] [--as UTILISATEUR] [--lang ar|fr|en] [--as-of AAAA-MM-JJ] COMMANDE ...</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>“masar-cli COMMAND --help” shows a command&apos;s options. Exit status: 0 done, 1 usage error, 2 input refused, 3 storage problem.</source>
        <translation>«&#xa0;masar-cli COMMANDE --help&#xa0;» affiche les options d’une commande. Code de sortie&#xa0;: 0 fait, 1 erreur d’utilisation, 2 saisie refusée, 3 problème de stockage.</translation>
    </message>
    <message>
        <source>--lang takes ar, fr or en, not “%1”.</source>
        <translation>--lang prend ar, fr ou en, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a command.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une commande.</translation>
    </message>
    <message>
        <source>--db needs a file path.</source>
        <translation>--db demande un chemin de fichier.</translation>
    </message>
    <message>
        <source>--as-of takes a date of the form YYYY-MM-DD, not “%1”.</source>
        <translation>--as-of prend une date de la forme AAAA-MM-JJ, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--as-of cannot be used with “%1”: it changes the date things are computed for, and nothing is recorded with a date that is not today.</source>
        <translation>--as-of ne peut pas servir avec «&#xa0;%1&#xa0;»&#xa0;: il change la date des calculs, et rien n’est enregistré à une autre date qu’aujourd’hui.</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::CliContext</name>
    <message>
        <source>Create it with: masar-cli --db %1 init</source>
        <translation>Créez-la avec&#xa0;: masar-cli --db %1 init</translation>
    </message>
    <message>
        <source>Say who you are with --as USER (or set MASAR_USER).</source>
        <translation>Indiquez qui vous êtes avec --as UTILISATEUR (ou définissez MASAR_USER).</translation>
    </message>
    <message>
        <source>An administrator adds users with: masar-cli user add NAME --role ROLE</source>
        <translation>Un administrateur ajoute les utilisateurs avec&#xa0;: masar-cli user add NOM --role RÔLE</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>la sortie standard</translation>
    </message>
    <message>
        <source>The output could not be written to %1: %2</source>
        <translation>Impossible d’écrire le résultat dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Run “masar-cli --help” for the commands and their options.</source>
        <translation>Lancez «&#xa0;masar-cli --help&#xa0;» pour les commandes et leurs options.</translation>
    </message>
    <message numerus="yes">
        <source>Computing the deadlines of %Ln request(s)…</source>
        <translation>
            <numerusform>Calcul des délais de %Ln demande…</numerusform>
            <numerusform>Calcul des délais de %Ln demandes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::Cli::Commands</name>
    <message>
        <source>Create or upgrade the database; the first user becomes its administrator.</source>
        <translation>Créer ou mettre à niveau la base de données&#xa0;; le premier utilisateur en devient l’administrateur.</translation>
    </message>
    <message>
        <source>Read the whole database and check that nothing is damaged.</source>
        <translation>Lire toute la base de données et vérifier que rien n’est endommagé.</translation>
    </message>
    <message>
        <source>List users, or add one (administrators only).</source>
        <translation>Lister les utilisateurs ou en ajouter un (administrateurs seulement).</translation>
    </message>
    <message>
        <source>Register a new request; prints its reference.</source>
        <translation>Enregistrer une nouvelle demande&#xa0;; affiche sa référence.</translation>
    </message>
    <message>
        <source>Take a workflow step on a request.</source>
        <translation>Effectuer une étape du circuit sur une demande.</translation>
    </message>
    <message>
        <source>Store a file with a request.</source>
        <translation>Joindre un fichier à une demande.</translation>
    </message>
    <message>
        <source>Write out a document stored with a request.</source>
        <translation>Extraire un document joint à une demande.</translation>
    </message>
    <message>
        <source>Show one request with its history.</source>
        <translation>Afficher une demande et son historique.</translation>
    </message>
    <message>
        <source>List requests.</source>
        <translation>Lister les demandes.</translation>
    </message>
    <message>
        <source>Import requests from JSON or CSV, all or nothing.</source>
        <translation>Importer des demandes depuis JSON ou CSV, tout ou rien.</translation>
    </message>
    <message>
        <source>Export requests as JSON or CSV.</source>
        <translation>Exporter les demandes en JSON ou CSV.</translation>
    </message>
    <message>
        <source>Print the workflow: states and steps of both directions.</source>
        <translation>Afficher le circuit&#xa0;: états et étapes des deux sens.</translation>
    </message>
    <message>
        <source>Load invented demo requests into a register that has none (administrators only).</source>
        <translation>Charger des demandes de démonstration inventées dans un registre qui n’en contient aucune (administrateurs uniquement).</translation>
    </message>
    <message>
        <source>Correct or complete a request&apos;s details (step amend).</source>
        <translation>Corriger ou compléter les données d’une demande (étape amend).</translation>
    </message>
    <message>
        <source>Reassign one or many requests to a user, all or none (supervisors).</source>
        <translation>Réattribuer une ou plusieurs demandes à un utilisateur, toutes ou aucune (superviseurs).</translation>
    </message>
    <message>
        <source>Show the calendars deadlines count with; change weekends and holidays (administrators only).</source>
        <translation>Afficher les calendriers selon lesquels se comptent les délais ; modifier fins de semaine et jours fériés (administrateurs seulement).</translation>
    </message>
    <message>
        <source>Show the periods of deadlines; set or reset one (administrators only).</source>
        <translation>Afficher les durées des délais ; en fixer une ou la rétablir par défaut (administrateurs seulement).</translation>
    </message>
    <message>
        <source>Show open requests by state, overdue and due soon by assignee and partner, their ages, and the days to results.</source>
        <translation>Afficher les demandes ouvertes par état, celles en retard ou à échéance proche par agent désigné et par pays partenaire, leur ancienneté, et les jours jusqu’aux résultats.</translation>
    </message>
    <message>
        <source>Print a status summary or a status report to a file.</source>
        <translation>Imprimer une fiche de situation ou un rapport de situation dans un fichier.</translation>
    </message>
    <message>
        <source>Show the letterhead of printed documents; change it (administrators only).</source>
        <translation>Afficher l’en-tête des documents imprimés&#xa0;; le modifier (administrateurs seulement).</translation>
    </message>
    <message>
        <source>List the documents printed: who, when, what (administrators and supervisors).</source>
        <translation>Lister les documents imprimés&#xa0;: qui, quand, quoi (administrateurs et superviseurs).</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::DashboardCommand</name>
    <message>
        <source>“Due soon” means due within this many days (default %1).</source>
        <translation>« Échéance proche » signifie une échéance sous ce nombre de jours (par défaut %1).</translation>
    </message>
    <message>
        <source>dashboard takes options only.</source>
        <translation>dashboard n’accepte que des options.</translation>
    </message>
    <message>
        <source>--due-within takes a number of days from 0 to %1, not “%2”.</source>
        <translation>--due-within prend un nombre de jours de 0 à %1, pas « %2 ».</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <extracomment>In the dashboard: the requests assigned to nobody.</extracomment>
        <translation>(personne)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>0–30 days</source>
        <translation>0–30 jours</translation>
    </message>
    <message>
        <source>31–90 days</source>
        <translation>31–90 jours</translation>
    </message>
    <message>
        <source>91–180 days</source>
        <translation>91–180 jours</translation>
    </message>
    <message>
        <source>over 180 days</source>
        <translation>plus de 180 jours</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>pas encore envoyées</translation>
    </message>
    <message numerus="yes">
        <source>Dashboard as of %1; due soon: within %n day(s).</source>
        <translation>
            <numerusform>Tableau de bord au %1 ; échéance proche : sous %n jour.</numerusform>
            <numerusform>Tableau de bord au %1 ; échéance proche : sous %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open requests: %1 (incoming %2, outgoing %3).</source>
        <translation>Demandes ouvertes : %1 (entrantes %2, sortantes %3).</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>direction</source>
        <extracomment>The median number of days from receipt to results sent (incoming), or from sending to results received (outgoing).</extracomment>
        <translation>sens</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvertes</translation>
    </message>
    <message numerus="yes">
        <source>due within %n day(s)</source>
        <translation>
            <numerusform>échéance sous %n jour</numerusform>
            <numerusform>échéance sous %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>attribuée à</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>pays partenaire</translation>
    </message>
    <message>
        <source>open for</source>
        <translation>ouvertes depuis</translation>
    </message>
    <message>
        <source>incoming</source>
        <translation>entrantes</translation>
    </message>
    <message>
        <source>outgoing</source>
        <translation>sortantes</translation>
    </message>
    <message>
        <source>closed with results</source>
        <translation>closes avec résultats</translation>
    </message>
    <message>
        <source>median days</source>
        <translation>médiane (jours)</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Écrire dans ce fichier plutôt que sur la sortie standard.</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::DemoCommand</name>
    <message>
        <source>demo takes no arguments.</source>
        <translation>demo ne prend aucun argument.</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n demo request(s), assigned to these users:</source>
        <translation>
            <numerusform>%n demande de démonstration chargée, attribuée à ces utilisateurs :</numerusform>
            <numerusform>%n demandes de démonstration chargées, attribuées à ces utilisateurs :</numerusform>
        </translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôle</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>nom complet</translation>
    </message>
    <message>
        <source>The demo requests are loaded, but the demo letterhead could not be set.</source>
        <translation>Les demandes de démonstration sont chargées, mais l’en-tête de démonstration n’a pas pu être défini.</translation>
    </message>
    <message>
        <source>The demo letterhead is set: see “masar-cli letterhead”.</source>
        <translation>L’en-tête de démonstration est défini&#xa0;: voir «&#xa0;masar-cli letterhead&#xa0;».</translation>
    </message>
    <message>
        <source>The register&apos;s own letterhead is kept.</source>
        <translation>L’en-tête propre au registre est conservé.</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::EditCommand</name>
    <message>
        <source>An offence to add (repeatable).</source>
        <translation>Une infraction à ajouter (répétable).</translation>
    </message>
    <message>
        <source>An offence to remove (repeatable).</source>
        <translation>Une infraction à retirer (répétable).</translation>
    </message>
    <message>
        <source>A person to add (repeatable): ROLE:NAME[:NATIONALITY[:BIRTH_DATE]].</source>
        <translation>Une personne à ajouter (répétable) : ROLE:NAME[:NATIONALITY[:BIRTH_DATE]].</translation>
    </message>
    <message>
        <source>Person N as it should read (repeatable): N:ROLE:NAME[:NATIONALITY[:BIRTH_DATE]].</source>
        <translation>La personne N telle qu’elle doit figurer (répétable) : N:ROLE:NAME[:NATIONALITY[:BIRTH_DATE]].</translation>
    </message>
    <message>
        <source>Person N to remove (repeatable).</source>
        <translation>La personne N à retirer (répétable).</translation>
    </message>
    <message>
        <source>A measure to add, pending (repeatable): TYPE[:NOTE].</source>
        <translation>Une mesure à ajouter, en attente (répétable) : TYPE[:NOTE].</translation>
    </message>
    <message>
        <source>Measure N&apos;s type and note (repeatable): N:TYPE[:NOTE]. Its status changes with the step record_measure_result.</source>
        <translation>Type et note de la mesure N (répétable) : N:TYPE[:NOTE]. Son statut change avec l’étape record_measure_result.</translation>
    </message>
    <message>
        <source>Measure N to remove, if pending (repeatable).</source>
        <translation>La mesure N à retirer, si elle est en attente (répétable).</translation>
    </message>
    <message>
        <source>A link to add, or of another kind (repeatable): KIND:REFERENCE.</source>
        <translation>Un lien à ajouter, ou d’un autre type (répétable) : KIND:REFERENCE.</translation>
    </message>
    <message>
        <source>The link to this request to remove (repeatable).</source>
        <translation>Le lien vers cette demande à retirer (répétable).</translation>
    </message>
    <message>
        <source>Why the details change (optional).</source>
        <translation>Pourquoi les données changent (facultatif).</translation>
    </message>
    <message>
        <source>edit needs one reference: edit REF [options].</source>
        <translation>edit demande une référence : edit REF [options].</translation>
    </message>
    <message>
        <source>edit needs at least one change; “masar-cli edit --help” lists them.</source>
        <translation>edit demande au moins une modification ; « masar-cli edit --help » les énumère.</translation>
    </message>
    <message>
        <source>--%1 takes N:… where N is a number (1, 2, …), not “%2”.</source>
        <translation>--%1 prend N:… où N est un nombre (1, 2, …), pas « %2 ».</translation>
    </message>
    <message>
        <source>--%1 takes a number (1, 2, …), not “%2”.</source>
        <translation>--%1 prend un nombre (1, 2, …), pas « %2 ».</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attention : %1</translation>
    </message>
    <message numerus="yes">
        <source>there is no number %1: the request has %n of them</source>
        <translation>
            <numerusform>il n’y a pas de numéro %1 : la demande en a %n</numerusform>
            <numerusform>il n’y a pas de numéro %1 : la demande en a %n</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not among the request&apos;s offences</source>
        <translation>« %1 » ne fait pas partie des infractions de la demande</translation>
    </message>
    <message>
        <source>the request is not linked to “%1”</source>
        <translation>la demande n’est pas liée à « %1 »</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::LetterheadCommands</name>
    <message>
        <source>The ministry&apos;s name in %1 (empty: none).</source>
        <extracomment>%1 a language (“Arabic”).</extracomment>
        <translation>Le nom du ministère en %1 (vide&#xa0;: aucun).</translation>
    </message>
    <message>
        <source>The line under it in %1, e.g. the central authority (empty: none).</source>
        <extracomment>%1 a language (“Arabic”).</extracomment>
        <translation>La ligne en dessous en %1, par exemple l’autorité centrale (vide&#xa0;: aucune).</translation>
    </message>
    <message>
        <source>The logo: a PNG or JPEG file of at most 1 MB.</source>
        <translation>Le logo&#xa0;: un fichier PNG ou JPEG d’au plus 1&#xa0;Mo.</translation>
    </message>
    <message>
        <source>Remove the logo.</source>
        <translation>Retirer le logo.</translation>
    </message>
    <message>
        <source>letterhead takes no arguments: its options say what to change.</source>
        <translation>letterhead ne prend pas d’argument&#xa0;: ses options disent quoi modifier.</translation>
    </message>
    <message>
        <source>Give --logo FILE or --no-logo, not both.</source>
        <translation>Donnez --logo FICHIER ou --no-logo, pas les deux.</translation>
    </message>
    <message>
        <source>The letterhead is changed.</source>
        <translation>L’en-tête est modifié.</translation>
    </message>
    <message>
        <source>The first day of the period (default: the first print).</source>
        <translation>Le premier jour de la période (par défaut&#xa0;: la première impression).</translation>
    </message>
    <message>
        <source>The last day of the period (default: today).</source>
        <translation>Le dernier jour de la période (par défaut&#xa0;: aujourd’hui).</translation>
    </message>
    <message>
        <source>print-log takes no arguments: --from and --until say the period.</source>
        <translation>print-log ne prend pas d’argument&#xa0;: --from et --until disent la période.</translation>
    </message>
    <message>
        <source>printed at</source>
        <translation>imprimé le</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>requests</source>
        <translation>demandes</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>yes</source>
        <extracomment>Whether a printed document showed the persons of its requests.</extracomment>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>ministry</source>
        <translation>ministère</translation>
    </message>
    <message>
        <source>department</source>
        <translation>service</translation>
    </message>
    <message>
        <source>Logo: none.</source>
        <translation>Logo&#xa0;: aucun.</translation>
    </message>
    <message numerus="yes">
        <source>Logo: %1, %Ln byte(s).</source>
        <extracomment>%1 a media type (“image/png”); %Ln its size.</extracomment>
        <translation>
            <numerusform>Logo&#xa0;: %1, %Ln&#xa0;octet.</numerusform>
            <numerusform>Logo&#xa0;: %1, %Ln&#xa0;octets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::Cli::ReassignCommand</name>
    <message>
        <source>The user the requests go to (an active officer or supervisor).</source>
        <translation>L’utilisateur à qui vont les demandes (un agent ou superviseur actif).</translation>
    </message>
    <message>
        <source>Why they are reassigned.</source>
        <translation>Pourquoi elles sont réattribuées.</translation>
    </message>
    <message>
        <source>reassign needs one or more references and a user: reassign REF... --to USER.</source>
        <translation>reassign demande une ou plusieurs références et un utilisateur : reassign REF... --to USER.</translation>
    </message>
    <message numerus="yes">
        <source>Reassigned %n request(s) to %1.</source>
        <translation>
            <numerusform>%n demande réattribuée à %1.</numerusform>
            <numerusform>%n demandes réattribuées à %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::Cli::ReportCommands</name>
    <message>
        <source>The file to write: .pdf, .html, or .csv (status report only).</source>
        <translation>Le fichier à écrire : .pdf, .html ou .csv (rapport de situation seulement).</translation>
    </message>
    <message>
        <source>Print the persons named in the request (personal data).</source>
        <translation>Imprimer les personnes citées dans la demande (données personnelles).</translation>
    </message>
    <message>
        <source>Group a status report by state (default) or country.</source>
        <translation>Regrouper un rapport de situation par état (par défaut) ou par pays.</translation>
    </message>
    <message>
        <source>Write the Hijri date beside the Gregorian one.</source>
        <translation>Écrire la date de l&apos;hégire à côté de la date grégorienne.</translation>
    </message>
    <message>
        <source>Arabic documents: regional (default), arabic or latin digits.</source>
        <translation>Documents en arabe : chiffres régionaux (par défaut), arabes orientaux ou latins.</translation>
    </message>
    <message>
        <source>Arabic documents: the country whose month names and digits are followed (default EG).</source>
        <translation>Documents en arabe : le pays dont on suit les noms de mois et les chiffres (par défaut EG).</translation>
    </message>
    <message>
        <source>report needs “summary REF” or “status”.</source>
        <translation>report attend « summary REF » ou « status ».</translation>
    </message>
    <message>
        <source>report needs -o FILE: the file to write.</source>
        <translation>report attend -o FICHIER : le fichier à écrire.</translation>
    </message>
    <message>
        <source>report summary takes one reference.</source>
        <translation>report summary prend une seule référence.</translation>
    </message>
    <message>
        <source>A status summary is written to a .pdf or .html file, not “%1”.</source>
        <translation>Une fiche de situation s&apos;écrit dans un fichier .pdf ou .html, pas « %1 ».</translation>
    </message>
    <message>
        <source>report status takes options only.</source>
        <translation>report status ne prend que des options.</translation>
    </message>
    <message>
        <source>A status report is written to a .pdf, .html or .csv file, not “%1”.</source>
        <translation>Un rapport de situation s&apos;écrit dans un fichier .pdf, .html ou .csv, pas « %1 ».</translation>
    </message>
    <message>
        <source>“%1” is not a report: summary or status.</source>
        <translation>« %1 » n&apos;est pas un rapport : summary ou status.</translation>
    </message>
    <message>
        <source>--digits takes regional, arabic or latin, not “%1”.</source>
        <translation>--digits prend regional, arabic ou latin, pas « %1 ».</translation>
    </message>
    <message>
        <source>--region takes one of %1, not “%2”.</source>
        <translation>--region prend l&apos;une des valeurs %1, pas « %2 ».</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%Ln page(s)).</source>
        <translation>
            <numerusform>%1 écrit (%Ln page).</numerusform>
            <numerusform>%1 écrit (%Ln pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>--group-by takes state or country, not “%1”.</source>
        <translation>--group-by prend state ou country, pas « %1 ».</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::RequestCommands</name>
    <message>
        <source>%1: codes separated by commas.</source>
        <translation>%1&#xa0;: codes séparés par des virgules.</translation>
    </message>
    <message>
        <source>%1: a date YYYY-MM-DD.</source>
        <translation>%1&#xa0;: une date AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>%1.</source>
        <extracomment>A command-line option&apos;s description: the name of what it gives, as a sentence.</extracomment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Measures asked for: assistance types separated by commas (type or type:status).</source>
        <translation>Mesures demandées&#xa0;: types d’entraide séparés par des virgules (type ou type:statut).</translation>
    </message>
    <message>
        <source>A person named in the request (repeatable): ROLE:NAME[:NATIONALITY[:BIRTH_DATE]].</source>
        <translation>Une personne citée dans la demande (répétable)&#xa0;: RÔLE:NOM[:NATIONALITÉ[:DATE_DE_NAISSANCE]].</translation>
    </message>
    <message>
        <source>A link to another request (repeatable): KIND:REFERENCE.</source>
        <translation>Un lien vers une autre demande (répétable)&#xa0;: TYPE:RÉFÉRENCE.</translation>
    </message>
    <message>
        <source>new takes options only.</source>
        <translation>new ne prend que des options.</translation>
    </message>
    <message>
        <source>new needs --direction incoming or --direction outgoing.</source>
        <translation>new demande --direction incoming ou --direction outgoing.</translation>
    </message>
    <message>
        <source>“%1” is not a date of the form YYYY-MM-DD</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date de la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>Warning: %1 may be the same request as %2.</source>
        <translation>Attention&#xa0;: %1 est peut-être la même demande que %2.</translation>
    </message>
    <message>
        <source>Why the step is taken.</source>
        <translation>Pourquoi l’étape est effectuée.</translation>
    </message>
    <message>
        <source>The step&apos;s date (reply-by, review, sent or new deadline), YYYY-MM-DD.</source>
        <translation>La date de l’étape (réponse attendue, réexamen, envoi ou nouveau délai), AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>%1, separated by commas.</source>
        <translation>%1, séparés par des virgules.</translation>
    </message>
    <message>
        <source>The file to add (step add_document).</source>
        <translation>Le fichier à joindre (étape add_document).</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attention&#xa0;: %1</translation>
    </message>
    <message>
        <source>step needs a reference and a step: step REF STEP.</source>
        <translation>step demande une référence et une étape&#xa0;: step RÉF ÉTAPE.</translation>
    </message>
    <message>
        <source>“%1” is not a step. “masar-cli workflow” lists them.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une étape. «&#xa0;masar-cli workflow&#xa0;» les liste.</translation>
    </message>
    <message>
        <source>The document&apos;s name (default: the file&apos;s name).</source>
        <translation>Le nom du document (par défaut&#xa0;: le nom du fichier).</translation>
    </message>
    <message>
        <source>The document&apos;s media type (default: guessed).</source>
        <translation>Le type de média du document (par défaut&#xa0;: deviné).</translation>
    </message>
    <message>
        <source>A note about the document.</source>
        <translation>Une note sur le document.</translation>
    </message>
    <message>
        <source>attach needs a reference and a file: attach REF FILE.</source>
        <translation>attach demande une référence et un fichier&#xa0;: attach RÉF FICHIER.</translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Écrire dans ce fichier plutôt que sur la sortie standard.</translation>
    </message>
    <message>
        <source>document needs a reference and a document name: document REF NAME.</source>
        <translation>document demande une référence et un nom de document&#xa0;: document RÉF NOM.</translation>
    </message>
    <message>
        <source>show needs one reference: show REF.</source>
        <translation>show demande une référence&#xa0;: show RÉF.</translation>
    </message>
    <message>
        <source>list takes options only.</source>
        <translation>list ne prend que des options.</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>direction</source>
        <translation>sens</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>attribuée à</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>foreign reference</source>
        <translation>référence étrangère</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n demande</numerusform>
            <numerusform>%n demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>next deadline</source>
        <translation>prochain délai</translation>
    </message>
    <message>
        <source>kind</source>
        <extracomment>The kind of the next deadline (acknowledgement, decision, ...).</extracomment>
        <translation>type</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::RequestOptions</name>
    <message>
        <source>Output format: %1 (default %2).</source>
        <translation>Format de sortie&#xa0;: %1 (par défaut %2).</translation>
    </message>
    <message>
        <source>--format takes %1, not “%2”.</source>
        <translation>--format prend %1, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Only requests whose next deadline has passed (before today, or the --as-of date).</source>
        <translation>Seulement les demandes dont le prochain délai est passé (avant aujourd’hui, ou la date de --as-of).</translation>
    </message>
    <message>
        <source>Only requests whose next deadline falls from today to N days later (0: due today).</source>
        <translation>Seulement les demandes dont le prochain délai tombe entre aujourd’hui et N jours plus tard (0 : aujourd’hui).</translation>
    </message>
    <message>
        <source>--overdue and --due-within cannot be used together.</source>
        <translation>--overdue et --due-within ne s’emploient pas ensemble.</translation>
    </message>
    <message>
        <source>--due-within takes a number of days from 0 to 36500, not “%1”.</source>
        <translation>--due-within prend un nombre de jours de 0 à 36500, pas « %1 ».</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <extracomment>An option of a filter, then what is wrong with its value.</extracomment>
        <translation>--%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--%1 cannot be used with --%2 or --%3.</source>
        <translation>--%1 ne s’emploie pas avec --%2 ou --%3.</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::RequestText</name>
    <message>
        <source>Measures:</source>
        <translation>Mesures&#xa0;:</translation>
    </message>
    <message>
        <source>Persons:</source>
        <translation>Personnes&#xa0;:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Liens&#xa0;:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Documents&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>History:</source>
        <translation>Historique&#xa0;:</translation>
    </message>
    <message>
        <source>when (UTC)</source>
        <translation>quand (UTC)</translation>
    </message>
    <message>
        <source>by</source>
        <translation>par</translation>
    </message>
    <message>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Next deadline (%1): %2</source>
        <extracomment>%1 is the kind of deadline (&quot;decision&quot;), %2 its date.</extracomment>
        <translation>Prochaine échéance (%1) : %2</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::RuleCommands</name>
    <message>
        <source>rules set, rules reset: the legal basis of the rule (default: all others).</source>
        <translation>rules set, rules reset : la base juridique de la règle (par défaut : toutes les autres).</translation>
    </message>
    <message>
        <source>rules set: where the period comes from, in words.</source>
        <translation>rules set : d’où vient la durée, en texte libre.</translation>
    </message>
    <message>
        <source>Use “rules list”, “rules set KIND [--legal-basis CODE] LENGTH calendar|working [--source TEXT]” or “rules reset KIND [--legal-basis CODE]”.</source>
        <translation>Utilisez « rules list », « rules set KIND [--legal-basis CODE] LENGTH calendar|working [--source TEXT] » ou « rules reset KIND [--legal-basis CODE] ».</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>legal basis</source>
        <translation>base juridique</translation>
    </message>
    <message>
        <source>period</source>
        <translation>durée</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>set by</source>
        <translation>fixée par</translation>
    </message>
    <message>
        <source>KIND is one of %1, not “%2”.</source>
        <translation>KIND est l’un de %1, pas « %2 ».</translation>
    </message>
    <message>
        <source>LENGTH is a number of days, not “%1”.</source>
        <translation>LENGTH est un nombre de jours, pas « %1 ».</translation>
    </message>
    <message>
        <source>The unit is calendar or working, not “%1”.</source>
        <translation>L’unité est calendar ou working, pas « %1 ».</translation>
    </message>
    <message>
        <source>Rule %1: %2 %3.</source>
        <extracomment>%1 the rule (&quot;decision (all others)&quot;), %2 a number, %3 &quot;calendar days&quot; or &quot;working days&quot;.</extracomment>
        <translation>Règle %1 : %2 %3.</translation>
    </message>
    <message>
        <source>Rule %1: Masar&apos;s default again.</source>
        <translation>Règle %1 : de nouveau celle de Masar par défaut.</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::SettingsCommandSupport</name>
    <message>
        <source>“%1” does not take --%2.</source>
        <extracomment>%1 is the command and its action (&quot;calendar show&quot;), %2 an option&apos;s name.</extracomment>
        <translation>« %1 » n’accepte pas --%2.</translation>
    </message>
    <message>
        <source>--as-of cannot be used with “%1”: it changes the date things are computed for, and nothing is recorded with a date that is not today.</source>
        <translation>--as-of ne peut pas servir avec « %1 » : il change la date des calculs, et rien n’est enregistré à une autre date qu’aujourd’hui.</translation>
    </message>
    <message>
        <source>%1 takes a date of the form YYYY-MM-DD, not “%2”.</source>
        <extracomment>%1 names the argument (&quot;DATE&quot;, &quot;--from&quot;), %2 is what was given.</extracomment>
        <translation>%1 prend une date de la forme YYYY-MM-DD, pas « %2 ».</translation>
    </message>
    <message>
        <source>The change is saved, but the deadlines it moves could not be computed again: the next masar-cli command or start of Masar computes them.</source>
        <translation>La modification est enregistrée, mais les délais qu’elle déplace n’ont pas pu être recalculés : la prochaine commande masar-cli ou le prochain démarrage de Masar les calculera.</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::TransferCommands</name>
    <message>
        <source>import needs one file: import FILE.</source>
        <translation>import demande un fichier&#xa0;: import FICHIER.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n request(s).</source>
        <translation>
            <numerusform>%n demande importée.</numerusform>
            <numerusform>%n demandes importées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write to this file instead of standard output.</source>
        <translation>Écrire dans ce fichier plutôt que sur la sortie standard.</translation>
    </message>
    <message>
        <source>export takes options only.</source>
        <translation>export ne prend que des options.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>standard output</source>
        <translation>la sortie standard</translation>
    </message>
</context>
<context>
    <name>Masar::Cli::WorkflowCommand</name>
    <message>
        <source>Only this direction: incoming or outgoing.</source>
        <translation>Seulement ce sens&#xa0;: incoming ou outgoing.</translation>
    </message>
    <message>
        <source>workflow takes options only.</source>
        <translation>workflow ne prend que des options.</translation>
    </message>
    <message>
        <source>--direction takes incoming or outgoing, not “%1”.</source>
        <translation>--direction prend incoming ou outgoing, pas «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Masar::ClockEffect</name>
    <message>
        <source>no change</source>
        <translation>sans effet</translation>
    </message>
    <message>
        <source>start</source>
        <extracomment>What a step does to the deadline clock: it starts counting.</extracomment>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>pause</source>
        <translation>suspension</translation>
    </message>
    <message>
        <source>resume</source>
        <translation>reprise</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>arrêt</translation>
    </message>
</context>
<context>
    <name>Masar::Confidentiality</name>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreinte</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secrète</translation>
    </message>
</context>
<context>
    <name>Masar::ConfirmHolidayDialog</name>
    <message>
        <source>Confirm or move a holiday</source>
        <translation>Confirmer ou déplacer un jour férié</translation>
    </message>
    <message>
        <source>%1 was computed from the Islamic civil calendar to begin on %2. Choose the day it was announced to begin on: its other days move with it, and it is no longer provisional.</source>
        <extracomment>%1 a holiday (&quot;Eid al-Fitr&quot;), %2 the date computed.</extracomment>
        <translation>%1 a été calculé selon le calendrier hégirien civil pour commencer le %2. Choisissez le jour où son début a été annoncé : ses autres jours se déplacent avec lui, et il n’est plus provisoire.</translation>
    </message>
    <message>
        <source>&amp;Announced to begin on:</source>
        <translation>Début &amp;annoncé le :</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>A day of the week and a date: &quot;Friday, 20 March 2026&quot;.</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 (as computed)</source>
        <extracomment>A day offered for a holiday: the one computed.</extracomment>
        <translation>%1 (tel que calculé)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) later)</source>
        <translation>
            <numerusform>%1 (%n jour plus tard)</numerusform>
            <numerusform>%1 (%n jours plus tard)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) earlier)</source>
        <translation>
            <numerusform>%1 (%n jour plus tôt)</numerusform>
            <numerusform>%1 (%n jours plus tôt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
</context>
<context>
    <name>Masar::Csv</name>
    <message>
        <source>The file is not UTF-8 text. Save it from the spreadsheet as “CSV UTF-8”.</source>
        <translation>Le fichier n’est pas un texte UTF-8. Enregistrez-le depuis le tableur au format «&#xa0;CSV UTF-8&#xa0;».</translation>
    </message>
    <message>
        <source>Line %1: text after the closing quote of a cell.</source>
        <translation>Ligne %1&#xa0;: du texte après le guillemet fermant d’une cellule.</translation>
    </message>
    <message>
        <source>Line %1: a quoted cell is not closed before the end of the file.</source>
        <translation>Ligne %1&#xa0;: une cellule entre guillemets n’est pas fermée avant la fin du fichier.</translation>
    </message>
</context>
<context>
    <name>Masar::Dashboard</name>
    <message>
        <source>“Due soon” is from 0 to %1 days ahead, not %2.</source>
        <translation>« Échéance proche » va de 0 à %1 jours à venir, pas %2.</translation>
    </message>
</context>
<context>
    <name>Masar::DashboardTable</name>
    <message>
        <source>Show these requests in the list</source>
        <translation>Afficher ces demandes dans la liste</translation>
    </message>
</context>
<context>
    <name>Masar::DashboardWindow</name>
    <message>
        <source>%1–%2 days</source>
        <extracomment>An age band of the dashboard: open from %1 to %2 days.</extracomment>
        <translation>%1–%2 jours</translation>
    </message>
    <message>
        <source>Over %1 days</source>
        <extracomment>An age band of the dashboard: open more than %1 days.</extracomment>
        <translation>Plus de %1 jours</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <extracomment>An age band of the dashboard: outgoing requests not sent yet.</extracomment>
        <translation>Pas encore envoyées</translation>
    </message>
    <message>
        <source>As of %1: computing the figures…</source>
        <translation>Situation au %1 : calcul des chiffres…</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>Les chiffres n’ont pas pu être calculés : %1</translation>
    </message>
    <message>
        <source>As of %1.</source>
        <extracomment>%1 is a date; the figures count requests as they stood on that day.</extracomment>
        <translation>Situation au %1.</translation>
    </message>
    <message numerus="yes">
        <source>Due within %Ln day(s)</source>
        <translation>
            <numerusform>Échéance sous %Ln jour</numerusform>
            <numerusform>Échéance sous %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Open requests: %1</source>
        <translation>Demandes ouvertes : %1</translation>
    </message>
    <message>
        <source>Overdue: %1</source>
        <translation>En retard : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is &quot;Due within N days&quot;, %2 a number of requests.</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Nobody</source>
        <extracomment>In the dashboard: the requests assigned to nobody.</extracomment>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Pays partenaire</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Open requests by state</source>
        <translation>Demandes ouvertes par statut</translation>
    </message>
    <message>
        <source>Open for</source>
        <translation>Ouvertes depuis</translation>
    </message>
    <message>
        <source>How long open requests have been open</source>
        <translation>Ancienneté des demandes ouvertes</translation>
    </message>
    <message>
        <source>Closed with results</source>
        <translation>Closes avec résultats</translation>
    </message>
    <message>
        <source>Median days</source>
        <translation>Médiane (jours)</translation>
    </message>
    <message>
        <source>Dashboard — Masar</source>
        <translation>Tableau de bord — Masar</translation>
    </message>
    <message>
        <source>&amp;Due soon means due within (days):</source>
        <translation>Échéance proche &amp;sous (jours) :</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Count the requests again</source>
        <translation>Recompter les demandes</translation>
    </message>
    <message>
        <source>Show these requests in the list</source>
        <translation>Afficher ces demandes dans la liste</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Délais</translation>
    </message>
    <message>
        <source>Open by state</source>
        <translation>Ouvertes par statut</translation>
    </message>
    <message>
        <source>Ageing</source>
        <translation>Ancienneté</translation>
    </message>
    <message>
        <source>Days to results</source>
        <translation>Jours jusqu’aux résultats</translation>
    </message>
    <message>
        <source>Overdue and due soon, by &amp;assignee</source>
        <translation>En retard et à échéance proche, par a&amp;gent désigné</translation>
    </message>
    <message>
        <source>Overdue and due soon, by &amp;partner country</source>
        <translation>En retard et à échéance proche, par &amp;pays partenaire</translation>
    </message>
    <message>
        <source>Counted from the day an incoming request was received, and from the day an outgoing request was sent; outgoing requests not sent yet are counted apart.</source>
        <translation>Comptée à partir du jour où une demande entrante a été reçue, et du jour où une demande sortante a été envoyée ; les demandes sortantes pas encore envoyées sont comptées à part.</translation>
    </message>
    <message>
        <source>Closed requests: the median number of days from the day received to the day results were first sent (incoming), or from the day sent to the day results were first received (outgoing).</source>
        <translation>Demandes closes : la médiane du nombre de jours entre le jour de réception et le premier envoi de résultats (entrantes), ou entre le jour d’envoi et la première réception de résultats (sortantes).</translation>
    </message>
</context>
<context>
    <name>Masar::Database</name>
    <message>
        <source>“%1” is a folder, not a Masar database.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier, pas une base de données Masar.</translation>
    </message>
    <message>
        <source>There is no Masar database at “%1”.</source>
        <translation>Il n’y a pas de base de données Masar à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed.</source>
        <translation>Le pilote Qt SQL %1 n’est pas installé.</translation>
    </message>
    <message>
        <source>“%1” is not a Masar database. It was left unchanged.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une base de données Masar. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Masar (schema version %2; this program knows versions up to %3). It was left unchanged; open it with a newer Masar.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus récente de Masar (schéma version %2&#xa0;; ce programme connaît les versions jusqu’à %3). Il n’a pas été modifié&#xa0;; ouvrez-le avec un Masar plus récent.</translation>
    </message>
    <message>
        <source>“%1” is not a Masar database or is damaged. It was left unchanged. (%2)</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une base de données Masar ou est endommagé. Il n’a pas été modifié. (%2)</translation>
    </message>
    <message>
        <source>There is no Masar database at “%1” (the file is empty).</source>
        <translation>Il n’y a pas de base de données Masar à «&#xa0;%1&#xa0;» (le fichier est vide).</translation>
    </message>
    <message>
        <source>“%1” cannot be used: %2 It was left unchanged; restore it from a backup.</source>
        <translation>Impossible d’utiliser «&#xa0;%1&#xa0;»&#xa0;: %2 Il n’a pas été modifié&#xa0;; restaurez-le depuis une sauvegarde.</translation>
    </message>
    <message>
        <source>“%1” needs to be upgraded to schema version %2 but the file is read-only.</source>
        <translation>«&#xa0;%1&#xa0;» doit être mis à niveau vers la version %2 du schéma, mais le fichier est en lecture seule.</translation>
    </message>
    <message>
        <source>The file is not a Masar database.</source>
        <translation>Le fichier n’est pas une base de données Masar.</translation>
    </message>
</context>
<context>
    <name>Masar::DeadlineCalculator</name>
    <message>
        <source>From %1.</source>
        <translation>À compter du %1.</translation>
    </message>
    <message>
        <source>Period: %1.</source>
        <translation>Délai : %1.</translation>
    </message>
    <message>
        <source>Rule: %1: %2.</source>
        <extracomment>%1 is the rule and its source, %2 the period (&quot;30 days&quot;).</extracomment>
        <translation>Règle : %1 : %2.</translation>
    </message>
    <message>
        <source>%1: weekend.</source>
        <translation>%1 : fin de semaine.</translation>
    </message>
    <message>
        <source>%1: %2 (provisional date).</source>
        <translation>%1 : %2 (date provisoire).</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1 : %2.</translation>
    </message>
    <message>
        <source>By the rule: %1; the requesting state asked for %2, which is earlier.</source>
        <translation>Selon la règle : %1 ; l’État requérant a demandé le %2, qui est plus tôt.</translation>
    </message>
    <message>
        <source>The requesting state asked for %1, which is later.</source>
        <translation>L’État requérant a demandé le %1, qui est plus tard.</translation>
    </message>
    <message>
        <source>Due: %1.</source>
        <translation>Échéance : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln working day(s)</source>
        <translation>
            <numerusform>%Ln jour ouvré</numerusform>
            <numerusform>%Ln jours ouvrés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln jour</numerusform>
            <numerusform>%Ln jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Urgent: half of %Ln day(s).</source>
        <translation>
            <numerusform>Urgent : la moitié de %Ln jour.</numerusform>
            <numerusform>Urgent : la moitié de %Ln jours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paused from %1 to %2: %Ln day(s) added.</source>
        <translation>
            <numerusform>Suspendu du %1 au %2 : %Ln jour ajouté.</numerusform>
            <numerusform>Suspendu du %1 au %2 : %Ln jours ajoutés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::DeadlineEngine</name>
    <message>
        <source>Deadline for the %1.</source>
        <extracomment>%1 is the kind of deadline (&quot;decision&quot;, &quot;execution&quot;).</extracomment>
        <translation>Délai : %1.</translation>
    </message>
    <message>
        <source>By the rule: %1.</source>
        <translation>Selon la règle : %1.</translation>
    </message>
    <message>
        <source>Date %1 set by the step “%2” of %3 on %4</source>
        <extracomment>%1 a date, %2 the step (&quot;Extend deadline&quot;), %3 the user, %4 the date of the step.</extracomment>
        <translation>Date du %1 fixée par l’étape « %2 » de %3 le %4</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation> : %1</translation>
    </message>
    <message>
        <source>Due: %1.</source>
        <translation>Échéance : %1.</translation>
    </message>
    <message>
        <source>Request %1 has no deadline in its state “%2”; there is nothing to extend.</source>
        <translation>La demande %1 n’a pas de délai dans son statut « %2 » ; il n’y a rien à prolonger.</translation>
    </message>
    <message>
        <source>The new deadline must be later than the current one, %1.</source>
        <translation>La nouvelle échéance doit être postérieure à l’actuelle, le %1.</translation>
    </message>
    <message>
        <source>The EIO allows the decision deadline to be extended once; it was on %1.</source>
        <translation>La décision d’enquête européenne ne permet de prolonger le délai de décision qu’une fois ; il l’a été le %1.</translation>
    </message>
    <message>
        <source>The EIO allows at most 30 days more for the decision: %1 at the latest.</source>
        <translation>La décision d’enquête européenne permet au plus 30 jours de plus pour statuer : le %1 au plus tard.</translation>
    </message>
</context>
<context>
    <name>Masar::DeadlinePolicy</name>
    <message>
        <source>Only an administrator may change deadline rules and calendars. You are: %1.</source>
        <translation>Seul un administrateur peut modifier les règles de délais et les calendriers. Vous êtes : %1.</translation>
    </message>
    <message>
        <source>There is no calendar “%1”.</source>
        <translation>Il n’y a pas de calendrier « %1 ».</translation>
    </message>
    <message>
        <source>A period is from 1 to 3650 days, not %1.</source>
        <translation>Un délai va de 1 à 3650 jours, pas %1.</translation>
    </message>
    <message>
        <source>There is no legal basis “%1”.</source>
        <translation>Il n’y a pas de base juridique « %1 ».</translation>
    </message>
    <message>
        <source>The rule of the %1 deadline is Masar&apos;s own already.</source>
        <translation>La règle du délai de %1 est déjà celle de Masar.</translation>
    </message>
    <message>
        <source>There is no calendar “%1”: a country&apos;s calendar has the country&apos;s code (EG, LY, ...).</source>
        <translation>Il n’y a pas de calendrier « %1 » : le calendrier d’un pays porte le code du pays (EG, LY, ...).</translation>
    </message>
    <message>
        <source>There is no country “%1”.</source>
        <translation>Il n’y a pas de pays « %1 ».</translation>
    </message>
    <message>
        <source>An authority&apos;s calendar needs the authority&apos;s name.</source>
        <translation>Le calendrier d’une autorité demande le nom de l’autorité.</translation>
    </message>
    <message>
        <source>A calendar&apos;s code has 2 to 32 characters and is not a country&apos;s code, unlike “%1”.</source>
        <translation>Le code d’un calendrier a de 2 à 32 caractères et n’est pas celui d’un pays, contrairement à « %1 ».</translation>
    </message>
    <message>
        <source>There is a calendar “%1” already.</source>
        <translation>Il existe déjà un calendrier « %1 ».</translation>
    </message>
    <message>
        <source>A weekend is one to three days.</source>
        <translation>Une fin de semaine compte d’un à trois jours.</translation>
    </message>
    <message>
        <source>A holiday needs a date and a name of at most 200 characters.</source>
        <translation>Un jour férié demande une date et un nom d’au plus 200 caractères.</translation>
    </message>
    <message>
        <source>The calendar %1 has “%2” on that day already.</source>
        <translation>Le calendrier %1 a déjà « %2 » ce jour-là.</translation>
    </message>
    <message>
        <source>An announced date is at most five days from the computed one.</source>
        <translation>Une date annoncée est à au plus cinq jours de la date calculée.</translation>
    </message>
    <message>
        <source>The calendar %1 has no provisional holiday “%2” on %3.</source>
        <translation>Le calendrier %1 n’a pas de jour férié provisoire « %2 » le %3.</translation>
    </message>
    <message>
        <source>The calendar %1 keeps no holiday “%2” on %3: holidays Masar computes are moved by confirming them.</source>
        <translation>Le calendrier %1 ne garde pas de jour férié « %2 » le %3 : les jours fériés que Masar calcule se déplacent en les confirmant.</translation>
    </message>
</context>
<context>
    <name>Masar::DeadlineRuleTable</name>
    <message>
        <source>all others</source>
        <extracomment>The rule that counts for every legal basis without a rule of its own.</extracomment>
        <translation>toutes les autres</translation>
    </message>
    <message>
        <source>working days</source>
        <translation>jours ouvrés</translation>
    </message>
    <message>
        <source>calendar days</source>
        <translation>jours calendaires</translation>
    </message>
    <message>
        <source>set by an administrator</source>
        <translation>fixée par un administrateur</translation>
    </message>
    <message>
        <source>Masar&apos;s default</source>
        <translation>par défaut de Masar</translation>
    </message>
</context>
<context>
    <name>Masar::DeadlineRules</name>
    <message>
        <source>policy: acknowledge receipt</source>
        <translation>règle interne : accuser réception</translation>
    </message>
    <message>
        <source>EIO Directive, art. 16(1)</source>
        <translation>directive décision d’enquête européenne, art. 16(1)</translation>
    </message>
    <message>
        <source>policy: decide</source>
        <translation>règle interne : statuer</translation>
    </message>
    <message>
        <source>EIO Directive, art. 12(3)</source>
        <translation>directive décision d’enquête européenne, art. 12(3)</translation>
    </message>
    <message>
        <source>policy: execute, or by the date the requesting state asked for</source>
        <translation>règle interne : exécuter, ou avant la date demandée par l’État requérant</translation>
    </message>
    <message>
        <source>EIO Directive, art. 12(4)</source>
        <translation>directive décision d’enquête européenne, art. 12(4)</translation>
    </message>
    <message>
        <source>policy: information asked for</source>
        <translation>règle interne : informations demandées</translation>
    </message>
    <message>
        <source>policy: chase an unacknowledged request</source>
        <translation>règle interne : relancer une demande sans accusé de réception</translation>
    </message>
    <message>
        <source>policy: ask again while executed abroad</source>
        <translation>règle interne : relancer pendant l’exécution à l’étranger</translation>
    </message>
    <message>
        <source>acknowledgement</source>
        <translation>accusé de réception</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>décision</translation>
    </message>
    <message>
        <source>execution</source>
        <translation>exécution</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>review of the postponement</source>
        <translation>réexamen de l’ajournement</translation>
    </message>
    <message>
        <source>chaser</source>
        <translation>relance</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>suivi</translation>
    </message>
</context>
<context>
    <name>Masar::DeadlineRulesPanel</name>
    <message>
        <source>Deadline rules</source>
        <translation>Règles de délais</translation>
    </message>
    <message>
        <source>The %1 deadline (%2) is %3 %4.</source>
        <extracomment>%1 a kind of deadline, %2 a legal basis or &quot;all others&quot;, %3 a number, %4 &quot;calendar days&quot;...</extracomment>
        <translation>Le délai de %1 (%2) est de %3 %4.</translation>
    </message>
    <message>
        <source>The %1 deadline (%2) is Masar&apos;s default again.</source>
        <translation>Le délai de %1 (%2) est de nouveau celui de Masar par défaut.</translation>
    </message>
    <message>
        <source>How long each deadline is. A legal basis with a rule of its own (the EIO&apos;s) counts with it; every other with the rule for all others. An urgent request has half of each period.</source>
        <translation>La durée de chaque délai. Une base juridique qui a sa propre règle (celle de la décision d’enquête européenne) se compte avec elle ; toute autre avec la règle de toutes les autres. Une demande urgente a la moitié de chaque durée.</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Counted in</source>
        <translation>Comptée en</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Set by</source>
        <translation>Fixée par</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Put Masar&apos;s &amp;default back</source>
        <translation>Rétablir la valeur par &amp;défaut de Masar</translation>
    </message>
</context>
<context>
    <name>Masar::DeadlineStatus</name>
    <message numerus="yes">
        <source>overdue by %Ln day(s)</source>
        <translation>
            <numerusform>en retard de %Ln jour</numerusform>
            <numerusform>en retard de %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <translation>échéance aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <source>due in %Ln day(s)</source>
        <translation>
            <numerusform>dans %Ln jour</numerusform>
            <numerusform>dans %Ln jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::DemoCatalogue</name>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be a whole number of days, at least %1</source>
        <translation>doit être un nombre entier de jours, au moins %1</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne de caractères</translation>
    </message>
    <message>
        <source>is not a field of the demo catalogue</source>
        <translation>n’est pas un champ du catalogue de démonstration</translation>
    </message>
    <message>
        <source>“%1” is not a step</source>
        <translation>« %1 » n’est pas une étape</translation>
    </message>
    <message>
        <source>is not a field of a step</source>
        <translation>n’est pas un champ d’étape</translation>
    </message>
    <message>
        <source>is a date: give it with date_in_days, counted from the step</source>
        <translation>est une date : donnez-la avec date_in_days, comptée à partir de l’étape</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>is set from the path and the dates</source>
        <translation>est déduit du parcours et des dates</translation>
    </message>
    <message>
        <source>must be before today: at most %1 days after the first day</source>
        <translation>doit précéder aujourd’hui : au plus %1 jours après le premier jour</translation>
    </message>
    <message>
        <source>is before the day of the step before it</source>
        <translation>précède le jour de l’étape précédente</translation>
    </message>
    <message numerus="yes">
        <source>has more than %n events of the request on one day</source>
        <translation>
            <numerusform>a plus de %n événement de la demande le même jour</numerusform>
            <numerusform>a plus de %n événements de la demande le même jour</numerusform>
        </translation>
    </message>
    <message>
        <source>must name another demo request as @key</source>
        <translation>doit nommer une autre demande de démonstration sous la forme @clé</translation>
    </message>
    <message>
        <source>there is no demo request “%1”</source>
        <translation>il n’y a pas de demande de démonstration « %1 »</translation>
    </message>
    <message>
        <source>“%1” comes in later than this</source>
        <translation>« %1 » arrive plus tard que celle-ci</translation>
    </message>
    <message>
        <source>must be the home country %1</source>
        <translation>doit être le pays du registre, %1</translation>
    </message>
    <message>
        <source>must be a demo officer or supervisor</source>
        <translation>doit être un agent ou un superviseur de démonstration</translation>
    </message>
    <message>
        <source>must be a demo user</source>
        <translation>doit être un utilisateur de démonstration</translation>
    </message>
    <message>
        <source>The demo catalogue is not a JSON object: %1.</source>
        <translation>Le catalogue de démonstration n’est pas un objet JSON : %1.</translation>
    </message>
    <message>
        <source>The demo catalogue is not of format “%1”, version %2.</source>
        <translation>Le catalogue de démonstration n’est pas au format « %1 », version %2.</translation>
    </message>
    <message>
        <source>must be an ISO 3166-1 country code</source>
        <translation>doit être un code de pays ISO 3166-1</translation>
    </message>
    <message>
        <source>demo request %1 (%2)</source>
        <translation>demande de démonstration %1 (%2)</translation>
    </message>
    <message>
        <source>“%1” is the key of another demo request</source>
        <translation>« %1 » est la clé d’une autre demande de démonstration</translation>
    </message>
    <message>
        <source>The catalogue has no requests.</source>
        <translation>Le catalogue ne contient aucune demande.</translation>
    </message>
    <message numerus="yes">
        <source>The demo catalogue has %n problem(s):</source>
        <translation>
            <numerusform>Le catalogue de démonstration a %n problème :</numerusform>
            <numerusform>Le catalogue de démonstration a %n problèmes :</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo catalogue has requests or users that are not valid:</source>
        <translation>Le catalogue de démonstration contient des demandes ou des utilisateurs non valides :</translation>
    </message>
    <message>
        <source>The catalogue has no supervisor to take the supervisors&apos; steps.</source>
        <translation>Le catalogue n’a aucun superviseur pour les étapes réservées aux superviseurs.</translation>
    </message>
</context>
<context>
    <name>Masar::DemoData</name>
    <message>
        <source>The demo data could not be prepared: no temporary folder could be made (%1).</source>
        <translation>Les données de démonstration n’ont pu être préparées : aucun dossier temporaire n’a pu être créé (%1).</translation>
    </message>
    <message>
        <source>The demo data was not loaded: %1 could not be created.</source>
        <translation>Les données de démonstration n’ont pas été chargées : %1 n’a pas pu être créée.</translation>
    </message>
    <message>
        <source>The demo data was not loaded: %1, step %2 (%3), was refused.</source>
        <translation>Les données de démonstration n’ont pas été chargées : %1, étape %2 (%3), a été refusée.</translation>
    </message>
    <message>
        <source>demo request %1</source>
        <translation>demande de démonstration %1</translation>
    </message>
    <message>
        <source>The demo catalogue %1 cannot be read: %2</source>
        <translation>Le catalogue de démonstration %1 est illisible : %2</translation>
    </message>
    <message>
        <source>Only an administrator may load the demo data, as it adds the demo users. You are: %1.</source>
        <translation>Seul un administrateur peut charger les données de démonstration, car elles ajoutent des utilisateurs. Vous êtes : %1.</translation>
    </message>
    <message numerus="yes">
        <source>The demo data is loaded only into a register without requests; this one has %n request(s).</source>
        <translation>
            <numerusform>Les données de démonstration ne se chargent que dans un registre sans demandes ; celui-ci en a %n.</numerusform>
            <numerusform>Les données de démonstration ne se chargent que dans un registre sans demandes ; celui-ci en a %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The demo data would be dated after the present time: the clock&apos;s date is ahead of its time.</source>
        <translation>Les données de démonstration seraient datées après l’heure actuelle : la date de l’horloge est en avance sur son heure.</translation>
    </message>
    <message>
        <source>The demo logo %1 cannot be read: %2</source>
        <translation>Impossible de lire le logo de démonstration %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Only an administrator may set the demo letterhead. You are: %1.</source>
        <translation>Seul un administrateur peut définir l’en-tête de démonstration. Vous êtes&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Masar::DeskActions</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Request</source>
        <translation>&amp;Demande</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Réglages</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Register an incoming request…</source>
        <translation>&amp;Enregistrer une demande reçue…</translation>
    </message>
    <message>
        <source>&amp;Start an outgoing request…</source>
        <translation>&amp;Préparer une demande sortante…</translation>
    </message>
    <message>
        <source>&amp;Save the request</source>
        <translation>&amp;Enregistrer la demande</translation>
    </message>
    <message>
        <source>&amp;Export the list as CSV…</source>
        <translation>&amp;Exporter la liste en CSV…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Next request</source>
        <translation>Demande &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous request</source>
        <translation>Demande &amp;précédente</translation>
    </message>
    <message>
        <source>Reassign the selected requests…</source>
        <translation>Réattribuer les demandes sélectionnées…</translation>
    </message>
    <message>
        <source>Re&amp;load the list</source>
        <translation>&amp;Recharger la liste</translation>
    </message>
    <message>
        <source>&amp;Dashboard…</source>
        <translation>&amp;Tableau de bord…</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <source>&amp;Calendars and deadlines…</source>
        <translation>&amp;Calendriers et délais…</translation>
    </message>
    <message>
        <source>Letter&amp;head…</source>
        <translation>En-&amp;tête…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>The &amp;workflow…</source>
        <translation>Le &amp;circuit de traitement…</translation>
    </message>
    <message>
        <source>&amp;About Masar…</source>
        <translation>À &amp;propos de Masar…</translation>
    </message>
</context>
<context>
    <name>Masar::DeskDialogs</name>
    <message>
        <source>About Masar</source>
        <translation>À propos de Masar</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Masar %1&lt;/h3&gt;&lt;p&gt;Tracks requests for mutual legal assistance in criminal matters, incoming and outgoing, from the day a request arrives to the day it closes.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Masar %1&lt;/h3&gt;&lt;p&gt;Suit les demandes d’entraide judiciaire en matière pénale, entrantes et sortantes, du jour où une demande arrive au jour où elle est close.&lt;/p&gt;&lt;p&gt;Logiciel libre sous la licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Masar::DeskStatusBar</name>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln demande</numerusform>
            <numerusform>%Ln demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>%1 is &quot;N requests shown&quot;, %2 the register&apos;s size as a number.</extracomment>
        <translation>%1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) shown</source>
        <translation>
            <numerusform>%Ln demande affichée</numerusform>
            <numerusform>%Ln demandes affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connecté en tant que %1 (%2)</translation>
    </message>
    <message>
        <source>Database: %1 (schema %2)</source>
        <translation>Base de données&#xa0;: %1 (schéma %2)</translation>
    </message>
</context>
<context>
    <name>Masar::Direction</name>
    <message>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Sortante</translation>
    </message>
</context>
<context>
    <name>Masar::Disposition</name>
    <message>
        <source>Executed</source>
        <translation>Exécutée</translation>
    </message>
    <message>
        <source>Partially executed</source>
        <translation>Partiellement exécutée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Lapsed</source>
        <translation>Caduque</translation>
    </message>
    <message>
        <source>Returned as deficient</source>
        <translation>Renvoyée car incomplète</translation>
    </message>
    <message>
        <source>Forwarded to the competent authority</source>
        <translation>Transmise à l’autorité compétente</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
</context>
<context>
    <name>Masar::DocumentFile</name>
    <message>
        <source>The file “%1” cannot be read: %2</source>
        <translation>Impossible de lire le fichier «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Masar::DocumentOpener</name>
    <message>
        <source>Save a copy of %1</source>
        <translation>Enregistrer une copie de %1</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Copie enregistrée sous %1.</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
</context>
<context>
    <name>Masar::DocumentRenderer</name>
    <message>
        <source>The document cannot be printed there.</source>
        <translation>Le document ne peut pas être imprimé à cet endroit.</translation>
    </message>
    <message>
        <source>Printing was stopped.</source>
        <translation>L&apos;impression a été arrêtée.</translation>
    </message>
</context>
<context>
    <name>Masar::EditSession</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The changes to request %1 are not saved. Save them now?</source>
        <translation>Les modifications de la demande %1 ne sont pas enregistrées. Les enregistrer maintenant ?</translation>
    </message>
    <message>
        <source>Request %1 was saved.</source>
        <translation>La demande %1 a été enregistrée.</translation>
    </message>
    <message>
        <source>Request %1 was saved; the current filter does not show it.</source>
        <translation>La demande %1 a été enregistrée ; le filtre actuel ne l’affiche pas.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked.</source>
        <translation>Rien n’a été enregistré : corrigez les champs signalés.</translation>
    </message>
</context>
<context>
    <name>Masar::Error</name>
    <message>
        <source>field “%1”: %2</source>
        <translation>champ «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, field “%2”: %3</source>
        <translation>%1, champ «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>Masar::FormDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Masar::GeneralEditor</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>Priorité : %1</translation>
    </message>
    <message>
        <source>Confidentiality: %1</source>
        <translation>Confidentialité : %1</translation>
    </message>
    <message>
        <source>Sent on: %1</source>
        <translation>Envoyée le : %1</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Issue : %1</translation>
    </message>
    <message>
        <source>Requesting state:</source>
        <translation>État requérant :</translation>
    </message>
    <message>
        <source>Requested state:</source>
        <translation>État requis :</translation>
    </message>
    <message>
        <source>Foreign reference:</source>
        <translation>Référence étrangère :</translation>
    </message>
    <message>
        <source>Requesting authority:</source>
        <translation>Autorité requérante :</translation>
    </message>
    <message>
        <source>Requested authority:</source>
        <translation>Autorité requise :</translation>
    </message>
    <message>
        <source>Executing authority:</source>
        <translation>Autorité d’exécution :</translation>
    </message>
    <message>
        <source>Executing authority&apos;s reference:</source>
        <translation>Référence de l’autorité d’exécution :</translation>
    </message>
    <message>
        <source>Eurojust reference:</source>
        <translation>Référence Eurojust :</translation>
    </message>
    <message>
        <source>Interpol reference:</source>
        <translation>Référence Interpol :</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Base juridique :</translation>
    </message>
    <message>
        <source>Treaty and article:</source>
        <translation>Traité et article :</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal :</translation>
    </message>
    <message>
        <source>Received on:</source>
        <translation>Reçue le :</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>Demandée pour le :</translation>
    </message>
    <message>
        <source>Summary:</source>
        <translation>Résumé :</translation>
    </message>
    <message>
        <source>A date is asked for</source>
        <translation>Une date est demandée</translation>
    </message>
</context>
<context>
    <name>Masar::HistoryText</name>
    <message>
        <source>Assigned to %1</source>
        <translation>Attribuée à %1</translation>
    </message>
    <message>
        <source>Reassigned from %1 to %2</source>
        <translation>Réattribuée de %1 à %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A field of a step and its value: &quot;Reply-by date: 12 March 2026&quot;.</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <extracomment>A field a step changed, its value before and after: &quot;Priority: normal → urgent&quot;. Arabic: the arrow points from the old value to the new one, right to left (←).</extracomment>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Modifié : %1</translation>
    </message>
    <message>
        <source>Measure %1 (%2): %3</source>
        <extracomment>%1 a measure&apos;s number, %2 its type, %3 its result.</extracomment>
        <translation>Mesure %1 (%2) : %3</translation>
    </message>
    <message>
        <source>Measure %1 (%2): %3 → %4</source>
        <extracomment>%1 a measure&apos;s number, %2 its type, %3 and %4 its result before and after.</extracomment>
        <translation>Mesure %1 (%2) : %3 → %4</translation>
    </message>
    <message>
        <source>Document: %1 (%2)</source>
        <extracomment>%1 a document&apos;s name, %2 its size (&quot;12 KB&quot;).</extracomment>
        <translation>Document : %1 (%2)</translation>
    </message>
    <message>
        <source>Received on: %1</source>
        <translation>Reçue le : %1</translation>
    </message>
</context>
<context>
    <name>Masar::HolidayDialog</name>
    <message>
        <source>Add a holiday</source>
        <translation>Ajouter un jour férié</translation>
    </message>
    <message>
        <source>A day off in %1: deadlines counted in this calendar pass over it.</source>
        <translation>Un jour chômé dans %1 : les délais comptés dans ce calendrier le sautent.</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>As the decision that declares it names it</source>
        <translation>Tel que le nomme la décision qui le déclare</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
</context>
<context>
    <name>Masar::HolidayFile</name>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>« %1 » ne peut pas être lu : %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is larger than a calendar file may be (%Ln bytes).</source>
        <translation>
            <numerusform>« %1 » dépasse la taille permise pour un fichier de calendrier (%Ln octet).</numerusform>
            <numerusform>« %1 » dépasse la taille permise pour un fichier de calendrier (%Ln octets).</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” has no holiday.</source>
        <translation>« %1 » ne contient aucun jour férié.</translation>
    </message>
</context>
<context>
    <name>Masar::ICalendar</name>
    <message>
        <source>The file is not an iCalendar calendar: it does not begin with BEGIN:VCALENDAR.</source>
        <extracomment>BEGIN:VCALENDAR is written so in the file: not translated.</extracomment>
        <translation>Le fichier n’est pas un calendrier iCalendar : il ne commence pas par BEGIN:VCALENDAR.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a valid date.</source>
        <translation>Ligne %1 : « %2 » n’est pas une date valide.</translation>
    </message>
    <message>
        <source>Line %1: the text is not UTF-8.</source>
        <translation>Ligne %1 : le texte n’est pas en UTF-8.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a line of the form NAME:value.</source>
        <translation>Ligne %1 : « %2 » n’est pas une ligne de la forme NOM:valeur.</translation>
    </message>
    <message>
        <source>Line %1: “%2” comes after the end of the calendar.</source>
        <translation>Ligne %1 : « %2 » vient après la fin du calendrier.</translation>
    </message>
    <message>
        <source>Line %1: END:%2 where END:%3 was expected.</source>
        <extracomment>%1 is a line number; %2 and %3 name parts of the file (VEVENT, VALARM...): not translated.</extracomment>
        <translation>Ligne %1 : END:%2 là où END:%3 était attendu.</translation>
    </message>
    <message>
        <source>Line %1: %2 is not supported in a calendar of holidays: give each date an event of its own.</source>
        <extracomment>%1 is a line number; %2 is a keyword of the file (RDATE, RECURRENCE-ID): not translated.</extracomment>
        <translation>Ligne %1 : %2 n’est pas pris en charge dans un calendrier de jours fériés : donnez à chaque date son propre événement.</translation>
    </message>
    <message>
        <source>Line %1: the event has a second %2.</source>
        <extracomment>%1 is a line number; %2 is a keyword of the file (DTSTART, SUMMARY...): not translated.</extracomment>
        <translation>Ligne %1 : l’événement a un second %2.</translation>
    </message>
    <message>
        <source>Line %1: the event has both an end (DTEND) and a duration.</source>
        <translation>Ligne %1 : l’événement a à la fois une fin (DTEND) et une durée.</translation>
    </message>
    <message>
        <source>Line %1: the event ends before it starts.</source>
        <translation>Ligne %1 : l’événement finit avant de commencer.</translation>
    </message>
    <message>
        <source>Line %1: “%2” is not a duration in whole days or weeks.</source>
        <translation>Ligne %1 : « %2 » n’est pas une durée en jours ou semaines entiers.</translation>
    </message>
    <message>
        <source>Line %1: the event lasts more than %2 days: that is not a public holiday.</source>
        <translation>Ligne %1 : l’événement dure plus de %2 jours : ce n’est pas un jour férié.</translation>
    </message>
    <message>
        <source>Line %1: only a yearly repetition with COUNT or UNTIL can be read, not “%2”.</source>
        <extracomment>%1 is a line number; COUNT, UNTIL and %2 are written so in the file: not translated.</extracomment>
        <translation>Ligne %1 : seule une répétition annuelle avec COUNT ou UNTIL peut être lue, pas « %2 ».</translation>
    </message>
    <message>
        <source>Line %1: the event has no start date (DTSTART).</source>
        <extracomment>%1 is a line number; DTSTART, in the file, is not translated.</extracomment>
        <translation>Ligne %1 : l’événement n’a pas de date de début (DTSTART).</translation>
    </message>
    <message>
        <source>Line %1: the event has no name (SUMMARY).</source>
        <translation>Ligne %1 : l’événement n’a pas de nom (SUMMARY).</translation>
    </message>
    <message>
        <source>The file gives more than %L1 days of holidays: too many for a calendar of public holidays.</source>
        <translation>Le fichier donne plus de %L1 jours fériés : trop pour un calendrier de jours fériés.</translation>
    </message>
    <message>
        <source>The file ends before END:%1.</source>
        <translation>Le fichier se termine avant END:%1.</translation>
    </message>
    <message>
        <source>The file is larger than %L1 MiB: too large for a calendar of public holidays.</source>
        <translation>Le fichier dépasse %L1 Mio : trop grand pour un calendrier de jours fériés.</translation>
    </message>
</context>
<context>
    <name>Masar::IslamicHolidays</name>
    <message>
        <source>Islamic New Year</source>
        <translation>Nouvel An de l’Hégire</translation>
    </message>
    <message>
        <source>The Prophet&apos;s Birthday</source>
        <translation>Mawlid (naissance du Prophète)</translation>
    </message>
    <message>
        <source>Eid al-Fitr</source>
        <translation>Aïd al-Fitr</translation>
    </message>
    <message>
        <source>Eid al-Adha</source>
        <translation>Aïd al-Adha</translation>
    </message>
</context>
<context>
    <name>Masar::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
</context>
<context>
    <name>Masar::LegalBasis</name>
    <message>
        <source>UN Convention against Transnational Organized Crime</source>
        <translation>Convention des Nations unies contre la criminalité transnationale organisée</translation>
    </message>
    <message>
        <source>UN Convention against Corruption</source>
        <translation>Convention des Nations unies contre la corruption</translation>
    </message>
    <message>
        <source>Riyadh Arab Agreement for Judicial Cooperation</source>
        <translation>Convention arabe de Riyad sur la coopération judiciaire</translation>
    </message>
    <message>
        <source>Arab Convention for the Suppression of Terrorism</source>
        <translation>Convention arabe pour la répression du terrorisme</translation>
    </message>
    <message>
        <source>European Convention on Mutual Assistance (1959)</source>
        <translation>Convention européenne d’entraide judiciaire (1959)</translation>
    </message>
    <message>
        <source>European Investigation Order</source>
        <translation>Décision d’enquête européenne</translation>
    </message>
    <message>
        <source>Bilateral treaty</source>
        <translation>Traité bilatéral</translation>
    </message>
    <message>
        <source>Reciprocity</source>
        <translation>Réciprocité</translation>
    </message>
</context>
<context>
    <name>Masar::LetterheadDialog</name>
    <message>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <source>PNG or JPEG images (*.png *.jpg *.jpeg)</source>
        <translation>Images PNG ou JPEG (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo: documents are printed without one.</source>
        <translation>Pas de logo&#xa0;: les documents sont imprimés sans.</translation>
    </message>
    <message>
        <source>%1 image, %2</source>
        <extracomment>%1 “PNG” or “JPEG”, %2 a size (“8.4 kB”).</extracomment>
        <translation>Image %1, %2</translation>
    </message>
    <message>
        <source>Cannot be shown</source>
        <extracomment>In the logo&apos;s place, when its image cannot be read.</extracomment>
        <translation>Affichage impossible</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>Printed summaries and status reports carry these lines and the logo at their head, in the language of the document. A language left empty prints no name.</source>
        <translation>Les résumés et rapports d’état imprimés portent ces lignes et le logo en tête, dans la langue du document. Une langue laissée vide n’imprime aucun nom.</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>&amp;Ministry:</source>
        <translation>&amp;Ministère&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>Masar::LetterheadStore</name>
    <message>
        <source>Arabic</source>
        <extracomment>A language, in “The ministry&apos;s name in %1 …”.</extracomment>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>French</source>
        <extracomment>A language, in “The ministry&apos;s name in %1 …”.</extracomment>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>A language, in “The ministry&apos;s name in %1 …”.</extracomment>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>The logo is empty.</source>
        <translation>Le logo est vide.</translation>
    </message>
    <message>
        <source>The logo is larger than %1, the largest a logo may be.</source>
        <extracomment>%1 a size: “1 MB”.</extracomment>
        <translation>Le logo dépasse %1, la taille maximale d’un logo.</translation>
    </message>
    <message>
        <source>The logo is not a PNG or JPEG image.</source>
        <translation>Le logo n’est pas une image PNG ou JPEG.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <extracomment>%1 a file, %2 why it is no logo.</extracomment>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The ministry&apos;s name in %1 has %2 characters; it may have at most %3.</source>
        <extracomment>%1 a language (“Arabic”), %2 and %3 numbers.</extracomment>
        <translation>Le nom du ministère en %1 a %2&#xa0;caractères&#xa0;; il peut en avoir au plus %3.</translation>
    </message>
    <message>
        <source>The department&apos;s line in %1 has %2 characters; it may have at most %3.</source>
        <extracomment>%1 a language (“Arabic”), %2 and %3 numbers.</extracomment>
        <translation>La ligne du service en %1 a %2&#xa0;caractères&#xa0;; elle peut en avoir au plus %3.</translation>
    </message>
    <message>
        <source>The ministry&apos;s name in %1 is one line: it may not contain a line break, a tab or another control character.</source>
        <extracomment>%1 a language (“Arabic”).</extracomment>
        <translation>Le nom du ministère en %1 tient sur une ligne&#xa0;: il ne peut contenir ni saut de ligne, ni tabulation, ni autre caractère de contrôle.</translation>
    </message>
    <message>
        <source>The department&apos;s line in %1 is one line: it may not contain a line break, a tab or another control character.</source>
        <extracomment>%1 a language (“Arabic”).</extracomment>
        <translation>La ligne du service en %1 tient sur une ligne&#xa0;: elle ne peut contenir ni saut de ligne, ni tabulation, ni autre caractère de contrôle.</translation>
    </message>
    <message>
        <source>A letterhead has lines in Arabic, French and English only, not in “%1”.</source>
        <translation>Un en-tête a des lignes en arabe, en français et en anglais seulement, pas en «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The department&apos;s line in %1 needs the ministry&apos;s name above it.</source>
        <extracomment>%1 a language (“Arabic”).</extracomment>
        <translation>La ligne du service en %1 demande le nom du ministère au-dessus.</translation>
    </message>
    <message>
        <source>Only an administrator may change the letterhead. You are: %1.</source>
        <translation>Seul un administrateur peut modifier l’en-tête. Vous êtes&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Masar::LinkKind</name>
    <message>
        <source>Supplementary to</source>
        <translation>Complément de</translation>
    </message>
    <message>
        <source>Follow-up of</source>
        <translation>Suite de</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>Doublon de</translation>
    </message>
    <message>
        <source>Related to</source>
        <translation>Liée à</translation>
    </message>
</context>
<context>
    <name>Masar::LinksEditor</name>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>&amp;Link a request</source>
        <translation>&amp;Lier une demande</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Our reference of the other request, e.g. IN-2026-0042.</source>
        <translation>Notre référence de l’autre demande, par ex. IN-2026-0042.</translation>
    </message>
</context>
<context>
    <name>Masar::ListExportRunner</name>
    <message>
        <source>Export the list as CSV</source>
        <translation>Exporter la liste en CSV</translation>
    </message>
    <message>
        <source>requests-%1.csv</source>
        <translation>demandes-%1.csv</translation>
    </message>
    <message>
        <source>Writing the list…</source>
        <translation>Écriture de la liste…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) written to %1.</source>
        <extracomment>%Ln requests, %1 the file.</extracomment>
        <translation>
            <numerusform>%Ln demande écrite dans %1.</numerusform>
            <numerusform>%Ln demandes écrites dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::LocaleText</name>
    <message>
        <source>%2 (%1 AH)</source>
        <extracomment>%1 is the Hijri date, %2 the Gregorian one: &quot;11 ربيع الآخر 1445 هـ الموافق 26 أكتوبر 2023 م&quot;.</extracomment>
        <translation>%2 (%1 de l’hégire)</translation>
    </message>
</context>
<context>
    <name>Masar::MainWindow</name>
    <message>
        <source>Masar — mutual legal assistance requests</source>
        <translation>Masar — demandes d’entraide judiciaire</translation>
    </message>
    <message>
        <source>The register could not be read: %1 What is shown may be out of date. Check that its file is still there and reachable, then try again.</source>
        <extracomment>%1 what went wrong, from the database.</extracomment>
        <translation>Le registre n’a pas pu être lu : %1 Ce qui est affiché peut ne plus être à jour. Vérifiez que son fichier est toujours là et accessible, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>Masar::MeasureStatus</name>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Exécutée</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Impossible</source>
        <translation>Impossible</translation>
    </message>
</context>
<context>
    <name>Masar::MeasuresEditor</name>
    <message>
        <source>&amp;Offences:</source>
        <translation>&amp;Infractions :</translation>
    </message>
    <message>
        <source>Measures asked for:</source>
        <translation>Mesures demandées :</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Add a &amp;measure</source>
        <translation>Ajouter une &amp;mesure</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>A measure&apos;s status changes with the step “%1”.</source>
        <translation>Le statut d’une mesure change avec l’étape « %1 ».</translation>
    </message>
</context>
<context>
    <name>Masar::Offence</name>
    <message>
        <source>Terrorism</source>
        <translation>Terrorisme</translation>
    </message>
    <message>
        <source>Financing of terrorism</source>
        <translation>Financement du terrorisme</translation>
    </message>
    <message>
        <source>Participation in a terrorist group</source>
        <translation>Participation à un groupe terroriste</translation>
    </message>
    <message>
        <source>Recruitment or training for terrorism</source>
        <translation>Recrutement ou entraînement pour le terrorisme</translation>
    </message>
    <message>
        <source>Foreign terrorist fighter</source>
        <translation>Combattant terroriste étranger</translation>
    </message>
    <message>
        <source>Incitement to terrorism</source>
        <translation>Incitation au terrorisme</translation>
    </message>
    <message>
        <source>Money laundering</source>
        <translation>Blanchiment de capitaux</translation>
    </message>
    <message>
        <source>Organised crime</source>
        <translation>Criminalité organisée</translation>
    </message>
    <message>
        <source>Arms trafficking</source>
        <translation>Trafic d’armes</translation>
    </message>
    <message>
        <source>Drug trafficking</source>
        <translation>Trafic de stupéfiants</translation>
    </message>
    <message>
        <source>Trafficking in persons</source>
        <translation>Traite des êtres humains</translation>
    </message>
    <message>
        <source>Corruption</source>
        <translation>Corruption</translation>
    </message>
    <message>
        <source>Cybercrime</source>
        <translation>Cybercriminalité</translation>
    </message>
    <message>
        <source>Homicide</source>
        <translation>Homicide</translation>
    </message>
    <message>
        <source>Other offence</source>
        <translation>Autre infraction</translation>
    </message>
</context>
<context>
    <name>Masar::OverdueNoticeBar</name>
    <message>
        <source>Show them</source>
        <translation>Les afficher</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) became overdue since you last looked on %1: %2</source>
        <extracomment>%Ln requests; %1 the day the user last looked; %2 the first references, as links.</extracomment>
        <translation>
            <numerusform>%Ln demande a dépassé son délai depuis votre dernière consultation, le %1 : %2</numerusform>
            <numerusform>%Ln demandes ont dépassé leur délai depuis votre dernière consultation, le %1 : %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more.</source>
        <extracomment>After the first few references of requests that became overdue.</extracomment>
        <translation>
            <numerusform>et %Ln autre.</numerusform>
            <numerusform>et %Ln autres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::PendingDeadlines</name>
    <message>
        <source>Computing deadlines: %1 of %2</source>
        <extracomment>In the status bar while the deadlines of a register are brought up to date.</extracomment>
        <translation>Calcul des délais : %1 sur %2</translation>
    </message>
    <message>
        <source>Computing deadlines…</source>
        <translation>Calcul des délais…</translation>
    </message>
</context>
<context>
    <name>Masar::PersonRole</name>
    <message>
        <source>Suspect</source>
        <translation>Suspect</translation>
    </message>
    <message>
        <source>Accused</source>
        <translation>Accusé</translation>
    </message>
    <message>
        <source>Convicted person</source>
        <translation>Condamné</translation>
    </message>
    <message>
        <source>Victim</source>
        <translation>Victime</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Account holder</source>
        <translation>Titulaire de compte</translation>
    </message>
    <message>
        <source>Other person</source>
        <translation>Autre personne</translation>
    </message>
</context>
<context>
    <name>Masar::PersonsEditor</name>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Né(e) le</translation>
    </message>
    <message>
        <source>&amp;Add a person</source>
        <translation>&amp;Ajouter une personne</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Name only the persons the request needs, each with their role.</source>
        <translation>Ne nommez que les personnes dont la demande a besoin, chacune avec sa qualité.</translation>
    </message>
</context>
<context>
    <name>Masar::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Arabic &amp;dates as written in:</source>
        <translation>&amp;Dates en arabe comme en&#xa0;:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>As written in that country</source>
        <translation>Comme dans ce pays</translation>
    </message>
    <message>
        <source>Arabic-Indic (%1)</source>
        <translation>Arabes orientaux (%1)</translation>
    </message>
    <message>
        <source>Latin (%1)</source>
        <translation>Arabes occidentaux (%1)</translation>
    </message>
    <message>
        <source>Show the &amp;Hijri date beside the Gregorian one</source>
        <translation>Afficher la date de l’&amp;hégire à côté de la date grégorienne</translation>
    </message>
    <message>
        <source>Today&apos;s date will read:</source>
        <translation>La date du jour s’écrira&#xa0;:</translation>
    </message>
    <message>
        <source>Arabic d&amp;igits:</source>
        <translation>&amp;Chiffres en arabe&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Masar::PrintContext</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Printed by %1 on %2 with Masar</source>
        <extracomment>The foot of every printed page. %1 is a person&apos;s name, %2 a date and time.</extracomment>
        <translation>Imprimé par %1 le %2 avec Masar</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>The page number at the foot of every printed page.</extracomment>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>SECRET</source>
        <extracomment>The marking at the top and bottom of every page of a secret document.</extracomment>
        <translation>SECRET</translation>
    </message>
    <message>
        <source>RESTRICTED</source>
        <extracomment>The marking at the top and bottom of every page of a restricted document.</extracomment>
        <translation>DIFFUSION RESTREINTE</translation>
    </message>
</context>
<context>
    <name>Masar::PrintDelivery</name>
    <message>
        <source>A status summary is printed, or written to a PDF or HTML file, not to CSV.</source>
        <translation>Une fiche de situation s’imprime, ou s’écrit dans un fichier PDF ou HTML, pas en CSV.</translation>
    </message>
    <message>
        <source>This program does not write PDF files.</source>
        <translation>Ce programme n’écrit pas de fichiers PDF.</translation>
    </message>
    <message>
        <source>A document for the printer is not written to a file.</source>
        <translation>Un document destiné à l’imprimante ne s’écrit pas dans un fichier.</translation>
    </message>
    <message>
        <source>Printing was stopped.</source>
        <translation>L&apos;impression a été arrêtée.</translation>
    </message>
    <message>
        <source>A file is logged as it is written, not as printed.</source>
        <translation>Un fichier est journalisé lorsqu’il est écrit, non comme imprimé.</translation>
    </message>
</context>
<context>
    <name>Masar::PrintDialog</name>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Document :</translation>
    </message>
    <message>
        <source>Status summary of the selected request</source>
        <translation>Fiche de situation de la demande sélectionnée</translation>
    </message>
    <message>
        <source>Status summary of %1</source>
        <translation>Fiche de situation de %1</translation>
    </message>
    <message numerus="yes">
        <source>Status report of the %Ln request(s) listed</source>
        <translation>
            <numerusform>Rapport de situation de la demande listée (%Ln)</numerusform>
            <numerusform>Rapport de situation des %Ln demandes listées</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Language of the document:</source>
        <translation>&amp;Langue du document :</translation>
    </message>
    <message>
        <source>&amp;Hijri date beside the Gregorian one</source>
        <translation>Date de l&apos;&amp;hégire à côté de la date grégorienne</translation>
    </message>
    <message>
        <source>Include the &amp;persons named (personal data)</source>
        <translation>Inclure les &amp;personnes citées (données personnelles)</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>&amp;Regrouper par :</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Pays partenaire</translation>
    </message>
    <message>
        <source>Names, roles, nationalities and dates of birth will be printed. The printing is recorded with your name.</source>
        <translation>Les noms, qualités, nationalités et dates de naissance seront imprimés. L&apos;impression est enregistrée à votre nom.</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>&amp;Aperçu avant impression…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>Enregistrer en &amp;HTML…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Enregistrer en &amp;CSV…</translation>
    </message>
</context>
<context>
    <name>Masar::PrintFonts</name>
    <message>
        <source>The fonts of printed documents, %1 and %2, are not installed: install the package %3.</source>
        <extracomment>%1 and %2 are font names, %3 a Debian package.</extracomment>
        <translation>Les polices des documents imprimés, %1 et %2, ne sont pas installées : installez le paquet %3.</translation>
    </message>
</context>
<context>
    <name>Masar::PrintLog</name>
    <message>
        <source>Only a user of the register prints its documents.</source>
        <translation>Seul un utilisateur du registre en imprime les documents.</translation>
    </message>
    <message>
        <source>A printed document is a summary or a status report, not “%1”.</source>
        <translation>Un document imprimé est un résumé ou un rapport d’état, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A document&apos;s format is pdf, html, csv or printer, not “%1”.</source>
        <translation>Le format d’un document est pdf, html, csv ou printer, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A document is in Arabic, French or English (ar, fr, en), not “%1”.</source>
        <translation>Un document est en arabe, en français ou en anglais (ar, fr, en), pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A printed summary names its request.</source>
        <translation>Un résumé imprimé nomme sa demande.</translation>
    </message>
    <message>
        <source>A status report is of a list of requests: it names no single request.</source>
        <translation>Un rapport d’état porte sur une liste de demandes&#xa0;: il ne nomme aucune demande en particulier.</translation>
    </message>
    <message>
        <source>A document cannot show a negative number of requests (%1).</source>
        <translation>Un document ne peut pas montrer un nombre négatif de demandes (%1).</translation>
    </message>
    <message>
        <source>There is no request “%1”.</source>
        <translation>Il n’y a pas de demande «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Only an administrator or a supervisor may read the print log. You are: %1.</source>
        <translation>Seul un administrateur ou un superviseur peut consulter le journal des impressions. Vous êtes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The period ends on %1, before it begins on %2.</source>
        <extracomment>%1 and %2 are dates.</extracomment>
        <translation>La période finit le %1, avant de commencer le %2.</translation>
    </message>
    <message>
        <source>A status report names as many requests as it shows.</source>
        <translation>Un rapport de situation nomme autant de demandes qu&apos;il en montre.</translation>
    </message>
    <message>
        <source>The print log cannot be read back.</source>
        <translation>Le journal des impressions ne peut pas être relu.</translation>
    </message>
</context>
<context>
    <name>Masar::PrintPreview</name>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
</context>
<context>
    <name>Masar::PrintRunner</name>
    <message>
        <source>%1-status-summary</source>
        <translation>%1-fiche-de-situation</translation>
    </message>
    <message>
        <source>status-report-%1</source>
        <extracomment>The file name offered for a status report; %1 is a date in ISO form.</extracomment>
        <translation>rapport-de-situation-%1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Save as HTML</source>
        <translation>Enregistrer en HTML</translation>
    </message>
    <message>
        <source>Save as CSV</source>
        <translation>Enregistrer en CSV</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Preparing the document…</source>
        <translation>Préparation du document…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Printing was stopped; nothing was written.</source>
        <translation>L&apos;impression a été arrêtée ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The document was sent to the printer.</source>
        <translation>Le document a été envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Written to %1.</source>
        <extracomment>%1 is a file.</extracomment>
        <translation>Écrit dans %1.</translation>
    </message>
</context>
<context>
    <name>Masar::Priority</name>
    <message>
        <source>Normal</source>
        <translation>Normale</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
</context>
<context>
    <name>Masar::ProblemBar</name>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>Masar::RecomputeDialog</name>
    <message>
        <source>Deadlines computed again</source>
        <translation>Délais recalculés</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stopping after the requests under way…</source>
        <translation>Arrêt après les demandes en cours…</translation>
    </message>
    <message>
        <source>Computing the open deadlines again: %1 of %2…</source>
        <extracomment>%1 and %2 are numbers: how many requests are done, of how many.</extracomment>
        <translation>Recalcul des délais ouverts : %1 sur %2…</translation>
    </message>
    <message>
        <source>Computing the open deadlines again…</source>
        <translation>Recalcul des délais ouverts…</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>The change is saved, but the deadlines it moves could not be computed again: Masar computes them when it next starts.
%1</source>
        <translation>La modification est enregistrée, mais les délais qu’elle déplace n’ont pas pu être recalculés : Masar les calculera à son prochain démarrage.
%1</translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %Ln request(s) still wait to be computed; Masar computes them when it next starts.</source>
        <translation>
            <numerusform>Arrêté : %Ln demande attend encore d’être calculée ; Masar la calculera à son prochain démarrage.</numerusform>
            <numerusform>Arrêté : %Ln demandes attendent encore d’être calculées ; Masar les calculera à son prochain démarrage.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %Ln are listed.</source>
        <translation>
            <numerusform>La première est listée.</numerusform>
            <numerusform>Les %Ln premières sont listées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::RecomputeReport</name>
    <message>
        <source>%1; %2</source>
        <extracomment>%1 is &quot;N open deadlines recomputed&quot;, %2 &quot;M moved&quot;.</extracomment>
        <translation>%1 ; %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open deadline(s) recomputed</source>
        <translation>
            <numerusform>%Ln délai ouvert recalculé</numerusform>
            <numerusform>%Ln délais ouverts recalculés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved</source>
        <extracomment>How many of the deadlines recomputed fall on another day now.</extracomment>
        <translation>
            <numerusform>%Ln déplacé</numerusform>
            <numerusform>%Ln déplacés</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>In &quot;before → after&quot;, a deadline there is not (any more).</extracomment>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <extracomment>%1 the request&apos;s reference, %2 the deadline before, %3 after, %4 its kind (&quot;acknowledgement&quot;).</extracomment>
        <translation>%1 : %2 → %3 (%4)</translation>
    </message>
</context>
<context>
    <name>Masar::RefusalGround</name>
    <message>
        <source>Request does not meet the treaty</source>
        <translation>Demande non conforme au traité</translation>
    </message>
    <message>
        <source>Sovereignty, security or public order</source>
        <translation>Souveraineté, sécurité ou ordre public</translation>
    </message>
    <message>
        <source>Prohibited by domestic law</source>
        <translation>Interdit par le droit interne</translation>
    </message>
    <message>
        <source>Political offence</source>
        <translation>Infraction politique</translation>
    </message>
    <message>
        <source>Fiscal offence</source>
        <translation>Infraction fiscale</translation>
    </message>
    <message>
        <source>No dual criminality</source>
        <translation>Absence de double incrimination</translation>
    </message>
    <message>
        <source>Ne bis in idem</source>
        <translation>Ne bis in idem</translation>
    </message>
    <message>
        <source>Death penalty (no assurance given)</source>
        <translation>Peine de mort (sans garantie)</translation>
    </message>
    <message>
        <source>Discriminatory prosecution</source>
        <translation>Poursuites discriminatoires</translation>
    </message>
    <message>
        <source>Immunity</source>
        <translation>Immunité</translation>
    </message>
    <message>
        <source>Extraterritoriality</source>
        <translation>Extraterritorialité</translation>
    </message>
    <message>
        <source>Military offence</source>
        <translation>Infraction militaire</translation>
    </message>
    <message>
        <source>Insufficient information</source>
        <translation>Informations insuffisantes</translation>
    </message>
    <message>
        <source>Confidentiality cannot be ensured</source>
        <translation>Confidentialité impossible à garantir</translation>
    </message>
</context>
<context>
    <name>Masar::RegisterDialog</name>
    <message>
        <source>Register</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>This may be a request already registered: %1. Check it, or press “Register anyway”.</source>
        <translation>Il s’agit peut-être d’une demande déjà enregistrée : %1. Vérifiez-la, ou cliquez sur « Enregistrer quand même ».</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Register an incoming request</source>
        <translation>Enregistrer une demande reçue</translation>
    </message>
    <message>
        <source>Start an outgoing request</source>
        <translation>Préparer une demande sortante</translation>
    </message>
    <message>
        <source>What the letter says first; persons, offences and measures are added once the request is registered.</source>
        <translation>D’abord ce que dit la lettre ; les personnes, infractions et mesures s’ajoutent une fois la demande enregistrée.</translation>
    </message>
    <message>
        <source>The essentials first; persons, offences and measures are added once the draft exists.</source>
        <translation>L’essentiel d’abord ; les personnes, infractions et mesures s’ajoutent une fois le projet créé.</translation>
    </message>
    <message>
        <source>Choose a state…</source>
        <translation>Choisissez un État…</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Sens :</translation>
    </message>
    <message>
        <source>Re&amp;questing state:</source>
        <translation>État re&amp;quérant :</translation>
    </message>
    <message>
        <source>Requested s&amp;tate:</source>
        <translation>État requi&amp;s :</translation>
    </message>
    <message>
        <source>&amp;Foreign reference:</source>
        <translation>Référence é&amp;trangère :</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Reçue le :</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Base juridique :</translation>
    </message>
    <message>
        <source>Treaty and &amp;article:</source>
        <translation>Traité et &amp;article :</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>Ré&amp;sumé :</translation>
    </message>
    <message>
        <source>For a bilateral treaty: its name and article</source>
        <translation>Pour un traité bilatéral : son nom et l’article</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Masar::RegistrationRunner</name>
    <message>
        <source>Request %1 was registered; the current filter does not show it.</source>
        <translation>La demande %1 a été enregistrée ; le filtre actuel ne l’affiche pas.</translation>
    </message>
    <message>
        <source>Request %1 was registered.</source>
        <translation>La demande %1 a été enregistrée.</translation>
    </message>
    <message>
        <source>Demonstration data</source>
        <translation>Données de démonstration</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n demonstration request(s).</source>
        <translation>
            <numerusform>%n demande de démonstration chargée.</numerusform>
            <numerusform>%n demandes de démonstration chargées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::RequestAmendment</name>
    <message>
        <source>changes only through the step “%1”</source>
        <translation>ne change que par l’étape « %1 »</translation>
    </message>
    <message>
        <source>never changes</source>
        <translation>ne change jamais</translation>
    </message>
    <message>
        <source>changes only through the workflow&apos;s steps</source>
        <translation>ne change que par les étapes du circuit</translation>
    </message>
    <message>
        <source>a new measure is pending; its result is recorded with the step “%1”</source>
        <translation>une nouvelle mesure est en attente ; son résultat s’enregistre avec l’étape « %1 »</translation>
    </message>
    <message>
        <source>is not a measure of this request</source>
        <translation>n’est pas une mesure de cette demande</translation>
    </message>
    <message>
        <source>is the same measure as one before it</source>
        <translation>est la même mesure qu’une précédente</translation>
    </message>
    <message>
        <source>cannot change while the measure is “%1”: its result belongs to its type; record it as pending first (step “%2”)</source>
        <translation>ne peut changer tant que la mesure est « %1 » : son résultat tient à son type ; enregistrez-la d’abord comme en attente (étape « %2 »)</translation>
    </message>
    <message>
        <source>measure %1 (%2) is “%3” and cannot be removed: record it as pending first (step “%4”)</source>
        <translation>la mesure %1 (%2) est « %3 » et ne peut être retirée : enregistrez-la d’abord comme en attente (étape « %4 »)</translation>
    </message>
    <message>
        <source>there is no request “%1”</source>
        <translation>il n’y a pas de demande « %1 »</translation>
    </message>
</context>
<context>
    <name>Masar::RequestCsv</name>
    <message>
        <source>The file is empty: it needs a header line naming the columns.</source>
        <translation>Le fichier est vide&#xa0;: il lui faut une ligne d’en-tête qui nomme les colonnes.</translation>
    </message>
    <message>
        <source>line %1: the column “%2” appears twice</source>
        <translation>ligne %1&#xa0;: la colonne «&#xa0;%2&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>line %1: “%2” is not a column of the format (columns: %3)</source>
        <translation>ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une colonne du format (colonnes&#xa0;: %3)</translation>
    </message>
    <message>
        <source>line %1: the column “direction” is required</source>
        <translation>ligne %1&#xa0;: la colonne «&#xa0;direction&#xa0;» est obligatoire</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: has %n cell(s) but the header has %2</source>
        <translation>
            <numerusform>%1&#xa0;: %n cellule alors que l’en-tête en a %2</numerusform>
            <numerusform>%1&#xa0;: %n cellules alors que l’en-tête en a %2</numerusform>
        </translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
</context>
<context>
    <name>Masar::RequestDetail</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · %2 · assigned to %3</source>
        <extracomment>%1 the direction, %2 the state, %3 the user the request is assigned to.</extracomment>
        <translation>%1 · %2 · attribuée à %3</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Leads to “%1”</source>
        <translation>Mène à « %1 »</translation>
    </message>
    <message>
        <source>Persons (%1)</source>
        <translation>Personnes (%1)</translation>
    </message>
    <message>
        <source>Documents (%1)</source>
        <translation>Documents (%1)</translation>
    </message>
    <message>
        <source>Links (%1)</source>
        <translation>Liens (%1)</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Offences and measures</source>
        <translation>Infractions et mesures</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Select a request in the list to see it here.</source>
        <translation>Sélectionnez une demande dans la liste pour l’afficher ici.</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Consigner…</translation>
    </message>
    <message>
        <source>Steps that record something without moving the request</source>
        <translation>Étapes qui consignent un fait sans faire avancer la demande</translation>
    </message>
    <message>
        <source>&amp;Attach a file…</source>
        <translation>&amp;Joindre un fichier…</translation>
    </message>
    <message>
        <source>(modified)</source>
        <translation>(modifiée)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the changes to this request (%1)</source>
        <translation>Enregistrer les modifications de cette demande (%1)</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Next deadline (%1): %2</source>
        <extracomment>%1 is the kind of deadline (&quot;decision&quot;), %2 its date.</extracomment>
        <translation>Prochaine échéance (%1) : %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>A step and the states it moved the request between: &quot;Register&quot; over &quot;Received → Registered&quot;. Arabic: the arrow points from the first state to the second, right to left (←).</extracomment>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>Masar::RequestExport</name>
    <message>
        <source>The export was stopped: nothing was written.</source>
        <translation>L’export a été arrêté : rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>Masar::RequestField</name>
    <message>
        <source>Our reference</source>
        <translation>Notre référence</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Issue</translation>
    </message>
    <message>
        <source>Foreign reference</source>
        <translation>Référence étrangère</translation>
    </message>
    <message>
        <source>Requesting state</source>
        <translation>État requérant</translation>
    </message>
    <message>
        <source>Requested state</source>
        <translation>État requis</translation>
    </message>
    <message>
        <source>Requesting authority</source>
        <translation>Autorité requérante</translation>
    </message>
    <message>
        <source>Requested authority</source>
        <translation>Autorité requise</translation>
    </message>
    <message>
        <source>Executing authority</source>
        <translation>Autorité d’exécution</translation>
    </message>
    <message>
        <source>Reference of the executing authority</source>
        <translation>Référence de l’autorité d’exécution</translation>
    </message>
    <message>
        <source>Eurojust reference</source>
        <translation>Référence Eurojust</translation>
    </message>
    <message>
        <source>Interpol reference</source>
        <translation>Référence Interpol</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <source>Treaty and article</source>
        <translation>Traité et article</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Voie de transmission</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Reason for urgency</source>
        <translation>Motif de l’urgence</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Requested by (date)</source>
        <translation>Souhaitée pour le</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Offences</source>
        <translation>Infractions</translation>
    </message>
</context>
<context>
    <name>Masar::RequestFields</name>
    <message>
        <source>“%1” is not one of: incoming, outgoing</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’une des valeurs&#xa0;: incoming, outgoing</translation>
    </message>
    <message>
        <source>“%1” is not a state</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un état</translation>
    </message>
    <message>
        <source>“%1” is not a date of the form YYYY-MM-DD</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date de la forme AAAA-MM-JJ</translation>
    </message>
</context>
<context>
    <name>Masar::RequestFilterBar</name>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>Les deux sens</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Paused</source>
        <extracomment>The group of states where the deadline clock stands still.</extracomment>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closes</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Tous les pays</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Toute priorité</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Les miennes</translation>
    </message>
    <message>
        <source>Only the requests assigned to me</source>
        <translation>Uniquement les demandes qui me sont attribuées</translation>
    </message>
    <message>
        <source>Find: reference, name, words of the summary…</source>
        <translation>Rechercher : référence, nom, mots du résumé…</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Tout délai</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message numerus="yes">
        <source>Due within %Ln day(s)</source>
        <translation>
            <numerusform>Échéance sous %Ln jour</numerusform>
            <numerusform>Échéance sous %Ln jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests by their next deadline, as of today</source>
        <translation>Demandes selon leur prochain délai, à ce jour</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <extracomment>Conditions of the list set from the dashboard that the choices beside cannot show.</extracomment>
        <translation>Également : %1</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Show the list without these conditions</source>
        <translation>Afficher la liste sans ces conditions</translation>
    </message>
</context>
<context>
    <name>Masar::RequestFilterFields</name>
    <message>
        <source>Only requests of this direction: incoming or outgoing.</source>
        <translation>Seulement les demandes de ce sens&#xa0;: incoming ou outgoing.</translation>
    </message>
    <message>
        <source>Only requests in these states (comma-separated), or “open” for all but closed.</source>
        <translation>Seulement les demandes dans ces états (séparés par des virgules), ou «&#xa0;open&#xa0;» pour toutes sauf les closes.</translation>
    </message>
    <message>
        <source>Only open requests: in any state but closed.</source>
        <translation>Seulement les demandes ouvertes&#xa0;: en tout état sauf closed.</translation>
    </message>
    <message>
        <source>Only requests with this requesting or requested country.</source>
        <translation>Seulement les demandes dont cet État est requérant ou requis.</translation>
    </message>
    <message>
        <source>Only requests with this partner: the requesting country of an incoming request, the requested country of an outgoing one.</source>
        <translation>Seulement les demandes de ce pays partenaire&#xa0;: l’État requérant d’une demande entrante, l’État requis d’une demande sortante.</translation>
    </message>
    <message>
        <source>Only requests assigned to this user.</source>
        <translation>Seulement les demandes attribuées à cet utilisateur.</translation>
    </message>
    <message>
        <source>Only requests assigned to nobody.</source>
        <translation>Seulement les demandes qui ne sont attribuées à personne.</translation>
    </message>
    <message>
        <source>Only requests of this priority: normal or urgent.</source>
        <translation>Seulement les demandes de cette priorité&#xa0;: normal ou urgent.</translation>
    </message>
    <message>
        <source>Only requests with words beginning with these in a reference, an authority, the summary or a person’s name.</source>
        <translation>Seulement les demandes dont une référence, une autorité, le résumé ou le nom d’une personne a des mots commençant par ceux-ci.</translation>
    </message>
    <message>
        <source>Only requests whose next deadline falls on this day or later.</source>
        <translation>Seulement les demandes dont le prochain délai tombe ce jour ou après.</translation>
    </message>
    <message>
        <source>Only requests whose next deadline falls on this day or earlier.</source>
        <translation>Seulement les demandes dont le prochain délai tombe ce jour ou avant.</translation>
    </message>
    <message>
        <source>Only requests received (incoming) or sent (outgoing) on this day or later.</source>
        <translation>Seulement les demandes reçues (entrantes) ou envoyées (sortantes) ce jour ou après.</translation>
    </message>
    <message>
        <source>Only requests received (incoming) or sent (outgoing) on this day or earlier.</source>
        <translation>Seulement les demandes reçues (entrantes) ou envoyées (sortantes) ce jour ou avant.</translation>
    </message>
    <message>
        <source>Only outgoing requests not sent yet.</source>
        <translation>Seulement les demandes sortantes pas encore envoyées.</translation>
    </message>
    <message>
        <source>Only requests whose history records this step (a key of masar-cli workflow).</source>
        <translation>Seulement les demandes dont l’historique comporte cette étape (une clé de masar-cli workflow).</translation>
    </message>
    <message>
        <source>The value is of the wrong type.</source>
        <extracomment>A value of a filter, read from the settings or a file, that is neither text nor a list of texts.</extracomment>
        <translation>La valeur n’est pas du bon type.</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni true ni false.</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’une des valeurs&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 3166-1 country code.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de pays ISO 3166-1.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A condition of a filter that could not be read: its key, then the problem.</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is not a date of the form YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date de la forme AAAA-MM-JJ.</translation>
    </message>
</context>
<context>
    <name>Masar::RequestFilterText</name>
    <message>
        <source>%1 requests</source>
        <extracomment>A condition of a list or report: incoming or outgoing requests.</extracomment>
        <translation>demandes : %1</translation>
    </message>
    <message>
        <source>country: %1</source>
        <extracomment>A condition of a list or report: the requesting or the requested state is this country.</extracomment>
        <translation>pays : %1</translation>
    </message>
    <message>
        <source>priority: %1</source>
        <translation>priorité : %1</translation>
    </message>
    <message>
        <source>matching “%1”</source>
        <extracomment>A condition of a list or report: the words of the quick find.</extracomment>
        <translation>correspondant à « %1 »</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>statut : %1</translation>
    </message>
    <message>
        <source>open</source>
        <extracomment>A condition of the list: the request is not closed.</extracomment>
        <translation>ouvertes</translation>
    </message>
    <message>
        <source>assigned to %1</source>
        <translation>attribuées à %1</translation>
    </message>
    <message>
        <source>assigned to nobody</source>
        <translation>attribuées à personne</translation>
    </message>
    <message>
        <source>partner: %1</source>
        <extracomment>A condition of the list: the other state of the request (requesting or requested) is this country.</extracomment>
        <translation>pays partenaire : %1</translation>
    </message>
    <message>
        <source>next deadline from %1 to %2</source>
        <translation>prochain délai du %1 au %2</translation>
    </message>
    <message>
        <source>next deadline on %1 or later</source>
        <translation>prochain délai le %1 ou après</translation>
    </message>
    <message>
        <source>next deadline on %1 or earlier</source>
        <translation>prochain délai le %1 ou avant</translation>
    </message>
    <message>
        <source>next deadline on %1</source>
        <translation>prochain délai le %1</translation>
    </message>
    <message>
        <source>received or sent from %1 to %2</source>
        <extracomment>A condition of the list: the day the request was received (incoming) or sent (outgoing).</extracomment>
        <translation>reçues ou envoyées du %1 au %2</translation>
    </message>
    <message>
        <source>received or sent on %1 or later</source>
        <translation>reçues ou envoyées le %1 ou après</translation>
    </message>
    <message>
        <source>received or sent on %1 or earlier</source>
        <translation>reçues ou envoyées le %1 ou avant</translation>
    </message>
    <message>
        <source>received or sent on %1</source>
        <translation>reçues ou envoyées le %1</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>pas encore envoyées</translation>
    </message>
    <message>
        <source>“%1” taken</source>
        <extracomment>A condition of the list: the request&apos;s history records this step.</extracomment>
        <translation>étape « %1 » effectuée</translation>
    </message>
</context>
<context>
    <name>Masar::RequestImporter</name>
    <message>
        <source>Only an administrator or a supervisor may import requests. You are: %1.</source>
        <translation>Seul un administrateur ou un superviseur peut importer des demandes. Vous êtes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>“%1” is also the reference of %2</source>
        <translation>«&#xa0;%1&#xa0;» est aussi la référence de %2</translation>
    </message>
    <message>
        <source>user “%1”</source>
        <translation>utilisateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: is listed twice</source>
        <translation>%1&#xa0;: figure deux fois</translation>
    </message>
    <message>
        <source>%1: is not a user of this register, and only an administrator may import users</source>
        <translation>%1&#xa0;: n’est pas un utilisateur de ce registre, et seul un administrateur peut importer des utilisateurs</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is already in the register</source>
        <translation>«&#xa0;%1&#xa0;» figure déjà au registre</translation>
    </message>
    <message>
        <source>there is no user “%1”</source>
        <translation>il n’y a pas d’utilisateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>requests are assigned to officers and supervisors; “%1” is: %2</source>
        <translation>les demandes sont attribuées aux agents et aux superviseurs&#xa0;; «&#xa0;%1&#xa0;» est&#xa0;: %2</translation>
    </message>
    <message>
        <source>there is no request “%1” in the register or the file</source>
        <translation>il n’y a pas de demande «&#xa0;%1&#xa0;» au registre ni dans le fichier</translation>
    </message>
</context>
<context>
    <name>Masar::RequestJson</name>
    <message>
        <source>must be a string or null</source>
        <translation>doit être une chaîne ou null</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>“%1” is not a date of the form YYYY-MM-DD</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date de la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>“%1” is not a UTC time of the form YYYY-MM-DDTHH:MM:SSZ</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une heure UTC de la forme AAAA-MM-JJTHH:MM:SSZ</translation>
    </message>
    <message>
        <source>is not a field of the format</source>
        <translation>n’est pas un champ du format</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>doit être une liste</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <source>must be a list of codes</source>
        <translation>doit être une liste de codes</translation>
    </message>
    <message>
        <source>“%1” is not a step</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une étape</translation>
    </message>
    <message>
        <source>“%1” is not a state</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un état</translation>
    </message>
    <message>
        <source>is not valid Base64</source>
        <translation>n’est pas du Base64 valide</translation>
    </message>
    <message>
        <source>says %1 bytes but the content has %2</source>
        <translation>indique %1 octets mais le contenu en a %2</translation>
    </message>
    <message>
        <source>does not match the content (the file may be damaged)</source>
        <translation>ne correspond pas au contenu (le fichier est peut-être endommagé)</translation>
    </message>
    <message>
        <source>field “users”: must be a list</source>
        <translation>champ «&#xa0;users&#xa0;»&#xa0;: doit être une liste</translation>
    </message>
    <message>
        <source>user %1</source>
        <translation>utilisateur %1</translation>
    </message>
    <message>
        <source>user %1 (%2)</source>
        <translation>utilisateur %1 (%2)</translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’une des valeurs&#xa0;: %2</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>%1: is not an object</source>
        <translation>%1&#xa0;: n’est pas un objet</translation>
    </message>
    <message>
        <source>The file is not valid JSON: %1 (line %2, column %3).</source>
        <translation>Le fichier n’est pas du JSON valide&#xa0;: %1 (ligne %2, colonne %3).</translation>
    </message>
    <message>
        <source>The file is JSON but not a Masar requests file (its “format” is not “%1”).</source>
        <translation>Le fichier est du JSON mais pas un fichier de demandes Masar (son «&#xa0;format&#xa0;» n’est pas «&#xa0;%1&#xa0;»).</translation>
    </message>
    <message>
        <source>The file is of format version %1; this program reads version %2.</source>
        <translation>Le fichier est au format version %1&#xa0;; ce programme lit la version %2.</translation>
    </message>
    <message>
        <source>The file has no list of “requests”.</source>
        <translation>Le fichier n’a pas de liste «&#xa0;requests&#xa0;».</translation>
    </message>
    <message>
        <source>field “%1”: is not a field of the format</source>
        <translation>champ «&#xa0;%1&#xa0;»&#xa0;: n’est pas un champ du format</translation>
    </message>
    <message>
        <source>request %1</source>
        <translation>demande %1</translation>
    </message>
    <message>
        <source>request %1 (%2)</source>
        <translation>demande %1 (%2)</translation>
    </message>
    <message>
        <source>holds a NUL character (\u0000, line %1), which has no place in any field</source>
        <translation>contient un caractère NUL (\u0000, ligne %1), qui n’a sa place dans aucun champ</translation>
    </message>
    <message>
        <source>holds a NUL character (line %1), which has no place in any field</source>
        <translation>contient un caractère NUL (ligne %1), qui n’a sa place dans aucun champ</translation>
    </message>
    <message>
        <source>holds the control character U+%1 as it is (line %2); JSON allows it only escaped (\t, \n, \u%1)</source>
        <extracomment>%1 a character&apos;s code, such as 0009 for a tab. JSON allows it only escaped.</extracomment>
        <translation>contient le caractère de contrôle U+%1 tel quel (ligne %2)&#xa0;; JSON ne l’admet qu’échappé (\t, \n, \u%1)</translation>
    </message>
    <message>
        <source>field “%1”: %2</source>
        <translation>champ «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Masar::RequestListModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Foreign reference</source>
        <translation>Référence étrangère</translation>
    </message>
    <message>
        <source>Requesting state</source>
        <translation>État requérant</translation>
    </message>
    <message>
        <source>Requested state</source>
        <translation>État requis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is the date of a deadline, %2 how it stands (&quot;overdue by 3 day(s)&quot;, &quot;due today&quot;).</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Next deadline (%1): %2</source>
        <extracomment>%1 is the kind of deadline (&quot;decision&quot;), %2 its date.</extracomment>
        <translation>Prochain délai (%1) : %2</translation>
    </message>
    <message>
        <source>Next deadline: %1</source>
        <translation>Prochain délai : %1</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <extracomment>The date of the next deadline a request must meet.</extracomment>
        <translation>Prochain délai</translation>
    </message>
</context>
<context>
    <name>Masar::RequestReader</name>
    <message>
        <source>There is no request “%1”.</source>
        <translation>Il n’y a pas de demande «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Request “%1” has no document “%2”.</source>
        <translation>La demande «&#xa0;%1&#xa0;» n’a pas de document «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Masar::RequestService</name>
    <message>
        <source>The request was not created:</source>
        <translation>La demande n’a pas été créée&#xa0;:</translation>
    </message>
    <message>
        <source>there is no request “%1”</source>
        <translation>il n’y a pas de demande «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The history does not record which state the request was in before “%1”, so it cannot go back.</source>
        <translation>L’historique n’indique pas l’état de la demande avant «&#xa0;%1&#xa0;»&#xa0;: elle ne peut pas y revenir.</translation>
    </message>
    <message>
        <source>Request %1 may be the same request: check before going on.</source>
        <translation>La demande %1 est peut-être la même&#xa0;: vérifiez avant de poursuivre.</translation>
    </message>
    <message>
        <source>Request %1 was not changed:</source>
        <translation>La demande %1 n’a pas été modifiée :</translation>
    </message>
    <message>
        <source>“%1” is recorded when a request&apos;s details are edited; it is not taken on its own.</source>
        <translation>« %1 » s’enregistre quand on modifie les données d’une demande ; elle ne se prend pas seule.</translation>
    </message>
    <message numerus="yes">
        <source>Request %1 was changed after you opened it (%n change(s)), last by %2 on %3: “%4”. Nothing was saved; open it again and redo your changes.</source>
        <translation>
            <numerusform>La demande %1 a changé depuis que vous l’avez ouverte (%n modification), en dernier par %2 le %3 : « %4 ». Rien n’a été enregistré ; rouvrez-la et refaites vos modifications.</numerusform>
            <numerusform>La demande %1 a changé depuis que vous l’avez ouverte (%n modifications), en dernier par %2 le %3 : « %4 ». Rien n’a été enregistré ; rouvrez-la et refaites vos modifications.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed: the details of request %1 are as they were.</source>
        <translation>Rien n’a changé : les données de la demande %1 sont telles qu’elles étaient.</translation>
    </message>
    <message>
        <source>The request was not found.</source>
        <translation>La demande est introuvable.</translation>
    </message>
    <message>
        <source>No request was given.</source>
        <translation>Aucune demande n’a été donnée.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a request&apos;s reference, %2 why the step was refused on it.</extracomment>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>The step “%1” was taken on none of the %Ln request(s), because of:</source>
        <translation>
            <numerusform>L’étape « %1 » n’a été faite sur aucune des %Ln demande, à cause de :</numerusform>
            <numerusform>L’étape « %1 » n’a été faite sur aucune des %Ln demandes, à cause de :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A step is taken on at most %Ln requests at once.</source>
        <translation>
            <numerusform>Une étape se fait sur au plus %Ln demande à la fois.</numerusform>
            <numerusform>Une étape se fait sur au plus %Ln demandes à la fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>The change does not say which version of request %1 it was made on; nothing was saved.</source>
        <translation>La modification ne dit pas sur quelle version de la demande %1 elle a été faite ; rien n’a été enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>Request %1 was changed after you opened it (%n change(s)), last by %2 on %3: “%4”. “%5” was not taken; look at the request again first.</source>
        <extracomment>%1 a reference, %2 a user, %3 a date and time, %4 the last step taken; %5 the step refused.</extracomment>
        <translation>
            <numerusform>La demande %1 a changé depuis que vous l’avez ouverte (%n modification), en dernier par %2 le %3 : « %4 ». L’étape « %5 » n’a pas été franchie ; consultez d’abord la demande à nouveau.</numerusform>
            <numerusform>La demande %1 a changé depuis que vous l’avez ouverte (%n modifications), en dernier par %2 le %3 : « %4 ». L’étape « %5 » n’a pas été franchie ; consultez d’abord la demande à nouveau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::RequestValidator</name>
    <message>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message numerus="yes">
        <source>is longer than %n characters</source>
        <translation>
            <numerusform>dépasse %n caractère</numerusform>
            <numerusform>dépasse %n caractères</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not one of: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas l’une des valeurs&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is given twice</source>
        <translation>«&#xa0;%1&#xa0;» figure deux fois</translation>
    </message>
    <message>
        <source>“%1” is not an ISO 3166-1 country code</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de pays ISO 3166-1</translation>
    </message>
    <message>
        <source>is in the future</source>
        <translation>est dans le futur</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… et %n autre problème.</numerusform>
            <numerusform>… et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %n problem(s) found.</source>
        <translation>
            <numerusform>Rien n’a été importé&#xa0;: %n problème trouvé.</numerusform>
            <numerusform>Rien n’a été importé&#xa0;: %n problèmes trouvés.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is not of the form IN-YYYY-NNNN or OUT-YYYY-NNNN</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme IN-AAAA-NNNN ou OUT-AAAA-NNNN</translation>
    </message>
    <message>
        <source>“%1” does not begin with %2 as a reference of this direction must</source>
        <translation>«&#xa0;%1&#xa0;» ne commence pas par %2 comme doit le faire une référence de ce sens</translation>
    </message>
    <message>
        <source>is given but the request is not closed</source>
        <translation>est indiquée alors que la demande n’est pas close</translation>
    </message>
    <message>
        <source>is the same as the requesting country</source>
        <translation>est le même que l’État requérant</translation>
    </message>
    <message>
        <source>must name the bilateral treaty and its article</source>
        <translation>doit nommer le traité bilatéral et son article</translation>
    </message>
    <message>
        <source>is required for an urgent request</source>
        <translation>est obligatoire pour une demande urgente</translation>
    </message>
    <message>
        <source>is required for an incoming request</source>
        <translation>est obligatoire pour une demande entrante</translation>
    </message>
    <message>
        <source>is only for outgoing requests</source>
        <translation>ne concerne que les demandes sortantes</translation>
    </message>
    <message>
        <source>is only for incoming requests</source>
        <translation>ne concerne que les demandes entrantes</translation>
    </message>
    <message>
        <source>is before the date the request was received</source>
        <translation>est antérieure à la date de réception de la demande</translation>
    </message>
    <message>
        <source>is before the date the request was sent</source>
        <translation>est antérieure à la date d’envoi de la demande</translation>
    </message>
    <message>
        <source>is mandatory for every person</source>
        <translation>est obligatoire pour chaque personne</translation>
    </message>
    <message>
        <source>a request cannot be linked to itself</source>
        <translation>une demande ne peut pas être liée à elle-même</translation>
    </message>
    <message>
        <source>“%1” is linked twice</source>
        <translation>«&#xa0;%1&#xa0;» est lié deux fois</translation>
    </message>
    <message>
        <source>is earlier than the entry before it</source>
        <translation>est antérieure à l’entrée qui la précède</translation>
    </message>
    <message>
        <source>ends in state “%1” but the request is in state “%2”</source>
        <translation>se termine à l’état «&#xa0;%1&#xa0;» alors que la demande est à l’état «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>“%1” is not a state of incoming requests</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un état des demandes entrantes</translation>
    </message>
    <message>
        <source>“%1” is not a state of outgoing requests</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un état des demandes sortantes</translation>
    </message>
    <message>
        <source>is given but the request is not sent yet (state “%1”)</source>
        <translation>est indiquée alors que la demande n’est pas encore envoyée (état «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <source>is required for an outgoing request closed as “%1”</source>
        <translation>est obligatoire pour une demande sortante close comme «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>is required once an outgoing request is sent (state “%1”)</source>
        <translation>est obligatoire dès qu’une demande sortante est envoyée (état «&#xa0;%1&#xa0;»)</translation>
    </message>
</context>
<context>
    <name>Masar::Role</name>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Superviseur</translation>
    </message>
    <message>
        <source>Clerk</source>
        <extracomment>Staff who read and print status summaries and change nothing.</extracomment>
        <translation>Greffier</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
</context>
<context>
    <name>Masar::RuleDialog</name>
    <message>
        <source>Set a deadline rule</source>
        <translation>Fixer une règle de délai</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Délai :</translation>
    </message>
    <message>
        <source>&amp;Legal basis:</source>
        <translation>&amp;Base juridique :</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>&amp;Counted in:</source>
        <translation>&amp;Comptée en :</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>Where the period comes from, e.g. Circular 2026/4</source>
        <translation>D’où vient la durée, p. ex. circulaire 2026/4</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Fixer</translation>
    </message>
</context>
<context>
    <name>Masar::SavedFile</name>
    <message>
        <source>%1 could not be written (%2), and nothing was saved there. Choose a folder you may write to, or make room on its disk, and try again.</source>
        <extracomment>%1 a file, %2 why it could not be written (from the system).</extracomment>
        <translation>Impossible d’écrire %1 (%2)&#xa0;: rien n’y a été enregistré. Choisissez un dossier où vous pouvez écrire, ou libérez de la place sur son disque, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>Masar::Sql</name>
    <message>
        <source>The database is locked by another program. Nothing was written; try again in a moment.</source>
        <translation>La base de données est verrouillée par un autre programme. Rien n’a été écrit&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database is read-only. Nothing was written.</source>
        <translation>La base de données est en lecture seule. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was written.</source>
        <translation>Le disque est plein. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The database could not be read or written (%1).</source>
        <translation>Impossible de lire ou d’écrire la base de données (%1).</translation>
    </message>
    <message>
        <source>The database file is damaged or is not a database (%1).</source>
        <translation>Le fichier de la base de données est endommagé ou n’est pas une base de données (%1).</translation>
    </message>
    <message>
        <source>The database file cannot be opened (%1).</source>
        <translation>Impossible d’ouvrir le fichier de la base de données (%1).</translation>
    </message>
    <message>
        <source>The database reported an error: %1</source>
        <translation>La base de données a signalé une erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Masar::SqliteDialect</name>
    <message>
        <source>The database did not report the new row&apos;s id.</source>
        <translation>La base de données n’a pas indiqué l’identifiant de la nouvelle ligne.</translation>
    </message>
    <message>
        <source>The database gave no answer to “%1”.</source>
        <translation>La base de données n’a pas répondu à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database is damaged (%1).</source>
        <translation>La base de données est endommagée (%1).</translation>
    </message>
    <message numerus="yes">
        <source>The database is damaged: %n row(s) refer to rows that do not exist.</source>
        <translation>
            <numerusform>La base de données est endommagée&#xa0;: %n ligne renvoie à des lignes qui n’existent pas.</numerusform>
            <numerusform>La base de données est endommagée&#xa0;: %n lignes renvoient à des lignes qui n’existent pas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database cannot use write-ahead logging (journal mode is %1).</source>
        <translation>La base de données ne peut pas utiliser la journalisation anticipée (mode de journal&#xa0;: %1).</translation>
    </message>
</context>
<context>
    <name>Masar::Startup</name>
    <message>
        <source>Masar cannot start</source>
        <translation>Masar ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The database file.</source>
        <translation>Le fichier de la base de données.</translation>
    </message>
    <message>
        <source>The interface language: ar, fr or en.</source>
        <translation>La langue de l’interface&#xa0;: ar, fr ou en.</translation>
    </message>
</context>
<context>
    <name>Masar::State</name>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Under review</source>
        <translation>En cours d’examen</translation>
    </message>
    <message>
        <source>Awaiting information</source>
        <translation>En attente d’informations</translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation>En consultation</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptée</translation>
    </message>
    <message>
        <source>In execution</source>
        <translation>En cours d’exécution</translation>
    </message>
    <message>
        <source>Postponed</source>
        <translation>Ajournée</translation>
    </message>
    <message>
        <source>Partially executed</source>
        <translation>Partiellement exécutée</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Exécutée</translation>
    </message>
    <message>
        <source>Results sent</source>
        <translation>Résultats transmis</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>In translation</source>
        <translation>En traduction</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Réception accusée</translation>
    </message>
    <message>
        <source>Information requested from us</source>
        <translation>Informations demandées par l’État requis</translation>
    </message>
    <message>
        <source>In execution abroad</source>
        <translation>En cours d’exécution à l’étranger</translation>
    </message>
    <message>
        <source>Postponed abroad</source>
        <translation>Ajournée à l’étranger</translation>
    </message>
    <message>
        <source>Partial results received</source>
        <translation>Résultats partiels reçus</translation>
    </message>
    <message>
        <source>Results received</source>
        <translation>Résultats reçus</translation>
    </message>
    <message>
        <source>Results forwarded</source>
        <translation>Résultats transmis à l’autorité nationale</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>Masar::StatusReport</name>
    <message>
        <source>No partner country</source>
        <translation>Sans pays partenaire</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln demande</numerusform>
            <numerusform>%Ln demandes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln en retard</numerusform>
            <numerusform>%Ln en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>The report was stopped.</source>
        <translation>Le rapport a été arrêté.</translation>
    </message>
    <message>
        <source>Status report</source>
        <extracomment>The title of the printed report on many requests.</extracomment>
        <translation>Rapport de situation</translation>
    </message>
    <message>
        <source>As of %1</source>
        <extracomment>Under the title of a status report.</extracomment>
        <translation>Au %1</translation>
    </message>
    <message>
        <source>Requests covered</source>
        <translation>Demandes couvertes</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>All requests</source>
        <translation>Toutes les demandes</translation>
    </message>
    <message>
        <source>Grouped by</source>
        <translation>Regroupées par</translation>
    </message>
    <message>
        <source>state</source>
        <translation>état</translation>
    </message>
    <message>
        <source>partner country</source>
        <translation>pays partenaire</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Partner country</source>
        <translation>Pays partenaire</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>No request matches the filter.</source>
        <translation>Aucune demande ne correspond au filtre.</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Prochain délai</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Observations</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>Masar::StatusSummary</name>
    <message>
        <source>Request status summary</source>
        <extracomment>The title of the printed status summary of one request.</extracomment>
        <translation>Fiche de situation de la demande</translation>
    </message>
    <message>
        <source>%1 — as of %2</source>
        <extracomment>Under the title of a status summary: %1 is our reference, %2 a date.</extracomment>
        <translation>%1 — au %2</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Our reference</source>
        <translation>Notre référence</translation>
    </message>
    <message>
        <source>Foreign reference</source>
        <translation>Référence étrangère</translation>
    </message>
    <message>
        <source>Executing authority&apos;s reference</source>
        <translation>Référence de l&apos;autorité d&apos;exécution</translation>
    </message>
    <message>
        <source>Eurojust reference</source>
        <translation>Référence Eurojust</translation>
    </message>
    <message>
        <source>Interpol reference</source>
        <translation>Référence Interpol</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Requesting state</source>
        <translation>État requérant</translation>
    </message>
    <message>
        <source>Requested state</source>
        <translation>État requis</translation>
    </message>
    <message>
        <source>Executing authority</source>
        <translation>Autorité d&apos;exécution</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Voie de transmission</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Reply requested by</source>
        <translation>Réponse demandée pour le</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base juridique</translation>
    </message>
    <message>
        <source>None recorded.</source>
        <translation>Rien d&apos;enregistré.</translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation>Où en est la demande</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>État actuel</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribuée à</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>None running</source>
        <translation>Aucun délai en cours</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Prochain délai</translation>
    </message>
    <message>
        <source>Offences</source>
        <translation>Infractions</translation>
    </message>
    <message>
        <source>Measures requested</source>
        <translation>Mesures demandées</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Summary of the facts</source>
        <translation>Résumé des faits</translation>
    </message>
    <message>
        <source>Persons</source>
        <translation>Personnes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) named in the request, not printed (personal data).</source>
        <extracomment>In a printed summary printed without personal data.</extracomment>
        <translation>
            <numerusform>%Ln personne citée dans la demande, non imprimée (données personnelles).</numerusform>
            <numerusform>%Ln personnes citées dans la demande, non imprimées (données personnelles).</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
</context>
<context>
    <name>Masar::Step</name>
    <message>
        <source>Log receipt</source>
        <translation>Enregistrer la réception</translation>
    </message>
    <message>
        <source>Register</source>
        <extracomment>The verb: give a received request our reference and send the acknowledgement.</extracomment>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Return as deficient</source>
        <translation>Renvoyer comme incomplète</translation>
    </message>
    <message>
        <source>Forward to the competent authority</source>
        <translation>Transmettre à l’autorité compétente</translation>
    </message>
    <message>
        <source>Close as duplicate</source>
        <translation>Clore comme doublon</translation>
    </message>
    <message>
        <source>Start review</source>
        <translation>Commencer l’examen</translation>
    </message>
    <message>
        <source>Ask for information</source>
        <translation>Demander des informations</translation>
    </message>
    <message>
        <source>Information received</source>
        <translation>Informations reçues</translation>
    </message>
    <message>
        <source>Close as lapsed</source>
        <translation>Clore comme caduque</translation>
    </message>
    <message>
        <source>Consult the requesting state</source>
        <translation>Consulter l’État requérant</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Accepter</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Postpone execution</source>
        <translation>Ajourner l’exécution</translation>
    </message>
    <message>
        <source>Resume</source>
        <extracomment>The verb: resume a postponed execution.</extracomment>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Transmit to executing authority</source>
        <translation>Transmettre à l’autorité d’exécution</translation>
    </message>
    <message>
        <source>Record partial results</source>
        <translation>Enregistrer des résultats partiels</translation>
    </message>
    <message>
        <source>All measures resolved</source>
        <translation>Toutes les mesures traitées</translation>
    </message>
    <message>
        <source>Send results</source>
        <translation>Transmettre les résultats</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>Créer un projet</translation>
    </message>
    <message>
        <source>Send for translation</source>
        <translation>Envoyer en traduction</translation>
    </message>
    <message>
        <source>Send to the requested state</source>
        <translation>Envoyer à l’État requis</translation>
    </message>
    <message>
        <source>Record acknowledgement</source>
        <translation>Enregistrer l’accusé de réception</translation>
    </message>
    <message>
        <source>Record execution abroad</source>
        <translation>Enregistrer l’exécution à l’étranger</translation>
    </message>
    <message>
        <source>Record a request for information</source>
        <translation>Enregistrer une demande d’informations</translation>
    </message>
    <message>
        <source>Reply with information</source>
        <translation>Répondre par les informations</translation>
    </message>
    <message>
        <source>Record postponement abroad</source>
        <translation>Enregistrer l’ajournement à l’étranger</translation>
    </message>
    <message>
        <source>Record resumption abroad</source>
        <translation>Enregistrer la reprise à l’étranger</translation>
    </message>
    <message>
        <source>Record partial results received</source>
        <translation>Enregistrer des résultats partiels reçus</translation>
    </message>
    <message>
        <source>Record results received</source>
        <translation>Enregistrer les résultats reçus</translation>
    </message>
    <message>
        <source>Forward results</source>
        <translation>Transmettre les résultats à l’autorité nationale</translation>
    </message>
    <message>
        <source>Record refusal abroad</source>
        <translation>Enregistrer le refus de l’État requis</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>The verb: close the request for good, with its disposition.</extracomment>
        <translation>Clore</translation>
    </message>
    <message>
        <source>Withdrawn by the requesting state</source>
        <translation>Retirée par l’État requérant</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>Extend deadline</source>
        <translation>Prolonger le délai</translation>
    </message>
    <message>
        <source>Change priority</source>
        <translation>Changer la priorité</translation>
    </message>
    <message>
        <source>Change confidentiality</source>
        <translation>Changer la confidentialité</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Réattribuer</translation>
    </message>
    <message>
        <source>Record the result of a measure</source>
        <translation>Enregistrer le résultat d’une mesure</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Add document</source>
        <translation>Ajouter un document</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importée</translation>
    </message>
    <message>
        <source>Amend details</source>
        <extracomment>Correct or complete a request&apos;s details (authorities, references, persons, measures, links).</extracomment>
        <translation>Modifier les données</translation>
    </message>
</context>
<context>
    <name>Masar::StepDialog</name>
    <message>
        <source>Attach a document</source>
        <translation>Joindre un document</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>From “%1” to “%2”.</source>
        <extracomment>%1 is a request&apos;s state now, %2 the state the step leads to.</extracomment>
        <translation>De « %1 » à « %2 ».</translation>
    </message>
    <message>
        <source>From “%1” back to the state before it.</source>
        <translation>De « %1 » retour à l’état précédent.</translation>
    </message>
    <message>
        <source>The request stays “%1”.</source>
        <translation>La demande reste « %1 ».</translation>
    </message>
    <message>
        <source>%1 (required):</source>
        <extracomment>A field the step cannot be taken without.</extracomment>
        <translation>%1 (obligatoire) :</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>Motif (obligatoire) :</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln request(s)</source>
        <extracomment>%1 a step, %Ln the number of requests it is taken on.</extracomment>
        <translation>
            <numerusform>%1 — %Ln demande</numerusform>
            <numerusform>%1 — %Ln demandes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <extracomment>After the first few references of the requests a step is taken on.</extracomment>
        <translation>
            <numerusform>et %Ln autre</numerusform>
            <numerusform>et %Ln autres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Masar::StepEffects</name>
    <message>
        <source>The request&apos;s %1 is already “%2”.</source>
        <extracomment>%1 a field of a request (&quot;the priority&quot;), %2 its value.</extracomment>
        <translation>Le champ « %1 » de la demande vaut déjà « %2 ».</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Request %1 has no measure %2; it has %n measure(s).</source>
        <translation>
            <numerusform>La demande %1 n’a pas de mesure %2&#xa0;; elle a %n mesure.</numerusform>
            <numerusform>La demande %1 n’a pas de mesure %2&#xa0;; elle a %n mesures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Request %1 has several measures of type “%2”: give its number instead.</source>
        <translation>La demande %1 a plusieurs mesures de type «&#xa0;%2&#xa0;»&#xa0;: indiquez plutôt son numéro.</translation>
    </message>
    <message>
        <source>Request %1 has no measure “%2”.</source>
        <translation>La demande %1 n’a pas de mesure «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Measure %1 (%2) is already “%3”.</source>
        <translation>La mesure %1 (%2) est déjà «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>A request cannot be a duplicate of itself.</source>
        <translation>Une demande ne peut pas être le doublon d’elle-même.</translation>
    </message>
    <message>
        <source>A document needs a name.</source>
        <translation>Un document doit avoir un nom.</translation>
    </message>
    <message>
        <source>Request “%1” already has a document “%2”.</source>
        <translation>La demande «&#xa0;%1&#xa0;» a déjà un document «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Masar::StepField</name>
    <message>
        <source>refusal grounds</source>
        <translation>motifs de refus</translation>
    </message>
    <message>
        <source>article relied on</source>
        <translation>article invoqué</translation>
    </message>
    <message>
        <source>reply-by date</source>
        <translation>date de réponse attendue</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>date de réexamen</translation>
    </message>
    <message>
        <source>date sent</source>
        <translation>date d’envoi</translation>
    </message>
    <message>
        <source>new deadline</source>
        <translation>nouveau délai</translation>
    </message>
    <message>
        <source>receiving authority</source>
        <translation>autorité destinataire</translation>
    </message>
    <message>
        <source>reference of the executing authority</source>
        <translation>référence de l’autorité d’exécution</translation>
    </message>
    <message>
        <source>disposition</source>
        <translation>issue</translation>
    </message>
    <message>
        <source>foreign reference</source>
        <translation>référence étrangère</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>voie de transmission</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>confidentiality</source>
        <translation>confidentialité</translation>
    </message>
    <message>
        <source>assignee</source>
        <translation>agent désigné</translation>
    </message>
    <message>
        <source>conditions of use</source>
        <translation>conditions d’utilisation</translation>
    </message>
    <message>
        <source>reference of the original request</source>
        <translation>référence de la demande d’origine</translation>
    </message>
    <message>
        <source>measure (its number or type)</source>
        <translation>mesure (son numéro ou son type)</translation>
    </message>
    <message>
        <source>result of the measure</source>
        <translation>résultat de la mesure</translation>
    </message>
    <message>
        <source>document</source>
        <translation>document</translation>
    </message>
</context>
<context>
    <name>Masar::StepRunner</name>
    <message>
        <source>%1: %2 done.</source>
        <translation>%1 : « %2 » effectué.</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Réattribuer</translation>
    </message>
    <message numerus="yes">
        <source>At most %Ln requests can be reassigned at once.</source>
        <translation>
            <numerusform>On peut réattribuer au plus %Ln demande à la fois.</numerusform>
            <numerusform>On peut réattribuer au plus %Ln demandes à la fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the requests to reassign first.</source>
        <translation>Sélectionnez d’abord les demandes à réattribuer.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) reassigned.</source>
        <translation>
            <numerusform>%Ln demande réattribuée.</numerusform>
            <numerusform>%Ln demandes réattribuées.</numerusform>
        </translation>
    </message>
    <message>
        <source>The users of the register cannot be read: %1</source>
        <translation>Les utilisateurs du registre ne peuvent pas être lus : %1</translation>
    </message>
</context>
<context>
    <name>Masar::Users</name>
    <message>
        <source>There is no user “%1”.</source>
        <translation>Il n’y a pas d’utilisateur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The user “%1” is no longer active.</source>
        <translation>L’utilisateur «&#xa0;%1&#xa0;» n’est plus actif.</translation>
    </message>
    <message>
        <source>Only an administrator may add users. You are: %1.</source>
        <translation>Seul un administrateur peut ajouter des utilisateurs. Vous êtes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>There is already a user “%1”.</source>
        <translation>Il existe déjà un utilisateur «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is not a valid user name: use 1 to 64 letters, digits, dots, dashes, underscores or @.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un nom d’utilisateur valide&#xa0;: employez de 1 à 64 lettres, chiffres, points, tirets, soulignés ou @.</translation>
    </message>
    <message>
        <source>Requests are assigned to officers and supervisors; “%1” is: %2.</source>
        <translation>Les demandes sont attribuées aux agents et aux superviseurs&#xa0;; «&#xa0;%1&#xa0;» est&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>Masar::UsersDialog</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 was added as %2.</source>
        <translation>%1 a été ajouté en tant que %2.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>&amp;Add:</source>
        <translation>&amp;Ajouter :</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Masar::WeekendDialog</name>
    <message>
        <source>Set the weekend</source>
        <translation>Définir la fin de semaine</translation>
    </message>
    <message>
        <source>The days of the week on which the administration of %1 does not work. From a day on, the rule before ends the day before, and earlier deadlines keep their days.</source>
        <translation>Les jours de la semaine où l’administration de %1 ne travaille pas. À partir d’un jour donné, la règle précédente s’arrête la veille, et les délais antérieurs gardent leurs jours.</translation>
    </message>
    <message>
        <source>Weekend days:</source>
        <translation>Jours de fin de semaine :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>À &amp;partir du :</translation>
    </message>
    <message>
        <source>Unchecked, the weekend is these days always.</source>
        <translation>Décoché, la fin de semaine est toujours ces jours-là.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Définir</translation>
    </message>
</context>
<context>
    <name>Masar::WelcomePage</name>
    <message>
        <source>Welcome to Masar</source>
        <translation>Bienvenue dans Masar</translation>
    </message>
    <message>
        <source>The register is empty. Register the first request that has arrived; an administrator can also load a set of demonstration requests to show how Masar works.</source>
        <translation>Le registre est vide. Enregistrez la première demande reçue ; un administrateur peut aussi charger un jeu de demandes de démonstration pour montrer le fonctionnement de Masar.</translation>
    </message>
    <message>
        <source>The register is empty. Officers register requests; as %1 you add the people who work with Masar (Settings ▸ Users), or load a set of demonstration requests to see how Masar works.</source>
        <translation>Le registre est vide. Les agents enregistrent les demandes ; en tant qu’%1, vous ajoutez les personnes qui travaillent avec Masar (Paramètres ▸ Utilisateurs), ou chargez un jeu de demandes de démonstration pour voir comment fonctionne Masar.</translation>
    </message>
    <message>
        <source>The register is empty: there is nothing to read yet. Officers register requests as they arrive.</source>
        <translation>Le registre est vide : il n’y a rien à lire pour l’instant. Les agents enregistrent les demandes à leur arrivée.</translation>
    </message>
    <message>
        <source>&amp;Register the first request</source>
        <translation>&amp;Enregistrer la première demande</translation>
    </message>
    <message>
        <source>Load &amp;demonstration data</source>
        <translation>Charger les données de &amp;démonstration</translation>
    </message>
</context>
<context>
    <name>Masar::Workflow</name>
    <message>
        <source>acknowledgement due</source>
        <translation>accusé de réception dû</translation>
    </message>
    <message>
        <source>decision due</source>
        <translation>décision due</translation>
    </message>
    <message>
        <source>paused; reply-by date set</source>
        <translation>suspendu&#xa0;; date de réponse fixée</translation>
    </message>
    <message>
        <source>execution due</source>
        <translation>exécution due</translation>
    </message>
    <message>
        <source>paused; review date set</source>
        <translation>suspendu&#xa0;; date de réexamen fixée</translation>
    </message>
    <message>
        <source>results to send</source>
        <translation>résultats à transmettre</translation>
    </message>
    <message>
        <source>internal</source>
        <translation>interne</translation>
    </message>
    <message>
        <source>translation due</source>
        <translation>traduction due</translation>
    </message>
    <message>
        <source>chase if unacknowledged</source>
        <translation>relance en l’absence d’accusé de réception</translation>
    </message>
    <message>
        <source>our reply due</source>
        <translation>notre réponse est due</translation>
    </message>
    <message>
        <source>chase periodically</source>
        <translation>relance périodique</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>suspendu</translation>
    </message>
    <message>
        <source>forward due</source>
        <translation>transmission due</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>arrêté</translation>
    </message>
    <message>
        <source>runs</source>
        <translation>court</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Step “%1” needs every measure resolved; still pending: %2.</source>
        <translation>L’étape «&#xa0;%1&#xa0;» demande que toutes les mesures soient traitées&#xa0;; encore en attente&#xa0;: %2.</translation>
    </message>
    <message>
        <source>every measure resolved</source>
        <translation>toutes les mesures traitées</translation>
    </message>
    <message>
        <source>Only these roles may create a request: %1. You are: %2.</source>
        <translation>Seuls ces rôles peuvent créer une demande&#xa0;: %1. Vous êtes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a step of incoming requests.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une étape des demandes entrantes.</translation>
    </message>
    <message>
        <source>“%1” is not a step of outgoing requests.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une étape des demandes sortantes.</translation>
    </message>
    <message>
        <source>“%1” creates a new request; it cannot be taken on an existing one.</source>
        <translation>«&#xa0;%1&#xa0;» crée une nouvelle demande&#xa0;; elle ne s’applique pas à une demande existante.</translation>
    </message>
    <message>
        <source>Step “%1” cannot be taken in state “%2”. It can be taken in: %3.</source>
        <translation>L’étape «&#xa0;%1&#xa0;» ne peut pas être effectuée à l’état «&#xa0;%2&#xa0;». Elle peut l’être à l’état&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Step “%1” may only be taken by: %2. You are: %3.</source>
        <translation>Seuls peuvent effectuer l’étape «&#xa0;%1&#xa0;»&#xa0;: %2. Vous êtes&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Step “%1” does not take a date.</source>
        <translation>L’étape «&#xa0;%1&#xa0;» ne prend pas de date.</translation>
    </message>
    <message>
        <source>a reason</source>
        <translation>un motif</translation>
    </message>
    <message>
        <source>Step “%1” in state “%2” needs: %3.</source>
        <translation>L’étape «&#xa0;%1&#xa0;» à l’état «&#xa0;%2&#xa0;» demande&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Step “%1” does not take: %2.</source>
        <translation>L’étape «&#xa0;%1&#xa0;» ne prend pas&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: “%2” is not a date of the form YYYY-MM-DD.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une date de la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>%1: %2 is in the future.</source>
        <translation>%1&#xa0;: %2 est dans le futur.</translation>
    </message>
    <message>
        <source>%1: %2 is not after today.</source>
        <translation>%1&#xa0;: %2 n’est pas postérieure à aujourd’hui.</translation>
    </message>
    <message>
        <source>%1: “%2” is not one of: %3.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n’est pas l’une des valeurs&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1: step “%2” closes a request only as: %3.</source>
        <translation>%1&#xa0;: l’étape «&#xa0;%2&#xa0;» ne clôt une demande que comme&#xa0;: %3.</translation>
    </message>
    <message>
        <source>%1: “%2” is given twice.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» figure deux fois.</translation>
    </message>
    <message>
        <source>Step “%1” was not taken:</source>
        <translation>L’étape «&#xa0;%1&#xa0;» n’a pas été effectuée&#xa0;:</translation>
    </message>
    <message>
        <source>(new request)</source>
        <translation>(nouvelle demande)</translation>
    </message>
    <message>
        <source>any state</source>
        <translation>tout état</translation>
    </message>
    <message>
        <source>any open state</source>
        <translation>tout état ouvert</translation>
    </message>
</context>
<context>
    <name>Masar::WorkflowDocument</name>
    <message>
        <source>any open state</source>
        <translation>tout état ouvert</translation>
    </message>
    <message>
        <source>Incoming requests (we are the requested state)</source>
        <translation>Demandes entrantes (nous sommes l’État requis)</translation>
    </message>
    <message>
        <source>Outgoing requests (we are the requesting state)</source>
        <translation>Demandes sortantes (nous sommes l’État requérant)</translation>
    </message>
    <message>
        <source>%1 (to the state it closed from)</source>
        <translation>%1 (vers l’état d’où elle a été close)</translation>
    </message>
    <message>
        <source>step</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>vers</translation>
    </message>
    <message>
        <source>who</source>
        <extracomment>Column: the roles that may take the step.</extracomment>
        <translation>qui</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>required data</source>
        <translation>données requises</translation>
    </message>
    <message>
        <source>optional data</source>
        <translation>données facultatives</translation>
    </message>
    <message>
        <source>clock</source>
        <extracomment>Column: what the step does to the deadline clock.</extracomment>
        <translation>délai</translation>
    </message>
    <message>
        <source>condition</source>
        <translation>condition</translation>
    </message>
    <message>
        <source>(previous state)</source>
        <translation>(état précédent)</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(inchangé)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>Incoming requests</source>
        <translation>Demandes entrantes</translation>
    </message>
    <message>
        <source>Outgoing requests</source>
        <translation>Demandes sortantes</translation>
    </message>
    <message>
        <source>States: %1</source>
        <translation>États&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Masar::WorkflowPanel</name>
    <message>
        <source>&amp;Workflow of:</source>
        <translation>&amp;Circuit des&#xa0;:</translation>
    </message>
    <message>
        <source>Incoming requests</source>
        <translation>Demandes entrantes</translation>
    </message>
    <message>
        <source>Outgoing requests</source>
        <translation>Demandes sortantes</translation>
    </message>
</context>
<context>
    <name>Masar::WorkflowTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 ou %2</translation>
    </message>
    <message>
        <source>the state it came from</source>
        <translation>l’état d’où elle vient</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>required</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>%1 (optional)</source>
        <translation>%1 (facultatif)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Vers</translation>
    </message>
    <message>
        <source>Who may take it</source>
        <translation>Qui peut l’effectuer</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Data asked for</source>
        <translation>Données demandées</translation>
    </message>
    <message>
        <source>Deadline clock</source>
        <translation>Délai</translation>
    </message>
</context>
<context>
    <name>Masar::WorkingCalendar</name>
    <message>
        <source>Labour Day</source>
        <translation>Fête du Travail</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate as RTL for a language written right to left, LTR otherwise.</comment>
        <translation>LTR</translation>
    </message>
</context>
</TS>
