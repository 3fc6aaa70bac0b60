<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionCommands</name>
    <message>
        <source>Add a why</source>
        <translation>Warum-Frage hinzufügen</translation>
    </message>
    <message>
        <source>Remove a why</source>
        <translation>Warum-Frage entfernen</translation>
    </message>
    <message>
        <source>Edit a why</source>
        <translation>Warum-Frage bearbeiten</translation>
    </message>
    <message>
        <source>Add action “%1”</source>
        <translation>Maßnahme „%1“ hinzufügen</translation>
    </message>
    <message>
        <source>Remove action “%1”</source>
        <translation>Maßnahme „%1“ entfernen</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Maßnahme bearbeiten</translation>
    </message>
    <message>
        <source>Change the priority</source>
        <translation>Priorität ändern</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Rückblick: %1</translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (überfällig)</translation>
    </message>
    <message>
        <source>Right away</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>Addressed right away</source>
        <translation>Wird sofort angegangen</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overdue: it was due on %1. Status: %2.</source>
        <translation>Überfällig: Sie war am %1 fällig. Status: %2.</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>&amp;Group by concern</source>
        <translation>Nach Anliegen &amp;gruppieren</translation>
    </message>
    <message>
        <source>Actions, in the order they will be done</source>
        <translation>Maßnahmen in der Reihenfolge, in der sie erledigt werden</translation>
    </message>
    <message>
        <source>What will be done? Type it, then Enter</source>
        <translation>Was wird getan? Dann Enter</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Ne&amp;w action:</source>
        <translation>&amp;Neue Maßnahme:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Show each concern&apos;s actions together</source>
        <translation>Die Maßnahmen jedes Anliegens zusammen anzeigen</translation>
    </message>
    <message>
        <source>Actions in rank order</source>
        <translation>Maßnahmen in Rangfolge</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down change the order, as does dragging; F2 edits; Space on “Right away” marks it; Delete removes.</source>
        <translation>Alt+Up und Alt+Down ändern die Reihenfolge, ebenso Ziehen; F2 bearbeitet; Space auf „Sofort“ markiert; Delete entfernt.</translation>
    </message>
    <message>
        <source>No actions yet. Type the first one above and press Enter.</source>
        <translation>Noch keine Maßnahmen. Geben Sie oben die erste ein und drücken Sie Enter.</translation>
    </message>
    <message>
        <source>Bold rows, above the line, are addressed right away.</source>
        <translation>Fett gedruckte Zeilen oberhalb der Linie werden sofort angegangen.</translation>
    </message>
    <message>
        <source>An action needs a text: type what will be done, then press Enter.</source>
        <translation>Eine Maßnahme braucht einen Text: Geben Sie ein, was getan wird, und drücken Sie Enter.</translation>
    </message>
    <message>
        <source>The action could not be saved; it is still in the box above.</source>
        <translation>Die Maßnahme konnte nicht gespeichert werden; sie steht noch im Feld oben.</translation>
    </message>
    <message>
        <source>Raise Priority</source>
        <translation>Priorität erhöhen</translation>
    </message>
    <message>
        <source>Lower Priority</source>
        <translation>Priorität senken</translation>
    </message>
    <message>
        <source>Remove Action</source>
        <translation>Maßnahme entfernen</translation>
    </message>
    <message>
        <source>Owner of the new action</source>
        <translation>Verantwortlich für die neue Maßnahme</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <source>Due date of the new action</source>
        <translation>Fälligkeitsdatum der neuen Maßnahme</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Fällig:</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Hoher Kontrast</translation>
    </message>
</context>
<context>
    <name>AutomaticBackups</name>
    <message>
        <source>Cannot write a backup of “%1”: %2</source>
        <translation>Von „%1“ kann keine Sicherung geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1. Your sessions are safe in the database, and the older backups were kept.</source>
        <translation>%1. Ihre Sitzungen sind in der Datenbank sicher, und die älteren Sicherungen wurden behalten.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>SESSIONS</source>
        <translation>SITZUNGEN</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>“%1” is in the way, and it is not a folder</source>
        <translation>„%1“ ist im Weg und ist kein Ordner</translation>
    </message>
    <message>
        <source>the folder cannot be created (%1)</source>
        <translation>der Ordner kann nicht angelegt werden (%1)</translation>
    </message>
    <message>
        <source>Cannot write a backup in “%1”: %2</source>
        <translation>In „%1“ kann keine Sicherung geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no file can be created there (%1)</source>
        <translation>dort kann keine Datei angelegt werden (%1)</translation>
    </message>
    <message>
        <source>the copy does not read back whole (%1)</source>
        <translation>die Kopie lässt sich nicht vollständig zurücklesen (%1)</translation>
    </message>
    <message>
        <source>the copy cannot be synced to the disk (%1)</source>
        <translation>die Kopie kann nicht auf den Datenträger geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>the copy cannot be given its name</source>
        <translation>die Kopie kann nicht unter ihrem Namen gespeichert werden</translation>
    </message>
    <message>
        <source>there are already 99 backups from this second</source>
        <translation>aus dieser Sekunde gibt es bereits 99 Sicherungen</translation>
    </message>
    <message>
        <source>The backup “%1” was not restored: %2</source>
        <translation>Die Sicherung „%1“ wurde nicht wiederhergestellt: %2</translation>
    </message>
    <message>
        <source>the database “%1” is not there</source>
        <translation>die Datenbank „%1“ ist nicht vorhanden</translation>
    </message>
    <message>
        <source>the database as it is could not be backed up first. %1</source>
        <translation>die Datenbank konnte vorher nicht in ihrem jetzigen Zustand gesichert werden. %1</translation>
    </message>
    <message>
        <source>“%1” is beside the database; another program is writing to it</source>
        <translation>„%1“ liegt neben der Datenbank; ein anderes Programm schreibt hinein</translation>
    </message>
</context>
<context>
    <name>BlamelessHints</name>
    <message>
        <source>“%1” names a person. Could this be framed as a process: what let this happen?</source>
        <translation>„%1“ nennt eine Person. Lässt sich das als Prozess beschreiben: Was hat das möglich gemacht?</translation>
    </message>
    <message>
        <source>“%1” sounds like blame. Could this be framed as a process: what let this happen?</source>
        <translation>„%1“ klingt nach Schuldzuweisung. Lässt sich das als Prozess beschreiben: Was hat das möglich gemacht?</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Guides a facilitator through pre-mortem and post-mortem sessions.</source>
        <translation>Begleitet die Moderation durch Pre-Mortem- und Post-Mortem-Sitzungen.</translation>
    </message>
    <message>
        <source>Use the database file &lt;path&gt; instead of the default %1.</source>
        <translation>Die Datenbankdatei &lt;Pfad&gt; statt der Standarddatei %1 verwenden.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Print the stored sessions as a table and exit.</source>
        <translation>Die gespeicherten Sitzungen als Tabelle ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Unerwartetes Argument „%1“.</translation>
    </message>
    <message>
        <source>Write the summary of session &lt;id&gt; (see --list) and exit.</source>
        <translation>Die Zusammenfassung der Sitzung &lt;ID&gt; (siehe --list) schreiben und beenden.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>File --export writes; replaced only when the whole summary was written.</source>
        <translation>Datei, in die --export schreibt; sie wird nur ersetzt, wenn die ganze Zusammenfassung geschrieben wurde.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>--export needs a session id, as --list shows it; “%1” is not one.</source>
        <translation>--export braucht eine Sitzungs-ID, wie --list sie anzeigt; „%1“ ist keine.</translation>
    </message>
    <message>
        <source>--export needs --output FILE to write to.</source>
        <translation>--export braucht --output DATEI als Ziel.</translation>
    </message>
    <message>
        <source>Format of --export: pdf, md, html, odt or csv (the actions).</source>
        <translation>Format von --export: pdf, md, html, odt oder csv (die Maßnahmen).</translation>
    </message>
    <message>
        <source>Paper of a PDF --export: a4 or letter (default: the one your locale uses).</source>
        <translation>Papier eines PDF-Exports mit --export: a4 oder letter (Standard: das Format Ihres Gebietsschemas).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>--format must be one of %1; “%2” is not.</source>
        <translation>--format muss eines von %1 sein; „%2“ ist es nicht.</translation>
    </message>
    <message>
        <source>--page-size must be a4 or letter; “%1” is not.</source>
        <translation>--page-size muss a4 oder letter sein; „%1“ ist es nicht.</translation>
    </message>
    <message>
        <source>Write sessions &lt;id&gt;[,&lt;id&gt;…] (see --list) and their team to the session file --output, which another Candor can import, and exit.</source>
        <translation>Die Sitzungen &lt;ID&gt;[,&lt;ID&gt;…] (siehe --list) mit ihrem Team in die Sitzungsdatei --output schreiben, die eine andere Candor-Instanz importieren kann, und beenden.</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>IDs</translation>
    </message>
    <message>
        <source>Import the sessions of &lt;file&gt; (a session file, a backup or a Candor database) and exit. Rows changed here and in the file since they last matched are kept as they are here, and listed.</source>
        <translation>Die Sitzungen aus &lt;Datei&gt; (einer Sitzungsdatei, einer Sicherung oder einer Candor-Datenbank) importieren und beenden. Einträge, die seit ihrer letzten Übereinstimmung hier und in der Datei geändert wurden, bleiben so, wie sie hier sind, und werden aufgelistet.</translation>
    </message>
    <message>
        <source>A session file to import in the window (as a file manager opens one).</source>
        <translation>Eine Sitzungsdatei, die im Fenster importiert wird (so öffnet sie ein Dateimanager).</translation>
    </message>
    <message>
        <source>Write a backup of the database now, print its path and exit. Works while Candor has the database open.</source>
        <translation>Jetzt eine Sicherung der Datenbank schreiben, ihren Pfad ausgeben und beenden. Funktioniert auch, während Candor die Datenbank geöffnet hat.</translation>
    </message>
    <message>
        <source>Print the backups of the database as a table and exit.</source>
        <translation>Die Sicherungen der Datenbank als Tabelle ausgeben und beenden.</translation>
    </message>
    <message>
        <source>--export-session needs session ids, as --list shows them; “%1” is not one.</source>
        <translation>--export-session braucht Sitzungs-IDs, wie --list sie anzeigt; „%1“ ist keine.</translation>
    </message>
    <message>
        <source>--export-session needs --output FILE to write to.</source>
        <translation>--export-session braucht --output DATEI als Ziel.</translation>
    </message>
