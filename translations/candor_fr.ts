<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActionCommands</name>
    <message>
        <source>Add a why</source>
        <translation>Ajouter un pourquoi</translation>
    </message>
    <message>
        <source>Remove a why</source>
        <translation>Retirer un pourquoi</translation>
    </message>
    <message>
        <source>Edit a why</source>
        <translation>Modifier un pourquoi</translation>
    </message>
    <message>
        <source>Add action “%1”</source>
        <translation>Ajouter l’action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove action “%1”</source>
        <translation>Retirer l’action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Modifier l’action</translation>
    </message>
    <message>
        <source>Change the priority</source>
        <translation>Changer la priorité</translation>
    </message>
    <message>
        <source>Review: %1</source>
        <translation>Revue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (en retard)</translation>
    </message>
    <message>
        <source>Right away</source>
        <translation>Immédiat</translation>
    </message>
    <message>
        <source>Addressed right away</source>
        <translation>Traitée immédiatement</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Préoccupation</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Overdue: it was due on %1. Status: %2.</source>
        <translation>En retard&#xa0;: l’échéance était le %1. Statut&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>&amp;Group by concern</source>
        <translation>&amp;Grouper par préoccupation</translation>
    </message>
    <message>
        <source>Actions, in the order they will be done</source>
        <translation>Actions, dans l’ordre où elles seront faites</translation>
    </message>
    <message>
        <source>What will be done? Type it, then Enter</source>
        <translation>Que va-t-on faire&#xa0;? Puis Entrée</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Ne&amp;w action:</source>
        <translation>Nou&amp;velle action&#xa0;:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Show each concern&apos;s actions together</source>
        <translation>Afficher ensemble les actions de chaque préoccupation</translation>
    </message>
    <message>
        <source>Actions in rank order</source>
        <translation>Actions par ordre de priorité</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down change the order, as does dragging; F2 edits; Space on “Right away” marks it; Delete removes.</source>
        <translation>Alt+Up et Alt+Down changent l’ordre, tout comme le glisser-déposer&#xa0;; F2 modifie&#xa0;; Espace sur «&#xa0;Immédiat&#xa0;» la coche&#xa0;; Suppr la supprime.</translation>
    </message>
    <message>
        <source>No actions yet. Type the first one above and press Enter.</source>
        <translation>Aucune action pour l’instant. Tapez la première ci-dessus et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Bold rows, above the line, are addressed right away.</source>
        <translation>Les lignes en gras, au-dessus du trait, sont traitées immédiatement.</translation>
    </message>
    <message>
        <source>An action needs a text: type what will be done, then press Enter.</source>
        <translation>Une action a besoin d’un texte&#xa0;: tapez ce qui sera fait, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>The action could not be saved; it is still in the box above.</source>
        <translation>L’action n’a pas pu être enregistrée&#xa0;; elle se trouve toujours dans le champ ci-dessus.</translation>
    </message>
    <message>
        <source>Raise Priority</source>
        <translation>Augmenter la priorité</translation>
    </message>
    <message>
        <source>Lower Priority</source>
        <translation>Baisser la priorité</translation>
    </message>
    <message>
        <source>Remove Action</source>
        <translation>Retirer l’action</translation>
    </message>
    <message>
        <source>Owner of the new action</source>
        <translation>Responsable de la nouvelle action</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>Due date of the new action</source>
        <translation>Échéance de la nouvelle action</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance&#xa0;:</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>As the system (%1)</source>
        <translation>Comme le système (%1)</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Contraste élevé</translation>
    </message>
</context>
<context>
    <name>AutomaticBackups</name>
    <message>
        <source>Cannot write a backup of “%1”: %2</source>
        <translation>Impossible d’écrire une sauvegarde de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1. Your sessions are safe in the database, and the older backups were kept.</source>
        <translation>%1. Vos séances sont en sécurité dans la base de données, et les sauvegardes plus anciennes ont été conservées.</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>DATE</source>
        <translation>DATE</translation>
    </message>
    <message>
        <source>SESSIONS</source>
        <translation>SÉANCES</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>“%1” is in the way, and it is not a folder</source>
        <translation>«&#xa0;%1&#xa0;» occupe la place, et ce n’est pas un dossier</translation>
    </message>
    <message>
        <source>the folder cannot be created (%1)</source>
        <translation>le dossier ne peut pas être créé (%1)</translation>
    </message>
    <message>
        <source>Cannot write a backup in “%1”: %2</source>
        <translation>Impossible d’écrire une sauvegarde dans «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>no file can be created there (%1)</source>
        <translation>aucun fichier ne peut y être créé (%1)</translation>
    </message>
    <message>
        <source>the copy does not read back whole (%1)</source>
        <translation>la copie ne se relit pas en entier (%1)</translation>
    </message>
    <message>
        <source>the copy cannot be synced to the disk (%1)</source>
        <translation>la copie ne peut pas être synchronisée sur le disque (%1)</translation>
    </message>
    <message>
        <source>the copy cannot be given its name</source>
        <translation>la copie ne peut pas recevoir son nom</translation>
    </message>
    <message>
        <source>there are already 99 backups from this second</source>
        <translation>il existe déjà 99 sauvegardes de cette seconde</translation>
    </message>
    <message>
        <source>The backup “%1” was not restored: %2</source>
        <translation>La sauvegarde «&#xa0;%1&#xa0;» n’a pas été restaurée&#xa0;: %2</translation>
    </message>
    <message>
        <source>the database “%1” is not there</source>
        <translation>la base de données «&#xa0;%1&#xa0;» est introuvable</translation>
    </message>
    <message>
        <source>the database as it is could not be backed up first. %1</source>
        <translation>la base de données n’a pas pu être sauvegardée d’abord dans son état actuel. %1</translation>
    </message>
    <message>
        <source>“%1” is beside the database; another program is writing to it</source>
        <translation>«&#xa0;%1&#xa0;» se trouve à côté de la base de données&#xa0;; un autre programme y écrit</translation>
    </message>
</context>
<context>
    <name>BlamelessHints</name>
    <message>
        <source>“%1” names a person. Could this be framed as a process: what let this happen?</source>
        <translation>«&#xa0;%1&#xa0;» désigne une personne. Pourriez-vous le formuler en termes de processus&#xa0;: qu’est-ce qui a permis que cela arrive&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” sounds like blame. Could this be framed as a process: what let this happen?</source>
        <translation>«&#xa0;%1&#xa0;» ressemble à un reproche. Pourriez-vous le formuler en termes de processus&#xa0;: qu’est-ce qui a permis que cela arrive&#xa0;?</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Guides a facilitator through pre-mortem and post-mortem sessions.</source>
        <translation>Guide l’animation de séances de pré-mortem et de post-mortem.</translation>
    </message>
    <message>
        <source>Use the database file &lt;path&gt; instead of the default %1.</source>
        <translation>Utiliser le fichier de base de données &lt;chemin&gt; au lieu de celui par défaut, %1.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Print the stored sessions as a table and exit.</source>
        <translation>Afficher les séances enregistrées sous forme de tableau, puis quitter.</translation>
    </message>
    <message>
        <source>Write the summary of session &lt;id&gt; (see --list) and exit.</source>
        <translation>Écrire le compte rendu de la séance &lt;id&gt; (voir --list), puis quitter.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Format of --export: pdf, md, html, odt or csv (the actions).</source>
        <translation>Format de --export&#xa0;: pdf, md, html, odt ou csv (les actions).</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>File --export writes; replaced only when the whole summary was written.</source>
        <translation>Fichier écrit par --export&#xa0;; il n’est remplacé que si le compte rendu a été écrit en entier.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Paper of a PDF --export: a4 or letter (default: the one your locale uses).</source>
        <translation>Format de papier d’un PDF produit par --export&#xa0;: a4 ou letter (par défaut&#xa0;: celui de vos paramètres régionaux).</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--export needs a session id, as --list shows it; “%1” is not one.</source>
        <translation>--export a besoin d’un identifiant de séance, tel que --list l’affiche&#xa0;; «&#xa0;%1&#xa0;» n’en est pas un.</translation>
    </message>
    <message>
        <source>--format must be one of %1; “%2” is not.</source>
        <translation>--format doit valoir l’une des valeurs %1&#xa0;; «&#xa0;%2&#xa0;» n’en fait pas partie.</translation>
    </message>
    <message>
        <source>--page-size must be a4 or letter; “%1” is not.</source>
        <translation>--page-size doit valoir a4 ou letter&#xa0;; «&#xa0;%1&#xa0;» n’est pas valide.</translation>
    </message>
    <message>
        <source>--export needs --output FILE to write to.</source>
        <translation>--export a besoin de --output FICHIER pour savoir où écrire.</translation>
    </message>
    <message>
        <source>Write sessions &lt;id&gt;[,&lt;id&gt;…] (see --list) and their team to the session file --output, which another Candor can import, and exit.</source>
        <translation>Écrire les séances &lt;id&gt;[,&lt;id&gt;…] (voir --list) et leur équipe dans le fichier de séances --output, qu’un autre Candor peut importer, puis quitter.</translation>
    </message>
    <message>
        <source>ids</source>
        <translation>ids</translation>
    </message>
    <message>
        <source>Import the sessions of &lt;file&gt; (a session file, a backup or a Candor database) and exit. Rows changed here and in the file since they last matched are kept as they are here, and listed.</source>
        <translation>Importer les séances de &lt;fichier&gt; (un fichier de séances, une sauvegarde ou une base de données Candor), puis quitter. Les éléments modifiés ici et dans le fichier depuis leur dernière concordance restent tels qu’ils sont ici, et sont listés.</translation>
    </message>
    <message>
        <source>A session file to import in the window (as a file manager opens one).</source>
        <translation>Un fichier de séances à importer dans la fenêtre (comme l’ouvre un gestionnaire de fichiers).</translation>
    </message>
    <message>
        <source>Write a backup of the database now, print its path and exit. Works while Candor has the database open.</source>
        <translation>Écrire maintenant une sauvegarde de la base de données, afficher son chemin, puis quitter. Fonctionne même quand Candor a ouvert la base de données.</translation>
    </message>
    <message>
        <source>Print the backups of the database as a table and exit.</source>
        <translation>Afficher les sauvegardes de la base de données sous forme de tableau, puis quitter.</translation>
    </message>
    <message>
        <source>--export-session needs session ids, as --list shows them; “%1” is not one.</source>
        <translation>--export-session a besoin d’identifiants de séance, tels que --list les affiche&#xa0;; «&#xa0;%1&#xa0;» n’en est pas un.</translation>
    </message>
    <message>
        <source>--export-session needs --output FILE to write to.</source>
        <translation>--export-session a besoin de --output FICHIER pour savoir où écrire.</translation>
    </message>
