<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Connect to Constant Contact</source>
        <translation>Mit Constant Contact verbinden</translation>
    </message>
    <message>
        <source>Sign in with the account&apos;s username and API key, and its password or an access token. They are checked with the server before anything is saved.</source>
        <translation>Melden Sie sich mit dem Benutzernamen und dem API-Schlüssel des Kontos an, dazu mit dem Passwort oder einem Zugriffstoken. Der Server prüft die Angaben, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Passwort</translation>
    </message>
    <message>
        <source>Sign in with a password</source>
        <translation>Mit einem Passwort anmelden</translation>
    </message>
    <message>
        <source>Access &amp;token</source>
        <translation>Zugriffs&amp;token</translation>
    </message>
    <message>
        <source>Sign in with an access token</source>
        <translation>Mit einem Zugriffstoken anmelden</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;API-Schlüssel:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Checking the credentials</source>
        <translation>Zugangsdaten werden geprüft</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
</context>
<context>
    <name>BounceCodes</name>
    <message>
        <source>Non-existent address</source>
        <translation>Adresse existiert nicht</translation>
    </message>
    <message>
        <source>Undeliverable</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <source>Mailbox full</source>
        <translation>Postfach voll</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Vacation or auto-reply</source>
        <translation>Abwesenheit oder automatische Antwort</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Blockiert</translation>
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
        <translation>Check-in-Liste: %1</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>das PDF konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>a new page could not be started</source>
        <translation>eine neue Seite konnte nicht begonnen werden</translation>
    </message>
    <message>
        <source>Check-in sheet · %1</source>
        <translation>Check-in-Liste · %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>the PDF could not be finished</source>
        <translation>das PDF konnte nicht abgeschlossen werden</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>die Datei konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 bis %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln registrants</source>
        <translation>
            <numerusform>%Ln Teilnehmer</numerusform>
            <numerusform>%Ln Teilnehmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln guests</source>
        <translation>
            <numerusform>%Ln Gast</numerusform>
            <numerusform>%Ln Gäste</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ColumnMappingWords</name>
    <message>
        <source>could be WORK PHONE or HOME PHONE</source>
        <translation>könnte WORK PHONE oder HOME PHONE sein</translation>
    </message>
    <message>
        <source>a full name: could be FIRST NAME or LAST NAME</source>
        <translation>ein ganzer Name: könnte FIRST NAME oder LAST NAME sein</translation>
    </message>
    <message>
        <source>could be a salutation or JOB TITLE</source>
        <translation>könnte eine Anrede oder JOB TITLE sein</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>keine Überschrift</translation>
    </message>
    <message>
        <source>no matching API column</source>
        <translation>keine passende Spalte der API</translation>
    </message>
    <message>
        <source>a second e-mail address: the API takes one per contact</source>
        <translation>eine zweite E-Mail-Adresse: Die API nimmt eine pro Kontakt</translation>
    </message>
    <message>
        <source>%1 already comes from column %2 (&quot;%3&quot;)</source>
        <translation>%1 kommt schon aus Spalte %2 („%3“)</translation>
    </message>
    <message>
        <source>%1 was given to column %2 (&quot;%3&quot;)</source>
        <translation>%1 ging an Spalte %2 („%3“)</translation>
    </message>
    <message>
        <source>left out by choice</source>
        <translation>bewusst ausgelassen</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Contact editor</source>
        <translation>Kontakt-Editor</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Contact fields</source>
        <translation>Kontaktfelder</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>M&amp;iddle name:</source>
        <translation>&amp;Zweiter Vorname:</translation>
    </message>
    <message>
        <source>Middle name</source>
        <translation>Zweiter Vorname</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>E-mail format</source>
        <translation>E-Mail-Format</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Beruf</translation>
    </message>
    <message>
        <source>&amp;Job title:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Co&amp;mpany:</source>
        <translation>&amp;Firma:</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>&amp;Home phone:</source>
        <translation>Telefon p&amp;rivat:</translation>
    </message>
    <message>
        <source>Home phone</source>
        <translation>Telefon privat</translation>
    </message>
    <message>
        <source>&amp;Work phone:</source>
        <translation>Telefon &amp;geschäftlich:</translation>
    </message>
    <message>
        <source>Work phone</source>
        <translation>Telefon geschäftlich</translation>
    </message>
    <message>
        <source>&amp;Address and note</source>
        <translation>&amp;Adresse und Notiz</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Address line &amp;1:</source>
        <translation>Adresszeile &amp;1:</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adresszeile 1</translation>
    </message>
    <message>
        <source>Address line &amp;2:</source>
        <translation>Adresszeile &amp;2:</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresszeile 2</translation>
    </message>
    <message>
        <source>Address line &amp;3:</source>
        <translation>Adresszeile &amp;3:</translation>
    </message>
    <message>
        <source>Address line 3</source>
        <translation>Adresszeile 3</translation>
    </message>
    <message>
        <source>C&amp;ity:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>State co&amp;de:</source>
        <translation>Bundesstaat (&amp;Kürzel):</translation>
    </message>
    <message>
        <source>State code</source>
        <translation>Kürzel des Bundesstaats</translation>
    </message>
    <message>
        <source>State &amp;name:</source>
        <translation>&amp;Bundesstaat:</translation>
    </message>
    <message>
        <source>State name</source>
        <translation>Bundesstaat</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>Su&amp;b postal code:</source>
        <translation>PLZ-&amp;Zusatz:</translation>
    </message>
    <message>
        <source>Sub postal code</source>
        <translation>PLZ-Zusatz</translation>
    </message>
    <message>
        <source>Countr&amp;y code:</source>
        <translation>&amp;Ländercode:</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <source>Country na&amp;me:</source>
        <translation>La&amp;nd:</translation>
    </message>
    <message>
        <source>Country name</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>C&amp;ustom fields</source>
        <translation>Eigene Fel&amp;der</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>Eigene Felder</translation>
    </message>
    <message>
        <source>Custom field &amp;1:</source>
        <translation>Eigenes Feld &amp;1:</translation>
    </message>
    <message>
        <source>Custom field 1</source>
        <translation>Eigenes Feld 1</translation>
    </message>
    <message>
        <source>Custom field &amp;2:</source>
        <translation>Eigenes Feld &amp;2:</translation>
    </message>
    <message>
        <source>Custom field 2</source>
        <translation>Eigenes Feld 2</translation>
    </message>
    <message>
        <source>Custom field &amp;3:</source>
        <translation>Eigenes Feld &amp;3:</translation>
    </message>
    <message>
        <source>Custom field 3</source>
        <translation>Eigenes Feld 3</translation>
    </message>
    <message>
        <source>Custom field &amp;4:</source>
        <translation>Eigenes Feld &amp;4:</translation>
    </message>
    <message>
        <source>Custom field 4</source>
        <translation>Eigenes Feld 4</translation>
    </message>
    <message>
        <source>Custom field &amp;5:</source>
        <translation>Eigenes Feld &amp;5:</translation>
    </message>
    <message>
        <source>Custom field 5</source>
        <translation>Eigenes Feld 5</translation>
    </message>
    <message>
        <source>Custom field &amp;6:</source>
        <translation>Eigenes Feld &amp;6:</translation>
    </message>
    <message>
        <source>Custom field 6</source>
        <translation>Eigenes Feld 6</translation>
    </message>
    <message>
        <source>Custom field &amp;7:</source>
        <translation>Eigenes Feld &amp;7:</translation>
    </message>
    <message>
        <source>Custom field 7</source>
        <translation>Eigenes Feld 7</translation>
    </message>
    <message>
        <source>Custom field &amp;8:</source>
        <translation>Eigenes Feld &amp;8:</translation>
    </message>
    <message>
        <source>Custom field 8</source>
        <translation>Eigenes Feld 8</translation>
    </message>
    <message>
        <source>Custom field &amp;9:</source>
        <translation>Eigenes Feld &amp;9:</translation>
    </message>
    <message>
        <source>Custom field 9</source>
        <translation>Eigenes Feld 9</translation>
    </message>
    <message>
        <source>Custom field 10:</source>
        <translation>Eigenes Feld 10:</translation>
    </message>
    <message>
        <source>Custom field 10</source>
        <translation>Eigenes Feld 10</translation>
    </message>
    <message>
        <source>Custom field 11:</source>
        <translation>Eigenes Feld 11:</translation>
    </message>
    <message>
        <source>Custom field 11</source>
        <translation>Eigenes Feld 11</translation>
    </message>
    <message>
        <source>Custom field 12:</source>
        <translation>Eigenes Feld 12:</translation>
    </message>
    <message>
        <source>Custom field 12</source>
        <translation>Eigenes Feld 12</translation>
    </message>
    <message>
        <source>Custom field 13:</source>
        <translation>Eigenes Feld 13:</translation>
    </message>
    <message>
        <source>Custom field 13</source>
        <translation>Eigenes Feld 13</translation>
    </message>
    <message>
        <source>Custom field 14:</source>
        <translation>Eigenes Feld 14:</translation>
    </message>
    <message>
        <source>Custom field 14</source>
        <translation>Eigenes Feld 14</translation>
    </message>
    <message>
        <source>Custom field 15:</source>
        <translation>Eigenes Feld 15:</translation>
    </message>
    <message>
        <source>Custom field 15</source>
        <translation>Eigenes Feld 15</translation>
    </message>
    <message>
        <source>Lis&amp;ts</source>
        <translation>Lis&amp;ten</translation>
    </message>
    <message>
        <source>Me&amp;mber of these lists:</source>
        <translation>&amp;Mitglied dieser Listen:</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>A contact on no list is Removed: it stays in the account and can be added back.</source>
        <translation>Ein Kontakt ohne Liste hat den Status „Entfernt“: Er bleibt im Konto und kann wieder hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>CsvReaderWords</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read the file: it is not an open, seekable file</source>
        <translation>die Datei kann nicht gelesen werden: Sie ist keine geöffnete Datei mit wahlfreiem Zugriff</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the delimiter cannot be a quote, a line break or a NUL</source>
        <translation>das Trennzeichen kann kein Anführungszeichen, Zeilenumbruch oder NUL sein</translation>
    </message>
    <message>
        <source>the file holds no rows, not even a header</source>
        <translation>die Datei enthält keine Zeilen, nicht einmal eine Überschrift</translation>
    </message>
    <message>
        <source>the row is longer than %1 bytes</source>
        <translation>die Zeile ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>the file holds binary data (a NUL byte), not text</source>
        <translation>die Datei enthält Binärdaten (ein NUL-Byte), keinen Text</translation>
    </message>
    <message>
        <source>the file holds binary data (a NUL byte), not text (UTF-16 without a byte-order mark is not read)</source>
        <translation>die Datei enthält Binärdaten (ein NUL-Byte), keinen Text (UTF-16 ohne Byte-Order-Mark wird nicht gelesen)</translation>
    </message>
    <message>
        <source>a quoted field that opens on this line is never closed</source>
        <translation>ein Feld in Anführungszeichen, das in dieser Zeile beginnt, wird nie geschlossen</translation>
    </message>
    <message>
        <source>the file holds no rows</source>
        <translation>die Datei enthält keine Zeilen</translation>
    </message>
</context>
<context>
    <name>EventEditor</name>
    <message>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <source>E&amp;vent</source>
        <translation>&amp;Veranstaltung</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Event name</source>
        <translation>Name der Veranstaltung</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Title on the registration page</source>
        <translation>Titel auf der Anmeldeseite</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>Art der Veranstaltung</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Event status</source>
        <translation>Status der Veranstaltung</translation>
    </message>
    <message>
        <source>St&amp;arts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>Datum und Uhrzeit des Beginns</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>End date and time</source>
        <translation>Datum und Uhrzeit des Endes</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Besch&amp;reibung:</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Location</source>
        <translation>&amp;Ort</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>V&amp;eranstaltungsort:</translation>
    </message>
    <message>
        <source>Name of the place</source>
        <translation>Name des Orts</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>Address line 1</source>
        <translation>Adresszeile 1</translation>
    </message>
    <message>
        <source>Address line 2</source>
        <translation>Adresszeile 2</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>O&amp;rt:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Bundes&amp;land:</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>Bundesland oder Provinz</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>La&amp;nd:</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>&amp;Registration</source>
        <translation>&amp;Anmeldung</translation>
    </message>
    <message>
        <source>Registration &amp;types and fees (one line per fee; lines with the same type name make one type):</source>
        <translation>Anmeldear&amp;ten und Gebühren (eine Zeile pro Gebühr; Zeilen mit demselben Namen bilden eine Art):</translation>
    </message>
    <message>
        <source>Registration types and fees</source>
        <translation>Anmeldearten und Gebühren</translation>
    </message>
    <message>
        <source>&amp;Add Line</source>
        <translation>Zeile &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move Line</source>
        <translation>Zeile ent&amp;fernen</translation>
    </message>
    <message>
        <source>&amp;Fee required</source>
        <translation>&amp;Gebühr erforderlich</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Pay&amp;Pal to the address:</source>
        <translation>Pay&amp;Pal an die Adresse:</translation>
    </message>
    <message>
        <source>PayPal account e-mail</source>
        <translation>E-Mail des PayPal-Kontos</translation>
    </message>
    <message>
        <source>C&amp;heque by post to:</source>
        <translation>S&amp;check per Post an:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Cheque address line</source>
        <translation>Adresszeile für Schecks</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Cheque address city</source>
        <translation>Ort für Schecks</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Bundesland:</translation>
    </message>
    <message>
        <source>Cheque address state</source>
        <translation>Bundesland für Schecks</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Postleitzahl:</translation>
    </message>
    <message>
        <source>Cheque address postal code</source>
        <translation>Postleitzahl für Schecks</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <source>Cheque address country</source>
        <translation>Land für Schecks</translation>
    </message>
    <message>
        <source>At the &amp;door</source>
        <translation>An der &amp;Kasse</translation>
    </message>
    <message>
        <source>Ty&amp;pe:</source>
        <translation>T&amp;yp:</translation>
    </message>
    <message>
        <source>Postal co&amp;de:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>Pa&amp;yment</source>
        <translation>&amp;Zahlung</translation>
    </message>