</context>
<context>
    <name>ConcernModel</name>
    <message>
        <source>%1 (merged into #%2)</source>
        <translation>%1 (zusammengeführt mit #%2)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Wrote it</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Handzeichen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Runde</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Genannt von</translation>
    </message>
    <message>
        <source>Merge concerns</source>
        <translation>Anliegen zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>%n people wrote this</source>
        <translation>
            <numerusform>%n Person hat das geschrieben</numerusform>
            <numerusform>%n Personen haben das geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the speaker and %n raised hand(s)</source>
        <translation>
            <numerusform>die sprechende Person und %n Handzeichen</numerusform>
            <numerusform>die sprechende Person und %n Handzeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tally tooltip: how many wrote it, then who</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Die Zeit ist um</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Überzogen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>state line: separates its parts</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n Stunde</numerusform>
            <numerusform>%n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n Minute</numerusform>
            <numerusform>%n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 second</source>
        <translation>1 Sekunde</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n Sekunde</numerusform>
            <numerusform>%n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, not started</source>
        <translation>%1, nicht gestartet</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Noch %1</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 überzogen</translation>
    </message>
    <message>
        <source>Paused, %1 left</source>
        <translation>Pausiert, noch %1</translation>
    </message>
    <message>
        <source>Paused, time is up</source>
        <translation>Pausiert, die Zeit ist um</translation>
    </message>
    <message>
        <source>Paused, %1 over time</source>
        <translation>Pausiert, %1 überzogen</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Letzte Minute</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the database “%1”: %2</source>
        <translation>Die Datenbank „%1“ kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot open the database “%1”: %2</source>
        <translation>Die Datenbank „%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database “%1” is read-only. Candor saves every edit the moment it is made, so it needs a file it may write. Make the file writable or choose another one with --database.</source>
        <translation>Die Datenbank „%1“ ist schreibgeschützt. Candor speichert jede Änderung in dem Moment, in dem sie gemacht wird, und braucht deshalb eine Datei, in die es schreiben darf. Machen Sie die Datei beschreibbar oder wählen Sie mit --database eine andere.</translation>
    </message>
    <message>
        <source>“%1” is not a Candor database (it is not an SQLite file). It has not been changed.</source>
        <translation>„%1“ ist keine Candor-Datenbank (es ist keine SQLite-Datei). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database that belongs to another program, not to Candor. It has not been changed.</source>
        <translation>„%1“ ist eine SQLite-Datenbank, die zu einem anderen Programm gehört, nicht zu Candor. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Candor (%2). Update Candor to open it. It has not been changed.</source>
        <translation>„%1“ wurde von einer neueren Version von Candor geschrieben (%2). Aktualisieren Sie Candor, um sie zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>“%1” was written by an older version of Candor (%2). Open it once in Candor to upgrade it.</source>
        <translation>„%1“ wurde von einer älteren Version von Candor geschrieben (%2). Öffnen Sie die Datei einmal in Candor, um sie zu aktualisieren.</translation>
    </message>
    <message>
        <source>The database “%1” is damaged (%2). Candor will not change it; restore it from a backup, or keep it aside and start a new one with --database.</source>
        <translation>Die Datenbank „%1“ ist beschädigt (%2). Candor verändert sie nicht; stellen Sie sie aus einer Sicherung wieder her oder legen Sie sie beiseite und beginnen Sie mit --database eine neue.</translation>
    </message>
    <message>
        <source>Upgrading the database “%1” failed: %2. The file was left as it was.</source>
        <translation>Die Aktualisierung der Datenbank „%1“ ist fehlgeschlagen: %2. Die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>its folder is read-only, and SQLite needs to keep its journal there</source>
        <translation>der Ordner ist schreibgeschützt, und SQLite muss dort sein Journal ablegen</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>the folder “%1” cannot be created</source>
        <translation>der Ordner „%1“ kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>schema %1; this version reads up to schema %2</source>
        <translation>Schema %1; diese Version liest bis Schema %2</translation>
    </message>
    <message>
        <source>it has no schema version</source>
        <translation>es gibt keine Schemaversion</translation>
    </message>
    <message>
        <source>schema %1</source>
        <translation>Schema %1</translation>
    </message>
    <message>
        <source>write-ahead logging cannot be turned on (%1)</source>
        <translation>Write-Ahead-Logging kann nicht eingeschaltet werden (%1)</translation>
    </message>
    <message>
        <source>the backup copy “%1” could not be written (%2)</source>
        <translation>die Sicherungskopie „%1“ konnte nicht geschrieben werden (%2)</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>Schritt %1: %2</translation>
    </message>
    <message>
        <source>it is on a read-only filesystem, and SQLite needs to keep its journal beside it</source>
        <translation>die Datei liegt auf einem schreibgeschützten Dateisystem, und SQLite muss daneben sein Journal ablegen</translation>
    </message>
    <message>
        <source>The database “%1” cannot be opened as it is: its write-ahead log “%2” is missing, and “%3” says that log held edits not yet in the database. If the log was moved, or not copied along, put it back beside the database. To open the database without those edits, delete “%3”. Nothing has been changed.</source>
        <translation>Die Datenbank „%1“ kann in diesem Zustand nicht geöffnet werden: Das zugehörige Write-Ahead-Log „%2“ fehlt, und laut „%3“ enthielt dieses Log Änderungen, die noch nicht in der Datenbank stehen. Wenn das Log verschoben oder nicht mitkopiert wurde, legen Sie es wieder neben die Datenbank. Um die Datenbank ohne diese Änderungen zu öffnen, löschen Sie „%3“. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>it could not be saved under its name</source>
        <translation>sie konnte nicht unter ihrem Namen gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot set up Candor in the PostgreSQL database “%1”: %2 Nothing was created or changed.</source>
        <translation>Candor kann in der PostgreSQL-Datenbank „%1“ nicht eingerichtet werden: %2 Es wurde nichts angelegt oder verändert.</translation>
    </message>
    <message>
        <source>Cannot open the PostgreSQL database “%1”: %2 Nothing was created or changed.</source>
        <translation>Die PostgreSQL-Datenbank „%1“ kann nicht geöffnet werden: %2 Es wurde nichts angelegt oder verändert.</translation>
    </message>
    <message>
        <source>Upgrading the PostgreSQL database “%1” failed: %2 It is kept at schema %3, each step whole or not at all; this version of Candor needs schema %4.</source>
        <translation>Die Aktualisierung der PostgreSQL-Datenbank „%1“ ist fehlgeschlagen: %2 Sie bleibt bei Schema %3, jeder Schritt ganz oder gar nicht; diese Version von Candor braucht Schema %4.</translation>
    </message>
    <message>
        <source>Cannot connect to the database server of “%1”: %2</source>
        <translation>Keine Verbindung zum Datenbankserver von „%1“: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>“%1” names no PostgreSQL service; write service=NAME, as in pg_service.conf.</source>
        <translation>„%1“ nennt keinen PostgreSQL-Dienst; schreiben Sie service=NAME, wie in pg_service.conf.</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address Candor can read (%2).</source>
        <translation>„%1“ ist keine PostgreSQL-Adresse, die Candor lesen kann (%2).</translation>
    </message>
    <message>
        <source>The port in “%1” is not a number.</source>
        <translation>Der Port in „%1“ ist keine Zahl.</translation>
    </message>
    <message>
        <source>“%1” is not a connection option Candor passes to PostgreSQL.</source>
        <translation>„%1“ ist keine Verbindungsoption, die Candor an PostgreSQL weitergibt.</translation>
    </message>
    <message>
        <source>“%1” names no database; write postgresql://HOST/DATABASE.</source>
        <translation>„%1“ nennt keine Datenbank; schreiben Sie postgresql://HOST/DATENBANK.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cannot Write There</source>
        <translation>Dorthin kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>DiscussionPage</name>
    <message>
        <source>Discussed</source>
        <translation>Besprochen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W asks the first why.</source>
        <translation>Ctrl+Shift+W stellt die erste Warum-Frage.</translation>
    </message>
    <message>
        <source>Start timebox</source>
        <translation>Zeitfenster starten</translation>
    </message>
    <message>
        <source>What will be done about “%1”?</source>
        <translation>Was wird wegen „%1“ getan?</translation>
    </message>
    <message>
        <source>Concern position</source>
        <translation>Position des Anliegens</translation>
    </message>
    <message>
        <source>Tally</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Avoidance</source>
        <translation>Vermeidung</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Gegenmaßnahmen</translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation>Fünf Warum</translation>
    </message>
    <message>
        <source>Actions from this concern</source>
        <translation>Maßnahmen aus diesem Anliegen</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Timebox minutes</source>
        <translation>Minuten im Zeitfenster</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Verbleibende Zeit</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Alt+PgDown next · Alt+PgUp previous · Ctrl+Shift+W add a why · Ctrl+Shift+A action · Ctrl+Shift+D discussed</source>
        <translation>Alt+PgDown weiter · Alt+PgUp zurück · Ctrl+Shift+W Warum-Frage hinzufügen · Ctrl+Shift+A Maßnahme · Ctrl+Shift+D besprochen</translation>
    </message>
    <message>
        <source>Next concern</source>
        <translation>Nächstes Anliegen</translation>
    </message>
    <message>
        <source>Previous concern</source>
        <translation>Vorheriges Anliegen</translation>
    </message>
    <message>
        <source>Add a why</source>
        <translation>Warum-Frage hinzufügen</translation>
    </message>
    <message>
        <source>Mark discussed</source>
        <translation>Als besprochen markieren</translation>
    </message>
    <message>
        <source>Add an action from this concern</source>
        <translation>Maßnahme aus diesem Anliegen hinzufügen</translation>
    </message>
    <message>
        <source>Why %1</source>
        <translation>Warum %1</translation>
    </message>
    <message>
        <source>Why did this happen?</source>
        <translation>Warum ist das passiert?</translation>
    </message>
    <message>
        <source>Why was that?</source>
        <translation>Warum war das so?</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Antwort %1</translation>
    </message>
    <message>
        <source>Because…</source>
        <translation>Weil …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove why %1</source>
        <translation>Warum-Frage %1 entfernen</translation>
    </message>
    <message>
        <source>This is the last concern.</source>
        <translation>Dies ist das letzte Anliegen.</translation>
    </message>
    <message>
        <source>This is the first concern.</source>
        <translation>Dies ist das erste Anliegen.</translation>
    </message>
    <message>
        <source>Nothing to discuss yet</source>
        <translation>Noch nichts zu besprechen</translation>
    </message>
    <message>
        <source>Concerns recorded during sharing appear here, most written first.</source>
        <translation>Anliegen, die im Austausch erfasst werden, erscheinen hier, die am häufigsten geschriebenen zuerst.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Written by 1 person</source>
        <translation>Von 1 Person geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>Written by %n people</source>
        <translation>
            <numerusform>Von %n Person geschrieben</numerusform>
            <numerusform>Von %n Personen geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <source>What let this happen, and how do we recover faster?</source>
        <translation>Was hat das möglich gemacht, und wie erholen wir uns schneller?</translation>
    </message>
    <message>
        <source>How could it have been avoided?</source>
        <translation>Wie hätte es vermieden werden können?</translation>
    </message>
    <message>
        <source>Where the chain of whys ends</source>
        <translation>Wo die Kette der Warum-Fragen endet</translation>
    </message>
    <message>
        <source>From the last answer: %1</source>
        <translation>Aus der letzten Antwort: %1</translation>
    </message>
    <message>
        <source>A chain has at most five whys; the last answer is the root cause.</source>
        <translation>Eine Kette hat höchstens fünf Warum-Fragen; die letzte Antwort ist die Grundursache.</translation>
    </message>
    <message>
        <source>The why could not be saved.</source>
        <translation>Die Warum-Frage konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>There is no concern to link an action to.</source>
        <translation>Es gibt kein Anliegen, mit dem eine Maßnahme verknüpft werden kann.</translation>
    </message>
    <message>
        <source>An action needs a text saying what will be done; nothing was added.</source>
        <translation>Eine Maßnahme braucht einen Text, der sagt, was getan wird; es wurde nichts hinzugefügt.</translation>
    </message>
    <message>
        <source>Action added: %1</source>
        <translation>Maßnahme hinzugefügt: %1</translation>
    </message>
    <message>
        <source>No actions yet (Ctrl+Shift+A adds one).</source>
        <translation>Noch keine Maßnahmen (Ctrl+Shift+A fügt eine hinzu).</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Maßnahmen:</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Maßnahme hinzufügen…</translation>
    </message>
    <message>
        <source>Add an action linked to this concern (Ctrl+Shift+A)</source>
        <translation>Eine mit diesem Anliegen verknüpfte Maßnahme hinzufügen (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Timebox over: %1</source>
        <translation>Zeit überzogen: %1</translation>
    </message>
    <message>
        <source>The action “%1” was not saved; press Ctrl+Shift+A to try again.</source>
        <translation>Die Maßnahme „%1“ wurde nicht gespeichert; drücken Sie Ctrl+Shift+A, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Timebox: %1</source>
        <translation>Zeitfenster: %1</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Pre-mortem</source>
        <translation>Pre-Mortem</translation>
    </message>
    <message>
        <source>Post-mortem</source>
        <translation>Post-Mortem</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Vorbereitung</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Austausch</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation>Rangfolge</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Pre-mortem %1</source>
        <translation>Pre-Mortem %1</translation>
    </message>
    <message>
        <source>Post-mortem %1</source>
        <translation>Post-Mortem %1</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Keine Kategorie</translation>
    </message>
    <message>
        <source>Went well</source>
        <translation>Lief gut</translation>
    </message>
    <message>
        <source>Let us down</source>
        <translation>Hat uns im Stich gelassen</translation>
    </message>
    <message>
        <source>Got lucky</source>
        <translation>Glück gehabt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Standard pre-mortem</source>
        <translation>Standard-Pre-Mortem</translation>
    </message>
    <message>
        <source>Imagine it is a month after the release, and the project has failed utterly. We are meeting to talk about what happened, so that we can avoid the same mistakes. What do we say went wrong?

Everything is fair game, however unlikely it seems: “everything short of natural disasters” once missed a natural disaster. Be candid.</source>
        <translation>Stellen Sie sich vor, es ist einen Monat nach dem Release, und das Projekt ist komplett gescheitert. Wir treffen uns, um darüber zu sprechen, was passiert ist, damit wir nicht dieselben Fehler machen. Was sagen wir: Was ist schiefgegangen?

Alles ist erlaubt, so unwahrscheinlich es auch scheint: „alles außer Naturkatastrophen“ hat einmal eine Naturkatastrophe übersehen. Seien Sie offen.</translation>
    </message>
    <message>
        <source>Write down, privately, every reason you can think of for the failure.
Keep your notes to yourself for now: in a moment each of us shares one item at a time.</source>
        <translation>Schreiben Sie für sich jeden Grund auf, der Ihnen für das Scheitern einfällt.
Behalten Sie Ihre Notizen vorerst für sich: Gleich nennt jede Person reihum jeweils einen Punkt.</translation>
    </message>
    <message>
        <source>Standard post-mortem</source>
        <translation>Standard-Post-Mortem</translation>
    </message>
    <message>
        <source>This review is blameless: we look at processes, not people. A process is simply the way we normally do things, and it is there to catch us. Everyone did the best they could with what they knew at the time.</source>
        <translation>Dieser Rückblick ist schuldfrei: Wir betrachten Prozesse, nicht Personen. Ein Prozess ist einfach die Art, wie wir normalerweise arbeiten, und er ist dazu da, uns aufzufangen. Alle haben mit dem, was sie damals wussten, ihr Bestes gegeben.</translation>
    </message>
    <message>
        <source>Where did our processes help us, and where did they let us down?
Did we follow them? If not, why not?
What can we change so this category of problem cannot happen again?
What can we change so we recover faster from what is out of our control?
What went well? Where did we get lucky?</source>
        <translation>Wo haben uns unsere Prozesse geholfen, und wo haben sie uns im Stich gelassen?
Haben wir sie befolgt? Wenn nicht, warum nicht?
Was können wir ändern, damit diese Art von Problem nicht wieder auftreten kann?
Was können wir ändern, damit wir uns schneller von dem erholen, was wir nicht in der Hand haben?
Was lief gut? Wo hatten wir Glück?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Rückblick</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Weiterhin offen</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Mein Team</translation>
    </message>
</context>
<context>
    <name>DueDateEdit</name>
    <message>
        <source>Type a date such as 7 Dec, +3d, +2w, tomorrow or next fri, or press Alt+Down for a calendar. Up and Down change the day. Empty means no date.</source>
        <translation>Geben Sie ein Datum ein, etwa 7. Dez, +3t, +2w, morgen oder nächsten Fr, oder drücken Sie Alt+Down für einen Kalender. Up und Down ändern den Tag. Leer bedeutet: kein Datum.</translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation>Aus dem Kalender wählen</translation>
    </message>
    <message>
        <source>Pick from a calendar (Alt+Down)</source>
        <translation>Aus dem Kalender wählen (Alt+Down)</translation>
    </message>
    <message>
        <source>“%1” is not a date. Try 7 Dec, +3d, next fri or tomorrow, or press Alt+Down for a calendar.</source>
        <translation>„%1“ ist kein Datum. Versuchen Sie 7. Dez, +3t, nächsten Fr oder morgen, oder drücken Sie Alt+Down für einen Kalender.</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(kein Datum)</translation>
    </message>
    <message>
        <source>Due date calendar</source>
        <translation>Kalender für das Fälligkeitsdatum</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>There is no session %1 in “%2”; candor --list shows the sessions.</source>
        <translation>In „%2“ gibt es keine Sitzung %1; candor --list zeigt die Sitzungen.</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation>Überfällig seit %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Nur überfällig&amp;e</translation>
    </message>
    <message>
        <source>Follow-up: actions of every session</source>
        <translation>Nachverfolgung: Maßnahmen aller Sitzungen</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Alle Verantwortlichen</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filter Verantwortlich</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Noch zu erledigen</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filter Status</translation>
    </message>
    <message>
        <source>Session filter</source>
        <translation>Filter Sitzung</translation>
    </message>
    <message>
        <source>Actions to follow up</source>
        <translation>Nachzuverfolgende Maßnahmen</translation>
    </message>
    <message>
        <source>F2 edits owner, due date or status; Enter opens the session</source>
        <translation>F2 bearbeitet Verantwortlich, Fälligkeitsdatum oder Status; Enter öffnet die Sitzung</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Sess&amp;ion:</source>
        <translation>S&amp;itzung:</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) shown</source>
        <translation>
            <numerusform>%n Maßnahme angezeigt</numerusform>
            <numerusform>%n Maßnahmen angezeigt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Zurück</translation>
    </message>
    <message>
        <source>Back to where you were (Esc)</source>
        <translation>Zurück zur vorherigen Ansicht (Esc)</translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation>Filter Team</translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation>Tea&amp;m:</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Sessions</source>
        <translation>Sitzungen importieren</translation>
    </message>
    <message>
        <source>From “%1”</source>
        <translation>Aus „%1“</translation>
    </message>
    <message>
        <source>Exported %1 by Candor %2.</source>
        <translation>Exportiert am %1 von Candor %2.</translation>
    </message>
    <message>
        <source>A whole Candor database: choose the sessions to take from it.</source>
        <translation>Eine ganze Candor-Datenbank: Wählen Sie die Sitzungen, die daraus übernommen werden sollen.</translation>
    </message>
    <message>
        <source>&amp;Sessions (Space chooses):</source>
        <translation>&amp;Sitzungen (Space wählt aus):</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was passiert</translation>
    </message>
    <message>
        <source>Sessions in the file</source>
        <translation>Sitzungen in der Datei</translation>
    </message>
    <message>
        <source>Changed &amp;here and in the file since they last matched; tick those to take from the file:</source>
        <translation>Seit der letzten Übereinstimmung &amp;hier und in der Datei geändert; kreuzen Sie an, was aus der Datei übernommen werden soll:</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>In der Datei</translation>
    </message>
    <message>
        <source>Rows changed on both sides</source>
        <translation>Auf beiden Seiten geänderte Einträge</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Deleted here: left alone</source>
        <translation>Hier gelöscht: bleibt unberührt</translation>
    </message>
    <message>
        <source>New here: added</source>
        <translation>Hier neu: wird hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added</source>
        <translation>
            <numerusform>%n Eintrag hinzugefügt</numerusform>
            <numerusform>%n Einträge hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken from the file</source>
        <translation>
            <numerusform>%n aus der Datei übernommen</numerusform>
            <numerusform>%n aus der Datei übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to decide</source>
        <translation>
            <numerusform>%n zu entscheiden</numerusform>
            <numerusform>%n zu entscheiden</numerusform>
        </translation>
    </message>
    <message>
        <source>Already here, the same</source>
        <translation>Schon hier, unverändert</translation>
    </message>
    <message numerus="yes">
        <source>adds %n session(s)</source>
        <translation>
            <numerusform>fügt %n Sitzung hinzu</numerusform>
            <numerusform>fügt %n Sitzungen hinzu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>adds %n row(s) to sessions already here</source>
        <translation>
            <numerusform>fügt vorhandenen Sitzungen %n Eintrag hinzu</numerusform>
            <numerusform>fügt vorhandenen Sitzungen %n Einträge hinzu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>takes %n change(s) from the file</source>
        <translation>
            <numerusform>übernimmt %n Änderung aus der Datei</numerusform>
            <numerusform>übernimmt %n Änderungen aus der Datei</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keeps %n changed on both sides as it is here</source>
        <translation>
            <numerusform>belässt %n auf beiden Seiten geänderten Eintrag so, wie er hier ist</numerusform>
            <numerusform>belässt %n auf beiden Seiten geänderte Einträge so, wie sie hier sind</numerusform>
        </translation>
    </message>
    <message>
        <source>No session chosen: nothing to import.</source>
        <translation>Keine Sitzung gewählt: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <source>Nothing to import: this database already holds all of it.</source>
        <translation>Nichts zu importieren: Diese Datenbank enthält bereits alles.</translation>
    </message>
    <message>
        <source>Importing %1. One undo takes it all back.</source>
        <translation>Der Import %1. Ein einziges Rückgängig nimmt alles zurück.</translation>
    </message>
    <message numerus="yes">
        <source>%n left as here</source>
        <translation>
            <numerusform>%n so belassen wie hier</numerusform>
            <numerusform>%n so belassen wie hier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>leaves %n as they are here</source>
        <translation>
            <numerusform>lässt %n Eintrag so, wie er hier ist</numerusform>
            <numerusform>lässt %n Einträge so, wie sie hier sind</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceGuard</name>
    <message>
        <source>another program</source>
        <translation>einem anderen Programm</translation>
    </message>
    <message>
        <source>Candor (process %1 on %2)</source>
        <translation>Candor (Prozess %1 auf %2)</translation>
    </message>
    <message>
        <source>Candor cannot lock the database: “%1”, where it keeps its lock file, is a folder or something else that is not a file. Move or remove it, then start Candor again.</source>
        <translation>Candor kann die Datenbank nicht sperren: „%1“, wo Candor seine Lock-Datei ablegt, ist ein Ordner oder etwas anderes, das keine Datei ist. Verschieben oder entfernen Sie es und starten Sie Candor dann erneut.</translation>
    </message>
    <message>
        <source>The lock file “%1” was left by a copy of Candor that is no longer running, and it cannot be removed (%2). Remove it, then start Candor again.</source>
        <translation>Die Lock-Datei „%1“ stammt von einer Candor-Instanz, die nicht mehr läuft, und kann nicht entfernt werden (%2). Entfernen Sie sie und starten Sie Candor dann erneut.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message numerus="yes">
        <source>%1, and %n more problem(s)</source>
        <translation>
            <numerusform>%1 und %n weiteres Problem</numerusform>
            <numerusform>%1 und %n weitere Probleme</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveCommands</name>
    <message>
        <source>Edit session</source>
        <translation>Sitzung bearbeiten</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Person bearbeiten</translation>
    </message>
    <message>
        <source>Change the seat order</source>
        <translation>Sitzreihenfolge ändern</translation>
    </message>
    <message>
        <source>Next turn</source>
        <translation>Nächste Person</translation>
    </message>
    <message>
        <source>Record “%1”</source>
        <translation>„%1“ erfassen</translation>
    </message>
    <message>
        <source>Merge concerns</source>
        <translation>Anliegen zusammenführen</translation>
    </message>
    <message>
        <source>Edit concern</source>
        <translation>Anliegen bearbeiten</translation>
    </message>
    <message>
        <source>Add timeline entry</source>
        <translation>Zeitleisteneintrag hinzufügen</translation>
    </message>
    <message>
        <source>Remove timeline entry</source>
        <translation>Zeitleisteneintrag entfernen</translation>
    </message>
    <message>
        <source>Edit timeline entry</source>
        <translation>Zeitleisteneintrag bearbeiten</translation>
    </message>
    <message>
        <source>Concern text</source>
        <translation>Text des Anliegens</translation>
    </message>
    <message>
        <source>Raised hands</source>
        <translation>Handzeichen</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Avoidance</source>
        <translation>Vermeidung</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Gegenmaßnahmen</translation>
    </message>
    <message>
        <source>Mark discussed</source>
        <translation>Als besprochen markieren</translation>
    </message>
    <message>
        <source>Mark not discussed</source>
        <translation>Als nicht besprochen markieren</translation>
    </message>
    <message>
        <source>Choose team</source>
        <translation>Team wählen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <source>Search session titles (Ctrl+F)</source>
        <translation>Sitzungstitel durchsuchen (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search session titles</source>
        <translation>Sitzungstitel durchsuchen</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>New &amp;Pre-mortem</source>
        <translation>Neues &amp;Pre-Mortem</translation>
    </message>
    <message>
        <source>Start a session before a launch: imagine it failed</source>
        <translation>Eine Sitzung vor einem Launch beginnen: Stellen Sie sich vor, er ist gescheitert</translation>
    </message>
    <message>
        <source>New P&amp;ost-mortem</source>
        <translation>Neues Post-&amp;Mortem</translation>
    </message>
    <message>
        <source>Start a blameless review of an incident or project</source>
        <translation>Einen schuldfreien Rückblick auf einen Vorfall oder ein Projekt beginnen</translation>
    </message>
    <message>
        <source>&amp;Open Session</source>
        <translation>Sitzung ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Close Session</source>
        <translation>Sitzung &amp;schließen</translation>
    </message>
    <message>
        <source>D&amp;uplicate Session</source>
        <translation>Sitzung d&amp;uplizieren</translation>
    </message>
    <message>
        <source>Copy participants, timeboxes and prompts into a new session, without concerns</source>
        <translation>Teilnehmende, Zeitfenster und Schreibimpulse in eine neue Sitzung kopieren, ohne Anliegen</translation>
    </message>
    <message>
        <source>Re&amp;name Session</source>
        <translation>Sitzung &amp;umbenennen</translation>
    </message>
    <message>
        <source>&amp;Delete Session</source>
        <translation>Sitzung &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Find Session</source>
        <translation>Sitzung &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;About Candor</source>
        <translation>Ü&amp;ber Candor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>%1 — Candor</source>
        <translation>%1 — Candor</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicated “%1” with its participants, timeboxes and prompts.</source>
        <translation>„%1“ mit Teilnehmenden, Zeitfenstern und Schreibimpulsen dupliziert.</translation>
    </message>
    <message>
        <source>Delete the session “%1”?</source>
        <translation>Die Sitzung „%1“ löschen?</translation>
    </message>
    <message>
        <source>It holds %1 and %2. You can undo the deletion with %3 until Candor is closed.</source>
        <translation>Sie enthält %1 und %2. Sie können das Löschen mit %3 rückgängig machen, solange Candor geöffnet ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s)</source>
        <translation>
            <numerusform>%n Anliegen</numerusform>
            <numerusform>%n Anliegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Sitzung löschen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo brings it back.</source>
        <translation>„%1“ gelöscht. Rückgängig holt die Sitzung zurück.</translation>
    </message>
    <message>
        <source>No sessions yet.
Press %1 for a pre-mortem or %2 for a post-mortem.</source>
        <translation>Noch keine Sitzungen.
Drücken Sie %1 für ein Pre-Mortem oder %2 für ein Post-Mortem.</translation>
    </message>
    <message>
        <source>No session title contains “%1”.</source>
        <translation>Kein Sitzungstitel enthält „%1“.</translation>
    </message>
    <message>
        <source>About Candor</source>
        <translation>Über Candor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Guides a facilitator through pre-mortem and post-mortem sessions: timed private writing, round-robin sharing, hand counts, discussion and follow-up actions.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Begleitet die Moderation durch Pre-Mortem- und Post-Mortem-Sitzungen: stilles Schreiben mit Zeitvorgabe, Austausch reihum, Handzeichen, Diskussion und Folgemaßnahmen.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Sessio&amp;n</source>
        <translation>Sitz&amp;ung</translation>
    </message>
    <message>
        <source>&amp;Follow-up of All Actions</source>
        <translation>&amp;Nachverfolgung aller Maßnahmen</translation>
    </message>
    <message>
        <source>Every open action of every session, with filters</source>
        <translation>Alle offenen Maßnahmen aller Sitzungen, mit Filtern</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Ansi&amp;cht</translation>
    </message>
    <message>
        <source>Follow-up — Candor</source>
        <translation>Nachverfolgung — Candor</translation>
    </message>
    <message>
        <source>&amp;Export Summary</source>
        <translation>Zusammenfassung &amp;exportieren</translation>
    </message>
    <message>
        <source>&amp;Presentation Window</source>
        <translation>&amp;Präsentationsfenster</translation>
    </message>
    <message>
        <source>A second window with only what the room should see, for the projector</source>
        <translation>Ein zweites Fenster nur mit dem, was der Raum sehen soll, für den Projektor</translation>
    </message>
    <message>
        <source>Presentation &amp;Full Screen</source>
        <translation>Präsentation im &amp;Vollbild</translation>
    </message>
    <message>
        <source>Presentation Zoom &amp;In</source>
        <translation>Präsentation ver&amp;größern</translation>
    </message>
    <message>
        <source>Presentation Zoom &amp;Out</source>
        <translation>Präsentation ver&amp;kleinern</translation>
    </message>
    <message>
        <source>Presentation &amp;Actual Size</source>
        <translation>Präsentation in &amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Second Screen</source>
        <translation>Zweiter Bildschirm</translation>
    </message>
    <message>
        <source>Show the presentation full screen on “%1” and keep the controls on this screen?</source>
        <translation>Die Präsentation im Vollbild auf „%1“ zeigen und die Steuerung auf diesem Bildschirm behalten?</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation>„%1“ verwenden</translation>
    </message>
    <message>
        <source>Settings saved. The new language or database file is used from the next start.</source>
        <translation>Einstellungen gespeichert. Die neue Sprache bzw. Datenbankdatei wird ab dem nächsten Start verwendet.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Neues %1</translation>
    </message>
    <message>
        <source>Before a launch or a milestone: the team imagines it has failed and says why, so there is time to prevent it.</source>
        <translation>Vor einem Launch oder Meilenstein: Das Team stellt sich vor, das Vorhaben sei gescheitert, und sagt, warum – damit noch Zeit bleibt, es zu verhindern.</translation>
    </message>
    <message>
        <source>After an incident or a project: a blameless look at what happened, what helped, what let us down and what to change.</source>
        <translation>Nach einem Vorfall oder Projekt: ein schuldfreier Blick darauf, was passiert ist, was geholfen hat, was uns im Stich gelassen hat und was wir ändern sollten.</translation>
    </message>
    <message>
        <source>&amp;Next Page on Presentation</source>
        <translation>Präsentation eine Seite &amp;weiter</translation>
    </message>
    <message>
        <source>Pre&amp;vious Page on Presentation</source>
        <translation>Präsentation eine Seite zu&amp;rück</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>„%1“ in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;How a Session Runs</source>
        <translation>&amp;Ablauf einer Sitzung</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Nicht gespeichert.</translation>
    </message>
    <message>
        <source>Set-up: seat the people who take part, in the order they will speak. Check the planned length and the timeboxes.</source>
        <translation>Vorbereitung: Tragen Sie die Teilnehmenden in der Reihenfolge ein, in der sie sprechen werden. Prüfen Sie die geplante Dauer und die Zeitfenster.</translation>
    </message>
    <message>
        <source>Scene: read the framing aloud. A pre-mortem imagines the project has failed; a post-mortem records what happened, without blame.</source>
        <translation>Szenario: Lesen Sie das Szenario laut vor. Ein Pre-Mortem stellt sich vor, das Projekt sei gescheitert; ein Post-Mortem hält ohne Schuldzuweisung fest, was passiert ist.</translation>
    </message>
    <message>
        <source>Writing: about ten minutes of private writing, each on their own paper or device. The shared screen shows only the prompts and the countdown (F5).</source>
        <translation>Schreiben: etwa zehn Minuten stilles Schreiben, jede Person auf eigenem Papier oder Gerät. Der gemeinsame Bildschirm zeigt nur die Schreibimpulse und den Countdown (F5).</translation>
    </message>
    <message>
        <source>Sharing: go round the table; each person shares the one thing that worries them most. Everyone who wrote the same raises a hand. Type a short summary, set the hands (Up, Down or Alt+digit) and press Enter. Stop early enough to leave time for discussion.</source>
        <translation>Austausch: Gehen Sie reihum; jede Person nennt das Anliegen, das sie am meisten beunruhigt. Alle, die dasselbe geschrieben haben, heben die Hand. Geben Sie eine Kurzfassung ein, setzen Sie die Handzeichen (Up, Down oder Alt+Ziffer) und drücken Sie Enter. Beenden Sie den Austausch früh genug, damit Zeit für die Diskussion bleibt.</translation>
    </message>
    <message>
        <source>Ranked: what most people wrote comes first.</source>
        <translation>Rangfolge: Was die meisten geschrieben haben, steht oben.</translation>
    </message>
    <message>
        <source>Discussion: most written first, ask how it could have been avoided, ask why five times to reach the root cause, and agree what to do (Ctrl+Shift+A adds an action).</source>
        <translation>Diskussion: Das am häufigsten Geschriebene zuerst; fragen Sie, wie es hätte vermieden werden können, fragen Sie fünfmal „Warum?“, um zur Grundursache zu gelangen, und vereinbaren Sie, was zu tun ist (Ctrl+Shift+A fügt eine Maßnahme hinzu).</translation>
    </message>
    <message>
        <source>Actions: put them in order, mark what is done right away, give each an owner and a due date.</source>
        <translation>Maßnahmen: Bringen Sie sie in eine Reihenfolge, markieren Sie, was sofort angegangen wird, und geben Sie jeder eine verantwortliche Person und ein Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>Summary: print it or export it. Nobody is named next to a concern unless the session chose to attribute them.</source>
        <translation>Zusammenfassung: Drucken oder exportieren Sie sie. Bei einem Anliegen steht nur dann ein Name, wenn die Sitzung zeigen soll, wer es genannt hat.</translation>
    </message>
    <message>
        <source>A session runs in these steps; Ctrl+PgDown moves to the next one.</source>
        <translation>Eine Sitzung läuft in diesen Schritten ab; Ctrl+PgDown geht zum nächsten.</translation>
    </message>
    <message>
        <source>Thank everyone for their honesty at the end.</source>
        <translation>Danken Sie am Ende allen für ihre Offenheit.</translation>
    </message>
    <message>
        <source>How a Session Runs</source>
        <translation>Ablauf einer Sitzung</translation>
    </message>
    <message>
        <source>Nothing was changed. Anything you typed is still where you typed it; try again once the problem is solved.</source>
        <translation>Es wurde nichts geändert. Was Sie eingegeben haben, steht noch dort, wo Sie es eingegeben haben; versuchen Sie es erneut, sobald das Problem behoben ist.</translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation>Filter Team</translation>
    </message>
    <message>
        <source>Show the sessions of one team; a new session goes into it</source>
        <translation>Die Sitzungen eines Teams anzeigen; eine neue Sitzung kommt in dieses Team</translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation>Tea&amp;m:</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Replace every session with those of an automatic backup</source>
        <translation>Alle Sitzungen durch die einer automatischen Sicherung ersetzen</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Alle Teams</translation>
    </message>
    <message>
        <source>The team “%1” has no sessions yet. %2 makes one in it.</source>
        <translation>Das Team „%1“ hat noch keine Sitzungen. %2 legt eine darin an.</translation>
    </message>
    <message>
        <source>The database is as it was.</source>
        <translation>Die Datenbank ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Restored the backup from %1 with its %n session(s). The database as it was before is kept as a backup too; File ▸ Restore from Backup… brings it back.</source>
        <translation>
            <numerusform>Die Sicherung vom %1 wurde mit %n Sitzung wiederhergestellt. Die Datenbank, wie sie vorher war, ist ebenfalls als Sicherung erhalten; Datei ▸ Aus Sicherung wiederherstellen… holt sie zurück.</numerusform>
            <numerusform>Die Sicherung vom %1 wurde mit %n Sitzungen wiederhergestellt. Die Datenbank, wie sie vorher war, ist ebenfalls als Sicherung erhalten; Datei ▸ Aus Sicherung wiederherstellen… holt sie zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace every session in the database with the %n session(s) of the backup from %1?</source>
        <translation>
            <numerusform>Alle Sitzungen in der Datenbank durch die %n Sitzung der Sicherung vom %1 ersetzen?</numerusform>
            <numerusform>Alle Sitzungen in der Datenbank durch die %n Sitzungen der Sicherung vom %1 ersetzen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The database as it is now is backed up first, so this can be undone by restoring that backup. Undo (%1) cannot reach back past the restore: the window opens afresh on the restored sessions.</source>
        <translation>Die Datenbank wird vorher in ihrem jetzigen Zustand gesichert, sodass sich dies durch Wiederherstellen dieser Sicherung rückgängig machen lässt. Rückgängig (%1) reicht nicht hinter die Wiederherstellung zurück: Das Fenster öffnet sich neu mit den wiederhergestellten Sitzungen.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>A database on a PostgreSQL server is backed up by its server</source>
        <translation>Eine Datenbank auf einem PostgreSQL-Server wird von ihrem Server gesichert</translation>
    </message>
</context>
<context>
    <name>NewActionDialog</name>
    <message>
        <source>New Action</source>
        <translation>Neue Maßnahme</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>What will be done?</source>
        <translation>Was wird getan?</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Due date in words</source>
        <translation>Fälligkeitsdatum in Worten</translation>
    </message>
    <message>
        <source>&amp;What will be done:</source>
        <translation>&amp;Was wird getan:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Verantwortlich:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>&amp;Fällig:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>An action needs a text: say what will be done.</source>
        <translation>Eine Maßnahme braucht einen Text: Sagen Sie, was getan wird.</translation>
    </message>
    <message>
        <source>not a date yet</source>
        <translation>noch kein Datum</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Cannot write “%1”: it is the database Candor has open (“%2”), or a file kept with it, and writing there would destroy it. Choose another file.</source>
        <translation>„%1“ kann nicht geschrieben werden: Es ist die Datenbank, die Candor geöffnet hat („%2“), oder eine Datei, die zu ihr gehört, und das Schreiben dorthin würde sie zerstören. Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is a folder. Choose a file name.</source>
        <translation>„%1“ kann nicht geschrieben werden: Es ist ein Ordner. Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is a device or a pipe, not a file. Choose a file name.</source>
        <translation>„%1“ kann nicht geschrieben werden: Es ist ein Gerät oder eine Pipe, keine Datei. Wählen Sie einen Dateinamen.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>OwnerEdit</name>
    <message>
        <source>(unassigned)</source>
        <translation>(niemand)</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Abwesend</translation>
    </message>
    <message>
        <source>Two participants are called “%1”. Give one a role or an initial so the room can tell them apart.</source>
        <translation>Zwei Teilnehmende heißen „%1“. Geben Sie einer Person eine Rolle oder eine Initiale, damit der Raum sie unterscheiden kann.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Da</translation>
    </message>
    <message>
        <source>Add the usual participants</source>
        <translation>Übliche Teilnehmende hinzufügen</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Log In to the Team Database</source>
        <translation>Bei der Team-Datenbank anmelden</translation>
    </message>
    <message>
        <source>If the server asks for a password, type it here. Candor uses it for this run only and keeps it nowhere; for the next start, ~/.pgpass or a service file can hold it.</source>
        <translation>Wenn der Server ein Passwort verlangt, geben Sie es hier ein. Candor verwendet es nur für diesen Lauf und speichert es nirgends; für den nächsten Start kann ~/.pgpass oder eine Service-Datei es aufbewahren.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>&amp;Anmelden</translation>
    </message>
</context>
<context>
    <name>PostgresqlServer</name>
    <message>
        <source>Cannot open “%1”: Qt&apos;s PostgreSQL driver is not installed (on Debian, the package libqt6sql6-psql). Nothing was created or changed.</source>
        <translation>„%1“ kann nicht geöffnet werden: Der PostgreSQL-Treiber von Qt ist nicht installiert (unter Debian das Paket libqt6sql6-psql). Es wurde nichts angelegt oder verändert.</translation>
    </message>
    <message>
        <source>Cannot open the PostgreSQL database “%1”: %2 Nothing was created or changed.</source>
        <translation>Die PostgreSQL-Datenbank „%1“ kann nicht geöffnet werden: %2 Es wurde nichts angelegt oder verändert.</translation>
    </message>
    <message>
        <source>“%1” gives this login no schema to work in (its search_path is empty or names no schema it may use). Nothing was created or changed.</source>
        <translation>„%1“ gibt dieser Anmeldung kein Schema zum Arbeiten (ihr search_path ist leer oder nennt kein Schema, das sie nutzen darf). Es wurde nichts angelegt oder verändert.</translation>
    </message>
    <message>
        <source>Cannot look into the PostgreSQL database “%1”: %2 Nothing was created or changed.</source>
        <translation>In die PostgreSQL-Datenbank „%1“ kann nicht hineingesehen werden: %2 Es wurde nichts angelegt oder verändert.</translation>
    </message>
    <message>
        <source>“%1” is empty, and this login may not create tables in its schema “%2”. An administrator grants that (see Candor&apos;s README). Nothing was created or changed.</source>
        <translation>„%1“ ist leer, und diese Anmeldung darf in ihrem Schema „%2“ keine Tabellen anlegen. Das gewährt eine Administratorin oder ein Administrator (siehe die README von Candor). Es wurde nichts angelegt oder verändert.</translation>
    </message>
    <message>
        <source>“%1” holds another program&apos;s tables (%2), so Candor leaves it alone. Give Candor an empty database of its own. Nothing was created or changed.</source>
        <translation>„%1“ enthält Tabellen eines anderen Programms (%2), daher lässt Candor sie in Ruhe. Geben Sie Candor eine eigene, leere Datenbank. Es wurde nichts angelegt oder verändert.</translation>
    </message>
    <message>
        <source>“%1” was set up by a newer Candor (schema %2; it needs Candor %3 or newer). This Candor knows schema %4. Nothing was changed.</source>
        <translation>„%1“ wurde von einem neueren Candor eingerichtet (Schema %2; es braucht Candor %3 oder neuer). Dieses Candor kennt Schema %4. Es wurde nichts verändert.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>This login may not read and change every table of Candor&apos;s in “%1”. An administrator grants that (see Candor&apos;s README). Nothing was changed.</source>
        <translation>Diese Anmeldung darf nicht jede Tabelle von Candor in „%1“ lesen und ändern. Das gewährt eine Administratorin oder ein Administrator (siehe die README von Candor). Es wurde nichts verändert.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Candor — Presentation</source>
        <translation>Candor — Präsentation</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Präsentation</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Writing prompts</source>
        <translation>Schreibimpulse</translation>
    </message>
    <message>
        <source>Whose turn it is</source>
        <translation>Wer an der Reihe ist</translation>
    </message>
    <message>
        <source>Last concern</source>
        <translation>Letztes Anliegen</translation>
    </message>
    <message>
        <source>People who wrote the last concern</source>
        <translation>Personen, die das letzte Anliegen geschrieben haben</translation>
    </message>
    <message>
        <source>Concerns shared</source>
        <translation>Genannte Anliegen</translation>
    </message>
    <message>
        <source>Concerns, most written first</source>
        <translation>Anliegen, die am häufigsten geschriebenen zuerst</translation>
    </message>
    <message>
        <source>Position in the ranking</source>
        <translation>Position in der Rangfolge</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>People who wrote it</source>
        <translation>Personen, die es geschrieben haben</translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation>Fünf Warum</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Writing time left</source>
        <translation>Verbleibende Schreibzeit</translation>
    </message>
    <message>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <source>The session appears here when it is opened.</source>
        <translation>Die Sitzung erscheint hier, sobald sie geöffnet wird.</translation>
    </message>
    <message>
        <source>%1 · Looking back at last time&apos;s actions</source>
        <translation>%1 · Rückblick auf die Maßnahmen vom letzten Mal</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Behebung</translation>
    </message>
    <message numerus="yes">
        <source>%n people wrote this</source>
        <translation>
            <numerusform>%n Person hat das geschrieben</numerusform>
            <numerusform>%n Personen haben das geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s) shared</source>
        <translation>
            <numerusform>%n Anliegen genannt</numerusform>
            <numerusform>%n Anliegen genannt</numerusform>
        </translation>
    </message>
    <message>
        <source>Concern %1 of %2</source>
        <translation>Anliegen %1 von %2</translation>
    </message>
    <message>
        <source>No scene written yet</source>
        <translation>Noch kein Szenario geschrieben</translation>
    </message>
    <message>
        <source>Label of the last concern</source>
        <translation>Beschriftung des letzten Anliegens</translation>
    </message>
    <message>
        <source>No concerns yet</source>
        <translation>Noch keine Anliegen</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>Noch keine Maßnahmen</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a timeline entry: when, then what happened</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Write down privately what worries you.</source>
        <translation>Schreiben Sie für sich auf, was Sie beunruhigt.</translation>
    </message>
    <message>
        <source>Write privately: nobody&apos;s notes appear on this screen</source>
        <translation>Schreiben Sie für sich: Ihre Notizen erscheinen nicht auf diesem Bildschirm</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>how many wrote a concern, then a note on it</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>duplicates merged</source>
        <translation>Duplikate zusammengeführt</translation>
    </message>
    <message>
        <source>Just shared by %1</source>
        <translation>Gerade genannt von %1</translation>
    </message>
    <message>
        <source>Just shared</source>
        <translation>Gerade genannt</translation>
    </message>
    <message>
        <source>shared by %1</source>
        <translation>genannt von %1</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separates the details of a concern</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Nothing to discuss yet</source>
        <translation>Noch nichts zu besprechen</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>position in the ranking, then the category</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>the number of a why</comment>
        <translation>%1.</translation>
    </message>
    <message>
        <source>→ %1</source>
        <comment>an answer to a why</comment>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <comment>a why, then its answer</comment>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Gegenmaßnahmen</translation>
    </message>
    <message>
        <source>Right away</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig am %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separates the details of an action</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
</context>
<context>
    <name>RankedPage</name>
    <message>
        <source>Ranked by how many people wrote each concern</source>
        <translation>Nach der Zahl der Personen geordnet, die das Anliegen geschrieben haben</translation>
    </message>
    <message>
        <source>Ranked concerns</source>
        <translation>Anliegen in Rangfolge</translation>
    </message>
    <message>
        <source>Show category</source>
        <translation>Kategorie anzeigen</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>An&amp;zeigen:</translation>
    </message>
    <message>
        <source>No concerns in this category.</source>
        <translation>Keine Anliegen in dieser Kategorie.</translation>
    </message>
    <message>
        <source>No concerns yet. They appear here as people share them, the most written first.</source>
        <translation>Noch keine Anliegen. Sie erscheinen hier, sobald sie genannt werden, die am häufigsten geschriebenen zuerst.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Import Sessions…</source>
        <translation>Sitzungen i&amp;mportieren…</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Candor keeps a backup from the first start of each day and from quitting after changes: the newest of each of the last %1 days it was used and of the last %2 weeks, in %3.</source>
        <translation>Candor legt beim ersten Start jedes Tages und beim Beenden nach Änderungen eine Sicherung an und behält jeweils die neueste der letzten %1 Tage, an denen es benutzt wurde, und der letzten %2 Wochen, in %3.</translation>
    </message>
    <message>
        <source>Restoring replaces every session with those in the backup; the database as it is now is backed up first.</source>
        <translation>Die Wiederherstellung ersetzt alle Sitzungen durch die der Sicherung; die Datenbank wird vorher in ihrem jetzigen Zustand gesichert.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Nicht lesbar: %1</translation>
    </message>
    <message>
        <source>The database as it was before a restore</source>
        <translation>Die Datenbank vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Es gibt noch keine Sicherungen.</translation>
    </message>
    <message>
        <source>Choose sessions from this backup and bring them back, leaving everything else as it is</source>
        <translation>Sitzungen aus dieser Sicherung auswählen und zurückholen; alles andere bleibt, wie es ist</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a backup&apos;s day, then its time</comment>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>From session</source>
        <translation>Aus Sitzung</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review the open actions of earlier sessions</source>
        <translation>Rückblick auf die offenen Maßnahmen früherer Sitzungen</translation>
    </message>
    <message>
        <source>For each: Ctrl+1 done, Ctrl+2 still open, Ctrl+3 dropped. F2 corrects the owner or the due date. Ctrl+PgDown moves on to the set-up.</source>
        <translation>Für jede: Ctrl+1 erledigt, Ctrl+2 weiterhin offen, Ctrl+3 verworfen. F2 korrigiert Verantwortlich oder Fälligkeitsdatum. Ctrl+PgDown geht weiter zur Vorbereitung.</translation>
    </message>
    <message>
        <source>Open actions of earlier sessions</source>
        <translation>Offene Maßnahmen früherer Sitzungen</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>%1 von %2 geprüft</translation>
    </message>
</context>
<context>
    <name>ScenePage</name>
    <message>
        <source>&amp;Save as My Template…</source>
        <translation>Als eigene &amp;Vorlage speichern…</translation>
    </message>
    <message>
        <source>Save as My Template</source>
        <translation>Als eigene Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the template, for choosing it next time:</source>
        <translation>Name der Vorlage, um sie beim nächsten Mal auszuwählen:</translation>
    </message>
    <message>
        <source>Set the scene</source>
        <translation>Das Szenario vorstellen</translation>
    </message>
    <message>
        <source>Read the scene aloud, then walk the room through what happened and the timeline before private writing starts.</source>
        <translation>Lesen Sie das Szenario laut vor und gehen Sie dann mit dem Raum durch, was passiert ist und die Zeitleiste, bevor das stille Schreiben beginnt.</translation>
    </message>
    <message>
        <source>Read the scene aloud, slowly and in the past tense, then start private writing.</source>
        <translation>Lesen Sie das Szenario laut vor, langsam und in der Vergangenheitsform, und starten Sie dann das stille Schreiben.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Replace the scene and the writing prompts with a template; Ctrl+Z brings your text back</source>
        <translation>Das Szenario und die Schreibimpulse durch eine Vorlage ersetzen; Ctrl+Z holt Ihren Text zurück</translation>
    </message>
    <message>
        <source>Your own wording</source>
        <translation>Eigene Formulierung</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>Vor&amp;lage:</translation>
    </message>
    <message>
        <source>Keep this scene and these prompts as a template for your next sessions</source>
        <translation>Dieses Szenario und diese Schreibimpulse als Vorlage für Ihre nächsten Sitzungen behalten</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Writing prompts</source>
        <translation>Schreibimpulse</translation>
    </message>
    <message>
        <source>S&amp;cene — read this aloud</source>
        <translation>&amp;Szenario – laut vorlesen</translation>
    </message>
    <message>
        <source>Writing pr&amp;ompts — shown during private writing</source>
        <translation>Schreib&amp;impulse – werden beim stillen Schreiben angezeigt</translation>
    </message>
    <message>
        <source>Blameless: we look at processes, not people. Describe what happened, not who is to blame.</source>
        <translation>Schuldfrei: Wir betrachten Prozesse, nicht Personen. Beschreiben Sie, was passiert ist, nicht, wer schuld ist.</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Was ist passiert:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>&amp;Auswirkung:</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>How it was &amp;detected:</source>
        <translation>Wie es &amp;erkannt wurde:</translation>
    </message>
    <message>
        <source>How it was detected</source>
        <translation>Wie es erkannt wurde</translation>
    </message>
    <message>
        <source>How it was &amp;resolved:</source>
        <translation>Wie es beh&amp;oben wurde:</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>Wie es behoben wurde</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Remove Entry</source>
        <translation>Eintrag entfernen</translation>
    </message>
    <message>
        <source>F2 edits an entry, Delete removes it</source>
        <translation>F2 bearbeitet einen Eintrag, Delete entfernt ihn</translation>
    </message>
    <message>
        <source>Time of the new timeline entry</source>
        <translation>Uhrzeit des neuen Zeitleisteneintrags</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>What happened at that time</source>
        <translation>Was zu dieser Zeit passiert ist</translation>
    </message>
    <message>
        <source>What happened then — Enter adds it</source>
        <translation>Was dann passiert ist – Enter fügt es hinzu</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add the entry to the timeline (Enter)</source>
        <translation>Den Eintrag zur Zeitleiste hinzufügen (Enter)</translation>
    </message>
    <message>
        <source>The incident</source>
        <translation>Der Vorfall</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>Saved the template “%1” for your next sessions.</source>
        <translation>Vorlage „%1“ für Ihre nächsten Sitzungen gespeichert.</translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>New %1</source>
        <translation>Neues %1</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message>
        <source>Rename to “%1”</source>
        <translation>In „%1“ umbenennen</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
    <message>
        <source>New team “%1”</source>
        <translation>Neues Team „%1“</translation>
    </message>
    <message>
        <source>Rename team to “%1”</source>
        <translation>Team in „%1“ umbenennen</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>none of those sessions exists any more</source>
        <translation>keine dieser Sitzungen existiert mehr</translation>
    </message>
</context>
<context>
    <name>SessionFileCommand</name>
    <message>
        <source>The database “%1” is open in %2: export from its File ▸ Export Sessions…, or close it first.</source>
        <translation>Die Datenbank „%1“ ist in %2 geöffnet: Exportieren Sie dort über Datei ▸ Sitzungen exportieren… oder schließen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>There is no session %1 in “%2”; candor --list shows the sessions.</source>
        <translation>In „%2“ gibt es keine Sitzung %1; candor --list zeigt die Sitzungen.</translation>
    </message>
    <message>
        <source>The sessions were not exported: %1</source>
        <translation>Die Sitzungen wurden nicht exportiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n session(s) to “%1”.</source>
        <translation>
            <numerusform>%n Sitzung in „%1“ geschrieben.</numerusform>
            <numerusform>%n Sitzungen in „%1“ geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database “%1” is open in %2; “%3” was handed to it, which shows what importing it would do.</source>
        <translation>Die Datenbank „%1“ ist in %2 geöffnet; „%3“ wurde dorthin übergeben und zeigt dort, was der Import bewirken würde.</translation>
    </message>
    <message>
        <source>The database “%1” is open in %2; import “%3” there, or close it first.</source>
        <translation>Die Datenbank „%1“ ist in %2 geöffnet; importieren Sie „%3“ dort oder schließen Sie sie zuerst.</translation>
    </message>
    <message>
        <source>Nothing to import: “%1” holds nothing this database does not.</source>
        <translation>Nichts zu importieren: „%1“ enthält nichts, was diese Datenbank nicht schon enthält.</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation>„%1“ wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>deleted here, left alone</source>
        <translation>hier gelöscht, bleibt unberührt</translation>
    </message>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Kept as it is here: %1 (here %2; in the file %3)</source>
        <translation>So behalten, wie es hier ist: %1 (hier %2; in der Datei %3)</translation>
    </message>
    <message>
        <source>%1 row(s) added, %2 taken from the file, %3 left as they are here, %4 changed on both sides kept as here</source>
        <translation>neue Einträge: %1, aus der Datei übernommen: %2, so belassen wie hier: %3, auf beiden Seiten geändert und wie hier behalten: %4</translation>
    </message>
</context>
<context>
    <name>SessionFileReader</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>„%1“ ist keine Datei.</translation>
    </message>
    <message>
        <source>“%1” is too large for a session file (%2; Candor imports files of up to %3).</source>
        <translation>„%1“ ist zu groß für eine Sitzungsdatei (%2; Candor importiert Dateien bis %3).</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>„%1“ kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a Candor session file.</source>
        <translation>„%1“ ist keine Candor-Sitzungsdatei.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite file of another program, not a Candor session file.</source>
        <translation>„%1“ ist eine SQLite-Datei eines anderen Programms, keine Candor-Sitzungsdatei.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer Candor (format %2); this one reads formats up to %3. Update Candor to import it.</source>
        <translation>„%1“ wurde von einer neueren Version von Candor geschrieben (Format %2); diese Version liest Formate bis %3. Aktualisieren Sie Candor, um die Datei zu importieren.</translation>
    </message>
    <message>
        <source>“%1” is incomplete: it is shorter than it says it is.</source>
        <translation>„%1“ ist unvollständig: Die Datei ist kürzer, als sie angibt.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: it could not be copied.</source>
        <translation>„%1“ kann nicht gelesen werden: Die Datei konnte nicht kopiert werden.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be imported.</source>
        <translation>„%1“ ist beschädigt und kann nicht importiert werden.</translation>
    </message>
    <message>
        <source>“%1” holds something a Candor file does not (%2); it is not imported.</source>
        <translation>„%1“ enthält etwas, das eine Candor-Datei nicht enthält (%2); die Datei wird nicht importiert.</translation>
    </message>
    <message>
        <source>“%1” is missing part of what a Candor file holds.</source>
        <translation>In „%1“ fehlt ein Teil dessen, was eine Candor-Datei enthält.</translation>
    </message>
    <message>
        <source>“%1” holds values Candor does not know; it is not imported.</source>
        <translation>„%1“ enthält Werte, die Candor nicht kennt; die Datei wird nicht importiert.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2.</source>
        <translation>„%1“ konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>“%1” has rows that refer to rows it does not hold; it is not imported.</source>
        <translation>„%1“ enthält Einträge, die auf Einträge verweisen, die nicht darin stehen; die Datei wird nicht importiert.</translation>
    </message>
    <message>
        <source>“%1” has a row without a proper identity; it is not imported.</source>
        <translation>„%1“ enthält einen Eintrag ohne gültige Kennung; die Datei wird nicht importiert.</translation>
    </message>
    <message>
        <source>“%1” has two rows with the same identity; it is not imported.</source>
        <translation>„%1“ enthält zwei Einträge mit derselben Kennung; die Datei wird nicht importiert.</translation>
    </message>
    <message>
        <source>“%1” has a row without a valid time of change; it is not imported.</source>
        <translation>„%1“ enthält einen Eintrag ohne gültigen Änderungszeitpunkt; die Datei wird nicht importiert.</translation>
    </message>
    <message>
        <source>“%1” holds a text longer than Candor accepts; it is not imported.</source>
        <translation>„%1“ enthält einen Text, der länger ist, als Candor zulässt; die Datei wird nicht importiert.</translation>
    </message>
    <message>
        <source>“%1” holds no sessions.</source>
        <translation>„%1“ enthält keine Sitzungen.</translation>
    </message>
    <message>
        <source>“%1” holds a value of the wrong kind (%2 in %3); it is not imported.</source>
        <translation>„%1“ enthält einen Wert der falschen Art (%2 in %3); die Datei wird nicht importiert.</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>Use template “%1”</source>
        <translation>Vorlage „%1“ verwenden</translation>
    </message>
    <message>
        <source>Type what %1 said before recording it.</source>
        <translation>Geben Sie ein, was %1 gesagt hat, bevor Sie es erfassen.</translation>
    </message>
    <message>
        <source>Sharing was stopped. Resume it to record more concerns.</source>
        <translation>Der Austausch wurde beendet. Setzen Sie ihn fort, um weitere Anliegen zu erfassen.</translation>
    </message>
    <message>
        <source>Sharing is complete: everyone present has nothing left.</source>
        <translation>Der Austausch ist abgeschlossen: Alle Anwesenden haben nichts mehr.</translation>
    </message>
    <message>
        <source>The number of raised hands cannot be negative.</source>
        <translation>Die Zahl der Handzeichen kann nicht negativ sein.</translation>
    </message>
    <message>
        <source>%1 passes</source>
        <translation>%1 setzt aus</translation>
    </message>
    <message>
        <source>%1 has nothing left</source>
        <translation>%1 hat nichts mehr</translation>
    </message>
    <message>
        <source>%1 is back</source>
        <translation>%1 ist zurück</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 ist gegangen</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Austausch beenden</translation>
    </message>
    <message>
        <source>Resume sharing</source>
        <translation>Austausch fortsetzen</translation>
    </message>
    <message>
        <source>Make it a %1</source>
        <translation>Art ändern: %1</translation>
    </message>
    <message numerus="yes">
        <source>Only %n other person(s) present: no more hands than that can go up.</source>
        <translation>
            <numerusform>Nur %n weitere Person anwesend: Mehr Handzeichen kann es nicht geben.</numerusform>
            <numerusform>Nur %n weitere Personen anwesend: Mehr Handzeichen kann es nicht geben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>Austausch beginnen</translation>
    </message>
    <message>
        <source>Not saved: %1. What you typed is still here; press Enter to try again.</source>
        <translation>Nicht gespeichert: %1. Ihre Eingabe ist noch da; drücken Sie Enter, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>SessionImport</name>
    <message>
        <source>Team “%1”</source>
        <translation>Team „%1“</translation>
    </message>
    <message>
        <source>Session “%1”</source>
        <translation>Sitzung „%1“</translation>
    </message>
    <message>
        <source>Participant “%1”</source>
        <translation>Person „%1“</translation>
    </message>
    <message>
        <source>Concern “%1”</source>
        <translation>Anliegen „%1“</translation>
    </message>
    <message>
        <source>Why “%1”</source>
        <translation>Warum-Frage „%1“</translation>
    </message>
    <message>
        <source>Action “%1”</source>
        <translation>Maßnahme „%1“</translation>
    </message>
    <message>
        <source>Review of an earlier action</source>
        <translation>Rückblick auf eine frühere Maßnahme</translation>
    </message>
    <message>
        <source>Timeline entry “%1”</source>
        <translation>Zeitleisteneintrag „%1“</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>right away</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>Kurzfassung</translation>
    </message>
    <message>
        <source>hands</source>
        <translation>Handzeichen</translation>
    </message>
    <message>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>mitigations</source>
        <translation>Gegenmaßnahmen</translation>
    </message>
    <message>
        <source>discussed</source>
        <translation>Besprochen</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: another row</source>
        <translation>%1: ein anderer Eintrag</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Phases</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Time used against the plan</source>
        <translation>Verbrauchte Zeit im Vergleich zum Plan</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Back to the list of sessions (Ctrl+W)</source>
        <translation>Zurück zur Liste der Sitzungen (Ctrl+W)</translation>
    </message>
    <message>
        <source>&amp;Next Phase</source>
        <translation>&amp;Nächste Phase</translation>
    </message>
    <message>
        <source>&amp;Previous Phase</source>
        <translation>&amp;Vorherige Phase</translation>
    </message>
    <message>
        <source>&amp;Start or Pause Countdown</source>
        <translation>Countdown &amp;starten oder pausieren</translation>
    </message>
    <message>
        <source>&amp;Add a Minute</source>
        <translation>Eine Minute &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Take a Minute Away</source>
        <translation>Eine Minute a&amp;bziehen</translation>
    </message>
    <message>
        <source>&amp;Reset Countdown</source>
        <translation>Countdown &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Pass</source>
        <translation>A&amp;ussetzen</translation>
    </message>
    <message>
        <source>&amp;Nothing Left</source>
        <translation>Nichts &amp;mehr</translation>
    </message>
    <message>
        <source>&amp;Left the Room</source>
        <translation>Hat den &amp;Raum verlassen</translation>
    </message>
    <message>
        <source>&amp;Merge Duplicate…</source>
        <translation>Duplikat zusammen&amp;führen…</translation>
    </message>
    <message>
        <source>&amp;Stop or Resume Sharing</source>
        <translation>&amp;Austausch beenden oder fortsetzen</translation>
    </message>
    <message>
        <source>Planned: %1 minutes. The clock starts when you leave Set-up.</source>
        <translation>Geplant: %1 Minuten. Die Uhr startet, wenn Sie die Vorbereitung verlassen.</translation>
    </message>
    <message>
        <source>Time used: %1 of %2 minutes</source>
        <translation>Verbrauchte Zeit: %1 von %2 Minuten</translation>
    </message>
    <message>
        <source> · Sharing: %1 of %2 minutes</source>
        <translation> · Austausch: %1 von %2 Minuten</translation>
    </message>
    <message>
        <source>Someone &amp;Joined…</source>
        <translation>Jemand ist &amp;dazugekommen…</translation>
    </message>
    <message>
        <source>The next step of the session (Ctrl+PgDown)</source>
        <translation>Der nächste Schritt der Sitzung (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Next: %1 →</source>
        <translation>Weiter: %1 →</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <source>CONCERNS</source>
        <translation>ANLIEGEN</translation>
    </message>
    <message>
        <source>ACTIONS</source>
        <translation>MASSNAHMEN</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
</context>
<context>
    <name>SessionTransfer</name>
    <message>
        <source>E&amp;xport Sessions…</source>
        <translation>Sitzungen e&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Import Sessions…</source>
        <translation>Sitzungen &amp;importieren…</translation>
    </message>
    <message>
        <source>Write this session, or all of its team&apos;s, to a file another Candor can import</source>
        <translation>Diese Sitzung oder alle Sitzungen ihres Teams in eine Datei schreiben, die eine andere Candor-Instanz importieren kann</translation>
    </message>
    <message>
        <source>Bring in sessions from a session file, a backup or a database</source>
        <translation>Sitzungen aus einer Sitzungsdatei, einer Sicherung oder einer Datenbank übernehmen</translation>
    </message>
    <message>
        <source>Export Sessions</source>
        <translation>Sitzungen exportieren</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
    <message>
        <source>This session, “%1”</source>
        <translation>Diese Sitzung, „%1“</translation>
    </message>
    <message numerus="yes">
        <source>All %n sessions of the team “%1”</source>
        <translation>
            <numerusform>Die %n Sitzung des Teams „%1“</numerusform>
            <numerusform>Alle %n Sitzungen des Teams „%1“</numerusform>
        </translation>
    </message>
    <message>
        <source>Candor session files (*.candor)</source>
        <translation>Candor-Sitzungsdateien (*.candor)</translation>
    </message>
    <message>
        <source>The sessions were not exported: %1</source>
        <translation>Die Sitzungen wurden nicht exportiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to “%1” in %2.</source>
        <translation>
            <numerusform>%n Sitzung nach „%1“ in %2 exportiert.</numerusform>
            <numerusform>%n Sitzungen nach „%1“ in %2 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Sessions</source>
        <translation>Sitzungen importieren</translation>
    </message>
    <message>
        <source>Candor session files (*.candor);;Candor databases and backups (*.sqlite *.backup);;All files (*)</source>
        <translation>Candor-Sitzungsdateien (*.candor);;Candor-Datenbanken und -Sicherungen (*.sqlite *.backup);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>„%1“ importieren</translation>
    </message>
    <message>
        <source>Imported “%1”. Undo takes the whole import back.</source>
        <translation>„%1“ importiert. Rückgängig nimmt den ganzen Import zurück.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Larger type in this window</source>
        <translation>&amp;Größere Schrift in diesem Fenster</translation>
    </message>
    <message>
        <source>Show who shared each &amp;concern</source>
        <translation>Bei jedem &amp;Anliegen zeigen, wer es genannt hat</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>The presentation window sizes its type to its screen either way.</source>
        <translation>Das Präsentationsfenster passt seine Schriftgröße in jedem Fall an seinen Bildschirm an.</translation>
    </message>
    <message>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>&amp;Datenbankdatei:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>New sessions</source>
        <translation>Neue Sitzungen</translation>
    </message>
    <message>
        <source>&amp;Planned length:</source>
        <translation>Ge&amp;plante Dauer:</translation>
    </message>
    <message>
        <source>Scene:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <source>Writing:</source>
        <translation>Schreiben:</translation>
    </message>
    <message>
        <source>Sharing:</source>
        <translation>Austausch:</translation>
    </message>
    <message>
        <source>Discussion:</source>
        <translation>Diskussion:</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Maßnahmen:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Blameless hint</source>
        <translation>Hinweis zur Schuldfreiheit</translation>
    </message>
    <message>
        <source>While a concern is typed, these words and phrases (one per line) bring a gentle suggestion to describe the process instead of a person; so do the names of those present. Nothing is ever changed or refused.</source>
        <translation>Während ein Anliegen eingegeben wird, lösen diese Wörter und Wendungen (eine pro Zeile) einen behutsamen Vorschlag aus, den Prozess statt einer Person zu beschreiben; ebenso die Namen der Anwesenden. Es wird nie etwas geändert oder abgelehnt.</translation>
    </message>
    <message>
        <source>Blameless hint words, one per line</source>
        <translation>Wörter für den Hinweis zur Schuldfreiheit, eines pro Zeile</translation>
    </message>
    <message>
        <source>A new language or database file is used from the next start of Candor.</source>
        <translation>Eine neue Sprache oder Datenbankdatei wird ab dem nächsten Start von Candor verwendet.</translation>
    </message>
    <message>
        <source>“%1” is a folder; the database is a file in it, such as candor.sqlite.</source>
        <translation>„%1“ ist ein Ordner; die Datenbank ist eine Datei darin, etwa candor.sqlite.</translation>
    </message>
    <message>
        <source>“%1” cannot be written to.</source>
        <translation>In „%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>„%1“ ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Nothing can be created in “%1”.</source>
        <translation>In „%1“ kann nichts angelegt werden.</translation>
    </message>
    <message>
        <source>There is no database at that place yet: a new, empty one will be made there, and today&apos;s sessions stay in the current file.</source>
        <translation>An diesem Ort gibt es noch keine Datenbank: Dort wird eine neue, leere angelegt, und die bisherigen Sitzungen bleiben in der aktuellen Datei.</translation>
    </message>
    <message>
        <source>A file, or a PostgreSQL database: postgresql://HOST/NAME or service=NAME. Empty: the standard place. The command line&apos;s --database overrides it.</source>
        <translation>Eine Datei oder eine PostgreSQL-Datenbank: postgresql://HOST/NAME oder service=NAME. Leer: der Standardort. --database auf der Befehlszeile hat Vorrang.</translation>
    </message>
    <message>
        <source>A password is never kept here: Candor takes it from ~/.pgpass, a service file or PGPASSWORD.</source>
        <translation>Ein Passwort wird hier nie gespeichert: Candor nimmt es aus ~/.pgpass, einer Dienstdatei oder PGPASSWORD.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Sitzungstitel</translation>
    </message>
    <message>
        <source>Name, then Enter</source>
        <translation>Name, dann Enter</translation>
    </message>
    <message>
        <source>New participant&apos;s name</source>
        <translation>Name der neuen Person</translation>
    </message>
    <message>
        <source>Role (optional)</source>
        <translation>Rolle (optional)</translation>
    </message>
    <message>
        <source>New participant&apos;s role</source>
        <translation>Rolle der neuen Person</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Participants in seat order</source>
        <translation>Teilnehmende in Sitzreihenfolge</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down change the seat order; Space marks present or absent; Delete removes someone who has not spoken yet; F2 edits.</source>
        <translation>Alt+Up und Alt+Down ändern die Sitzreihenfolge; Space markiert anwesend oder abwesend; Delete entfernt jemanden, der noch nichts gesagt hat; F2 bearbeitet.</translation>
    </message>
    <message>
        <source>&amp;Participants, in seat order</source>
        <translation>T&amp;eilnehmende, in Sitzreihenfolge</translation>
    </message>
    <message>
        <source>Planned length</source>
        <translation>Geplante Dauer</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Private writing</source>
        <translation>Stilles Schreiben</translation>
    </message>
    <message>
        <source>Round-robin sharing</source>
        <translation>Austausch reihum</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Actions and close</source>
        <translation>Maßnahmen und Abschluss</translation>
    </message>
    <message>
        <source>Two participants are called %1 with nothing to tell them apart. Add a role or an initial, so the room knows whose turn it is.</source>
        <translation>Zwei Teilnehmende heißen %1, ohne dass man sie unterscheiden kann. Fügen Sie eine Rolle oder eine Initiale hinzu, damit der Raum weiß, wer an der Reihe ist.</translation>
    </message>
    <message>
        <source>The phases add up to the planned %1 minutes.</source>
        <translation>Die Phasen ergeben zusammen die geplanten %1 Minuten.</translation>
    </message>
    <message>
        <source>The phases add up to %1 minutes: %2 more than planned.</source>
        <translation>Die Phasen ergeben zusammen %1 Minuten: %2 mehr als geplant.</translation>
    </message>
    <message>
        <source>The phases add up to %1 minutes: %2 less than planned.</source>
        <translation>Die Phasen ergeben zusammen %1 Minuten: %2 weniger als geplant.</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Art der Sitzung</translation>
    </message>
    <message>
        <source>Can change until sharing starts</source>
        <translation>Lässt sich ändern, bis der Austausch beginnt</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <source>Move Up a Seat</source>
        <translation>Einen Platz nach oben</translation>
    </message>
    <message>
        <source>Move Down a Seat</source>
        <translation>Einen Platz nach unten</translation>
    </message>
    <message>
        <source>Remove Participant</source>
        <translation>Person entfernen</translation>
    </message>
    <message>
        <source>Present or Absent</source>
        <translation>Anwesend oder abwesend</translation>
    </message>
    <message>
        <source>Add the &amp;Usual Participants</source>
        <translation>Übliche &amp;Teilnehmende hinzufügen</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>The team this session belongs to: its review and its usual participants come from the team&apos;s earlier sessions</source>
        <translation>Das Team, zu dem diese Sitzung gehört: Rückblick und übliche Teilnehmende stammen aus den früheren Sitzungen des Teams</translation>
    </message>
    <message>
        <source>Ne&amp;w Team…</source>
        <translation>Neue&amp;s Team…</translation>
    </message>
    <message>
        <source>Make a team for this session and move it there</source>
        <translation>Ein Team für diese Sitzung anlegen und sie dorthin verschieben</translation>
    </message>
    <message>
        <source>&amp;Rename Team…</source>
        <translation>Team umbe&amp;nennen…</translation>
    </message>
    <message>
        <source>Rename this session&apos;s team, in every session of the team</source>
        <translation>Das Team dieser Sitzung umbenennen, in allen Sitzungen des Teams</translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>Tea&amp;m</translation>
    </message>
    <message>
        <source>New Team</source>
        <translation>Neues Team</translation>
    </message>
    <message>
        <source>Name of the new team. This session moves into it; the sessions before it stay where they are.</source>
        <translation>Name des neuen Teams. Diese Sitzung wechselt in das neue Team; die Sitzungen davor bleiben, wo sie sind.</translation>
    </message>
    <message>
        <source>Rename Team</source>
        <translation>Team umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1”, in every session of the team:</source>
        <translation>Neuer Name für „%1“, in allen Sitzungen des Teams:</translation>
    </message>
    <message>
        <source>There is already a team called “%1”. Choose it in the Team list to move this session there.</source>
        <translation>Es gibt bereits ein Team namens „%1“. Wählen Sie es in der Liste „Team“, um diese Sitzung dorthin zu verschieben.</translation>
    </message>
    <message>
        <source>No usual participants to add</source>
        <translation>Keine üblichen Teilnehmenden hinzuzufügen</translation>
    </message>
    <message>
        <source>The usual participants are the people of the team&apos;s three latest earlier sessions who are not seated here yet.</source>
        <translation>Die üblichen Teilnehmenden sind die Personen aus den drei letzten früheren Sitzungen des Teams, die hier noch nicht eingetragen sind.</translation>
    </message>
    <message>
        <source>Add the usual participants (%1): %2</source>
        <translation>Übliche Teilnehmende hinzufügen (%1): %2</translation>
    </message>
    <message>
        <source>%1 adds %2. Then Delete removes whoever is absent.</source>
        <translation>%1 fügt %2 hinzu. Danach entfernt Delete, wer abwesend ist.</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <source>Whose turn it is</source>
        <translation>Wer an der Reihe ist</translation>
    </message>
    <message>
        <source>What they said, in a few words; Enter records it</source>
        <translation>Was gesagt wurde, in wenigen Worten; Enter erfasst es</translation>
    </message>
    <message>
        <source>Concern summary</source>
        <translation>Kurzfassung des Anliegens</translation>
    </message>
    <message>
        <source>Raised hands</source>
        <translation>Handzeichen</translation>
    </message>
    <message>
        <source>Up and Down in the summary change the hands; Alt+digit sets them</source>
        <translation>Up und Down in der Kurzfassung ändern die Handzeichen; Alt+Ziffer setzt sie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+4 choose a category, Ctrl+0 none</source>
        <translation>Ctrl+1 bis Ctrl+4 wählen eine Kategorie, Ctrl+0 keine</translation>
    </message>
    <message>
        <source>Blameless hint</source>
        <translation>Hinweis zur Schuldfreiheit</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Concerns shared so far</source>
        <translation>Bisher genannte Anliegen</translation>
    </message>
    <message>
        <source>Record (Enter)</source>
        <translation>Erfassen (Enter)</translation>
    </message>
    <message>
        <source>Pass (Alt+P)</source>
        <translation>Aussetzen (Alt+P)</translation>
    </message>
    <message>
        <source>Nothing left (Alt+L)</source>
        <translation>Nichts mehr (Alt+L)</translation>
    </message>
    <message>
        <source>Left the room (Alt+A)</source>
        <translation>Hat den Raum verlassen (Alt+A)</translation>
    </message>
    <message>
        <source>Merge duplicate (Alt+M)</source>
        <translation>Duplikat zusammenführen (Alt+M)</translation>
    </message>
    <message>
        <source>Stop or resume sharing (Alt+S)</source>
        <translation>Austausch beenden oder fortsetzen (Alt+S)</translation>
    </message>
    <message>
        <source>Han&amp;ds</source>
        <translation>Hand&amp;zeichen</translation>
    </message>
    <message>
        <source>Sharing starts with %1</source>
        <translation>Der Austausch beginnt mit %1</translation>
    </message>
    <message>
        <source>Sharing stopped in round %1</source>
        <translation>Austausch in Runde %1 beendet</translation>
    </message>
    <message>
        <source>Sharing is complete: nobody has anything left</source>
        <translation>Der Austausch ist abgeschlossen: Niemand hat noch etwas</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Jetzt: %1</translation>
    </message>
    <message>
        <source> · Next: %1</source>
        <translation> · Danach: %1</translation>
    </message>
    <message>
        <source> · Round %1</source>
        <translation> · Runde %1</translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s) shared</source>
        <translation>
            <numerusform>%n Anliegen genannt</numerusform>
            <numerusform>%n Anliegen genannt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) still have items</source>
        <translation>
            <numerusform>%n Person hat noch Punkte</numerusform>
            <numerusform>%n Personen haben noch Punkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote it: %1 (%2 and %n raised hand(s))</source>
        <translation>
            <numerusform>Personen: %1 (%2 und %n Handzeichen)</numerusform>
            <numerusform>Personen: %1 (%2 und %n Handzeichen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sharing has run %1 of its %2 minutes.</source>
        <translation>Der Austausch hat %1 seiner %2 Minuten verbraucht.</translation>
    </message>
    <message>
        <source>The time planned for discussion is used up: consider moving on (Ctrl+PgDown).</source>
        <translation>Die für die Diskussion geplante Zeit ist aufgebraucht: Erwägen Sie, weiterzugehen (Ctrl+PgDown).</translation>
    </message>
    <message>
        <source>There is no earlier concern to merge into.</source>
        <translation>Es gibt kein früheres Anliegen, mit dem es zusammengeführt werden kann.</translation>
    </message>
    <message>
        <source>#%1 %2 (%3 wrote it)</source>
        <translation>#%1 %2 (%3× geschrieben)</translation>
    </message>
    <message>
        <source>Merge Duplicate</source>
        <translation>Duplikat zusammenführen</translation>
    </message>
    <message>
        <source>“%1” is the same as:</source>
        <translation>„%1“ ist dasselbe wie:</translation>
    </message>
    <message>
        <source>Someone joined (Alt+J)</source>
        <translation>Jemand ist dazugekommen (Alt+J)</translation>
    </message>
    <message>
        <source>Someone Joined</source>
        <translation>Jemand ist dazugekommen</translation>
    </message>
    <message>
        <source>Name of the late arrival (a role may follow a comma):</source>
        <translation>Name der später gekommenen Person (nach einem Komma kann eine Rolle folgen):</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left for discussion: consider moving on (Ctrl+PgDown).</source>
        <translation>
            <numerusform>Noch %n Minute für die Diskussion: Erwägen Sie, weiterzugehen (Ctrl+PgDown).</numerusform>
            <numerusform>Noch %n Minuten für die Diskussion: Erwägen Sie, weiterzugehen (Ctrl+PgDown).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Raised Hand(s)</source>
        <translation>
            <numerusform>%n Handzeichen</numerusform>
            <numerusform>%n Handzeichen</numerusform>
        </translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>Raised &amp;Hands</source>
        <translation>Handz&amp;eichen</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Kategorie</translation>
    </message>
    <message>
        <source>“%1” was not added; press Alt+J to try again.</source>
        <translation>„%1“ wurde nicht hinzugefügt; drücken Sie Alt+J, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Keys of each phase work while that phase is shown.</source>
        <translation>Die Tasten einer Phase wirken, solange diese Phase angezeigt wird.</translation>
    </message>
    <message>
        <source>Open a session to see the keys of each of its phases as well.</source>
        <translation>Öffnen Sie eine Sitzung, um auch die Tasten jeder ihrer Phasen zu sehen.</translation>
    </message>
</context>
<context>
    <name>SlideList</name>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>People who wrote it</source>
        <translation>Personen, die es geschrieben haben</translation>
    </message>
    <message>
        <source>Empty list</source>
        <translation>Leere Liste</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>the entry a page of a list shows, e.g. 7 of 40</comment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <comment>the entries a page of a list shows, e.g. 12–17 of 17</comment>
        <translation>%1–%2 von %3</translation>
    </message>
</context>
<context>
    <name>SqliteBackup</name>
    <message>
        <source>the disk is full</source>
        <translation>der Datenträger ist voll</translation>
    </message>
    <message>
        <source>the file cannot be written there (%1)</source>
        <translation>die Datei kann dort nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>the disk reported an error (%1)</source>
        <translation>der Datenträger meldete einen Fehler (%1)</translation>
    </message>
    <message>
        <source>it is not an SQLite file</source>
        <translation>es ist keine SQLite-Datei</translation>
    </message>
    <message>
        <source>another program has the database open</source>
        <translation>ein anderes Programm hat die Datenbank geöffnet</translation>
    </message>
    <message>
        <source>it is not a Candor database</source>
        <translation>es ist keine Candor-Datenbank</translation>
    </message>
    <message>
        <source>it was written by a newer Candor (schema %1)</source>
        <translation>von einer neueren Version von Candor geschrieben (Schema %1)</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Candor konnte %1 nicht speichern: %2</translation>
    </message>
    <message>
        <source>the new session</source>
        <translation>die neue Sitzung</translation>
    </message>
    <message>
        <source>the session title</source>
        <translation>den Sitzungstitel</translation>
    </message>
    <message>
        <source>the copy of the session</source>
        <translation>die Kopie der Sitzung</translation>
    </message>
    <message>
        <source>the original session no longer exists</source>
        <translation>die ursprüngliche Sitzung existiert nicht mehr</translation>
    </message>
    <message>
        <source>the deletion</source>
        <translation>das Löschen</translation>
    </message>
    <message>
        <source>the restored session</source>
        <translation>die wiederhergestellte Sitzung</translation>
    </message>
    <message>
        <source>the removal of deleted sessions</source>
        <translation>das Entfernen gelöschter Sitzungen</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>die Sitzung</translation>
    </message>
    <message>
        <source>the current phase</source>
        <translation>die aktuelle Phase</translation>
    </message>
    <message>
        <source>whose turn it is</source>
        <translation>den Sprecherwechsel</translation>
    </message>
    <message>
        <source>the countdown</source>
        <translation>den Countdown</translation>
    </message>
    <message>
        <source>the participant</source>
        <translation>die Person</translation>
    </message>
    <message>
        <source>the removal of the participant</source>
        <translation>das Entfernen der Person</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>den Namen</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>die Rolle</translation>
    </message>
    <message>
        <source>who is present</source>
        <translation>die Anwesenheit</translation>
    </message>
    <message>
        <source>who has nothing left</source>
        <translation>den Status „Nichts mehr“</translation>
    </message>
    <message>
        <source>the seat order</source>
        <translation>die Sitzreihenfolge</translation>
    </message>
    <message>
        <source>the concern</source>
        <translation>das Anliegen</translation>
    </message>
    <message>
        <source>the removal of the concern</source>
        <translation>das Entfernen des Anliegens</translation>
    </message>
    <message>
        <source>the hand count</source>
        <translation>die Zahl der Handzeichen</translation>
    </message>
    <message>
        <source>the category</source>
        <translation>die Kategorie</translation>
    </message>
    <message>
        <source>the merge</source>
        <translation>das Zusammenführen</translation>
    </message>
    <message>
        <source>the timeline entry</source>
        <translation>den Zeitleisteneintrag</translation>
    </message>
    <message>
        <source>the removal of the timeline entry</source>
        <translation>das Entfernen des Zeitleisteneintrags</translation>
    </message>
    <message>
        <source>the template</source>
        <translation>die Vorlage</translation>
    </message>
    <message>
        <source>the discussion</source>
        <translation>die Diskussion</translation>
    </message>
    <message>
        <source>the why</source>
        <translation>die Warum-Frage</translation>
    </message>
    <message>
        <source>a chain has at most five whys</source>
        <translation>eine Kette hat höchstens fünf Warum-Fragen</translation>
    </message>
    <message>
        <source>the removal of the why</source>
        <translation>das Entfernen der Warum-Frage</translation>
    </message>
    <message>
        <source>the action</source>
        <translation>die Maßnahme</translation>
    </message>
    <message>
        <source>the removal of the action</source>
        <translation>das Entfernen der Maßnahme</translation>
    </message>
    <message>
        <source>the order of the actions</source>
        <translation>die Reihenfolge der Maßnahmen</translation>
    </message>
    <message>
        <source>the review</source>
        <translation>den Rückblick</translation>
    </message>
    <message>
        <source>the database gave no reason</source>
        <translation>die Datenbank nannte keinen Grund</translation>
    </message>
    <message>
        <source>it was changed elsewhere in the meantime, and that change is kept</source>
        <translation>es wurde inzwischen anderswo geändert, und diese Änderung bleibt erhalten</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>es existiert nicht mehr</translation>
    </message>
    <message>
        <source>they are no longer in the session</source>
        <translation>die Person gehört nicht mehr zur Sitzung</translation>
    </message>
    <message>
        <source>the seat order was changed elsewhere in the meantime</source>
        <translation>die Sitzreihenfolge wurde inzwischen anderswo geändert</translation>
    </message>
    <message>
        <source>the order was changed elsewhere in the meantime</source>
        <translation>die Reihenfolge wurde inzwischen anderswo geändert</translation>
    </message>
    <message>
        <source>the new team</source>
        <translation>das neue Team</translation>
    </message>
    <message>
        <source>the team</source>
        <translation>das Team</translation>
    </message>
    <message>
        <source>sessions belong to it</source>
        <translation>es gehören noch Sitzungen dazu</translation>
    </message>
    <message>
        <source>the team&apos;s name</source>
        <translation>den Namen des Teams</translation>
    </message>
    <message>
        <source>what was exported</source>
        <translation>das Exportierte</translation>
    </message>
    <message>
        <source>the import</source>
        <translation>den Import</translation>
    </message>
    <message>
        <source>a row it changes no longer exists here</source>
        <translation>ein Eintrag, den er ändert, existiert hier nicht mehr</translation>
    </message>
    <message>
        <source>it refers to a row that is not in the file</source>
        <translation>er verweist auf einen Eintrag, der nicht in der Datei steht</translation>
    </message>
    <message>
        <source>the database server cannot be reached (%1)</source>
        <translation>der Datenbankserver ist nicht erreichbar (%1)</translation>
    </message>
    <message>
        <source>Could not read from the database: %1</source>
        <translation>Aus der Datenbank konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>Not redone: %1 (%2). It and the steps after it were taken off the Redo list.</source>
        <translation>Nicht wiederholt: %1 (%2). Dieser Schritt und die folgenden wurden aus der Liste „Wiederholen“ entfernt.</translation>
    </message>
    <message>
        <source>Not saved: %1 (%2).</source>
        <translation>Nicht gespeichert: %1 (%2).</translation>
    </message>
    <message>
        <source>Not undone: %1 (%2). It was taken off the Undo list.</source>
        <translation>Nicht rückgängig gemacht: %1 (%2). Der Schritt wurde aus der Liste „Rückgängig“ entfernt.</translation>
    </message>
</context>
<context>
    <name>SummaryDocument</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>Not started (planned %1 min)</source>
        <translation>Nicht begonnen (geplant: %1 Min.)</translation>
    </message>
    <message>
        <source>%1 min of %2 min planned</source>
        <translation>%1 Min. von %2 Min. geplant</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 Person</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 Personen</translation>
    </message>
    <message>
        <source>(shared by %1)</source>
        <translation>(genannt von %1)</translation>
    </message>
    <message>
        <source>What let this happen, and how do we recover faster?</source>
        <translation>Was hat das möglich gemacht, und wie erholen wir uns schneller?</translation>
    </message>
    <message>
        <source>How could it have been avoided?</source>
        <translation>Wie hätte es vermieden werden können?</translation>
    </message>
    <message>
        <source>Right away</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Anwesende</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (absent)</source>
        <translation>%1 (abwesend)</translation>
    </message>
    <message>
        <source>No participants were recorded.</source>
        <translation>Es wurden keine Teilnehmenden erfasst.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Rahmen</translation>
    </message>
    <message>
        <source>Writing prompts</source>
        <translation>Schreibimpulse</translation>
    </message>
    <message>
        <source>Concerns, most written first</source>
        <translation>Anliegen, die am häufigsten geschriebenen zuerst</translation>
    </message>
    <message>
        <source>No concerns were shared.</source>
        <translation>Es wurden keine Anliegen genannt.</translation>
    </message>
    <message>
        <source>Also written as: %1</source>
        <translation>Auch formuliert als: %1</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Geschrieben von %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation>Fünf Warum</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Gegenmaßnahmen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>No actions were agreed.</source>
        <translation>Es wurden keine Maßnahmen vereinbart.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Review of earlier actions</source>
        <translation>Rückblick auf frühere Maßnahmen</translation>
    </message>
    <message>
        <source>From session</source>
        <translation>Aus Sitzung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 min so far of %2 min planned</source>
        <translation>bisher %1 Min. von %2 Min. geplant</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>Noch niemand verantwortlich</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Verantwortlich: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Fällig: %1</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Zu %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>written by, then discussed or not</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Besprochen</translation>
    </message>
    <message>
        <source>Not marked discussed</source>
        <translation>Nicht als besprochen markiert</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>kind of session, date</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>kind of session, team, date</comment>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>Team: %1</translation>
    </message>
</context>
<context>
    <name>SummaryExport</name>
    <message>
        <source>Also written as: %1</source>
        <translation>Auch formuliert als: %1</translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation>Dauer: %1</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Anwesende</translation>
    </message>
    <message>
        <source>No participants were recorded.</source>
        <translation>Es wurden keine Teilnehmenden erfasst.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (absent)</source>
        <translation>%1 (abwesend)</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Erkennung</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Rahmen</translation>
    </message>
    <message>
        <source>Writing prompts</source>
        <translation>Schreibimpulse</translation>
    </message>
    <message>
        <source>Concerns, most written first</source>
        <translation>Anliegen, die am häufigsten geschriebenen zuerst</translation>
    </message>
    <message>
        <source>No concerns were shared.</source>
        <translation>Es wurden keine Anliegen genannt.</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Diskussion</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation>Fünf Warum</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Grundursache</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Gegenmaßnahmen</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>No actions were agreed.</source>
        <translation>Es wurden keine Maßnahmen vereinbart.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Right away</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>Review of earlier actions</source>
        <translation>Rückblick auf frühere Maßnahmen</translation>
    </message>
    <message>
        <source>From session</source>
        <translation>Aus Sitzung</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 %2.%3</source>
        <translation>%1 %2.%3</translation>
    </message>
    <message>
        <source>Cannot lay out the summary of %1 as PDF.</source>
        <translation>Die Zusammenfassung von %1 kann nicht als PDF gesetzt werden.</translation>
    </message>
    <message>
        <source>Cannot write “%1” as OpenDocument.</source>
        <translation>„%1“ kann nicht als OpenDocument geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>SummaryOutput</name>
    <message>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation>&amp;Markdown…</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <source>&amp;HTML…</source>
        <translation>&amp;HTML…</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Webseite (*.html)</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>&amp;OpenDocument Text…</source>
        <translation>&amp;OpenDocument-Text…</translation>
    </message>
    <message>
        <source>OpenDocument Text (*.odt)</source>
        <translation>OpenDocument-Text (*.odt)</translation>
    </message>
    <message>
        <source>OpenDocument Text</source>
        <translation>OpenDocument-Text</translation>
    </message>
    <message>
        <source>&amp;Actions as CSV…</source>
        <translation>Maßnahmen als &amp;CSV…</translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv)</source>
        <translation>Kommagetrennte Werte (*.csv)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <source>See the session summary page by page before printing it.</source>
        <translation>Die Sitzungszusammenfassung vor dem Drucken Seite für Seite ansehen.</translation>
    </message>
    <message>
        <source>Print the session summary.</source>
        <translation>Die Sitzungszusammenfassung drucken.</translation>
    </message>
    <message>
        <source>Save the session summary as a PDF file.</source>
        <translation>Die Sitzungszusammenfassung als PDF-Datei speichern.</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>massnahmen</translation>
    </message>
    <message>
        <source>Not Printed</source>
        <translation>Nicht gedruckt</translation>
    </message>
    <message>
        <source>The summary could not be sent to the printer “%1”.</source>
        <translation>Die Zusammenfassung konnte nicht an den Drucker „%1“ gesendet werden.</translation>
    </message>
    <message>
        <source>Printed the summary to %1.</source>
        <translation>Zusammenfassung gedruckt: %1.</translation>
    </message>
    <message>
        <source>Export Summary as %1</source>
        <translation>Zusammenfassung als %1 exportieren</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <source>Any file that was there before is unchanged.</source>
        <translation>Eine zuvor vorhandene Datei ist unverändert.</translation>
    </message>
    <message>
        <source>Saved the summary as %1: %2</source>
        <translation>Zusammenfassung als %1 gespeichert: %2</translation>
    </message>
    <message>
        <source>The summary could not be laid out for “%1”.</source>
        <translation>Die Zusammenfassung konnte für „%1“ nicht gesetzt werden.</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Session summary</source>
        <translation>Sitzungszusammenfassung</translation>
    </message>
    <message>
        <source>The summary as it will be printed: concerns by tally, discussion and actions.</source>
        <translation>Die Zusammenfassung, wie sie gedruckt wird: Anliegen nach Anzahl, Diskussion und Maßnahmen.</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exportieren:</translation>
    </message>
