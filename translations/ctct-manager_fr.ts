<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Connect to Constant Contact</source>
        <translation>Se connecter à Constant Contact</translation>
    </message>
    <message>
        <source>Sign in with the account&apos;s username and API key, and its password or an access token. They are checked with the server before anything is saved.</source>
        <translation>Connectez-vous avec le nom d&apos;utilisateur et la clé d&apos;API du compte, ainsi qu&apos;avec son mot de passe ou un jeton d&apos;accès. Le serveur les vérifie avant que quoi que ce soit ne soit enregistré.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur&#xa0;:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Se connecter avec&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Sign in with a password</source>
        <translation>Se connecter avec un mot de passe</translation>
    </message>
    <message>
        <source>Access &amp;token</source>
        <translation>&amp;Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Sign in with an access token</source>
        <translation>Se connecter avec un jeton d&apos;accès</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Clé d&apos;&amp;API&#xa0;:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d&apos;API</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Checking the credentials</source>
        <translation>Vérification des identifiants</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
</context>
<context>
    <name>BounceCodes</name>
    <message>
        <source>Non-existent address</source>
        <translation>Adresse inexistante</translation>
    </message>
    <message>
        <source>Undeliverable</source>
        <translation>Non distribuable</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Boîte pleine</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Vacation or auto-reply</source>
        <translation>Absence ou réponse automatique</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqué</translation>
    </message>
