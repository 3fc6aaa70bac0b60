<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ActionCommands</name>
    <message>
        <source>Add a why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove action “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addressed right away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: it was due on %1. Status: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>&amp;Group by concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions, in the order they will be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done? Type it, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show each concern&apos;s actions together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions in rank order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down change the order, as does dragging; F2 edits; Space on “Right away” marks it; Delete removes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions yet. Type the first one above and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold rows, above the line, are addressed right away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action needs a text: type what will be done, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action could not be saved; it is still in the box above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raise Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner of the new action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date of the new action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>As the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutomaticBackups</name>
    <message>
        <source>Cannot write a backup of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Your sessions are safe in the database, and the older backups were kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SESSIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>“%1” is in the way, and it is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder cannot be created (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write a backup in “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file can be created there (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy does not read back whole (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy cannot be synced to the disk (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy cannot be given its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there are already 99 backups from this second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup “%1” was not restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database “%1” is not there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database as it is could not be backed up first. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is beside the database; another program is writing to it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlamelessHints</name>
    <message>
        <source>“%1” names a person. Could this be framed as a process: what let this happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” sounds like blame. Could this be framed as a process: what let this happen?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Guides a facilitator through pre-mortem and post-mortem sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database file &lt;path&gt; instead of the default %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the stored sessions as a table and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the summary of session &lt;id&gt; (see --list) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File --export writes; replaced only when the whole summary was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export needs a session id, as --list shows it; “%1” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export needs --output FILE to write to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format of --export: pdf, md, html, odt or csv (the actions).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper of a PDF --export: a4 or letter (default: the one your locale uses).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be one of %1; “%2” is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page-size must be a4 or letter; “%1” is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write sessions &lt;id&gt;[,&lt;id&gt;…] (see --list) and their team to the session file --output, which another Candor can import, and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the sessions of &lt;file&gt; (a session file, a backup or a Candor database) and exit. Rows changed here and in the file since they last matched are kept as they are here, and listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session file to import in the window (as a file manager opens one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a backup of the database now, print its path and exit. Works while Candor has the database open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the backups of the database as a table and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-session needs session ids, as --list shows them; “%1” is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export-session needs --output FILE to write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConcernModel</name>
    <message>
        <source>%1 (merged into #%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people wrote this</source>
        <translation>
            <numerusform>%n person wrote this</numerusform>
            <numerusform>%n people wrote this</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the speaker and %n raised hand(s)</source>
        <translation>
            <numerusform>the speaker and %n raised hand</numerusform>
            <numerusform>the speaker and %n raised hands</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tally tooltip: how many wrote it, then who</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>state line: separates its parts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>1 second</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused, %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused, time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused, %1 over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the database “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” is read-only. Candor saves every edit the moment it is made, so it needs a file it may write. Make the file writable or choose another one with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Candor database (it is not an SQLite file). It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite database that belongs to another program, not to Candor. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Candor (%2). Update Candor to open it. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by an older version of Candor (%2). Open it once in Candor to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” is damaged (%2). Candor will not change it; restore it from a backup, or keep it aside and start a new one with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database “%1” failed: %2. The file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its folder is read-only, and SQLite needs to keep its journal there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder “%1” cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1; this version reads up to schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write-ahead logging cannot be turned on (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup copy “%1” could not be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is on a read-only filesystem, and SQLite needs to keep its journal beside it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” cannot be opened as it is: its write-ahead log “%2” is missing, and “%3” says that log held edits not yet in the database. If the log was moved, or not copied along, put it back beside the database. To open the database without those edits, delete “%3”. Nothing has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it could not be saved under its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot set up Candor in the PostgreSQL database “%1”: %2 Nothing was created or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the PostgreSQL database “%1”: %2 Nothing was created or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the PostgreSQL database “%1” failed: %2 It is kept at schema %3, each step whole or not at all; this version of Candor needs schema %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the database server of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>“%1” names no PostgreSQL service; write service=NAME, as in pg_service.conf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address Candor can read (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port in “%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a connection option Candor passes to PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” names no database; write postgresql://HOST/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cannot Write There</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiscussionPage</name>
    <message>
        <source>Discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+W asks the first why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start timebox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done about “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions from this concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timebox minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+PgDown next · Alt+PgUp previous · Ctrl+Shift+W add a why · Ctrl+Shift+A action · Ctrl+Shift+D discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action from this concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why did this happen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why was that?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove why %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the last concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first concern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to discuss yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns recorded during sharing appear here, most written first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by 1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Written by %n people</source>
        <translation>
            <numerusform>Written by %n person</numerusform>
            <numerusform>Written by %n people</numerusform>
        </translation>
    </message>
    <message>
        <source>What let this happen, and how do we recover faster?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How could it have been avoided?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the chain of whys ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the last answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chain has at most five whys; the last answer is the root cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The why could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no concern to link an action to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action needs a text saying what will be done; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions yet (Ctrl+Shift+A adds one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an action linked to this concern (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timebox over: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action “%1” was not saved; press Ctrl+Shift+A to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timebox: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Pre-mortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-mortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-mortem %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-mortem %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Went well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let us down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got lucky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard pre-mortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imagine it is a month after the release, and the project has failed utterly. We are meeting to talk about what happened, so that we can avoid the same mistakes. What do we say went wrong?

Everything is fair game, however unlikely it seems: “everything short of natural disasters” once missed a natural disaster. Be candid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down, privately, every reason you can think of for the failure.
Keep your notes to yourself for now: in a moment each of us shares one item at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard post-mortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review is blameless: we look at processes, not people. A process is simply the way we normally do things, and it is there to catch us. Everyone did the best they could with what they knew at the time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where did our processes help us, and where did they let us down?
Did we follow them? If not, why not?
What can we change so this category of problem cannot happen again?
What can we change so we recover faster from what is out of our control?
What went well? Where did we get lucky?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DueDateEdit</name>
    <message>
        <source>Type a date such as 7 Dec, +3d, +2w, tomorrow or next fri, or press Alt+Down for a calendar. Up and Down change the day. Empty means no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date. Try 7 Dec, +3d, next fri or tomorrow, or press Alt+Down for a calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>There is no session %1 in “%2”; candor --list shows the sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up: actions of every session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions to follow up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 edits owner, due date or status; Enter opens the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sess&amp;ion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) shown</source>
        <translation>
            <numerusform>%n action shown</numerusform>
            <numerusform>%n actions shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>← Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to where you were (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 by Candor %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole Candor database: choose the sessions to take from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sessions (Space chooses):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed &amp;here and in the file since they last matched; tick those to take from the file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows changed on both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted here: left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New here: added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added</source>
        <translation>
            <numerusform>%n row added</numerusform>
            <numerusform>%n rows added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken from the file</source>
        <translation>
            <numerusform>%n taken from the file</numerusform>
            <numerusform>%n taken from the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to decide</source>
        <translation>
            <numerusform>%n to decide</numerusform>
            <numerusform>%n to decide</numerusform>
        </translation>
    </message>
    <message>
        <source>Already here, the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>adds %n session(s)</source>
        <translation>
            <numerusform>adds %n session</numerusform>
            <numerusform>adds %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>adds %n row(s) to sessions already here</source>
        <translation>
            <numerusform>adds %n row to sessions already here</numerusform>
            <numerusform>adds %n rows to sessions already here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>takes %n change(s) from the file</source>
        <translation>
            <numerusform>takes %n change from the file</numerusform>
            <numerusform>takes %n changes from the file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keeps %n changed on both sides as it is here</source>
        <translation>
            <numerusform>keeps %n changed on both sides as it is here</numerusform>
            <numerusform>keeps %n changed on both sides as they are here</numerusform>
        </translation>
    </message>
    <message>
        <source>No session chosen: nothing to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: this database already holds all of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1. One undo takes it all back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n left as here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>leaves %n as they are here</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceGuard</name>
    <message>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candor (process %1 on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candor cannot lock the database: “%1”, where it keeps its lock file, is a folder or something else that is not a file. Move or remove it, then start Candor again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lock file “%1” was left by a copy of Candor that is no longer running, and it cannot be removed (%2). Remove it, then start Candor again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message numerus="yes">
        <source>%1, and %n more problem(s)</source>
        <translation>
            <numerusform>%1, and %n more problem</numerusform>
            <numerusform>%1, and %n more problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveCommands</name>
    <message>
        <source>Edit session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the seat order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next turn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add timeline entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove timeline entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit timeline entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avoidance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark not discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Candor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search session titles (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search session titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Pre-mortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a session before a launch: imagine it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New P&amp;ost-mortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a blameless review of an incident or project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy participants, timeboxes and prompts into a new session, without concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Candor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessio&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Candor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicated “%1” with its participants, timeboxes and prompts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the session “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds %1 and %2. You can undo the deletion with %3 until Candor is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s)</source>
        <translation>
            <numerusform>%n concern</numerusform>
            <numerusform>%n concerns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet.
Press %1 for a pre-mortem or %2 for a post-mortem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session title contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Candor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Guides a facilitator through pre-mortem and post-mortem sessions: timed private writing, round-robin sharing, hand counts, discussion and follow-up actions.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow-up of All Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every open action of every session, with filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up — Candor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Presentation Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second window with only what the room should see, for the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation &amp;Full Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation &amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the presentation full screen on “%1” and keep the controls on this screen?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved. The new language or database file is used from the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a launch or a milestone: the team imagines it has failed and says why, so there is time to prevent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After an incident or a project: a blameless look at what happened, what helped, what let us down and what to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Page on Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;vious Page on Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How a Session Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set-up: seat the people who take part, in the order they will speak. Check the planned length and the timeboxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene: read the framing aloud. A pre-mortem imagines the project has failed; a post-mortem records what happened, without blame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing: about ten minutes of private writing, each on their own paper or device. The shared screen shows only the prompts and the countdown (F5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing: go round the table; each person shares the one thing that worries them most. Everyone who wrote the same raises a hand. Type a short summary, set the hands (Up, Down or Alt+digit) and press Enter. Stop early enough to leave time for discussion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked: what most people wrote comes first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion: most written first, ask how it could have been avoided, ask why five times to reach the root cause, and agree what to do (Ctrl+Shift+A adds an action).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions: put them in order, mark what is done right away, give each an owner and a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary: print it or export it. Nobody is named next to a concern unless the session chose to attribute them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session runs in these steps; Ctrl+PgDown moves to the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank everyone for their honesty at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How a Session Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed. Anything you typed is still where you typed it; try again once the problem is solved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the sessions of one team; a new session goes into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace every session with those of an automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team “%1” has no sessions yet. %2 makes one in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Restored the backup from %1 with its %n session(s). The database as it was before is kept as a backup too; File ▸ Restore from Backup… brings it back.</source>
        <translation>
            <numerusform>Restored the backup from %1 with its %n session. The database as it was before is kept as a backup too; File ▸ Restore from Backup… brings it back.</numerusform>
            <numerusform>Restored the backup from %1 with its %n sessions. The database as it was before is kept as a backup too; File ▸ Restore from Backup… brings it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace every session in the database with the %n session(s) of the backup from %1?</source>
        <translation>
            <numerusform>Replace every session in the database with the %n session of the backup from %1?</numerusform>
            <numerusform>Replace every session in the database with the %n sessions of the backup from %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>The database as it is now is backed up first, so this can be undone by restoring that backup. Undo (%1) cannot reach back past the restore: the window opens afresh on the restored sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A database on a PostgreSQL server is backed up by its server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewActionDialog</name>
    <message>
        <source>New Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What will be done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An action needs a text: say what will be done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a date yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Cannot write “%1”: it is the database Candor has open (“%2”), or a file kept with it, and writing there would destroy it. Choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is a folder. Choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is a device or a pipe, not a file. Choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OwnerEdit</name>
    <message>
        <source>(unassigned)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <source>Present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two participants are called “%1”. Give one a role or an initial so the room can tell them apart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the usual participants</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Log In to the Team Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the server asks for a password, type it here. Candor uses it for this run only and keeps it nowhere; for the next start, ~/.pgpass or a service file can hold it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PostgresqlServer</name>
    <message>
        <source>Cannot open “%1”: Qt&apos;s PostgreSQL driver is not installed (on Debian, the package libqt6sql6-psql). Nothing was created or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the PostgreSQL database “%1”: %2 Nothing was created or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” gives this login no schema to work in (its search_path is empty or names no schema it may use). Nothing was created or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look into the PostgreSQL database “%1”: %2 Nothing was created or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is empty, and this login may not create tables in its schema “%2”. An administrator grants that (see Candor&apos;s README). Nothing was created or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds another program&apos;s tables (%2), so Candor leaves it alone. Give Candor an empty database of its own. Nothing was created or changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was set up by a newer Candor (schema %2; it needs Candor %3 or newer). This Candor knows schema %4. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This login may not read and change every table of Candor&apos;s in “%1”. An administrator grants that (see Candor&apos;s README). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Candor — Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose turn it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who wrote the last concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns, most written first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who wrote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing time left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session appears here when it is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Looking back at last time&apos;s actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people wrote this</source>
        <translation>
            <numerusform>%n person wrote this</numerusform>
            <numerusform>%n people wrote this</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s) shared</source>
        <translation>
            <numerusform>%n concern shared</numerusform>
            <numerusform>%n concerns shared</numerusform>
        </translation>
    </message>
    <message>
        <source>Concern %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scene written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label of the last concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No concerns yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a timeline entry: when, then what happened</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down privately what worries you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write privately: nobody&apos;s notes appear on this screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>how many wrote a concern, then a note on it</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicates merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just shared by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <comment>separates the details of a concern</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to discuss yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>position in the ranking, then the category</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <comment>the number of a why</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <comment>an answer to a why</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <comment>a why, then its answer</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <comment>separates the details of an action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RankedPage</name>
    <message>
        <source>Ranked by how many people wrote each concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ranked concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No concerns in this category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No concerns yet. They appear here as people share them, the most written first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candor keeps a backup from the first start of each day and from quitting after changes: the newest of each of the last %1 days it was used and of the last %2 weeks, in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring replaces every session with those in the backup; the database as it is now is backed up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database as it was before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose sessions from this backup and bring them back, leaving everything else as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a backup&apos;s day, then its time</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewModel</name>
    <message>
        <source>From session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review the open actions of earlier sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each: Ctrl+1 done, Ctrl+2 still open, Ctrl+3 dropped. F2 corrects the owner or the due date. Ctrl+PgDown moves on to the set-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open actions of earlier sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenePage</name>
    <message>
        <source>&amp;Save as My Template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as My Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the template, for choosing it next time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the scene aloud, then walk the room through what happened and the timeline before private writing starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the scene aloud, slowly and in the past tense, then start private writing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the scene and the writing prompts with a template; Ctrl+Z brings your text back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this scene and these prompts as a template for your next sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cene — read this aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing pr&amp;ompts — shown during private writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blameless: we look at processes, not people. Describe what happened, not who is to blame.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was &amp;detected:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was &amp;resolved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 edits an entry, Delete removes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of the new timeline entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened at that time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened then — Enter adds it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the entry to the timeline (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the template “%1” for your next sessions.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New team “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename team to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>none of those sessions exists any more</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFileCommand</name>
    <message>
        <source>The database “%1” is open in %2: export from its File ▸ Export Sessions…, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session %1 in “%2”; candor --list shows the sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions were not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n session(s) to “%1”.</source>
        <translation>
            <numerusform>Wrote %n session to “%1”.</numerusform>
            <numerusform>Wrote %n sessions to “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The database “%1” is open in %2; “%3” was handed to it, which shows what importing it would do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database “%1” is open in %2; import “%3” there, or close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: “%1” holds nothing this database does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted here, left alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept as it is here: %1 (here %2; in the file %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row(s) added, %2 taken from the file, %3 left as they are here, %4 changed on both sides kept as here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFileReader</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is too large for a session file (%2; Candor imports files of up to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Candor session file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is an SQLite file of another program, not a Candor session file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was written by a newer Candor (format %2); this one reads formats up to %3. Update Candor to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is incomplete: it is shorter than it says it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: it could not be copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds something a Candor file does not (%2); it is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is missing part of what a Candor file holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds values Candor does not know; it is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has rows that refer to rows it does not hold; it is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a row without a proper identity; it is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has two rows with the same identity; it is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has a row without a valid time of change; it is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds a text longer than Candor accepts; it is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds no sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” holds a value of the wrong kind (%2 in %3); it is not imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>Use template “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type what %1 said before recording it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing was stopped. Resume it to record more concerns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing is complete: everyone present has nothing left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number of raised hands cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has nothing left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make it a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n other person(s) present: no more hands than that can go up.</source>
        <translation>
            <numerusform>Only %n other person present: no more hands than that can go up.</numerusform>
            <numerusform>Only %n other people present: no more hands than that can go up.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1. What you typed is still here; press Enter to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionImport</name>
    <message>
        <source>Team “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participant “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of an earlier action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline entry “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time used against the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list of sessions (Ctrl+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start or Pause Countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a Minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take a Minute Away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nothing Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left the Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merge Duplicate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop or Resume Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned: %1 minutes. The clock starts when you leave Set-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time used: %1 of %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Sharing: %1 of %2 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone &amp;Joined…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next step of the session (Ctrl+PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 →</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CONCERNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTransfer</name>
    <message>
        <source>E&amp;xport Sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Sessions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this session, or all of its team&apos;s, to a file another Candor can import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in sessions from a session file, a backup or a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session, “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n sessions of the team “%1”</source>
        <translation>
            <numerusform>The %n session of the team “%1”</numerusform>
            <numerusform>All %n sessions of the team “%1”</numerusform>
        </translation>
    </message>
    <message>
        <source>Candor session files (*.candor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sessions were not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to “%1” in %2.</source>
        <translation>
            <numerusform>Exported %n session to “%1” in %2.</numerusform>
            <numerusform>Exported %n sessions to “%1” in %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candor session files (*.candor);;Candor databases and backups (*.sqlite *.backup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported “%1”. Undo takes the whole import back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Larger type in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show who shared each &amp;concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The presentation window sizes its type to its screen either way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Planned length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blameless hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While a concern is typed, these words and phrases (one per line) bring a gentle suggestion to describe the process instead of a person; so do the names of those present. Nothing is ever changed or refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blameless hint words, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language or database file is used from the next start of Candor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a folder; the database is a file in it, such as candor.sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be created in “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at that place yet: a new, empty one will be made there, and today&apos;s sessions stay in the current file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file, or a PostgreSQL database: postgresql://HOST/NAME or service=NAME. Empty: the standard place. The command line&apos;s --database overrides it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password is never kept here: Candor takes it from ~/.pgpass, a service file or PGPASSWORD.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New participant&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New participant&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants in seat order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down change the seat order; Space marks present or absent; Delete removes someone who has not spoken yet; F2 edits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Participants, in seat order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-robin sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two participants are called %1 with nothing to tell them apart. Add a role or an initial, so the room knows whose turn it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phases add up to the planned %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phases add up to %1 minutes: %2 more than planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phases add up to %1 minutes: %2 less than planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can change until sharing starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Up a Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move Down a Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present or Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the &amp;Usual Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team this session belongs to: its review and its usual participants come from the team&apos;s earlier sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w Team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a team for this session and move it there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename Team…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename this session&apos;s team, in every session of the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new team. This session moves into it; the sessions before it stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name for “%1”, in every session of the team:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a team called “%1”. Choose it in the Team list to move this session there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usual participants to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The usual participants are the people of the team&apos;s three latest earlier sessions who are not seated here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the usual participants (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 adds %2. Then Delete removes whoever is absent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <source>Whose turn it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they said, in a few words; Enter records it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up and Down in the summary change the hands; Alt+digit sets them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+4 choose a category, Ctrl+0 none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blameless hint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns shared so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass (Alt+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing left (Alt+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left the room (Alt+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge duplicate (Alt+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop or resume sharing (Alt+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Han&amp;ds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing starts with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing stopped in round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing is complete: nobody has anything left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Next: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s) shared</source>
        <translation>
            <numerusform>%n concern shared</numerusform>
            <numerusform>%n concerns shared</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) still have items</source>
        <translation>
            <numerusform>%n person still has items</numerusform>
            <numerusform>%n people still have items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote it: %1 (%2 and %n raised hand(s))</source>
        <translation>
            <numerusform>Wrote it: %1 (%2 and %n raised hand)</numerusform>
            <numerusform>Wrote it: %1 (%2 and %n raised hands)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sharing has run %1 of its %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time planned for discussion is used up: consider moving on (Ctrl+PgDown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no earlier concern to merge into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 (%3 wrote it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is the same as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone joined (Alt+J)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone Joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the late arrival (a role may follow a comma):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left for discussion: consider moving on (Ctrl+PgDown).</source>
        <translation>
            <numerusform>%n minute left for discussion: consider moving on (Ctrl+PgDown).</numerusform>
            <numerusform>%n minutes left for discussion: consider moving on (Ctrl+PgDown).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Raised Hand(s)</source>
        <translation>
            <numerusform>%n Raised Hand</numerusform>
            <numerusform>%n Raised Hands</numerusform>
        </translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised &amp;Hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was not added; press Alt+J to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys of each phase work while that phase is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a session to see the keys of each of its phases as well.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SlideList</name>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who wrote it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>the entry a page of a list shows, e.g. 7 of 40</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <comment>the entries a page of a list shows, e.g. 12–17 of 17</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteBackup</name>
    <message>
        <source>the disk is full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file cannot be written there (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk reported an error (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an SQLite file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another program has the database open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a Candor database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was written by a newer Candor (schema %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the original session no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restored session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the removal of deleted sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the current phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose turn it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the removal of the participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>who has nothing left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seat order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the removal of the concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the hand count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timeline entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the removal of the timeline entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a chain has at most five whys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the removal of the why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the removal of the action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order of the actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was changed elsewhere in the meantime, and that change is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>they are no longer in the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the seat order was changed elsewhere in the meantime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order was changed elsewhere in the meantime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions belong to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the team&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what was exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row it changes no longer exists here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it refers to a row that is not in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database server cannot be reached (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read from the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>Not redone: %1 (%2). It and the steps after it were taken off the Redo list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not undone: %1 (%2). It was taken off the Undo list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryDocument</name>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started (planned %1 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min of %2 min planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(shared by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What let this happen, and how do we recover faster?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How could it have been avoided?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participants were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns, most written first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No concerns were shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also written as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions were agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of earlier actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min so far of %2 min planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>written by, then discussed or not</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not marked discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>kind of session, date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <comment>kind of session, team, date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryExport</name>
    <message>
        <source>Also written as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No participants were recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (absent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns, most written first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No concerns were shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No actions were agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of earlier actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot lay out the summary of %1 as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “%1” as OpenDocument.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryOutput</name>
    <message>
        <source>&amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OpenDocument Text…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument Text (*.odt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenDocument Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the session summary page by page before printing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the session summary.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the session summary as a PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary could not be sent to the printer “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed the summary to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Summary as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any file that was there before is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the summary as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary could not be laid out for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Session summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary as it will be printed: concerns by tally, discussion and actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhyModel</name>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WritingPage</name>
    <message>
        <source>Writing prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down privately what worries you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write privately. Nobody&apos;s notes appear on this screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5 resumes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready — F5 starts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database “%1” is already open in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candor Is Already Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only one Candor may write to a database at a time; close the other one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the lock file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was chosen in Edit ▸ Settings. Start Candor with --database PATH to use another one, then change the setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a PostgreSQL database: its server keeps its backups (pg_dump, or the server&apos;s own). Candor&apos;s backups are of database files.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