</context>
<context>
    <name>SummaryPages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
</context>
<context>
    <name>WhyModel</name>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>Weil</translation>
    </message>
</context>
<context>
    <name>WritingPage</name>
    <message>
        <source>Writing prompt</source>
        <translation>Schreibimpuls</translation>
    </message>
    <message>
        <source>Write down privately what worries you.</source>
        <translation>Schreiben Sie für sich auf, was Sie beunruhigt.</translation>
    </message>
    <message>
        <source>Write privately. Nobody&apos;s notes appear on this screen.</source>
        <translation>Schreiben Sie für sich. Ihre Notizen erscheinen nicht auf diesem Bildschirm.</translation>
    </message>
    <message>
        <source>F5 resumes</source>
        <translation>F5 setzt fort</translation>
    </message>
    <message>
        <source>Ready — F5 starts</source>
        <translation>Bereit – F5 startet</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database “%1” is already open in %2.</source>
        <translation>Die Datenbank „%1“ ist bereits in %2 geöffnet.</translation>
    </message>
    <message>
        <source>Its window was brought to the front.</source>
        <translation>Das Fenster wurde in den Vordergrund geholt.</translation>
    </message>
    <message>
        <source>Candor Is Already Open</source>
        <translation>Candor ist bereits geöffnet</translation>
    </message>
    <message>
        <source>Only one Candor may write to a database at a time; close the other one first.</source>
        <translation>Es darf immer nur eine Candor-Instanz gleichzeitig in eine Datenbank schreiben; schließen Sie zuerst die andere.</translation>
    </message>
    <message>
        <source>Cannot create the lock file “%1”.</source>
        <translation>Die Lock-Datei „%1“ kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>This file was chosen in Edit ▸ Settings. Start Candor with --database PATH to use another one, then change the setting.</source>
        <translation>Diese Datei wurde unter Bearbeiten ▸ Einstellungen gewählt. Starten Sie Candor mit --database PFAD, um eine andere zu verwenden, und ändern Sie dann die Einstellung.</translation>
    </message>
    <message>
        <source>“%1” is a PostgreSQL database: its server keeps its backups (pg_dump, or the server&apos;s own). Candor&apos;s backups are of database files.
</source>
        <translation>„%1“ ist eine PostgreSQL-Datenbank: Ihr Server bewahrt ihre Sicherungen auf (pg_dump oder die des Servers selbst). Die Sicherungen von Candor gelten Datenbankdateien.
</translation>
    </message>
</context>
</TS>