</context>
<context>
    <name>CheckInSheet</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Check-in sheet: %1</source>
        <translation>Feuille de pointage&#xa0;: %1</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>le PDF n&apos;a pas pu être commencé</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>a new page could not be started</source>
        <translation>une nouvelle page n&apos;a pas pu être commencée</translation>
    </message>
    <message>
        <source>Check-in sheet · %1</source>
        <translation>Feuille de pointage · %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>le PDF n&apos;a pas pu être terminé</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>le fichier n&apos;a pas pu être écrit</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 à %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln registrants</source>
        <translation>
            <numerusform>%Ln inscrit</numerusform>
            <numerusform>%Ln inscrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln guests</source>
        <translation>
            <numerusform>%Ln invité</numerusform>
            <numerusform>%Ln invités</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMappingWords</name>
    <message>
        <source>could be WORK PHONE or HOME PHONE</source>
        <translation>pourrait être WORK PHONE ou HOME PHONE</translation>
    </message>
    <message>
        <source>a full name: could be FIRST NAME or LAST NAME</source>
        <translation>un nom complet&#xa0;: pourrait être FIRST NAME ou LAST NAME</translation>
    </message>
    <message>
        <source>could be a salutation or JOB TITLE</source>
        <translation>pourrait être une civilité ou JOB TITLE</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>pas d&apos;en-tête</translation>
    </message>
    <message>
        <source>no matching API column</source>
        <translation>aucune colonne de l&apos;API ne correspond</translation>
    </message>
    <message>
        <source>a second e-mail address: the API takes one per contact</source>
        <translation>une deuxième adresse e-mail&#xa0;: l&apos;API n&apos;en prend qu&apos;une par contact</translation>
    </message>
    <message>
        <source>%1 already comes from column %2 (&quot;%3&quot;)</source>
        <translation>%1 vient déjà de la colonne %2 («&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <source>%1 was given to column %2 (&quot;%3&quot;)</source>
        <translation>%1 a été attribué à la colonne %2 («&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <source>left out by choice</source>
        <translation>laissée de côté volontairement</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Contact editor</source>
        <translation>Éditeur de contact</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Contact fields</source>
        <translation>Champs du contact</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>M&amp;iddle name:</source>
        <translation>&amp;Deuxième prénom&#xa0;:</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Deuxième prénom</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>Adresse &amp;e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail format</source>
        <translation>Format des e-mails</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Travail</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Société&#xa0;:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>&amp;Home phone:</source>
        <translation>Téléphone personne&amp;l&#xa0;:</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Téléphone personnel</translation>
    </message>
    <message>
        <source>&amp;Work phone:</source>
        <translation>Téléphone p&amp;rofessionnel&#xa0;:</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Téléphone professionnel</translation>
    </message>
    <message>
        <source>&amp;Address and note</source>
        <translation>&amp;Adresse et note</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation>Ligne d&apos;adresse &amp;1&#xa0;:</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Ligne d&apos;adresse 1</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>Ligne d&apos;adresse &amp;2&#xa0;:</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Ligne d&apos;adresse 2</translation>
    </message>
    <message>
        <source>Address line &amp;3:</source>
        <translation>Ligne d&apos;adresse &amp;3&#xa0;:</translation>
    </message>
    <message>
        <source>Address line 3</source>
        <translation>Ligne d&apos;adresse 3</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State co&amp;de:</source>
        <translation>Code d&apos;é&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>State code</source>
        <translation>Code d&apos;état</translation>
    </message>
    <message>
        <source>State &amp;name:</source>
        <translation>&amp;Nom de l&apos;état&#xa0;:</translation>
    </message>
    <message>
        <source>State name</source>
        <translation>Nom de l&apos;état</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code &amp;postal&#xa0;:</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Su&amp;b postal code:</source>
        <translation>Co&amp;mplément de code postal&#xa0;:</translation>
    </message>
    <message>
        <source>Sub postal code</source>
        <translation>Complément de code postal</translation>
    </message>
    <message>
        <source>Countr&amp;y code:</source>
        <translation>Code du pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Code du pays</translation>
    </message>
    <message>
        <source>Country na&amp;me:</source>
        <translation>Nom du pays (&amp;x)&#xa0;:</translation>
    </message>
    <message>
        <source>Country name</source>
        <translation>Nom du pays</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>C&amp;ustom fields</source>
        <translation>Champs personnal&amp;isés</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Champs personnalisés</translation>
    </message>
    <message>
        <source>Custom field &amp;1:</source>
        <translation>Champ personnalisé &amp;1&#xa0;:</translation>
    </message>
    <message>
        <source>Custom field 1</source>
        <translation>Champ personnalisé 1</translation>
    </message>
    <message>
        <source>Custom field &amp;2:</source>
        <translation>Champ personnalisé &amp;2&#xa0;:</translation>
    </message>
    <message>
        <source>Custom field 2</source>
        <translation>Champ personnalisé 2</translation>
    </message>
    <message>
        <source>Custom field &amp;3:</source>
        <translation>Champ personnalisé &amp;3&#xa0;:</translation>
    </message>
    <message>
        <source>Custom field 3</source>
        <translation>Champ personnalisé 3</translation>
    </message>
    <message>
        <source>Custom field &amp;4:</source>
        <translation>Champ personnalisé &amp;4&#xa0;:</translation>
    </message>
    <message>
        <source>Custom field 4</source>
        <translation>Champ personnalisé 4</translation>
    </message>
    <message>
        <source>Custom field &amp;5:</source>
        <translation>Champ personnalisé &amp;5&#xa0;:</translation>
    </message>
    <message>
        <source>Custom field 5</source>
        <translation>Champ personnalisé 5</translation>
    </message>
    <message>
        <source>Custom field &amp;6:</source>
        <translation>Champ personnalisé &amp;6&#xa0;:</translation>
    </message>
    <message>
        <source>Custom field 6</source>
        <translation>Champ personnalisé 6</translation>
    </message>
    <message>
        <source>Custom field &amp;7:</source>
        <translation>Champ personnalisé &amp;7&#xa0;:</translation>
    </message>
    <message>
        <source>Custom field 7</source>
        <translation>Champ personnalisé 7</translation>
    </message>
    <message>
        <source>Custom field &amp;8:</source>
        <translation>Champ personnalisé &amp;8&#xa0;:</translation>
    </message>
    <message>
        <source>Custom field 8</source>
        <translation>Champ personnalisé 8</translation>
    </message>
    <message>
        <source>Custom field &amp;9:</source>
        <translation>Champ personnalisé &amp;9&#xa0;:</translation>
    </message>
    <message>
        <source>Custom field 9</source>
        <translation>Champ personnalisé 9</translation>
    </message>
    <message>
        <source>Custom field 10:</source>
        <translation>Champ personnalisé 10&#xa0;:</translation>
    </message>
    <message>
        <source>Custom field 10</source>
        <translation>Champ personnalisé 10</translation>
    </message>
    <message>
        <source>Custom field 11:</source>
        <translation>Champ personnalisé 11&#xa0;:</translation>
    </message>
    <message>
        <source>Custom field 11</source>
        <translation>Champ personnalisé 11</translation>
    </message>
    <message>
        <source>Custom field 12:</source>
        <translation>Champ personnalisé 12&#xa0;:</translation>
    </message>
    <message>
        <source>Custom field 12</source>
        <translation>Champ personnalisé 12</translation>
    </message>
    <message>
        <source>Custom field 13:</source>
        <translation>Champ personnalisé 13&#xa0;:</translation>
    </message>
    <message>
        <source>Custom field 13</source>
        <translation>Champ personnalisé 13</translation>
    </message>
    <message>
        <source>Custom field 14:</source>
        <translation>Champ personnalisé 14&#xa0;:</translation>
    </message>
    <message>
        <source>Custom field 14</source>
        <translation>Champ personnalisé 14</translation>
    </message>
    <message>
        <source>Custom field 15:</source>
        <translation>Champ personnalisé 15&#xa0;:</translation>
    </message>
    <message>
        <source>Custom field 15</source>
        <translation>Champ personnalisé 15</translation>
    </message>
    <message>
        <source>Lis&amp;ts</source>
        <translation>Lis&amp;tes</translation>
    </message>
    <message>
        <source>Me&amp;mber of these lists:</source>
        <translation>&amp;Membre de ces listes&#xa0;:</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>A contact on no list is Removed: it stays in the account and can be added back.</source>
        <translation>Un contact qui n&apos;est sur aucune liste a le statut «&#xa0;Retiré&#xa0;»&#xa0;: il reste dans le compte et peut être ajouté de nouveau.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>CsvReaderWords</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot read the file: it is not an open, seekable file</source>
        <translation>impossible de lire le fichier&#xa0;: ce n&apos;est pas un fichier ouvert à accès direct</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>the delimiter cannot be a quote, a line break or a NUL</source>
        <translation>le séparateur ne peut pas être un guillemet, un saut de ligne ou un NUL</translation>
    </message>
    <message>
        <source>the file holds no rows, not even a header</source>
        <translation>le fichier ne contient aucune ligne, pas même un en-tête</translation>
    </message>
    <message>
        <source>the row is longer than %1 bytes</source>
        <translation>la ligne dépasse %1 octets</translation>
    </message>
    <message>
        <source>the file holds binary data (a NUL byte), not text</source>
        <translation>le fichier contient des données binaires (un octet NUL), pas du texte</translation>
    </message>
    <message>
        <source>the file holds binary data (a NUL byte), not text (UTF-16 without a byte-order mark is not read)</source>
        <translation>le fichier contient des données binaires (un octet NUL), pas du texte (l&apos;UTF-16 sans indicateur d&apos;ordre des octets n&apos;est pas lu)</translation>
    </message>
    <message>
        <source>a quoted field that opens on this line is never closed</source>
        <translation>un champ entre guillemets ouvert sur cette ligne n&apos;est jamais fermé</translation>
    </message>
    <message>
        <source>the file holds no rows</source>
        <translation>le fichier ne contient aucune ligne</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>É&amp;vénement</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Nom de l&apos;événement</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Title on the registration page</source>
        <translation>Titre sur la page d&apos;inscription</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Type d&apos;événement</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Ét&amp;at&#xa0;:</translation>
    </message>
    <message>
        <source>Event status</source>
        <translation>État de l&apos;événement</translation>
    </message>
    <message>
        <source>St&amp;arts:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>Date et heure de début</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>End date and time</source>
        <translation>Date et heure de fin</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Desc&amp;ription&#xa0;:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>Lie&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation>Nom du lieu</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Ligne d&apos;adresse 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Ligne d&apos;adresse 2</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>Vill&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>État/p&amp;rovince&#xa0;:</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>État ou province</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>&amp;Registration</source>
        <translation>&amp;Inscription</translation>
    </message>
    <message>
        <source>Registration &amp;types and fees (one line per fee; lines with the same type name make one type):</source>
        <translation>&amp;Types d&apos;inscription et tarifs (une ligne par tarif&#xa0;; les lignes au même nom de type forment un type)&#xa0;:</translation>
    </message>
    <message>
        <source>Registration types and fees</source>
        <translation>Types d&apos;inscription et tarifs</translation>
    </message>
    <message>
        <source>&amp;Add Line</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <source>Re&amp;move Line</source>
        <translation>&amp;Retirer la ligne</translation>
    </message>
    <message>
        <source>&amp;Fee required</source>
        <translation>Tarif &amp;obligatoire</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Devise&#xa0;:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Pay&amp;Pal to the address:</source>
        <translation>PayPal à l&apos;a&amp;dresse&#xa0;:</translation>
    </message>
    <message>
        <source>PayPal account e-mail</source>
        <translation>E-mail du compte PayPal</translation>
    </message>
    <message>
        <source>C&amp;heque by post to:</source>
        <translation>C&amp;hèque par courrier à&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Cheque address line</source>
        <translation>Ligne d&apos;adresse pour les chèques</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville&#xa0;:</translation>
    </message>
    <message>
        <source>Cheque address city</source>
        <translation>Ville pour les chèques</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Cheque address state</source>
        <translation>État pour les chèques</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Code postal&#xa0;:</translation>
    </message>
    <message>
        <source>Cheque address postal code</source>
        <translation>Code postal pour les chèques</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Cheque address country</source>
        <translation>Pays pour les chèques</translation>
    </message>
    <message>
        <source>At the &amp;door</source>
        <translation>À l&apos;&amp;entrée</translation>
    </message>
    <message>
        <source>Ty&amp;pe:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Postal co&amp;de:</source>
        <translation>&amp;Code postal&#xa0;:</translation>
    </message>
    <message>
        <source>Pa&amp;yment</source>
        <translation>&amp;Paiement</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Save Export</source>
        <translation>Enregistrer l&apos;export</translation>
    </message>
    <message>
        <source>Exported contacts (*.csv *.txt);;All files (*)</source>
        <translation>Contacts exportés (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The export could not be downloaded: %1</source>
        <translation>L&apos;export n&apos;a pas pu être téléchargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The export was saved to %1 (%2).</source>
        <translation>L&apos;export a été enregistré dans %1 (%2).</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ImportPlanWords</name>
    <message>
        <source>too few fields: %1 where the header has %2</source>
        <translation>trop peu de champs&#xa0;: %1 alors que l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <source>too many fields: %1 where the header has %2</source>
        <translation>trop de champs&#xa0;: %1 alors que l&apos;en-tête en a %2</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>pas d&apos;adresse e-mail</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 dépasse %2 caractères</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail valide</translation>
    </message>
    <message>
        <source>valid</source>
        <comment>import row</comment>
        <translation>valide</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <comment>import row</comment>
        <translation>pas d&apos;e-mail</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <comment>import row</comment>
        <translation>pas une adresse e-mail</translation>
    </message>
    <message>
        <source>too long</source>
        <comment>import row</comment>
        <translation>trop long</translation>
    </message>
    <message>
        <source>duplicate</source>
        <comment>import row</comment>
        <translation>doublon</translation>
    </message>
    <message>
        <source>too few fields</source>
        <comment>import row</comment>
        <translation>trop peu de champs</translation>
    </message>
    <message>
        <source>too many fields</source>
        <comment>import row</comment>
        <translation>trop de champs</translation>
    </message>
    <message>
        <source>no column holds e-mail addresses (expected a header such as &quot;Email Address&quot;)</source>
        <translation>aucune colonne ne contient d&apos;adresses e-mail (un en-tête comme «&#xa0;Adresse e-mail&#xa0;» est attendu)</translation>
    </message>
    <message>
        <source>duplicate of line %1 (sent once)</source>
        <translation>doublon de la ligne %1 (envoyé une fois)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the column mapping is for other headers than this file&apos;s</source>
        <translation>la correspondance des colonnes vaut pour d&apos;autres en-têtes que ceux de ce fichier</translation>
    </message>
    <message>
        <source>the file changed since it was checked</source>
        <translation>le fichier a changé depuis sa vérification</translation>
    </message>
    <message>
        <source>the file changed since it was checked (it is shorter)</source>
        <translation>le fichier a changé depuis sa vérification (il est plus court)</translation>
    </message>
    <message>
        <source>the file changed since it was checked (line %1)</source>
        <translation>le fichier a changé depuis sa vérification (ligne %1)</translation>
    </message>
</context>
<context>
    <name>ListDialog</name>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>List name</source>
        <translation>Nom de la liste</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position&#xa0;:</translation>
    </message>
    <message>
        <source>Position among the lists</source>
        <translation>Position parmi les listes</translation>
    </message>
    <message>
        <source>&amp;Show on sign-up forms</source>
        <translation>&amp;Afficher dans les formulaires d&apos;inscription</translation>
    </message>
    <message>
        <source>&amp;Ticked by default on sign-up forms</source>
        <translation>&amp;Cochée par défaut dans les formulaires d&apos;inscription</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language takes effect when the app is started again.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de l&apos;application.</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Délai des requêtes&#xa0;:</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Délai des requêtes en secondes</translation>
    </message>
    <message>
        <source>A request that makes no progress for this long fails (and can be retried).</source>
        <translation>Une requête qui n&apos;avance pas pendant ce délai échoue (et peut être relancée).</translation>
    </message>
    <message>
        <source>Open the &amp;sandbox when no account is saved</source>
        <translation>Ouvrir le &amp;bac à sable si aucun compte n&apos;est enregistré</translation>
    </message>
    <message>
        <source>Otherwise a start without a saved account asks you to connect to Constant Contact.</source>
        <translation>Sinon, un démarrage sans compte enregistré vous propose de vous connecter à Constant Contact.</translation>
    </message>
    <message>
        <source>This Account</source>
        <translation>Ce compte</translation>
    </message>
    <message>
        <source>Name the &amp;Custom Fields…</source>
        <translation>Nommer les champs &amp;personnalisés…</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Bac à sable</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>Do&amp;ssier des données&#xa0;:</translation>
    </message>
    <message>
        <source>Data folder of the sandbox</source>
        <translation>Dossier des données du bac à sable</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choisir le dossier des données</translation>
    </message>
    <message>
        <source>&amp;Reset Demo Data…</source>
        <translation>&amp;Réinitialiser les données de démonstration…</translation>
    </message>
    <message>
        <source>Local Data</source>
        <translation>Données locales</translation>
    </message>
    <message>
        <source>Cl&amp;ear Local Data…</source>
        <translation>&amp;Effacer les données locales…</translation>
    </message>
    <message>
        <source>Sync the local copy e&amp;very:</source>
        <translation>Synchroniser la copie locale &amp;toutes les :</translation>
    </message>
    <message>
        <source>Minutes between syncs of the local copy</source>
        <translation>Minutes entre deux synchronisations de la copie locale</translation>
    </message>
    <message>
        <source>The copy of the account on this computer is brought up to date at start, with F5 (Refresh) and this often while the app is open; 0: only at start and with F5.</source>
        <translation>La copie du compte sur cet ordinateur est mise à jour au démarrage, avec F5 (Actualiser) et à cet intervalle tant que l&apos;application est ouverte ; 0 : seulement au démarrage et avec F5.</translation>
    </message>
    <message>
        <source>The app keeps a copy of each account it opened (contacts, lists, campaigns and their events, to open at once and to work offline), the layout of its tables and panes, the column choices of imports you asked it to remember and the activities it follows. Credentials are not part of it; forget an account in File → Account.</source>
        <translation>L&apos;application garde une copie de chaque compte ouvert (contacts, listes, campagnes et leurs événements, pour ouvrir aussitôt et travailler hors ligne), la disposition de ses tableaux et panneaux, les choix de colonnes d&apos;import que vous lui avez demandé de retenir et les activités qu&apos;elle suit. Les identifiants n&apos;en font pas partie ; oubliez un compte dans Fichier → Compte.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Opens and clicks by hour, first two days</source>
        <translation>Ouvertures et clics par heure, deux premiers jours</translation>
    </message>
    <message>
        <source>Opens and clicks by day</source>
        <translation>Ouvertures et clics par jour</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Ouvertures</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Hour (local time)</source>
        <translation>Heure (heure locale)</translation>
    </message>
    <message>
        <source>Day (local time)</source>
        <translation>Jour (heure locale)</translation>
    </message>
    <message>
        <source>Rates side by side</source>
        <translation>Taux côte à côte</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>Taux d&apos;ouverture</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Taux de clics</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Taux de rebond</translation>
    </message>
    <message>
        <source>Opt-out rate</source>
        <translation>Taux de désinscription</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule Campaign</source>
        <translation>Programmer la campagne</translation>
    </message>
    <message>
        <source>Date and time to send the campaign</source>
        <translation>Date et heure d&apos;envoi de la campagne</translation>
    </message>
    <message>
        <source>Send &amp;on:</source>
        <translation>&amp;Envoyer le&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ctct::AccessManager</name>
    <message>
        <source>Refusing to send a request to &quot;%1&quot;: not a valid http or https URL.</source>
        <translation>La requête vers «&#xa0;%1&#xa0;» n&apos;est pas envoyée&#xa0;: ce n&apos;est pas une URL http ou https valide.</translation>
    </message>
    <message>
        <source>Refusing to send credentials over plain http:// to %1: only loopback hosts (127.0.0.1, ::1, localhost) may use http. Use https://%1 instead.</source>
        <translation>Les identifiants ne sont pas envoyés en http:// non chiffré à %1&#xa0;: seuls les hôtes locaux (127.0.0.1,&#xa0;::1, localhost) peuvent utiliser http. Utilisez https://%1 à la place.</translation>
    </message>
    <message>
        <source>Refusing to send a request over &quot;%1&quot;: only https (and http to loopback hosts) is allowed.</source>
        <translation>La requête n&apos;est pas envoyée via «&#xa0;%1&#xa0;»&#xa0;: seul https (et http vers les hôtes locaux) est autorisé.</translation>
    </message>
</context>
<context>
    <name>ctct::ActivityTableModel</name>
    <message>
        <source>Import contacts</source>
        <translation>Import de contacts</translation>
    </message>
    <message>
        <source>Update contact details</source>
        <translation>Mise à jour de contacts</translation>
    </message>
    <message>
        <source>Remove from lists</source>
        <translation>Retrait de listes</translation>
    </message>
    <message>
        <source>Clear lists</source>
        <translation>Vidage de listes</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Export de contacts</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Commencée</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n activité</numerusform>
            <numerusform>%n activités</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n activities shown</source>
        <translation>
            <numerusform>%1 sur %n activité affichée</numerusform>
            <numerusform>%1 sur %n activités affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>activity status</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>activity status</comment>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>activity status</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Complete</source>
        <comment>activity status</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>activity status</comment>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>ctct::ApiError</name>
    <message>
        <source>Bad Request</source>
        <translation>Requête incorrecte</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Non autorisé</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Interdit</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>Method Not Allowed</source>
        <translation>Méthode non autorisée</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Unsupported Media Type</source>
        <translation>Type de média non pris en charge</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>Trop de requêtes</translation>
    </message>
    <message>
        <source>Moved Permanently</source>
        <translation>Déplacé définitivement</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Trouvé (redirigé)</translation>
    </message>
    <message>
        <source>See Other</source>
        <translation>Voir ailleurs</translation>
    </message>
    <message>
        <source>Temporary Redirect</source>
        <translation>Redirection temporaire</translation>
    </message>
    <message>
        <source>Permanent Redirect</source>
        <translation>Redirection permanente</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Erreur interne du serveur</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Passerelle incorrecte</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Service indisponible</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>Délai de la passerelle dépassé</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Statut HTTP %1</translation>
    </message>
    <message>
        <source>Unreadable response from %1: %2</source>
        <translation>Réponse illisible de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ctct::ApiJob</name>
    <message>
        <source>No network access manager for this request.</source>
        <translation>Aucun gestionnaire d&apos;accès réseau pour cette requête.</translation>
    </message>
    <message>
        <source>The account&apos;s network access manager went away.</source>
        <translation>Le gestionnaire d&apos;accès réseau du compte n&apos;existe plus.</translation>
    </message>
    <message>
        <source>%1 (last attempt: %2)</source>
        <translation>%1 (dernière tentative&#xa0;: %2)</translation>
    </message>
    <message>
        <source>No complete response from %1 within %2 s.</source>
        <translation>Pas de réponse complète de %1 en %2 s.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>No response from %1 within %2 s.</source>
        <translation>Pas de réponse de %1 en %2 s.</translation>
    </message>
    <message>
        <source>No response from %1 in time.</source>
        <translation>Pas de réponse de %1 à temps.</translation>
    </message>
    <message>
        <source>The response from %1 is larger than the limit of %2 MiB; it was not read.</source>
        <translation>La réponse de %1 dépasse la limite de %2 Mio&#xa0;; elle n&apos;a pas été lue.</translation>
    </message>
    <message>
        <source>no address given</source>
        <translation>aucune adresse indiquée</translation>
    </message>
    <message>
        <source>The server answered %1 %2 and sent the request elsewhere (%3). Redirects are not followed, so credentials never go to another address: check the server address.</source>
        <translation>Le serveur a répondu %1 %2 et a redirigé la requête (%3). Les redirections ne sont pas suivies, pour que les identifiants n&apos;aillent jamais à une autre adresse&#xa0;: vérifiez l&apos;adresse du serveur.</translation>
    </message>
</context>
<context>
    <name>ctct::ApiSession</name>
    <message>
        <source>No username was given.</source>
        <translation>Aucun nom d&apos;utilisateur n&apos;a été indiqué.</translation>
    </message>
</context>
<context>
    <name>ctct::CampaignReportJob</name>
    <message>
        <source>not asked: offline</source>
        <translation>non demandé : hors ligne</translation>
    </message>
</context>
<context>
    <name>ctct::CampaignTableModel</name>
    <message>
        <source>Draft</source>
        <comment>campaign status</comment>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>campaign status</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>campaign status</comment>
        <translation>Programmée</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>campaign status</comment>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>Taux d&apos;ouverture</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Taux de clics</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Taux de rebond</translation>
    </message>
    <message numerus="yes">
        <source>%n campaigns</source>
        <translation>
            <numerusform>%n campagne</numerusform>
            <numerusform>%n campagnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n campaigns shown</source>
        <translation>
            <numerusform>%1 sur %n campagne affichée</numerusform>
            <numerusform>%1 sur %n campagnes affichées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::CheckInMatchModel</name>
    <message>
        <source>Not checked in</source>
        <translation>Non pointé</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Pointé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Registration incomplete</source>
        <translation>Inscription incomplète</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>ctct::ContactTableModel</name>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts loaded</source>
        <translation>
            <numerusform>%n contact chargé</numerusform>
            <numerusform>%n contacts chargés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n loaded contacts shown</source>
        <translation>
            <numerusform>%1 sur %n contact chargé affiché</numerusform>
            <numerusform>%1 sur %n contacts chargés affichés</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <comment>contact status</comment>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <comment>contact status</comment>
        <translation>Non confirmé</translation>
    </message>
    <message>
        <source>Removed</source>
        <comment>contact status</comment>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Do Not Mail</source>
        <comment>contact status</comment>
        <translation>Ne pas contacter</translation>
    </message>
</context>
<context>
    <name>ctct::EventHistoryModel</name>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Cliqué</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Rebond</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Désinscrit</translation>
    </message>
    <message>
        <source>%1: %2 “%3”</source>
        <translation>%1&#xa0;: %2 «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>ctct::EventTableModel</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Auction</source>
        <translation>Vente aux enchères</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Business, finance, sales</source>
        <translation>Affaires, finance, ventes</translation>
    </message>
    <message>
        <source>Class, workshop</source>
        <translation>Cours, atelier</translation>
    </message>
    <message>
        <source>Conference, seminar</source>
        <translation>Conférence, séminaire</translation>
    </message>
    <message>
        <source>Convention, trade show, expo</source>
        <translation>Congrès, salon, exposition</translation>
    </message>
    <message>
        <source>Festival, fair</source>
        <translation>Festival, foire</translation>
    </message>
    <message>
        <source>Fundraiser, charity</source>
        <translation>Collecte de fonds, bienfaisance</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Réunion</translation>
    </message>
    <message>
        <source>Outdoors, recreation</source>
        <translation>Plein air, loisirs</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Spectacle</translation>
    </message>
    <message>
        <source>Social event, mixer</source>
        <translation>Soirée, rencontre</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>Sport</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présents</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n events shown</source>
        <translation>
            <numerusform>%1 sur %n événement affiché</numerusform>
            <numerusform>%1 sur %n événements affichés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::ImportJob</name>
    <message>
        <source>the server ended the activity in ERROR</source>
        <translation>le serveur a terminé l&apos;activité en ERROR</translation>
    </message>
</context>
<context>
    <name>ctct::ImportRowsModel</name>
    <message>
        <source>rejected by the server</source>
        <translation>refusée par le serveur</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>new contact</source>
        <translation>nouveau contact</translation>
    </message>
    <message>
        <source>updates an existing contact</source>
        <translation>met à jour un contact existant</translation>
    </message>
    <message>
        <source>no effect: on the Do Not Mail list, will not be subscribed again</source>
        <translation>sans effet&#xa0;: sur la liste «&#xa0;Ne pas contacter&#xa0;», ne sera pas réinscrit</translation>
    </message>
</context>
<context>
    <name>ctct::MembershipJob</name>
    <message>
        <source>the activity ended in ERROR</source>
        <translation>l&apos;activité s&apos;est terminée en ERROR</translation>
    </message>
</context>
<context>
    <name>ctct::Operations</name>
    <message>
        <source>not saved: the %1 as the server sent it cannot be updated (%2); writing only the fields this client knows would delete the others on the server, so nothing was sent</source>
        <translation>non enregistré&#xa0;: l&apos;élément (%1) tel que le serveur l&apos;a envoyé ne peut pas être mis à jour (%2)&#xa0;; n&apos;écrire que les champs connus de ce client effacerait les autres sur le serveur, donc rien n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>campagne</translation>
    </message>
    <message>
        <source>event</source>
        <translation>événement</translation>
    </message>
</context>
<context>
    <name>ctct::PagedTableModel</name>
    <message>
        <source>%1, loading more…</source>
        <translation>%1, chargement de la suite…</translation>
    </message>
    <message>
        <source>%1, more on the server</source>
        <translation>%1, d&apos;autres sur le serveur</translation>
    </message>
</context>
<context>
    <name>ctct::Pager</name>
    <message>
        <source>The account&apos;s API client went away.</source>
        <translation>Le client d&apos;API du compte n&apos;existe plus.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>no parser</source>
        <translation>aucun analyseur</translation>
    </message>
    <message>
        <source>the next link (%1) points to a page already fetched</source>
        <translation>le lien suivant (%1) pointe vers une page déjà chargée</translation>
    </message>
</context>
<context>
    <name>ctct::RegistrantTableModel</name>
    <message>
        <source>Registered</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Not attended</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message numerus="yes">
        <source>%n registrants</source>
        <translation>
            <numerusform>%n inscrit</numerusform>
            <numerusform>%n inscrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n registrants shown</source>
        <translation>
            <numerusform>%1 sur %n inscrit affiché</numerusform>
            <numerusform>%1 sur %n inscrits affichés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::ReportContactsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Code and message</source>
        <translation>Code et message</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>ctct::cache::AccountCache</name>
    <message>
        <source>You are offline: the server did not answer (%1). Changes cannot be saved until it answers again; what you see is the local copy of %2.</source>
        <translation>Vous êtes hors ligne : le serveur n&apos;a pas répondu (%1). Les modifications ne peuvent pas être enregistrées avant qu&apos;il réponde de nouveau ; vous voyez la copie locale du %2.</translation>
    </message>
    <message>
        <source>You are offline: the server did not answer (%1). Changes cannot be saved until it answers again.</source>
        <translation>Vous êtes hors ligne : le serveur n&apos;a pas répondu (%1). Les modifications ne peuvent pas être enregistrées avant qu&apos;il réponde de nouveau.</translation>
    </message>
    <message>
        <source>Offline, trying to reach the server…</source>
        <translation>Hors ligne, tentative de joindre le serveur…</translation>
    </message>
    <message>
        <source>Offline — last synced at %1</source>
        <translation>Hors ligne — dernière synchronisation : %1</translation>
    </message>
    <message>
        <source>Offline — not synced yet</source>
        <translation>Hors ligne — pas encore synchronisé</translation>
    </message>
    <message>
        <source>Copying the account…</source>
        <translation>Copie du compte…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Pas encore synchronisé</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Dernière synchronisation : %1</translation>
    </message>
</context>
<context>
    <name>ctct::cache::AccountStore</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The local copy %1 is unreadable (%2) and cannot be moved aside.</source>
        <translation>La copie locale %1 est illisible (%2) et ne peut pas être mise de côté.</translation>
    </message>
    <message>
        <source>The local copy %1 cannot be opened: %2</source>
        <translation>La copie locale %1 ne peut pas être ouverte : %2</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>%1 ne peut pas être supprimé.</translation>
    </message>
</context>
<context>
    <name>ctct::cache::SyncJob</name>
    <message>
        <source>The local copy could not be written: %1</source>
        <translation>La copie locale n&apos;a pas pu être écrite : %1</translation>
    </message>
    <message>
        <source>Fetching the lists…</source>
        <translation>Récupération des listes…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing contacts: %n so far…</source>
        <translation>
            <numerusform>Synchronisation des contacts : %n jusqu&apos;ici…</numerusform>
            <numerusform>Synchronisation des contacts : %n jusqu&apos;ici…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing the members of %1: %n so far…</source>
        <translation>
            <numerusform>Synchronisation des membres de %1 : %n jusqu&apos;ici…</numerusform>
            <numerusform>Synchronisation des membres de %1 : %n jusqu&apos;ici…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking for changed contacts: %n so far…</source>
        <translation>
            <numerusform>Recherche des contacts modifiés : %n jusqu&apos;ici…</numerusform>
            <numerusform>Recherche des contacts modifiés : %n jusqu&apos;ici…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing the campaigns…</source>
        <translation>Synchronisation des campagnes…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing the events of %1: %n new…</source>
        <translation>
            <numerusform>Synchronisation des événements de %1 : %n nouveau…</numerusform>
            <numerusform>Synchronisation des événements de %1 : %n nouveaux…</numerusform>
        </translation>
    </message>
    <message>
        <source>no local copy is open</source>
        <translation>aucune copie locale n&apos;est ouverte</translation>
    </message>
    <message>
        <source>The sync was canceled.</source>
        <translation>La synchronisation a été annulée.</translation>
    </message>
</context>
<context>
    <name>ctct::ui::Account</name>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
</context>
<context>
    <name>ctct::ui::AccountDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Se connecter à %1</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>This server address cannot be used: %1</source>
        <translation>Cette adresse de serveur n&apos;est pas utilisable&#xa0;: %1</translation>
    </message>
    <message>
        <source>it is not a web address</source>
        <translation>ce n&apos;est pas une adresse web</translation>
    </message>
    <message>
        <source>Checking the credentials with %1…</source>
        <translation>Vérification des identifiants auprès de %1…</translation>
    </message>
    <message>
        <source>The check was canceled; nothing was saved.</source>
        <translation>La vérification a été annulée&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The server did not accept the access token. Nothing was saved.
Server&apos;s message: %1</source>
        <translation>Le serveur n&apos;a pas accepté le jeton d&apos;accès. Rien n&apos;a été enregistré.
Message du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wrong username, API key or password: the server did not accept them. Nothing was saved.
Server&apos;s message: %1</source>
        <translation>Nom d&apos;utilisateur, clé d&apos;API ou mot de passe incorrect&#xa0;: le serveur ne les a pas acceptés. Rien n&apos;a été enregistré.
Message du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused access to this account. Nothing was saved.
Server&apos;s message: %1</source>
        <translation>Le serveur a refusé l&apos;accès à ce compte. Rien n&apos;a été enregistré.
Message du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>No Constant Contact account was found at this address. Check the server and the username.
Server&apos;s message: %1</source>
        <translation>Aucun compte Constant Contact n&apos;a été trouvé à cette adresse. Vérifiez le serveur et le nom d&apos;utilisateur.
Message du serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be made, so nothing was sent: %1</source>
        <translation>Aucune connexion sécurisée au serveur n&apos;a pu être établie, rien n&apos;a donc été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Le serveur est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again later.</source>
        <translation>Le serveur n&apos;a pas répondu à temps. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not what a Constant Contact server sends: %1</source>
        <translation>La réponse du serveur n&apos;est pas celle d&apos;un serveur Constant Contact&#xa0;: %1</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>La vérification a échoué&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ctct::ui::ActivitiesTab</name>
    <message>
        <source>&amp;Save File…</source>
        <translation>&amp;Enregistrer le fichier…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Save the file of the selected export</source>
        <translation>Enregistrer le fichier de l&apos;export sélectionné</translation>
    </message>
    <message>
        <source>The activities could not be loaded: %1</source>
        <translation>Les activités n&apos;ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <source>Select an activity to see its details.</source>
        <translation>Sélectionnez une activité pour voir ses détails.</translation>
    </message>
    <message>
        <source>Save the export&apos;s file</source>
        <translation>Enregistrer le fichier de l&apos;export</translation>
    </message>
    <message>
        <source>Errors of the activity</source>
        <translation>Erreurs de l&apos;activité</translation>
    </message>
    <message>
        <source>The details could not be loaded: %1</source>
        <translation>Les détails n&apos;ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Commencée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Terminée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rows processed: %1</source>
        <translation>Lignes traitées&#xa0;: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>No errors reported.</source>
        <translation>Aucune erreur signalée.</translation>
    </message>
    <message>
        <source>Errors reported: %1</source>
        <translation>Erreurs signalées&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ctct::ui::ActivityWatch</name>
    <message numerus="yes">
        <source>%1, started before the app was last closed, has finished: %n rows processed, see the Activities tab.</source>
        <translation>
            <numerusform>%1, commencé avant la dernière fermeture de l&apos;application, est terminé&#xa0;: %n ligne traitée, voir l&apos;onglet Activités.</numerusform>
            <numerusform>%1, commencé avant la dernière fermeture de l&apos;application, est terminé&#xa0;: %n lignes traitées, voir l&apos;onglet Activités.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, started before the app was last closed, ended in %2: see the Activities tab.</source>
        <translation>%1, commencé avant la dernière fermeture de l&apos;application, s&apos;est terminé en %2&#xa0;: voir l&apos;onglet Activités.</translation>
    </message>
</context>
<context>
    <name>ctct::ui::Application</name>
    <message>
        <source>CTCT Account Manager</source>
        <translation>Gestionnaire de compte CTCT</translation>
    </message>
    <message>
        <source>Sandbox (demo data)</source>
        <translation>Bac à sable (données de démonstration)</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns</source>
        <translation>Ca&amp;mpagnes</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Activités</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Démarrage du bac à sable…</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Le bac à sable n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>The demo data could not be reset: %1</source>
        <translation>Les données de démonstration n&apos;ont pas pu être réinitialisées&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 n&apos;est pas utilisable&#xa0;: %2</translation>
    </message>
    <message>
        <source>No saved credentials were found for this account. Enter them to connect.</source>
        <translation>Aucun identifiant enregistré n&apos;a été trouvé pour ce compte. Saisissez-les pour vous connecter.</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1). Enter the credentials to connect.</source>
        <translation>Le trousseau n&apos;a pas pu être lu (%1). Saisissez les identifiants pour vous connecter.</translation>
    </message>
    <message>
        <source>No keychain is available, so the credentials of %1 are kept only until the app quits; you will be asked for them next time.</source>
        <translation>Aucun trousseau n&apos;est disponible&#xa0;: les identifiants de %1 ne sont conservés que jusqu&apos;à la fermeture de l&apos;application&#xa0;; ils vous seront redemandés la prochaine fois.</translation>
    </message>
    <message>
        <source>The keychain did not store the credentials of %1 (%2); they are kept only until the app quits.</source>
        <translation>Le trousseau n&apos;a pas enregistré les identifiants de %1 (%2)&#xa0;; ils ne sont conservés que jusqu&apos;à la fermeture de l&apos;application.</translation>
    </message>
    <message>
        <source>The server no longer accepts the credentials of %1. Sign in again; then use Retry in the message bar to repeat what failed.</source>
        <translation>Le serveur n&apos;accepte plus les identifiants de %1. Reconnectez-vous, puis utilisez «&#xa0;Réessayer&#xa0;» dans la barre de messages pour répéter ce qui a échoué.</translation>
    </message>
    <message>
        <source>Forget Account</source>
        <translation>Oublier le compte</translation>
    </message>
    <message>
        <source>Forget the account %1?</source>
        <translation>Oublier le compte %1&#xa0;?</translation>
    </message>
    <message>
        <source>Its saved credentials are removed from the keychain. The account on the server is not changed.</source>
        <translation>Ses identifiants enregistrés sont retirés du trousseau. Le compte sur le serveur n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Oublier</translation>
    </message>
    <message>
        <source>&amp;Forget This Account…</source>
        <translation>&amp;Oublier ce compte…</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Événements</translation>
    </message>
    <message>
        <source>The local copy of the demo data could not be removed: %1</source>
        <translation>La copie locale des données de démonstration n&apos;a pas pu être supprimée : %1</translation>
    </message>
    <message>
        <source>Not every local copy could be removed: %1</source>
        <translation>Toutes les copies locales n&apos;ont pas pu être supprimées : %1</translation>
    </message>
    <message>
        <source>No local copy of the account can be kept, so it is read from the server page by page: %1</source>
        <translation>Aucune copie locale du compte ne peut être gardée ; il est donc lu sur le serveur page par page : %1</translation>
    </message>
    <message>
        <source>The local copy of the account could not be read (%1). It was set aside as %2 and is being copied again from the server.</source>
        <translation>La copie locale du compte n&apos;a pas pu être lue (%1). Elle a été mise de côté sous %2 et est de nouveau copiée depuis le serveur.</translation>
    </message>
</context>
<context>
    <name>ctct::ui::CampaignEditor</name>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Prénom et nom</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Aucun nom</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <source>From na&amp;me:</source>
        <translation>Nom de l&apos;e&amp;xpéditeur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reply-To:</source>
        <translation>&amp;Répondre à&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Lists:</source>
        <translation>&amp;Listes&#xa0;:</translation>
    </message>
    <message>
        <source>Sal&amp;utation:</source>
        <translation>&amp;Formule d&apos;appel&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Greeting name:</source>
        <translation>Nom dans la &amp;salutation&#xa0;:</translation>
    </message>
    <message>
        <source>Greeting &amp;text:</source>
        <translation>&amp;Texte de salutation&#xa0;:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Remind readers why they get this e-mail</source>
        <translation>Rappeler aux lecteurs pourquoi ils reçoivent cet e-mail</translation>
    </message>
    <message>
        <source>Offer a link to view it as a web page</source>
        <translation>Proposer un lien pour l&apos;afficher comme page web</translation>
    </message>
    <message>
        <source>Include a forward-to-a-friend link</source>
        <translation>Inclure un lien «&#xa0;Transférer à un ami&#xa0;»</translation>
    </message>
    <message>
        <source>Include a subscribe link</source>
        <translation>Inclure un lien d&apos;inscription</translation>
    </message>
    <message>
        <source>Lin&amp;k text:</source>
        <translation>Texte du lie&amp;n&#xa0;:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Address &amp;1:</source>
        <translation>Adresse &amp;1&#xa0;:</translation>
    </message>
    <message>
        <source>Address &amp;2:</source>
        <translation>Adresse &amp;2&#xa0;:</translation>
    </message>
    <message>
        <source>Address &amp;3:</source>
        <translation>Adresse &amp;3&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;State (US/CA):</source>
        <translation>&amp;État (US/CA)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Region (elsewhere):</source>
        <translation>&amp;Région (ailleurs)&#xa0;:</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Pays&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>Code posta&amp;l&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML&#xa0;:</translation>
    </message>
    <message>
        <source>Plain &amp;text:</source>
        <translation>&amp;Texte brut&#xa0;:</translation>
    </message>
    <message>
        <source>St&amp;yle sheet:</source>
        <translation>&amp;Feuille de style&#xa0;:</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The account&apos;s sender addresses could not be loaded: %1</source>
        <translation>Les adresses d&apos;expéditeur du compte n&apos;ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>New Draft Campaign</source>
        <translation>Nouveau brouillon de campagne</translation>
    </message>
    <message>
        <source>Dear</source>
        <translation>Cher/Chère</translation>
    </message>
    <message>
        <source>Greetings!</source>
        <translation>Bonjour&#xa0;!</translation>
    </message>
    <message>
        <source>Edit Draft Campaign</source>
        <translation>Modifier le brouillon de campagne</translation>
    </message>
    <message>
        <source>Loading the campaign…</source>
        <translation>Chargement de la campagne…</translation>
    </message>
    <message>
        <source>The campaign could not be loaded: %1</source>
        <translation>La campagne n&apos;a pas pu être chargée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Duplicate Campaign</source>
        <translation>Dupliquer la campagne</translation>
    </message>
    <message>
        <source>Loading the campaign to copy…</source>
        <translation>Chargement de la campagne à copier…</translation>
    </message>
    <message>
        <source>The campaign to copy could not be loaded: %1</source>
        <translation>La campagne à copier n&apos;a pas pu être chargée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copie de %1</translation>
    </message>
    <message>
        <source>Campaign (read-only)</source>
        <translation>Campagne (lecture seule)</translation>
    </message>
    <message>
        <source>This campaign is %1: sent and running campaigns cannot be changed. Duplicate it to make a new draft from it.</source>
        <translation>Cette campagne a l&apos;état %1&#xa0;: les campagnes envoyées ou en cours ne peuvent pas être modifiées. Dupliquez-la pour en faire un nouveau brouillon.</translation>
    </message>
    <message>
        <source>The campaign needs HTML content.</source>
        <translation>La campagne doit avoir un contenu HTML.</translation>
    </message>
    <message>
        <source>The XHTML content is not well formed (line %1: %2).</source>
        <translation>Le contenu XHTML est mal formé (ligne %1&#xa0;: %2).</translation>
    </message>
    <message>
        <source>The HTML content must be a whole document, from &lt;html&gt; to &lt;/html&gt;.</source>
        <translation>Le contenu HTML doit être un document complet, de &lt;html&gt; à &lt;/html&gt;.</translation>
    </message>
    <message>
        <source>The campaign needs a name.</source>
        <translation>La campagne doit avoir un nom.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; the API takes at most %2.</source>
        <translation>Le nom fait %1 caractères&#xa0;; l&apos;API en accepte au plus %2.</translation>
    </message>
    <message>
        <source>The campaign needs a subject.</source>
        <translation>La campagne doit avoir un objet.</translation>
    </message>
    <message>
        <source>The campaign needs a from name.</source>
        <translation>La campagne doit avoir un nom d&apos;expéditeur.</translation>
    </message>
    <message>
        <source>Choose the From address (one of the account&apos;s verified addresses).</source>
        <translation>Choisissez l&apos;adresse d&apos;expéditeur (une des adresses vérifiées du compte).</translation>
    </message>
    <message>
        <source>Choose the Reply-To address (one of the account&apos;s verified addresses).</source>
        <translation>Choisissez l&apos;adresse de réponse (une des adresses vérifiées du compte).</translation>
    </message>
    <message>
        <source>The web-page link needs its text and the text before it.</source>
        <translation>Le lien vers la page web doit avoir son texte et le texte qui le précède.</translation>
    </message>
    <message>
        <source>The permission reminder needs its text.</source>
        <translation>Le rappel d&apos;autorisation doit avoir son texte.</translation>
    </message>
    <message>
        <source>The campaign needs a plain-text version of its content.</source>
        <translation>La campagne doit avoir une version texte brut de son contenu.</translation>
    </message>
    <message>
        <source>Another campaign is already called &quot;%1&quot;; campaign names must differ. The server said: %2</source>
        <translation>Une autre campagne s&apos;appelle déjà «&#xa0;%1&#xa0;»&#xa0;; les noms de campagne doivent être différents. Le serveur a répondu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server did not accept the campaign. The server said: %1</source>
        <translation>Le serveur n&apos;a pas accepté la campagne. Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The campaign is no longer on the server. The server said: %1</source>
        <translation>La campagne n&apos;est plus sur le serveur. Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Re&amp;minder text:</source>
        <translation>Te&amp;xte du rappel&#xa0;:</translation>
    </message>
    <message>
        <source>Text &amp;before the link:</source>
        <translation>Texte a&amp;vant le lien&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Forward link text:</source>
        <translation>Texte du lien de trans&amp;fert&#xa0;:</translation>
    </message>
    <message>
        <source>Subscribe &amp;link text:</source>
        <translation>Texte du lien d&apos;&amp;inscription&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ctct::ui::CampaignReportWindow</name>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Ouvertures</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Rebonds</translation>
    </message>
    <message>
        <source>Forwards</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Désinscriptions</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Progression du rapport</translation>
    </message>
    <message>
        <source>%v of about %m events</source>
        <translation>%v sur environ %m événements</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Loading the event feeds…</source>
        <translation>Chargement des flux d&apos;événements…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Bounces by reason</source>
        <translation>Rebonds par motif</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Unique clicks</source>
        <translation>Clics uniques</translation>
    </message>
    <message>
        <source>Clicks per link</source>
        <translation>Clics par lien</translation>
    </message>
    <message>
        <source>Opens and clicks by hour</source>
        <translation>Ouvertures et clics par heure</translation>
    </message>
    <message>
        <source>Opens and clicks by day</source>
        <translation>Ouvertures et clics par jour</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exporter en &amp;PDF…</translation>
    </message>
    <message>
        <source>Loading was canceled: the numbers below are the campaign&apos;s own counts only.</source>
        <translation>Le chargement a été annulé&#xa0;: les chiffres ci-dessous ne sont que les comptages propres de la campagne.</translation>
    </message>
    <message>
        <source>This campaign is not on the server (any more): %1</source>
        <translation>Cette campagne n&apos;est pas (ou plus) sur le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>The report could not be loaded: %1</source>
        <translation>Le rapport n&apos;a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show the contacts behind this number</source>
        <translation>Afficher les contacts derrière ce chiffre</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <source>The event feeds hold the last 90 days only (since %1).</source>
        <translation>Les flux d&apos;événements ne couvrent que les 90 derniers jours (depuis le %1).</translation>
    </message>
    <message>
        <source>This campaign has older events: the campaign&apos;s own counts (right) include them, the totals, unique counts and rates do not.</source>
        <translation>Cette campagne a des événements plus anciens&#xa0;: les comptages propres de la campagne (à droite) les incluent, pas les totaux, les comptages uniques ni les taux.</translation>
    </message>
    <message>
        <source>Click a number to see the contacts behind it.</source>
        <translation>Cliquez sur un chiffre pour voir les contacts correspondants.</translation>
    </message>
    <message>
        <source>The campaign&apos;s own counts are shown while its events load.</source>
        <translation>Les comptages propres de la campagne sont affichés pendant le chargement de ses événements.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Campaign&apos;s count</source>
        <translation>Comptage de la campagne</translation>
    </message>
    <message>
        <source>As the campaign entry states it, older events included</source>
        <translation>Tel qu&apos;indiqué par la campagne, événements plus anciens compris</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, distinct contacts: %2</source>
        <translation>%1, contacts distincts&#xa0;: %2</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Distribués</translation>
    </message>
    <message>
        <source>Sends less bounces: what the rates are counted on</source>
        <translation>Envois moins les rebonds&#xa0;: la base de calcul des taux</translation>
    </message>
    <message>
        <source>Spam reports</source>
        <translation>Signalements de spam</translation>
    </message>
    <message>
        <source>The API gives only the count of spam reports, not who made them</source>
        <translation>L&apos;API ne donne que le nombre de signalements de spam, pas leurs auteurs</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Code inconnu</translation>
    </message>
    <message>
        <source>(no link given)</source>
        <translation>(aucun lien indiqué)</translation>
    </message>
    <message>
        <source>Bounces %1 (%2)</source>
        <translation>Rebonds %1 (%2)</translation>
    </message>
    <message>
        <source>unknown code</source>
        <translation>code inconnu</translation>
    </message>
    <message>
        <source>Clicks on %1</source>
        <translation>Clics sur %1</translation>
    </message>
    <message>
        <source>%1, one row per contact</source>
        <translation>%1, une ligne par contact</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 ne peut pas être écrit</translation>
    </message>
    <message>
        <source>%1: %2 in the feeds, %3 contacts; the campaign&apos;s count: %4</source>
        <translation>%1&#xa0;: %2 dans les flux, %3 contacts&#xa0;; comptage de la campagne&#xa0;: %4</translation>
    </message>
    <message>
        <source>Spam reports: %1</source>
        <translation>Signalements de spam&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delivered: %1. Open rate %2, click rate %3, bounce rate %4, opt-out rate %5.</source>
        <translation>Distribués&#xa0;: %1. Taux d&apos;ouverture %2, taux de clics %3, taux de rebond %4, taux de désinscription %5.</translation>
    </message>
    <message>
        <source>%1 clicks (%2 contacts): %3</source>
        <translation>%1 clics (%2 contacts)&#xa0;: %3</translation>
    </message>
    <message>
        <source>No links were clicked.</source>
        <translation>Aucun lien n&apos;a été cliqué.</translation>
    </message>
    <message>
        <source>%1 %2: %3 bounces (%4 contacts)</source>
        <translation>%1 %2&#xa0;: %3 rebonds (%4 contacts)</translation>
    </message>
    <message>
        <source>Nothing bounced.</source>
        <translation>Aucun rebond.</translation>
    </message>
    <message>
        <source>Export Report as CSV</source>
        <translation>Exporter le rapport en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Events kept on this computer since %1 (the server keeps 90 days).</source>
        <translation>Événements gardés sur cet ordinateur depuis le %1 (le serveur en garde 90 jours).</translation>
    </message>
    <message>
        <source>No events are kept on this computer for this campaign.</source>
        <translation>Aucun événement de cette campagne n&apos;est gardé sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Offline: this report is from the local copy of the account.</source>
        <translation>Hors ligne : ce rapport vient de la copie locale du compte.</translation>
    </message>
    <message>
        <source>The campaign&apos;s own counts (right) include older events than are kept here; the totals, unique counts and rates do not.</source>
        <translation>Les décomptes propres de la campagne (à droite) incluent des événements plus anciens que ceux gardés ici ; les totaux, décomptes uniques et taux, non.</translation>
    </message>
</context>
<context>
    <name>ctct::ui::CampaignsTab</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>The campaigns could not be loaded: %1</source>
        <translation>Les campagnes n&apos;ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Open &amp;Report</source>
        <translation>Ouvrir le &amp;rapport</translation>
    </message>
    <message>
        <source>How the selected campaign did (Enter)</source>
        <translation>Les résultats de la campagne sélectionnée (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Comparer…</translation>
    </message>
    <message>
        <source>The rates of the selected sent campaigns side by side</source>
        <translation>Les taux des campagnes envoyées sélectionnées côte à côte</translation>
    </message>
    <message>
        <source>&amp;New Draft…</source>
        <translation>&amp;Nouveau brouillon…</translation>
    </message>
    <message>
        <source>Prepare a new campaign (Ctrl+N)</source>
        <translation>Préparer une nouvelle campagne (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit Draft…</source>
        <translation>&amp;Modifier le brouillon…</translation>
    </message>
    <message>
        <source>Change the selected draft or scheduled campaign</source>
        <translation>Modifier le brouillon ou la campagne programmée sélectionné</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;upliquer…</translation>
    </message>
    <message>
        <source>A new draft with the selected campaign&apos;s settings and content</source>
        <translation>Un nouveau brouillon avec les réglages et le contenu de la campagne sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Delete Draft…</source>
        <translation>&amp;Supprimer le brouillon…</translation>
    </message>
    <message>
        <source>Delete the selected draft or scheduled campaign</source>
        <translation>Supprimer le brouillon ou la campagne programmée sélectionné</translation>
    </message>
    <message>
        <source>Search campaigns</source>
        <translation>Rechercher des campagnes</translation>
    </message>
    <message>
        <source>Name or subject (Ctrl+F)</source>
        <translation>Nom ou objet (Ctrl+F)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre d&apos;état</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>campaign status</comment>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>campaign status</comment>
        <translation>Programmée</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>campaign status</comment>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>campaign status</comment>
        <translation>Envoyée</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <source>Content preview</source>
        <translation>Aperçu du contenu</translation>
    </message>
    <message>
        <source>Select a campaign to see its settings and content.</source>
        <translation>Sélectionnez une campagne pour voir ses réglages et son contenu.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Programmée pour</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Répondre à</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Salutation</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Permission reminder</source>
        <translation>Rappel d&apos;autorisation</translation>
    </message>
    <message>
        <source>View as web page</source>
        <translation>Afficher comme page web</translation>
    </message>
    <message>
        <source>Forward link</source>
        <translation>Lien de transfert</translation>
    </message>
    <message>
        <source>Subscribe link</source>
        <translation>Lien d&apos;inscription</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Envoyée à</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>This campaign has no content of its own (a template campaign).</source>
        <translation>Cette campagne n&apos;a pas de contenu propre (campagne modèle).</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Delete Campaign</source>
        <translation>Supprimer la campagne</translation>
    </message>
    <message>
        <source>Delete the campaign %1?</source>
        <translation>Supprimer la campagne %1&#xa0;?</translation>
    </message>
    <message>
        <source>It is scheduled: deleting it also cancels the sending. This cannot be undone.</source>
        <translation>Elle est programmée&#xa0;: la supprimer annule aussi l&apos;envoi. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Its settings and content are deleted from the account. This cannot be undone.</source>
        <translation>Ses réglages et son contenu sont supprimés du compte. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>The server refused to delete it (only drafts and scheduled campaigns can be deleted): %1</source>
        <translation>Le serveur a refusé la suppression (seuls les brouillons et les campagnes programmées peuvent être supprimés)&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 n&apos;a pas pu être supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 a été supprimée.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Campaign details</source>
        <translation>Détails de la campagne</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>Pro&amp;grammer…</translation>
    </message>
    <message>
        <source>Choose when the selected draft is sent</source>
        <translation>Choisir quand le brouillon sélectionné est envoyé</translation>
    </message>
    <message>
        <source>Cancel the sending of the selected scheduled campaign; it becomes a draft</source>
        <translation>Annuler l&apos;envoi de la campagne programmée sélectionnée&#xa0;; elle redevient un brouillon</translation>
    </message>
    <message>
        <source>%1 is scheduled for %2.</source>
        <translation>%1 est programmée pour le %2.</translation>
    </message>
    <message>
        <source>Unschedule Campaign</source>
        <translation>Déprogrammer la campagne</translation>
    </message>
    <message>
        <source>Cancel the sending of %1?</source>
        <translation>Annuler l&apos;envoi de %1&#xa0;?</translation>
    </message>
    <message>
        <source>Cancel the sending of %1, scheduled for %2?</source>
        <translation>Annuler l&apos;envoi de %1, programmé pour le %2&#xa0;?</translation>
    </message>
    <message>
        <source>It becomes a draft again, with its settings and content; you can schedule it later.</source>
        <translation>Elle redevient un brouillon, avec ses réglages et son contenu&#xa0;; vous pourrez la programmer plus tard.</translation>
    </message>
    <message>
        <source>It is not scheduled any more (it may have been sent). The server said: %1</source>
        <translation>Elle n&apos;est plus programmée (elle a peut-être été envoyée). Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 could not be unscheduled: %2</source>
        <translation>%1 n&apos;a pas pu être déprogrammée&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is a draft again; it will not be sent.</source>
        <translation>%1 est de nouveau un brouillon&#xa0;; elle ne sera pas envoyée.</translation>
    </message>
    <message>
        <source>&amp;Unschedule</source>
        <translation>&amp;Déprogrammer</translation>
    </message>
    <message>
        <source>Unsc&amp;hedule…</source>
        <translation>&amp;Déprogrammer…</translation>
    </message>
</context>
<context>
    <name>ctct::ui::CheckInWindow</name>
    <message>
        <source>Not checked in: the request failed</source>
        <translation>Non pointé&#xa0;: la requête a échoué</translation>
    </message>
    <message>
        <source>No guests</source>
        <translation>Aucun invité</translation>
    </message>
    <message numerus="yes">
        <source>With %n guests</source>
        <translation>
            <numerusform>Avec %n invité</numerusform>
            <numerusform>Avec %n invités</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-in: %1</source>
        <translation>Pointage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Check-in counts</source>
        <translation>Chiffres du pointage</translation>
    </message>
    <message>
        <source>Find registrant</source>
        <translation>Chercher un inscrit</translation>
    </message>
    <message>
        <source>Name, e-mail or ticket, then Enter</source>
        <translation>Nom, e-mail ou billet, puis Entrée</translation>
    </message>
    <message>
        <source>Check-in result</source>
        <translation>Résultat du pointage</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo the last check-in (Ctrl+Z)</source>
        <translation>Annuler le dernier pointage (Ctrl+Z)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Matching registrants</source>
        <translation>Inscrits correspondants</translation>
    </message>
    <message>
        <source>Check In (Enter)</source>
        <translation>Pointer (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Print Sheet…</source>
        <translation>&amp;Imprimer la feuille…</translation>
    </message>
    <message>
        <source>A PDF of everyone registered, with a box to tick, for when the network fails</source>
        <translation>Un PDF de tous les inscrits, avec une case à cocher, pour le cas où le réseau tombe en panne</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Loading the registrants…</source>
        <translation>Chargement des inscrits…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Connect to an account first.</source>
        <translation>Connectez-vous d&apos;abord à un compte.</translation>
    </message>
    <message>
        <source>The registrants could not be loaded</source>
        <translation>Les inscrits n&apos;ont pas pu être chargés</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>No match for “%1”</source>
        <translation>Aucun résultat pour «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Not all registrants are loaded yet.</source>
        <translation>Tous les inscrits ne sont pas encore chargés.</translation>
    </message>
    <message>
        <source>Check the spelling, or try the e-mail.</source>
        <translation>Vérifiez l&apos;orthographe ou essayez l&apos;e-mail.</translation>
    </message>
    <message>
        <source>Type more, or choose one with the arrow keys and press Enter.</source>
        <translation>Tapez la suite, ou choisissez avec les flèches et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>%1 is already checked in</source>
        <translation>%1 est déjà pointé</translation>
    </message>
    <message>
        <source>%1 cancelled the registration</source>
        <translation>%1 a annulé son inscription</translation>
    </message>
    <message>
        <source>Not checked in.</source>
        <translation>Non pointé.</translation>
    </message>
    <message>
        <source>%1 did not complete the registration</source>
        <translation>%1 n&apos;a pas terminé son inscription</translation>
    </message>
    <message>
        <source>Registration status: %1. Not checked in.</source>
        <translation>État de l&apos;inscription&#xa0;: %1. Non pointé.</translation>
    </message>
    <message>
        <source>%1 is being checked in</source>
        <translation>%1 est en cours de pointage</translation>
    </message>
    <message>
        <source>Waiting for the server.</source>
        <translation>En attente du serveur.</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <source>Undoing the check-in of %1…</source>
        <translation>Annulation du pointage de %1…</translation>
    </message>
    <message>
        <source>Checking in %1…</source>
        <translation>Pointage de %1…</translation>
    </message>
    <message>
        <source>%1 is still checked in</source>
        <translation>%1 est toujours pointé</translation>
    </message>
    <message>
        <source>%1 is NOT checked in</source>
        <translation>%1 n&apos;est PAS pointé</translation>
    </message>
    <message>
        <source>Check-in of %1 undone</source>
        <translation>Pointage de %1 annulé</translation>
    </message>
    <message>
        <source>%1 is not checked in.</source>
        <translation>%1 n&apos;est pas pointé.</translation>
    </message>
    <message>
        <source>✓ %1 checked in</source>
        <translation>✓ %1 pointé</translation>
    </message>
    <message>
        <source>Print Check-in Sheet</source>
        <translation>Imprimer la feuille de pointage</translation>
    </message>
    <message>
        <source>%1 check-in sheet.pdf</source>
        <translation>%1 feuille de pointage.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the check-in sheet…</source>
        <translation>Écriture de la feuille de pointage…</translation>
    </message>
    <message>
        <source>The check-in sheet is written</source>
        <translation>La feuille de pointage est écrite</translation>
    </message>
    <message>
        <source>The check-in sheet could not be written</source>
        <translation>La feuille de pointage n&apos;a pas pu être écrite</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Checked in %1 of %2
Guests %3 of %4</source>
        <translation>Pointés %1 sur %2
Invités %3 sur %4</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln registrants so far; check-in can start.</source>
        <translation>
            <numerusform>%Ln inscrit pour l&apos;instant&#xa0;; le pointage peut commencer.</numerusform>
            <numerusform>%Ln inscrits pour l&apos;instant&#xa0;; le pointage peut commencer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registrants loaded. Type a name, an e-mail or a ticket, then Enter.</source>
        <translation>
            <numerusform>%Ln inscrit chargé. Saisissez un nom, un e-mail ou un billet, puis Entrée.</numerusform>
            <numerusform>%Ln inscrits chargés. Saisissez un nom, un e-mail ou un billet, puis Entrée.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registrants match</source>
        <translation>
            <numerusform>%Ln inscrit correspond</numerusform>
            <numerusform>%Ln inscrits correspondent</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::ui::CompareWindow</name>
    <message>
        <source>Compare Campaigns</source>
        <translation>Comparer des campagnes</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Distribués</translation>
    </message>
    <message>
        <source>Unique opens</source>
        <translation>Ouvertures uniques</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>Taux d&apos;ouverture</translation>
    </message>
    <message>
        <source>Unique clicks</source>
        <translation>Clics uniques</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Taux de clics</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Taux de rebond</translation>
    </message>
    <message>
        <source>Opt-out rate</source>
        <translation>Taux de désinscription</translation>
    </message>
    <message>
        <source>Campaigns compared</source>
        <translation>Campagnes comparées</translation>
    </message>
    <message>
        <source>Rates side by side</source>
        <translation>Taux côte à côte</translation>
    </message>
    <message>
        <source>A report could not be loaded: %1</source>
        <translation>Un rapport n&apos;a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>chargement…</translation>
    </message>
    <message>
        <source>Rates over delivered mail (sends less bounces); the bounce rate over sends. From the event feeds of the last 90 days.</source>
        <translation>Taux calculés sur les e-mails distribués (envois moins les rebonds)&#xa0;; le taux de rebond sur les envois. D&apos;après les flux d&apos;événements des 90 derniers jours.</translation>
    </message>
</context>
<context>
    <name>ctct::ui::ContactDetails</name>
    <message>
        <source>added by the account owner</source>
        <translation>ajouté par le titulaire du compte</translation>
    </message>
    <message>
        <source>by the contact</source>
        <translation>par le contact</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Détails du contact</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail format:</source>
        <translation>Format d&apos;e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Société&#xa0;:</translation>
    </message>
    <message>
        <source>Home phone:</source>
        <translation>Tél. personnel&#xa0;:</translation>
    </message>
    <message>
        <source>Work phone:</source>
        <translation>Tél. professionnel&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note&#xa0;:</translation>
    </message>
    <message>
        <source>Custom field %1:</source>
        <translation>Champ personnalisé %1&#xa0;:</translation>
    </message>
    <message>
        <source>Lists:</source>
        <translation>Listes&#xa0;:</translation>
    </message>
    <message>
        <source>Opted in:</source>
        <translation>Inscrit&#xa0;:</translation>
    </message>
    <message>
        <source>Opted out:</source>
        <translation>Désinscrit&#xa0;:</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Ajouté&#xa0;:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Mis à jour&#xa0;:</translation>
    </message>
    <message>
        <source>History (last 90 days)</source>
        <translation>Historique (90 derniers jours)</translation>
    </message>
    <message>
        <source>Campaign history</source>
        <translation>Historique des campagnes</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>L&apos;historique n&apos;a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Could not load the contact</source>
        <translation>Le contact n&apos;a pas pu être chargé</translation>
    </message>
    <message>
        <source>Could not read the contact</source>
        <translation>Le contact n&apos;a pas pu être lu</translation>
    </message>
    <message>
        <source>List %1</source>
        <translation>Liste %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1 (chargement…)</translation>
    </message>
    <message>
        <source>No campaign activity in the last 90 days.</source>
        <translation>Aucune activité de campagne ces 90 derniers jours.</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts selected</source>
        <translation>
            <numerusform>%n contact sélectionné</numerusform>
            <numerusform>%n contacts sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>Aucun contact sélectionné</translation>
    </message>
    <message>
        <source>Select a contact to see every field and its lists.</source>
        <translation>Sélectionnez un contact pour voir tous ses champs et ses listes.</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the campaign&apos;s report</source>
        <translation>Entrée ou un double-clic ouvre le rapport de la campagne</translation>
    </message>
    <message>
        <source>Open Campaign &amp;Report</source>
        <translation>Ouvrir le &amp;rapport de la campagne</translation>
    </message>
    <message>
        <source>%1 (from the local copy: the server did not answer)</source>
        <translation>%1 (depuis la copie locale : le serveur n&apos;a pas répondu)</translation>
    </message>
    <message>
        <source>Shown from the local copy: the server did not answer (%1).</source>
        <translation>Affiché depuis la copie locale : le serveur n&apos;a pas répondu (%1).</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>No campaign activity.</source>
        <translation>Aucune activité de campagne.</translation>
    </message>
</context>
<context>
    <name>ctct::ui::ContactEditor</name>
    <message>
        <source>&amp;Name These Fields…</source>
        <translation>&amp;Nommer ces champs…</translation>
    </message>
    <message>
        <source>Name the custom fields</source>
        <translation>Nommer les champs personnalisés</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>Modifier le contact</translation>
    </message>
    <message>
        <source>Loading the contact…</source>
        <translation>Chargement du contact…</translation>
    </message>
    <message>
        <source>The contact could not be loaded: %1</source>
        <translation>Le contact n&apos;a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Edit Contact — %1</source>
        <translation>Modifier le contact – %1</translation>
    </message>
    <message>
        <source>This contact opted out (Do Not Mail). The server refuses changes made by the account owner: only the contact can subscribe again.</source>
        <translation>Ce contact s&apos;est désinscrit («&#xa0;Ne pas contacter&#xa0;»). Le serveur refuse les modifications du titulaire du compte&#xa0;: seul le contact peut se réinscrire.</translation>
    </message>
    <message>
        <source>List %1</source>
        <translation>Liste %1</translation>
    </message>
    <message>
        <source>Enter an e-mail address: every contact needs one.</source>
        <translation>Saisissez une adresse e-mail&#xa0;: chaque contact en a besoin.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3 are allowed.</source>
        <translation>%1 est trop long&#xa0;: %2 caractères, %3 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>The note is too long: %1 characters, at most %2 are allowed.</source>
        <translation>La note est trop longue&#xa0;: %1 caractères, %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>Custom field %1 is too long: %2 characters, at most %3 are allowed.</source>
        <translation>Le champ personnalisé %1 est trop long&#xa0;: %2 caractères, %3 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>Tick at least one list: the API adds a new contact to a list.</source>
        <translation>Cochez au moins une liste&#xa0;: l&apos;API ajoute un nouveau contact à une liste.</translation>
    </message>
    <message>
        <source>Adding the contact…</source>
        <translation>Ajout du contact…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Another contact already has the e-mail address %1: an address can belong to only one contact of the account. The server said: %2</source>
        <translation>Un autre contact a déjà l&apos;adresse e-mail %1&#xa0;: une adresse ne peut appartenir qu&apos;à un seul contact du compte. Le serveur a répondu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server did not accept the contact. The server said: %1</source>
        <translation>Le serveur n&apos;a pas accepté le contact. Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused the change. A contact who opted out can only be subscribed again by the contact. The server said: %1</source>
        <translation>Le serveur a refusé la modification. Un contact désinscrit ne peut être réinscrit que par lui-même. Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The contact no longer exists on the server. The server said: %1</source>
        <translation>Le contact n&apos;existe plus sur le serveur. Le serveur a répondu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ctct::ui::ContactsTab</name>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts could not be loaded: %1</source>
        <translation>Les contacts n&apos;ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Nouveau contact…</translation>
    </message>
    <message>
        <source>Add a contact to the account (Ctrl+N)</source>
        <translation>Ajouter un contact au compte (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Edit Contact…</source>
        <translation>&amp;Modifier le contact…</translation>
    </message>
    <message>
        <source>Edit the selected contact (Enter)</source>
        <translation>Modifier le contact sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Opt Out…</source>
        <translation>&amp;Désinscrire…</translation>
    </message>
    <message>
        <source>Move the selected contacts to Do Not Mail</source>
        <translation>Placer les contacts sélectionnés dans «&#xa0;Ne pas contacter&#xa0;»</translation>
    </message>
    <message>
        <source>&amp;Load All Contacts</source>
        <translation>&amp;Charger tous les contacts</translation>
    </message>
    <message>
        <source>Load every contact of this view, not only the pages scrolled to</source>
        <translation>Charger tous les contacts de cette vue, pas seulement les pages déjà parcourues</translation>
    </message>
    <message>
        <source>&amp;Remove from This List</source>
        <translation>&amp;Retirer de cette liste</translation>
    </message>
    <message>
        <source>Take the selected contacts off the list shown</source>
        <translation>Retirer les contacts sélectionnés de la liste affichée</translation>
    </message>
    <message>
        <source>Remove from &amp;All Lists…</source>
        <translation>Retirer de &amp;toutes les listes…</translation>
    </message>
    <message>
        <source>Take the selected contacts off every list (status Removed; you can add them again later)</source>
        <translation>Retirer les contacts sélectionnés de toutes les listes (statut «&#xa0;Retiré&#xa0;»&#xa0;; vous pourrez les ajouter de nouveau plus tard)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>Name, e-mail or company (Ctrl+F)</source>
        <translation>Nom, e-mail ou société (Ctrl+F)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre d&apos;état</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>contact status</comment>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <comment>contact status</comment>
        <translation>Non confirmé</translation>
    </message>
    <message>
        <source>Removed</source>
        <comment>contact status</comment>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>Do Not Mail</source>
        <comment>contact status</comment>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Détails du contact</translation>
    </message>
    <message>
        <source>Loading contacts…</source>
        <translation>Chargement des contacts…</translation>
    </message>
    <message>
        <source>No loaded contact matches; looking up %1 on the server…</source>
        <translation>Aucun contact chargé ne correspond&#xa0;; recherche de %1 sur le serveur…</translation>
    </message>
    <message>
        <source>The lookup of %1 on the server failed: %2</source>
        <translation>La recherche de %1 sur le serveur a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>No contact of the account has the address %1.</source>
        <translation>Aucun contact du compte n&apos;a l&apos;adresse %1.</translation>
    </message>
    <message>
        <source>Found %1 on the server.</source>
        <translation>%1 a été trouvé sur le serveur.</translation>
    </message>
    <message numerus="yes">
        <source>Loading contacts: %n loaded…</source>
        <translation>
            <numerusform>Chargement des contacts&#xa0;: %n chargé…</numerusform>
            <numerusform>Chargement des contacts&#xa0;: %n chargés…</numerusform>
        </translation>
    </message>
    <message>
        <source>The contact was saved, but could not be loaded again: %1</source>
        <translation>Le contact a été enregistré, mais n&apos;a pas pu être rechargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Opt out %1?</source>
        <translation>Désinscrire %1&#xa0;?</translation>
    </message>
    <message numerus="yes">
        <source>Opt out %n contacts?</source>
        <translation>
            <numerusform>Désinscrire %n contact&#xa0;?</numerusform>
            <numerusform>Désinscrire %n contacts&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Opt Out</source>
        <translation>Désinscrire</translation>
    </message>
    <message>
        <source>Opted-out contacts move to Do Not Mail and leave every list; no campaign reaches them. You, the account owner, cannot undo this: only the contact can subscribe again.</source>
        <translation>Les contacts désinscrits passent dans «&#xa0;Ne pas contacter&#xa0;» et quittent toutes les listes&#xa0;; aucune campagne ne les atteint plus. Vous, titulaire du compte, ne pouvez pas l&apos;annuler&#xa0;: seul le contact peut se réinscrire.</translation>
    </message>
    <message>
        <source>Opting out…</source>
        <translation>Désinscription…</translation>
    </message>
    <message>
        <source>%1 could not be opted out: %2</source>
        <translation>%1 n&apos;a pas pu être désinscrit&#xa0;: %2</translation>
    </message>
    <message>
        <source>Adding %1 to %2</source>
        <translation>Ajout de %1 à %2</translation>
    </message>
    <message>
        <source>Removing %1 from %2</source>
        <translation>Retrait de %1 de %2</translation>
    </message>
    <message>
        <source>Remove from All Lists</source>
        <translation>Retirer de toutes les listes</translation>
    </message>
    <message>
        <source>Take %1 off every list?</source>
        <translation>Retirer %1 de toutes les listes&#xa0;?</translation>
    </message>
    <message>
        <source>They stay in the account with the status Removed and get no campaigns; you can add them to a list again later. This is not an opt-out.</source>
        <translation>Ils restent dans le compte avec le statut «&#xa0;Retiré&#xa0;» et ne reçoivent aucune campagne&#xa0;; vous pourrez les ajouter de nouveau à une liste plus tard. Ce n&apos;est pas une désinscription.</translation>
    </message>
    <message>
        <source>Removing %1 from every list</source>
        <translation>Retrait de %1 de toutes les listes</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 could not be changed. %4</source>
        <translation>%1&#xa0;: %2 sur %3 n&apos;ont pas pu être modifiés. %4</translation>
    </message>
    <message>
        <source>%1: done, %2 changed (one bulk activity).</source>
        <translation>%1&#xa0;: terminé, %2 modifiés (une activité groupée).</translation>
    </message>
    <message>
        <source>%1: done, %2 changed.</source>
        <translation>%1&#xa0;: terminé, %2 modifiés.</translation>
    </message>
    <message>
        <source>The local copy of the account could not be read: %1</source>
        <translation>La copie locale du compte n&apos;a pas pu être lue : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contacts shown</source>
        <translation>
            <numerusform>%1 sur %n contact affiché</numerusform>
            <numerusform>%1 sur %n contacts affichés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::ui::CustomFieldLabelsDialog</name>
    <message>
        <source>Custom Field Names</source>
        <translation>Noms des champs personnalisés</translation>
    </message>
    <message>
        <source>Name the custom fields the way your account uses them. The names are kept on this computer; the API stores only the values.</source>
        <translation>Nommez les champs personnalisés comme votre compte les utilise. Les noms restent sur cet ordinateur&#xa0;; l&apos;API n&apos;enregistre que les valeurs.</translation>
    </message>
    <message>
        <source>Custom field %1</source>
        <translation>Champ personnalisé %1</translation>
    </message>
    <message>
        <source>Name of custom field %1</source>
        <translation>Nom du champ personnalisé %1</translation>
    </message>
    <message>
        <source>Field %1:</source>
        <translation>Champ %1&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ctct::ui::DrillDownWindow</name>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts behind the number</source>
        <translation>Contacts derrière le chiffre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>&amp;Add to List</source>
        <translation>&amp;Ajouter à une liste</translation>
    </message>
    <message>
        <source>Add these contacts to one of the account&apos;s lists</source>
        <translation>Ajouter ces contacts à une des listes du compte</translation>
    </message>
    <message>
        <source>&amp;New List from These…</source>
        <translation>&amp;Nouvelle liste à partir de ceux-ci…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Names could not be looked up: %1</source>
        <translation>Les noms n&apos;ont pas pu être recherchés&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n contacts to %1…</source>
        <translation>
            <numerusform>Ajout de %n contact à %1…</numerusform>
            <numerusform>Ajout de %n contacts à %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts could not be added to %1; the first, %2: %3</source>
        <translation>
            <numerusform>%n contact n&apos;a pas pu être ajouté à %1&#xa0;: %2&#xa0;: %3</numerusform>
            <numerusform>%n contacts n&apos;ont pas pu être ajoutés à %1&#xa0;; le premier, %2&#xa0;: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled: %n contacts were added to %1.</source>
        <translation>
            <numerusform>Annulé&#xa0;: %n contact a été ajouté à %1.</numerusform>
            <numerusform>Annulé&#xa0;: %n contacts ont été ajoutés à %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n contacts added to %1.</source>
        <translation>
            <numerusform>Terminé&#xa0;: %n contact ajouté à %1.</numerusform>
            <numerusform>Terminé&#xa0;: %n contacts ajoutés à %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Exporter des contacts</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts written to %1.</source>
        <translation>
            <numerusform>%n contact écrit dans %1.</numerusform>
            <numerusform>%n contacts écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n&apos;a pas pu être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ctct::ui::EntryEditor</name>
    <message>
        <source>there is no connection to a server</source>
        <translation>il n&apos;y a pas de connexion à un serveur</translation>
    </message>
    <message>
        <source>the server&apos;s answer could not be read: %1</source>
        <translation>la réponse du serveur n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Ajout…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>ctct::ui::EventEditor</name>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Limite</translation>
    </message>
    <message>
        <source>Guests each</source>
        <translation>Invités par personne</translation>
    </message>
    <message>
        <source>Fee label</source>
        <translation>Libellé du tarif</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Early fee</source>
        <translation>Tarif anticipé</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>Tarif tardif</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <source>A new event starts as a draft; make it active when it is ready.</source>
        <translation>Un nouvel événement commence en brouillon&#xa0;; activez-le quand il est prêt.</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>Modifier l&apos;événement</translation>
    </message>
    <message>
        <source>Loading the event…</source>
        <translation>Chargement de l&apos;événement…</translation>
    </message>
    <message>
        <source>The event could not be loaded: %1</source>
        <translation>L&apos;événement n&apos;a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>An event needs a name.</source>
        <translation>Un événement doit avoir un nom.</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>L&apos;événement se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Line %1 of the registration types has no type name.</source>
        <translation>La ligne %1 des types d&apos;inscription n&apos;a pas de nom de type.</translation>
    </message>
    <message>
        <source>Line %1: the limits must be whole numbers.</source>
        <translation>Ligne %1&#xa0;: les limites doivent être des nombres entiers.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not an amount (write it like 25.00).</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un montant (écrivez-le comme 25.00).</translation>
    </message>
    <message>
        <source>PayPal needs the e-mail address of the PayPal account.</source>
        <translation>PayPal a besoin de l&apos;adresse e-mail du compte PayPal.</translation>
    </message>
    <message>
        <source>Cheques need the address they are sent to.</source>
        <translation>Les chèques ont besoin de l&apos;adresse où les envoyer.</translation>
    </message>
    <message>
        <source>A fee is required, but no registration type has a fee.</source>
        <translation>Un tarif est obligatoire, mais aucun type d&apos;inscription n&apos;a de tarif.</translation>
    </message>
    <message>
        <source>A fee is required: choose its currency.</source>
        <translation>Un tarif est obligatoire&#xa0;: choisissez sa devise.</translation>
    </message>
    <message>
        <source>A fee is required: choose at least one way to pay.</source>
        <translation>Un tarif est obligatoire&#xa0;: choisissez au moins un moyen de paiement.</translation>
    </message>
    <message>
        <source>The server did not accept the event. The server said: %1</source>
        <translation>Le serveur n&apos;a pas accepté l&apos;événement. Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The event is no longer on the server. The server said: %1</source>
        <translation>L&apos;événement n&apos;est plus sur le serveur. Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>This server does not let events be created or changed through the API. The server said: %1</source>
        <translation>Ce serveur ne permet pas de créer ou de modifier des événements par l&apos;API. Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>St&amp;arts (%1):</source>
        <translation>&amp;Début (%1)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Ends (%1):</source>
        <translation>&amp;Fin (%1)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ctct::ui::EventsTab</name>
    <message>
        <source>The events could not be loaded: %1</source>
        <translation>Les événements n&apos;ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The registrants of %1 could not be loaded: %2</source>
        <translation>Les inscrits de %1 n&apos;ont pas pu être chargés&#xa0;: %2</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <source>Create an event (Ctrl+N); it starts as a draft</source>
        <translation>Créer un événement (Ctrl+N)&#xa0;; il commence en brouillon</translation>
    </message>
    <message>
        <source>&amp;Edit Event…</source>
        <translation>&amp;Modifier l&apos;événement…</translation>
    </message>
    <message>
        <source>Change the selected event</source>
        <translation>Modifier l&apos;événement sélectionné</translation>
    </message>
    <message>
        <source>E&amp;xport Registrants…</source>
        <translation>E&amp;xporter les inscrits…</translation>
    </message>
    <message>
        <source>The registrants of the selected event, with guests, attendance and payment, as CSV</source>
        <translation>Les inscrits de l&apos;événement sélectionné, avec invités, présence et paiement, en CSV</translation>
    </message>
    <message>
        <source>Check-&amp;In Mode</source>
        <translation>Mode p&amp;ointage</translation>
    </message>
    <message>
        <source>Check registrants of the selected event in at the door (Ctrl+Shift+K)</source>
        <translation>Pointer les inscrits de l&apos;événement sélectionné à l&apos;entrée (Ctrl+Maj+K)</translation>
    </message>
    <message>
        <source>Set &amp;Payment Status</source>
        <translation>&amp;État du paiement</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Rechercher des événements</translation>
    </message>
    <message>
        <source>Title, name or place (Ctrl+F)</source>
        <translation>Titre, nom ou lieu (Ctrl+F)</translation>
    </message>
    <message>
        <source>Event status filter</source>
        <translation>Filtre d&apos;état des événements</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Re&amp;gistrants:</source>
        <translation>&amp;Inscrits&#xa0;:</translation>
    </message>
    <message>
        <source>Search registrants</source>
        <translation>Rechercher des inscrits</translation>
    </message>
    <message>
        <source>Name or e-mail</source>
        <translation>Nom ou e-mail</translation>
    </message>
    <message>
        <source>Registration status filter</source>
        <translation>Filtre d&apos;état des inscriptions</translation>
    </message>
    <message>
        <source>Any registration</source>
        <translation>Toutes les inscriptions</translation>
    </message>
    <message>
        <source>Attendance filter</source>
        <translation>Filtre de présence</translation>
    </message>
    <message>
        <source>Any attendance</source>
        <translation>Toute présence</translation>
    </message>
    <message>
        <source>Payment status filter</source>
        <translation>Filtre d&apos;état du paiement</translation>
    </message>
    <message>
        <source>Any payment</source>
        <translation>Tout paiement</translation>
    </message>
    <message>
        <source>Registrants</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Registrant details</source>
        <translation>Détails de l&apos;inscrit</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n registrants)</source>
        <translation>
            <numerusform>%1&#xa0;: %2 (%n inscrit)</numerusform>
            <numerusform>%1&#xa0;: %2 (%n inscrits)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No amounts known yet.</source>
        <translation>Aucun montant connu pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Amounts: %1</source>
        <translation>Montants&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n registrants still being read)</source>
        <translation>
            <numerusform>(%n inscrit encore en lecture)</numerusform>
            <numerusform>(%n inscrits encore en lecture)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n registrants without an amount)</source>
        <translation>
            <numerusform>(%n inscrit sans montant)</numerusform>
            <numerusform>(%n inscrits sans montant)</numerusform>
        </translation>
    </message>
    <message>
        <source>The event could not be loaded: %1</source>
        <translation>L&apos;événement n&apos;a pas pu être chargé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select an event to see its details and its registrants.</source>
        <translation>Sélectionnez un événement pour voir ses détails et ses inscrits.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Registration page</source>
        <translation>Page d&apos;inscription</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Présents</translation>
    </message>
    <message numerus="yes">
        <source>up to %n registrants</source>
        <translation>
            <numerusform>jusqu&apos;à %n inscrit</numerusform>
            <numerusform>jusqu&apos;à %n inscrits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guests each</source>
        <translation>
            <numerusform>%n invité par personne</numerusform>
            <numerusform>%n invités par personne</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation>fermé</translation>
    </message>
    <message>
        <source>early %1</source>
        <translation>anticipé %1</translation>
    </message>
    <message>
        <source>late %1</source>
        <translation>tardif %1</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Registration types</source>
        <translation>Types d&apos;inscription</translation>
    </message>
    <message>
        <source>Fee required</source>
        <translation>Tarif obligatoire</translation>
    </message>
    <message>
        <source>yes, in %1</source>
        <translation>oui, en %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>PayPal to %1</source>
        <translation>PayPal à %1</translation>
    </message>
    <message>
        <source>Cheque by post to %1</source>
        <translation>Chèque par courrier à %1</translation>
    </message>
    <message>
        <source>At the door</source>
        <translation>À l&apos;entrée</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>The guests could not be loaded: %1</source>
        <translation>Les invités n&apos;ont pas pu être chargés&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select a registrant to see the details, the costs and the guests.</source>
        <translation>Sélectionnez un inscrit pour voir les détails, les coûts et les invités.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Inscrit le</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Billet</translation>
    </message>
    <message>
        <source>Loading the details…</source>
        <translation>Chargement des détails…</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>Informations personnelles</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Business information</source>
        <translation>Informations professionnelles</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Coûts</translation>
    </message>
    <message>
        <source>Fee type</source>
        <translation>Type de tarif</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Montant&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Guests (%n)</source>
        <translation>
            <numerusform>Invités (%n)</numerusform>
            <numerusform>Invités (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No guests.</source>
        <translation>Aucun invité.</translation>
    </message>
    <message>
        <source>Loading the guests…</source>
        <translation>Chargement des invités…</translation>
    </message>
    <message>
        <source>Record a Refund</source>
        <translation>Enregistrer un remboursement</translation>
    </message>
    <message>
        <source>Cancel the Payment</source>
        <translation>Annuler le paiement</translation>
    </message>
    <message>
        <source>Record that %1 was refunded?</source>
        <translation>Enregistrer que %1 a été remboursé&#xa0;?</translation>
    </message>
    <message>
        <source>Record the payment of %1 as cancelled?</source>
        <translation>Enregistrer le paiement de %1 comme annulé&#xa0;?</translation>
    </message>
    <message>
        <source>This only records the payment status in the account; no money is moved.</source>
        <translation>Cela n&apos;enregistre que l&apos;état du paiement dans le compte&#xa0;; aucun argent n&apos;est transféré.</translation>
    </message>
    <message>
        <source>Record &amp;Refund</source>
        <translation>Enregistrer le &amp;remboursement</translation>
    </message>
    <message>
        <source>Record &amp;Cancellation</source>
        <translation>Enregistrer l&apos;&amp;annulation</translation>
    </message>
    <message>
        <source>The payment status of %1 could not be set: %2</source>
        <translation>L&apos;état du paiement de %1 n&apos;a pas pu être défini&#xa0;: %2</translation>
    </message>
    <message>
        <source>The payment of %1 is now recorded as %2.</source>
        <translation>Le paiement de %1 est maintenant enregistré comme %2.</translation>
    </message>
    <message>
        <source>Export Registrants</source>
        <translation>Exporter les inscrits</translation>
    </message>
    <message>
        <source>%1 registrants.csv</source>
        <translation>%1 inscrits.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The event %1 was created as a draft.</source>
        <translation>L&apos;événement %1 a été créé en brouillon.</translation>
    </message>
    <message>
        <source>&amp;Pending</source>
        <comment>payment status</comment>
        <translation>&amp;En attente</translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <comment>payment status</comment>
        <translation>&amp;Payé</translation>
    </message>
    <message>
        <source>C&amp;ancelled</source>
        <comment>payment status</comment>
        <translation>A&amp;nnulé</translation>
    </message>
    <message>
        <source>&amp;Refunded</source>
        <comment>payment status</comment>
        <translation>&amp;Remboursé</translation>
    </message>
    <message>
        <source>Event settings</source>
        <translation>Réglages de l&apos;événement</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Détails de l&apos;événement</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>Ouvrir %1 dans le navigateur</translation>
    </message>
</context>
<context>
    <name>ctct::ui::ExportDialog</name>
    <message>
        <source>Opt-in &amp;date</source>
        <translation>&amp;Date d&apos;inscription</translation>
    </message>
    <message>
        <source>Opt-in &amp;source</source>
        <translation>&amp;Source de l&apos;inscription</translation>
    </message>
    <message>
        <source>List &amp;name</source>
        <translation>&amp;Nom de la liste</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Exporter des contacts</translation>
    </message>
    <message>
        <source>The e-mail address is always exported.</source>
        <translation>L&apos;adresse e-mail est toujours exportée.</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Toutes</translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation>A&amp;ucune</translation>
    </message>
    <message>
        <source>By e-mail address</source>
        <translation>Par adresse e-mail</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Les plus récents d&apos;abord</translation>
    </message>
    <message>
        <source>CSV (comma-separated)</source>
        <translation>CSV (séparé par des virgules)</translation>
    </message>
    <message>
        <source>TXT (tab-separated)</source>
        <translation>TXT (séparé par des tabulations)</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste&#xa0;:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Colonnes&#xa0;:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Inclure&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>The lists could not be loaded: %1</source>
        <translation>Les listes n&apos;ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (system list)</source>
        <translation>%1 (liste système)</translation>
    </message>
    <message>
        <source>Choose the list to export.</source>
        <translation>Choisissez la liste à exporter.</translation>
    </message>
    <message>
        <source>Asking the server for the export of %1…</source>
        <translation>Demande de l&apos;export de %1 au serveur…</translation>
    </message>
    <message>
        <source>The export could not be started: %1</source>
        <translation>L&apos;export n&apos;a pas pu être lancé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server is exporting %1 (%2)…</source>
        <translation>Le serveur exporte %1 (%2)…</translation>
    </message>
    <message>
        <source>The export of %1</source>
        <translation>L&apos;export de %1</translation>
    </message>
    <message>
        <source>The export could not be followed: %1. It goes on on the server: see the Activities tab.</source>
        <translation>L&apos;export n&apos;a pas pu être suivi&#xa0;: %1. Il continue sur le serveur&#xa0;: voir l&apos;onglet Activités.</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Export de %1</translation>
    </message>
    <message>
        <source>The server ended the export in %1.</source>
        <translation>Le serveur a terminé l&apos;export en %1.</translation>
    </message>
    <message>
        <source>The server ended the export in %1: %2</source>
        <translation>Le serveur a terminé l&apos;export en %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>The export is ready (%n contacts).</source>
        <translation>
            <numerusform>L&apos;export est prêt (%n contact).</numerusform>
            <numerusform>L&apos;export est prêt (%n contacts).</numerusform>
        </translation>
    </message>
    <message>
        <source>The export is ready; it can be saved later from the Activities tab.</source>
        <translation>L&apos;export est prêt&#xa0;; il pourra être enregistré plus tard depuis l&apos;onglet Activités.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>Enregistré dans %1.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 n&apos;a pas pu être enregistré&#xa0;: %2</translation>
    </message>
    <message>
        <source>No longer followed here: the export goes on on the server (see the Activities tab).</source>
        <translation>N&apos;est plus suivi ici&#xa0;: l&apos;export continue sur le serveur (voir l&apos;onglet Activités).</translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation>Colonnes à exporter</translation>
    </message>
    <message>
        <source>O&amp;rder:</source>
        <translation>&amp;Ordre&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ctct::ui::Failure</name>
    <message>
        <source>The server refused the change: it conflicts with what the account holds already. The server said: %1</source>
        <translation>Le serveur a refusé la modification&#xa0;: elle entre en conflit avec le contenu actuel du compte. Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not accept the input. The server said: %1</source>
        <translation>Le serveur n&apos;a pas accepté la saisie. Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server refused the change. The server said: %1</source>
        <translation>Le serveur a refusé la modification. Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>It no longer exists on the server. The server said: %1</source>
        <translation>Cela n&apos;existe plus sur le serveur. Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not accept the account&apos;s credentials. The server said: %1</source>
        <translation>Le serveur n&apos;a pas accepté les identifiants du compte. Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server does not support this request. The server said: %1</source>
        <translation>Le serveur ne prend pas en charge cette requête. Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time (%1). Nothing is lost here: try again.</source>
        <translation>Le serveur n&apos;a pas répondu à temps (%1). Rien n&apos;est perdu ici&#xa0;: réessayez.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Le serveur est injoignable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>La connexion sécurisée au serveur a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server had a problem and could not answer: %1. Try again in a moment.</source>
        <translation>Le serveur a rencontré un problème et n&apos;a pas pu répondre&#xa0;: %1. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Nothing was sent, so nothing was lost: %1</source>
        <translation>Rien n&apos;a été envoyé, donc rien n&apos;est perdu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>La réponse du serveur n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server sent the request to another address, which this app never follows so that your credentials go nowhere else; check the server address of the account. %1</source>
        <translation>Le serveur a redirigé la requête vers une autre adresse, ce que cette application ne suit jamais pour que vos identifiants n&apos;aillent nulle part ailleurs&#xa0;; vérifiez l&apos;adresse du serveur du compte. %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than this app accepts, so it was not read: %1</source>
        <translation>La réponse du serveur dépassait ce que cette application accepte, elle n&apos;a donc pas été lue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
</context>
<context>
    <name>ctct::ui::FilterRow</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
</context>
<context>
    <name>ctct::ui::ImportWizard</name>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Remove Contacts from Lists</source>
        <translation>Retirer des contacts de listes</translation>
    </message>
    <message>
        <source>The lists could not be loaded: %1</source>
        <translation>Les listes n&apos;ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The File</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>A CSV or text file with an e-mail column, as Excel, Outlook, Google, Apple or any other program writes it. Check that the columns below look right.</source>
        <translation>Un fichier CSV ou texte avec une colonne d&apos;e-mails, tel qu&apos;Excel, Outlook, Google, Apple ou tout autre programme l&apos;écrit. Vérifiez que les colonnes ci-dessous sont correctes.</translation>
    </message>
    <message>
        <source>A CSV or text file with the e-mail addresses of the contacts to take off lists.</source>
        <translation>Un fichier CSV ou texte avec les adresses e-mail des contacts à retirer des listes.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Tel que détecté</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>Sépa&amp;rateur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>Fichiers CSV et texte (*.csv *.txt *.tsv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>The file cannot be read: line %1: %2</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Le fichier ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3, %4-separated, %5 columns. The first rows:</source>
        <translation>%1 (%2)&#xa0;: %3, séparateur %4, %5 colonnes. Les premières lignes&#xa0;:</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>Le fichier est vide&#xa0;: il n&apos;a pas de ligne d&apos;en-tête.</translation>
    </message>
    <message>
        <source>The Columns</source>
        <translation>Les colonnes</translation>
    </message>
    <message>
        <source>Which column of the file goes into which field of a contact. Columns that match no field, or could mean two, are left out unless you choose a field for them.</source>
        <translation>Quelle colonne du fichier va dans quel champ d&apos;un contact. Les colonnes qui ne correspondent à aucun champ, ou pourraient en désigner deux, sont ignorées sauf si vous leur choisissez un champ.</translation>
    </message>
    <message>
        <source>Only the e-mail column is needed to take contacts off lists.</source>
        <translation>Seule la colonne des e-mails est nécessaire pour retirer des contacts de listes.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importée comme</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Remember these choices for files with the same columns</source>
        <translation>&amp;Mémoriser ces choix pour les fichiers ayant les mêmes colonnes</translation>
    </message>
    <message>
        <source>(left out)</source>
        <translation>(ignorée)</translation>
    </message>
    <message>
        <source>Imported as, for column %1</source>
        <translation>Importée comme, pour la colonne %1</translation>
    </message>
    <message>
        <source>Your saved choices for files with these columns are applied.</source>
        <translation>Vos choix enregistrés pour les fichiers ayant ces colonnes sont appliqués.</translation>
    </message>
    <message>
        <source>Every column is imported.</source>
        <translation>Toutes les colonnes sont importées.</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Ignorées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Choose the column that holds the e-mail addresses: without it nothing can be imported.</source>
        <translation>Choisissez la colonne qui contient les adresses e-mail&#xa0;: sans elle, rien ne peut être importé.</translation>
    </message>
    <message>
        <source>The Lists</source>
        <translation>Les listes</translation>
    </message>
    <message>
        <source>The lists the contacts are added to (one or more).</source>
        <translation>Les listes auxquelles les contacts sont ajoutés (une ou plusieurs).</translation>
    </message>
    <message>
        <source>The lists the contacts are taken off (one or more).</source>
        <translation>Les listes dont les contacts sont retirés (une ou plusieurs).</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>The Rows</source>
        <translation>Les lignes</translation>
    </message>
    <message>
        <source>Every row is checked before anything is sent. Rejected rows are not sent; the others go in activities of up to 40,000 rows.</source>
        <translation>Chaque ligne est vérifiée avant tout envoi. Les lignes refusées ne sont pas envoyées&#xa0;; les autres partent dans des activités de 40 000 lignes au plus.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Show only the &amp;rejected rows</source>
        <translation>Afficher seulement les lignes &amp;refusées</translation>
    </message>
    <message>
        <source>Check Against the &amp;Account</source>
        <translation>&amp;Vérifier auprès du compte</translation>
    </message>
    <message>
        <source>Asks the account which rows make new contacts, which update existing ones and which are on the Do Not Mail list. Nothing is changed.</source>
        <translation>Demande au compte quelles lignes créent de nouveaux contacts, lesquelles mettent à jour des contacts existants et lesquelles sont sur la liste «&#xa0;Ne pas contacter&#xa0;». Rien n&apos;est modifié.</translation>
    </message>
    <message>
        <source>Save Rejected Rows…</source>
        <translation>Enregistrer les lignes refusées…</translation>
    </message>
    <message>
        <source>Checking the rows of %1…</source>
        <translation>Vérification des lignes de %1…</translation>
    </message>
    <message>
        <source>Checking was cancelled: go back and forth to check again.</source>
        <translation>La vérification a été annulée&#xa0;: revenez en arrière puis avancez pour vérifier de nouveau.</translation>
    </message>
    <message>
        <source>The rows cannot be checked: %1</source>
        <translation>Les lignes ne peuvent pas être vérifiées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rows in the file.</source>
        <translation>
            <numerusform>%n ligne dans le fichier.</numerusform>
            <numerusform>%n lignes dans le fichier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be sent</source>
        <translation>
            <numerusform>%n sera envoyée</numerusform>
            <numerusform>%n seront envoyées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be taken off the lists</source>
        <translation>
            <numerusform>%n sera retiré des listes</numerusform>
            <numerusform>%n seront retirés des listes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(in %n activities).</source>
        <translation>
            <numerusform>(en %n activité).</numerusform>
            <numerusform>(en %n activités).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected before sending: %1.</source>
        <translation>
            <numerusform>%n refusée avant l&apos;envoi&#xa0;: %1.</numerusform>
            <numerusform>%n refusées avant l&apos;envoi&#xa0;: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns left out: %1.</source>
        <translation>Colonnes ignorées&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No row can be sent.</source>
        <translation>Aucune ligne ne peut être envoyée.</translation>
    </message>
    <message>
        <source>Reading the addresses…</source>
        <translation>Lecture des adresses…</translation>
    </message>
    <message>
        <source>The addresses cannot be read again: %1</source>
        <translation>Les adresses ne peuvent pas être relues&#xa0;: %1</translation>
    </message>
    <message>
        <source>Checking against the account: %1 of %2 addresses…</source>
        <translation>Vérification auprès du compte&#xa0;: %1 adresses sur %2…</translation>
    </message>
    <message>
        <source>In the account: %1 new contacts, %2 updates of existing contacts, %3 with no effect (on the Do Not Mail list: an import does not subscribe them again).</source>
        <translation>Dans le compte&#xa0;: %1 nouveaux contacts, %2 mises à jour de contacts existants, %3 sans effet (sur la liste «&#xa0;Ne pas contacter&#xa0;»&#xa0;: un import ne les réinscrit pas).</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>The account could not be checked: %1</source>
        <translation>La vérification auprès du compte a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Retrait</translation>
    </message>
    <message>
        <source>You can go on working meanwhile, and close this window: the status bar shows the progress, and the message bar says when it is done.</source>
        <translation>Vous pouvez continuer à travailler et fermer cette fenêtre&#xa0;: la barre d&apos;état affiche la progression et la barre de messages indique la fin.</translation>
    </message>
    <message>
        <source>&amp;Stop After This Batch</source>
        <translation>&amp;Arrêter après ce lot</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>The import of %1</source>
        <translation>L&apos;import de %1</translation>
    </message>
    <message>
        <source>The removal of %1</source>
        <translation>Le retrait de %1</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Import de %1</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>Retrait de %1</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message numerus="yes">
        <source>Stopping: no more batches are sent; waiting for the server to finish the %n sent.</source>
        <translation>
            <numerusform>Arrêt&#xa0;: plus aucun lot n&apos;est envoyé&#xa0;; attente de la fin du lot envoyé par le serveur.</numerusform>
            <numerusform>Arrêt&#xa0;: plus aucun lot n&apos;est envoyé&#xa0;; attente de la fin des %n lots envoyés par le serveur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 of %2 sent, %3 finished by the server.</source>
        <translation>Lot %1 sur %2 envoyé, %3 terminés par le serveur.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows in the file:</source>
        <translation>
            <numerusform>%n ligne dans le fichier&#xa0;:</numerusform>
            <numerusform>%n lignes dans le fichier&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added or updated</source>
        <translation>%1 ajoutées ou mises à jour</translation>
    </message>
    <message>
        <source>%1 taken off the lists</source>
        <translation>%1 retirées des listes</translation>
    </message>
    <message>
        <source>%1 rejected before sending</source>
        <translation>%1 refusées avant l&apos;envoi</translation>
    </message>
    <message>
        <source>%1 rejected by the server</source>
        <translation>%1 refusées par le serveur</translation>
    </message>
    <message>
        <source>%1 not sent (the import stopped before them)</source>
        <translation>%1 non envoyées (l&apos;import s&apos;est arrêté avant)</translation>
    </message>
    <message>
        <source>%1 sent, with the server&apos;s verdict unknown (see the Activities tab)</source>
        <translation>%1 envoyées, verdict du serveur inconnu (voir l&apos;onglet Activités)</translation>
    </message>
    <message>
        <source>%1 sent, waiting for the server</source>
        <translation>%1 envoyées, en attente du serveur</translation>
    </message>
    <message>
        <source>Batch %1 was not sent: %2</source>
        <translation>Le lot %1 n&apos;a pas été envoyé&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file could not be read again: %1</source>
        <translation>Le fichier n&apos;a pas pu être relu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The activities could not be followed to their end: %1</source>
        <translation>Les activités n&apos;ont pas pu être suivies jusqu&apos;à leur fin&#xa0;: %1</translation>
    </message>
    <message>
        <source>Import of %1: %2 of %3 rows added or updated, %4 rejected.</source>
        <translation>Import de %1&#xa0;: %2 lignes sur %3 ajoutées ou mises à jour, %4 refusées.</translation>
    </message>
    <message>
        <source>Removal of %1: %2 of %3 rows taken off the lists, %4 rejected.</source>
        <translation>Retrait de %1&#xa0;: %2 lignes sur %3 retirées des listes, %4 refusées.</translation>
    </message>
    <message>
        <source>Show &amp;Summary</source>
        <translation>Afficher le &amp;résumé</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-refusees</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Enregistrer les lignes refusées</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The rejected rows could not be saved: %1</source>
        <translation>Les lignes refusées n&apos;ont pas pu être enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Les premières lignes du fichier</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Correspondance des colonnes</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>New &amp;List…</source>
        <translation>Nouvelle &amp;liste…</translation>
    </message>
    <message>
        <source>Rows and their verdicts</source>
        <translation>Lignes et leurs verdicts</translation>
    </message>
</context>
<context>
    <name>ctct::ui::ListDialog</name>
    <message>
        <source>New List</source>
        <translation>Nouvelle liste</translation>
    </message>
    <message>
        <source>List Properties</source>
        <translation>Propriétés de la liste</translation>
    </message>
    <message>
        <source>Loading the list…</source>
        <translation>Chargement de la liste…</translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>La liste n&apos;a pas pu être chargée&#xa0;: %1</translation>
    </message>
    <message>
        <source>A list needs a name.</source>
        <translation>Une liste doit avoir un nom.</translation>
    </message>
    <message>
        <source>Another list is already called &quot;%1&quot;; list names must differ. The server said: %2</source>
        <translation>Une autre liste s&apos;appelle déjà «&#xa0;%1&#xa0;»&#xa0;; les noms de liste doivent être différents. Le serveur a répondu&#xa0;: %2</translation>
    </message>
    <message>
        <source>This list cannot be changed. The server said: %1</source>
        <translation>Cette liste ne peut pas être modifiée. Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server did not accept the list. The server said: %1</source>
        <translation>Le serveur n&apos;a pas accepté la liste. Le serveur a répondu&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ctct::ui::ListsModel</name>
    <message>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Retirés</translation>
    </message>
    <message>
        <source>Do Not Mail</source>
        <translation>Ne pas contacter</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n members</source>
        <translation>
            <numerusform>%1&#xa0;: %n membre</numerusform>
            <numerusform>%1&#xa0;: %n membres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::ui::ListsSidebar</name>
    <message>
        <source>&amp;Lists</source>
        <translation>&amp;Listes</translation>
    </message>
    <message>
        <source>New &amp;List…</source>
        <translation>Nouvelle &amp;liste…</translation>
    </message>
    <message>
        <source>List &amp;Properties…</source>
        <translation>&amp;Propriétés de la liste…</translation>
    </message>
    <message>
        <source>&amp;Delete List…</source>
        <translation>&amp;Supprimer la liste…</translation>
    </message>
    <message>
        <source>&amp;Import into List…</source>
        <translation>&amp;Importer dans la liste…</translation>
    </message>
    <message>
        <source>E&amp;xport List…</source>
        <translation>E&amp;xporter la liste…</translation>
    </message>
    <message>
        <source>&amp;Clear List…</source>
        <translation>&amp;Vider la liste…</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <source>Rename the list or change how sign-up forms show it</source>
        <translation>Renommer la liste ou changer son affichage dans les formulaires d&apos;inscription</translation>
    </message>
    <message>
        <source>Add the contacts of a CSV file to this list (or drop the file on it)</source>
        <translation>Ajouter les contacts d&apos;un fichier CSV à cette liste (ou y déposer le fichier)</translation>
    </message>
    <message>
        <source>Take every contact off this list; the contacts stay in the account</source>
        <translation>Retirer tous les contacts de cette liste&#xa0;; les contacts restent dans le compte</translation>
    </message>
    <message>
        <source>The lists could not be loaded: %1</source>
        <translation>Les listes n&apos;ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message>
        <source>its members</source>
        <translation>ses membres</translation>
    </message>
    <message>
        <source>Delete List</source>
        <translation>Supprimer la liste</translation>
    </message>
    <message>
        <source>Delete the list &quot;%1&quot; with %2?</source>
        <translation>Supprimer la liste «&#xa0;%1&#xa0;» avec %2&#xa0;?</translation>
    </message>
    <message>
        <source>The contacts stay in the account; they only leave this list. Campaigns that were sent to it keep their reports.</source>
        <translation>Les contacts restent dans le compte&#xa0;; ils quittent seulement cette liste. Les campagnes qui lui ont été envoyées gardent leurs rapports.</translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; could not be deleted: %2</source>
        <translation>La liste «&#xa0;%1&#xa0;» n&apos;a pas pu être supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; was deleted.</source>
        <translation>La liste «&#xa0;%1&#xa0;» a été supprimée.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Vider la liste</translation>
    </message>
    <message numerus="yes">
        <source>Take all %n contacts off the list &quot;%1&quot;?</source>
        <translation>
            <numerusform>Retirer le contact de la liste «&#xa0;%1&#xa0;»&#xa0;?</numerusform>
            <numerusform>Retirer les %n contacts de la liste «&#xa0;%1&#xa0;»&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Take every contact off the list &quot;%1&quot;?</source>
        <translation>Retirer tous les contacts de la liste «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>The contacts stay in the account and on their other lists; the list stays, empty. This runs as a bulk activity on the server and cannot be undone.</source>
        <translation>Les contacts restent dans le compte et sur leurs autres listes&#xa0;; la liste reste, vide. Cela s&apos;exécute comme une activité groupée sur le serveur et ne peut pas être annulé.</translation>
    </message>
    <message>
        <source>Clearing the list &quot;%1&quot;</source>
        <translation>Vidage de la liste «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; could not be cleared: %2</source>
        <translation>La liste «&#xa0;%1&#xa0;» n&apos;a pas pu être vidée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The server ended the clearing of &quot;%1&quot; in %2.</source>
        <translation>Le serveur a terminé le vidage de «&#xa0;%1&#xa0;» en %2.</translation>
    </message>
    <message numerus="yes">
        <source>The list &quot;%1&quot; was cleared: %n contacts taken off.</source>
        <translation>
            <numerusform>La liste «&#xa0;%1&#xa0;» a été vidée&#xa0;: %n contact retiré.</numerusform>
            <numerusform>La liste «&#xa0;%1&#xa0;» a été vidée&#xa0;: %n contacts retirés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clearing of &quot;%1&quot; could not be followed: %2. See the Activities tab.</source>
        <translation>Le vidage de «&#xa0;%1&#xa0;» n&apos;a pas pu être suivi&#xa0;: %2. Voir l&apos;onglet Activités.</translation>
    </message>
</context>
<context>
    <name>ctct::ui::MainWindow</name>
    <message>
        <source>CTCT Account Manager</source>
        <translation>Gestionnaire de compte CTCT</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Connect to Constant Contact…</source>
        <translation>Se &amp;connecter à Constant Contact…</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>C&amp;ompte</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <source>Add or update contacts from a CSV file (or drop the file on the window)</source>
        <translation>Ajouter ou mettre à jour des contacts depuis un fichier CSV (ou déposer le fichier sur la fenêtre)</translation>
    </message>
    <message>
        <source>&amp;Remove Contacts from Lists…</source>
        <translation>&amp;Retirer des contacts de listes…</translation>
    </message>
    <message>
        <source>Take the contacts of a CSV file off lists</source>
        <translation>Retirer les contacts d&apos;un fichier CSV de listes</translation>
    </message>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation>E&amp;xporter des contacts…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Load what this tab shows from the server again (F5)</source>
        <translation>Recharger depuis le serveur ce qu&apos;affiche cet onglet (F5)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About CTCT Account Manager</source>
        <translation>À &amp;propos du Gestionnaire de compte CTCT</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 — CTCT Account Manager</source>
        <translation>%1 – Gestionnaire de compte CTCT</translation>
    </message>
    <message numerus="yes">
        <source>%n requests in flight</source>
        <translation>
            <numerusform>%n requête en cours</numerusform>
            <numerusform>%n requêtes en cours</numerusform>
        </translation>
    </message>
    <message>
        <source>No requests in flight</source>
        <translation>Aucune requête en cours</translation>
    </message>
    <message>
        <source>About CTCT Account Manager</source>
        <translation>À propos du Gestionnaire de compte CTCT</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>Afficher la &amp;barre d&apos;outils</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CTCT Account Manager %1&lt;/h3&gt;&lt;p&gt;A desktop account manager for Constant Contact&apos;s web-services API.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Made by the ctct-manager developers. Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gestionnaire de compte CTCT %1&lt;/h3&gt;&lt;p&gt;Un gestionnaire de compte de bureau pour l&apos;API de services web de Constant Contact.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2, exécuté avec Qt %3.&lt;/p&gt;&lt;p&gt;Réalisé par les développeurs de ctct-manager. Distribué sous la licence publique générale GNU, version 3 ou ultérieure.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Home page: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Site web&#xa0;: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ctct::ui::MessageBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Message icon</source>
        <translation>Icône du message</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>ctct::ui::PreferencesDialog</name>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>The names of the custom fields are kept for each account; these are the names of %1.</source>
        <translation>Les noms des champs personnalisés sont propres à chaque compte&#xa0;; voici ceux de %1.</translation>
    </message>
    <message>
        <source>Name the custom fields of %1</source>
        <translation>Nommer les champs personnalisés de %1</translation>
    </message>
    <message>
        <source>Empty: the default folder, which ctct --sandbox uses too. A new folder is used at once; demo data is made there when it has none.</source>
        <translation>Vide&#xa0;: le dossier par défaut, qu&apos;utilise aussi ctct --sandbox. Un nouveau dossier s&apos;applique aussitôt&#xa0;; s&apos;il est vide, des données de démonstration y sont créées.</translation>
    </message>
    <message>
        <source>This run uses the folder given on the command line; the folder set here applies to starts without one.</source>
        <translation>Cette exécution utilise le dossier indiqué en ligne de commande&#xa0;; le dossier réglé ici s&apos;applique aux démarrages sans indication.</translation>
    </message>
    <message>
        <source>Reset the demo data of the sandbox</source>
        <translation>Réinitialiser les données de démonstration du bac à sable</translation>
    </message>
    <message>
        <source>The sandbox keeps its data in memory this time: every start has fresh demo data.</source>
        <translation>Le bac à sable garde cette fois ses données en mémoire&#xa0;: chaque démarrage a des données de démonstration neuves.</translation>
    </message>
    <message>
        <source>Deletes the sandbox&apos;s data in %1 and makes the demo data anew.</source>
        <translation>Supprime les données du bac à sable dans %1 et recrée les données de démonstration.</translation>
    </message>
    <message>
        <source>Clear the local data</source>
        <translation>Effacer les données locales</translation>
    </message>
    <message>
        <source>Data Folder of the Sandbox</source>
        <translation>Dossier des données du bac à sable</translation>
    </message>
    <message>
        <source>The sandbox keeps its data in memory this time; it starts again with fresh demo data.</source>
        <translation>Le bac à sable garde cette fois ses données en mémoire&#xa0;; il redémarre avec des données de démonstration neuves.</translation>
    </message>
    <message>
        <source>Everything in the sandbox&apos;s data folder %1 is deleted and the demo data made anew. The sandbox restarts; Constant Contact accounts are not touched.</source>
        <translation>Tout le contenu du dossier des données du bac à sable %1 est supprimé et les données de démonstration sont recréées. Le bac à sable redémarre&#xa0;; les comptes Constant Contact ne sont pas touchés.</translation>
    </message>
    <message>
        <source>Reset Demo Data</source>
        <translation>Réinitialiser les données de démonstration</translation>
    </message>
    <message>
        <source>Reset the sandbox to its demo data?</source>
        <translation>Réinitialiser le bac à sable avec ses données de démonstration&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Réinitialiser</translation>
    </message>
    <message>
        <source>Clear Local Data</source>
        <translation>Effacer les données locales</translation>
    </message>
    <message>
        <source>Clear the data this app keeps on this computer?</source>
        <translation>Effacer les données que cette application conserve sur cet ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>only at start and with F5</source>
        <translation>seulement au démarrage et avec F5</translation>
    </message>
    <message>
        <source>The copies of the accounts are deleted (the one in use is copied again from the server), the layout of the tables and panes returns to the defaults, the remembered import column choices are forgotten and activities still running are no longer followed. Accounts, credentials and these preferences stay.</source>
        <translation>Les copies des comptes sont supprimées (celle du compte utilisé est de nouveau copiée depuis le serveur), la disposition des tableaux et panneaux revient aux valeurs par défaut, les choix de colonnes d&apos;import retenus sont oubliés et les activités encore en cours ne sont plus suivies. Les comptes, les identifiants et ces préférences restent.</translation>
    </message>
</context>
<context>
    <name>ctct::ui::ProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the work in progress</source>
        <translation>Annuler le travail en cours</translation>
    </message>
</context>
<context>
    <name>ctct::ui::ResourceTableView</name>
    <message>
        <source>&amp;Columns</source>
        <translation>C&amp;olonnes</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
</context>
<context>
    <name>ctct::ui::SandboxHost</name>
    <message>
        <source>%1 could not be deleted.</source>
        <translation>%1 n&apos;a pas pu être supprimé.</translation>
    </message>
</context>
<context>
    <name>ctct::ui::ScheduleDialog</name>
    <message>
        <source>Schedule Campaign</source>
        <translation>Programmer la campagne</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Programmer</translation>
    </message>
    <message>
        <source>When should %1 be sent to its lists? Until then it can be unscheduled and edited again.</source>
        <translation>Quand %1 doit-elle être envoyée à ses listes&#xa0;? D&apos;ici là, elle peut être déprogrammée et modifiée de nouveau.</translation>
    </message>
    <message>
        <source>Your time zone: %1. That is %2 UTC.</source>
        <translation>Votre fuseau horaire&#xa0;: %1. Soit %2 UTC.</translation>
    </message>
    <message>
        <source>Choose a time that lies ahead: this one has passed or is less than a minute away.</source>
        <translation>Choisissez une heure à venir&#xa0;: celle-ci est passée ou à moins d&apos;une minute.</translation>
    </message>
    <message>
        <source>The server did not schedule the campaign (only a draft with at least one list can be scheduled, for a time ahead). The server said: %1</source>
        <translation>Le serveur n&apos;a pas programmé la campagne (seul un brouillon avec au moins une liste peut être programmé, pour une heure à venir). Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>This campaign is no longer in the account. The server said: %1</source>
        <translation>Cette campagne n&apos;est plus dans le compte. Le serveur a répondu&#xa0;: %1</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>Programmation…</translation>
    </message>
</context>
<context>
    <name>ctct::ui::Settings</name>
    <message>
        <source>Custom field %1</source>
        <translation>Champ personnalisé %1</translation>
    </message>
</context>
<context>
    <name>ctct::ui::SyncStatus</name>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>The server did not answer: %1. The app shows the local copy and tries again by itself; changes cannot be saved meanwhile.</source>
        <translation>Le serveur n&apos;a pas répondu : %1. L&apos;application affiche la copie locale et réessaie d&apos;elle-même ; les modifications ne peuvent pas être enregistrées entre-temps.</translation>
    </message>
    <message>
        <source>The account is kept on this computer and brought up to date every few minutes (F5: now).</source>
        <translation>Le compte est gardé sur cet ordinateur et mis à jour toutes les quelques minutes (F5 : maintenant).</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>La dernière synchronisation a échoué : %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Try Now</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Cancel the sync (it continues where it stopped next time)</source>
        <translation>Annuler la synchronisation (elle reprend où elle s&apos;est arrêtée la prochaine fois)</translation>
    </message>
    <message>
        <source>Try to reach the server now</source>
        <translation>Essayer de joindre le serveur maintenant</translation>
    </message>
</context>
<context>
    <name>ctct::ui::UserGuideWindow</name>
    <message>
        <source>User Guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop account manager for Constant Contact&apos;s web-services API. It opens on a built-in sandbox with demo data.</source>
        <translation>Un gestionnaire de compte de bureau pour l&apos;API de services web de Constant Contact. Il s&apos;ouvre sur un bac à sable intégré avec des données de démonstration.</translation>
    </message>
    <message>
        <source>Directory of the sandbox&apos;s data (&quot;:memory:&quot; keeps it in memory only).</source>
        <translation>Dossier des données du bac à sable («&#xa0;:memory:&#xa0;» les garde en mémoire seulement).</translation>
    </message>
    <message>
        <source>Demo contacts in a new sandbox store (default 2500).</source>
        <translation>Contacts de démonstration dans un nouveau stockage du bac à sable (2500 par défaut).</translation>
    </message>
    <message>
        <source>Open the sandbox, whatever account was used last.</source>
        <translation>Ouvrir le bac à sable, quel que soit le dernier compte utilisé.</translation>
    </message>
</context>
</TS>
