<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../app/commandline.cpp" line="22"/>
        <source>Guides a facilitator through pre-mortem and post-mortem sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="28"/>
        <source>Use the database file &lt;path&gt; instead of the default %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="31"/>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="34"/>
        <source>Print the stored sessions as a table and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/commandline.cpp" line="53"/>
        <source>Unexpected argument “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/database.cpp" line="121"/>
        <source>Cannot create the database “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="124"/>
        <source>Cannot open the database “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="127"/>
        <source>The database “%1” is read-only. Candor saves every edit the moment it is made, so it needs a file it may write. Make the file writable or choose another one with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="133"/>
        <source>“%1” is not a Candor database (it is not an SQLite file). It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="138"/>
        <source>“%1” is an SQLite database that belongs to another program, not to Candor. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="143"/>
        <source>“%1” was written by a newer version of Candor (%2). Update Candor to open it. It has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="148"/>
        <source>“%1” was written by an older version of Candor (%2). Open it once in Candor to upgrade it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="153"/>
        <source>The database “%1” is damaged (%2). Candor will not change it; restore it from a backup, or keep it aside and start a new one with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="159"/>
        <source>Upgrading the database “%1” failed: %2. The file was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="195"/>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="197"/>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="204"/>
        <source>its folder is read-only, and SQLite needs to keep its journal there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="208"/>
        <source>there is no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="211"/>
        <source>the folder “%1” cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="253"/>
        <source>schema %1; this version reads up to schema %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="257"/>
        <source>it has no schema version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="269"/>
        <source>schema %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="278"/>
        <source>write-ahead logging cannot be turned on (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="298"/>
        <source>the backup copy “%1” could not be written (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/database.cpp" line="324"/>
        <source>step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <location filename="../models/domain.cpp" line="62"/>
        <source>Pre-mortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="64"/>
        <source>Post-mortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="73"/>
        <source>Set-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="75"/>
        <source>Scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="77"/>
        <source>Writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="79"/>
        <source>Sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="81"/>
        <source>Ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="83"/>
        <source>Discussion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="85"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="87"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="95"/>
        <source>Pre-mortem %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/domain.cpp" line="96"/>
        <source>Post-mortem %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceGuard</name>
    <message>
        <location filename="../app/instanceguard.cpp" line="70"/>
        <source>another program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/instanceguard.cpp" line="71"/>
        <source>Candor (process %1 on %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <location filename="../ui/mainwindow.cpp" line="367"/>
        <source>Candor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137"/>
        <source>Search session titles (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="139"/>
        <source>Search session titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="188"/>
        <source>New &amp;Pre-mortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>Start a session before a launch: imagine it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>New P&amp;ost-mortem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="196"/>
        <source>Start a blameless review of an incident or project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>&amp;Open Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>&amp;Close Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="208"/>
        <source>D&amp;uplicate Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="211"/>
        <source>Copy participants, timeboxes and prompts into a new session, without concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214"/>
        <source>Re&amp;name Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>&amp;Delete Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="227"/>
        <source>&amp;Find Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="231"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="238"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="240"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="243"/>
        <source>&amp;About Candor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="250"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="259"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="268"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <source>%1 — Candor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="388"/>
        <source>%1 (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="393"/>
        <source>Duplicated “%1” with its participants, timeboxes and prompts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="405"/>
        <source>Delete the session “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="406"/>
        <source>It holds %1 and %2. You can undo the deletion with %3 until Candor is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="407"/>
        <source>%n concern(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow.cpp" line="408"/>
        <source>%n action(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="410"/>
        <source>Delete Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="410"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="418"/>
        <source>Deleted “%1”. Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="448"/>
        <source>No sessions yet.
Press %1 for a pre-mortem or %2 for a post-mortem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="452"/>
        <source>No session title contains “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="457"/>
        <source>Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="459"/>
        <source>Nothing was changed. The database is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="466"/>
        <source>About Candor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="467"/>
        <source>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Guides a facilitator through pre-mortem and post-mortem sessions: timed private writing, round-robin sharing, hand counts, discussion and follow-up actions.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <location filename="../models/sessioncommands.cpp" line="10"/>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sessioncommands.cpp" line="35"/>
        <source>Duplicate “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sessioncommands.cpp" line="59"/>
        <source>Rename to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sessioncommands.cpp" line="76"/>
        <source>Delete “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <location filename="../models/sessionlistmodel.cpp" line="84"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sessionlistmodel.cpp" line="86"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sessionlistmodel.cpp" line="88"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sessionlistmodel.cpp" line="90"/>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sessionlistmodel.cpp" line="92"/>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <location filename="../ui/sessionpage.cpp" line="30"/>
        <source>Back to sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionpage.cpp" line="31"/>
        <source>Return to the list of sessions (Ctrl+W)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionpage.cpp" line="47"/>
        <source>%1 · created %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/sessionpage.cpp" line="59"/>
        <source>&lt;p&gt;This session is stored and safe. Running it in the room is not possible yet: the live flow comes with a later update, one phase at a time:&lt;/p&gt;&lt;ol&gt;%1&lt;/ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <location filename="../app/sessiontable.cpp" line="6"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessiontable.cpp" line="6"/>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessiontable.cpp" line="6"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessiontable.cpp" line="6"/>
        <source>CONCERNS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessiontable.cpp" line="6"/>
        <source>ACTIONS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/sessiontable.cpp" line="6"/>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <location filename="../models/store.cpp" line="81"/>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store.cpp" line="111"/>
        <source>the new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store.cpp" line="132"/>
        <source>the session title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store.cpp" line="147"/>
        <source>the copy of the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store.cpp" line="163"/>
        <source>the original session no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store.cpp" line="183"/>
        <source>the deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store.cpp" line="183"/>
        <source>the restored session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/store.cpp" line="204"/>
        <source>the removal of deleted sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="76"/>
        <source>The database “%1” is already open in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="80"/>
        <source>Its window was brought to the front.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="82"/>
        <source>Candor Is Already Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="84"/>
        <source>Only one Candor may write to a database at a time; close the other one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="94"/>
        <source>Cannot create the lock file “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="98"/>
        <location filename="../app/main.cpp" line="105"/>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