</context>
<context>
    <name>ConcernModel</name>
    <message>
        <source>%1 (merged into #%2)</source>
        <translation>%1 (fusionnée dans #%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n people wrote this</source>
        <translation>
            <numerusform>%n personne l’a écrite</numerusform>
            <numerusform>%n personnes l’ont écrite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the speaker and %n raised hand(s)</source>
        <translation>
            <numerusform>la personne qui parle et %n main levée</numerusform>
            <numerusform>la personne qui parle et %n mains levées</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Préoccupation</translation>
    </message>
    <message>
        <source>Wrote it</source>
        <translation>Écrite par</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Mains</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <source>Shared by</source>
        <translation>Partagée par</translation>
    </message>
    <message>
        <source>Merge concerns</source>
        <translation>Fusionner des préoccupations</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>tally tooltip: how many wrote it, then who</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Temps écoulé</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Dépassement</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>state line: separates its parts</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 minute</translation>
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
        <translation>1 seconde</translation>
    </message>
    <message numerus="yes">
        <source>%n seconds</source>
        <translation>
            <numerusform>%n seconde</numerusform>
            <numerusform>%n secondes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, not started</source>
        <translation>%1, pas commencé</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>Encore %1</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 de dépassement</translation>
    </message>
    <message>
        <source>Paused, %1 left</source>
        <translation>En pause, encore %1</translation>
    </message>
    <message>
        <source>Paused, time is up</source>
        <translation>En pause, temps écoulé</translation>
    </message>
    <message>
        <source>Paused, %1 over time</source>
        <translation>En pause, %1 de dépassement</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Dernière minute</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot create the database “%1”: %2</source>
        <translation>Impossible de créer la base de données «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot open the database “%1”: %2</source>
        <translation>Impossible d’ouvrir la base de données «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The database “%1” is read-only. Candor saves every edit the moment it is made, so it needs a file it may write. Make the file writable or choose another one with --database.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» est en lecture seule. Candor enregistre chaque modification dès qu’elle est faite&#xa0;: il lui faut un fichier dans lequel il peut écrire. Rendez le fichier accessible en écriture ou choisissez-en un autre avec --database.</translation>
    </message>
    <message>
        <source>“%1” is not a Candor database (it is not an SQLite file). It has not been changed.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une base de données Candor (ce n’est pas un fichier SQLite). Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database that belongs to another program, not to Candor. It has not been changed.</source>
        <translation>«&#xa0;%1&#xa0;» est une base de données SQLite qui appartient à un autre programme, pas à Candor. Elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer version of Candor (%2). Update Candor to open it. It has not been changed.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus récente de Candor (%2). Mettez Candor à jour pour l’ouvrir. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“%1” was written by an older version of Candor (%2). Open it once in Candor to upgrade it.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus ancienne de Candor (%2). Ouvrez-le une fois dans Candor pour le mettre à niveau.</translation>
    </message>
    <message>
        <source>The database “%1” is damaged (%2). Candor will not change it; restore it from a backup, or keep it aside and start a new one with --database.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» est endommagée (%2). Candor ne la modifiera pas&#xa0;; restaurez-la depuis une sauvegarde, ou mettez-la de côté et commencez-en une nouvelle avec --database.</translation>
    </message>
    <message>
        <source>Upgrading the database “%1” failed: %2. The file was left as it was.</source>
        <translation>La mise à niveau de la base de données «&#xa0;%1&#xa0;» a échoué&#xa0;: %2. Le fichier a été laissé tel quel.</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>c’est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>permission refusée</translation>
    </message>
    <message>
        <source>its folder is read-only, and SQLite needs to keep its journal there</source>
        <translation>son dossier est en lecture seule, et SQLite doit y conserver son journal</translation>
    </message>
    <message>
        <source>there is no such file</source>
        <translation>ce fichier n’existe pas</translation>
    </message>
    <message>
        <source>the folder “%1” cannot be created</source>
        <translation>le dossier «&#xa0;%1&#xa0;» ne peut pas être créé</translation>
    </message>
    <message>
        <source>schema %1; this version reads up to schema %2</source>
        <translation>schéma %1&#xa0;; cette version lit jusqu’au schéma %2</translation>
    </message>
    <message>
        <source>it has no schema version</source>
        <translation>elle n’a pas de version de schéma</translation>
    </message>
    <message>
        <source>schema %1</source>
        <translation>schéma %1</translation>
    </message>
    <message>
        <source>write-ahead logging cannot be turned on (%1)</source>
        <translation>la journalisation anticipée (WAL) ne peut pas être activée (%1)</translation>
    </message>
    <message>
        <source>the backup copy “%1” could not be written (%2)</source>
        <translation>la copie de sauvegarde «&#xa0;%1&#xa0;» n’a pas pu être écrite (%2)</translation>
    </message>
    <message>
        <source>step %1: %2</source>
        <translation>étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>it is on a read-only filesystem, and SQLite needs to keep its journal beside it</source>
        <translation>le fichier se trouve sur un système de fichiers en lecture seule, et SQLite doit conserver son journal à côté</translation>
    </message>
    <message>
        <source>The database “%1” cannot be opened as it is: its write-ahead log “%2” is missing, and “%3” says that log held edits not yet in the database. If the log was moved, or not copied along, put it back beside the database. To open the database without those edits, delete “%3”. Nothing has been changed.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» ne peut pas être ouverte en l’état&#xa0;: son journal d’écriture anticipée (WAL) «&#xa0;%2&#xa0;» est manquant, et «&#xa0;%3&#xa0;» indique que ce journal contenait des modifications qui ne sont pas encore dans la base de données. Si le journal a été déplacé, ou n’a pas été copié avec elle, remettez-le à côté de la base de données. Pour ouvrir la base de données sans ces modifications, supprimez «&#xa0;%3&#xa0;». Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>it could not be saved under its name</source>
        <translation>elle n’a pas pu être enregistrée sous son nom</translation>
    </message>
    <message>
        <source>Cannot set up Candor in the PostgreSQL database “%1”: %2 Nothing was created or changed.</source>
        <translation>Impossible d’installer Candor dans la base PostgreSQL «&#xa0;%1&#xa0;»&#xa0;: %2 Rien n’a été créé ni modifié.</translation>
    </message>
    <message>
        <source>Cannot open the PostgreSQL database “%1”: %2 Nothing was created or changed.</source>
        <translation>Impossible d’ouvrir la base PostgreSQL «&#xa0;%1&#xa0;»&#xa0;: %2 Rien n’a été créé ni modifié.</translation>
    </message>
    <message>
        <source>Upgrading the PostgreSQL database “%1” failed: %2 It is kept at schema %3, each step whole or not at all; this version of Candor needs schema %4.</source>
        <translation>La mise à niveau de la base PostgreSQL «&#xa0;%1&#xa0;» a échoué&#xa0;: %2 Elle reste au schéma %3, chaque étape entière ou pas du tout&#xa0;; cette version de Candor a besoin du schéma %4.</translation>
    </message>
    <message>
        <source>Cannot connect to the database server of “%1”: %2</source>
        <translation>Impossible de joindre le serveur de la base de données «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>“%1” names no PostgreSQL service; write service=NAME, as in pg_service.conf.</source>
        <translation>«&#xa0;%1&#xa0;» ne nomme aucun service PostgreSQL&#xa0;; écrivez service=NOM, comme dans pg_service.conf.</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address Candor can read (%2).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse PostgreSQL que Candor sait lire (%2).</translation>
    </message>
    <message>
        <source>The port in “%1” is not a number.</source>
        <translation>Le port de «&#xa0;%1&#xa0;» n’est pas un nombre.</translation>
    </message>
    <message>
        <source>“%1” is not a connection option Candor passes to PostgreSQL.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une option de connexion que Candor transmet à PostgreSQL.</translation>
    </message>
    <message>
        <source>“%1” names no database; write postgresql://HOST/DATABASE.</source>
        <translation>«&#xa0;%1&#xa0;» ne nomme aucune base&#xa0;; écrivez postgresql://HÔTE/BASE.</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Cannot Write There</source>
        <translation>Impossible d’écrire ici</translation>
    </message>
</context>
<context>
    <name>DiscussionPage</name>
    <message>
        <source>Discussed</source>
        <translation>Discutée</translation>
    </message>
    <message>
        <source>Ctrl+Shift+W asks the first why.</source>
        <translation>Ctrl+Shift+W pose le premier pourquoi.</translation>
    </message>
    <message>
        <source>Start timebox</source>
        <translation>Lancer la durée allouée</translation>
    </message>
    <message>
        <source>What will be done about “%1”?</source>
        <translation>Que va-t-on faire à propos de «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>Concern position</source>
        <translation>Position de la préoccupation</translation>
    </message>
    <message>
        <source>Tally</source>
        <translation>Décompte</translation>
    </message>
    <message>
        <source>Ctrl+Shift+D</source>
        <translation>Ctrl+Shift+D</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Préoccupation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Avoidance</source>
        <translation>Prévention</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause racine</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Mesures d’atténuation</translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation>Cinq pourquoi</translation>
    </message>
    <message>
        <source>Actions from this concern</source>
        <translation>Actions issues de cette préoccupation</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Timebox minutes</source>
        <translation>Minutes de la durée allouée</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Temps restant</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Alt+PgDown next · Alt+PgUp previous · Ctrl+Shift+W add a why · Ctrl+Shift+A action · Ctrl+Shift+D discussed</source>
        <translation>Alt+PgDown suivante · Alt+PgUp précédente · Ctrl+Shift+W ajouter un pourquoi · Ctrl+Shift+A action · Ctrl+Shift+D discutée</translation>
    </message>
    <message>
        <source>Next concern</source>
        <translation>Préoccupation suivante</translation>
    </message>
    <message>
        <source>Previous concern</source>
        <translation>Préoccupation précédente</translation>
    </message>
    <message>
        <source>Add a why</source>
        <translation>Ajouter un pourquoi</translation>
    </message>
    <message>
        <source>Mark discussed</source>
        <translation>Marquer comme discutée</translation>
    </message>
    <message>
        <source>Add an action from this concern</source>
        <translation>Ajouter une action issue de cette préoccupation</translation>
    </message>
    <message>
        <source>Why %1</source>
        <translation>Pourquoi %1</translation>
    </message>
    <message>
        <source>Why did this happen?</source>
        <translation>Pourquoi est-ce arrivé&#xa0;?</translation>
    </message>
    <message>
        <source>Why was that?</source>
        <translation>Pourquoi cela&#xa0;?</translation>
    </message>
    <message>
        <source>Answer %1</source>
        <translation>Réponse %1</translation>
    </message>
    <message>
        <source>Because…</source>
        <translation>Parce que…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove why %1</source>
        <translation>Retirer le pourquoi %1</translation>
    </message>
    <message>
        <source>This is the last concern.</source>
        <translation>C’est la dernière préoccupation.</translation>
    </message>
    <message>
        <source>This is the first concern.</source>
        <translation>C’est la première préoccupation.</translation>
    </message>
    <message>
        <source>Nothing to discuss yet</source>
        <translation>Rien à discuter pour l’instant</translation>
    </message>
    <message>
        <source>Concerns recorded during sharing appear here, most written first.</source>
        <translation>Les préoccupations enregistrées pendant le partage apparaissent ici, les plus écrites en premier.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Written by 1 person</source>
        <translation>Écrite par 1 personne</translation>
    </message>
    <message numerus="yes">
        <source>Written by %n people</source>
        <translation>
            <numerusform>Écrite par %n personne</numerusform>
            <numerusform>Écrite par %n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>What let this happen, and how do we recover faster?</source>
        <translation>Qu’est-ce qui a permis que cela arrive, et comment nous rétablir plus vite&#xa0;?</translation>
    </message>
    <message>
        <source>How could it have been avoided?</source>
        <translation>Comment aurait-on pu l’éviter&#xa0;?</translation>
    </message>
    <message>
        <source>Where the chain of whys ends</source>
        <translation>Là où s’arrête la chaîne des pourquoi</translation>
    </message>
    <message>
        <source>From the last answer: %1</source>
        <translation>D’après la dernière réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>A chain has at most five whys; the last answer is the root cause.</source>
        <translation>Une chaîne compte au plus cinq pourquoi&#xa0;; la dernière réponse est la cause racine.</translation>
    </message>
    <message>
        <source>The why could not be saved.</source>
        <translation>Le pourquoi n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>There is no concern to link an action to.</source>
        <translation>Il n’y a aucune préoccupation à laquelle lier une action.</translation>
    </message>
    <message>
        <source>An action needs a text saying what will be done; nothing was added.</source>
        <translation>Une action a besoin d’un texte qui dit ce qui sera fait&#xa0;; rien n’a été ajouté.</translation>
    </message>
    <message>
        <source>Action added: %1</source>
        <translation>Action ajoutée&#xa0;: %1</translation>
    </message>
    <message>
        <source>No actions yet (Ctrl+Shift+A adds one).</source>
        <translation>Aucune action pour l’instant (Ctrl+Shift+A en ajoute une).</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Actions&#xa0;:</translation>
    </message>
    <message>
        <source>Add action…</source>
        <translation>Ajouter une action…</translation>
    </message>
    <message>
        <source>Add an action linked to this concern (Ctrl+Shift+A)</source>
        <translation>Ajouter une action liée à cette préoccupation (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>Timebox over: %1</source>
        <translation>Temps dépassé&#xa0;: %1</translation>
    </message>
    <message>
        <source>The action “%1” was not saved; press Ctrl+Shift+A to try again.</source>
        <translation>L’action «&#xa0;%1&#xa0;» n’a pas été enregistrée&#xa0;; appuyez sur Ctrl+Shift+A pour réessayer.</translation>
    </message>
    <message>
        <source>Timebox: %1</source>
        <translation>Durée allouée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Domain</name>
    <message>
        <source>Pre-mortem</source>
        <translation>Pré-mortem</translation>
    </message>
    <message>
        <source>Post-mortem</source>
        <translation>Post-mortem</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revue</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>Partage</translation>
    </message>
    <message>
        <source>Ranked</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Compte rendu</translation>
    </message>
    <message>
        <source>Pre-mortem %1</source>
        <translation>Pré-mortem du %1</translation>
    </message>
    <message>
        <source>Post-mortem %1</source>
        <translation>Post-mortem du %1</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Sans catégorie</translation>
    </message>
    <message>
        <source>Went well</source>
        <translation>A bien marché</translation>
    </message>
    <message>
        <source>Let us down</source>
        <translation>Nous a fait défaut</translation>
    </message>
    <message>
        <source>Got lucky</source>
        <translation>Coup de chance</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Standard pre-mortem</source>
        <translation>Pré-mortem standard</translation>
    </message>
    <message>
        <source>Imagine it is a month after the release, and the project has failed utterly. We are meeting to talk about what happened, so that we can avoid the same mistakes. What do we say went wrong?

Everything is fair game, however unlikely it seems: “everything short of natural disasters” once missed a natural disaster. Be candid.</source>
        <translation>Imaginez&#xa0;: nous sommes un mois après la sortie, et le projet a complètement échoué. Nous nous réunissons pour parler de ce qui s’est passé, afin de ne pas refaire les mêmes erreurs. Qu’est-ce qui, selon nous, a mal tourné&#xa0;?

Tout est permis, même ce qui semble improbable&#xa0;: «&#xa0;tout sauf les catastrophes naturelles&#xa0;» a un jour laissé passer une catastrophe naturelle. Parlez franchement.</translation>
    </message>
    <message>
        <source>Write down, privately, every reason you can think of for the failure.
Keep your notes to yourself for now: in a moment each of us shares one item at a time.</source>
        <translation>Notez, chacun pour soi, toutes les raisons de l’échec qui vous viennent à l’esprit.
Gardez vos notes pour vous pour l’instant&#xa0;: dans un moment, chacun partagera un point à la fois.</translation>
    </message>
    <message>
        <source>Standard post-mortem</source>
        <translation>Post-mortem standard</translation>
    </message>
    <message>
        <source>This review is blameless: we look at processes, not people. A process is simply the way we normally do things, and it is there to catch us. Everyone did the best they could with what they knew at the time.</source>
        <translation>Cette analyse est sans reproche&#xa0;: nous examinons les processus, pas les personnes. Un processus, c’est simplement notre façon habituelle de faire les choses, et il est là pour nous rattraper. Chacun a fait de son mieux avec ce qu’il savait à ce moment-là.</translation>
    </message>
    <message>
        <source>Where did our processes help us, and where did they let us down?
Did we follow them? If not, why not?
What can we change so this category of problem cannot happen again?
What can we change so we recover faster from what is out of our control?
What went well? Where did we get lucky?</source>
        <translation>Où nos processus nous ont-ils aidés, et où nous ont-ils fait défaut&#xa0;?
Les avons-nous suivis&#xa0;? Sinon, pourquoi&#xa0;?
Que pouvons-nous changer pour que ce type de problème ne puisse plus se reproduire&#xa0;?
Que pouvons-nous changer pour nous rétablir plus vite de ce qui échappe à notre contrôle&#xa0;?
Qu’est-ce qui a bien marché&#xa0;? Où avons-nous eu de la chance&#xa0;?</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonnée</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Pas encore revue</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>Toujours ouverte</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>Mon équipe</translation>
    </message>
</context>
<context>
    <name>DueDateEdit</name>
    <message>
        <source>Type a date such as 7 Dec, +3d, +2w, tomorrow or next fri, or press Alt+Down for a calendar. Up and Down change the day. Empty means no date.</source>
        <translation>Tapez une date comme 7 déc, +3j, +2s, demain ou vendredi prochain, ou appuyez sur Alt+Down pour un calendrier. Haut et Bas changent le jour. Vide&#xa0;: pas de date.</translation>
    </message>
    <message>
        <source>Pick from a calendar</source>
        <translation>Choisir dans le calendrier</translation>
    </message>
    <message>
        <source>Pick from a calendar (Alt+Down)</source>
        <translation>Choisir dans le calendrier (Alt+Down)</translation>
    </message>
    <message>
        <source>“%1” is not a date. Try 7 Dec, +3d, next fri or tomorrow, or press Alt+Down for a calendar.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date. Essayez 7 déc, +3j, vendredi prochain ou demain, ou appuyez sur Alt+Down pour un calendrier.</translation>
    </message>
    <message>
        <source>(no date)</source>
        <translation>(sans date)</translation>
    </message>
    <message>
        <source>Due date calendar</source>
        <translation>Calendrier de l’échéance</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>There is no session %1 in “%2”; candor --list shows the sessions.</source>
        <translation>Il n’y a pas de séance %1 dans «&#xa0;%2&#xa0;»&#xa0;; candor --list affiche les séances.</translation>
    </message>
    <message>
        <source>Cannot write “%1”.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;».</translation>
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
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Uniquement en retard</translation>
    </message>
    <message>
        <source>Follow-up: actions of every session</source>
        <translation>Suivi&#xa0;: actions de toutes les séances</translation>
    </message>
    <message>
        <source>Any owner</source>
        <translation>Tous les responsables</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Filtre par responsable</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Reste à faire</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre par statut</translation>
    </message>
    <message>
        <source>Session filter</source>
        <translation>Filtre par séance</translation>
    </message>
    <message>
        <source>Actions to follow up</source>
        <translation>Actions à suivre</translation>
    </message>
    <message>
        <source>F2 edits owner, due date or status; Enter opens the session</source>
        <translation>F2 modifie le responsable, l’échéance ou le statut&#xa0;; Entrée ouvre la séance</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>Sess&amp;ion:</source>
        <translation>Séan&amp;ce&#xa0;:</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>Toutes les séances</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) shown</source>
        <translation>
            <numerusform>%n action affichée</numerusform>
            <numerusform>%n actions affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <source>Back to where you were (Esc)</source>
        <translation>Revenir là où vous étiez (Échap)</translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation>Filtre par équipe</translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import Sessions</source>
        <translation>Importer des séances</translation>
    </message>
    <message>
        <source>From “%1”</source>
        <translation>Depuis «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Exported %1 by Candor %2.</source>
        <translation>Exporté le %1 par Candor %2.</translation>
    </message>
    <message>
        <source>A whole Candor database: choose the sessions to take from it.</source>
        <translation>Une base de données Candor entière&#xa0;: choisissez les séances à en reprendre.</translation>
    </message>
    <message>
        <source>&amp;Sessions (Space chooses):</source>
        <translation>&amp;Séances (Espace choisit)&#xa0;:</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Sessions in the file</source>
        <translation>Séances du fichier</translation>
    </message>
    <message>
        <source>Changed &amp;here and in the file since they last matched; tick those to take from the file:</source>
        <translation>&amp;Modifiés ici et dans le fichier depuis leur dernière concordance&#xa0;; cochez ceux à reprendre du fichier&#xa0;:</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Ici</translation>
    </message>
    <message>
        <source>In the file</source>
        <translation>Dans le fichier</translation>
    </message>
    <message>
        <source>Rows changed on both sides</source>
        <translation>Éléments modifiés des deux côtés</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Deleted here: left alone</source>
        <translation>Supprimée ici&#xa0;: laissée telle quelle</translation>
    </message>
    <message>
        <source>New here: added</source>
        <translation>Nouvelle ici&#xa0;: ajoutée</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) added</source>
        <translation>
            <numerusform>%n élément ajouté</numerusform>
            <numerusform>%n éléments ajoutés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n taken from the file</source>
        <translation>
            <numerusform>%n repris du fichier</numerusform>
            <numerusform>%n repris du fichier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n to decide</source>
        <translation>
            <numerusform>%n à décider</numerusform>
            <numerusform>%n à décider</numerusform>
        </translation>
    </message>
    <message>
        <source>Already here, the same</source>
        <translation>Déjà ici, identique</translation>
    </message>
    <message numerus="yes">
        <source>adds %n session(s)</source>
        <translation>
            <numerusform>ajoute %n séance</numerusform>
            <numerusform>ajoute %n séances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>adds %n row(s) to sessions already here</source>
        <translation>
            <numerusform>ajoute %n élément aux séances déjà présentes</numerusform>
            <numerusform>ajoute %n éléments aux séances déjà présentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>takes %n change(s) from the file</source>
        <translation>
            <numerusform>reprend %n modification du fichier</numerusform>
            <numerusform>reprend %n modifications du fichier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>keeps %n changed on both sides as it is here</source>
        <translation>
            <numerusform>laisse %n élément modifié des deux côtés tel qu’il est ici</numerusform>
            <numerusform>laisse %n éléments modifiés des deux côtés tels qu’ils sont ici</numerusform>
        </translation>
    </message>
    <message>
        <source>No session chosen: nothing to import.</source>
        <translation>Aucune séance choisie&#xa0;: rien à importer.</translation>
    </message>
    <message>
        <source>Nothing to import: this database already holds all of it.</source>
        <translation>Rien à importer&#xa0;: cette base de données contient déjà tout.</translation>
    </message>
    <message>
        <source>Importing %1. One undo takes it all back.</source>
        <translation>L’importation %1. Une seule annulation défait le tout.</translation>
    </message>
    <message numerus="yes">
        <source>%n left as here</source>
        <translation>
            <numerusform>%n laissé tel qu’ici</numerusform>
            <numerusform>%n laissés tels qu’ici</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>leaves %n as they are here</source>
        <translation>
            <numerusform>laisse %n élément tel qu’il est ici</numerusform>
            <numerusform>laisse %n éléments tels qu’ils sont ici</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceGuard</name>
    <message>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <source>Candor (process %1 on %2)</source>
        <translation>Candor (processus %1 sur %2)</translation>
    </message>
    <message>
        <source>Candor cannot lock the database: “%1”, where it keeps its lock file, is a folder or something else that is not a file. Move or remove it, then start Candor again.</source>
        <translation>Candor ne peut pas verrouiller la base de données&#xa0;: «&#xa0;%1&#xa0;», où il conserve son fichier de verrou, est un dossier ou autre chose qu’un fichier. Déplacez-le ou supprimez-le, puis relancez Candor.</translation>
    </message>
    <message>
        <source>The lock file “%1” was left by a copy of Candor that is no longer running, and it cannot be removed (%2). Remove it, then start Candor again.</source>
        <translation>Le fichier de verrou «&#xa0;%1&#xa0;» a été laissé par une instance de Candor qui ne tourne plus, et il ne peut pas être supprimé (%2). Supprimez-le, puis relancez Candor.</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message numerus="yes">
        <source>%1, and %n more problem(s)</source>
        <translation>
            <numerusform>%1, et %n autre problème</numerusform>
            <numerusform>%1, et %n autres problèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveCommands</name>
    <message>
        <source>Edit session</source>
        <translation>Modifier la séance</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>Ajouter %1</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Retirer %1</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Modifier le participant</translation>
    </message>
    <message>
        <source>Change the seat order</source>
        <translation>Changer l’ordre des places</translation>
    </message>
    <message>
        <source>Next turn</source>
        <translation>Personne suivante</translation>
    </message>
    <message>
        <source>Record “%1”</source>
        <translation>Enregistrer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Merge concerns</source>
        <translation>Fusionner des préoccupations</translation>
    </message>
    <message>
        <source>Edit concern</source>
        <translation>Modifier la préoccupation</translation>
    </message>
    <message>
        <source>Add timeline entry</source>
        <translation>Ajouter une entrée à la chronologie</translation>
    </message>
    <message>
        <source>Remove timeline entry</source>
        <translation>Retirer une entrée de la chronologie</translation>
    </message>
    <message>
        <source>Edit timeline entry</source>
        <translation>Modifier une entrée de la chronologie</translation>
    </message>
    <message>
        <source>Concern text</source>
        <translation>Texte de la préoccupation</translation>
    </message>
    <message>
        <source>Raised hands</source>
        <translation>Mains levées</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Avoidance</source>
        <translation>Prévention</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause racine</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Mesures d’atténuation</translation>
    </message>
    <message>
        <source>Mark discussed</source>
        <translation>Marquer comme discutée</translation>
    </message>
    <message>
        <source>Mark not discussed</source>
        <translation>Marquer comme non discutée</translation>
    </message>
    <message>
        <source>Choose team</source>
        <translation>Choisir l’équipe</translation>
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
        <translation>Rechercher dans les titres des séances (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search session titles</source>
        <translation>Rechercher dans les titres des séances</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>New &amp;Pre-mortem</source>
        <translation>Nouveau &amp;pré-mortem</translation>
    </message>
    <message>
        <source>Start a session before a launch: imagine it failed</source>
        <translation>Commencer une séance avant un lancement&#xa0;: imaginez qu’il a échoué</translation>
    </message>
    <message>
        <source>New P&amp;ost-mortem</source>
        <translation>Nouveau po&amp;st-mortem</translation>
    </message>
    <message>
        <source>Start a blameless review of an incident or project</source>
        <translation>Commencer une analyse sans reproche d’un incident ou d’un projet</translation>
    </message>
    <message>
        <source>&amp;Open Session</source>
        <translation>&amp;Ouvrir la séance</translation>
    </message>
    <message>
        <source>&amp;Close Session</source>
        <translation>&amp;Fermer la séance</translation>
    </message>
    <message>
        <source>D&amp;uplicate Session</source>
        <translation>D&amp;upliquer la séance</translation>
    </message>
    <message>
        <source>Copy participants, timeboxes and prompts into a new session, without concerns</source>
        <translation>Copier les participants, les durées allouées et les consignes dans une nouvelle séance, sans les préoccupations</translation>
    </message>
    <message>
        <source>Re&amp;name Session</source>
        <translation>Re&amp;nommer la séance</translation>
    </message>
    <message>
        <source>&amp;Delete Session</source>
        <translation>&amp;Supprimer la séance</translation>
    </message>
    <message>
        <source>&amp;Find Session</source>
        <translation>Rec&amp;hercher une séance</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Follow-up of All Actions</source>
        <translation>&amp;Suivi de toutes les actions</translation>
    </message>
    <message>
        <source>Every open action of every session, with filters</source>
        <translation>Toutes les actions ouvertes de toutes les séances, avec des filtres</translation>
    </message>
    <message>
        <source>&amp;About Candor</source>
        <translation>À &amp;propos de Candor</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Export Summary</source>
        <translation>E&amp;xporter le compte rendu</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Sessio&amp;n</source>
        <translation>Séa&amp;nce</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>Follow-up — Candor</source>
        <translation>Suivi — Candor</translation>
    </message>
    <message>
        <source>%1 — Candor</source>
        <translation>%1 — Candor</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicated “%1” with its participants, timeboxes and prompts.</source>
        <translation>Séance «&#xa0;%1&#xa0;» dupliquée avec ses participants, ses durées allouées et ses consignes.</translation>
    </message>
    <message>
        <source>Delete the session “%1”?</source>
        <translation>Supprimer la séance «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>It holds %1 and %2. You can undo the deletion with %3 until Candor is closed.</source>
        <translation>Elle contient %1 et %2. Vous pouvez annuler la suppression avec %3 tant que Candor n’est pas fermé.</translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s)</source>
        <translation>
            <numerusform>%n préoccupation</numerusform>
            <numerusform>%n préoccupations</numerusform>
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
        <translation>Supprimer la séance</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Deleted “%1”. Undo brings it back.</source>
        <translation>Séance «&#xa0;%1&#xa0;» supprimée. Annuler la fait revenir.</translation>
    </message>
    <message>
        <source>No sessions yet.
Press %1 for a pre-mortem or %2 for a post-mortem.</source>
        <translation>Aucune séance pour l’instant.
Appuyez sur %1 pour un pré-mortem ou sur %2 pour un post-mortem.</translation>
    </message>
    <message>
        <source>No session title contains “%1”.</source>
        <translation>Aucun titre de séance ne contient «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>About Candor</source>
        <translation>À propos de Candor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Guides a facilitator through pre-mortem and post-mortem sessions: timed private writing, round-robin sharing, hand counts, discussion and follow-up actions.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Candor %1&lt;/h3&gt;&lt;p&gt;Guide l’animation de séances de pré-mortem et de post-mortem&#xa0;: écriture individuelle minutée, partage à tour de rôle, décompte des mains levées, discussion et actions de suivi.&lt;/p&gt;&lt;p&gt;Base de données&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Presentation Window</source>
        <translation>&amp;Fenêtre de présentation</translation>
    </message>
    <message>
        <source>A second window with only what the room should see, for the projector</source>
        <translation>Une seconde fenêtre avec seulement ce que la salle doit voir, pour le projecteur</translation>
    </message>
    <message>
        <source>Presentation &amp;Full Screen</source>
        <translation>Présentation en &amp;plein écran</translation>
    </message>
    <message>
        <source>Presentation Zoom &amp;In</source>
        <translation>Zoom &amp;avant sur la présentation</translation>
    </message>
    <message>
        <source>Presentation Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière sur la présentation</translation>
    </message>
    <message>
        <source>Presentation &amp;Actual Size</source>
        <translation>Présentation en &amp;taille réelle</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Second Screen</source>
        <translation>Second écran</translation>
    </message>
    <message>
        <source>Show the presentation full screen on “%1” and keep the controls on this screen?</source>
        <translation>Afficher la présentation en plein écran sur «&#xa0;%1&#xa0;» et garder les commandes sur cet écran&#xa0;?</translation>
    </message>
    <message>
        <source>Use “%1”</source>
        <translation>Utiliser «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Settings saved. The new language or database file is used from the next start.</source>
        <translation>Paramètres enregistrés. La nouvelle langue ou le nouveau fichier de base de données sera utilisé au prochain démarrage.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <source>New %1</source>
        <translation>Nouvelle séance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Before a launch or a milestone: the team imagines it has failed and says why, so there is time to prevent it.</source>
        <translation>Avant un lancement ou un jalon&#xa0;: l’équipe imagine que tout a échoué et dit pourquoi, pour avoir encore le temps de l’éviter.</translation>
    </message>
    <message>
        <source>After an incident or a project: a blameless look at what happened, what helped, what let us down and what to change.</source>
        <translation>Après un incident ou un projet&#xa0;: un regard sans reproche sur ce qui s’est passé, ce qui a aidé, ce qui nous a fait défaut et ce qu’il faut changer.</translation>
    </message>
    <message>
        <source>&amp;Next Page on Presentation</source>
        <translation>Page s&amp;uivante de la présentation</translation>
    </message>
    <message>
        <source>Pre&amp;vious Page on Presentation</source>
        <translation>Page pré&amp;cédente de la présentation</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré dans %2.</translation>
    </message>
    <message>
        <source>Open Folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;How a Session Runs</source>
        <translation>&amp;Déroulement d’une séance</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
    <message>
        <source>Set-up: seat the people who take part, in the order they will speak. Check the planned length and the timeboxes.</source>
        <translation>Préparation&#xa0;: placez les participants dans l’ordre où ils prendront la parole. Vérifiez la durée prévue et les durées allouées.</translation>
    </message>
    <message>
        <source>Scene: read the framing aloud. A pre-mortem imagines the project has failed; a post-mortem records what happened, without blame.</source>
        <translation>Scénario&#xa0;: lisez le scénario à voix haute. Un pré-mortem imagine que le projet a échoué&#xa0;; un post-mortem consigne ce qui s’est passé, sans reproche.</translation>
    </message>
    <message>
        <source>Writing: about ten minutes of private writing, each on their own paper or device. The shared screen shows only the prompts and the countdown (F5).</source>
        <translation>Écriture&#xa0;: une dizaine de minutes d’écriture individuelle, chacun sur son papier ou son appareil. L’écran partagé n’affiche que les consignes et le compte à rebours (F5).</translation>
    </message>
    <message>
        <source>Sharing: go round the table; each person shares the one thing that worries them most. Everyone who wrote the same raises a hand. Type a short summary, set the hands (Up, Down or Alt+digit) and press Enter. Stop early enough to leave time for discussion.</source>
        <translation>Partage&#xa0;: faites le tour de la table&#xa0;; chaque personne partage la chose qui l’inquiète le plus. Tous ceux qui ont écrit la même chose lèvent la main. Tapez un court résumé, réglez le nombre de mains (Haut, Bas ou Alt+chiffre) et appuyez sur Entrée. Arrêtez assez tôt pour laisser du temps à la discussion.</translation>
    </message>
    <message>
        <source>Ranked: what most people wrote comes first.</source>
        <translation>Classement&#xa0;: ce que le plus de personnes ont écrit vient en premier.</translation>
    </message>
    <message>
        <source>Discussion: most written first, ask how it could have been avoided, ask why five times to reach the root cause, and agree what to do (Ctrl+Shift+A adds an action).</source>
        <translation>Discussion&#xa0;: en commençant par les plus écrites, demandez comment on aurait pu l’éviter, demandez cinq fois «&#xa0;pourquoi&#xa0;» pour remonter à la cause racine, et convenez de ce qu’il faut faire (Ctrl+Shift+A ajoute une action).</translation>
    </message>
    <message>
        <source>Actions: put them in order, mark what is done right away, give each an owner and a due date.</source>
        <translation>Actions&#xa0;: mettez-les dans l’ordre, marquez ce qui est traité immédiatement, donnez à chacune un responsable et une échéance.</translation>
    </message>
    <message>
        <source>Summary: print it or export it. Nobody is named next to a concern unless the session chose to attribute them.</source>
        <translation>Compte rendu&#xa0;: imprimez-le ou exportez-le. Personne n’est nommé à côté d’une préoccupation, sauf si la séance a choisi d’indiquer qui l’a partagée.</translation>
    </message>
    <message>
        <source>A session runs in these steps; Ctrl+PgDown moves to the next one.</source>
        <translation>Une séance suit ces étapes&#xa0;; Ctrl+PgDown passe à la suivante.</translation>
    </message>
    <message>
        <source>Thank everyone for their honesty at the end.</source>
        <translation>À la fin, remerciez tout le monde pour sa franchise.</translation>
    </message>
    <message>
        <source>How a Session Runs</source>
        <translation>Déroulement d’une séance</translation>
    </message>
    <message>
        <source>Nothing was changed. Anything you typed is still where you typed it; try again once the problem is solved.</source>
        <translation>Rien n’a été modifié. Ce que vous avez saisi est toujours là où vous l’avez saisi&#xa0;; réessayez une fois le problème résolu.</translation>
    </message>
    <message>
        <source>Team filter</source>
        <translation>Filtre par équipe</translation>
    </message>
    <message>
        <source>Show the sessions of one team; a new session goes into it</source>
        <translation>Afficher les séances d’une équipe&#xa0;; une nouvelle séance y est rangée</translation>
    </message>
    <message>
        <source>Tea&amp;m:</source>
        <translation>É&amp;quipe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>&amp;Restaurer depuis une sauvegarde…</translation>
    </message>
    <message>
        <source>Replace every session with those of an automatic backup</source>
        <translation>Remplacer toutes les séances par celles d’une sauvegarde automatique</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Toutes les équipes</translation>
    </message>
    <message>
        <source>The team “%1” has no sessions yet. %2 makes one in it.</source>
        <translation>L’équipe «&#xa0;%1&#xa0;» n’a pas encore de séance. %2 en crée une dans cette équipe.</translation>
    </message>
    <message>
        <source>The database is as it was.</source>
        <translation>La base de données est restée telle quelle.</translation>
    </message>
    <message numerus="yes">
        <source>Restored the backup from %1 with its %n session(s). The database as it was before is kept as a backup too; File ▸ Restore from Backup… brings it back.</source>
        <translation>
            <numerusform>La sauvegarde du %1 a été restaurée, avec %n séance. La base de données telle qu’elle était avant est elle aussi conservée comme sauvegarde&#xa0;; Fichier ▸ Restaurer depuis une sauvegarde… la fait revenir.</numerusform>
            <numerusform>La sauvegarde du %1 a été restaurée, avec %n séances. La base de données telle qu’elle était avant est elle aussi conservée comme sauvegarde&#xa0;; Fichier ▸ Restaurer depuis une sauvegarde… la fait revenir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replace every session in the database with the %n session(s) of the backup from %1?</source>
        <translation>
            <numerusform>Remplacer toutes les séances de la base de données par celles de la sauvegarde du %1 (%n séance)&#xa0;?</numerusform>
            <numerusform>Remplacer toutes les séances de la base de données par celles de la sauvegarde du %1 (%n séances)&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>The database as it is now is backed up first, so this can be undone by restoring that backup. Undo (%1) cannot reach back past the restore: the window opens afresh on the restored sessions.</source>
        <translation>La base de données dans son état actuel est d’abord sauvegardée&#xa0;: on peut donc revenir en arrière en restaurant cette sauvegarde. Annuler (%1) ne remonte pas au-delà de la restauration&#xa0;: la fenêtre se rouvre sur les séances restaurées.</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>A database on a PostgreSQL server is backed up by its server</source>
        <translation>Une base sur un serveur PostgreSQL est sauvegardée par son serveur</translation>
    </message>
</context>
<context>
    <name>NewActionDialog</name>
    <message>
        <source>New Action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>What will be done?</source>
        <translation>Que va-t-on faire&#xa0;?</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Due date in words</source>
        <translation>Échéance en toutes lettres</translation>
    </message>
    <message>
        <source>&amp;What will be done:</source>
        <translation>Ce qui sera &amp;fait&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Due:</source>
        <translation>É&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>An action needs a text: say what will be done.</source>
        <translation>Une action a besoin d’un texte&#xa0;: dites ce qui sera fait.</translation>
    </message>
    <message>
        <source>not a date yet</source>
        <translation>pas encore une date</translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>Cannot write “%1”: it is the database Candor has open (“%2”), or a file kept with it, and writing there would destroy it. Choose another file.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: c’est la base de données ouverte par Candor («&#xa0;%2&#xa0;»), ou un fichier qui l’accompagne, et y écrire la détruirait. Choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is a folder. Choose a file name.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: c’est un dossier. Choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: it is a device or a pipe, not a file. Choose a file name.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: c’est un périphérique ou un tube, pas un fichier. Choisissez un nom de fichier.</translation>
    </message>
    <message>
        <source>Cannot write “%1”: %2</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>OwnerEdit</name>
    <message>
        <source>(unassigned)</source>
        <translation>(non attribuée)</translation>
    </message>
</context>
<context>
    <name>ParticipantModel</name>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Two participants are called “%1”. Give one a role or an initial so the room can tell them apart.</source>
        <translation>Deux participants s’appellent «&#xa0;%1&#xa0;». Donnez à l’un d’eux un rôle ou une initiale pour que la salle puisse les distinguer.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Add the usual participants</source>
        <translation>Ajouter les participants habituels</translation>
    </message>
</context>
<context>
    <name>PasswordDialog</name>
    <message>
        <source>Log In to the Team Database</source>
        <translation>Connexion à la base de données de l’équipe</translation>
    </message>
    <message>
        <source>If the server asks for a password, type it here. Candor uses it for this run only and keeps it nowhere; for the next start, ~/.pgpass or a service file can hold it.</source>
        <translation>Si le serveur demande un mot de passe, saisissez-le ici. Candor ne l’utilise que pour cette session et ne le conserve nulle part&#xa0;; pour le prochain démarrage, ~/.pgpass ou un fichier de service peut le garder.</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Log In</source>
        <translation>&amp;Se connecter</translation>
    </message>
</context>
<context>
    <name>PostgresqlServer</name>
    <message>
        <source>Cannot open “%1”: Qt&apos;s PostgreSQL driver is not installed (on Debian, the package libqt6sql6-psql). Nothing was created or changed.</source>
        <translation>Impossible d’ouvrir «&#xa0;%1&#xa0;»&#xa0;: le pilote PostgreSQL de Qt n’est pas installé (sous Debian, le paquet libqt6sql6-psql). Rien n’a été créé ni modifié.</translation>
    </message>
    <message>
        <source>Cannot open the PostgreSQL database “%1”: %2 Nothing was created or changed.</source>
        <translation>Impossible d’ouvrir la base PostgreSQL «&#xa0;%1&#xa0;»&#xa0;: %2 Rien n’a été créé ni modifié.</translation>
    </message>
    <message>
        <source>“%1” gives this login no schema to work in (its search_path is empty or names no schema it may use). Nothing was created or changed.</source>
        <translation>«&#xa0;%1&#xa0;» ne donne à cette connexion aucun schéma où travailler (son search_path est vide ou ne nomme aucun schéma qu’elle peut utiliser). Rien n’a été créé ni modifié.</translation>
    </message>
    <message>
        <source>Cannot look into the PostgreSQL database “%1”: %2 Nothing was created or changed.</source>
        <translation>Impossible d’examiner la base PostgreSQL «&#xa0;%1&#xa0;»&#xa0;: %2 Rien n’a été créé ni modifié.</translation>
    </message>
    <message>
        <source>“%1” is empty, and this login may not create tables in its schema “%2”. An administrator grants that (see Candor&apos;s README). Nothing was created or changed.</source>
        <translation>«&#xa0;%1&#xa0;» est vide, et cette connexion ne peut pas créer de tables dans son schéma «&#xa0;%2&#xa0;». Un administrateur peut l’accorder (voir le README de Candor). Rien n’a été créé ni modifié.</translation>
    </message>
    <message>
        <source>“%1” holds another program&apos;s tables (%2), so Candor leaves it alone. Give Candor an empty database of its own. Nothing was created or changed.</source>
        <translation>«&#xa0;%1&#xa0;» contient les tables d’un autre programme (%2)&#xa0;; Candor n’y touche pas. Donnez à Candor une base vide à lui. Rien n’a été créé ni modifié.</translation>
    </message>
    <message>
        <source>“%1” was set up by a newer Candor (schema %2; it needs Candor %3 or newer). This Candor knows schema %4. Nothing was changed.</source>
        <translation>«&#xa0;%1&#xa0;» a été installée par un Candor plus récent (schéma %2&#xa0;; il faut Candor %3 ou plus récent). Ce Candor connaît le schéma %4. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(inconnu)</translation>
    </message>
    <message>
        <source>This login may not read and change every table of Candor&apos;s in “%1”. An administrator grants that (see Candor&apos;s README). Nothing was changed.</source>
        <translation>Cette connexion ne peut pas lire et modifier toutes les tables de Candor dans «&#xa0;%1&#xa0;». Un administrateur peut l’accorder (voir le README de Candor). Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Candor — Presentation</source>
        <translation>Candor — Présentation</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Writing prompts</source>
        <translation>Consignes d’écriture</translation>
    </message>
    <message>
        <source>Whose turn it is</source>
        <translation>À qui c’est le tour</translation>
    </message>
    <message>
        <source>Last concern</source>
        <translation>Dernière préoccupation</translation>
    </message>
    <message>
        <source>People who wrote the last concern</source>
        <translation>Personnes qui ont écrit la dernière préoccupation</translation>
    </message>
    <message>
        <source>Concerns shared</source>
        <translation>Préoccupations partagées</translation>
    </message>
    <message>
        <source>Concerns, most written first</source>
        <translation>Préoccupations, les plus écrites en premier</translation>
    </message>
    <message>
        <source>Position in the ranking</source>
        <translation>Position dans le classement</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Préoccupation</translation>
    </message>
    <message>
        <source>People who wrote it</source>
        <translation>Personnes qui l’ont écrite</translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation>Cinq pourquoi</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Writing time left</source>
        <translation>Temps d’écriture restant</translation>
    </message>
    <message>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <source>The session appears here when it is opened.</source>
        <translation>La séance s’affiche ici dès qu’elle est ouverte.</translation>
    </message>
    <message>
        <source>%1 · Looking back at last time&apos;s actions</source>
        <translation>%1 · Retour sur les actions de la dernière fois</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Détection</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message numerus="yes">
        <source>%n people wrote this</source>
        <translation>
            <numerusform>%n personne l’a écrite</numerusform>
            <numerusform>%n personnes l’ont écrite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s) shared</source>
        <translation>
            <numerusform>%n préoccupation partagée</numerusform>
            <numerusform>%n préoccupations partagées</numerusform>
        </translation>
    </message>
    <message>
        <source>Concern %1 of %2</source>
        <translation>Préoccupation %1 sur %2</translation>
    </message>
    <message>
        <source>No scene written yet</source>
        <translation>Aucun scénario rédigé pour l’instant</translation>
    </message>
    <message>
        <source>Label of the last concern</source>
        <translation>Étiquette de la dernière préoccupation</translation>
    </message>
    <message>
        <source>No concerns yet</source>
        <translation>Aucune préoccupation pour l’instant</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>Aucune action pour l’instant</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>a timeline entry: when, then what happened</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Write down privately what worries you.</source>
        <translation>Notez en privé ce qui vous inquiète.</translation>
    </message>
    <message>
        <source>Write privately: nobody&apos;s notes appear on this screen</source>
        <translation>Écrivez en privé&#xa0;: les notes de chacun n’apparaissent jamais sur cet écran</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>how many wrote a concern, then a note on it</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>duplicates merged</source>
        <translation>doublons fusionnés</translation>
    </message>
    <message>
        <source>Just shared by %1</source>
        <translation>Vient d’être partagée par %1</translation>
    </message>
    <message>
        <source>Just shared</source>
        <translation>Vient d’être partagée</translation>
    </message>
    <message>
        <source>shared by %1</source>
        <translation>partagée par %1</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separates the details of a concern</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Nothing to discuss yet</source>
        <translation>Rien à discuter pour l’instant</translation>
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
        <translation>Cause racine</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Mesures d’atténuation</translation>
    </message>
    <message>
        <source>Right away</source>
        <translation>Immédiat</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance le %1</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source> · </source>
        <comment>separates the details of an action</comment>
        <translation> · </translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
</context>
<context>
    <name>RankedPage</name>
    <message>
        <source>Ranked by how many people wrote each concern</source>
        <translation>Classement selon le nombre de personnes qui ont écrit chaque préoccupation</translation>
    </message>
    <message>
        <source>Ranked concerns</source>
        <translation>Préoccupations classées</translation>
    </message>
    <message>
        <source>Show category</source>
        <translation>Afficher la catégorie</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>&amp;Voir&#xa0;:</translation>
    </message>
    <message>
        <source>No concerns in this category.</source>
        <translation>Aucune préoccupation dans cette catégorie.</translation>
    </message>
    <message>
        <source>No concerns yet. They appear here as people share them, the most written first.</source>
        <translation>Aucune préoccupation pour l’instant. Elles apparaissent ici au fil du partage, les plus écrites en premier.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Import Sessions…</source>
        <translation>&amp;Importer des séances…</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>Restaurer depuis une sauvegarde</translation>
    </message>
    <message>
        <source>Candor keeps a backup from the first start of each day and from quitting after changes: the newest of each of the last %1 days it was used and of the last %2 weeks, in %3.</source>
        <translation>Candor fait une sauvegarde au premier démarrage de chaque jour et en quittant après des modifications&#xa0;: il garde la plus récente de chacun des %1 derniers jours d’utilisation et des %2 dernières semaines, dans %3.</translation>
    </message>
    <message>
        <source>Restoring replaces every session with those in the backup; the database as it is now is backed up first.</source>
        <translation>La restauration remplace toutes les séances par celles de la sauvegarde&#xa0;; la base de données dans son état actuel est d’abord sauvegardée.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The database as it was before a restore</source>
        <translation>La base de données avant une restauration</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Il n’y a encore aucune sauvegarde.</translation>
    </message>
    <message>
        <source>Choose sessions from this backup and bring them back, leaving everything else as it is</source>
        <translation>Choisir des séances de cette sauvegarde et les faire revenir, en laissant tout le reste tel quel</translation>
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
        <translation>Séance d’origine</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review the open actions of earlier sessions</source>
        <translation>Revue des actions ouvertes des séances précédentes</translation>
    </message>
    <message>
        <source>For each: Ctrl+1 done, Ctrl+2 still open, Ctrl+3 dropped. F2 corrects the owner or the due date. Ctrl+PgDown moves on to the set-up.</source>
        <translation>Pour chacune&#xa0;: Ctrl+1 terminée, Ctrl+2 toujours ouverte, Ctrl+3 abandonnée. F2 corrige le responsable ou l’échéance. Ctrl+PgDown passe à la préparation.</translation>
    </message>
    <message>
        <source>Open actions of earlier sessions</source>
        <translation>Actions ouvertes des séances précédentes</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>%1 sur %2 revues</translation>
    </message>
</context>
<context>
    <name>ScenePage</name>
    <message>
        <source>&amp;Save as My Template…</source>
        <translation>Enre&amp;gistrer comme mon modèle…</translation>
    </message>
    <message>
        <source>Save as My Template</source>
        <translation>Enregistrer comme mon modèle</translation>
    </message>
    <message>
        <source>Name of the template, for choosing it next time:</source>
        <translation>Nom du modèle, pour le choisir la prochaine fois&#xa0;:</translation>
    </message>
    <message>
        <source>Set the scene</source>
        <translation>Présenter le scénario</translation>
    </message>
    <message>
        <source>Read the scene aloud, then walk the room through what happened and the timeline before private writing starts.</source>
        <translation>Lisez le scénario à voix haute, puis présentez à la salle ce qui s’est passé et la chronologie avant le début de l’écriture individuelle.</translation>
    </message>
    <message>
        <source>Read the scene aloud, slowly and in the past tense, then start private writing.</source>
        <translation>Lisez le scénario à voix haute, lentement et au passé, puis lancez l’écriture individuelle.</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Replace the scene and the writing prompts with a template; Ctrl+Z brings your text back</source>
        <translation>Remplacer le scénario et les consignes d’écriture par un modèle&#xa0;; Ctrl+Z rétablit votre texte</translation>
    </message>
    <message>
        <source>Your own wording</source>
        <translation>Votre propre formulation</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>M&amp;odèle&#xa0;:</translation>
    </message>
    <message>
        <source>Keep this scene and these prompts as a template for your next sessions</source>
        <translation>Garder ce scénario et ces consignes comme modèle pour vos prochaines séances</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Writing prompts</source>
        <translation>Consignes d’écriture</translation>
    </message>
    <message>
        <source>S&amp;cene — read this aloud</source>
        <translation>Scénario — à lire à &amp;voix haute</translation>
    </message>
    <message>
        <source>Writing pr&amp;ompts — shown during private writing</source>
        <translation>&amp;Consignes d’écriture — affichées pendant l’écriture individuelle</translation>
    </message>
    <message>
        <source>Blameless: we look at processes, not people. Describe what happened, not who is to blame.</source>
        <translation>Sans reproche&#xa0;: nous examinons les processus, pas les personnes. Décrivez ce qui s’est passé, pas qui est à blâmer.</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>Ce &amp;qui s’est passé&#xa0;:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>&amp;Impact:</source>
        <translation>Impac&amp;t&#xa0;:</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>How it was &amp;detected:</source>
        <translation>Comm&amp;ent il a été détecté&#xa0;:</translation>
    </message>
    <message>
        <source>How it was detected</source>
        <translation>Comment il a été détecté</translation>
    </message>
    <message>
        <source>How it was &amp;resolved:</source>
        <translation>Comment il a été résol&amp;u&#xa0;:</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>Comment il a été résolu</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Remove Entry</source>
        <translation>Retirer l’entrée</translation>
    </message>
    <message>
        <source>F2 edits an entry, Delete removes it</source>
        <translation>F2 modifie une entrée, Suppr la retire</translation>
    </message>
    <message>
        <source>Time of the new timeline entry</source>
        <translation>Heure de la nouvelle entrée de la chronologie</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>What happened at that time</source>
        <translation>Ce qui s’est passé à ce moment-là</translation>
    </message>
    <message>
        <source>What happened then — Enter adds it</source>
        <translation>Ce qui s’est passé alors — Entrée l’ajoute</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the entry to the timeline (Enter)</source>
        <translation>Ajouter l’entrée à la chronologie (Entrée)</translation>
    </message>
    <message>
        <source>The incident</source>
        <translation>L’incident</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <translation>Ch&amp;ronologie</translation>
    </message>
    <message>
        <source>Saved the template “%1” for your next sessions.</source>
        <translation>Modèle «&#xa0;%1&#xa0;» enregistré pour vos prochaines séances.</translation>
    </message>
</context>
<context>
    <name>SessionCommands</name>
    <message>
        <source>New %1</source>
        <translation>Nouvelle séance&#xa0;: %1</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Dupliquer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename to “%1”</source>
        <translation>Renommer en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>New team “%1”</source>
        <translation>Nouvelle équipe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Rename team to “%1”</source>
        <translation>Renommer l’équipe en «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SessionFile</name>
    <message>
        <source>none of those sessions exists any more</source>
        <translation>aucune de ces séances n’existe plus</translation>
    </message>
</context>
<context>
    <name>SessionFileCommand</name>
    <message>
        <source>The database “%1” is open in %2: export from its File ▸ Export Sessions…, or close it first.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» est ouverte dans %2&#xa0;: exportez depuis son menu Fichier ▸ Exporter des séances…, ou fermez-la d’abord.</translation>
    </message>
    <message>
        <source>There is no session %1 in “%2”; candor --list shows the sessions.</source>
        <translation>Il n’y a pas de séance %1 dans «&#xa0;%2&#xa0;»&#xa0;; candor --list affiche les séances.</translation>
    </message>
    <message>
        <source>The sessions were not exported: %1</source>
        <translation>Les séances n’ont pas été exportées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n session(s) to “%1”.</source>
        <translation>
            <numerusform>%n séance écrite dans «&#xa0;%1&#xa0;».</numerusform>
            <numerusform>%n séances écrites dans «&#xa0;%1&#xa0;».</numerusform>
        </translation>
    </message>
    <message>
        <source>The database “%1” is open in %2; “%3” was handed to it, which shows what importing it would do.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» est ouverte dans %2&#xa0;; «&#xa0;%3&#xa0;» lui a été transmis, et il y montre ce que ferait son importation.</translation>
    </message>
    <message>
        <source>The database “%1” is open in %2; import “%3” there, or close it first.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» est ouverte dans %2&#xa0;; importez-y «&#xa0;%3&#xa0;», ou fermez-la d’abord.</translation>
    </message>
    <message>
        <source>Nothing to import: “%1” holds nothing this database does not.</source>
        <translation>Rien à importer&#xa0;: «&#xa0;%1&#xa0;» ne contient rien que cette base de données ne contienne déjà.</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été importé&#xa0;: %2</translation>
    </message>
    <message>
        <source>deleted here, left alone</source>
        <translation>supprimée ici, laissée telle quelle</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajoutée</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Kept as it is here: %1 (here %2; in the file %3)</source>
        <translation>Conservé tel qu’il est ici&#xa0;: %1 (ici %2&#xa0;; dans le fichier %3)</translation>
    </message>
    <message>
        <source>%1 row(s) added, %2 taken from the file, %3 left as they are here, %4 changed on both sides kept as here</source>
        <translation>lignes ajoutées&#xa0;: %1, reprises du fichier&#xa0;: %2, laissées telles qu’ici&#xa0;: %3, modifiées des deux côtés et gardées telles qu’ici&#xa0;: %4</translation>
    </message>
</context>
<context>
    <name>SessionFileReader</name>
    <message>
        <source>“%1” does not exist.</source>
        <translation>«&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>“%1” is not a file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier.</translation>
    </message>
    <message>
        <source>“%1” is too large for a session file (%2; Candor imports files of up to %3).</source>
        <translation>«&#xa0;%1&#xa0;» est trop volumineux pour un fichier de séances (%2&#xa0;; Candor importe des fichiers jusqu’à %3).</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” is not a Candor session file.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un fichier de séances Candor.</translation>
    </message>
    <message>
        <source>“%1” is an SQLite file of another program, not a Candor session file.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier SQLite d’un autre programme, pas un fichier de séances Candor.</translation>
    </message>
    <message>
        <source>“%1” was written by a newer Candor (format %2); this one reads formats up to %3. Update Candor to import it.</source>
        <translation>«&#xa0;%1&#xa0;» a été écrit par une version plus récente de Candor (format %2)&#xa0;; celle-ci lit les formats jusqu’au %3. Mettez Candor à jour pour l’importer.</translation>
    </message>
    <message>
        <source>“%1” is incomplete: it is shorter than it says it is.</source>
        <translation>«&#xa0;%1&#xa0;» est incomplet&#xa0;: il est plus court qu’il ne l’indique.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: it could not be copied.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: le fichier n’a pas pu être copié.</translation>
    </message>
    <message>
        <source>“%1” is damaged and cannot be imported.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé et ne peut pas être importé.</translation>
    </message>
    <message>
        <source>“%1” holds something a Candor file does not (%2); it is not imported.</source>
        <translation>«&#xa0;%1&#xa0;» contient quelque chose qu’un fichier Candor ne contient pas (%2)&#xa0;; il n’est pas importé.</translation>
    </message>
    <message>
        <source>“%1” is missing part of what a Candor file holds.</source>
        <translation>Il manque à «&#xa0;%1&#xa0;» une partie de ce que contient un fichier Candor.</translation>
    </message>
    <message>
        <source>“%1” holds values Candor does not know; it is not imported.</source>
        <translation>«&#xa0;%1&#xa0;» contient des valeurs que Candor ne connaît pas&#xa0;; il n’est pas importé.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être lu&#xa0;: %2.</translation>
    </message>
    <message>
        <source>“%1” has rows that refer to rows it does not hold; it is not imported.</source>
        <translation>«&#xa0;%1&#xa0;» contient des éléments qui renvoient à des éléments qu’il ne contient pas&#xa0;; il n’est pas importé.</translation>
    </message>
    <message>
        <source>“%1” has a row without a proper identity; it is not imported.</source>
        <translation>«&#xa0;%1&#xa0;» contient un élément sans identité valable&#xa0;; il n’est pas importé.</translation>
    </message>
    <message>
        <source>“%1” has two rows with the same identity; it is not imported.</source>
        <translation>«&#xa0;%1&#xa0;» contient deux éléments ayant la même identité&#xa0;; il n’est pas importé.</translation>
    </message>
    <message>
        <source>“%1” has a row without a valid time of change; it is not imported.</source>
        <translation>«&#xa0;%1&#xa0;» contient un élément sans date de modification valable&#xa0;; il n’est pas importé.</translation>
    </message>
    <message>
        <source>“%1” holds a text longer than Candor accepts; it is not imported.</source>
        <translation>«&#xa0;%1&#xa0;» contient un texte plus long que ce que Candor accepte&#xa0;; il n’est pas importé.</translation>
    </message>
    <message>
        <source>“%1” holds no sessions.</source>
        <translation>«&#xa0;%1&#xa0;» ne contient aucune séance.</translation>
    </message>
    <message>
        <source>“%1” holds a value of the wrong kind (%2 in %3); it is not imported.</source>
        <translation>«&#xa0;%1&#xa0;» contient une valeur d’un type inattendu (%2 dans %3)&#xa0;; il n’est pas importé.</translation>
    </message>
</context>
<context>
    <name>SessionFlow</name>
    <message>
        <source>Use template “%1”</source>
        <translation>Utiliser le modèle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Make it a %1</source>
        <translation>Passer en %1</translation>
    </message>
    <message>
        <source>Type what %1 said before recording it.</source>
        <translation>Saisissez ce qu’a dit %1 avant de l’enregistrer.</translation>
    </message>
    <message>
        <source>Sharing was stopped. Resume it to record more concerns.</source>
        <translation>Le partage a été arrêté. Reprenez-le pour enregistrer d’autres préoccupations.</translation>
    </message>
    <message>
        <source>Sharing is complete: everyone present has nothing left.</source>
        <translation>Le partage est terminé&#xa0;: aucune personne présente n’a plus rien à partager.</translation>
    </message>
    <message>
        <source>The number of raised hands cannot be negative.</source>
        <translation>Le nombre de mains levées ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>%1 passes</source>
        <translation>%1 passe</translation>
    </message>
    <message>
        <source>%1 has nothing left</source>
        <translation>%1 n’a plus rien</translation>
    </message>
    <message>
        <source>%1 is back</source>
        <translation>%1 est de retour</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 a quitté la salle</translation>
    </message>
    <message>
        <source>Stop sharing</source>
        <translation>Arrêter le partage</translation>
    </message>
    <message>
        <source>Resume sharing</source>
        <translation>Reprendre le partage</translation>
    </message>
    <message numerus="yes">
        <source>Only %n other person(s) present: no more hands than that can go up.</source>
        <translation>
            <numerusform>Seulement %n autre personne présente&#xa0;: il ne peut pas y avoir plus de mains levées.</numerusform>
            <numerusform>Seulement %n autres personnes présentes&#xa0;: il ne peut pas y avoir plus de mains levées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start sharing</source>
        <translation>Commencer le partage</translation>
    </message>
    <message>
        <source>Not saved: %1. What you typed is still here; press Enter to try again.</source>
        <translation>Non enregistré&#xa0;: %1. Ce que vous avez tapé est toujours là&#xa0;; appuyez sur Entrée pour réessayer.</translation>
    </message>
</context>
<context>
    <name>SessionImport</name>
    <message>
        <source>Team “%1”</source>
        <translation>Équipe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Session “%1”</source>
        <translation>Séance «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Participant “%1”</source>
        <translation>Participant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Concern “%1”</source>
        <translation>Préoccupation «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Why “%1”</source>
        <translation>Pourquoi «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Action “%1”</source>
        <translation>Action «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Review of an earlier action</source>
        <translation>Revue d’une action précédente</translation>
    </message>
    <message>
        <source>Timeline entry “%1”</source>
        <translation>Entrée de la chronologie «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>title</source>
        <translation>titre</translation>
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
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>due date</source>
        <translation>échéance</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statut</translation>
    </message>
    <message>
        <source>priority</source>
        <translation>priorité</translation>
    </message>
    <message>
        <source>right away</source>
        <translation>immédiat</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <source>hands</source>
        <translation>mains levées</translation>
    </message>
    <message>
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>root cause</source>
        <translation>cause racine</translation>
    </message>
    <message>
        <source>mitigations</source>
        <translation>mesures d’atténuation</translation>
    </message>
    <message>
        <source>discussed</source>
        <translation>discutée</translation>
    </message>
    <message>
        <source>question</source>
        <translation>question</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>réponse</translation>
    </message>
    <message>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: another row</source>
        <translation>%1&#xa0;: un autre élément</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Préoccupations</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
</context>
<context>
    <name>SessionPage</name>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Time used against the plan</source>
        <translation>Temps utilisé par rapport au plan</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Back to the list of sessions (Ctrl+W)</source>
        <translation>Retour à la liste des séances (Ctrl+W)</translation>
    </message>
    <message>
        <source>&amp;Next Phase</source>
        <translation>Phase &amp;suivante</translation>
    </message>
    <message>
        <source>&amp;Previous Phase</source>
        <translation>Phase &amp;précédente</translation>
    </message>
    <message>
        <source>&amp;Start or Pause Countdown</source>
        <translation>&amp;Démarrer ou mettre en pause le compte à rebours</translation>
    </message>
    <message>
        <source>&amp;Add a Minute</source>
        <translation>&amp;Ajouter une minute</translation>
    </message>
    <message>
        <source>&amp;Take a Minute Away</source>
        <translation>Re&amp;tirer une minute</translation>
    </message>
    <message>
        <source>&amp;Reset Countdown</source>
        <translation>Réinitialiser le &amp;compte à rebours</translation>
    </message>
    <message>
        <source>&amp;Pass</source>
        <translation>Pass&amp;er</translation>
    </message>
    <message>
        <source>&amp;Nothing Left</source>
        <translation>Plus rie&amp;n</translation>
    </message>
    <message>
        <source>&amp;Left the Room</source>
        <translation>A quitté &amp;la salle</translation>
    </message>
    <message>
        <source>Someone &amp;Joined…</source>
        <translation>&amp;Quelqu’un est arrivé…</translation>
    </message>
    <message>
        <source>&amp;Merge Duplicate…</source>
        <translation>&amp;Fusionner un doublon…</translation>
    </message>
    <message>
        <source>&amp;Stop or Resume Sharing</source>
        <translation>A&amp;rrêter ou reprendre le partage</translation>
    </message>
    <message>
        <source>Planned: %1 minutes. The clock starts when you leave Set-up.</source>
        <translation>Prévu&#xa0;: %1 minutes. L’horloge démarre quand vous quittez la préparation.</translation>
    </message>
    <message>
        <source>Time used: %1 of %2 minutes</source>
        <translation>Temps utilisé&#xa0;: %1 sur %2 minutes</translation>
    </message>
    <message>
        <source> · Sharing: %1 of %2 minutes</source>
        <translation> · Partage&#xa0;: %1 sur %2 minutes</translation>
    </message>
    <message>
        <source>The next step of the session (Ctrl+PgDown)</source>
        <translation>L’étape suivante de la séance (Ctrl+PgDown)</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Next: %1 →</source>
        <translation>Ensuite&#xa0;: %1 →</translation>
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
        <translation>DATE</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>CONCERNS</source>
        <translation>PRÉOCCUPATIONS</translation>
    </message>
    <message>
        <source>ACTIONS</source>
        <translation>ACTIONS</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
</context>
<context>
    <name>SessionTransfer</name>
    <message>
        <source>E&amp;xport Sessions…</source>
        <translation>&amp;Exporter des séances…</translation>
    </message>
    <message>
        <source>&amp;Import Sessions…</source>
        <translation>Impor&amp;ter des séances…</translation>
    </message>
    <message>
        <source>Write this session, or all of its team&apos;s, to a file another Candor can import</source>
        <translation>Écrire cette séance, ou toutes celles de son équipe, dans un fichier qu’un autre Candor peut importer</translation>
    </message>
    <message>
        <source>Bring in sessions from a session file, a backup or a database</source>
        <translation>Reprendre des séances d’un fichier de séances, d’une sauvegarde ou d’une base de données</translation>
    </message>
    <message>
        <source>Export Sessions</source>
        <translation>Exporter des séances</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exporter&#xa0;:</translation>
    </message>
    <message>
        <source>This session, “%1”</source>
        <translation>Cette séance, «&#xa0;%1&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>All %n sessions of the team “%1”</source>
        <translation>
            <numerusform>La %n séance de l’équipe «&#xa0;%1&#xa0;»</numerusform>
            <numerusform>Les %n séances de l’équipe «&#xa0;%1&#xa0;»</numerusform>
        </translation>
    </message>
    <message>
        <source>Candor session files (*.candor)</source>
        <translation>Fichiers de séances Candor (*.candor)</translation>
    </message>
    <message>
        <source>The sessions were not exported: %1</source>
        <translation>Les séances n’ont pas été exportées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to “%1” in %2.</source>
        <translation>
            <numerusform>%n séance exportée vers «&#xa0;%1&#xa0;», dans %2.</numerusform>
            <numerusform>%n séances exportées vers «&#xa0;%1&#xa0;», dans %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import Sessions</source>
        <translation>Importer des séances</translation>
    </message>
    <message>
        <source>Candor session files (*.candor);;Candor databases and backups (*.sqlite *.backup);;All files (*)</source>
        <translation>Fichiers de séances Candor (*.candor);;Bases de données et sauvegardes Candor (*.sqlite *.backup);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import “%1”</source>
        <translation>Importer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Imported “%1”. Undo takes the whole import back.</source>
        <translation>«&#xa0;%1&#xa0;» importé. Annuler défait toute l’importation.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>&amp;Larger type in this window</source>
        <translation>Caractères plus &amp;grands dans cette fenêtre</translation>
    </message>
    <message>
        <source>Show who shared each &amp;concern</source>
        <translation>Afficher qui a partagé chaque &amp;préoccupation</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>The presentation window sizes its type to its screen either way.</source>
        <translation>Dans tous les cas, la fenêtre de présentation adapte la taille de ses caractères à son écran.</translation>
    </message>
    <message>
        <source>Candor</source>
        <translation>Candor</translation>
    </message>
    <message>
        <source>&amp;Database file:</source>
        <translation>&amp;Fichier de base de données&#xa0;:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>New sessions</source>
        <translation>Nouvelles séances</translation>
    </message>
    <message>
        <source>&amp;Planned length:</source>
        <translation>&amp;Durée prévue&#xa0;:</translation>
    </message>
    <message>
        <source>Scene:</source>
        <translation>Scénario&#xa0;:</translation>
    </message>
    <message>
        <source>Writing:</source>
        <translation>Écriture&#xa0;:</translation>
    </message>
    <message>
        <source>Sharing:</source>
        <translation>Partage&#xa0;:</translation>
    </message>
    <message>
        <source>Discussion:</source>
        <translation>Discussion&#xa0;:</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Actions&#xa0;:</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Blameless hint</source>
        <translation>Conseil «&#xa0;sans reproche&#xa0;»</translation>
    </message>
    <message>
        <source>While a concern is typed, these words and phrases (one per line) bring a gentle suggestion to describe the process instead of a person; so do the names of those present. Nothing is ever changed or refused.</source>
        <translation>Pendant la saisie d’une préoccupation, ces mots et expressions (un par ligne) font apparaître une suggestion discrète de décrire le processus plutôt qu’une personne&#xa0;; les noms des personnes présentes aussi. Rien n’est jamais modifié ni refusé.</translation>
    </message>
    <message>
        <source>Blameless hint words, one per line</source>
        <translation>Mots du conseil «&#xa0;sans reproche&#xa0;», un par ligne</translation>
    </message>
    <message>
        <source>A new language or database file is used from the next start of Candor.</source>
        <translation>Une nouvelle langue ou un nouveau fichier de base de données est utilisé à partir du prochain démarrage de Candor.</translation>
    </message>
    <message>
        <source>“%1” is a folder; the database is a file in it, such as candor.sqlite.</source>
        <translation>«&#xa0;%1&#xa0;» est un dossier&#xa0;; la base de données est un fichier à l’intérieur, par exemple candor.sqlite.</translation>
    </message>
    <message>
        <source>“%1” cannot be written to.</source>
        <translation>Impossible d’écrire dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” is a file, not a folder.</source>
        <translation>«&#xa0;%1&#xa0;» est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Nothing can be created in “%1”.</source>
        <translation>Rien ne peut être créé dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no database at that place yet: a new, empty one will be made there, and today&apos;s sessions stay in the current file.</source>
        <translation>Il n’y a pas encore de base de données à cet endroit&#xa0;: une nouvelle base vide y sera créée, et les séances actuelles restent dans le fichier en cours.</translation>
    </message>
    <message>
        <source>A file, or a PostgreSQL database: postgresql://HOST/NAME or service=NAME. Empty: the standard place. The command line&apos;s --database overrides it.</source>
        <translation>Un fichier, ou une base PostgreSQL&#xa0;: postgresql://HÔTE/NOM ou service=NOM. Vide&#xa0;: l’emplacement standard. L’option --database de la ligne de commande a la priorité.</translation>
    </message>
    <message>
        <source>A password is never kept here: Candor takes it from ~/.pgpass, a service file or PGPASSWORD.</source>
        <translation>Aucun mot de passe n’est gardé ici&#xa0;: Candor le prend dans ~/.pgpass, un fichier de service ou PGPASSWORD.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Titre de la séance</translation>
    </message>
    <message>
        <source>Kind of session</source>
        <translation>Type de séance</translation>
    </message>
    <message>
        <source>Can change until sharing starts</source>
        <translation>Modifiable jusqu’au début du partage</translation>
    </message>
    <message>
        <source>Name, then Enter</source>
        <translation>Nom, puis Entrée</translation>
    </message>
    <message>
        <source>New participant&apos;s name</source>
        <translation>Nom du nouveau participant</translation>
    </message>
    <message>
        <source>Role (optional)</source>
        <translation>Rôle (facultatif)</translation>
    </message>
    <message>
        <source>New participant&apos;s role</source>
        <translation>Rôle du nouveau participant</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Participants in seat order</source>
        <translation>Participants dans l’ordre des places</translation>
    </message>
    <message>
        <source>Alt+Up and Alt+Down change the seat order; Space marks present or absent; Delete removes someone who has not spoken yet; F2 edits.</source>
        <translation>Alt+Up et Alt+Down changent l’ordre des places&#xa0;; Espace marque présent ou absent&#xa0;; Suppr retire une personne qui n’a pas encore parlé&#xa0;; F2 modifie.</translation>
    </message>
    <message>
        <source>&amp;Participants, in seat order</source>
        <translation>Participants, dans l’&amp;ordre des places</translation>
    </message>
    <message>
        <source>Planned length</source>
        <translation>Durée prévue</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Private writing</source>
        <translation>Écriture individuelle</translation>
    </message>
    <message>
        <source>Round-robin sharing</source>
        <translation>Partage à tour de rôle</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Actions and close</source>
        <translation>Actions et clôture</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <source>Two participants are called %1 with nothing to tell them apart. Add a role or an initial, so the room knows whose turn it is.</source>
        <translation>Deux participants s’appellent %1 sans rien pour les distinguer. Ajoutez un rôle ou une initiale, pour que la salle sache à qui c’est le tour.</translation>
    </message>
    <message>
        <source>The phases add up to the planned %1 minutes.</source>
        <translation>Les phases totalisent les %1 minutes prévues.</translation>
    </message>
    <message>
        <source>The phases add up to %1 minutes: %2 more than planned.</source>
        <translation>Les phases totalisent %1 minutes&#xa0;: %2 de plus que prévu.</translation>
    </message>
    <message>
        <source>The phases add up to %1 minutes: %2 less than planned.</source>
        <translation>Les phases totalisent %1 minutes&#xa0;: %2 de moins que prévu.</translation>
    </message>
    <message>
        <source>Move Up a Seat</source>
        <translation>Avancer d’une place</translation>
    </message>
    <message>
        <source>Move Down a Seat</source>
        <translation>Reculer d’une place</translation>
    </message>
    <message>
        <source>Remove Participant</source>
        <translation>Retirer le participant</translation>
    </message>
    <message>
        <source>Present or Absent</source>
        <translation>Présent ou absent</translation>
    </message>
    <message>
        <source>Add the &amp;Usual Participants</source>
        <translation>Ajouter les participants &amp;habituels</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>The team this session belongs to: its review and its usual participants come from the team&apos;s earlier sessions</source>
        <translation>L’équipe à laquelle appartient cette séance&#xa0;: sa revue et ses participants habituels viennent des séances précédentes de l’équipe</translation>
    </message>
    <message>
        <source>Ne&amp;w Team…</source>
        <translation>Nou&amp;velle équipe…</translation>
    </message>
    <message>
        <source>Make a team for this session and move it there</source>
        <translation>Créer une équipe pour cette séance et l’y déplacer</translation>
    </message>
    <message>
        <source>&amp;Rename Team…</source>
        <translation>&amp;Renommer l’équipe…</translation>
    </message>
    <message>
        <source>Rename this session&apos;s team, in every session of the team</source>
        <translation>Renommer l’équipe de cette séance, dans toutes les séances de l’équipe</translation>
    </message>
    <message>
        <source>Tea&amp;m</source>
        <translation>É&amp;quipe</translation>
    </message>
    <message>
        <source>New Team</source>
        <translation>Nouvelle équipe</translation>
    </message>
    <message>
        <source>Name of the new team. This session moves into it; the sessions before it stay where they are.</source>
        <translation>Nom de la nouvelle équipe. Cette séance y est déplacée&#xa0;; les séances précédentes restent où elles sont.</translation>
    </message>
    <message>
        <source>Rename Team</source>
        <translation>Renommer l’équipe</translation>
    </message>
    <message>
        <source>New name for “%1”, in every session of the team:</source>
        <translation>Nouveau nom pour «&#xa0;%1&#xa0;», dans toutes les séances de l’équipe&#xa0;:</translation>
    </message>
    <message>
        <source>There is already a team called “%1”. Choose it in the Team list to move this session there.</source>
        <translation>Il existe déjà une équipe nommée «&#xa0;%1&#xa0;». Choisissez-la dans la liste «&#xa0;Équipe&#xa0;» pour y déplacer cette séance.</translation>
    </message>
    <message>
        <source>No usual participants to add</source>
        <translation>Aucun participant habituel à ajouter</translation>
    </message>
    <message>
        <source>The usual participants are the people of the team&apos;s three latest earlier sessions who are not seated here yet.</source>
        <translation>Les participants habituels sont les personnes des trois dernières séances précédentes de l’équipe qui ne sont pas encore placées ici.</translation>
    </message>
    <message>
        <source>Add the usual participants (%1): %2</source>
        <translation>Ajouter les participants habituels (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 adds %2. Then Delete removes whoever is absent.</source>
        <translation>%1 ajoute %2. Ensuite, Suppr retire les absents.</translation>
    </message>
</context>
<context>
    <name>SharingPage</name>
    <message>
        <source>Whose turn it is</source>
        <translation>À qui c’est le tour</translation>
    </message>
    <message>
        <source>What they said, in a few words; Enter records it</source>
        <translation>Ce qui a été dit, en quelques mots&#xa0;; Entrée l’enregistre</translation>
    </message>
    <message>
        <source>Concern summary</source>
        <translation>Résumé de la préoccupation</translation>
    </message>
    <message>
        <source>Raised hands</source>
        <translation>Mains levées</translation>
    </message>
    <message>
        <source>Up and Down in the summary change the hands; Alt+digit sets them</source>
        <translation>Haut et Bas dans le résumé changent le nombre de mains&#xa0;; Alt+chiffre le fixe</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Ctrl+1 to Ctrl+4 choose a category, Ctrl+0 none</source>
        <translation>Ctrl+1 à Ctrl+4 choisissent une catégorie, Ctrl+0 aucune</translation>
    </message>
    <message>
        <source>Blameless hint</source>
        <translation>Conseil «&#xa0;sans reproche&#xa0;»</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Concerns shared so far</source>
        <translation>Préoccupations partagées jusqu’ici</translation>
    </message>
    <message>
        <source>Record (Enter)</source>
        <translation>Enregistrer (Entrée)</translation>
    </message>
    <message>
        <source>Pass (Alt+P)</source>
        <translation>Passer (Alt+P)</translation>
    </message>
    <message>
        <source>Nothing left (Alt+L)</source>
        <translation>Plus rien (Alt+L)</translation>
    </message>
    <message>
        <source>Left the room (Alt+A)</source>
        <translation>A quitté la salle (Alt+A)</translation>
    </message>
    <message>
        <source>Someone joined (Alt+J)</source>
        <translation>Quelqu’un est arrivé (Alt+J)</translation>
    </message>
    <message>
        <source>Merge duplicate (Alt+M)</source>
        <translation>Fusionner un doublon (Alt+M)</translation>
    </message>
    <message>
        <source>Stop or resume sharing (Alt+S)</source>
        <translation>Arrêter ou reprendre le partage (Alt+S)</translation>
    </message>
    <message>
        <source>Han&amp;ds</source>
        <translation>Mains le&amp;vées</translation>
    </message>
    <message>
        <source>Sharing starts with %1</source>
        <translation>Le partage commence par %1</translation>
    </message>
    <message>
        <source>Sharing stopped in round %1</source>
        <translation>Partage arrêté au tour %1</translation>
    </message>
    <message>
        <source>Sharing is complete: nobody has anything left</source>
        <translation>Le partage est terminé&#xa0;: plus personne n’a rien à partager</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Maintenant&#xa0;: %1</translation>
    </message>
    <message>
        <source> · Next: %1</source>
        <translation> · Ensuite&#xa0;: %1</translation>
    </message>
    <message>
        <source> · Round %1</source>
        <translation> · Tour %1</translation>
    </message>
    <message numerus="yes">
        <source>%n concern(s) shared</source>
        <translation>
            <numerusform>%n préoccupation partagée</numerusform>
            <numerusform>%n préoccupations partagées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) still have items</source>
        <translation>
            <numerusform>%n personne a encore des points à partager</numerusform>
            <numerusform>%n personnes ont encore des points à partager</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote it: %1 (%2 and %n raised hand(s))</source>
        <translation>
            <numerusform>L’ont écrite&#xa0;: %1 (%2 et %n main levée)</numerusform>
            <numerusform>L’ont écrite&#xa0;: %1 (%2 et %n mains levées)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sharing has run %1 of its %2 minutes.</source>
        <translation>Le partage a utilisé %1 de ses %2 minutes.</translation>
    </message>
    <message>
        <source>The time planned for discussion is used up: consider moving on (Ctrl+PgDown).</source>
        <translation>Le temps prévu pour la discussion est épuisé&#xa0;: envisagez de passer à la suite (Ctrl+PgDown).</translation>
    </message>
    <message>
        <source>Someone Joined</source>
        <translation>Quelqu’un est arrivé</translation>
    </message>
    <message>
        <source>Name of the late arrival (a role may follow a comma):</source>
        <translation>Nom de la personne arrivée en retard (un rôle peut suivre, après une virgule)&#xa0;:</translation>
    </message>
    <message>
        <source>There is no earlier concern to merge into.</source>
        <translation>Il n’y a pas de préoccupation antérieure avec laquelle fusionner.</translation>
    </message>
    <message>
        <source>#%1 %2 (%3 wrote it)</source>
        <translation>#%1 %2 (écrite par %3)</translation>
    </message>
    <message>
        <source>Merge Duplicate</source>
        <translation>Fusionner un doublon</translation>
    </message>
    <message>
        <source>“%1” is the same as:</source>
        <translation>«&#xa0;%1&#xa0;» est identique à&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left for discussion: consider moving on (Ctrl+PgDown).</source>
        <translation>
            <numerusform>Il ne reste que %n minute pour la discussion&#xa0;: envisagez de passer à la suite (Ctrl+PgDown).</numerusform>
            <numerusform>Il ne reste que %n minutes pour la discussion&#xa0;: envisagez de passer à la suite (Ctrl+PgDown).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Raised Hand(s)</source>
        <translation>
            <numerusform>%n main levée</numerusform>
            <numerusform>%n mains levées</numerusform>
        </translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Catégorie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Raised &amp;Hands</source>
        <translation>&amp;Mains levées</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>Caté&amp;gorie</translation>
    </message>
    <message>
        <source>“%1” was not added; press Alt+J to try again.</source>
        <translation>Impossible d’ajouter «&#xa0;%1&#xa0;»&#xa0;; appuyez sur Alt+J pour réessayer.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>Keys of each phase work while that phase is shown.</source>
        <translation>Les touches de chaque phase fonctionnent tant que cette phase est affichée.</translation>
    </message>
    <message>
        <source>Open a session to see the keys of each of its phases as well.</source>
        <translation>Ouvrez une séance pour voir aussi les touches de chacune de ses phases.</translation>
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
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>People who wrote it</source>
        <translation>Personnes qui l’ont écrite</translation>
    </message>
    <message>
        <source>Empty list</source>
        <translation>Liste vide</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>the entry a page of a list shows, e.g. 7 of 40</comment>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1–%2 of %3</source>
        <comment>the entries a page of a list shows, e.g. 12–17 of 17</comment>
        <translation>%1–%2 sur %3</translation>
    </message>
</context>
<context>
    <name>SqliteBackup</name>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>the file cannot be written there (%1)</source>
        <translation>le fichier ne peut pas y être écrit (%1)</translation>
    </message>
    <message>
        <source>the disk reported an error (%1)</source>
        <translation>le disque a signalé une erreur (%1)</translation>
    </message>
    <message>
        <source>it is not an SQLite file</source>
        <translation>ce n’est pas un fichier SQLite</translation>
    </message>
    <message>
        <source>another program has the database open</source>
        <translation>un autre programme a ouvert la base de données</translation>
    </message>
    <message>
        <source>it is not a Candor database</source>
        <translation>ce n’est pas une base de données Candor</translation>
    </message>
    <message>
        <source>it was written by a newer Candor (schema %1)</source>
        <translation>elle a été écrite par une version plus récente de Candor (schéma %1)</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the new session</source>
        <translation>la nouvelle séance</translation>
    </message>
    <message>
        <source>the session title</source>
        <translation>le titre de la séance</translation>
    </message>
    <message>
        <source>the copy of the session</source>
        <translation>la copie de la séance</translation>
    </message>
    <message>
        <source>the original session no longer exists</source>
        <translation>la séance d’origine n’existe plus</translation>
    </message>
    <message>
        <source>the deletion</source>
        <translation>la suppression</translation>
    </message>
    <message>
        <source>the restored session</source>
        <translation>la séance restaurée</translation>
    </message>
    <message>
        <source>the removal of deleted sessions</source>
        <translation>l’effacement des séances supprimées</translation>
    </message>
    <message>
        <source>the session</source>
        <translation>la séance</translation>
    </message>
    <message>
        <source>the current phase</source>
        <translation>la phase en cours</translation>
    </message>
    <message>
        <source>whose turn it is</source>
        <translation>à qui c’est le tour</translation>
    </message>
    <message>
        <source>the countdown</source>
        <translation>le compte à rebours</translation>
    </message>
    <message>
        <source>the participant</source>
        <translation>le participant</translation>
    </message>
    <message>
        <source>the removal of the participant</source>
        <translation>le retrait du participant</translation>
    </message>
    <message>
        <source>the name</source>
        <translation>le nom</translation>
    </message>
    <message>
        <source>the role</source>
        <translation>le rôle</translation>
    </message>
    <message>
        <source>who is present</source>
        <translation>qui est présent</translation>
    </message>
    <message>
        <source>who has nothing left</source>
        <translation>qui n’a plus rien</translation>
    </message>
    <message>
        <source>the seat order</source>
        <translation>l’ordre des places</translation>
    </message>
    <message>
        <source>the concern</source>
        <translation>la préoccupation</translation>
    </message>
    <message>
        <source>the removal of the concern</source>
        <translation>le retrait de la préoccupation</translation>
    </message>
    <message>
        <source>the hand count</source>
        <translation>le décompte des mains</translation>
    </message>
    <message>
        <source>the category</source>
        <translation>la catégorie</translation>
    </message>
    <message>
        <source>the merge</source>
        <translation>la fusion</translation>
    </message>
    <message>
        <source>the timeline entry</source>
        <translation>l’entrée de la chronologie</translation>
    </message>
    <message>
        <source>the removal of the timeline entry</source>
        <translation>le retrait de l’entrée de la chronologie</translation>
    </message>
    <message>
        <source>the template</source>
        <translation>le modèle</translation>
    </message>
    <message>
        <source>the discussion</source>
        <translation>la discussion</translation>
    </message>
    <message>
        <source>the why</source>
        <translation>le pourquoi</translation>
    </message>
    <message>
        <source>a chain has at most five whys</source>
        <translation>une chaîne compte au plus cinq pourquoi</translation>
    </message>
    <message>
        <source>the removal of the why</source>
        <translation>le retrait du pourquoi</translation>
    </message>
    <message>
        <source>the action</source>
        <translation>l’action</translation>
    </message>
    <message>
        <source>the removal of the action</source>
        <translation>le retrait de l’action</translation>
    </message>
    <message>
        <source>the order of the actions</source>
        <translation>l’ordre des actions</translation>
    </message>
    <message>
        <source>the review</source>
        <translation>la revue</translation>
    </message>
    <message>
        <source>the database gave no reason</source>
        <translation>la base de données n’a donné aucune raison</translation>
    </message>
    <message>
        <source>it was changed elsewhere in the meantime, and that change is kept</source>
        <translation>l’élément a été modifié ailleurs entre-temps, et cette modification est conservée</translation>
    </message>
    <message>
        <source>it no longer exists</source>
        <translation>l’élément n’existe plus</translation>
    </message>
    <message>
        <source>they are no longer in the session</source>
        <translation>la personne ne fait plus partie de la séance</translation>
    </message>
    <message>
        <source>the seat order was changed elsewhere in the meantime</source>
        <translation>l’ordre des places a été modifié ailleurs entre-temps</translation>
    </message>
    <message>
        <source>the order was changed elsewhere in the meantime</source>
        <translation>l’ordre a été modifié ailleurs entre-temps</translation>
    </message>
    <message>
        <source>the new team</source>
        <translation>la nouvelle équipe</translation>
    </message>
    <message>
        <source>the team</source>
        <translation>l’équipe</translation>
    </message>
    <message>
        <source>sessions belong to it</source>
        <translation>des séances en font partie</translation>
    </message>
    <message>
        <source>the team&apos;s name</source>
        <translation>le nom de l’équipe</translation>
    </message>
    <message>
        <source>what was exported</source>
        <translation>ce qui a été exporté</translation>
    </message>
    <message>
        <source>the import</source>
        <translation>l’importation</translation>
    </message>
    <message>
        <source>a row it changes no longer exists here</source>
        <translation>un élément qu’elle modifie n’existe plus ici</translation>
    </message>
    <message>
        <source>it refers to a row that is not in the file</source>
        <translation>elle renvoie à un élément absent du fichier</translation>
    </message>
    <message>
        <source>the database server cannot be reached (%1)</source>
        <translation>le serveur de base de données est injoignable (%1)</translation>
    </message>
    <message>
        <source>Could not read from the database: %1</source>
        <translation>Impossible de lire la base de données&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <source>Not redone: %1 (%2). It and the steps after it were taken off the Redo list.</source>
        <translation>Non rétabli&#xa0;: %1 (%2). Cette étape et les suivantes ont été retirées de la liste «&#xa0;Rétablir&#xa0;».</translation>
    </message>
    <message>
        <source>Not saved: %1 (%2).</source>
        <translation>Non enregistré&#xa0;: %1 (%2).</translation>
    </message>
    <message>
        <source>Not undone: %1 (%2). It was taken off the Undo list.</source>
        <translation>Non annulé&#xa0;: %1 (%2). Cette étape a été retirée de la liste «&#xa0;Annuler&#xa0;».</translation>
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
        <translation>Non commencée (%1 min prévues)</translation>
    </message>
    <message>
        <source>%1 min of %2 min planned</source>
        <translation>%1 min sur %2 min prévues</translation>
    </message>
    <message>
        <source>%1 min so far of %2 min planned</source>
        <translation>%1 min jusqu’ici sur %2 min prévues</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 personne</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 personnes</translation>
    </message>
    <message>
        <source>(shared by %1)</source>
        <translation>(partagée par %1)</translation>
    </message>
    <message>
        <source>What let this happen, and how do we recover faster?</source>
        <translation>Qu’est-ce qui a permis que cela arrive, et comment nous rétablir plus vite&#xa0;?</translation>
    </message>
    <message>
        <source>How could it have been avoided?</source>
        <translation>Comment aurait-on pu l’éviter&#xa0;?</translation>
    </message>
    <message>
        <source>Right away</source>
        <translation>Immédiat</translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation>Durée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (absent)</source>
        <translation>%1 (absent)</translation>
    </message>
    <message>
        <source>No participants were recorded.</source>
        <translation>Aucun participant n’a été enregistré.</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Détection</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Cadrage</translation>
    </message>
    <message>
        <source>Writing prompts</source>
        <translation>Consignes d’écriture</translation>
    </message>
    <message>
        <source>Concerns, most written first</source>
        <translation>Préoccupations, les plus écrites en premier</translation>
    </message>
    <message>
        <source>No concerns were shared.</source>
        <translation>Aucune préoccupation n’a été partagée.</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>Also written as: %1</source>
        <translation>Également formulée ainsi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>Written by %1</source>
        <translation>Écrite par %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation>Cinq pourquoi</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause racine</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Mesures d’atténuation</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>No actions were agreed.</source>
        <translation>Aucune action n’a été décidée.</translation>
    </message>
    <message>
        <source>No owner yet</source>
        <translation>Pas encore de responsable</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable&#xa0;: %1</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Pas d’échéance</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>Pour %1</translation>
    </message>
    <message>
        <source>Review of earlier actions</source>
        <translation>Revue des actions précédentes</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>From session</source>
        <translation>Séance d’origine</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>written by, then discussed or not</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Discussed</source>
        <translation>Discutée</translation>
    </message>
    <message>
        <source>Not marked discussed</source>
        <translation>Non marquée comme discutée</translation>
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
        <translation>Équipe&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>SummaryExport</name>
    <message>
        <source>Also written as: %1</source>
        <translation>Également formulée ainsi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Length: %1</source>
        <translation>Durée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Présents</translation>
    </message>
    <message>
        <source>No participants were recorded.</source>
        <translation>Aucun participant n’a été enregistré.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (absent)</source>
        <translation>%1 (absent)</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Detection</source>
        <translation>Détection</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Scene</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Cadrage</translation>
    </message>
    <message>
        <source>Writing prompts</source>
        <translation>Consignes d’écriture</translation>
    </message>
    <message>
        <source>Concerns, most written first</source>
        <translation>Préoccupations, les plus écrites en premier</translation>
    </message>
    <message>
        <source>No concerns were shared.</source>
        <translation>Aucune préoccupation n’a été partagée.</translation>
    </message>
    <message>
        <source>Discussion</source>
        <translation>Discussion</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation>Cinq pourquoi</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause racine</translation>
    </message>
    <message>
        <source>Mitigations</source>
        <translation>Mesures d’atténuation</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>No actions were agreed.</source>
        <translation>Aucune action n’a été décidée.</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Préoccupation</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Right away</source>
        <translation>Immédiat</translation>
    </message>
    <message>
        <source>Review of earlier actions</source>
        <translation>Revue des actions précédentes</translation>
    </message>
    <message>
        <source>From session</source>
        <translation>Séance d’origine</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>%1 %2.%3</source>
        <translation>%1 %2.%3</translation>
    </message>
    <message>
        <source>Cannot lay out the summary of %1 as PDF.</source>
        <translation>Impossible de mettre en page le compte rendu de %1 en PDF.</translation>
    </message>
    <message>
        <source>Cannot write “%1” as OpenDocument.</source>
        <translation>Impossible d’écrire «&#xa0;%1&#xa0;» au format OpenDocument.</translation>
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
        <translation>Page web (*.html)</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>&amp;OpenDocument Text…</source>
        <translation>Texte &amp;OpenDocument…</translation>
    </message>
    <message>
        <source>OpenDocument Text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <source>OpenDocument Text</source>
        <translation>Texte OpenDocument</translation>
    </message>
    <message>
        <source>&amp;Actions as CSV…</source>
        <translation>&amp;Actions en CSV…</translation>
    </message>
    <message>
        <source>Comma-separated values (*.csv)</source>
        <translation>Valeurs séparées par des virgules (*.csv)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Aperçu avant i&amp;mpression…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>See the session summary page by page before printing it.</source>
        <translation>Voir le compte rendu de la séance page par page avant de l’imprimer.</translation>
    </message>
    <message>
        <source>Print the session summary.</source>
        <translation>Imprimer le compte rendu de la séance.</translation>
    </message>
    <message>
        <source>Save the session summary as a PDF file.</source>
        <translation>Enregistrer le compte rendu de la séance dans un fichier PDF.</translation>
    </message>
    <message>
        <source>actions</source>
        <translation>actions</translation>
    </message>
    <message>
        <source>Not Printed</source>
        <translation>Non imprimé</translation>
    </message>
    <message>
        <source>The summary could not be sent to the printer “%1”.</source>
        <translation>Le compte rendu n’a pas pu être envoyé à l’imprimante «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Printed the summary to %1.</source>
        <translation>Compte rendu imprimé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Export Summary as %1</source>
        <translation>Exporter le compte rendu en %1</translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>Non exporté</translation>
    </message>
    <message>
        <source>Any file that was there before is unchanged.</source>
        <translation>Tout fichier qui s’y trouvait auparavant est inchangé.</translation>
    </message>
    <message>
        <source>Saved the summary as %1: %2</source>
        <translation>Compte rendu enregistré en %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The summary could not be laid out for “%1”.</source>
        <translation>Le compte rendu n’a pas pu être mis en page pour «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Session summary</source>
        <translation>Compte rendu de la séance</translation>
    </message>
    <message>
        <source>The summary as it will be printed: concerns by tally, discussion and actions.</source>
        <translation>Le compte rendu tel qu’il sera imprimé&#xa0;: préoccupations par décompte, discussion et actions.</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exporter&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SummaryPages</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
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
        <translation>Quand</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
</context>
<context>
    <name>WhyModel</name>
    <message>
        <source>Why?</source>
        <translation>Pourquoi&#xa0;?</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>Parce que</translation>
    </message>
</context>
<context>
    <name>WritingPage</name>
    <message>
        <source>Writing prompt</source>
        <translation>Consigne d’écriture</translation>
    </message>
    <message>
        <source>Write down privately what worries you.</source>
        <translation>Notez en privé ce qui vous inquiète.</translation>
    </message>
    <message>
        <source>Write privately. Nobody&apos;s notes appear on this screen.</source>
        <translation>Écrivez en privé. Les notes de chacun n’apparaissent jamais sur cet écran.</translation>
    </message>
    <message>
        <source>F5 resumes</source>
        <translation>F5 reprend</translation>
    </message>
    <message>
        <source>Ready — F5 starts</source>
        <translation>Prêt — F5 démarre</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>The database “%1” is already open in %2.</source>
        <translation>La base de données «&#xa0;%1&#xa0;» est déjà ouverte dans %2.</translation>
    </message>
    <message>
        <source>Its window was brought to the front.</source>
        <translation>Sa fenêtre a été mise au premier plan.</translation>
    </message>
    <message>
        <source>Candor Is Already Open</source>
        <translation>Candor est déjà ouvert</translation>
    </message>
    <message>
        <source>Only one Candor may write to a database at a time; close the other one first.</source>
        <translation>Un seul Candor à la fois peut écrire dans une base de données&#xa0;; fermez d’abord l’autre.</translation>
    </message>
    <message>
        <source>Cannot create the lock file “%1”.</source>
        <translation>Impossible de créer le fichier de verrou «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot Open Database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
    <message>
        <source>This file was chosen in Edit ▸ Settings. Start Candor with --database PATH to use another one, then change the setting.</source>
        <translation>Ce fichier a été choisi dans Édition ▸ Paramètres. Lancez Candor avec --database CHEMIN pour en utiliser un autre, puis modifiez le paramètre.</translation>
    </message>
    <message>
        <source>“%1” is a PostgreSQL database: its server keeps its backups (pg_dump, or the server&apos;s own). Candor&apos;s backups are of database files.
</source>
        <translation>«&#xa0;%1&#xa0;» est une base PostgreSQL&#xa0;: son serveur en garde les sauvegardes (pg_dump, ou celles du serveur). Les sauvegardes de Candor portent sur des fichiers de base.
</translation>
    </message>
</context>
</TS>