</context>
<context>
    <name>ExportFile</name>
    <message>
        <source>Save Export</source>
        <translation>Export speichern</translation>
    </message>
    <message>
        <source>Exported contacts (*.csv *.txt);;All files (*)</source>
        <translation>Exportierte Kontakte (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The export could not be downloaded: %1</source>
        <translation>Der Export konnte nicht heruntergeladen werden: %1</translation>
    </message>
    <message>
        <source>The export was saved to %1 (%2).</source>
        <translation>Der Export wurde in %1 gespeichert (%2).</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportPlanWords</name>
    <message>
        <source>too few fields: %1 where the header has %2</source>
        <translation>zu wenige Felder: %1, wo die Überschrift %2 hat</translation>
    </message>
    <message>
        <source>too many fields: %1 where the header has %2</source>
        <translation>zu viele Felder: %1, wo die Überschrift %2 hat</translation>
    </message>
    <message>
        <source>no e-mail address</source>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters</source>
        <translation>%1 ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>valid</source>
        <comment>import row</comment>
        <translation>gültig</translation>
    </message>
    <message>
        <source>no e-mail</source>
        <comment>import row</comment>
        <translation>keine E-Mail</translation>
    </message>
    <message>
        <source>not an e-mail address</source>
        <comment>import row</comment>
        <translation>keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>too long</source>
        <comment>import row</comment>
        <translation>zu lang</translation>
    </message>
    <message>
        <source>duplicate</source>
        <comment>import row</comment>
        <translation>doppelt</translation>
    </message>
    <message>
        <source>too few fields</source>
        <comment>import row</comment>
        <translation>zu wenige Felder</translation>
    </message>
    <message>
        <source>too many fields</source>
        <comment>import row</comment>
        <translation>zu viele Felder</translation>
    </message>
    <message>
        <source>no column holds e-mail addresses (expected a header such as &quot;Email Address&quot;)</source>
        <translation>keine Spalte enthält E-Mail-Adressen (erwartet wird eine Überschrift wie „E-Mail-Adresse“)</translation>
    </message>
    <message>
        <source>duplicate of line %1 (sent once)</source>
        <translation>doppelt zu Zeile %1 (einmal gesendet)</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the column mapping is for other headers than this file&apos;s</source>
        <translation>die Spaltenzuordnung gilt für andere Überschriften als die dieser Datei</translation>
    </message>
    <message>
        <source>the file changed since it was checked</source>
        <translation>die Datei hat sich seit der Prüfung geändert</translation>
    </message>
    <message>
        <source>the file changed since it was checked (it is shorter)</source>
        <translation>die Datei hat sich seit der Prüfung geändert (sie ist kürzer)</translation>
    </message>
    <message>
        <source>the file changed since it was checked (line %1)</source>
        <translation>die Datei hat sich seit der Prüfung geändert (Zeile %1)</translation>
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
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>List name</source>
        <translation>Name der Liste</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Position:</translation>
    </message>
    <message>
        <source>Position among the lists</source>
        <translation>Position unter den Listen</translation>
    </message>
    <message>
        <source>&amp;Show on sign-up forms</source>
        <translation>In Anmeldeformularen &amp;zeigen</translation>
    </message>
    <message>
        <source>&amp;Ticked by default on sign-up forms</source>
        <translation>In Anmeldeformularen &amp;vorausgewählt</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language takes effect when the app is started again.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start der App.</translation>
    </message>
    <message>
        <source>Request &amp;timeout:</source>
        <translation>&amp;Zeitlimit für Anfragen:</translation>
    </message>
    <message>
        <source>Request timeout in seconds</source>
        <translation>Zeitlimit für Anfragen in Sekunden</translation>
    </message>
    <message>
        <source>A request that makes no progress for this long fails (and can be retried).</source>
        <translation>Eine Anfrage, die so lange nicht vorankommt, schlägt fehl (und kann wiederholt werden).</translation>
    </message>
    <message>
        <source>Open the &amp;sandbox when no account is saved</source>
        <translation>Die Sand&amp;box öffnen, wenn kein Konto gespeichert ist</translation>
    </message>
    <message>
        <source>Otherwise a start without a saved account asks you to connect to Constant Contact.</source>
        <translation>Sonst fragt ein Start ohne gespeichertes Konto nach der Verbindung zu Constant Contact.</translation>
    </message>
    <message>
        <source>This Account</source>
        <translation>Dieses Konto</translation>
    </message>
    <message>
        <source>Name the &amp;Custom Fields…</source>
        <translation>&amp;Eigene Felder benennen…</translation>
    </message>
    <message>
        <source>Sandbox</source>
        <translation>Sandbox</translation>
    </message>
    <message>
        <source>&amp;Data folder:</source>
        <translation>&amp;Datenordner:</translation>
    </message>
    <message>
        <source>Data folder of the sandbox</source>
        <translation>Datenordner der Sandbox</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Datenordner auswählen</translation>
    </message>
    <message>
        <source>&amp;Reset Demo Data…</source>
        <translation>Demodaten zu&amp;rücksetzen…</translation>
    </message>
    <message>
        <source>Local Data</source>
        <translation>Lokale Daten</translation>
    </message>
    <message>
        <source>Cl&amp;ear Local Data…</source>
        <translation>Lokale Daten &amp;löschen…</translation>
    </message>
    <message>
        <source>Sync the local copy e&amp;very:</source>
        <translation>Lokale Kopie ab&amp;gleichen alle:</translation>
    </message>
    <message>
        <source>Minutes between syncs of the local copy</source>
        <translation>Minuten zwischen den Abgleichen der lokalen Kopie</translation>
    </message>
    <message>
        <source>The copy of the account on this computer is brought up to date at start, with F5 (Refresh) and this often while the app is open; 0: only at start and with F5.</source>
        <translation>Die Kopie des Kontos auf diesem Computer wird beim Start, mit F5 (Aktualisieren) und in diesem Abstand abgeglichen, solange die App geöffnet ist; 0: nur beim Start und mit F5.</translation>
    </message>
    <message>
        <source>The app keeps a copy of each account it opened (contacts, lists, campaigns and their events, to open at once and to work offline), the layout of its tables and panes, the column choices of imports you asked it to remember and the activities it follows. Credentials are not part of it; forget an account in File → Account.</source>
        <translation>Die App bewahrt eine Kopie jedes geöffneten Kontos auf (Kontakte, Listen, Kampagnen und ihre Ereignisse, um sofort zu öffnen und offline zu arbeiten), dazu das Layout ihrer Tabellen und Bereiche, die gemerkten Spaltenzuordnungen von Importen und die Aktivitäten, denen sie folgt. Zugangsdaten gehören nicht dazu; ein Konto entfernen Sie unter Datei → Konto.</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Opens and clicks by hour, first two days</source>
        <translation>Öffnungen und Klicks pro Stunde, erste zwei Tage</translation>
    </message>
    <message>
        <source>Opens and clicks by day</source>
        <translation>Öffnungen und Klicks pro Tag</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Öffnungen</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Hour (local time)</source>
        <translation>Stunde (Ortszeit)</translation>
    </message>
    <message>
        <source>Day (local time)</source>
        <translation>Tag (Ortszeit)</translation>
    </message>
    <message>
        <source>Rates side by side</source>
        <translation>Raten im Vergleich</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>Öffnungsrate</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Klickrate</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Bounce-Rate</translation>
    </message>
    <message>
        <source>Opt-out rate</source>
        <translation>Abmelderate</translation>
    </message>
</context>
<context>
    <name>ScheduleDialog</name>
    <message>
        <source>Schedule Campaign</source>
        <translation>Kampagne planen</translation>
    </message>
    <message>
        <source>Date and time to send the campaign</source>
        <translation>Datum und Uhrzeit des Versands</translation>
    </message>
    <message>
        <source>Send &amp;on:</source>
        <translation>&amp;Senden am:</translation>
    </message>
</context>
<context>
    <name>ctct::AccessManager</name>
    <message>
        <source>Refusing to send a request to &quot;%1&quot;: not a valid http or https URL.</source>
        <translation>Die Anfrage an „%1“ wird nicht gesendet: Das ist keine gültige http- oder https-Adresse.</translation>
    </message>
    <message>
        <source>Refusing to send credentials over plain http:// to %1: only loopback hosts (127.0.0.1, ::1, localhost) may use http. Use https://%1 instead.</source>
        <translation>Zugangsdaten werden nicht über unverschlüsseltes http:// an %1 gesendet: Nur lokale Hosts (127.0.0.1, ::1, localhost) dürfen http verwenden. Verwenden Sie stattdessen https://%1.</translation>
    </message>
    <message>
        <source>Refusing to send a request over &quot;%1&quot;: only https (and http to loopback hosts) is allowed.</source>
        <translation>Die Anfrage wird nicht über „%1“ gesendet: Erlaubt ist nur https (und http zu lokalen Hosts).</translation>
    </message>
</context>
<context>
    <name>ctct::ActivityTableModel</name>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Update contact details</source>
        <translation>Kontaktdaten aktualisieren</translation>
    </message>
    <message>
        <source>Remove from lists</source>
        <translation>Aus Listen entfernen</translation>
    </message>
    <message>
        <source>Clear lists</source>
        <translation>Listen leeren</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>%n Aktivität</numerusform>
            <numerusform>%n Aktivitäten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n activities shown</source>
        <translation>
            <numerusform>%1 von %n Aktivität angezeigt</numerusform>
            <numerusform>%1 von %n Aktivitäten angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>activity status</comment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Queued</source>
        <comment>activity status</comment>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>activity status</comment>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Complete</source>
        <comment>activity status</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Error</source>
        <comment>activity status</comment>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>ctct::ApiError</name>
    <message>
        <source>Bad Request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>Unauthorized</source>
        <translation>Nicht autorisiert</translation>
    </message>
    <message>
        <source>Forbidden</source>
        <translation>Verboten</translation>
    </message>
    <message>
        <source>Not Found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <source>Method Not Allowed</source>
        <translation>Methode nicht erlaubt</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>Unsupported Media Type</source>
        <translation>Nicht unterstützter Medientyp</translation>
    </message>
    <message>
        <source>Too Many Requests</source>
        <translation>Zu viele Anfragen</translation>
    </message>
    <message>
        <source>Moved Permanently</source>
        <translation>Dauerhaft verschoben</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden (umgeleitet)</translation>
    </message>
    <message>
        <source>See Other</source>
        <translation>Siehe andere Adresse</translation>
    </message>
    <message>
        <source>Temporary Redirect</source>
        <translation>Vorübergehende Umleitung</translation>
    </message>
    <message>
        <source>Permanent Redirect</source>
        <translation>Dauerhafte Umleitung</translation>
    </message>
    <message>
        <source>Internal Server Error</source>
        <translation>Interner Serverfehler</translation>
    </message>
    <message>
        <source>Bad Gateway</source>
        <translation>Fehlerhaftes Gateway</translation>
    </message>
    <message>
        <source>Service Unavailable</source>
        <translation>Dienst nicht verfügbar</translation>
    </message>
    <message>
        <source>Gateway Timeout</source>
        <translation>Gateway-Zeitüberschreitung</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>Unreadable response from %1: %2</source>
        <translation>Unlesbare Antwort von %1: %2</translation>
    </message>
</context>
<context>
    <name>ctct::ApiJob</name>
    <message>
        <source>No network access manager for this request.</source>
        <translation>Für diese Anfrage gibt es keinen Netzwerkzugang.</translation>
    </message>
    <message>
        <source>The account&apos;s network access manager went away.</source>
        <translation>Der Netzwerkzugang des Kontos ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>%1 (last attempt: %2)</source>
        <translation>%1 (letzter Versuch: %2)</translation>
    </message>
    <message>
        <source>No complete response from %1 within %2 s.</source>
        <translation>Keine vollständige Antwort von %1 innerhalb von %2 s.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No response from %1 within %2 s.</source>
        <translation>Keine Antwort von %1 innerhalb von %2 s.</translation>
    </message>
    <message>
        <source>No response from %1 in time.</source>
        <translation>Keine rechtzeitige Antwort von %1.</translation>
    </message>
    <message>
        <source>The response from %1 is larger than the limit of %2 MiB; it was not read.</source>
        <translation>Die Antwort von %1 ist größer als die Grenze von %2 MiB; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>no address given</source>
        <translation>keine Adresse angegeben</translation>
    </message>
    <message>
        <source>The server answered %1 %2 and sent the request elsewhere (%3). Redirects are not followed, so credentials never go to another address: check the server address.</source>
        <translation>Der Server antwortete %1 %2 und leitete die Anfrage weiter (%3). Weiterleitungen werden nicht verfolgt, damit Zugangsdaten nie an eine andere Adresse gehen: Prüfen Sie die Serveradresse.</translation>
    </message>
</context>
<context>
    <name>ctct::ApiSession</name>
    <message>
        <source>No username was given.</source>
        <translation>Es wurde kein Benutzername angegeben.</translation>
    </message>
</context>
<context>
    <name>ctct::CampaignReportJob</name>
    <message>
        <source>not asked: offline</source>
        <translation>nicht angefragt: offline</translation>
    </message>
</context>
<context>
    <name>ctct::CampaignTableModel</name>
    <message>
        <source>Draft</source>
        <comment>campaign status</comment>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>campaign status</comment>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>campaign status</comment>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>campaign status</comment>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>Öffnungsrate</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Klickrate</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Bounce-Rate</translation>
    </message>
    <message numerus="yes">
        <source>%n campaigns</source>
        <translation>
            <numerusform>%n Kampagne</numerusform>
            <numerusform>%n Kampagnen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n campaigns shown</source>
        <translation>
            <numerusform>%1 von %n Kampagne angezeigt</numerusform>
            <numerusform>%1 von %n Kampagnen angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::CheckInMatchModel</name>
    <message>
        <source>Not checked in</source>
        <translation>Nicht eingecheckt</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Registration incomplete</source>
        <translation>Anmeldung unvollständig</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>ctct::ContactTableModel</name>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts loaded</source>
        <translation>
            <numerusform>%n Kontakt geladen</numerusform>
            <numerusform>%n Kontakte geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n loaded contacts shown</source>
        <translation>
            <numerusform>%1 von %n geladenen Kontakt angezeigt</numerusform>
            <numerusform>%1 von %n geladenen Kontakten angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>Active</source>
        <comment>contact status</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <comment>contact status</comment>
        <translation>Unbestätigt</translation>
    </message>
    <message>
        <source>Removed</source>
        <comment>contact status</comment>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Do Not Mail</source>
        <comment>contact status</comment>
        <translation>Nicht anschreiben</translation>
    </message>
</context>
<context>
    <name>ctct::EventHistoryModel</name>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <source>Clicked</source>
        <translation>Geklickt</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Weitergeleitet</translation>
    </message>
    <message>
        <source>Opted out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>%1: %2 “%3”</source>
        <translation>%1: %2 „%3“</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>ctct::EventTableModel</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Auction</source>
        <translation>Auktion</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <source>Business, finance, sales</source>
        <translation>Geschäft, Finanzen, Vertrieb</translation>
    </message>
    <message>
        <source>Class, workshop</source>
        <translation>Kurs, Workshop</translation>
    </message>
    <message>
        <source>Conference, seminar</source>
        <translation>Konferenz, Seminar</translation>
    </message>
    <message>
        <source>Convention, trade show, expo</source>
        <translation>Kongress, Messe, Ausstellung</translation>
    </message>
    <message>
        <source>Festival, fair</source>
        <translation>Festival, Jahrmarkt</translation>
    </message>
    <message>
        <source>Fundraiser, charity</source>
        <translation>Spendenaktion, Wohltätigkeit</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Besprechung</translation>
    </message>
    <message>
        <source>Outdoors, recreation</source>
        <translation>Freizeit im Freien</translation>
    </message>
    <message>
        <source>Performance</source>
        <translation>Aufführung</translation>
    </message>
    <message>
        <source>Social event, mixer</source>
        <translation>Geselliges Treffen</translation>
    </message>
    <message>
        <source>Sports</source>
        <translation>Sport</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n Veranstaltung</numerusform>
            <numerusform>%n Veranstaltungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n events shown</source>
        <translation>
            <numerusform>%1 von %n Veranstaltung angezeigt</numerusform>
            <numerusform>%1 von %n Veranstaltungen angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::ImportJob</name>
    <message>
        <source>the server ended the activity in ERROR</source>
        <translation>der Server hat die Aktivität mit ERROR beendet</translation>
    </message>
</context>
<context>
    <name>ctct::ImportRowsModel</name>
    <message>
        <source>rejected by the server</source>
        <translation>vom Server abgelehnt</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>new contact</source>
        <translation>neuer Kontakt</translation>
    </message>
    <message>
        <source>updates an existing contact</source>
        <translation>aktualisiert einen vorhandenen Kontakt</translation>
    </message>
    <message>
        <source>no effect: on the Do Not Mail list, will not be subscribed again</source>
        <translation>keine Wirkung: steht auf der Liste „Nicht anschreiben“ und wird nicht wieder angemeldet</translation>
    </message>
</context>
<context>
    <name>ctct::MembershipJob</name>
    <message>
        <source>the activity ended in ERROR</source>
        <translation>die Aktivität endete mit ERROR</translation>
    </message>
</context>
<context>
    <name>ctct::Operations</name>
    <message>
        <source>not saved: the %1 as the server sent it cannot be updated (%2); writing only the fields this client knows would delete the others on the server, so nothing was sent</source>
        <translation>nicht gespeichert: Der Eintrag (%1) lässt sich in der vom Server gesendeten Form nicht aktualisieren (%2); nur die Felder zu schreiben, die dieses Programm kennt, würde die übrigen auf dem Server löschen, daher wurde nichts gesendet</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>event</source>
        <translation>Veranstaltung</translation>
    </message>
</context>
<context>
    <name>ctct::PagedTableModel</name>
    <message>
        <source>%1, loading more…</source>
        <translation>%1, weitere werden geladen…</translation>
    </message>
    <message>
        <source>%1, more on the server</source>
        <translation>%1, weitere auf dem Server</translation>
    </message>
</context>
<context>
    <name>ctct::Pager</name>
    <message>
        <source>The account&apos;s API client went away.</source>
        <translation>Der API-Client des Kontos ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>no parser</source>
        <translation>kein Parser</translation>
    </message>
    <message>
        <source>the next link (%1) points to a page already fetched</source>
        <translation>der Verweis auf die nächste Seite (%1) zeigt auf eine bereits geladene Seite</translation>
    </message>
</context>
<context>
    <name>ctct::RegistrantTableModel</name>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message>
        <source>Not attended</source>
        <translation>Nicht teilgenommen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Angemeldet am</translation>
    </message>
    <message>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message numerus="yes">
        <source>%n registrants</source>
        <translation>
            <numerusform>%n Teilnehmer</numerusform>
            <numerusform>%n Teilnehmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n registrants shown</source>
        <translation>
            <numerusform>%1 von %n Teilnehmer angezeigt</numerusform>
            <numerusform>%1 von %n Teilnehmern angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::ReportContactsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Code and message</source>
        <translation>Code und Meldung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ctct::cache::AccountCache</name>
    <message>
        <source>You are offline: the server did not answer (%1). Changes cannot be saved until it answers again; what you see is the local copy of %2.</source>
        <translation>Sie sind offline: Der Server hat nicht geantwortet (%1). Änderungen können erst gespeichert werden, wenn er wieder antwortet; Sie sehen die lokale Kopie vom %2.</translation>
    </message>
    <message>
        <source>You are offline: the server did not answer (%1). Changes cannot be saved until it answers again.</source>
        <translation>Sie sind offline: Der Server hat nicht geantwortet (%1). Änderungen können erst gespeichert werden, wenn er wieder antwortet.</translation>
    </message>
    <message>
        <source>Offline, trying to reach the server…</source>
        <translation>Offline, der Server wird erneut versucht…</translation>
    </message>
    <message>
        <source>Offline — last synced at %1</source>
        <translation>Offline – zuletzt abgeglichen: %1</translation>
    </message>
    <message>
        <source>Offline — not synced yet</source>
        <translation>Offline – noch nicht abgeglichen</translation>
    </message>
    <message>
        <source>Copying the account…</source>
        <translation>Das Konto wird kopiert…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht abgeglichen</translation>
    </message>
    <message>
        <source>Synced at %1</source>
        <translation>Zuletzt abgeglichen: %1</translation>
    </message>
</context>
<context>
    <name>ctct::cache::AccountStore</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The local copy %1 is unreadable (%2) and cannot be moved aside.</source>
        <translation>Die lokale Kopie %1 ist unlesbar (%2) und kann nicht beiseitegelegt werden.</translation>
    </message>
    <message>
        <source>The local copy %1 cannot be opened: %2</source>
        <translation>Die lokale Kopie %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>%1 kann nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>ctct::cache::SyncJob</name>
    <message>
        <source>The local copy could not be written: %1</source>
        <translation>Die lokale Kopie konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Fetching the lists…</source>
        <translation>Die Listen werden abgerufen…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing contacts: %n so far…</source>
        <translation>
            <numerusform>Kontakte werden abgeglichen: bisher %n…</numerusform>
            <numerusform>Kontakte werden abgeglichen: bisher %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Syncing the members of %1: %n so far…</source>
        <translation>
            <numerusform>Mitglieder von %1 werden abgeglichen: bisher %n…</numerusform>
            <numerusform>Mitglieder von %1 werden abgeglichen: bisher %n…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Looking for changed contacts: %n so far…</source>
        <translation>
            <numerusform>Geänderte Kontakte werden gesucht: bisher %n…</numerusform>
            <numerusform>Geänderte Kontakte werden gesucht: bisher %n…</numerusform>
        </translation>
    </message>
    <message>
        <source>Syncing the campaigns…</source>
        <translation>Die Kampagnen werden abgeglichen…</translation>
    </message>
    <message numerus="yes">
        <source>Syncing the events of %1: %n new…</source>
        <translation>
            <numerusform>Ereignisse von %1 werden abgeglichen: %n neues…</numerusform>
            <numerusform>Ereignisse von %1 werden abgeglichen: %n neue…</numerusform>
        </translation>
    </message>
    <message>
        <source>no local copy is open</source>
        <translation>keine lokale Kopie ist geöffnet</translation>
    </message>
    <message>
        <source>The sync was canceled.</source>
        <translation>Der Abgleich wurde abgebrochen.</translation>
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
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>T&amp;oken:</source>
        <translation>T&amp;oken:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>This server address cannot be used: %1</source>
        <translation>Diese Serveradresse kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>it is not a web address</source>
        <translation>sie ist keine Webadresse</translation>
    </message>
    <message>
        <source>Checking the credentials with %1…</source>
        <translation>Zugangsdaten werden bei %1 geprüft…</translation>
    </message>
    <message>
        <source>The check was canceled; nothing was saved.</source>
        <translation>Die Prüfung wurde abgebrochen; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The server did not accept the access token. Nothing was saved.
Server&apos;s message: %1</source>
        <translation>Der Server hat das Zugriffstoken nicht angenommen. Nichts wurde gespeichert.
Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>Wrong username, API key or password: the server did not accept them. Nothing was saved.
Server&apos;s message: %1</source>
        <translation>Benutzername, API-Schlüssel oder Passwort falsch: Der Server hat sie nicht angenommen. Nichts wurde gespeichert.
Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>The server refused access to this account. Nothing was saved.
Server&apos;s message: %1</source>
        <translation>Der Server hat den Zugriff auf dieses Konto verweigert. Nichts wurde gespeichert.
Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>No Constant Contact account was found at this address. Check the server and the username.
Server&apos;s message: %1</source>
        <translation>Unter dieser Adresse wurde kein Constant-Contact-Konto gefunden. Prüfen Sie Server und Benutzernamen.
Meldung des Servers: %1</translation>
    </message>
    <message>
        <source>A secure connection to the server could not be made, so nothing was sent: %1</source>
        <translation>Es konnte keine sichere Verbindung zum Server hergestellt werden, daher wurde nichts gesendet: %1</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again later.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet. Versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not what a Constant Contact server sends: %1</source>
        <translation>Die Antwort des Servers ist keine, wie sie ein Constant-Contact-Server sendet: %1</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ctct::ui::ActivitiesTab</name>
    <message>
        <source>&amp;Save File…</source>
        <translation>Datei spei&amp;chern…</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Save the file of the selected export</source>
        <translation>Die Datei des ausgewählten Exports speichern</translation>
    </message>
    <message>
        <source>The activities could not be loaded: %1</source>
        <translation>Die Aktivitäten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Aktivitäten</translation>
    </message>
    <message>
        <source>Select an activity to see its details.</source>
        <translation>Wählen Sie eine Aktivität aus, um ihre Details zu sehen.</translation>
    </message>
    <message>
        <source>Save the export&apos;s file</source>
        <translation>Die Datei des Exports speichern</translation>
    </message>
    <message>
        <source>Errors of the activity</source>
        <translation>Fehler der Aktivität</translation>
    </message>
    <message>
        <source>The details could not be loaded: %1</source>
        <translation>Die Details konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Created: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Begonnen: %1</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>Beendet: %1</translation>
    </message>
    <message>
        <source>Rows processed: %1</source>
        <translation>Verarbeitete Zeilen: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>No errors reported.</source>
        <translation>Keine Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Errors reported: %1</source>
        <translation>Gemeldete Fehler: %1</translation>
    </message>
</context>
<context>
    <name>ctct::ui::ActivityWatch</name>
    <message numerus="yes">
        <source>%1, started before the app was last closed, has finished: %n rows processed, see the Activities tab.</source>
        <translation>
            <numerusform>%1, vor dem letzten Beenden der App begonnen, ist fertig: %n Zeile verarbeitet, siehe Registerkarte „Aktivitäten“.</numerusform>
            <numerusform>%1, vor dem letzten Beenden der App begonnen, ist fertig: %n Zeilen verarbeitet, siehe Registerkarte „Aktivitäten“.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, started before the app was last closed, ended in %2: see the Activities tab.</source>
        <translation>%1, vor dem letzten Beenden der App begonnen, endete mit %2: siehe Registerkarte „Aktivitäten“.</translation>
    </message>
</context>
<context>
    <name>ctct::ui::Application</name>
    <message>
        <source>CTCT Account Manager</source>
        <translation>CTCT-Kontoverwaltung</translation>
    </message>
    <message>
        <source>Sandbox (demo data)</source>
        <translation>Sandbox (Demodaten)</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Kontakte</translation>
    </message>
    <message>
        <source>Ca&amp;mpaigns</source>
        <translation>Ka&amp;mpagnen</translation>
    </message>
    <message>
        <source>&amp;Activities</source>
        <translation>&amp;Aktivitäten</translation>
    </message>
    <message>
        <source>Starting the sandbox…</source>
        <translation>Die Sandbox wird gestartet…</translation>
    </message>
    <message>
        <source>The sandbox could not start: %1</source>
        <translation>Die Sandbox konnte nicht starten: %1</translation>
    </message>
    <message>
        <source>The demo data could not be reset: %1</source>
        <translation>Die Demodaten konnten nicht zurückgesetzt werden: %1</translation>
    </message>
    <message>
        <source>%1 cannot be used: %2</source>
        <translation>%1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>No saved credentials were found for this account. Enter them to connect.</source>
        <translation>Für dieses Konto wurden keine gespeicherten Zugangsdaten gefunden. Geben Sie sie ein, um sich zu verbinden.</translation>
    </message>
    <message>
        <source>The keychain could not be read (%1). Enter the credentials to connect.</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden (%1). Geben Sie die Zugangsdaten ein, um sich zu verbinden.</translation>
    </message>
    <message>
        <source>No keychain is available, so the credentials of %1 are kept only until the app quits; you will be asked for them next time.</source>
        <translation>Es ist kein Schlüsselbund verfügbar, daher werden die Zugangsdaten von %1 nur bis zum Beenden der App aufbewahrt; beim nächsten Mal werden Sie erneut danach gefragt.</translation>
    </message>
    <message>
        <source>The keychain did not store the credentials of %1 (%2); they are kept only until the app quits.</source>
        <translation>Der Schlüsselbund hat die Zugangsdaten von %1 nicht gespeichert (%2); sie werden nur bis zum Beenden der App aufbewahrt.</translation>
    </message>
    <message>
        <source>The server no longer accepts the credentials of %1. Sign in again; then use Retry in the message bar to repeat what failed.</source>
        <translation>Der Server nimmt die Zugangsdaten von %1 nicht mehr an. Melden Sie sich erneut an und wiederholen Sie dann mit „Wiederholen“ in der Meldungsleiste, was fehlgeschlagen ist.</translation>
    </message>
    <message>
        <source>Forget Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Forget the account %1?</source>
        <translation>Das Konto %1 entfernen?</translation>
    </message>
    <message>
        <source>Its saved credentials are removed from the keychain. The account on the server is not changed.</source>
        <translation>Seine gespeicherten Zugangsdaten werden aus dem Schlüsselbund gelöscht. Das Konto auf dem Server bleibt unverändert.</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Forget This Account…</source>
        <translation>Dieses Konto &amp;entfernen…</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Veranstaltungen</translation>
    </message>
    <message>
        <source>The local copy of the demo data could not be removed: %1</source>
        <translation>Die lokale Kopie der Demodaten konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Not every local copy could be removed: %1</source>
        <translation>Nicht jede lokale Kopie konnte gelöscht werden: %1</translation>
    </message>
    <message>
        <source>No local copy of the account can be kept, so it is read from the server page by page: %1</source>
        <translation>Es kann keine lokale Kopie des Kontos angelegt werden, daher wird es Seite für Seite vom Server gelesen: %1</translation>
    </message>
    <message>
        <source>The local copy of the account could not be read (%1). It was set aside as %2 and is being copied again from the server.</source>
        <translation>Die lokale Kopie des Kontos konnte nicht gelesen werden (%1). Sie wurde als %2 beiseitegelegt und wird neu vom Server kopiert.</translation>
    </message>
</context>
<context>
    <name>ctct::ui::CampaignEditor</name>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>First and last name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <source>No name</source>
        <translation>Kein Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Betreff:</translation>
    </message>
    <message>
        <source>From na&amp;me:</source>
        <translation>Absenderna&amp;me:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Reply-To:</source>
        <translation>&amp;Antwort an:</translation>
    </message>
    <message>
        <source>&amp;Lists:</source>
        <translation>&amp;Listen:</translation>
    </message>
    <message>
        <source>Sal&amp;utation:</source>
        <translation>Anre&amp;de:</translation>
    </message>
    <message>
        <source>&amp;Greeting name:</source>
        <translation>Name in der An&amp;rede:</translation>
    </message>
    <message>
        <source>Greeting &amp;text:</source>
        <translation>Begrüßungs&amp;text:</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Remind readers why they get this e-mail</source>
        <translation>Leser erinnern, warum sie diese E-Mail erhalten</translation>
    </message>
    <message>
        <source>Offer a link to view it as a web page</source>
        <translation>Einen Link zur Ansicht als Webseite anbieten</translation>
    </message>
    <message>
        <source>Include a forward-to-a-friend link</source>
        <translation>Einen Link zum Weiterleiten an Freunde einfügen</translation>
    </message>
    <message>
        <source>Include a subscribe link</source>
        <translation>Einen Link zum Abonnieren einfügen</translation>
    </message>
    <message>
        <source>Lin&amp;k text:</source>
        <translation>Lin&amp;ktext:</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Address &amp;1:</source>
        <translation>Adresse &amp;1:</translation>
    </message>
    <message>
        <source>Address &amp;2:</source>
        <translation>Adresse &amp;2:</translation>
    </message>
    <message>
        <source>Address &amp;3:</source>
        <translation>Adresse &amp;3:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>Or&amp;t:</translation>
    </message>
    <message>
        <source>&amp;State (US/CA):</source>
        <translation>Bundes&amp;staat (US/CA):</translation>
    </message>
    <message>
        <source>&amp;Region (elsewhere):</source>
        <translation>&amp;Region (sonst):</translation>
    </message>
    <message>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML:</translation>
    </message>
    <message>
        <source>Plain &amp;text:</source>
        <translation>Nur &amp;Text:</translation>
    </message>
    <message>
        <source>St&amp;yle sheet:</source>
        <translation>St&amp;ylesheet:</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>The account&apos;s sender addresses could not be loaded: %1</source>
        <translation>Die Absenderadressen des Kontos konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>New Draft Campaign</source>
        <translation>Neuer Kampagnenentwurf</translation>
    </message>
    <message>
        <source>Dear</source>
        <translation>Liebe/r</translation>
    </message>
    <message>
        <source>Greetings!</source>
        <translation>Hallo!</translation>
    </message>
    <message>
        <source>Edit Draft Campaign</source>
        <translation>Kampagnenentwurf bearbeiten</translation>
    </message>
    <message>
        <source>Loading the campaign…</source>
        <translation>Die Kampagne wird geladen…</translation>
    </message>
    <message>
        <source>The campaign could not be loaded: %1</source>
        <translation>Die Kampagne konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Duplicate Campaign</source>
        <translation>Kampagne duplizieren</translation>
    </message>
    <message>
        <source>Loading the campaign to copy…</source>
        <translation>Die zu kopierende Kampagne wird geladen…</translation>
    </message>
    <message>
        <source>The campaign to copy could not be loaded: %1</source>
        <translation>Die zu kopierende Kampagne konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Kopie von %1</translation>
    </message>
    <message>
        <source>Campaign (read-only)</source>
        <translation>Kampagne (schreibgeschützt)</translation>
    </message>
    <message>
        <source>This campaign is %1: sent and running campaigns cannot be changed. Duplicate it to make a new draft from it.</source>
        <translation>Diese Kampagne hat den Status %1: Gesendete und laufende Kampagnen können nicht geändert werden. Duplizieren Sie sie, um daraus einen neuen Entwurf zu machen.</translation>
    </message>
    <message>
        <source>The campaign needs HTML content.</source>
        <translation>Die Kampagne braucht HTML-Inhalt.</translation>
    </message>
    <message>
        <source>The XHTML content is not well formed (line %1: %2).</source>
        <translation>Der XHTML-Inhalt ist nicht wohlgeformt (Zeile %1: %2).</translation>
    </message>
    <message>
        <source>The HTML content must be a whole document, from &lt;html&gt; to &lt;/html&gt;.</source>
        <translation>Der HTML-Inhalt muss ein vollständiges Dokument sein, von &lt;html&gt; bis &lt;/html&gt;.</translation>
    </message>
    <message>
        <source>The campaign needs a name.</source>
        <translation>Die Kampagne braucht einen Namen.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; the API takes at most %2.</source>
        <translation>Der Name ist %1 Zeichen lang; die API nimmt höchstens %2 an.</translation>
    </message>
    <message>
        <source>The campaign needs a subject.</source>
        <translation>Die Kampagne braucht einen Betreff.</translation>
    </message>
    <message>
        <source>The campaign needs a from name.</source>
        <translation>Die Kampagne braucht einen Absendernamen.</translation>
    </message>
    <message>
        <source>Choose the From address (one of the account&apos;s verified addresses).</source>
        <translation>Wählen Sie die Absenderadresse (eine der bestätigten Adressen des Kontos).</translation>
    </message>
    <message>
        <source>Choose the Reply-To address (one of the account&apos;s verified addresses).</source>
        <translation>Wählen Sie die Antwortadresse (eine der bestätigten Adressen des Kontos).</translation>
    </message>
    <message>
        <source>The web-page link needs its text and the text before it.</source>
        <translation>Der Link zur Webseite braucht seinen Text und den Text davor.</translation>
    </message>
    <message>
        <source>The permission reminder needs its text.</source>
        <translation>Die Erinnerung an die Einwilligung braucht ihren Text.</translation>
    </message>
    <message>
        <source>The campaign needs a plain-text version of its content.</source>
        <translation>Die Kampagne braucht eine Nur-Text-Fassung ihres Inhalts.</translation>
    </message>
    <message>
        <source>Another campaign is already called &quot;%1&quot;; campaign names must differ. The server said: %2</source>
        <translation>Eine andere Kampagne heißt bereits „%1“; Kampagnennamen müssen sich unterscheiden. Der Server meldete: %2</translation>
    </message>
    <message>
        <source>The server did not accept the campaign. The server said: %1</source>
        <translation>Der Server hat die Kampagne nicht angenommen. Der Server meldete: %1</translation>
    </message>
    <message>
        <source>The campaign is no longer on the server. The server said: %1</source>
        <translation>Die Kampagne ist nicht mehr auf dem Server. Der Server meldete: %1</translation>
    </message>
    <message>
        <source>Re&amp;minder text:</source>
        <translation>Erinnerungs&amp;text:</translation>
    </message>
    <message>
        <source>Text &amp;before the link:</source>
        <translation>Text &amp;vor dem Link:</translation>
    </message>
    <message>
        <source>&amp;Forward link text:</source>
        <translation>Text des &amp;Weiterleitungslinks:</translation>
    </message>
    <message>
        <source>Subscribe &amp;link text:</source>
        <translation>Text des A&amp;bonnierlinks:</translation>
    </message>
</context>
<context>
    <name>ctct::ui::CampaignReportWindow</name>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>Öffnungen</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Unzustellbare</translation>
    </message>
    <message>
        <source>Forwards</source>
        <translation>Weiterleitungen</translation>
    </message>
    <message>
        <source>Opt-outs</source>
        <translation>Abmeldungen</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Fortschritt des Berichts</translation>
    </message>
    <message>
        <source>%v of about %m events</source>
        <translation>%v von etwa %m Ereignissen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Loading the event feeds…</source>
        <translation>Die Ereignis-Feeds werden geladen…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Bounces by reason</source>
        <translation>Unzustellbare nach Grund</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Unique clicks</source>
        <translation>Eindeutige Klicks</translation>
    </message>
    <message>
        <source>Clicks per link</source>
        <translation>Klicks pro Link</translation>
    </message>
    <message>
        <source>Opens and clicks by hour</source>
        <translation>Öffnungen und Klicks pro Stunde</translation>
    </message>
    <message>
        <source>Opens and clicks by day</source>
        <translation>Öffnungen und Klicks pro Tag</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Loading was canceled: the numbers below are the campaign&apos;s own counts only.</source>
        <translation>Das Laden wurde abgebrochen: Die Zahlen unten sind nur die eigenen Zählungen der Kampagne.</translation>
    </message>
    <message>
        <source>This campaign is not on the server (any more): %1</source>
        <translation>Diese Kampagne ist nicht (mehr) auf dem Server: %1</translation>
    </message>
    <message>
        <source>The report could not be loaded: %1</source>
        <translation>Der Bericht konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Show the contacts behind this number</source>
        <translation>Die Kontakte hinter dieser Zahl zeigen</translation>
    </message>
    <message>
        <source>Report: %1</source>
        <translation>Bericht: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>The event feeds hold the last 90 days only (since %1).</source>
        <translation>Die Ereignis-Feeds reichen nur 90 Tage zurück (seit %1).</translation>
    </message>
    <message>
        <source>This campaign has older events: the campaign&apos;s own counts (right) include them, the totals, unique counts and rates do not.</source>
        <translation>Diese Kampagne hat ältere Ereignisse: Die eigenen Zählungen der Kampagne (rechts) enthalten sie, die Summen, eindeutigen Zählungen und Raten nicht.</translation>
    </message>
    <message>
        <source>Click a number to see the contacts behind it.</source>
        <translation>Klicken Sie auf eine Zahl, um die Kontakte dahinter zu sehen.</translation>
    </message>
    <message>
        <source>The campaign&apos;s own counts are shown while its events load.</source>
        <translation>Solange die Ereignisse laden, werden die eigenen Zählungen der Kampagne gezeigt.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Campaign&apos;s count</source>
        <translation>Zählung der Kampagne</translation>
    </message>
    <message>
        <source>As the campaign entry states it, older events included</source>
        <translation>Wie im Eintrag der Kampagne angegeben, ältere Ereignisse eingeschlossen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, distinct contacts: %2</source>
        <translation>%1, verschiedene Kontakte: %2</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Sends less bounces: what the rates are counted on</source>
        <translation>Sendungen abzüglich Unzustellbarer: die Grundlage der Raten</translation>
    </message>
    <message>
        <source>Spam reports</source>
        <translation>Spam-Meldungen</translation>
    </message>
    <message>
        <source>The API gives only the count of spam reports, not who made them</source>
        <translation>Die API nennt nur die Anzahl der Spam-Meldungen, nicht wer sie gemacht hat</translation>
    </message>
    <message>
        <source>Unknown code</source>
        <translation>Unbekannter Code</translation>
    </message>
    <message>
        <source>(no link given)</source>
        <translation>(kein Link angegeben)</translation>
    </message>
    <message>
        <source>Bounces %1 (%2)</source>
        <translation>Unzustellbare %1 (%2)</translation>
    </message>
    <message>
        <source>unknown code</source>
        <translation>unbekannter Code</translation>
    </message>
    <message>
        <source>Clicks on %1</source>
        <translation>Klicks auf %1</translation>
    </message>
    <message>
        <source>%1, one row per contact</source>
        <translation>%1, eine Zeile pro Kontakt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 cannot be written</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: %2 in the feeds, %3 contacts; the campaign&apos;s count: %4</source>
        <translation>%1: %2 in den Feeds, %3 Kontakte; Zählung der Kampagne: %4</translation>
    </message>
    <message>
        <source>Spam reports: %1</source>
        <translation>Spam-Meldungen: %1</translation>
    </message>
    <message>
        <source>Delivered: %1. Open rate %2, click rate %3, bounce rate %4, opt-out rate %5.</source>
        <translation>Zugestellt: %1. Öffnungsrate %2, Klickrate %3, Bounce-Rate %4, Abmelderate %5.</translation>
    </message>
    <message>
        <source>%1 clicks (%2 contacts): %3</source>
        <translation>%1 Klicks (%2 Kontakte): %3</translation>
    </message>
    <message>
        <source>No links were clicked.</source>
        <translation>Es wurden keine Links geklickt.</translation>
    </message>
    <message>
        <source>%1 %2: %3 bounces (%4 contacts)</source>
        <translation>%1 %2: %3 Unzustellbare (%4 Kontakte)</translation>
    </message>
    <message>
        <source>Nothing bounced.</source>
        <translation>Nichts war unzustellbar.</translation>
    </message>
    <message>
        <source>Export Report as CSV</source>
        <translation>Bericht als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export Report as PDF</source>
        <translation>Bericht als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Events kept on this computer since %1 (the server keeps 90 days).</source>
        <translation>Ereignisse auf diesem Computer seit %1 aufbewahrt (der Server behält 90 Tage).</translation>
    </message>
    <message>
        <source>No events are kept on this computer for this campaign.</source>
        <translation>Für diese Kampagne sind auf diesem Computer keine Ereignisse aufbewahrt.</translation>
    </message>
    <message>
        <source>Offline: this report is from the local copy of the account.</source>
        <translation>Offline: Dieser Bericht stammt aus der lokalen Kopie des Kontos.</translation>
    </message>
    <message>
        <source>The campaign&apos;s own counts (right) include older events than are kept here; the totals, unique counts and rates do not.</source>
        <translation>Die eigenen Zählungen der Kampagne (rechts) enthalten ältere Ereignisse, als hier aufbewahrt sind; die Summen, eindeutigen Zählungen und Raten nicht.</translation>
    </message>
</context>
<context>
    <name>ctct::ui::CampaignsTab</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>The campaigns could not be loaded: %1</source>
        <translation>Die Kampagnen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Open &amp;Report</source>
        <translation>Bericht ö&amp;ffnen</translation>
    </message>
    <message>
        <source>How the selected campaign did (Enter)</source>
        <translation>Wie die ausgewählte Kampagne abgeschnitten hat (Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>The rates of the selected sent campaigns side by side</source>
        <translation>Die Raten der ausgewählten gesendeten Kampagnen im Vergleich</translation>
    </message>
    <message>
        <source>&amp;New Draft…</source>
        <translation>&amp;Neuer Entwurf…</translation>
    </message>
    <message>
        <source>Prepare a new campaign (Ctrl+N)</source>
        <translation>Eine neue Kampagne vorbereiten (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit Draft…</source>
        <translation>Entwurf &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected draft or scheduled campaign</source>
        <translation>Den ausgewählten Entwurf oder die geplante Kampagne ändern</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>D&amp;uplizieren…</translation>
    </message>
    <message>
        <source>A new draft with the selected campaign&apos;s settings and content</source>
        <translation>Ein neuer Entwurf mit den Einstellungen und dem Inhalt der ausgewählten Kampagne</translation>
    </message>
    <message>
        <source>&amp;Delete Draft…</source>
        <translation>Entwurf &amp;löschen…</translation>
    </message>
    <message>
        <source>Delete the selected draft or scheduled campaign</source>
        <translation>Den ausgewählten Entwurf oder die geplante Kampagne löschen</translation>
    </message>
    <message>
        <source>Search campaigns</source>
        <translation>Kampagnen durchsuchen</translation>
    </message>
    <message>
        <source>Name or subject (Ctrl+F)</source>
        <translation>Name oder Betreff (Strg+F)</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Draft</source>
        <comment>campaign status</comment>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <comment>campaign status</comment>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Running</source>
        <comment>campaign status</comment>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>campaign status</comment>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Content preview</source>
        <translation>Vorschau des Inhalts</translation>
    </message>
    <message>
        <source>Select a campaign to see its settings and content.</source>
        <translation>Wählen Sie eine Kampagne aus, um ihre Einstellungen und ihren Inhalt zu sehen.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Scheduled for</source>
        <translation>Geplant für</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Reply-To</source>
        <translation>Antwort an</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Permission reminder</source>
        <translation>Erinnerung an die Einwilligung</translation>
    </message>
    <message>
        <source>View as web page</source>
        <translation>Als Webseite ansehen</translation>
    </message>
    <message>
        <source>Forward link</source>
        <translation>Weiterleitungslink</translation>
    </message>
    <message>
        <source>Subscribe link</source>
        <translation>Abonnierlink</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Gesendet an</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>This campaign has no content of its own (a template campaign).</source>
        <translation>Diese Kampagne hat keinen eigenen Inhalt (eine Vorlagenkampagne).</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Delete Campaign</source>
        <translation>Kampagne löschen</translation>
    </message>
    <message>
        <source>Delete the campaign %1?</source>
        <translation>Die Kampagne %1 löschen?</translation>
    </message>
    <message>
        <source>It is scheduled: deleting it also cancels the sending. This cannot be undone.</source>
        <translation>Sie ist geplant: Das Löschen bricht auch den Versand ab. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Its settings and content are deleted from the account. This cannot be undone.</source>
        <translation>Ihre Einstellungen und ihr Inhalt werden aus dem Konto gelöscht. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>The server refused to delete it (only drafts and scheduled campaigns can be deleted): %1</source>
        <translation>Der Server hat das Löschen verweigert (nur Entwürfe und geplante Kampagnen können gelöscht werden): %1</translation>
    </message>
    <message>
        <source>%1 could not be deleted: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>%1 was deleted.</source>
        <translation>%1 wurde gelöscht.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Campaign details</source>
        <translation>Kampagnendetails</translation>
    </message>
    <message>
        <source>&amp;Schedule…</source>
        <translation>&amp;Planen…</translation>
    </message>
    <message>
        <source>Choose when the selected draft is sent</source>
        <translation>Festlegen, wann der ausgewählte Entwurf gesendet wird</translation>
    </message>
    <message>
        <source>Cancel the sending of the selected scheduled campaign; it becomes a draft</source>
        <translation>Den Versand der ausgewählten geplanten Kampagne abbrechen; sie wird wieder ein Entwurf</translation>
    </message>
    <message>
        <source>%1 is scheduled for %2.</source>
        <translation>%1 ist für %2 geplant.</translation>
    </message>
    <message>
        <source>Unschedule Campaign</source>
        <translation>Planung der Kampagne aufheben</translation>
    </message>
    <message>
        <source>Cancel the sending of %1?</source>
        <translation>Den Versand von %1 abbrechen?</translation>
    </message>
    <message>
        <source>Cancel the sending of %1, scheduled for %2?</source>
        <translation>Den für %2 geplanten Versand von %1 abbrechen?</translation>
    </message>
    <message>
        <source>It becomes a draft again, with its settings and content; you can schedule it later.</source>
        <translation>Sie wird wieder ein Entwurf mit ihren Einstellungen und ihrem Inhalt; Sie können sie später neu planen.</translation>
    </message>
    <message>
        <source>It is not scheduled any more (it may have been sent). The server said: %1</source>
        <translation>Sie ist nicht mehr geplant (vielleicht wurde sie schon gesendet). Der Server meldete: %1</translation>
    </message>
    <message>
        <source>%1 could not be unscheduled: %2</source>
        <translation>Die Planung von %1 konnte nicht aufgehoben werden: %2</translation>
    </message>
    <message>
        <source>%1 is a draft again; it will not be sent.</source>
        <translation>%1 ist wieder ein Entwurf; sie wird nicht gesendet.</translation>
    </message>
    <message>
        <source>&amp;Unschedule</source>
        <translation>Planung &amp;aufheben</translation>
    </message>
    <message>
        <source>Unsc&amp;hedule…</source>
        <translation>Planung &amp;aufheben…</translation>
    </message>
</context>
<context>
    <name>ctct::ui::CheckInWindow</name>
    <message>
        <source>Not checked in: the request failed</source>
        <translation>Nicht eingecheckt: Die Anfrage ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>No guests</source>
        <translation>Keine Gäste</translation>
    </message>
    <message numerus="yes">
        <source>With %n guests</source>
        <translation>
            <numerusform>Mit %n Gast</numerusform>
            <numerusform>Mit %n Gästen</numerusform>
        </translation>
    </message>
    <message>
        <source>Check-in: %1</source>
        <translation>Check-in: %1</translation>
    </message>
    <message>
        <source>Check-in counts</source>
        <translation>Check-in-Zahlen</translation>
    </message>
    <message>
        <source>Find registrant</source>
        <translation>Teilnehmer suchen</translation>
    </message>
    <message>
        <source>Name, e-mail or ticket, then Enter</source>
        <translation>Name, E-Mail oder Ticket, dann Eingabe</translation>
    </message>
    <message>
        <source>Check-in result</source>
        <translation>Check-in-Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last check-in (Ctrl+Z)</source>
        <translation>Den letzten Check-in rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Matching registrants</source>
        <translation>Passende Teilnehmer</translation>
    </message>
    <message>
        <source>Check In (Enter)</source>
        <translation>Einchecken (Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Print Sheet…</source>
        <translation>Liste &amp;drucken…</translation>
    </message>
    <message>
        <source>A PDF of everyone registered, with a box to tick, for when the network fails</source>
        <translation>Ein PDF mit allen Angemeldeten und einem Kästchen zum Abhaken, falls das Netz ausfällt</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Loading the registrants…</source>
        <translation>Die Teilnehmer werden geladen…</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Connect to an account first.</source>
        <translation>Verbinden Sie sich zuerst mit einem Konto.</translation>
    </message>
    <message>
        <source>The registrants could not be loaded</source>
        <translation>Die Teilnehmer konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>No match for “%1”</source>
        <translation>Kein Treffer für „%1“</translation>
    </message>
    <message>
        <source>Not all registrants are loaded yet.</source>
        <translation>Noch sind nicht alle Teilnehmer geladen.</translation>
    </message>
    <message>
        <source>Check the spelling, or try the e-mail.</source>
        <translation>Prüfen Sie die Schreibweise oder versuchen Sie es mit der E-Mail.</translation>
    </message>
    <message>
        <source>Type more, or choose one with the arrow keys and press Enter.</source>
        <translation>Tippen Sie weiter oder wählen Sie mit den Pfeiltasten und drücken Sie Eingabe.</translation>
    </message>
    <message>
        <source>%1 is already checked in</source>
        <translation>%1 ist bereits eingecheckt</translation>
    </message>
    <message>
        <source>%1 cancelled the registration</source>
        <translation>%1 hat die Anmeldung storniert</translation>
    </message>
    <message>
        <source>Not checked in.</source>
        <translation>Nicht eingecheckt.</translation>
    </message>
    <message>
        <source>%1 did not complete the registration</source>
        <translation>%1 hat die Anmeldung nicht abgeschlossen</translation>
    </message>
    <message>
        <source>Registration status: %1. Not checked in.</source>
        <translation>Anmeldestatus: %1. Nicht eingecheckt.</translation>
    </message>
    <message>
        <source>%1 is being checked in</source>
        <translation>%1 wird eingecheckt</translation>
    </message>
    <message>
        <source>Waiting for the server.</source>
        <translation>Warten auf den Server.</translation>
    </message>
    <message>
        <source>Nothing to undo</source>
        <translation>Nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>Undoing the check-in of %1…</source>
        <translation>Der Check-in von %1 wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>Checking in %1…</source>
        <translation>%1 wird eingecheckt…</translation>
    </message>
    <message>
        <source>%1 is still checked in</source>
        <translation>%1 ist weiterhin eingecheckt</translation>
    </message>
    <message>
        <source>%1 is NOT checked in</source>
        <translation>%1 ist NICHT eingecheckt</translation>
    </message>
    <message>
        <source>Check-in of %1 undone</source>
        <translation>Check-in von %1 rückgängig gemacht</translation>
    </message>
    <message>
        <source>%1 is not checked in.</source>
        <translation>%1 ist nicht eingecheckt.</translation>
    </message>
    <message>
        <source>✓ %1 checked in</source>
        <translation>✓ %1 eingecheckt</translation>
    </message>
    <message>
        <source>Print Check-in Sheet</source>
        <translation>Check-in-Liste drucken</translation>
    </message>
    <message>
        <source>%1 check-in sheet.pdf</source>
        <translation>%1 Check-in-Liste.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the check-in sheet…</source>
        <translation>Die Check-in-Liste wird geschrieben…</translation>
    </message>
    <message>
        <source>The check-in sheet is written</source>
        <translation>Die Check-in-Liste ist geschrieben</translation>
    </message>
    <message>
        <source>The check-in sheet could not be written</source>
        <translation>Die Check-in-Liste konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checked in %1 of %2
Guests %3 of %4</source>
        <translation>Eingecheckt %1 von %2
Gäste %3 von %4</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln registrants so far; check-in can start.</source>
        <translation>
            <numerusform>Bisher %Ln Teilnehmer; der Check-in kann beginnen.</numerusform>
            <numerusform>Bisher %Ln Teilnehmer; der Check-in kann beginnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registrants loaded. Type a name, an e-mail or a ticket, then Enter.</source>
        <translation>
            <numerusform>%Ln Teilnehmer geladen. Geben Sie einen Namen, eine E-Mail oder ein Ticket ein, dann Eingabe.</numerusform>
            <numerusform>%Ln Teilnehmer geladen. Geben Sie einen Namen, eine E-Mail oder ein Ticket ein, dann Eingabe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln registrants match</source>
        <translation>
            <numerusform>%Ln Teilnehmer passt</numerusform>
            <numerusform>%Ln Teilnehmer passen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::ui::CompareWindow</name>
    <message>
        <source>Compare Campaigns</source>
        <translation>Kampagnen vergleichen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Unique opens</source>
        <translation>Eindeutige Öffnungen</translation>
    </message>
    <message>
        <source>Open rate</source>
        <translation>Öffnungsrate</translation>
    </message>
    <message>
        <source>Unique clicks</source>
        <translation>Eindeutige Klicks</translation>
    </message>
    <message>
        <source>Click rate</source>
        <translation>Klickrate</translation>
    </message>
    <message>
        <source>Bounce rate</source>
        <translation>Bounce-Rate</translation>
    </message>
    <message>
        <source>Opt-out rate</source>
        <translation>Abmelderate</translation>
    </message>
    <message>
        <source>Campaigns compared</source>
        <translation>Verglichene Kampagnen</translation>
    </message>
    <message>
        <source>Rates side by side</source>
        <translation>Raten im Vergleich</translation>
    </message>
    <message>
        <source>A report could not be loaded: %1</source>
        <translation>Ein Bericht konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>Rates over delivered mail (sends less bounces); the bounce rate over sends. From the event feeds of the last 90 days.</source>
        <translation>Raten bezogen auf zugestellte Mails (Sendungen abzüglich Unzustellbarer); die Bounce-Rate bezogen auf Sendungen. Aus den Ereignis-Feeds der letzten 90 Tage.</translation>
    </message>
</context>
<context>
    <name>ctct::ui::ContactDetails</name>
    <message>
        <source>added by the account owner</source>
        <translation>vom Kontoinhaber hinzugefügt</translation>
    </message>
    <message>
        <source>by the contact</source>
        <translation>vom Kontakt selbst</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdetails</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>E-mail format:</source>
        <translation>E-Mail-Format:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Firma:</translation>
    </message>
    <message>
        <source>Home phone:</source>
        <translation>Telefon privat:</translation>
    </message>
    <message>
        <source>Work phone:</source>
        <translation>Telefon geschäftlich:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>Custom field %1:</source>
        <translation>Eigenes Feld %1:</translation>
    </message>
    <message>
        <source>Lists:</source>
        <translation>Listen:</translation>
    </message>
    <message>
        <source>Opted in:</source>
        <translation>Angemeldet:</translation>
    </message>
    <message>
        <source>Opted out:</source>
        <translation>Abgemeldet:</translation>
    </message>
    <message>
        <source>Added:</source>
        <translation>Hinzugefügt:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <source>History (last 90 days)</source>
        <translation>Verlauf (letzte 90 Tage)</translation>
    </message>
    <message>
        <source>Campaign history</source>
        <translation>Kampagnenverlauf</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>Der Verlauf konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Could not load the contact</source>
        <translation>Der Kontakt konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not read the contact</source>
        <translation>Der Kontakt konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>List %1</source>
        <translation>Liste %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 (loading…)</source>
        <translation>%1 (wird geladen…)</translation>
    </message>
    <message>
        <source>No campaign activity in the last 90 days.</source>
        <translation>Keine Kampagnenaktivität in den letzten 90 Tagen.</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts selected</source>
        <translation>
            <numerusform>%n Kontakt ausgewählt</numerusform>
            <numerusform>%n Kontakte ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>Kein Kontakt ausgewählt</translation>
    </message>
    <message>
        <source>Select a contact to see every field and its lists.</source>
        <translation>Wählen Sie einen Kontakt aus, um alle Felder und seine Listen zu sehen.</translation>
    </message>
    <message>
        <source>Enter or a double-click opens the campaign&apos;s report</source>
        <translation>Eingabe oder ein Doppelklick öffnet den Bericht der Kampagne</translation>
    </message>
    <message>
        <source>Open Campaign &amp;Report</source>
        <translation>&amp;Bericht der Kampagne öffnen</translation>
    </message>
    <message>
        <source>%1 (from the local copy: the server did not answer)</source>
        <translation>%1 (aus der lokalen Kopie: Der Server hat nicht geantwortet)</translation>
    </message>
    <message>
        <source>Shown from the local copy: the server did not answer (%1).</source>
        <translation>Aus der lokalen Kopie angezeigt: Der Server hat nicht geantwortet (%1).</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>No campaign activity.</source>
        <translation>Keine Kampagnenaktivität.</translation>
    </message>
</context>
<context>
    <name>ctct::ui::ContactEditor</name>
    <message>
        <source>&amp;Name These Fields…</source>
        <translation>Diese Felder &amp;benennen…</translation>
    </message>
    <message>
        <source>Name the custom fields</source>
        <translation>Die eigenen Felder benennen</translation>
    </message>
    <message>
        <source>Edit Contact</source>
        <translation>Kontakt bearbeiten</translation>
    </message>
    <message>
        <source>Loading the contact…</source>
        <translation>Der Kontakt wird geladen…</translation>
    </message>
    <message>
        <source>The contact could not be loaded: %1</source>
        <translation>Der Kontakt konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>New Contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Edit Contact — %1</source>
        <translation>Kontakt bearbeiten – %1</translation>
    </message>
    <message>
        <source>This contact opted out (Do Not Mail). The server refuses changes made by the account owner: only the contact can subscribe again.</source>
        <translation>Dieser Kontakt hat sich abgemeldet („Nicht anschreiben“). Der Server lehnt Änderungen durch den Kontoinhaber ab: Nur der Kontakt selbst kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>List %1</source>
        <translation>Liste %1</translation>
    </message>
    <message>
        <source>Enter an e-mail address: every contact needs one.</source>
        <translation>Geben Sie eine E-Mail-Adresse ein: Jeder Kontakt braucht eine.</translation>
    </message>
    <message>
        <source>“%1” is not a valid e-mail address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3 are allowed.</source>
        <translation>%1 ist zu lang: %2 Zeichen, erlaubt sind höchstens %3.</translation>
    </message>
    <message>
        <source>The note is too long: %1 characters, at most %2 are allowed.</source>
        <translation>Die Notiz ist zu lang: %1 Zeichen, erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>Custom field %1 is too long: %2 characters, at most %3 are allowed.</source>
        <translation>Eigenes Feld %1 ist zu lang: %2 Zeichen, erlaubt sind höchstens %3.</translation>
    </message>
    <message>
        <source>Tick at least one list: the API adds a new contact to a list.</source>
        <translation>Wählen Sie mindestens eine Liste: Die API fügt einen neuen Kontakt einer Liste hinzu.</translation>
    </message>
    <message>
        <source>Adding the contact…</source>
        <translation>Der Kontakt wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Another contact already has the e-mail address %1: an address can belong to only one contact of the account. The server said: %2</source>
        <translation>Ein anderer Kontakt hat bereits die E-Mail-Adresse %1: Eine Adresse kann nur zu einem Kontakt des Kontos gehören. Der Server meldete: %2</translation>
    </message>
    <message>
        <source>The server did not accept the contact. The server said: %1</source>
        <translation>Der Server hat den Kontakt nicht angenommen. Der Server meldete: %1</translation>
    </message>
    <message>
        <source>The server refused the change. A contact who opted out can only be subscribed again by the contact. The server said: %1</source>
        <translation>Der Server hat die Änderung verweigert. Ein abgemeldeter Kontakt kann nur von sich aus wieder angemeldet werden. Der Server meldete: %1</translation>
    </message>
    <message>
        <source>The contact no longer exists on the server. The server said: %1</source>
        <translation>Der Kontakt existiert nicht mehr auf dem Server. Der Server meldete: %1</translation>
    </message>
</context>
<context>
    <name>ctct::ui::ContactsTab</name>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts could not be loaded: %1</source>
        <translation>Kontakte konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>&amp;New Contact…</source>
        <translation>&amp;Neuer Kontakt…</translation>
    </message>
    <message>
        <source>Add a contact to the account (Ctrl+N)</source>
        <translation>Dem Konto einen Kontakt hinzufügen (Strg+N)</translation>
    </message>
    <message>
        <source>&amp;Edit Contact…</source>
        <translation>Kontakt &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the selected contact (Enter)</source>
        <translation>Den ausgewählten Kontakt bearbeiten (Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Opt Out…</source>
        <translation>Ab&amp;melden…</translation>
    </message>
    <message>
        <source>Move the selected contacts to Do Not Mail</source>
        <translation>Die ausgewählten Kontakte nach „Nicht anschreiben“ verschieben</translation>
    </message>
    <message>
        <source>&amp;Load All Contacts</source>
        <translation>Alle &amp;Kontakte laden</translation>
    </message>
    <message>
        <source>Load every contact of this view, not only the pages scrolled to</source>
        <translation>Alle Kontakte dieser Ansicht laden, nicht nur die bis hierher gescrollten Seiten</translation>
    </message>
    <message>
        <source>&amp;Remove from This List</source>
        <translation>Aus dieser Liste &amp;entfernen</translation>
    </message>
    <message>
        <source>Take the selected contacts off the list shown</source>
        <translation>Die ausgewählten Kontakte aus der angezeigten Liste nehmen</translation>
    </message>
    <message>
        <source>Remove from &amp;All Lists…</source>
        <translation>&amp;Aus allen Listen entfernen…</translation>
    </message>
    <message>
        <source>Take the selected contacts off every list (status Removed; you can add them again later)</source>
        <translation>Die ausgewählten Kontakte aus allen Listen nehmen (Status „Entfernt“; Sie können sie später wieder hinzufügen)</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <source>Name, e-mail or company (Ctrl+F)</source>
        <translation>Name, E-Mail oder Firma (Strg+F)</translation>
    </message>
    <message>
        <source>Clear search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>contact status</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <comment>contact status</comment>
        <translation>Unbestätigt</translation>
    </message>
    <message>
        <source>Removed</source>
        <comment>contact status</comment>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Do Not Mail</source>
        <comment>contact status</comment>
        <translation>Nicht anschreiben</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktdetails</translation>
    </message>
    <message>
        <source>Loading contacts…</source>
        <translation>Kontakte werden geladen…</translation>
    </message>
    <message>
        <source>No loaded contact matches; looking up %1 on the server…</source>
        <translation>Kein geladener Kontakt passt; %1 wird auf dem Server gesucht…</translation>
    </message>
    <message>
        <source>The lookup of %1 on the server failed: %2</source>
        <translation>Die Suche nach %1 auf dem Server ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>No contact of the account has the address %1.</source>
        <translation>Kein Kontakt des Kontos hat die Adresse %1.</translation>
    </message>
    <message>
        <source>Found %1 on the server.</source>
        <translation>%1 wurde auf dem Server gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>Loading contacts: %n loaded…</source>
        <translation>
            <numerusform>Kontakte werden geladen: %n geladen…</numerusform>
            <numerusform>Kontakte werden geladen: %n geladen…</numerusform>
        </translation>
    </message>
    <message>
        <source>The contact was saved, but could not be loaded again: %1</source>
        <translation>Der Kontakt wurde gespeichert, konnte aber nicht neu geladen werden: %1</translation>
    </message>
    <message>
        <source>Opt out %1?</source>
        <translation>%1 abmelden?</translation>
    </message>
    <message numerus="yes">
        <source>Opt out %n contacts?</source>
        <translation>
            <numerusform>%n Kontakt abmelden?</numerusform>
            <numerusform>%n Kontakte abmelden?</numerusform>
        </translation>
    </message>
    <message>
        <source>Opt Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Opted-out contacts move to Do Not Mail and leave every list; no campaign reaches them. You, the account owner, cannot undo this: only the contact can subscribe again.</source>
        <translation>Abgemeldete Kontakte kommen nach „Nicht anschreiben“ und verlassen alle Listen; keine Kampagne erreicht sie mehr. Sie als Kontoinhaber können das nicht rückgängig machen: Nur der Kontakt selbst kann sich wieder anmelden.</translation>
    </message>
    <message>
        <source>Opting out…</source>
        <translation>Wird abgemeldet…</translation>
    </message>
    <message>
        <source>%1 could not be opted out: %2</source>
        <translation>%1 konnte nicht abgemeldet werden: %2</translation>
    </message>
    <message>
        <source>Adding %1 to %2</source>
        <translation>%1 zu %2 hinzufügen</translation>
    </message>
    <message>
        <source>Removing %1 from %2</source>
        <translation>%1 aus %2 entfernen</translation>
    </message>
    <message>
        <source>Remove from All Lists</source>
        <translation>Aus allen Listen entfernen</translation>
    </message>
    <message>
        <source>Take %1 off every list?</source>
        <translation>%1 aus allen Listen nehmen?</translation>
    </message>
    <message>
        <source>They stay in the account with the status Removed and get no campaigns; you can add them to a list again later. This is not an opt-out.</source>
        <translation>Sie bleiben mit dem Status „Entfernt“ im Konto und erhalten keine Kampagnen; Sie können sie später wieder einer Liste hinzufügen. Das ist keine Abmeldung.</translation>
    </message>
    <message>
        <source>Removing %1 from every list</source>
        <translation>%1 aus allen Listen entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 of %3 could not be changed. %4</source>
        <translation>%1: %2 von %3 konnten nicht geändert werden. %4</translation>
    </message>
    <message>
        <source>%1: done, %2 changed (one bulk activity).</source>
        <translation>%1: fertig, %2 geändert (eine Sammelaktivität).</translation>
    </message>
    <message>
        <source>%1: done, %2 changed.</source>
        <translation>%1: fertig, %2 geändert.</translation>
    </message>
    <message>
        <source>The local copy of the account could not be read: %1</source>
        <translation>Die lokale Kopie des Kontos konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n contacts shown</source>
        <translation>
            <numerusform>%1 von %n Kontakt angezeigt</numerusform>
            <numerusform>%1 von %n Kontakten angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::ui::CustomFieldLabelsDialog</name>
    <message>
        <source>Custom Field Names</source>
        <translation>Namen der eigenen Felder</translation>
    </message>
    <message>
        <source>Name the custom fields the way your account uses them. The names are kept on this computer; the API stores only the values.</source>
        <translation>Benennen Sie die eigenen Felder so, wie Ihr Konto sie verwendet. Die Namen bleiben auf diesem Computer; die API speichert nur die Werte.</translation>
    </message>
    <message>
        <source>Custom field %1</source>
        <translation>Eigenes Feld %1</translation>
    </message>
    <message>
        <source>Name of custom field %1</source>
        <translation>Name des eigenen Felds %1</translation>
    </message>
    <message>
        <source>Field %1:</source>
        <translation>Feld %1:</translation>
    </message>
</context>
<context>
    <name>ctct::ui::DrillDownWindow</name>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Contacts behind the number</source>
        <translation>Kontakte hinter der Zahl</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation>Als CSV &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Add to List</source>
        <translation>Zur Liste &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add these contacts to one of the account&apos;s lists</source>
        <translation>Diese Kontakte einer Liste des Kontos hinzufügen</translation>
    </message>
    <message>
        <source>&amp;New List from These…</source>
        <translation>&amp;Neue Liste daraus…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Names could not be looked up: %1</source>
        <translation>Namen konnten nicht nachgeschlagen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Adding %n contacts to %1…</source>
        <translation>
            <numerusform>%n Kontakt wird zu %1 hinzugefügt…</numerusform>
            <numerusform>%n Kontakte werden zu %1 hinzugefügt…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contacts could not be added to %1; the first, %2: %3</source>
        <translation>
            <numerusform>%n Kontakt konnte nicht zu %1 hinzugefügt werden: %2: %3</numerusform>
            <numerusform>%n Kontakte konnten nicht zu %1 hinzugefügt werden; der erste, %2: %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Canceled: %n contacts were added to %1.</source>
        <translation>
            <numerusform>Abgebrochen: %n Kontakt wurde zu %1 hinzugefügt.</numerusform>
            <numerusform>Abgebrochen: %n Kontakte wurden zu %1 hinzugefügt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %n contacts added to %1.</source>
        <translation>
            <numerusform>Fertig: %n Kontakt zu %1 hinzugefügt.</numerusform>
            <numerusform>Fertig: %n Kontakte zu %1 hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts written to %1.</source>
        <translation>
            <numerusform>%n Kontakt in %1 geschrieben.</numerusform>
            <numerusform>%n Kontakte in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ctct::ui::EntryEditor</name>
    <message>
        <source>there is no connection to a server</source>
        <translation>es besteht keine Verbindung zu einem Server</translation>
    </message>
    <message>
        <source>the server&apos;s answer could not be read: %1</source>
        <translation>die Antwort des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Wird hinzugefügt…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
</context>
<context>
    <name>ctct::ui::EventEditor</name>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Limit</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Guests each</source>
        <translation>Gäste je Person</translation>
    </message>
    <message>
        <source>Fee label</source>
        <translation>Bezeichnung der Gebühr</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Early fee</source>
        <translation>Frühbucher</translation>
    </message>
    <message>
        <source>Late fee</source>
        <translation>Spätbucher</translation>
    </message>
    <message>
        <source>New Event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <source>A new event starts as a draft; make it active when it is ready.</source>
        <translation>Eine neue Veranstaltung beginnt als Entwurf; schalten Sie sie aktiv, wenn sie fertig ist.</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>Veranstaltung bearbeiten</translation>
    </message>
    <message>
        <source>Loading the event…</source>
        <translation>Die Veranstaltung wird geladen…</translation>
    </message>
    <message>
        <source>The event could not be loaded: %1</source>
        <translation>Die Veranstaltung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>An event needs a name.</source>
        <translation>Eine Veranstaltung braucht einen Namen.</translation>
    </message>
    <message>
        <source>The event ends before it starts.</source>
        <translation>Die Veranstaltung endet, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>Line %1 of the registration types has no type name.</source>
        <translation>Zeile %1 der Anmeldearten hat keinen Namen.</translation>
    </message>
    <message>
        <source>Line %1: the limits must be whole numbers.</source>
        <translation>Zeile %1: Die Grenzen müssen ganze Zahlen sein.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not an amount (write it like 25.00).</source>
        <translation>Zeile %1: „%2“ ist kein Betrag (schreiben Sie ihn wie 25.00).</translation>
    </message>
    <message>
        <source>PayPal needs the e-mail address of the PayPal account.</source>
        <translation>PayPal braucht die E-Mail-Adresse des PayPal-Kontos.</translation>
    </message>
    <message>
        <source>Cheques need the address they are sent to.</source>
        <translation>Schecks brauchen die Adresse, an die sie gehen.</translation>
    </message>
    <message>
        <source>A fee is required, but no registration type has a fee.</source>
        <translation>Eine Gebühr ist erforderlich, aber keine Anmeldeart hat eine Gebühr.</translation>
    </message>
    <message>
        <source>A fee is required: choose its currency.</source>
        <translation>Eine Gebühr ist erforderlich: Wählen Sie ihre Währung.</translation>
    </message>
    <message>
        <source>A fee is required: choose at least one way to pay.</source>
        <translation>Eine Gebühr ist erforderlich: Wählen Sie mindestens eine Zahlungsart.</translation>
    </message>
    <message>
        <source>The server did not accept the event. The server said: %1</source>
        <translation>Der Server hat die Veranstaltung nicht angenommen. Der Server meldete: %1</translation>
    </message>
    <message>
        <source>The event is no longer on the server. The server said: %1</source>
        <translation>Die Veranstaltung ist nicht mehr auf dem Server. Der Server meldete: %1</translation>
    </message>
    <message>
        <source>This server does not let events be created or changed through the API. The server said: %1</source>
        <translation>Dieser Server erlaubt nicht, Veranstaltungen über die API anzulegen oder zu ändern. Der Server meldete: %1</translation>
    </message>
    <message>
        <source>St&amp;arts (%1):</source>
        <translation>&amp;Beginn (%1):</translation>
    </message>
    <message>
        <source>&amp;Ends (%1):</source>
        <translation>&amp;Ende (%1):</translation>
    </message>
</context>
<context>
    <name>ctct::ui::EventsTab</name>
    <message>
        <source>The events could not be loaded: %1</source>
        <translation>Die Veranstaltungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The registrants of %1 could not be loaded: %2</source>
        <translation>Die Teilnehmer von %1 konnten nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>&amp;New Event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <source>Create an event (Ctrl+N); it starts as a draft</source>
        <translation>Eine Veranstaltung anlegen (Strg+N); sie beginnt als Entwurf</translation>
    </message>
    <message>
        <source>&amp;Edit Event…</source>
        <translation>Veranstaltung &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected event</source>
        <translation>Die ausgewählte Veranstaltung ändern</translation>
    </message>
    <message>
        <source>E&amp;xport Registrants…</source>
        <translation>Teilnehmer e&amp;xportieren…</translation>
    </message>
    <message>
        <source>The registrants of the selected event, with guests, attendance and payment, as CSV</source>
        <translation>Die Teilnehmer der ausgewählten Veranstaltung mit Gästen, Teilnahme und Zahlung als CSV</translation>
    </message>
    <message>
        <source>Check-&amp;In Mode</source>
        <translation>&amp;Check-in-Modus</translation>
    </message>
    <message>
        <source>Check registrants of the selected event in at the door (Ctrl+Shift+K)</source>
        <translation>Teilnehmer der ausgewählten Veranstaltung am Eingang einchecken (Strg+Umschalt+K)</translation>
    </message>
    <message>
        <source>Set &amp;Payment Status</source>
        <translation>&amp;Zahlungsstatus setzen</translation>
    </message>
    <message>
        <source>Search events</source>
        <translation>Veranstaltungen durchsuchen</translation>
    </message>
    <message>
        <source>Title, name or place (Ctrl+F)</source>
        <translation>Titel, Name oder Ort (Strg+F)</translation>
    </message>
    <message>
        <source>Event status filter</source>
        <translation>Filter nach Veranstaltungsstatus</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <source>Re&amp;gistrants:</source>
        <translation>Teil&amp;nehmer:</translation>
    </message>
    <message>
        <source>Search registrants</source>
        <translation>Teilnehmer durchsuchen</translation>
    </message>
    <message>
        <source>Name or e-mail</source>
        <translation>Name oder E-Mail</translation>
    </message>
    <message>
        <source>Registration status filter</source>
        <translation>Filter nach Anmeldestatus</translation>
    </message>
    <message>
        <source>Any registration</source>
        <translation>Jede Anmeldung</translation>
    </message>
    <message>
        <source>Attendance filter</source>
        <translation>Filter nach Teilnahme</translation>
    </message>
    <message>
        <source>Any attendance</source>
        <translation>Jede Teilnahme</translation>
    </message>
    <message>
        <source>Payment status filter</source>
        <translation>Filter nach Zahlungsstatus</translation>
    </message>
    <message>
        <source>Any payment</source>
        <translation>Jede Zahlung</translation>
    </message>
    <message>
        <source>Registrants</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <source>Registrant details</source>
        <translation>Details des Teilnehmers</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n registrants)</source>
        <translation>
            <numerusform>%1: %2 (%n Teilnehmer)</numerusform>
            <numerusform>%1: %2 (%n Teilnehmer)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No amounts known yet.</source>
        <translation>Noch keine Beträge bekannt.</translation>
    </message>
    <message>
        <source>Amounts: %1</source>
        <translation>Beträge: %1</translation>
    </message>
    <message numerus="yes">
        <source>(%n registrants still being read)</source>
        <translation>
            <numerusform>(%n Teilnehmer wird noch gelesen)</numerusform>
            <numerusform>(%n Teilnehmer werden noch gelesen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n registrants without an amount)</source>
        <translation>
            <numerusform>(%n Teilnehmer ohne Betrag)</numerusform>
            <numerusform>(%n Teilnehmer ohne Betrag)</numerusform>
        </translation>
    </message>
    <message>
        <source>The event could not be loaded: %1</source>
        <translation>Die Veranstaltung konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Select an event to see its details and its registrants.</source>
        <translation>Wählen Sie eine Veranstaltung aus, um ihre Details und ihre Teilnehmer zu sehen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Registration page</source>
        <translation>Anmeldeseite</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Teilgenommen</translation>
    </message>
    <message numerus="yes">
        <source>up to %n registrants</source>
        <translation>
            <numerusform>bis zu %n Teilnehmer</numerusform>
            <numerusform>bis zu %n Teilnehmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n guests each</source>
        <translation>
            <numerusform>%n Gast je Person</numerusform>
            <numerusform>%n Gäste je Person</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>early %1</source>
        <translation>früh %1</translation>
    </message>
    <message>
        <source>late %1</source>
        <translation>spät %1</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <source>Registration types</source>
        <translation>Anmeldearten</translation>
    </message>
    <message>
        <source>Fee required</source>
        <translation>Gebühr erforderlich</translation>
    </message>
    <message>
        <source>yes, in %1</source>
        <translation>ja, in %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>PayPal to %1</source>
        <translation>PayPal an %1</translation>
    </message>
    <message>
        <source>Cheque by post to %1</source>
        <translation>Scheck per Post an %1</translation>
    </message>
    <message>
        <source>At the door</source>
        <translation>An der Kasse</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>The guests could not be loaded: %1</source>
        <translation>Die Gäste konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Select a registrant to see the details, the costs and the guests.</source>
        <translation>Wählen Sie einen Teilnehmer aus, um Details, Kosten und Gäste zu sehen.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Angemeldet am</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Loading the details…</source>
        <translation>Die Details werden geladen…</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>Persönliche Angaben</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Business information</source>
        <translation>Geschäftliche Angaben</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Costs</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Fee type</source>
        <translation>Gebührenart</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Rate</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Betrag: %1</translation>
    </message>
    <message numerus="yes">
        <source>Guests (%n)</source>
        <translation>
            <numerusform>Gäste (%n)</numerusform>
            <numerusform>Gäste (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No guests.</source>
        <translation>Keine Gäste.</translation>
    </message>
    <message>
        <source>Loading the guests…</source>
        <translation>Die Gäste werden geladen…</translation>
    </message>
    <message>
        <source>Record a Refund</source>
        <translation>Erstattung eintragen</translation>
    </message>
    <message>
        <source>Cancel the Payment</source>
        <translation>Zahlung stornieren</translation>
    </message>
    <message>
        <source>Record that %1 was refunded?</source>
        <translation>Eintragen, dass %1 erstattet wurde?</translation>
    </message>
    <message>
        <source>Record the payment of %1 as cancelled?</source>
        <translation>Die Zahlung von %1 als storniert eintragen?</translation>
    </message>
    <message>
        <source>This only records the payment status in the account; no money is moved.</source>
        <translation>Das trägt nur den Zahlungsstatus im Konto ein; es wird kein Geld bewegt.</translation>
    </message>
    <message>
        <source>Record &amp;Refund</source>
        <translation>&amp;Erstattung eintragen</translation>
    </message>
    <message>
        <source>Record &amp;Cancellation</source>
        <translation>&amp;Stornierung eintragen</translation>
    </message>
    <message>
        <source>The payment status of %1 could not be set: %2</source>
        <translation>Der Zahlungsstatus von %1 konnte nicht gesetzt werden: %2</translation>
    </message>
    <message>
        <source>The payment of %1 is now recorded as %2.</source>
        <translation>Die Zahlung von %1 ist jetzt als %2 eingetragen.</translation>
    </message>
    <message>
        <source>Export Registrants</source>
        <translation>Teilnehmer exportieren</translation>
    </message>
    <message>
        <source>%1 registrants.csv</source>
        <translation>%1 Teilnehmer.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The event %1 was created as a draft.</source>
        <translation>Die Veranstaltung %1 wurde als Entwurf angelegt.</translation>
    </message>
    <message>
        <source>&amp;Pending</source>
        <comment>payment status</comment>
        <translation>&amp;Ausstehend</translation>
    </message>
    <message>
        <source>&amp;Completed</source>
        <comment>payment status</comment>
        <translation>&amp;Bezahlt</translation>
    </message>
    <message>
        <source>C&amp;ancelled</source>
        <comment>payment status</comment>
        <translation>&amp;Storniert</translation>
    </message>
    <message>
        <source>&amp;Refunded</source>
        <comment>payment status</comment>
        <translation>&amp;Erstattet</translation>
    </message>
    <message>
        <source>Event settings</source>
        <translation>Einstellungen der Veranstaltung</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Details der Veranstaltung</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>%1 im Browser öffnen</translation>
    </message>
</context>
<context>
    <name>ctct::ui::ExportDialog</name>
    <message>
        <source>Opt-in &amp;date</source>
        <translation>&amp;Datum der Anmeldung</translation>
    </message>
    <message>
        <source>Opt-in &amp;source</source>
        <translation>&amp;Quelle der Anmeldung</translation>
    </message>
    <message>
        <source>List &amp;name</source>
        <translation>&amp;Name der Liste</translation>
    </message>
    <message>
        <source>Export Contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>The e-mail address is always exported.</source>
        <translation>Die E-Mail-Adresse wird immer exportiert.</translation>
    </message>
    <message>
        <source>&amp;All</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>N&amp;one</source>
        <translation>&amp;Keine</translation>
    </message>
    <message>
        <source>By e-mail address</source>
        <translation>Nach E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <source>CSV (comma-separated)</source>
        <translation>CSV (kommagetrennt)</translation>
    </message>
    <message>
        <source>TXT (tab-separated)</source>
        <translation>TXT (tabulatorgetrennt)</translation>
    </message>
    <message>
        <source>&amp;List:</source>
        <translation>&amp;Liste:</translation>
    </message>
    <message>
        <source>Columns:</source>
        <translation>Spalten:</translation>
    </message>
    <message>
        <source>Include:</source>
        <translation>Mit:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>The lists could not be loaded: %1</source>
        <translation>Die Listen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>%1 (system list)</source>
        <translation>%1 (Systemliste)</translation>
    </message>
    <message>
        <source>Choose the list to export.</source>
        <translation>Wählen Sie die zu exportierende Liste.</translation>
    </message>
    <message>
        <source>Asking the server for the export of %1…</source>
        <translation>Der Server wird um den Export von %1 gebeten…</translation>
    </message>
    <message>
        <source>The export could not be started: %1</source>
        <translation>Der Export konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The server is exporting %1 (%2)…</source>
        <translation>Der Server exportiert %1 (%2)…</translation>
    </message>
    <message>
        <source>The export of %1</source>
        <translation>Der Export von %1</translation>
    </message>
    <message>
        <source>The export could not be followed: %1. It goes on on the server: see the Activities tab.</source>
        <translation>Der Export konnte nicht verfolgt werden: %1. Er läuft auf dem Server weiter: siehe Registerkarte „Aktivitäten“.</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>%1 wird exportiert</translation>
    </message>
    <message>
        <source>The server ended the export in %1.</source>
        <translation>Der Server hat den Export mit %1 beendet.</translation>
    </message>
    <message>
        <source>The server ended the export in %1: %2</source>
        <translation>Der Server hat den Export mit %1 beendet: %2</translation>
    </message>
    <message numerus="yes">
        <source>The export is ready (%n contacts).</source>
        <translation>
            <numerusform>Der Export ist fertig (%n Kontakt).</numerusform>
            <numerusform>Der Export ist fertig (%n Kontakte).</numerusform>
        </translation>
    </message>
    <message>
        <source>The export is ready; it can be saved later from the Activities tab.</source>
        <translation>Der Export ist fertig; er kann später über die Registerkarte „Aktivitäten“ gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>No longer followed here: the export goes on on the server (see the Activities tab).</source>
        <translation>Hier nicht mehr verfolgt: Der Export läuft auf dem Server weiter (siehe Registerkarte „Aktivitäten“).</translation>
    </message>
    <message>
        <source>Columns to export</source>
        <translation>Zu exportierende Spalten</translation>
    </message>
    <message>
        <source>O&amp;rder:</source>
        <translation>&amp;Reihenfolge:</translation>
    </message>
</context>
<context>
    <name>ctct::ui::Failure</name>
    <message>
        <source>The server refused the change: it conflicts with what the account holds already. The server said: %1</source>
        <translation>Der Server hat die Änderung verweigert: Sie widerspricht dem, was das Konto schon enthält. Der Server meldete: %1</translation>
    </message>
    <message>
        <source>The server did not accept the input. The server said: %1</source>
        <translation>Der Server hat die Eingabe nicht angenommen. Der Server meldete: %1</translation>
    </message>
    <message>
        <source>The server refused the change. The server said: %1</source>
        <translation>Der Server hat die Änderung verweigert. Der Server meldete: %1</translation>
    </message>
    <message>
        <source>It no longer exists on the server. The server said: %1</source>
        <translation>Es existiert nicht mehr auf dem Server. Der Server meldete: %1</translation>
    </message>
    <message>
        <source>The server did not accept the account&apos;s credentials. The server said: %1</source>
        <translation>Der Server hat die Zugangsdaten des Kontos nicht angenommen. Der Server meldete: %1</translation>
    </message>
    <message>
        <source>The server does not support this request. The server said: %1</source>
        <translation>Der Server unterstützt diese Anfrage nicht. Der Server meldete: %1</translation>
    </message>
    <message>
        <source>The server did not answer in time (%1). Nothing is lost here: try again.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet (%1). Hier geht nichts verloren: Versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The secure connection to the server failed: %1</source>
        <translation>Die sichere Verbindung zum Server ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The server had a problem and could not answer: %1. Try again in a moment.</source>
        <translation>Der Server hatte ein Problem und konnte nicht antworten: %1. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Nothing was sent, so nothing was lost: %1</source>
        <translation>Es wurde nichts gesendet, also ging nichts verloren: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Die Antwort des Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The server sent the request to another address, which this app never follows so that your credentials go nowhere else; check the server address of the account. %1</source>
        <translation>Der Server hat die Anfrage an eine andere Adresse weitergeleitet; dem folgt diese App nie, damit Ihre Zugangsdaten nirgendwo anders hingehen. Prüfen Sie die Serveradresse des Kontos. %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than this app accepts, so it was not read: %1</source>
        <translation>Die Antwort des Servers war größer, als diese App annimmt, und wurde daher nicht gelesen: %1</translation>
    </message>
    <message>
        <source>The request was canceled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ctct::ui::FilterRow</name>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
</context>
<context>
    <name>ctct::ui::ImportWizard</name>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>senkrechter Strich</translation>
    </message>
    <message>
        <source>Import Contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Remove Contacts from Lists</source>
        <translation>Kontakte aus Listen entfernen</translation>
    </message>
    <message>
        <source>The lists could not be loaded: %1</source>
        <translation>Die Listen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The File</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>A CSV or text file with an e-mail column, as Excel, Outlook, Google, Apple or any other program writes it. Check that the columns below look right.</source>
        <translation>Eine CSV- oder Textdatei mit einer E-Mail-Spalte, wie Excel, Outlook, Google, Apple oder ein anderes Programm sie schreibt. Prüfen Sie, ob die Spalten unten richtig aussehen.</translation>
    </message>
    <message>
        <source>A CSV or text file with the e-mail addresses of the contacts to take off lists.</source>
        <translation>Eine CSV- oder Textdatei mit den E-Mail-Adressen der Kontakte, die aus Listen genommen werden sollen.</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Keine Datei ausgewählt</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <source>As detected</source>
        <translation>Wie erkannt</translation>
    </message>
    <message>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>CSV and text files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV- und Textdateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>The file cannot be read: line %1: %2</source>
        <translation>Die Datei kann nicht gelesen werden: Zeile %1: %2</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3, %4-separated, %5 columns. The first rows:</source>
        <translation>%1 (%2): %3, Trennzeichen %4, %5 Spalten. Die ersten Zeilen:</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>Die Datei ist leer: Sie hat keine Kopfzeile.</translation>
    </message>
    <message>
        <source>The Columns</source>
        <translation>Die Spalten</translation>
    </message>
    <message>
        <source>Which column of the file goes into which field of a contact. Columns that match no field, or could mean two, are left out unless you choose a field for them.</source>
        <translation>Welche Spalte der Datei in welches Feld eines Kontakts kommt. Spalten, die zu keinem Feld passen oder zwei meinen könnten, werden ausgelassen, wenn Sie ihnen kein Feld zuweisen.</translation>
    </message>
    <message>
        <source>Only the e-mail column is needed to take contacts off lists.</source>
        <translation>Um Kontakte aus Listen zu nehmen, wird nur die E-Mail-Spalte gebraucht.</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>First value</source>
        <translation>Erster Wert</translation>
    </message>
    <message>
        <source>Imported as</source>
        <translation>Importiert als</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Remember these choices for files with the same columns</source>
        <translation>Diese Zuordnung für Dateien mit denselben Spalten &amp;merken</translation>
    </message>
    <message>
        <source>(left out)</source>
        <translation>(ausgelassen)</translation>
    </message>
    <message>
        <source>Imported as, for column %1</source>
        <translation>Importiert als, für Spalte %1</translation>
    </message>
    <message>
        <source>Your saved choices for files with these columns are applied.</source>
        <translation>Ihre gespeicherte Zuordnung für Dateien mit diesen Spalten wird verwendet.</translation>
    </message>
    <message>
        <source>Every column is imported.</source>
        <translation>Alle Spalten werden importiert.</translation>
    </message>
    <message>
        <source>Left out: %1.</source>
        <translation>Ausgelassen: %1.</translation>
    </message>
    <message>
        <source>Choose the column that holds the e-mail addresses: without it nothing can be imported.</source>
        <translation>Wählen Sie die Spalte mit den E-Mail-Adressen: Ohne sie kann nichts importiert werden.</translation>
    </message>
    <message>
        <source>The Lists</source>
        <translation>Die Listen</translation>
    </message>
    <message>
        <source>The lists the contacts are added to (one or more).</source>
        <translation>Die Listen, denen die Kontakte hinzugefügt werden (eine oder mehrere).</translation>
    </message>
    <message>
        <source>The lists the contacts are taken off (one or more).</source>
        <translation>Die Listen, aus denen die Kontakte genommen werden (eine oder mehrere).</translation>
    </message>
    <message numerus="yes">
        <source>%n contacts</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <source>The Rows</source>
        <translation>Die Zeilen</translation>
    </message>
    <message>
        <source>Every row is checked before anything is sent. Rejected rows are not sent; the others go in activities of up to 40,000 rows.</source>
        <translation>Jede Zeile wird geprüft, bevor etwas gesendet wird. Abgelehnte Zeilen werden nicht gesendet; die übrigen gehen in Aktivitäten zu höchstens 40.000 Zeilen.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Show only the &amp;rejected rows</source>
        <translation>Nur &amp;abgelehnte Zeilen zeigen</translation>
    </message>
    <message>
        <source>Check Against the &amp;Account</source>
        <translation>Mit dem &amp;Konto abgleichen</translation>
    </message>
    <message>
        <source>Asks the account which rows make new contacts, which update existing ones and which are on the Do Not Mail list. Nothing is changed.</source>
        <translation>Fragt das Konto, welche Zeilen neue Kontakte ergeben, welche vorhandene aktualisieren und welche auf der Liste „Nicht anschreiben“ stehen. Es wird nichts geändert.</translation>
    </message>
    <message>
        <source>Save Rejected Rows…</source>
        <translation>Abgelehnte Zeilen speichern…</translation>
    </message>
    <message>
        <source>Checking the rows of %1…</source>
        <translation>Die Zeilen von %1 werden geprüft…</translation>
    </message>
    <message>
        <source>Checking was cancelled: go back and forth to check again.</source>
        <translation>Die Prüfung wurde abgebrochen: Gehen Sie zurück und wieder vor, um erneut zu prüfen.</translation>
    </message>
    <message>
        <source>The rows cannot be checked: %1</source>
        <translation>Die Zeilen können nicht geprüft werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n rows in the file.</source>
        <translation>
            <numerusform>%n Zeile in der Datei.</numerusform>
            <numerusform>%n Zeilen in der Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be sent</source>
        <translation>
            <numerusform>%n wird gesendet</numerusform>
            <numerusform>%n werden gesendet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be taken off the lists</source>
        <translation>
            <numerusform>%n wird aus den Listen genommen</numerusform>
            <numerusform>%n werden aus den Listen genommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(in %n activities).</source>
        <translation>
            <numerusform>(in %n Aktivität).</numerusform>
            <numerusform>(in %n Aktivitäten).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected before sending: %1.</source>
        <translation>
            <numerusform>%n vor dem Senden abgelehnt: %1.</numerusform>
            <numerusform>%n vor dem Senden abgelehnt: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Columns left out: %1.</source>
        <translation>Ausgelassene Spalten: %1.</translation>
    </message>
    <message>
        <source>No row can be sent.</source>
        <translation>Keine Zeile kann gesendet werden.</translation>
    </message>
    <message>
        <source>Reading the addresses…</source>
        <translation>Die Adressen werden gelesen…</translation>
    </message>
    <message>
        <source>The addresses cannot be read again: %1</source>
        <translation>Die Adressen können nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>Checking against the account: %1 of %2 addresses…</source>
        <translation>Abgleich mit dem Konto: %1 von %2 Adressen…</translation>
    </message>
    <message>
        <source>In the account: %1 new contacts, %2 updates of existing contacts, %3 with no effect (on the Do Not Mail list: an import does not subscribe them again).</source>
        <translation>Im Konto: %1 neue Kontakte, %2 Aktualisierungen vorhandener Kontakte, %3 ohne Wirkung (auf der Liste „Nicht anschreiben“: Ein Import meldet sie nicht wieder an).</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The account could not be checked: %1</source>
        <translation>Der Abgleich mit dem Konto ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Removing</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>You can go on working meanwhile, and close this window: the status bar shows the progress, and the message bar says when it is done.</source>
        <translation>Sie können inzwischen weiterarbeiten und dieses Fenster schließen: Die Statusleiste zeigt den Fortschritt, und die Meldungsleiste sagt, wann es fertig ist.</translation>
    </message>
    <message>
        <source>&amp;Stop After This Batch</source>
        <translation>Nach diesem Paket &amp;anhalten</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>The import of %1</source>
        <translation>Der Import von %1</translation>
    </message>
    <message>
        <source>The removal of %1</source>
        <translation>Das Entfernen von %1</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <source>Removing %1</source>
        <translation>%1 wird entfernt</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message numerus="yes">
        <source>Stopping: no more batches are sent; waiting for the server to finish the %n sent.</source>
        <translation>
            <numerusform>Wird angehalten: Es werden keine weiteren Pakete gesendet; warten, bis der Server das gesendete fertig hat.</numerusform>
            <numerusform>Wird angehalten: Es werden keine weiteren Pakete gesendet; warten, bis der Server die %n gesendeten fertig hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>Batch %1 of %2 sent, %3 finished by the server.</source>
        <translation>Paket %1 von %2 gesendet, %3 vom Server abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows in the file:</source>
        <translation>
            <numerusform>%n Zeile in der Datei:</numerusform>
            <numerusform>%n Zeilen in der Datei:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added or updated</source>
        <translation>%1 hinzugefügt oder aktualisiert</translation>
    </message>
    <message>
        <source>%1 taken off the lists</source>
        <translation>%1 aus den Listen genommen</translation>
    </message>
    <message>
        <source>%1 rejected before sending</source>
        <translation>%1 vor dem Senden abgelehnt</translation>
    </message>
    <message>
        <source>%1 rejected by the server</source>
        <translation>%1 vom Server abgelehnt</translation>
    </message>
    <message>
        <source>%1 not sent (the import stopped before them)</source>
        <translation>%1 nicht gesendet (der Import wurde vorher angehalten)</translation>
    </message>
    <message>
        <source>%1 sent, with the server&apos;s verdict unknown (see the Activities tab)</source>
        <translation>%1 gesendet, Ergebnis des Servers unbekannt (siehe Registerkarte „Aktivitäten“)</translation>
    </message>
    <message>
        <source>%1 sent, waiting for the server</source>
        <translation>%1 gesendet, warten auf den Server</translation>
    </message>
    <message>
        <source>Batch %1 was not sent: %2</source>
        <translation>Paket %1 wurde nicht gesendet: %2</translation>
    </message>
    <message>
        <source>The file could not be read again: %1</source>
        <translation>Die Datei konnte nicht erneut gelesen werden: %1</translation>
    </message>
    <message>
        <source>The activities could not be followed to their end: %1</source>
        <translation>Die Aktivitäten konnten nicht bis zu ihrem Ende verfolgt werden: %1</translation>
    </message>
    <message>
        <source>Import of %1: %2 of %3 rows added or updated, %4 rejected.</source>
        <translation>Import von %1: %2 von %3 Zeilen hinzugefügt oder aktualisiert, %4 abgelehnt.</translation>
    </message>
    <message>
        <source>Removal of %1: %2 of %3 rows taken off the lists, %4 rejected.</source>
        <translation>Entfernen von %1: %2 von %3 Zeilen aus den Listen genommen, %4 abgelehnt.</translation>
    </message>
    <message>
        <source>Show &amp;Summary</source>
        <translation>&amp;Zusammenfassung zeigen</translation>
    </message>
    <message>
        <source>-rejected</source>
        <translation>-abgelehnt</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The rejected rows could not be saved: %1</source>
        <translation>Die abgelehnten Zeilen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The first rows of the file</source>
        <translation>Die ersten Zeilen der Datei</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>New &amp;List…</source>
        <translation>Neue &amp;Liste…</translation>
    </message>
    <message>
        <source>Rows and their verdicts</source>
        <translation>Zeilen und ihre Ergebnisse</translation>
    </message>
</context>
<context>
    <name>ctct::ui::ListDialog</name>
    <message>
        <source>New List</source>
        <translation>Neue Liste</translation>
    </message>
    <message>
        <source>List Properties</source>
        <translation>Listeneigenschaften</translation>
    </message>
    <message>
        <source>Loading the list…</source>
        <translation>Die Liste wird geladen…</translation>
    </message>
    <message>
        <source>The list could not be loaded: %1</source>
        <translation>Die Liste konnte nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>A list needs a name.</source>
        <translation>Eine Liste braucht einen Namen.</translation>
    </message>
    <message>
        <source>Another list is already called &quot;%1&quot;; list names must differ. The server said: %2</source>
        <translation>Eine andere Liste heißt bereits „%1“; Listennamen müssen sich unterscheiden. Der Server meldete: %2</translation>
    </message>
    <message>
        <source>This list cannot be changed. The server said: %1</source>
        <translation>Diese Liste kann nicht geändert werden. Der Server meldete: %1</translation>
    </message>
    <message>
        <source>The server did not accept the list. The server said: %1</source>
        <translation>Der Server hat die Liste nicht angenommen. Der Server meldete: %1</translation>
    </message>
</context>
<context>
    <name>ctct::ui::ListsModel</name>
    <message>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Do Not Mail</source>
        <translation>Nicht anschreiben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n members</source>
        <translation>
            <numerusform>%1: %n Mitglied</numerusform>
            <numerusform>%1: %n Mitglieder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ctct::ui::ListsSidebar</name>
    <message>
        <source>&amp;Lists</source>
        <translation>&amp;Listen</translation>
    </message>
    <message>
        <source>New &amp;List…</source>
        <translation>&amp;Neue Liste…</translation>
    </message>
    <message>
        <source>List &amp;Properties…</source>
        <translation>Listen&amp;eigenschaften…</translation>
    </message>
    <message>
        <source>&amp;Delete List…</source>
        <translation>Liste &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Import into List…</source>
        <translation>In Liste &amp;importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport List…</source>
        <translation>Liste e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Clear List…</source>
        <translation>Liste lee&amp;ren…</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Rename the list or change how sign-up forms show it</source>
        <translation>Die Liste umbenennen oder ändern, wie Anmeldeformulare sie zeigen</translation>
    </message>
    <message>
        <source>Add the contacts of a CSV file to this list (or drop the file on it)</source>
        <translation>Die Kontakte einer CSV-Datei dieser Liste hinzufügen (oder die Datei auf sie ziehen)</translation>
    </message>
    <message>
        <source>Take every contact off this list; the contacts stay in the account</source>
        <translation>Alle Kontakte aus dieser Liste nehmen; die Kontakte bleiben im Konto</translation>
    </message>
    <message>
        <source>The lists could not be loaded: %1</source>
        <translation>Die Listen konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n members</source>
        <translation>
            <numerusform>%n Mitglied</numerusform>
            <numerusform>%n Mitgliedern</numerusform>
        </translation>
    </message>
    <message>
        <source>its members</source>
        <translation>ihren Mitgliedern</translation>
    </message>
    <message>
        <source>Delete List</source>
        <translation>Liste löschen</translation>
    </message>
    <message>
        <source>Delete the list &quot;%1&quot; with %2?</source>
        <translation>Die Liste „%1“ mit %2 löschen?</translation>
    </message>
    <message>
        <source>The contacts stay in the account; they only leave this list. Campaigns that were sent to it keep their reports.</source>
        <translation>Die Kontakte bleiben im Konto; sie verlassen nur diese Liste. Kampagnen, die an sie gesendet wurden, behalten ihre Berichte.</translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; could not be deleted: %2</source>
        <translation>Die Liste „%1“ konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; was deleted.</source>
        <translation>Die Liste „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message numerus="yes">
        <source>Take all %n contacts off the list &quot;%1&quot;?</source>
        <translation>
            <numerusform>Den %n Kontakt aus der Liste „%1“ nehmen?</numerusform>
            <numerusform>Alle %n Kontakte aus der Liste „%1“ nehmen?</numerusform>
        </translation>
    </message>
    <message>
        <source>Take every contact off the list &quot;%1&quot;?</source>
        <translation>Alle Kontakte aus der Liste „%1“ nehmen?</translation>
    </message>
    <message>
        <source>The contacts stay in the account and on their other lists; the list stays, empty. This runs as a bulk activity on the server and cannot be undone.</source>
        <translation>Die Kontakte bleiben im Konto und auf ihren anderen Listen; die Liste bleibt leer bestehen. Das läuft als Sammelaktivität auf dem Server und lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <source>Clearing the list &quot;%1&quot;</source>
        <translation>Die Liste „%1“ wird geleert</translation>
    </message>
    <message>
        <source>The list &quot;%1&quot; could not be cleared: %2</source>
        <translation>Die Liste „%1“ konnte nicht geleert werden: %2</translation>
    </message>
    <message>
        <source>The server ended the clearing of &quot;%1&quot; in %2.</source>
        <translation>Der Server hat das Leeren von „%1“ mit %2 beendet.</translation>
    </message>
    <message numerus="yes">
        <source>The list &quot;%1&quot; was cleared: %n contacts taken off.</source>
        <translation>
            <numerusform>Die Liste „%1“ wurde geleert: %n Kontakt herausgenommen.</numerusform>
            <numerusform>Die Liste „%1“ wurde geleert: %n Kontakte herausgenommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clearing of &quot;%1&quot; could not be followed: %2. See the Activities tab.</source>
        <translation>Das Leeren von „%1“ konnte nicht verfolgt werden: %2. Siehe Registerkarte „Aktivitäten“.</translation>
    </message>
</context>
<context>
    <name>ctct::ui::MainWindow</name>
    <message>
        <source>CTCT Account Manager</source>
        <translation>CTCT-Kontoverwaltung</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Connect to Constant Contact…</source>
        <translation>Mit Constant Contact &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Konto</translation>
    </message>
    <message>
        <source>&amp;Import Contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <source>Add or update contacts from a CSV file (or drop the file on the window)</source>
        <translation>Kontakte aus einer CSV-Datei hinzufügen oder aktualisieren (oder die Datei auf das Fenster ziehen)</translation>
    </message>
    <message>
        <source>&amp;Remove Contacts from Lists…</source>
        <translation>Kontakte aus Listen &amp;entfernen…</translation>
    </message>
    <message>
        <source>Take the contacts of a CSV file off lists</source>
        <translation>Die Kontakte einer CSV-Datei aus Listen nehmen</translation>
    </message>
    <message>
        <source>&amp;Export Contacts…</source>
        <translation>Kontakte e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Pre&amp;ferences…</source>
        <translation>Ein&amp;stellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Load what this tab shows from the server again (F5)</source>
        <translation>Den Inhalt dieser Registerkarte neu vom Server laden (F5)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About CTCT Account Manager</source>
        <translation>&amp;Über CTCT-Kontoverwaltung</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Account: %1</source>
        <translation>Konto: %1</translation>
    </message>
    <message>
        <source>%1 — CTCT Account Manager</source>
        <translation>%1 – CTCT-Kontoverwaltung</translation>
    </message>
    <message numerus="yes">
        <source>%n requests in flight</source>
        <translation>
            <numerusform>%n laufende Anfrage</numerusform>
            <numerusform>%n laufende Anfragen</numerusform>
        </translation>
    </message>
    <message>
        <source>No requests in flight</source>
        <translation>Keine laufenden Anfragen</translation>
    </message>
    <message>
        <source>About CTCT Account Manager</source>
        <translation>Über CTCT-Kontoverwaltung</translation>
    </message>
    <message>
        <source>Show &amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste anzeigen</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CTCT Account Manager %1&lt;/h3&gt;&lt;p&gt;A desktop account manager for Constant Contact&apos;s web-services API.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;&lt;p&gt;Made by the ctct-manager developers. Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CTCT-Kontoverwaltung %1&lt;/h3&gt;&lt;p&gt;Eine Desktop-Kontoverwaltung für die Webservice-API von Constant Contact.&lt;/p&gt;&lt;p&gt;Gebaut mit Qt %2, läuft mit Qt %3.&lt;/p&gt;&lt;p&gt;Entwickelt von den ctct-manager-Entwicklern. Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Home page: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Homepage: &lt;a href=&quot;%1&quot;&gt;%1&lt;/a&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ctct::ui::MessageBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Message icon</source>
        <translation>Meldungssymbol</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Close message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>ctct::ui::PreferencesDialog</name>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> s</translation>
    </message>
    <message>
        <source>The names of the custom fields are kept for each account; these are the names of %1.</source>
        <translation>Die Namen der eigenen Felder gelten je Konto; dies sind die Namen für %1.</translation>
    </message>
    <message>
        <source>Name the custom fields of %1</source>
        <translation>Die eigenen Felder von %1 benennen</translation>
    </message>
    <message>
        <source>Empty: the default folder, which ctct --sandbox uses too. A new folder is used at once; demo data is made there when it has none.</source>
        <translation>Leer: der Standardordner, den auch ctct --sandbox verwendet. Ein neuer Ordner gilt sofort; hat er keine Daten, werden dort Demodaten angelegt.</translation>
    </message>
    <message>
        <source>This run uses the folder given on the command line; the folder set here applies to starts without one.</source>
        <translation>Dieser Lauf verwendet den Ordner von der Befehlszeile; der hier eingestellte Ordner gilt für Starts ohne Angabe.</translation>
    </message>
    <message>
        <source>Reset the demo data of the sandbox</source>
        <translation>Die Demodaten der Sandbox zurücksetzen</translation>
    </message>
    <message>
        <source>The sandbox keeps its data in memory this time: every start has fresh demo data.</source>
        <translation>Die Sandbox hält ihre Daten diesmal nur im Speicher: Jeder Start hat frische Demodaten.</translation>
    </message>
    <message>
        <source>Deletes the sandbox&apos;s data in %1 and makes the demo data anew.</source>
        <translation>Löscht die Daten der Sandbox in %1 und legt die Demodaten neu an.</translation>
    </message>
    <message>
        <source>Clear the local data</source>
        <translation>Die lokalen Daten löschen</translation>
    </message>
    <message>
        <source>Data Folder of the Sandbox</source>
        <translation>Datenordner der Sandbox</translation>
    </message>
    <message>
        <source>The sandbox keeps its data in memory this time; it starts again with fresh demo data.</source>
        <translation>Die Sandbox hält ihre Daten diesmal nur im Speicher; sie startet neu mit frischen Demodaten.</translation>
    </message>
    <message>
        <source>Everything in the sandbox&apos;s data folder %1 is deleted and the demo data made anew. The sandbox restarts; Constant Contact accounts are not touched.</source>
        <translation>Alles im Datenordner der Sandbox %1 wird gelöscht und die Demodaten werden neu angelegt. Die Sandbox startet neu; Constant-Contact-Konten bleiben unberührt.</translation>
    </message>
    <message>
        <source>Reset Demo Data</source>
        <translation>Demodaten zurücksetzen</translation>
    </message>
    <message>
        <source>Reset the sandbox to its demo data?</source>
        <translation>Die Sandbox auf ihre Demodaten zurücksetzen?</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear Local Data</source>
        <translation>Lokale Daten löschen</translation>
    </message>
    <message>
        <source>Clear the data this app keeps on this computer?</source>
        <translation>Die Daten löschen, die diese App auf diesem Computer aufbewahrt?</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>only at start and with F5</source>
        <translation>nur beim Start und mit F5</translation>
    </message>
    <message>
        <source>The copies of the accounts are deleted (the one in use is copied again from the server), the layout of the tables and panes returns to the defaults, the remembered import column choices are forgotten and activities still running are no longer followed. Accounts, credentials and these preferences stay.</source>
        <translation>Die Kopien der Konten werden gelöscht (das verwendete wird neu vom Server kopiert), das Layout der Tabellen und Bereiche kehrt zu den Vorgaben zurück, die gemerkten Spaltenzuordnungen von Importen werden vergessen und noch laufende Aktivitäten nicht mehr verfolgt. Konten, Zugangsdaten und diese Einstellungen bleiben.</translation>
    </message>
</context>
<context>
    <name>ctct::ui::ProgressPanel</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the work in progress</source>
        <translation>Die laufende Arbeit abbrechen</translation>
    </message>
</context>
<context>
    <name>ctct::ui::ResourceTableView</name>
    <message>
        <source>&amp;Columns</source>
        <translation>S&amp;palten</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>ctct::ui::SandboxHost</name>
    <message>
        <source>%1 could not be deleted.</source>
        <translation>%1 konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>ctct::ui::ScheduleDialog</name>
    <message>
        <source>Schedule Campaign</source>
        <translation>Kampagne planen</translation>
    </message>
    <message>
        <source>&amp;Schedule</source>
        <translation>&amp;Planen</translation>
    </message>
    <message>
        <source>When should %1 be sent to its lists? Until then it can be unscheduled and edited again.</source>
        <translation>Wann soll %1 an ihre Listen gesendet werden? Bis dahin kann die Planung aufgehoben und die Kampagne wieder bearbeitet werden.</translation>
    </message>
    <message>
        <source>Your time zone: %1. That is %2 UTC.</source>
        <translation>Ihre Zeitzone: %1. Das ist %2 UTC.</translation>
    </message>
    <message>
        <source>Choose a time that lies ahead: this one has passed or is less than a minute away.</source>
        <translation>Wählen Sie einen Zeitpunkt in der Zukunft: Dieser ist vorbei oder weniger als eine Minute entfernt.</translation>
    </message>
    <message>
        <source>The server did not schedule the campaign (only a draft with at least one list can be scheduled, for a time ahead). The server said: %1</source>
        <translation>Der Server hat die Kampagne nicht geplant (nur ein Entwurf mit mindestens einer Liste kann für einen künftigen Zeitpunkt geplant werden). Der Server meldete: %1</translation>
    </message>
    <message>
        <source>This campaign is no longer in the account. The server said: %1</source>
        <translation>Diese Kampagne ist nicht mehr im Konto. Der Server meldete: %1</translation>
    </message>
    <message>
        <source>Scheduling…</source>
        <translation>Wird geplant…</translation>
    </message>
</context>
<context>
    <name>ctct::ui::Settings</name>
    <message>
        <source>Custom field %1</source>
        <translation>Eigenes Feld %1</translation>
    </message>
</context>
<context>
    <name>ctct::ui::SyncStatus</name>
    <message>
        <source>Sync progress</source>
        <translation>Fortschritt des Abgleichs</translation>
    </message>
    <message>
        <source>The server did not answer: %1. The app shows the local copy and tries again by itself; changes cannot be saved meanwhile.</source>
        <translation>Der Server hat nicht geantwortet: %1. Die App zeigt die lokale Kopie und versucht es von selbst erneut; Änderungen können solange nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The account is kept on this computer and brought up to date every few minutes (F5: now).</source>
        <translation>Das Konto wird auf diesem Computer aufbewahrt und alle paar Minuten abgeglichen (F5: sofort).</translation>
    </message>
    <message>
        <source>The last sync failed: %1</source>
        <translation>Der letzte Abgleich ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Try Now</source>
        <translation>Jetzt versuchen</translation>
    </message>
    <message>
        <source>Cancel the sync (it continues where it stopped next time)</source>
        <translation>Den Abgleich abbrechen (er setzt beim nächsten Mal dort fort, wo er stehen blieb)</translation>
    </message>
    <message>
        <source>Try to reach the server now</source>
        <translation>Den Server jetzt erneut versuchen</translation>
    </message>
</context>
<context>
    <name>ctct::ui::UserGuideWindow</name>
    <message>
        <source>User Guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A desktop account manager for Constant Contact&apos;s web-services API. It opens on a built-in sandbox with demo data.</source>
        <translation>Eine Desktop-Kontoverwaltung für die Webservice-API von Constant Contact. Sie öffnet eine eingebaute Sandbox mit Demodaten.</translation>
    </message>
    <message>
        <source>Directory of the sandbox&apos;s data (&quot;:memory:&quot; keeps it in memory only).</source>
        <translation>Ordner der Sandbox-Daten („:memory:“ hält sie nur im Speicher).</translation>
    </message>
    <message>
        <source>Demo contacts in a new sandbox store (default 2500).</source>
        <translation>Demokontakte in einem neuen Sandbox-Speicher (Standard 2500).</translation>
    </message>
    <message>
        <source>Open the sandbox, whatever account was used last.</source>
        <translation>Die Sandbox öffnen, egal welches Konto zuletzt verwendet wurde.</translation>
    </message>
</context>
</TS>
