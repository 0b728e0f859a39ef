<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AppText</name>
        <message>
            <location filename="../../src/rapport/ui/app_session.py" line="175" />
            <source>The main window changes language at the next start</source>
            <translation>Das Hauptfenster wechselt die Sprache beim nächsten Start</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/app_session.py" line="177" />
            <source>New dialogs already use the language you chose. The main window stays as it is while you finish what you are writing.</source>
            <translation>Neue Dialoge verwenden die gewählte Sprache bereits. Das Hauptfenster bleibt, wie es ist, solange Sie Ihren Text zu Ende schreiben.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/app_session.py" line="234" />
            <source>The backup was not restored</source>
            <translation>Die Sicherung wurde nicht wiederhergestellt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/app_session.py" line="224" />
            <source>Backup restored</source>
            <translation>Sicherung wiederhergestellt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/app_session.py" line="225" />
            <source>The journal is back to how it was in the backup.</source>
            <translation>Das Journal ist wieder so, wie es in der Sicherung war.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/app_session.py" line="226" />
            <source>The journal as it was just before is kept as a backup: {name}</source>
            <translation>Das Journal, wie es gerade eben war, ist als Sicherung aufbewahrt: {name}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/app_session.py" line="242" />
            <source>Restore from backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/app_session.py" line="243" />
            <source>Restoring the backup…</source>
            <translation>Die Sicherung wird wiederhergestellt …</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/journal_opening.py" line="60" />
            <source>The journal is already open</source>
            <translation>Das Journal ist bereits geöffnet</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/journal_opening.py" line="62" />
            <source>“{name}” is open in another Rapport window, which was brought forward.</source>
            <translation>„{name}“ ist in einem anderen Rapport-Fenster geöffnet; dieses wurde nach vorn geholt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/journal_opening.py" line="95" />
            <source>Rapport could not open the journal</source>
            <translation>Rapport konnte das Journal nicht öffnen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="101" />
            <source>The demo journal could not be written</source>
            <translation>Das Demo-Journal konnte nicht geschrieben werden</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="112" />
            <source>Welcome to {app}</source>
            <translation>Willkommen bei {app}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="114" />
            <source>Rapport keeps a journal of your customer relationships: what happened after each meeting, where each relationship stands, and what to follow up.</source>
            <translation>Rapport führt ein Journal Ihrer Kundenbeziehungen: was nach jedem Treffen geschah, wo jede Beziehung steht und was als Nächstes ansteht.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="118" />
            <source>Start with an empty journal, or look around a demo journal of a small coffee roastery first? You can open either later from the File menu.</source>
            <translation>Mit einem leeren Journal beginnen oder sich zuerst im Demo-Journal einer kleinen Kaffeerösterei umsehen? Beides können Sie später im Menü „Datei“ öffnen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="121" />
            <source>Start my journal</source>
            <translation>Mein Journal beginnen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="122" />
            <source>Open the demo</source>
            <translation>Demo öffnen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="137" />
            <source>Details were written to {path}. If it happens again, please send that file to support.</source>
            <translation>Einzelheiten stehen in {path}. Wenn es wieder passiert, schicken Sie diese Datei bitte an den Support.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="144" />
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgegangen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="145" />
            <source>Rapport ran into an unexpected problem. Your saved entries are safe.</source>
            <translation>Rapport ist auf ein unerwartetes Problem gestoßen. Ihre gespeicherten Einträge sind sicher.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="219" />
            <source>The journal is in use</source>
            <translation>Das Journal wird gerade verwendet</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="220" />
            <source>Another program is using “{path}” and did not answer.</source>
            <translation>Ein anderes Programm verwendet „{path}“ und hat nicht geantwortet.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="223" />
            <source>Close it (or wait until it finishes), then start Rapport again.</source>
            <translation>Schließen Sie es (oder warten Sie, bis es fertig ist), und starten Sie Rapport dann erneut.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="232" />
            <source>Open a journal</source>
            <translation>Journal öffnen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="234" />
            <source>Rapport journals (*.rapport);;All files (*)</source>
            <translation>Rapport-Journale (*.rapport);;Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>AppearancePageText</name>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="294" />
            <source>Follow the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="295" />
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="296" />
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="307" />
            <location filename="../../src/rapport/settings_model.py" line="331" />
            <source>As the computer's region says</source>
            <translation>Wie in der Region des Computers</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="310" />
            <source>Monday</source>
            <translation>Montag</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="311" />
            <source>Saturday</source>
            <translation>Samstag</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="312" />
            <source>Sunday</source>
            <translation>Sonntag</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/appearance_page.py" line="18" />
            <source>Appearance</source>
            <translation>Darstellung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="285" />
            <source>Follow the system's light or dark setting, or choose</source>
            <translation>Der hellen oder dunklen Einstellung des Systems folgen oder selbst wählen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="321" />
            <source>The language of menus, screens and printouts, and how dates and numbers read</source>
            <translation>Die Sprache der Menüs, Ansichten und Ausdrucke und die Schreibweise von Datum und Zahlen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="305" />
            <source>The first column of every calendar</source>
            <translation>Die erste Spalte jedes Kalenders</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="288" />
            <source>“Follow the system” switches between light and dark when your computer does. Charts and icons follow the theme.</source>
            <translation>„Wie das System“ wechselt zwischen hell und dunkel, wenn Ihr Computer es tut. Diagramme und Symbole folgen dem Farbschema.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="325" />
            <source>A new language applies when you save: the main window is built again in it. Your journal's contents stay as you wrote them.</source>
            <translation>Eine neue Sprache gilt, sobald Sie speichern: Das Hauptfenster wird darin neu aufgebaut. Die Inhalte Ihres Journals bleiben, wie Sie sie geschrieben haben.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="284" />
            <source>&amp;Theme</source>
            <translation>&amp;Farbschema</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="320" />
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="304" />
            <source>&amp;Week starts on</source>
            <translation>&amp;Woche beginnt am</translation>
        </message>
    </context>
    <context>
        <name>ArchiveText</name>
        <message>
            <location filename="../../src/rapport/transfer/archive.py" line="140" />
            <source>“{file}”</source>
            <translation>„{file}“</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/archive.py" line="146" />
            <source>{name} holds a journal too large to import.</source>
            <translation>{name} enthält ein Journal, das zu groß zum Importieren ist.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/archive.py" line="152" />
            <source>{name} is not a Rapport archive, or it is damaged.</source>
            <translation>{name} ist kein Rapport-Archiv, oder es ist beschädigt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/archive.py" line="153" />
            <source>Export it from Rapport again, or import its journal.json.</source>
            <translation>Exportieren Sie es erneut aus Rapport, oder importieren Sie die darin enthaltene journal.json.</translation>
        </message>
    </context>
    <context>
        <name>AtomicText</name>
        <message>
            <location filename="../../src/rapport/transfer/atomic.py" line="64" />
            <source>“{path}” is a folder.</source>
            <translation>„{path}“ ist ein Ordner.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/atomic.py" line="65" />
            <source>Choose a file name to export to.</source>
            <translation>Wählen Sie einen Dateinamen für den Export.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/atomic.py" line="105" />
            <source>The previous file was left as it was. Choose another folder, or free some space, then export again.</source>
            <translation>Die bisherige Datei blieb unverändert. Wählen Sie einen anderen Ordner oder schaffen Sie Platz und exportieren Sie dann erneut.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/atomic.py" line="109" />
            <source>Choose another folder, or free some space, then export again.</source>
            <translation>Wählen Sie einen anderen Ordner oder schaffen Sie Platz und exportieren Sie dann erneut.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/atomic.py" line="110" />
            <source>“{path}” could not be written ({reason}).</source>
            <translation>„{path}“ konnte nicht geschrieben werden ({reason}).</translation>
        </message>
    </context>
    <context>
        <name>AttachingText</name>
        <message>
            <location filename="../../src/rapport/ui/attaching.py" line="93" />
            <source>“{name}” is a folder.</source>
            <translation>„{name}“ ist ein Ordner.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attaching.py" line="94" />
            <source>Attach the files inside it instead.</source>
            <translation>Hängen Sie stattdessen die Dateien darin an.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attaching.py" line="104" />
            <source>“{name}” could not be read.</source>
            <translation>„{name}“ konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attaching.py" line="105" />
            <source>Check that the file still exists and that you may open it.</source>
            <translation>Prüfen Sie, ob die Datei noch existiert und ob Sie sie öffnen dürfen.</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsPanelText</name>
        <message>
            <location filename="../../src/rapport/ui/attachments_panel.py" line="78" />
            <source>Files on this entry</source>
            <translation>Dateien an diesem Eintrag</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attachments_panel.py" line="82" />
            <source>&amp;Attach files…</source>
            <translation>Dateien &amp;anhängen …</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attachments_panel.py" line="86" />
            <source>Take off the entry</source>
            <translation>Vom Eintrag entfernen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attachments_panel.py" line="90" />
            <source>Paste a picture</source>
            <translation>Bild einfügen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attachments_panel.py" line="161" />
            <source>Attach files to the entry</source>
            <translation>Dateien an den Eintrag anhängen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attachments_panel.py" line="200" />
            <source>Pasted picture {when}.png</source>
            <translation>Eingefügtes Bild {when}.png</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attachments_panel.py" line="211" />
            <source>Attach “{name}”</source>
            <translation>„{name}“ anhängen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attachments_panel.py" line="249" />
            <location filename="../../src/rapport/ui/attachments_panel.py" line="255" />
            <location filename="../../src/rapport/ui/attachments_panel.py" line="263" />
            <source>The file cannot be opened</source>
            <translation>Die Datei kann nicht geöffnet werden</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attachments_panel.py" line="256" />
            <source>A copy for the viewer could not be written.</source>
            <translation>Eine Kopie zum Ansehen konnte nicht geschrieben werden.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attachments_panel.py" line="257" />
            <source>Use “Save as…” to save it where you like.</source>
            <translation>Speichern Sie sie mit „Speichern unter …“, wo Sie möchten.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attachments_panel.py" line="264" />
            <source>No program on this computer opens “{name}”.</source>
            <translation>Kein Programm auf diesem Computer öffnet „{name}“.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attachments_panel.py" line="267" />
            <source>Use “Save as…” and open it from there.</source>
            <translation>Verwenden Sie „Speichern unter …“ und öffnen Sie sie von dort.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attachments_panel.py" line="274" />
            <source>Save the file as</source>
            <translation>Datei speichern unter</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attachments_panel.py" line="282" />
            <source>The file was not saved</source>
            <translation>Die Datei wurde nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attachments_panel.py" line="300" />
            <source>Take “{name}” off the entry</source>
            <translation>„{name}“ vom Eintrag entfernen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attachments_panel.py" line="317" />
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attachments_panel.py" line="318" />
            <source>&amp;Save as…</source>
            <translation>&amp;Speichern unter …</translation>
        </message>
    </context>
    <context>
        <name>AttachmentsText</name>
        <message>
            <location filename="../../src/rapport/store/attachments.py" line="80" />
            <source>file</source>
            <translation>Datei</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/attachments.py" line="210" />
            <source>“{name}” is {size} MB; files on entries can be up to {limit} MB.</source>
            <translation>„{name}“ ist {size} MB groß; Dateien an Einträgen dürfen höchstens {limit} MB groß sein.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/attachments.py" line="213" />
            <source>Attach a smaller copy (a photo at a lower resolution, a PDF without scans), or keep the file elsewhere and note where.</source>
            <translation>Hängen Sie eine kleinere Kopie an (ein Foto in geringerer Auflösung, ein PDF ohne Scans) oder bewahren Sie die Datei anderswo auf und notieren Sie, wo.</translation>
        </message>
    </context>
    <context>
        <name>AttentionBarText</name>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/attention_bar.py" line="99" />
            <source>Risk(s): {names}</source>
            <translation>
                <numerusform>Risiko: {names}</numerusform>
                <numerusform>Risiken: {names}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attention_bar.py" line="103" />
            <source>Why, and what to do…</source>
            <translation>Warum, und was tun…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attention_bar.py" line="105" />
            <source>Show the evidence and next steps on the Health tab</source>
            <translation>Belege und nächste Schritte im Reiter Gesundheit zeigen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attention_bar.py" line="117" />
            <source>&lt;b&gt;Suggestion: move to {stage}.&lt;/b&gt; {reason}. {evidence}</source>
            <translation>&lt;b&gt;Vorschlag: in „{stage}“ verschieben.&lt;/b&gt; {reason}. {evidence}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attention_bar.py" line="124" />
            <source>Move to {stage}</source>
            <translation>In „{stage}“ verschieben</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attention_bar.py" line="126" />
            <source>Accept: move {name} to {stage}</source>
            <translation>Annehmen: {name} in „{stage}“ verschieben</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attention_bar.py" line="128" />
            <source>Accept: move to {stage}</source>
            <translation>Annehmen: in „{stage}“ verschieben</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attention_bar.py" line="131" />
            <location filename="../../src/rapport/ui/attention_bar.py" line="170" />
            <source>Dismiss</source>
            <translation>Ausblenden</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attention_bar.py" line="133" />
            <source>Dismiss the suggestion to move to {stage}</source>
            <translation>Den Vorschlag ausblenden, in „{stage}“ zu verschieben</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attention_bar.py" line="135" />
            <source>Not now, and not again for this evidence</source>
            <translation>Nicht jetzt, und für diese Belege auch nicht wieder</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/attention_bar.py" line="147" />
            <source>(Rests on %n entr(y|ies).)</source>
            <translation>
                <numerusform>(Beruht auf %n Eintrag.)</numerusform>
                <numerusform>(Beruht auf %n Einträgen.)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attention_bar.py" line="150" />
            <source>&lt;b&gt;Suggestion: level {level}.&lt;/b&gt; {reason}. {evidence} {rests}</source>
            <translation>&lt;b&gt;Vorschlag: Ebene „{level}“.&lt;/b&gt; {reason}. {evidence} {rests}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attention_bar.py" line="161" />
            <source>Make it {level}</source>
            <translation>Auf „{level}“ setzen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attention_bar.py" line="163" />
            <source>Accept: set the level of {name} to {level}</source>
            <translation>Annehmen: Ebene von {name} auf „{level}“ setzen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attention_bar.py" line="167" />
            <source>Accept: set the level to {level}</source>
            <translation>Annehmen: Ebene auf „{level}“ setzen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attention_bar.py" line="172" />
            <source>Dismiss the suggestion of level {level}</source>
            <translation>Den Vorschlag der Ebene „{level}“ ausblenden</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/attention_bar.py" line="175" />
            <source>Not again this year, while the level stays as it is</source>
            <translation>Dieses Jahr nicht mehr, solange die Ebene bleibt, wie sie ist</translation>
        </message>
    </context>
    <context>
        <name>AutostartText</name>
        <message>
            <location filename="../../src/rapport/autostart.py" line="250" />
            <source>Rapport could not set itself to start at login ({where}): {why}</source>
            <translation>Rapport konnte sich nicht für den Start bei der Anmeldung eintragen ({where}): {why}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/autostart.py" line="254" />
            <source>Rapport could not remove its start-at-login entry ({where}): {why}</source>
            <translation>Rapport konnte seinen Eintrag für den Start bei der Anmeldung nicht entfernen ({where}): {why}</translation>
        </message>
    </context>
    <context>
        <name>BackupReason</name>
        <message>
            <location filename="../../src/rapport/domain/retention.py" line="46" />
            <source>Automatic</source>
            <translation>Automatisch</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/retention.py" line="47" />
            <source>Backed up by you</source>
            <translation>Von Ihnen gesichert</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/retention.py" line="48" />
            <source>Before upgrading Rapport</source>
            <translation>Vor der Aktualisierung von Rapport</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/retention.py" line="49" />
            <source>Before restoring a backup</source>
            <translation>Vor dem Wiederherstellen einer Sicherung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/retention.py" line="50" />
            <source>Before an import</source>
            <translation>Vor einem Import</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/retention.py" line="51" />
            <source>Before a repair</source>
            <translation>Vor einer Reparatur</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/retention.py" line="52" />
            <source>Before emptying the trash</source>
            <translation>Vor dem Leeren des Papierkorbs</translation>
        </message>
    </context>
    <context>
        <name>BackupText</name>
        <message>
            <location filename="../../src/rapport/store/backup.py" line="194" />
            <source>The backup “{name}” is damaged ({problem}); nothing was changed.</source>
            <translation>Die Sicherung „{name}“ ist beschädigt ({problem}); es wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/backup.py" line="196" />
            <source>Choose an older backup.</source>
            <translation>Wählen Sie eine ältere Sicherung.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/backup.py" line="255" />
            <source>not a Rapport journal</source>
            <translation>kein Rapport-Journal</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/backup.py" line="297" />
            <source>The copy written to “{path}” failed its check.</source>
            <translation>Die nach „{path}“ geschriebene Kopie hat die Prüfung nicht bestanden.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/backup.py" line="301" />
            <source>Try another backup, or ask for help; the backup itself was not changed.</source>
            <translation>Versuchen Sie eine andere Sicherung oder holen Sie sich Hilfe; die Sicherung selbst wurde nicht verändert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/backup.py" line="361" />
            <source>The new backup of “{name}” failed its check ({problem}).</source>
            <translation>Die neue Sicherung von „{name}“ hat die Prüfung nicht bestanden ({problem}).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/backup.py" line="364" />
            <source>Older backups were kept. Check the disk, then try again.</source>
            <translation>Ältere Sicherungen wurden behalten. Prüfen Sie den Datenträger und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/backup.py" line="373" />
            <source>The backup of “{name}” could not be written ({reason}).</source>
            <translation>Die Sicherung von „{name}“ konnte nicht geschrieben werden ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/backup.py" line="377" />
            <source>Older backups were kept. Free some disk space or check the folder, then try again.</source>
            <translation>Ältere Sicherungen wurden behalten. Schaffen Sie Speicherplatz oder prüfen Sie den Ordner und versuchen Sie es dann erneut.</translation>
        </message>
    </context>
    <context>
        <name>BackupsPageText</name>
        <message>
            <location filename="../../src/rapport/ui/settings/backups_page.py" line="39" />
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/backups_page.py" line="61" />
            <source>Backup folder</source>
            <translation>Sicherungsordner</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/backups_page.py" line="63" />
            <source>Empty: a backups folder beside the journal</source>
            <translation>Leer: ein Ordner „backups“ neben dem Journal</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/backups_page.py" line="66" />
            <source>Beside the journal: {folder}</source>
            <translation>Neben dem Journal: {folder}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/backups_page.py" line="71" />
            <source>C&amp;hoose…</source>
            <translation>&amp;Durchsuchen…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/backups_page.py" line="72" />
            <source>Choose a folder for backups</source>
            <translation>Einen Ordner für Sicherungen wählen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/backups_page.py" line="74" />
            <source>Beside the &amp;journal</source>
            <translation>Neben dem &amp;Journal</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/backups_page.py" line="75" />
            <source>Keep backups beside the journal</source>
            <translation>Sicherungen neben dem Journal aufbewahren</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="98" />
            <source>Back up &amp;every</source>
            <translation>Sichern &amp;alle</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="99" />
            <source>Only after changes; a quiet journal makes no new copies.</source>
            <translation>Nur nach Änderungen; ein unverändertes Journal erzeugt keine neuen Kopien.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/backups_page.py" line="43" />
            <source>Backups kept</source>
            <translation>Aufbewahrte Sicherungen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="110" />
            <source>The &amp;newest</source>
            <translation>Die &amp;neuesten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="119" />
            <source>One per &amp;day, for the last</source>
            <translation>Eine pro &amp;Tag, für die letzten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="128" />
            <source>One per &amp;week, for the last</source>
            <translation>Eine pro &amp;Woche, für die letzten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="137" />
            <source>One per &amp;month, for the last</source>
            <translation>Eine pro &amp;Monat, für die letzten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/backups_page.py" line="54" />
            <source>Backups taken before an import, an upgrade, a restore, a repair or emptying the trash are also kept for 30 days, on top of these.</source>
            <translation>Sicherungen vor einem Import, einer Aktualisierung, einer Wiederherstellung, einer Reparatur oder dem Leeren des Papierkorbs werden zusätzlich 30 Tage lang aufbewahrt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/backups_page.py" line="81" />
            <source>Where</source>
            <translation>Speicherort</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/backups_page.py" line="84" />
            <source>Backups made so far stay where they are.</source>
            <translation>Bisherige Sicherungen bleiben, wo sie sind.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/settings/backups_page.py" line="100" />
            <source>At most %n backup(s) (is|are) kept; older ones are deleted.</source>
            <translation>
                <numerusform>Höchstens %n Sicherung wird aufbewahrt; ältere werden gelöscht.</numerusform>
                <numerusform>Höchstens %n Sicherungen werden aufbewahrt; ältere werden gelöscht.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/backups_page.py" line="107" />
            <source>Folder for backups</source>
            <translation>Ordner für Sicherungen</translation>
        </message>
    </context>
    <context>
        <name>BriefDialogText</name>
        <message>
            <location filename="../../src/rapport/ui/brief_dialog.py" line="53" />
            <source>Meeting brief — {name}</source>
            <translation>Gesprächsvorbereitung – {name}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/brief_dialog.py" line="55" />
            <source>The meeting brief</source>
            <translation>Die Gesprächsvorbereitung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/brief_dialog.py" line="57" />
            <source>Include &amp;private entries</source>
            <translation>&amp;Private Einträge einschließen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/brief_dialog.py" line="59" />
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/brief_dialog.py" line="61" />
            <source>Save as P&amp;DF…</source>
            <translation>Als PD&amp;F speichern…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/brief_dialog.py" line="63" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/brief_dialog.py" line="88" />
            <source>The brief could not be updated</source>
            <translation>Die Gesprächsvorbereitung konnte nicht aktualisiert werden</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/brief_dialog.py" line="103" />
            <source>Print the meeting brief</source>
            <translation>Gesprächsvorbereitung drucken</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/brief_dialog.py" line="104" />
            <source>The brief was not printed</source>
            <translation>Die Gesprächsvorbereitung wurde nicht gedruckt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/brief_dialog.py" line="112" />
            <source>Save the meeting brief as PDF</source>
            <translation>Gesprächsvorbereitung als PDF speichern</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/brief_dialog.py" line="114" />
            <source>PDF documents</source>
            <translation>PDF-Dokumente</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/brief_dialog.py" line="124" />
            <source>The PDF was not saved</source>
            <translation>Das PDF wurde nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/brief_dialog.py" line="133" />
            <source>{name} brief {day}</source>
            <translation>{name} Gesprächsvorbereitung {day}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/brief_dialog.py" line="134" />
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/brief_dialog.py" line="149" />
            <source>The brief cannot be shown</source>
            <translation>Die Gesprächsvorbereitung kann nicht angezeigt werden</translation>
        </message>
    </context>
    <context>
        <name>BriefText</name>
        <message numerus="yes">
            <location filename="../../src/rapport/reports/brief.py" line="89" />
            <source>…and %n more</source>
            <translation>
                <numerusform>…und %n weiterer</numerusform>
                <numerusform>…und %n weitere</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/reports/brief.py" line="167" />
            <source>%n private entr(y|ies) left out</source>
            <translation>
                <numerusform>%n privater Eintrag ausgelassen</numerusform>
                <numerusform>%n private Einträge ausgelassen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/brief.py" line="172" />
            <source>Where it stands</source>
            <translation>Wo die Beziehung steht</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/reports/brief.py" line="180" />
            <source>since {day} (%n day(s))</source>
            <translation>
                <numerusform>seit {day} (%n Tag)</numerusform>
                <numerusform>seit {day} (%n Tagen)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/brief.py" line="185" />
            <source>No stage recorded yet</source>
            <translation>Noch keine Phase erfasst</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/brief.py" line="187" />
            <source>Health {score} of 100</source>
            <translation>Gesundheit {score} von 100</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/brief.py" line="194" />
            <source>Next step</source>
            <translation>Nächster Schritt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/brief.py" line="196" />
            <source>No risk signals: keep the usual rhythm.</source>
            <translation>Keine Risikosignale: Behalten Sie den gewohnten Rhythmus bei.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/brief.py" line="208" />
            <source>Open follow-ups</source>
            <translation>Offene Wiedervorlagen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/brief.py" line="210" />
            <source>None open.</source>
            <translation>Keine offen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/brief.py" line="214" />
            <source>by {day}</source>
            <translation>bis {day}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/brief.py" line="216" />
            <source>overdue</source>
            <translation>überfällig</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/brief.py" line="228" />
            <source>Who is who</source>
            <translation>Wer ist wer</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/brief.py" line="238" />
            <source>knows: {names}</source>
            <translation>kennt: {names}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/brief.py" line="250" />
            <source>Open promises</source>
            <translation>Offene Zusagen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/brief.py" line="252" />
            <source>We promised</source>
            <translation>Wir haben zugesagt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/brief.py" line="252" />
            <source>They promised</source>
            <translation>Sie haben zugesagt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/brief.py" line="265" />
            <source>Latest entries</source>
            <translation>Neueste Einträge</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/brief.py" line="267" />
            <source>Nothing written yet.</source>
            <translation>Noch nichts geschrieben.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/brief.py" line="271" />
            <source>Private</source>
            <translation>Privat</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/brief.py" line="280" />
            <source>Last check-in</source>
            <translation>Letzter Check-in</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/brief.py" line="283" />
            <source>No check-in yet.</source>
            <translation>Noch kein Check-in.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/brief.py" line="289" />
            <source>Last conflict</source>
            <translation>Letzter Konflikt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/brief.py" line="292" />
            <source>No conflict on record.</source>
            <translation>Kein Konflikt verzeichnet.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/brief.py" line="294" />
            <source>Began {day}</source>
            <translation>Begonnen am {day}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/brief.py" line="298" />
            <source>Not settled yet.</source>
            <translation>Noch nicht beigelegt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/brief.py" line="300" />
            <source>Settled {day}: moved to {stage}</source>
            <translation>Beigelegt am {day}: weiter zu {stage}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/brief.py" line="348" />
            <source>{name} — meeting brief</source>
            <translation>{name} – Gesprächsvorbereitung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/brief.py" line="370" />
            <source>The brief could not be printed.</source>
            <translation>Die Gesprächsvorbereitung konnte nicht gedruckt werden.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/brief.py" line="371" />
            <source>Check the printer, or that the file's folder can be written.</source>
            <translation>Prüfen Sie den Drucker oder ob der Ordner der Datei beschreibbar ist.</translation>
        </message>
    </context>
    <context>
        <name>CadenceText</name>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/cadence.py" line="54" />
            <source>cadence %n day(s) while in {stage}</source>
            <translation>
                <numerusform>Kontaktrhythmus %n Tag in der Phase {stage}</numerusform>
                <numerusform>Kontaktrhythmus %n Tage in der Phase {stage}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/cadence.py" line="58" />
            <source>cadence %n day(s) (set for this supplier)</source>
            <translation>
                <numerusform>Kontaktrhythmus %n Tag (für diesen Lieferanten festgelegt)</numerusform>
                <numerusform>Kontaktrhythmus %n Tage (für diesen Lieferanten festgelegt)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/cadence.py" line="60" />
            <source>cadence %n day(s) (set for this partner)</source>
            <translation>
                <numerusform>Kontaktrhythmus %n Tag (für diesen Partner festgelegt)</numerusform>
                <numerusform>Kontaktrhythmus %n Tage (für diesen Partner festgelegt)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/cadence.py" line="62" />
            <source>cadence %n day(s) (set for this customer)</source>
            <translation>
                <numerusform>Kontaktrhythmus %n Tag (für diesen Kunden festgelegt)</numerusform>
                <numerusform>Kontaktrhythmus %n Tage (für diesen Kunden festgelegt)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/cadence.py" line="63" />
            <source>cadence %n day(s)</source>
            <translation>
                <numerusform>Kontaktrhythmus %n Tag</numerusform>
                <numerusform>Kontaktrhythmus %n Tage</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CalendarOutText</name>
        <message>
            <location filename="../../src/rapport/transfer/calendar_out.py" line="48" />
            <source>Rapport follow-ups</source>
            <translation>Rapport-Wiedervorlagen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/calendar_out.py" line="76" />
            <source>Get back to {name}</source>
            <translation>{name} kontaktieren</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/calendar_out.py" line="77" />
            <source>Get back to {name}: {title}</source>
            <translation>{name} kontaktieren: {title}</translation>
        </message>
    </context>
    <context>
        <name>CalendarPageText</name>
        <message>
            <location filename="../../src/rapport/ui/settings/calendar_page.py" line="29" />
            <location filename="../../src/rapport/ui/settings/calendar_page.py" line="77" />
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/calendar_page.py" line="33" />
            <source>Calendar file</source>
            <translation>Kalenderdatei</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/calendar_page.py" line="34" />
            <source>No calendar file</source>
            <translation>Keine Kalenderdatei</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/calendar_page.py" line="35" />
            <source>C&amp;hoose…</source>
            <translation>A&amp;uswählen…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/calendar_page.py" line="36" />
            <location filename="../../src/rapport/ui/settings/calendar_page.py" line="75" />
            <source>Choose the calendar file</source>
            <translation>Kalenderdatei auswählen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/calendar_page.py" line="38" />
            <source>&amp;None</source>
            <translation>&amp;Keine</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/calendar_page.py" line="39" />
            <source>Read no calendar file</source>
            <translation>Keine Kalenderdatei lesen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/calendar_page.py" line="50" />
            <source>Let your calendar export to an .ics file (Google, Outlook, Apple and Thunderbird can). Rapport reads it on start and whenever it changes: meetings of the last two weeks with your customers come up in Today to be written up.</source>
            <translation>Lassen Sie Ihren Kalender in eine .ics-Datei exportieren (Google, Outlook, Apple und Thunderbird können das). Rapport liest sie beim Start und bei jeder Änderung: Besprechungen der letzten zwei Wochen mit Ihren Kunden erscheinen unter „Heute“ zum Festhalten.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/calendar_page.py" line="79" />
            <source>All files</source>
            <translation>Alle Dateien</translation>
        </message>
    </context>
    <context>
        <name>CalendarText</name>
        <message>
            <location filename="../../src/rapport/transfer/calendar_in.py" line="59" />
            <source>“{name}” is too large for a calendar.</source>
            <translation>„{name}“ ist für einen Kalender zu groß.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/calendar_in.py" line="60" />
            <source>Export only your own calendar, or only the last months.</source>
            <translation>Exportieren Sie nur Ihren eigenen Kalender oder nur die letzten Monate.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/calendar_in.py" line="101" />
            <source>“{name}” is not a calendar Rapport can read.</source>
            <translation>„{name}“ ist kein Kalender, den Rapport lesen kann.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/calendar_in.py" line="102" />
            <source>Export the calendar again as an .ics (iCalendar) file.</source>
            <translation>Exportieren Sie den Kalender erneut als .ics-Datei (iCalendar).</translation>
        </message>
    </context>
    <context>
        <name>CaptureText</name>
        <message>
            <location filename="../../src/rapport/ui/capture.py" line="64" />
            <source>“{name}” is too large for an e-mail.</source>
            <translation>„{name}“ ist zu groß für eine E-Mail.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/capture.py" line="65" />
            <source>Save the message without its largest attachments, and try again.</source>
            <translation>Speichern Sie die Nachricht ohne ihre größten Anhänge und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/capture.py" line="71" />
            <source>“{name}” could not be read.</source>
            <translation>„{name}“ konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/capture.py" line="72" />
            <source>Check that the file still exists and that you may open it.</source>
            <translation>Prüfen Sie, ob die Datei noch existiert und ob Sie sie öffnen dürfen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/capture.py" line="142" />
            <location filename="../../src/rapport/ui/capture.py" line="157" />
            <source>Import e-mail</source>
            <translation>E-Mail importieren</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/capture.py" line="144" />
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/capture.py" line="144" />
            <source>All files</source>
            <translation>Alle Dateien</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/capture.py" line="158" />
            <source>Reading {file}…</source>
            <translation>{file} wird gelesen…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/capture.py" line="197" />
            <source>Add e-mail “{subject}”</source>
            <translation>E-Mail „{subject}“ hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/capture.py" line="205" />
            <source>E-mail added</source>
            <translation>E-Mail hinzugefügt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/capture.py" line="229" />
            <location filename="../../src/rapport/ui/capture.py" line="253" />
            <source>Calendar</source>
            <translation>Kalender</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/capture.py" line="251" />
            <source>Export follow-ups to a calendar</source>
            <translation>Wiedervorlagen in einen Kalender exportieren</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/capture.py" line="275" />
            <location filename="../../src/rapport/ui/capture.py" line="283" />
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/capture.py" line="276" />
            <source>Wrote %n follow-up(s) to {file}.</source>
            <translation>
                <numerusform>%n Wiedervorlage in {file} geschrieben.</numerusform>
                <numerusform>%n Wiedervorlagen in {file} geschrieben.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/capture.py" line="283" />
            <source>Writing the calendar…</source>
            <translation>Der Kalender wird geschrieben…</translation>
        </message>
    </context>
    <context>
        <name>ChartDataText</name>
        <message>
            <location filename="../../src/rapport/reports/chart_data.py" line="40" />
            <source>3 months</source>
            <translation>3 Monate</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/chart_data.py" line="42" />
            <source>A year</source>
            <translation>Ein Jahr</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/chart_data.py" line="43" />
            <source>All</source>
            <translation>Gesamt</translation>
        </message>
    </context>
    <context>
        <name>ChartTabText</name>
        <message>
            <location filename="../../src/rapport/ui/chart_tab.py" line="42" />
            <source>Chart of the relationship</source>
            <translation>Diagramm der Beziehung</translation>
        </message>
    </context>
    <context>
        <name>ChartViewText</name>
        <message>
            <location filename="../../src/rapport/ui/chart_view.py" line="45" />
            <source>Show 3 months of this relationship</source>
            <translation>3 Monate dieser Beziehung zeigen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/chart_view.py" line="48" />
            <source>Show a year of this relationship</source>
            <translation>Ein Jahr dieser Beziehung zeigen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/chart_view.py" line="49" />
            <source>Show all of this relationship</source>
            <translation>Die ganze Beziehung zeigen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/chart_view.py" line="53" />
            <source>3 months</source>
            <translation>3 Monate</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/chart_view.py" line="54" />
            <source>a year</source>
            <translation>ein Jahr</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/chart_view.py" line="55" />
            <source>all</source>
            <translation>gesamter Zeitraum</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/chart_view.py" line="99" />
            <source>Relationship chart</source>
            <translation>Beziehungsdiagramm</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/chart_view.py" line="104" />
            <source>Show:</source>
            <translation>Zeitraum:</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/chart_view.py" line="114" />
            <source>Point at a dot to see the entry; click to open it.</source>
            <translation>Zeigen Sie auf einen Punkt, um den Eintrag zu sehen; ein Klick öffnet ihn.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/chart_view.py" line="116" />
            <source>Clicking a dot opens the entry in the timeline.</source>
            <translation>Ein Klick auf einen Punkt öffnet den Eintrag im Verlauf.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/chart_view.py" line="121" />
            <source>Save chart…</source>
            <translation>Diagramm speichern…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/chart_view.py" line="122" />
            <source>Save this chart as a picture</source>
            <translation>Dieses Diagramm als Bild speichern</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/chart_view.py" line="202" />
            <source>{name} – relationship chart</source>
            <translation>{name} – Beziehungsdiagramm</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/chart_view.py" line="218" />
            <source>Chart of {name}'s relationship, {span}: stages, health, the mood of each of %n entr(y|ies), and entries per month.</source>
            <translation>
                <numerusform>Diagramm der Beziehung zu {name}, {span}: Phasen, Gesundheit, die Stimmung von %n Eintrag und Einträge pro Monat.</numerusform>
                <numerusform>Diagramm der Beziehung zu {name}, {span}: Phasen, Gesundheit, die Stimmung jedes der %n Einträge und Einträge pro Monat.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CheckJournalText</name>
        <message>
            <location filename="../../src/rapport/ui/check_journal.py" line="47" />
            <location filename="../../src/rapport/ui/check_journal.py" line="59" />
            <location filename="../../src/rapport/ui/check_journal.py" line="70" />
            <source>Check journal</source>
            <translation>Journal prüfen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/check_journal.py" line="50" />
            <source>Your journal is in good order.</source>
            <translation>Ihr Journal ist in Ordnung.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/check_journal.py" line="60" />
            <source>The search index does not match your notes. Rebuild it now?</source>
            <translation>Der Suchindex passt nicht zu Ihren Notizen. Jetzt neu aufbauen?</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/check_journal.py" line="62" />
            <source>Rebuilding changes no note; it only repairs search.</source>
            <translation>Der Neuaufbau ändert keine Notiz; er repariert nur die Suche.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/check_journal.py" line="63" />
            <source>Rebuild the index</source>
            <translation>Index neu aufbauen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/check_journal.py" line="64" />
            <source>Not now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/check_journal.py" line="48" />
            <source>Repaired: your journal is in good order.</source>
            <translation>Repariert: Ihr Journal ist in Ordnung.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/check_journal.py" line="71" />
            <source>Check journal found problems it cannot repair by itself.</source>
            <translation>Die Journalprüfung hat Probleme gefunden, die sie nicht selbst beheben kann.</translation>
        </message>
    </context>
    <context>
        <name>CheckServerText</name>
        <message>
            <location filename="../../src/rapport/store/check_pg.py" line="47" />
            <source>The server answers and holds the whole journal.</source>
            <translation>Der Server antwortet und enthält das ganze Journal.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check_pg.py" line="52" />
            <source>Part of the team journal is missing on the server.</source>
            <translation>Auf dem Server fehlt ein Teil des Team-Journals.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check_pg.py" line="54" />
            <source>Ask whoever runs the server to restore it from a pg_dump backup; keep Rapport closed on every computer until then.</source>
            <translation>Bitten Sie die Person, die den Server betreut, es aus einer pg_dump-Sicherung wiederherzustellen; lassen Sie Rapport bis dahin auf allen Computern geschlossen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check_pg.py" line="73" />
            <source>Every record links to records that exist (the server sees to it).</source>
            <translation>Jeder Datensatz verweist auf vorhandene Datensätze (der Server stellt das sicher).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check_pg.py" line="78" />
            <source>Some links between records are not checked by the server.</source>
            <translation>Einige Verweise zwischen Datensätzen werden vom Server nicht geprüft.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check_pg.py" line="79" />
            <source>Ask whoever runs the server to validate the journal's constraints.</source>
            <translation>Bitten Sie die Person, die den Server betreut, die Bedingungen des Journals zu prüfen (VALIDATE CONSTRAINT).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check_pg.py" line="88" />
            <source>Every note and name reads as text (UTF-8).</source>
            <translation>Jede Notiz und jeder Name ist als Text lesbar (UTF-8).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check_pg.py" line="93" />
            <source>The database does not store text as UTF-8 ({encoding}).</source>
            <translation>Die Datenbank speichert Text nicht als UTF-8 ({encoding}).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check_pg.py" line="97" />
            <source>Notes in some languages may not be saved. Move the journal to a UTF-8 database.</source>
            <translation>Notizen in manchen Sprachen können womöglich nicht gespeichert werden. Verlegen Sie das Journal in eine UTF-8-Datenbank.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check_pg.py" line="111" />
            <source>Every look-up table is usable.</source>
            <translation>Jede Nachschlagetabelle ist nutzbar.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/store/check_pg.py" line="116" />
            <source>%n look-up table(s) (is|are) unusable; lists may be slow.</source>
            <translation>
                <numerusform>%n Nachschlagetabelle ist unbrauchbar; Listen können langsam sein.</numerusform>
                <numerusform>%n Nachschlagetabellen sind unbrauchbar; Listen können langsam sein.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check_pg.py" line="118" />
            <source>Ask whoever runs the server to run REINDEX; no record is lost.</source>
            <translation>Bitten Sie die Person, die den Server betreut, REINDEX auszuführen; kein Datensatz geht verloren.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check_pg.py" line="141" />
            <source>The team journal could not be checked on the server.</source>
            <translation>Das Team-Journal konnte auf dem Server nicht geprüft werden.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check_pg.py" line="142" />
            <source>Check that the server is reachable, then try again.</source>
            <translation>Prüfen Sie, ob der Server erreichbar ist, und versuchen Sie es dann erneut.</translation>
        </message>
    </context>
    <context>
        <name>CheckText</name>
        <message>
            <location filename="../../src/rapport/store/check.py" line="61" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check.py" line="62" />
            <source>PROBLEM</source>
            <translation>PROBLEM</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check.py" line="80" />
            <source>The journal file is sound.</source>
            <translation>Die Journaldatei ist in Ordnung.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check.py" line="85" />
            <source>The journal file is damaged.</source>
            <translation>Die Journaldatei ist beschädigt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check.py" line="87" />
            <source>Restore the latest backup (your backups folder is beside the journal); keep this damaged copy until you have checked the restored one.</source>
            <translation>Stellen Sie die neueste Sicherung wieder her (der Ordner mit Ihren Sicherungen liegt neben dem Journal); behalten Sie diese beschädigte Kopie, bis Sie die wiederhergestellte geprüft haben.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check.py" line="102" />
            <source>The links between records could not be checked.</source>
            <translation>Die Verknüpfungen zwischen den Datensätzen konnten nicht geprüft werden.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check.py" line="107" />
            <source>Every record links to records that exist.</source>
            <translation>Alle Datensätze verweisen auf vorhandene Datensätze.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check.py" line="109" />
            <source>{table} row {row} points to a missing {parent}</source>
            <translation>{table}, Zeile {row}, verweist auf einen fehlenden Datensatz in {parent}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/store/check.py" line="118" />
            <source>%n record(s) (points|point) to customers or entries that no longer exist.</source>
            <translation>
                <numerusform>%n Datensatz verweist auf Kunden oder Einträge, die es nicht mehr gibt.</numerusform>
                <numerusform>%n Datensätze verweisen auf Kunden oder Einträge, die es nicht mehr gibt.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check.py" line="122" />
            <source>Restore the latest backup, or report this problem with the details below.</source>
            <translation>Stellen Sie die neueste Sicherung wieder her oder melden Sie dieses Problem mit den Details unten.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check.py" line="129" />
            <source>Customer #{id} (added {day}): {column}</source>
            <translation>Kunde #{id} (angelegt am {day}): {column}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check.py" line="130" />
            <source>Entry #{id} of customer #{customer}, {day}: {column}</source>
            <translation>Eintrag #{id} von Kunde #{customer}, {day}: {column}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check.py" line="131" />
            <source>Stage change #{id} of customer #{customer}, {day}: {column}</source>
            <translation>Phasenwechsel #{id} von Kunde #{customer}, {day}: {column}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check.py" line="134" />
            <source>Check-in #{id} of customer #{customer}, {day}: {column}</source>
            <translation>Check-in #{id} von Kunde #{customer}, {day}: {column}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check.py" line="137" />
            <source>Dismissed suggestion #{id} of customer #{customer}, {day}: {column}</source>
            <translation>Ausgeblendeter Vorschlag #{id} von Kunde #{customer}, {day}: {column}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check.py" line="140" />
            <source>Tag #{id}: {column}</source>
            <translation>Schlagwort #{id}: {column}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check.py" line="144" />
            <location filename="../../src/rapport/store/check.py" line="145" />
            <source>the note</source>
            <translation>die Notiz</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check.py" line="146" />
            <source>the title</source>
            <translation>der Titel</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check.py" line="147" />
            <source>the name</source>
            <translation>der Name</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check.py" line="148" />
            <source>About</source>
            <translation>Hintergrund</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check.py" line="149" />
            <source>the reason</source>
            <translation>der Grund</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check.py" line="170" />
            <source>The text of the records could not be read.</source>
            <translation>Der Text der Datensätze konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check.py" line="173" />
            <source>Every note and name reads as text.</source>
            <translation>Jede Notiz und jeder Name lässt sich als Text lesen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/store/check.py" line="183" />
            <source>%n piece(s) of text (holds|hold) characters that cannot be read (shown as “�”).</source>
            <translation>
                <numerusform>%n Text enthält Zeichen, die sich nicht lesen lassen (angezeigt als „�“).</numerusform>
                <numerusform>%n Texte enthalten Zeichen, die sich nicht lesen lassen (angezeigt als „�“).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check.py" line="188" />
            <source>The rest of the text is intact. Open each one and correct it (saving it fixes it), or restore a backup from before the damage.</source>
            <translation>Der übrige Text ist unversehrt. Öffnen und korrigieren Sie jeden davon (Speichern behebt den Schaden), oder stellen Sie eine Sicherung von vor dem Schaden wieder her.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check.py" line="200" />
            <source>The search index could not be checked ({reason}).</source>
            <translation>Der Suchindex konnte nicht geprüft werden ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check.py" line="209" />
            <source>Search finds every note: its index matches the journal.</source>
            <translation>Die Suche findet jede Notiz: Der Suchindex stimmt mit dem Journal überein.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check.py" line="217" />
            <source>Rebuilding the search index repairs this; your notes are not affected.</source>
            <translation>Ein Neuaufbau des Suchindex behebt das; Ihre Notizen sind davon nicht betroffen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check.py" line="247" />
            <source>Search index rebuilt (it was healthy before).</source>
            <translation>Suchindex neu aufgebaut (er war vorher in Ordnung).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/check.py" line="249" />
            <source>Search index rebuilt (it had problems before).</source>
            <translation>Suchindex neu aufgebaut (er hatte vorher Fehler).</translation>
        </message>
    </context>
    <context>
        <name>CheckinDialogText</name>
        <message>
            <location filename="../../src/rapport/ui/dialogs/checkin_dialog.py" line="54" />
            <source>Check in on {name}</source>
            <translation>Check-in für {name}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/checkin_dialog.py" line="60" />
            <source>How does your relationship with {name} stand today? Answer what you can. “Don't know” is an honest answer: it is left out of the score, and it may be worth a conversation.</source>
            <translation>Wie steht Ihre Beziehung zu {name} heute? Beantworten Sie, was Sie können. „Weiß nicht“ ist eine ehrliche Antwort: Sie zählt nicht zur Bewertung, und vielleicht lohnt sich darüber ein Gespräch.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/checkin_dialog.py" line="65" />
            <source>Your last check-in was on {day}.</source>
            <translation>Ihr letzter Check-in war am {day}.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/checkin_dialog.py" line="82" />
            <source>Date of the check-in</source>
            <translation>Datum des Check-ins</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/checkin_dialog.py" line="83" />
            <source>Back-date it if you thought it through earlier</source>
            <translation>Zurückdatieren, wenn Sie schon früher darüber nachgedacht haben</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/checkin_dialog.py" line="85" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/checkin_dialog.py" line="86" />
            <source>Anything the answers do not say</source>
            <translation>Was die Antworten nicht sagen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/checkin_dialog.py" line="88" />
            <source>What stands out? What will you do about it?</source>
            <translation>Was fällt auf? Was nehmen Sie sich vor?</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/checkin_dialog.py" line="93" />
            <source>&amp;Date</source>
            <translation>&amp;Datum</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/checkin_dialog.py" line="94" />
            <source>&amp;Note</source>
            <translation>&amp;Notiz</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/checkin_dialog.py" line="102" />
            <source>Save ({keys})</source>
            <translation>Speichern ({keys})</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/checkin_dialog.py" line="103" />
            <source>Save the check-in</source>
            <translation>Check-in speichern</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/checkin_dialog.py" line="105" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/checkin_dialog.py" line="126" />
            <source>{question}: {answer} ({value} of {most})</source>
            <translation>{question}: {answer} ({value} von {most})</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/checkin_dialog.py" line="136" />
            <source>Don't know</source>
            <translation>Weiß nicht</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/checkin_dialog.py" line="138" />
            <source>{question}: don't know</source>
            <translation>{question}: weiß nicht</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/checkin_dialog.py" line="197" />
            <source>Discard this check-in?</source>
            <translation>Diesen Check-in verwerfen?</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/checkin_dialog.py" line="198" />
            <source>You have answered questions that are not saved yet.</source>
            <translation>Sie haben Fragen beantwortet, die noch nicht gespeichert sind.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/checkin_dialog.py" line="199" />
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/checkin_dialog.py" line="200" />
            <source>Keep going</source>
            <translation>Weitermachen</translation>
        </message>
    </context>
    <context>
        <name>CipherText</name>
        <message>
            <location filename="../../src/rapport/store/cipher.py" line="111" />
            <source>“{path}” is protected with a passphrase.</source>
            <translation>„{path}“ ist mit einer Passphrase geschützt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/cipher.py" line="112" />
            <source>Enter its passphrase to open it.</source>
            <translation>Geben Sie die Passphrase ein, um es zu öffnen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/cipher.py" line="122" />
            <source>The passphrase does not open “{path}”.</source>
            <translation>Die Passphrase öffnet „{path}“ nicht.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/cipher.py" line="124" />
            <source>Check it (and the keyboard layout), then try again. Nothing was changed.</source>
            <translation>Prüfen Sie sie (und die Tastaturbelegung) und versuchen Sie es erneut. Es wurde nichts verändert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/cipher.py" line="237" />
            <source>That is not a recovery key.</source>
            <translation>Das ist kein Wiederherstellungsschlüssel.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/cipher.py" line="239" />
            <source>A recovery key has 32 letters and digits in 8 groups, like ABCD-EFGH-…; type it as it was printed or saved.</source>
            <translation>Ein Wiederherstellungsschlüssel hat 32 Buchstaben und Ziffern in 8 Gruppen, etwa ABCD-EFGH-…; geben Sie ihn so ein, wie er gedruckt oder gespeichert wurde.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/cipher.py" line="246" />
            <source>“{name}” has no recovery key.</source>
            <translation>„{name}“ hat keinen Wiederherstellungsschlüssel.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/cipher.py" line="247" />
            <source>Only its passphrase opens it.</source>
            <translation>Nur seine Passphrase öffnet es.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/cipher.py" line="253" />
            <source>That recovery key does not open “{name}”.</source>
            <translation>Dieser Wiederherstellungsschlüssel öffnet „{name}“ nicht.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/cipher.py" line="255" />
            <source>Check each group against the printout or the saved file; it may belong to another journal.</source>
            <translation>Vergleichen Sie jede Gruppe mit dem Ausdruck oder der gespeicherten Datei; vielleicht gehört er zu einem anderen Journal.</translation>
        </message>
    </context>
    <context>
        <name>ConflictsText</name>
        <message>
            <location filename="../../src/rapport/ui/conflicts.py" line="64" />
            <source>Changed elsewhere</source>
            <translation>Anderswo geändert</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/conflicts.py" line="67" />
            <source>Use the value saved elsewhere, or keep yours? Your other changes are saved either way.</source>
            <translation>Den anderswo gespeicherten Wert übernehmen oder Ihren behalten? Ihre übrigen Änderungen werden in jedem Fall gespeichert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/conflicts.py" line="70" />
            <source>Use the other value</source>
            <translation>Anderen Wert übernehmen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/conflicts.py" line="71" />
            <source>Keep mine</source>
            <translation>Meinen behalten</translation>
        </message>
    </context>
    <context>
        <name>ControllerText</name>
        <message>
            <location filename="../../src/rapport/ui/controller.py" line="92" />
            <location filename="../../src/rapport/ui/controller.py" line="146" />
            <source>Save the entry</source>
            <translation>Eintrag speichern</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/controller.py" line="210" />
            <location filename="../../src/rapport/ui/controller.py" line="221" />
            <source>Move the customer</source>
            <translation>Kunden verschieben</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/controller.py" line="134" />
            <source>Edit the entry</source>
            <translation>Eintrag bearbeiten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/controller.py" line="184" />
            <source>Delete entry “{title}”</source>
            <translation>Eintrag „{title}“ löschen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/controller.py" line="188" />
            <source>Entry deleted</source>
            <translation>Eintrag gelöscht</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/controller.py" line="192" />
            <source>Delete move to {stage}</source>
            <translation>Wechsel in „{stage}“ löschen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/controller.py" line="197" />
            <source>Stage change deleted</source>
            <translation>Phasenwechsel gelöscht</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/controller.py" line="240" />
            <source>Add the customer</source>
            <translation>Kunden anlegen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/controller.py" line="259" />
            <source>Edit the customer</source>
            <translation>Kunden bearbeiten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/controller.py" line="268" />
            <source>Save the customer</source>
            <translation>Kunden speichern</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/controller.py" line="284" />
            <source>Change the customer's status</source>
            <translation>Status des Kunden ändern</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/controller.py" line="296" />
            <source>Delete {name}?</source>
            <translation>{name} löschen?</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/controller.py" line="297" />
            <source>{name} and every entry about them go to the trash.</source>
            <translation>{name} und alle Einträge dazu kommen in den Papierkorb.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/controller.py" line="301" />
            <source>Edit → Undo (Ctrl+Z) brings them back. To keep a lost customer for the record, mark them as parted ways instead.</source>
            <translation>Bearbeiten → Rückgängig (Strg+Z) holt alles zurück. Wenn Sie einen verlorenen Kunden als Erinnerung behalten möchten, markieren Sie ihn stattdessen als beendet.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/controller.py" line="304" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/controller.py" line="305" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/controller.py" line="309" />
            <source>Delete customer {name}</source>
            <translation>Kunden {name} löschen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/controller.py" line="321" />
            <source>{name} deleted</source>
            <translation>{name} gelöscht</translation>
        </message>
    </context>
    <context>
        <name>CsvImportText</name>
        <message>
            <location filename="../../src/rapport/transfer/csv_table.py" line="153" />
            <source>Column {number}</source>
            <translation>Spalte {number}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/csv_table.py" line="164" />
            <source>The file has no header line, so Rapport cannot tell which column is which.</source>
            <translation>Die Datei hat keine Kopfzeile, daher kann Rapport die Spalten nicht unterscheiden.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/csv_table.py" line="166" />
            <source>Export it again with column names in the first line.</source>
            <translation>Exportieren Sie sie erneut, mit den Spaltennamen in der ersten Zeile.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/csv_import.py" line="53" />
            <source>Choose the column that holds each customer's name (or organisation).</source>
            <translation>Wählen Sie die Spalte mit dem Namen (oder der Organisation) jedes Kunden.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/csv_table.py" line="188" />
            <source>line {line}</source>
            <translation>Zeile {line}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/transfer/csv_import.py" line="169" />
            <source>it has %n cell(s) where the header has {width} (a comma or quote too many inside a cell?)</source>
            <translation>
                <numerusform>sie hat %n Zelle, die Kopfzeile aber {width} (ein Komma oder Anführungszeichen zu viel in einer Zelle?)</numerusform>
                <numerusform>sie hat %n Zellen, die Kopfzeile aber {width} (ein Komma oder Anführungszeichen zu viel in einer Zelle?)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/csv_table.py" line="408" />
            <source>a cell is longer than {limit} characters, so the line was not read</source>
            <translation>eine Zelle ist länger als {limit} Zeichen, daher wurde die Zeile nicht gelesen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/csv_table.py" line="260" />
            <source>a quoted cell is never closed (the file may be cut short)</source>
            <translation>eine Zelle in Anführungszeichen wird nie geschlossen (die Datei ist vielleicht abgeschnitten)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/csv_table.py" line="174" />
            <source>The header line, which names the columns, cannot be read ({place}): a quote in it is not closed or not doubled, or a name is far too long.</source>
            <translation>Die Kopfzeile, die die Spalten benennt, lässt sich nicht lesen ({place}): ein Anführungszeichen darin wird nicht geschlossen oder ist nicht verdoppelt, oder ein Name ist viel zu lang.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/csv_table.py" line="177" />
            <source>Correct that line in a text editor, then import the file again.</source>
            <translation>Korrigieren Sie diese Zeile in einem Texteditor und importieren Sie die Datei dann erneut.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/csv_table.py" line="194" />
            <source>lines {first}–{last}</source>
            <translation>Zeilen {first}–{last}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/csv_table.py" line="267" />
            <source>a quote opens at line {open} and is never closed; the lines after it up to line {last} look like part of its cell, so they are left out with it</source>
            <translation>ein Anführungszeichen öffnet in Zeile {open} und wird nie geschlossen; die Zeilen danach bis Zeile {last} sehen aus wie ein Teil seiner Zelle und werden daher mit ihr ausgelassen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/csv_table.py" line="373" />
            <source>a quote inside a cell is not doubled, so the line cannot be split into cells</source>
            <translation>ein Anführungszeichen in einer Zelle ist nicht verdoppelt, daher lässt sich die Zeile nicht in Zellen aufteilen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/csv_table.py" line="376" />
            <source>a quote inside a cell is not doubled, so the cell runs on to line {last} and these lines cannot be split into cells</source>
            <translation>ein Anführungszeichen in einer Zelle ist nicht verdoppelt, daher reicht die Zelle bis Zeile {last}, und diese Zeilen lassen sich nicht in Zellen aufteilen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/csv_table.py" line="385" />
            <source>a quote opens in this line and is never closed, so it took in {lines}; those were read again as rows of their own</source>
            <translation>ein Anführungszeichen öffnet in dieser Zeile und wird nie geschlossen, daher hat es {lines} mitgenommen; diese wurden erneut als eigene Zeilen gelesen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/csv_table.py" line="390" />
            <source>a quote opens at line {open} and is never closed, so it took in {lines}; those were read again as rows of their own</source>
            <translation>ein Anführungszeichen öffnet in Zeile {open} und wird nie geschlossen, daher hat es {lines} mitgenommen; diese wurden erneut als eigene Zeilen gelesen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/csv_table.py" line="410" />
            <source>the line is not valid CSV ({reason})</source>
            <translation>die Zeile ist kein gültiges CSV ({reason})</translation>
        </message>
    </context>
    <context>
        <name>CustomerDialogText</name>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="54" />
            <source>Edit customer</source>
            <translation>Kunde bearbeiten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="52" />
            <source>New customer</source>
            <translation>Neuer Kunde</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="55" />
            <source>Edit supplier</source>
            <translation>Lieferanten bearbeiten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="56" />
            <source>Edit partner</source>
            <translation>Partner bearbeiten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="82" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="83" />
            <source>Required: a person or an organisation</source>
            <translation>Pflichtfeld: eine Person oder eine Organisation</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="85" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="87" />
            <source>Main contact's name</source>
            <translation>Name des Hauptansprechpartners</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="88" />
            <source>Leave blank when the name above is a person</source>
            <translation>Leer lassen, wenn der Name oben eine Person ist</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="91" />
            <source>Role</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="91" />
            <source>e.g. Head chef, Owner, Buyer</source>
            <translation>z. B. Küchenchefin, Inhaber, Einkäufer</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="93" />
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="94" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="95" />
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="97" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="101" />
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="102" />
            <source>Comma-separated, e.g. wholesale, Berlin</source>
            <translation>Durch Kommas getrennt, z. B. Großhandel, Berlin</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="105" />
            <source>Kind of relationship</source>
            <translation>Art der Beziehung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="110" />
            <source>Who they are to you: they buy, they supply, or you work together</source>
            <translation>Wer sie für Sie sind: Sie kaufen bei Ihnen, sie liefern Ihnen, oder Sie arbeiten zusammen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="114" />
            <source>Relationship level</source>
            <translation>Beziehungsebene</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="121" />
            <source>Starting stage</source>
            <translation>Anfangsphase</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="125" />
            <source>Account value</source>
            <translation>Kundenwert</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="125" />
            <source>e.g. 12500</source>
            <translation>z. B. 12500</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="127" />
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="131" />
            <source>Keep-in-touch cadence in days</source>
            <translation>Kontaktrhythmus in Tagen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="133" />
            <source>Default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="134" />
            <source> days</source>
            <translation> Tage</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="136" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="140" />
            <source>About</source>
            <translation>Hintergrund</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="143" />
            <source>What matters to them, how they like to work…</source>
            <translation>Was ihnen wichtig ist, wie sie gern arbeiten…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="150" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="151" />
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="154" />
            <source>&amp;Organisation</source>
            <translation>&amp;Organisation</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="155" />
            <source>Main contact</source>
            <translation>Hauptansprechpartner</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="158" />
            <source>Na&amp;me</source>
            <translation>Na&amp;me</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="159" />
            <source>&amp;Role</source>
            <translation>&amp;Funktion</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="160" />
            <source>&amp;Email</source>
            <translation>&amp;E-Mail</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="161" />
            <source>&amp;Phone</source>
            <translation>&amp;Telefon</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="166" />
            <source>&amp;Website</source>
            <translation>&amp;Website</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="167" />
            <source>Addre&amp;ss</source>
            <translation>Adre&amp;sse</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="168" />
            <source>&amp;Tags</source>
            <translation>Sch&amp;lagwörter</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="169" />
            <source>&amp;Level</source>
            <translation>E&amp;bene</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="171" />
            <source>Starting st&amp;age</source>
            <translation>Anfangs&amp;phase</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="172" />
            <source>Account &amp;value</source>
            <translation>&amp;Kundenwert</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="175" />
            <source>Keep in tou&amp;ch every</source>
            <translation>Kontakt &amp;halten alle</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="177" />
            <source>Stat&amp;us</source>
            <translation>Stat&amp;us</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="178" />
            <source>A&amp;bout</source>
            <translation>Hinter&amp;grund</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_dialog.py" line="216" />
            <source>Check the account value</source>
            <translation>Kundenwert prüfen</translation>
        </message>
    </context>
    <context>
        <name>CustomerFigureText</name>
        <message>
            <location filename="../../src/rapport/reports/customer_figure.py" line="106" />
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/customer_figure.py" line="113" />
            <source>No stage recorded yet</source>
            <translation>Noch keine Phase erfasst</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/customer_figure.py" line="133" />
            <source>since {day}</source>
            <translation>seit {day}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/customer_figure.py" line="151" />
            <source>{stage} from {day} ({duration})</source>
            <translation>{stage} ab {day} ({duration})</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/customer_figure.py" line="187" />
            <source>Health</source>
            <translation>Gesundheit</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/customer_figure.py" line="192" />
            <source>weak</source>
            <translation>schwach</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/customer_figure.py" line="193" />
            <source>fair</source>
            <translation>mittel</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/customer_figure.py" line="194" />
            <source>strong</source>
            <translation>stark</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/customer_figure.py" line="231" />
            <source>Mood of each entry</source>
            <translation>Stimmung je Eintrag</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/customer_figure.py" line="234" />
            <source>not rated</source>
            <translation>unbewertet</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/customer_figure.py" line="235" />
            <source>negative</source>
            <translation>negativ</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/customer_figure.py" line="236" />
            <source>neutral</source>
            <translation>neutral</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/customer_figure.py" line="237" />
            <source>positive</source>
            <translation>positiv</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/customer_figure.py" line="245" />
            <source>No entries in this period</source>
            <translation>Keine Einträge in diesem Zeitraum</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/customer_figure.py" line="247" />
            <source>No entries yet</source>
            <translation>Noch keine Einträge</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/customer_figure.py" line="291" />
            <source>Entries per week</source>
            <translation>Einträge pro Woche</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/customer_figure.py" line="293" />
            <source>Entries per month</source>
            <translation>Einträge pro Monat</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/customer_figure.py" line="324" />
            <source>quiet</source>
            <translation>ruhig</translation>
        </message>
    </context>
    <context>
        <name>CustomerListText</name>
        <message>
            <location filename="../../src/rapport/ui/customer_list.py" line="63" />
            <source>Filter customers</source>
            <translation>Kunden filtern</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_list.py" line="65" />
            <source>Filter customers (Ctrl+F) · search notes: Ctrl+K</source>
            <translation>Kunden filtern (Strg+F) · Notizen suchen: Strg+K</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_list.py" line="68" />
            <source>Show archived and parted</source>
            <translation>Archivierte und beendete zeigen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_list.py" line="69" />
            <source>Show archived and parted customers</source>
            <translation>Archivierte und beendete Kunden zeigen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_list.py" line="72" />
            <source>Show which kind of relationship</source>
            <translation>Welche Art von Beziehung anzeigen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_list.py" line="73" />
            <source>Every kind</source>
            <translation>Alle Arten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_list.py" line="75" />
            <location filename="../../src/rapport/ui/customer_list.py" line="83" />
            <source>Customers</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_list.py" line="76" />
            <source>Suppliers</source>
            <translation>Lieferanten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_list.py" line="77" />
            <source>Partners</source>
            <translation>Partner</translation>
        </message>
    </context>
    <context>
        <name>CustomerPageText</name>
        <message>
            <location filename="../../src/rapport/ui/customer_page.py" line="80" />
            <source>&lt;p style='font-size:large'&gt;No customer selected.&lt;/p&gt;&lt;p&gt;Pick a customer on the left, or press &lt;b&gt;Ctrl+Shift+N&lt;/b&gt; to add your first one.&lt;br&gt;Press &lt;b&gt;Ctrl+N&lt;/b&gt; anywhere to write a note after a meeting.&lt;/p&gt;</source>
            <translation>&lt;p style='font-size:large'&gt;Kein Kunde ausgewählt.&lt;/p&gt;&lt;p&gt;Wählen Sie links einen Kunden aus, oder legen Sie mit &lt;b&gt;Strg+Umschalt+N&lt;/b&gt; Ihren ersten an.&lt;br&gt;Mit &lt;b&gt;Strg+N&lt;/b&gt; schreiben Sie überall eine Notiz nach einem Treffen.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_page.py" line="107" />
            <source>New entry…</source>
            <translation>Neuer Eintrag…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_page.py" line="108" />
            <source>New entry for this customer</source>
            <translation>Neuer Eintrag für diesen Kunden</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_page.py" line="110" />
            <source>Move to stage…</source>
            <translation>In Phase verschieben…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_page.py" line="111" />
            <source>Move this customer to another stage</source>
            <translation>Diesen Kunden in eine andere Phase verschieben</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_page.py" line="113" />
            <source>Edit details…</source>
            <translation>Angaben bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_page.py" line="114" />
            <source>Edit this customer's details</source>
            <translation>Die Angaben zu diesem Kunden bearbeiten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_page.py" line="116" />
            <source>Check in…</source>
            <translation>Check-in…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_page.py" line="117" />
            <source>Check in on this relationship</source>
            <translation>Einen Check-in zu dieser Beziehung machen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/timeline_actions.py" line="36" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/timeline_actions.py" line="41" />
            <location filename="../../src/rapport/ui/timeline_actions.py" line="86" />
            <source>Mark follow-up done</source>
            <translation>Wiedervorlage abhaken</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_page.py" line="141" />
            <source>Customer sections</source>
            <translation>Bereiche des Kunden</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_page.py" line="145" />
            <source>&amp;Timeline</source>
            <translation>&amp;Verlauf</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_page.py" line="147" />
            <source>Ch&amp;art</source>
            <translation>Diag&amp;ramm</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_page.py" line="148" />
            <source>&amp;Details</source>
            <translation>Detai&amp;ls</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_heading.py" line="76" />
            <source>none yet</source>
            <translation>noch nichts</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_page.py" line="146" />
            <source>&amp;Health</source>
            <translation>&amp;Gesundheit</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_heading.py" line="84" />
            <source>Level</source>
            <translation>Ebene</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_heading.py" line="85" />
            <source>Last contact</source>
            <translation>Letzter Kontakt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_heading.py" line="86" />
            <source>Next follow-up</source>
            <translation>Nächste Wiedervorlage</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_details.py" line="82" />
            <location filename="../../src/rapport/ui/customer_heading.py" line="90" />
            <source>Account value</source>
            <translation>Kundenwert</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_heading.py" line="109" />
            <source>Health</source>
            <translation>Gesundheit</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/timeline_actions.py" line="77" />
            <source>Edit entry…</source>
            <translation>Eintrag bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/timeline_actions.py" line="80" />
            <source>Who took part…</source>
            <translation>Wer dabei war …</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/timeline_actions.py" line="88" />
            <source>Reopen follow-up</source>
            <translation>Wiedervorlage wieder öffnen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/timeline_actions.py" line="92" />
            <source>Delete entry</source>
            <translation>Eintrag löschen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/timeline_actions.py" line="96" />
            <source>Delete stage change</source>
            <translation>Phasenwechsel löschen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_heading.py" line="124" />
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_heading.py" line="127" />
            <source>{day} (overdue)</source>
            <translation>{day} (überfällig)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/customer_details.py" line="69" />
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n Tag</numerusform>
                <numerusform>%n Tage</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_details.py" line="71" />
            <source>default</source>
            <translation>Standard</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_details.py" line="74" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_details.py" line="75" />
            <source>Role</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_details.py" line="76" />
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_details.py" line="77" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_details.py" line="78" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_details.py" line="79" />
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_details.py" line="80" />
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_details.py" line="81" />
            <source>Relationship level</source>
            <translation>Beziehungsebene</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_details.py" line="83" />
            <source>Keep in touch every</source>
            <translation>Kontaktrhythmus</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_details.py" line="84" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_details.py" line="85" />
            <source>Entries</source>
            <translation>Einträge</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_details.py" line="95" />
            <source>About</source>
            <translation>Hintergrund</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/customer_details.py" line="103" />
            <source>Stage history</source>
            <translation>Phasenverlauf</translation>
        </message>
    </context>
    <context>
        <name>DecodingText</name>
        <message>
            <location filename="../../src/rapport/transfer/decoding.py" line="43" />
            <source>The file</source>
            <translation>Die Datei</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/decoding.py" line="59" />
            <source>{name} is not in a text encoding Rapport can read (byte {byte} at position {position} fits neither UTF-8, UTF-16 nor Windows-1252).</source>
            <translation>{name} hat keine Textkodierung, die Rapport lesen kann (Byte {byte} an Position {position} passt weder zu UTF-8 noch zu UTF-16 oder Windows-1252).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/decoding.py" line="77" />
            <source>{name} says it is {encoding} but is damaged at byte {position} (perhaps it was cut short or edited as another encoding).</source>
            <translation>{name} gibt sich als {encoding} aus, ist aber bei Byte {position} beschädigt (vielleicht abgeschnitten oder in einer anderen Kodierung bearbeitet).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/decoding.py" line="109" />
            <source>{name} looks like a binary file, not a CSV, vCard or Rapport JSON file.</source>
            <translation>{name} sieht nach einer Binärdatei aus, nicht nach einer CSV-, vCard- oder Rapport-JSON-Datei.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/decoding.py" line="111" />
            <source>Choose the file your contacts program exported.</source>
            <translation>Wählen Sie die Datei, die Ihr Adressbuchprogramm exportiert hat.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/decoding.py" line="118" />
            <source>Save it again as UTF-8 (in Excel: Save As → “CSV UTF-8”; in Outlook or a contacts app: export as CSV or vCard), then import that file.</source>
            <translation>Speichern Sie sie erneut als UTF-8 (in Excel: Speichern unter → „CSV UTF-8“; in Outlook oder einer Kontakte-App: als CSV oder vCard exportieren) und importieren Sie dann diese Datei.</translation>
        </message>
    </context>
    <context>
        <name>DomainCheckinsText</name>
        <message>
            <location filename="../../src/rapport/domain/checkins.py" line="50" />
            <source>Do they rely on us, and have we done what we said we would?</source>
            <translation>Verlässt sich der Kunde auf uns, und haben wir getan, was wir zugesagt haben?</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/checkins.py" line="53" />
            <source>When they promise us something, do they follow through?</source>
            <translation>Wenn der Kunde uns etwas verspricht, hält er es dann auch?</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/checkins.py" line="56" />
            <source>Is the deal fair both ways, and do they value what we bring beyond price?</source>
            <translation>Ist das Geschäft für beide Seiten fair, und schätzt der Kunde, was wir über den Preis hinaus bieten?</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/checkins.py" line="60" />
            <source>Would they go out of their way for us, as we do for them?</source>
            <translation>Würde sich der Kunde für uns ins Zeug legen, so wie wir für ihn?</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/checkins.py" line="63" />
            <source>Do we talk regularly about where their business is heading and what they will need?</source>
            <translation>Sprechen wir regelmäßig darüber, wohin sich das Geschäft des Kunden entwickelt und was er brauchen wird?</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/checkins.py" line="67" />
            <source>Do we enjoy working together?</source>
            <translation>Arbeiten wir gern zusammen?</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/checkins.py" line="71" />
            <source>trust, and our word kept</source>
            <translation>Vertrauen, unser Wort gehalten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/checkins.py" line="72" />
            <source>their word kept</source>
            <translation>Wort des Kunden gehalten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/checkins.py" line="73" />
            <source>value beyond price</source>
            <translation>Wert über den Preis hinaus</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/checkins.py" line="74" />
            <source>help both ways</source>
            <translation>Hilfe in beide Richtungen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/checkins.py" line="75" />
            <source>talking about their needs</source>
            <translation>Gespräche über den Bedarf</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/checkins.py" line="76" />
            <source>liking working together</source>
            <translation>Freude an der Zusammenarbeit</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/checkins.py" line="82" />
            <source>Not at all</source>
            <translation>Gar nicht</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/checkins.py" line="83" />
            <source>Rarely</source>
            <translation>Selten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/checkins.py" line="84" />
            <source>Partly</source>
            <translation>Teilweise</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/checkins.py" line="85" />
            <source>Mostly</source>
            <translation>Meistens</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/checkins.py" line="86" />
            <source>Fully</source>
            <translation>Voll und ganz</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/checkins.py" line="134" />
            <source>The check-in's time has no time zone.</source>
            <translation>Die Zeit des Check-ins hat keine Zeitzone.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/checkins.py" line="140" />
            <source>Answers run from {low} to {high}, or “don't know”.</source>
            <translation>Antworten reichen von {low} bis {high} oder „weiß nicht“.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/checkins.py" line="147" />
            <source>The note is too long (at most {most}).</source>
            <translation>Die Notiz ist zu lang (höchstens {most}).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/checkins.py" line="153" />
            <source>Answer at least one question, or write a note.</source>
            <translation>Beantworten Sie mindestens eine Frage, oder schreiben Sie eine Notiz.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/checkins.py" line="170" />
            <source>every answer was “don't know”</source>
            <translation>jede Antwort war „weiß nicht“</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/checkins.py" line="172" />
            <source>averaged {mean} of {most} on %n answer(s)</source>
            <translation>
                <numerusform>im Schnitt {mean} von {most} bei %n Antwort</numerusform>
                <numerusform>im Schnitt {mean} von {most} bei %n Antworten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DomainCustomersText</name>
        <message>
            <location filename="../../src/rapport/domain/customers.py" line="40" />
            <source>Active</source>
            <translation>Aktiv</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/customers.py" line="41" />
            <source>Archived</source>
            <translation>Archiviert</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/customers.py" line="42" />
            <source>Parted ways</source>
            <translation>Beendet</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/customers.py" line="82" />
            <source>A customer needs a name. Type at least one letter.</source>
            <translation>Ein Kunde braucht einen Namen. Geben Sie mindestens einen Buchstaben ein.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/customers.py" line="86" />
            <source>The name is {length} characters long; at most {most} fit.</source>
            <translation>Der Name ist {length} Zeichen lang; höchstens {most} passen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/customers.py" line="97" />
            <source>Keep-in-touch cadence must be between 1 and {most} days.</source>
            <translation>Der Kontaktrhythmus muss zwischen 1 und {most} Tagen liegen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/customers.py" line="107" />
            <source>“{code}” is not a currency code. Use three letters, like EUR or USD.</source>
            <translation>„{code}“ ist kein Währungscode. Verwenden Sie drei Buchstaben, etwa EUR oder USD.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/customers.py" line="131" />
            <source>“{text}” is not an amount. Type a number such as 12500.</source>
            <translation>„{text}“ ist kein Betrag. Geben Sie eine Zahl ein, etwa 12500.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/customers.py" line="164" />
            <source>The account value must be zero or more.</source>
            <translation>Der Kundenwert muss null oder größer sein.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/customers.py" line="167" />
            <source>The account value is too large; at most {most} fits.</source>
            <translation>Der Kundenwert ist zu groß; höchstens {most} ist möglich.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/customers.py" line="213" />
            <source>Unknown relationship level “{level}”.</source>
            <translation>Unbekannte Beziehungsebene „{level}“.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/customers.py" line="218" />
            <source>Unknown kind of relationship “{kind}”.</source>
            <translation>Unbekannte Art der Beziehung „{kind}“.</translation>
        </message>
    </context>
    <context>
        <name>DomainEntriesText</name>
        <message>
            <location filename="../../src/rapport/domain/entries.py" line="65" />
            <source>The entry's time has no time zone.</source>
            <translation>Die Zeit des Eintrags hat keine Zeitzone.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/entries.py" line="70" />
            <source>Unknown kind of entry “{kind}”.</source>
            <translation>Unbekannte Art von Eintrag „{kind}“.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/entries.py" line="75" />
            <source>Write something: a title or a few words of the note.</source>
            <translation>Schreiben Sie etwas: einen Titel oder ein paar Worte der Notiz.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/entries.py" line="78" />
            <source>The title is too long (at most {most}).</source>
            <translation>Der Titel ist zu lang (höchstens {most}).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/entries.py" line="82" />
            <source>The note is {length} characters long; at most {most} fit. Split it into several entries.</source>
            <translation>Die Notiz ist {length} Zeichen lang; höchstens {most} passen. Teilen Sie sie auf mehrere Einträge auf.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/entries.py" line="90" />
            <source>Sentiment runs from −2 to +2.</source>
            <translation>Die Stimmung reicht von −2 bis +2.</translation>
        </message>
    </context>
    <context>
        <name>DomainPeopleText</name>
        <message>
            <location filename="../../src/rapport/domain/people.py" line="47" />
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/people.py" line="48" />
            <source>Supplier</source>
            <translation>Lieferant</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/people.py" line="49" />
            <source>Partner</source>
            <translation>Partner</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/people.py" line="52" />
            <source>customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/people.py" line="53" />
            <source>supplier</source>
            <translation>Lieferant</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/people.py" line="54" />
            <source>partner</source>
            <translation>Partner</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/people.py" line="64" />
            <source>%n customer(s)</source>
            <translation>
                <numerusform>%n Kunde</numerusform>
                <numerusform>%n Kunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/people.py" line="65" />
            <source>%n supplier(s)</source>
            <translation>
                <numerusform>%n Lieferant</numerusform>
                <numerusform>%n Lieferanten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/people.py" line="66" />
            <source>%n partner(s)</source>
            <translation>
                <numerusform>%n Partner</numerusform>
                <numerusform>%n Partner</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/people.py" line="69" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/people.py" line="121" />
            <source>The note is {length} characters long; at most {most} fit.</source>
            <translation>Die Notiz ist {length} Zeichen lang; höchstens {most} passen hinein.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/people.py" line="127" />
            <source>A person needs a name. Type at least one letter.</source>
            <translation>Eine Person braucht einen Namen. Geben Sie mindestens einen Buchstaben ein.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/people.py" line="168" />
            <source>{names} and {last}</source>
            <translation>{names} und {last}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/people.py" line="178" />
            <source>You</source>
            <translation>Sie</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/people.py" line="181" />
            <source>with {names}</source>
            <translation>mit {names}</translation>
        </message>
    </context>
    <context>
        <name>DomainSuggestionsText</name>
        <message>
            <location filename="../../src/rapport/domain/suggestions.py" line="134" />
            <source>On {day}.</source>
            <translation>Am {day}.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/suggestions.py" line="136" />
            <source>On {day}, while the customer was in {stage}.</source>
            <translation>Am {day}, als der Kunde in der Phase „{stage}“ war.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/suggestions.py" line="138" />
            <source>Complaint logged</source>
            <translation>Beschwerde erfasst</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/suggestions.py" line="151" />
            <source>{kind} on {day}, taken well (sentiment {sentiment}).</source>
            <translation>{kind} am {day}, gut aufgenommen (Stimmung {sentiment}).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/suggestions.py" line="153" />
            <source>In Conflict since {day}.</source>
            <translation>Seit {day} in der Phase Konflikt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/suggestions.py" line="156" />
            <source>Compromise reached</source>
            <translation>Kompromiss gefunden</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/suggestions.py" line="183" />
            <source>Health strong for %n day(s) ({scores}).</source>
            <translation>
                <numerusform>Gesundheit seit %n Tag stark ({scores}).</numerusform>
                <numerusform>Gesundheit seit %n Tagen stark ({scores}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/suggestions.py" line="186" />
            <source>%n favour(s) given in the last {months} months.</source>
            <translation>
                <numerusform>%n Gefallen in den letzten {months} Monaten erwiesen.</numerusform>
                <numerusform>%n Gefallen in den letzten {months} Monaten erwiesen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/suggestions.py" line="192" />
            <source>Sustained good health and proactive help</source>
            <translation>Anhaltend gute Gesundheit und Hilfe aus eigenem Antrieb</translation>
        </message>
    </context>
    <context>
        <name>DomainTodayText</name>
        <message>
            <location filename="../../src/rapport/domain/today.py" line="75" />
            <source>Meetings to write up</source>
            <translation>Besprechungen zum Festhalten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/today.py" line="76" />
            <source>Follow-ups</source>
            <translation>Wiedervorlagen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/today.py" line="77" />
            <source>Past their keep-in-touch cadence</source>
            <translation>Kontaktrhythmus überschritten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/today.py" line="78" />
            <source>Risk signals</source>
            <translation>Risikosignale</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/today.py" line="79" />
            <source>Check-ins due</source>
            <translation>Fällige Check-ins</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/today.py" line="80" />
            <source>Important dates this week</source>
            <translation>Wichtige Termine dieser Woche</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/today.py" line="108" />
            <source>{name} ({kind})</source>
            <translation>{name} ({kind})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/today.py" line="351" />
            <source>%n day(s) overdue (due {day})</source>
            <translation>
                <numerusform>%n Tag überfällig (fällig am {day})</numerusform>
                <numerusform>%n Tage überfällig (fällig am {day})</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/today.py" line="355" />
            <source>due today</source>
            <translation>heute fällig</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/today.py" line="356" />
            <source>due in %n day(s)</source>
            <translation>
                <numerusform>fällig in %n Tag</numerusform>
                <numerusform>fällig in %n Tagen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/today.py" line="330" />
            <source>{kind} follow-up</source>
            <translation>Wiedervorlage: {kind}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/today.py" line="370" />
            <source>%n year(s) since their first purchase</source>
            <translation>
                <numerusform>%n Jahr seit dem ersten Kauf</numerusform>
                <numerusform>%n Jahre seit dem ersten Kauf</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/today.py" line="378" />
            <source>Birthday: {person} turns %n</source>
            <translation>
                <numerusform>Geburtstag: {person} wird %n</numerusform>
                <numerusform>Geburtstag: {person} wird %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/today.py" line="380" />
            <source>Birthday: {person}</source>
            <translation>Geburtstag: {person}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/today.py" line="405" />
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/today.py" line="407" />
            <source>tomorrow, {day}</source>
            <translation>morgen, {day}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/today.py" line="409" />
            <source>in %n day(s), on {day}</source>
            <translation>
                <numerusform>in %n Tag, am {day}</numerusform>
                <numerusform>in %n Tagen, am {day}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/today.py" line="423" />
            <source>last check-in {day}; due since {due}</source>
            <translation>letzter Check-in am {day}; fällig seit {due}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/today.py" line="425" />
            <source>last check-in {day}</source>
            <translation>letzter Check-in am {day}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/today.py" line="427" />
            <source>no check-in yet; due since {due}</source>
            <translation>noch kein Check-in; fällig seit {due}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/today.py" line="429" />
            <source>no check-in yet</source>
            <translation>noch kein Check-in</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/today.py" line="435" />
            <source>Time for a check-in</source>
            <translation>Zeit für einen Check-in</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/today_meetings.py" line="76" />
            <source>Write up: meeting with {name}, {start}–{end}</source>
            <translation>Festhalten: Besprechung mit {name}, {start}–{end}</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesText</name>
        <message>
            <location filename="../../src/rapport/transfer/duplicates.py" line="132" />
            <source>same email as “{name}”, already in your journal</source>
            <translation>gleiche E-Mail wie „{name}“ (bereits in Ihrem Journal)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/duplicates.py" line="135" />
            <source>same email as “{name}” at {place}</source>
            <translation>gleiche E-Mail wie „{name}“ ({place})</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/duplicates.py" line="143" />
            <source>same name and organisation as “{name}”, already in your journal</source>
            <translation>gleicher Name und gleiche Organisation wie „{name}“ (bereits in Ihrem Journal)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/duplicates.py" line="145" />
            <source>same name and organisation as “{name}” at {place}</source>
            <translation>gleicher Name und gleiche Organisation wie „{name}“ ({place})</translation>
        </message>
    </context>
    <context>
        <name>ElsewhereText</name>
        <message>
            <location filename="../../src/rapport/ui/external_changes.py" line="67" />
            <source>The journal file “{path}” was replaced, moved or deleted by another program while Rapport had it open. Rapport still shows the journal as it was open, not what is at that place now, and cannot save into it.</source>
            <translation>Die Journaldatei „{path}“ wurde von einem anderen Programm ersetzt, verschoben oder gelöscht, während Rapport sie geöffnet hatte. Rapport zeigt weiterhin das Journal so, wie es geöffnet wurde, nicht das, was jetzt an dieser Stelle liegt, und kann nicht mehr hineinspeichern.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/external_changes.py" line="72" />
            <source>Nothing saved so far is lost: save the journal again in a place you choose, or close Rapport and open the file that is there now.</source>
            <translation>Nichts bisher Gespeichertes ist verloren: Speichern Sie das Journal erneut an einem Ort Ihrer Wahl, oder schließen Sie Rapport und öffnen Sie die Datei, die jetzt dort liegt.</translation>
        </message>
    </context>
    <context>
        <name>EncryptText</name>
        <message>
            <location filename="../../src/rapport/store/encrypt.py" line="204" />
            <source>“{name}” could not be rewritten ({reason}).</source>
            <translation>„{name}“ konnte nicht neu geschrieben werden ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/encrypt.py" line="207" />
            <source>Nothing was changed. Free some disk space, then try again.</source>
            <translation>Es wurde nichts verändert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/encrypt.py" line="279" />
            <source>The rewritten copy of “{name}” did not match it.</source>
            <translation>Die neu geschriebene Kopie von „{name}“ stimmte nicht mit dem Original überein.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/encrypt.py" line="283" />
            <source>Nothing was changed. Check the disk, then try again.</source>
            <translation>Es wurde nichts verändert. Prüfen Sie den Datenträger und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/encrypt.py" line="287" />
            <source>“{name}” is still open in another program.</source>
            <translation>„{name}“ ist noch in einem anderen Programm geöffnet.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/encrypt.py" line="291" />
            <source>Close the other program, then try again. Nothing was changed.</source>
            <translation>Schließen Sie das andere Programm und versuchen Sie es erneut. Es wurde nichts verändert.</translation>
        </message>
    </context>
    <context>
        <name>EngineText</name>
        <message>
            <location filename="../../src/rapport/store/engine.py" line="70" />
            <source>“{path}” is a folder.</source>
            <translation>„{path}“ ist ein Ordner.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/engine.py" line="71" />
            <source>Give the path of a journal file inside it, e.g. journal.rapport.</source>
            <translation>Geben Sie den Pfad einer Journaldatei darin an, z. B. journal.rapport.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/engine.py" line="79" />
            <source>The folder “{folder}” could not be created ({reason}).</source>
            <translation>Der Ordner „{folder}“ konnte nicht angelegt werden ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/engine.py" line="82" />
            <source>Choose a folder you can write to.</source>
            <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/engine.py" line="87" />
            <source>“{folder}” is a file, not a folder, so no journal can be kept inside it.</source>
            <translation>„{folder}“ ist eine Datei, kein Ordner, daher kann darin kein Journal liegen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/engine.py" line="89" />
            <source>Choose a journal path inside a folder.</source>
            <translation>Wählen Sie einen Journalpfad innerhalb eines Ordners.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/engine.py" line="93" />
            <source>Rapport cannot write in the folder “{folder}”.</source>
            <translation>Rapport kann nicht in den Ordner „{folder}“ schreiben.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/engine.py" line="94" />
            <source>Choose a folder you can write to, or ask for write permission.</source>
            <translation>Wählen Sie einen Ordner, in den Sie schreiben dürfen, oder bitten Sie um Schreibrechte.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/engine.py" line="125" />
            <source>“{path}” is damaged and cannot be read ({reason}).</source>
            <translation>„{path}“ ist beschädigt und kann nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/engine.py" line="128" />
            <source>Restore it from a backup. The damaged file was left as it was.</source>
            <translation>Stellen Sie das Journal aus einer Sicherung wieder her. Die beschädigte Datei blieb unverändert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/engine.py" line="146" />
            <source>“{path}” could not be opened.</source>
            <translation>„{path}“ konnte nicht geöffnet werden.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/engine.py" line="148" />
            <source>Check that you may read and write the file and its folder. A very long path can also be the cause: then move the journal to a folder with a shorter path.</source>
            <translation>Prüfen Sie, ob Sie die Datei und ihren Ordner lesen und schreiben dürfen. Auch ein sehr langer Pfad kann die Ursache sein: Verschieben Sie das Journal dann in einen Ordner mit kürzerem Pfad.</translation>
        </message>
    </context>
    <context>
        <name>EntryDialogText</name>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="75" />
            <source>Edit entry</source>
            <translation>Eintrag bearbeiten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="75" />
            <source>New entry</source>
            <translation>Neuer Eintrag</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_picker.py" line="61" />
            <source>Type the customer's name</source>
            <translation>Namen des Kunden eingeben</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_picker.py" line="62" />
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_picker.py" line="129" />
            <source>Add “{name}” as a new customer</source>
            <translation>„{name}“ als neuen Kunden anlegen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/customer_picker.py" line="154" />
            <source>{name} is new: saved as a customer together with this entry.</source>
            <translation>{name} ist neu und wird mit diesem Eintrag als Kunde gespeichert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="87" />
            <source>Date and time</source>
            <translation>Datum und Uhrzeit</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="89" />
            <source>Kind of entry</source>
            <translation>Art des Eintrags</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="94" />
            <source>Whose word</source>
            <translation>Wessen Wort</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="95" />
            <source>We promised</source>
            <translation>Wir haben zugesagt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="96" />
            <source>They promised</source>
            <translation>Die andere Seite hat zugesagt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="98" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="99" />
            <source>Optional, e.g. “Quarterly review”</source>
            <translation>Optional, z. B. „Quartalsgespräch“</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="101" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="103" />
            <source>What happened. Markdown works: **bold**, - lists.</source>
            <translation>Was geschehen ist. Markdown funktioniert: **fett**, - Listen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="106" />
            <source>What happened? What did you learn? (Markdown works)</source>
            <translation>Was ist passiert? Was haben Sie erfahren? (Markdown funktioniert)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="110" />
            <source>Sentiment</source>
            <translation>Stimmung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="111" />
            <source>Not rated</source>
            <translation>Nicht bewertet</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="114" />
            <source>&amp;Private (left out of printouts)</source>
            <translation>&amp;Privat (nicht in Ausdrucken)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="115" />
            <source>Private</source>
            <translation>Privat</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="116" />
            <source>&amp;Follow up on</source>
            <translation>Wieder&amp;vorlage am</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="117" />
            <source>Follow up</source>
            <translation>Wiedervorlage</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="120" />
            <source>Follow-up date</source>
            <translation>Datum der Wiedervorlage</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="123" />
            <source>Done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="124" />
            <source>Follow-up done</source>
            <translation>Wiedervorlage erledigt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="133" />
            <source>&amp;Customer</source>
            <translation>&amp;Kunde</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="135" />
            <source>&amp;When</source>
            <translation>&amp;Wann</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="136" />
            <source>&amp;Kind</source>
            <translation>&amp;Art</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="137" />
            <source>Whose w&amp;ord</source>
            <translation>Wessen W&amp;ort</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="138" />
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="139" />
            <source>&amp;Sentiment</source>
            <translation>&amp;Stimmung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="145" />
            <source>Save ({keys})</source>
            <translation>Speichern ({keys})</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="271" />
            <source>Choose a customer</source>
            <translation>Kunden auswählen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="273" />
            <source>Pick the customer this note is about: start typing a name and choose it, or choose “Add … as a new customer” for someone new.</source>
            <translation>Wählen Sie den Kunden, um den es in dieser Notiz geht: Beginnen Sie, einen Namen zu tippen, und wählen Sie ihn aus – oder wählen Sie „… als neuen Kunden anlegen“ für einen neuen Kunden.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="292" />
            <source>Discard this entry?</source>
            <translation>Diesen Eintrag verwerfen?</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="293" />
            <source>You have typed a note that is not saved yet.</source>
            <translation>Sie haben eine Notiz geschrieben, die noch nicht gespeichert ist.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="294" />
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/entry_dialog.py" line="295" />
            <source>Keep writing</source>
            <translation>Weiterschreiben</translation>
        </message>
    </context>
    <context>
        <name>EntryKind</name>
        <message>
            <location filename="../../src/rapport/domain/kinds.py" line="54" />
            <source>Meeting</source>
            <translation>Treffen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/kinds.py" line="55" />
            <source>Call</source>
            <translation>Anruf</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/kinds.py" line="56" />
            <source>Message</source>
            <translation>Nachricht</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/kinds.py" line="57" />
            <source>Visit</source>
            <translation>Besuch</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/kinds.py" line="58" />
            <source>Purchase</source>
            <translation>Kauf</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/kinds.py" line="59" />
            <source>Complaint</source>
            <translation>Beschwerde</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/kinds.py" line="60" />
            <source>Praise</source>
            <translation>Lob</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/kinds.py" line="61" />
            <source>Favour given</source>
            <translation>Gefallen erwiesen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/kinds.py" line="62" />
            <source>Favour received</source>
            <translation>Gefallen erhalten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/kinds.py" line="63" />
            <source>Commitment made</source>
            <translation>Zusage gemacht</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/kinds.py" line="64" />
            <source>Commitment kept</source>
            <translation>Zusage eingehalten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/kinds.py" line="65" />
            <source>Commitment broken</source>
            <translation>Zusage gebrochen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/kinds.py" line="66" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
    </context>
    <context>
        <name>ExportDialogText</name>
        <message>
            <location filename="../../src/rapport/ui/dialogs/export_dialog.py" line="35" />
            <location filename="../../src/rapport/ui/dialogs/export_dialog.py" line="56" />
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/export_dialog.py" line="36" />
            <source>The &amp;whole journal</source>
            <translation>Das &amp;ganze Journal</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/export_dialog.py" line="37" />
            <source>Export the whole journal</source>
            <translation>Das ganze Journal exportieren</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/export_dialog.py" line="39" />
            <source>Only &amp;{name}</source>
            <translation>Nur &amp;{name}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/export_dialog.py" line="41" />
            <source>Export only {name}</source>
            <translation>Nur {name} exportieren</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/export_dialog.py" line="44" />
            <source>Only the current customer</source>
            <translation>Nur den aktuellen Kunden</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/export_dialog.py" line="45" />
            <source>Export only the current customer</source>
            <translation>Nur den aktuellen Kunden exportieren</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/export_dialog.py" line="52" />
            <source>Export format</source>
            <translation>Exportformat</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/export_dialog.py" line="58" />
            <source>&amp;Format</source>
            <translation>&amp;Format</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/export_dialog.py" line="59" />
            <source>&amp;Protect with a passphrase</source>
            <translation>Mit einer &amp;Passphrase schützen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/export_dialog.py" line="61" />
            <source>Protect the export with a passphrase</source>
            <translation>Den Export mit einer Passphrase schützen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/export_dialog.py" line="63" />
            <source>Without the passphrase nobody can open the export, not even you.</source>
            <translation>Ohne die Passphrase kann niemand den Export öffnen, auch Sie nicht.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/export_dialog.py" line="67" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/export_dialog.py" line="68" />
            <source>Passphrase again</source>
            <translation>Passphrase wiederholen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/export_dialog.py" line="70" />
            <source>Pass&amp;phrase</source>
            <translation>Pass&amp;phrase</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/export_dialog.py" line="71" />
            <source>&amp;Again</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/export_dialog.py" line="73" />
            <source>CSV, vCard and PDF files are never encrypted.</source>
            <translation>CSV-, vCard- und PDF-Dateien werden nie verschlüsselt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/export_dialog.py" line="86" />
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/export_dialog.py" line="87" />
            <source>Export: choose the file next</source>
            <translation>Exportieren: als Nächstes die Datei wählen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/export_dialog.py" line="89" />
            <source>Cancel the export</source>
            <translation>Export abbrechen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/export_dialog.py" line="126" />
            <source>Type a passphrase, or export without one.</source>
            <translation>Geben Sie eine Passphrase ein, oder exportieren Sie ohne.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/export_dialog.py" line="128" />
            <source>The two passphrases differ. Type them again.</source>
            <translation>Die beiden Passphrasen unterscheiden sich. Geben Sie sie erneut ein.</translation>
        </message>
    </context>
    <context>
        <name>ExportingText</name>
        <message>
            <location filename="../../src/rapport/transfer/exporting.py" line="45" />
            <source>Rapport archive — everything with the files on entries, in one file</source>
            <translation>Rapport-Archiv – alles samt den Dateien an Einträgen, in einer Datei</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/exporting.py" line="48" />
            <source>Rapport JSON — everything, to import again or keep</source>
            <translation>Rapport JSON – alles, zum erneuten Import oder Aufbewahren</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/exporting.py" line="51" />
            <source>CSV — customers, for a spreadsheet</source>
            <translation>CSV – Kunden, für eine Tabellenkalkulation</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/exporting.py" line="54" />
            <source>CSV — journal entries, for a spreadsheet</source>
            <translation>CSV – Journaleinträge, für eine Tabellenkalkulation</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/exporting.py" line="57" />
            <source>vCard — customers, for a contacts app</source>
            <translation>vCard – Kunden, für ein Adressbuch</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/exporting.py" line="136" />
            <source>{customers} and {entries}, with stage changes and check-ins (the trash included)</source>
            <translation>{customers} und {entries}, mit Phasenwechseln und Check-ins (einschließlich Papierkorb)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/exporting.py" line="139" />
            <source>{customers} and {entries}, with stage changes and check-ins</source>
            <translation>{customers} und {entries}, mit Phasenwechseln und Check-ins</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/transfer/exporting.py" line="179" />
            <source>%n customer(s)</source>
            <translation>
                <numerusform>%n Kunde</numerusform>
                <numerusform>%n Kunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/transfer/exporting.py" line="183" />
            <source>%n entr(y|ies)</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FieldsText</name>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="71" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="72" />
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="73" />
            <source>Middle name</source>
            <translation>Zweiter Vorname</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="74" />
            <source>Last name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="75" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="76" />
            <source>Role or job title</source>
            <translation>Rolle oder Berufsbezeichnung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="77" />
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="78" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="79" />
            <source>Address (whole)</source>
            <translation>Adresse (vollständig)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="80" />
            <source>Address: street</source>
            <translation>Adresse: Straße</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="81" />
            <source>Address: city</source>
            <translation>Adresse: Ort</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="82" />
            <source>Address: region or state</source>
            <translation>Adresse: Region oder Bundesland</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="83" />
            <source>Address: postcode</source>
            <translation>Adresse: Postleitzahl</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="84" />
            <source>Address: country</source>
            <translation>Adresse: Land</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="85" />
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="86" />
            <source>About (notes)</source>
            <translation>Hintergrund (Notizen)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="87" />
            <source>Tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="88" />
            <source>Relationship level</source>
            <translation>Beziehungsebene</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="89" />
            <source>Account value</source>
            <translation>Kundenwert</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="90" />
            <source>Currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="91" />
            <source>Keep-in-touch cadence (days)</source>
            <translation>Kontaktrhythmus (Tage)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="92" />
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="93" />
            <source>Lifecycle stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="94" />
            <source>Name prefix (part of the person’s name)</source>
            <translation>Namenspräfix (Teil des Namens der Person)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="95" />
            <source>Name suffix (part of the person’s name)</source>
            <translation>Namenssuffix (Teil des Namens der Person)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="96" />
            <source>Nickname (a line in the person’s note)</source>
            <translation>Spitzname (eine Zeile in der Notiz der Person)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="97" />
            <source>Birthday (the person’s birthday)</source>
            <translation>Geburtstag (der Geburtstag der Person)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="98" />
            <source>Department (with the person’s role)</source>
            <translation>Abteilung (zur Rolle der Person)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="99" />
            <source>Left on (the person is no longer there)</source>
            <translation>Ausgeschieden am (die Person ist nicht mehr dort)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="116" />
            <source>Left on</source>
            <translation>Ausgeschieden am</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="180" />
            <location filename="../../src/rapport/transfer/fields.py" line="181" />
            <source>work</source>
            <translation>Arbeit</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="182" />
            <source>home</source>
            <translation>privat</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="183" />
            <location filename="../../src/rapport/transfer/fields.py" line="184" />
            <location filename="../../src/rapport/transfer/fields.py" line="185" />
            <source>mobile</source>
            <translation>mobil</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="186" />
            <source>fax</source>
            <translation>Fax</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="187" />
            <source>other</source>
            <translation>sonstige</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="188" />
            <location filename="../../src/rapport/transfer/fields.py" line="189" />
            <location filename="../../src/rapport/transfer/fields.py" line="190" />
            <source>main</source>
            <translation>Zentrale</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="191" />
            <source>pager</source>
            <translation>Pager</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="192" />
            <source>car</source>
            <translation>Auto</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="100" />
            <source>A line in About, named after the column</source>
            <translation>Eine Zeile in „Hintergrund“, benannt nach der Spalte</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="111" />
            <source>Name prefix</source>
            <translation>Namenspräfix</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="112" />
            <source>Name suffix</source>
            <translation>Namenssuffix</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="113" />
            <source>Nickname</source>
            <translation>Spitzname</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="114" />
            <source>Birthday</source>
            <translation>Geburtstag</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="115" />
            <source>Department</source>
            <translation>Abteilung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="117" />
            <source>Other organisation</source>
            <translation>Weitere Organisation</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="118" />
            <source>Other email</source>
            <translation>Weitere E-Mail</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="119" />
            <source>Other address</source>
            <translation>Weitere Adresse</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="130" />
            <source>About, as “{label}: …”</source>
            <translation>Hintergrund, als „{label}: …“</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/fields.py" line="135" />
            <source>not imported</source>
            <translation>nicht importiert</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/building.py" line="56" />
            <source>the {field} holds a NUL character, a sign of a damaged or binary file</source>
            <translation>das Feld „{field}“ enthält ein NUL-Zeichen, ein Hinweis auf eine beschädigte oder binäre Datei</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/building.py" line="59" />
            <source>the {field} is {length} characters long; at most {limit} fit</source>
            <translation>das Feld „{field}“ ist {length} Zeichen lang; höchstens {limit} passen hinein</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/building.py" line="107" />
            <source>it has no name and no organisation</source>
            <translation>weder Name noch Organisation angegeben</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/building.py" line="251" />
            <source>Line Rapport could not read</source>
            <translation>Zeile, die Rapport nicht lesen konnte</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/building.py" line="390" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/building.py" line="392" />
            <source>About</source>
            <translation>Hintergrund</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/building.py" line="441" />
            <source>“{text}” is not a known level (use one of: {known})</source>
            <translation>„{text}“ ist keine bekannte Ebene (möglich: {known})</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/building.py" line="443" />
            <source>“{text}” is not a known status (use one of: {known})</source>
            <translation>„{text}“ ist kein bekannter Status (möglich: {known})</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/building.py" line="462" />
            <source>“{text}” is not a lifecycle stage (use one of: {known})</source>
            <translation>„{text}“ ist keine Phase (möglich: {known})</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/building.py" line="479" />
            <source>“{text}” is not a number of days</source>
            <translation>„{text}“ ist keine Anzahl von Tagen</translation>
        </message>
    </context>
    <context>
        <name>FigureHostText</name>
        <message>
            <location filename="../../src/rapport/ui/figure_host.py" line="56" />
            <source>Drawing the chart…</source>
            <translation>Das Diagramm wird gezeichnet…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/figure_host.py" line="197" />
            <source>Save chart…</source>
            <translation>Diagramm speichern…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/figure_host.py" line="206" />
            <location filename="../../src/rapport/ui/figure_host.py" line="232" />
            <source>Save chart</source>
            <translation>Diagramm speichern</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/figure_host.py" line="208" />
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>PNG-Bild (*.png);;SVG-Grafik (*.svg)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/figure_host.py" line="233" />
            <source>The chart could not be saved to “{path}” ({reason}).</source>
            <translation>Das Diagramm konnte nicht unter „{path}“ gespeichert werden ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/figure_host.py" line="237" />
            <source>Check that the folder exists and you may write there, or choose another.</source>
            <translation>Prüfen Sie, ob der Ordner existiert und Sie dort speichern dürfen, oder wählen Sie einen anderen.</translation>
        </message>
    </context>
    <context>
        <name>FormattingText</name>
        <message>
            <location filename="../../src/rapport/formatting.py" line="118" />
            <source>today</source>
            <translation>heute</translation>
        </message>
        <message>
            <location filename="../../src/rapport/formatting.py" line="120" />
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/formatting.py" line="121" />
            <source>%n day(s) ago</source>
            <translation>
                <numerusform>vor %n Tag</numerusform>
                <numerusform>vor %n Tagen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GoToText</name>
        <message>
            <location filename="../../src/rapport/ui/timeline_goto.py" line="71" />
            <source>Finding the entry…</source>
            <translation>Der Eintrag wird gesucht…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/timeline_goto.py" line="71" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/timeline_goto.py" line="74" />
            <location filename="../../src/rapport/ui/timeline_goto.py" line="140" />
            <source>Go to entry</source>
            <translation>Zum Eintrag gehen</translation>
        </message>
    </context>
    <context>
        <name>HealthPanelText</name>
        <message>
            <location filename="../../src/rapport/ui/health_panel.py" line="38" />
            <source>Strong</source>
            <translation>Stark</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/health_panel.py" line="39" />
            <source>Fair</source>
            <translation>Mittel</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/health_panel.py" line="40" />
            <source>Weak</source>
            <translation>Schwach</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/health_panel.py" line="55" />
            <source>Health and risk</source>
            <translation>Gesundheit und Risiko</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/health_panel.py" line="116" />
            <source>&lt;b&gt;{band}&lt;/b&gt;&lt;br&gt;out of 100</source>
            <translation>&lt;b&gt;{band}&lt;/b&gt;&lt;br&gt;von 100</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/health_panel.py" line="120" />
            <source>&lt;b&gt;Why {score}?&lt;/b&gt; Every customer starts at 50; what you logged moves it up or down:</source>
            <translation>&lt;b&gt;Warum {score}?&lt;/b&gt; Jeder Kunde beginnt bei 50; was Sie festgehalten haben, hebt oder senkt den Wert:</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/health_panel.py" line="147" />
            <source>&lt;h3&gt;Risk signals&lt;/h3&gt;&lt;p&gt;None. Nothing in the journal suggests a risk.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Risikosignale&lt;/h3&gt;&lt;p&gt;Keine. Nichts im Journal deutet auf ein Risiko hin.&lt;/p&gt;</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/health_panel.py" line="149" />
            <source>&lt;h3&gt;Risk signals (%n)&lt;/h3&gt;</source>
            <translation>
                <numerusform>&lt;h3&gt;Risikosignale (%n)&lt;/h3&gt;</numerusform>
                <numerusform>&lt;h3&gt;Risikosignale (%n)&lt;/h3&gt;</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/health_panel.py" line="150" />
            <source>Next step:</source>
            <translation>Nächster Schritt:</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/health_panel.py" line="167" />
            <source>&lt;h3&gt;Favours and promises&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Gefallen und Zusagen&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/health_panel.py" line="171" />
            <source>&lt;p&gt;None logged yet. Log a favour given or received, or a commitment made, kept or broken (and whose it is), and the balance shows here.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Noch nichts erfasst. Erfassen Sie einen erwiesenen oder erhaltenen Gefallen oder eine gegebene, gehaltene oder gebrochene Zusage (und von wem sie stammt), dann erscheint hier die Bilanz.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/health_panel.py" line="178" />
            <source>Favours done</source>
            <translation>Gefallen erwiesen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/health_panel.py" line="179" />
            <source>Promises kept</source>
            <translation>Zusagen gehalten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/health_panel.py" line="180" />
            <source>Promises broken</source>
            <translation>Zusagen gebrochen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/health_panel.py" line="181" />
            <source>Promises open</source>
            <translation>Zusagen offen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/health_panel.py" line="190" />
            <source>You</source>
            <translation>Sie</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/health_panel.py" line="190" />
            <source>They</source>
            <translation>Gegenseite</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/health_panel.py" line="203" />
            <source>You promised on {day}: open for %n day(s)</source>
            <translation>
                <numerusform>Ihre Zusage vom {day}: seit %n Tag offen</numerusform>
                <numerusform>Ihre Zusage vom {day}: seit %n Tagen offen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/health_panel.py" line="207" />
            <source>They promised on {day}: open for %n day(s)</source>
            <translation>
                <numerusform>Zusage der Gegenseite vom {day}: seit %n Tag offen</numerusform>
                <numerusform>Zusage der Gegenseite vom {day}: seit %n Tagen offen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/health_panel.py" line="212" />
            <source>and %n more</source>
            <translation>
                <numerusform>und %n weitere</numerusform>
                <numerusform>und %n weitere</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/health_panel.py" line="219" />
            <source>&lt;h3&gt;Check-in&lt;/h3&gt;</source>
            <translation>&lt;h3&gt;Check-in&lt;/h3&gt;</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/health_panel.py" line="221" />
            <source>&lt;p&gt;No check-in yet.</source>
            <translation>&lt;p&gt;Noch kein Check-in.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/health_panel.py" line="226" />
            <source>&lt;p&gt;Latest check-in on &lt;b&gt;{day}&lt;/b&gt;: {summary}.</source>
            <translation>&lt;p&gt;Letzter Check-in am &lt;b&gt;{day}&lt;/b&gt;: {summary}.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/health_panel.py" line="233" />
            <source> None is asked while a customer is in Attraction: trust and kept promises need some history first.&lt;/p&gt;</source>
            <translation> Solange ein Kunde in der Phase Anziehung ist, ist keiner fällig: Vertrauen und eingehaltene Zusagen brauchen erst etwas gemeinsame Geschichte.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/health_panel.py" line="239" />
            <source> &lt;b&gt;A check-in is due&lt;/b&gt; (since {day}).&lt;/p&gt;</source>
            <translation> &lt;b&gt;Ein Check-in ist fällig&lt;/b&gt; (seit {day}).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/health_panel.py" line="245" />
            <source> The next one is due on {day}.&lt;/p&gt;</source>
            <translation> Der nächste ist am {day} fällig.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/health_panel.py" line="259" />
            <source>&lt;p&gt;Customer → Check in… (Ctrl+I) records a new one.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Einen neuen halten Sie mit Kunde → Check-in… (Strg+I) fest.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/health_panel.py" line="265" />
            <source>Don't know</source>
            <translation>Weiß nicht</translation>
        </message>
    </context>
    <context>
        <name>HealthText</name>
        <message>
            <location filename="../../src/rapport/domain/health/factors.py" line="25" />
            <source>Check-in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/factors.py" line="27" />
            <source>no check-in yet</source>
            <translation>noch kein Check-in</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/factors.py" line="31" />
            <source>the check-in of {day} was all “don't know”</source>
            <translation>beim Check-in vom {day} lautete jede Antwort „weiß nicht“</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/factors.py" line="41" />
            <source>the last check-in ({day}) is too old to count</source>
            <translation>der letzte Check-in ({day}) ist zu alt und zählt nicht mehr</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/health/factors.py" line="44" />
            <source>check-in of {day} averaged {mean} of {most} on %n answer(s), counted at {percent}% as it is {age} days old</source>
            <translation>
                <numerusform>Check-in vom {day}: im Schnitt {mean} von {most} bei %n Antwort, zu {percent} % gewertet, da er {age} Tage alt ist</numerusform>
                <numerusform>Check-in vom {day}: im Schnitt {mean} von {most} bei %n Antworten, zu {percent} % gewertet, da er {age} Tage alt ist</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/health/factors.py" line="51" />
            <source>check-in of {day} averaged {mean} of {most} on %n answer(s)</source>
            <translation>
                <numerusform>Check-in vom {day}: im Schnitt {mean} von {most} bei %n Antwort</numerusform>
                <numerusform>Check-in vom {day}: im Schnitt {mean} von {most} bei %n Antworten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/health/factors.py" line="93" />
            <source>%n favour(s) received and {given} given {span}</source>
            <translation>
                <numerusform>{span} %n Gefallen erhalten und {given} erwiesen</numerusform>
                <numerusform>{span} %n Gefallen erhalten und {given} erwiesen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/health/factors.py" line="95" />
            <source>%n favour(s) received, none given {span}</source>
            <translation>
                <numerusform>{span} %n Gefallen erhalten, keinen erwiesen</numerusform>
                <numerusform>{span} %n Gefallen erhalten, keinen erwiesen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/health/factors.py" line="97" />
            <source>%n favour(s) given, none received {span}</source>
            <translation>
                <numerusform>{span} %n Gefallen erwiesen, keinen erhalten</numerusform>
                <numerusform>{span} %n Gefallen erwiesen, keinen erhalten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/factors.py" line="99" />
            <source>no favours either way {span}</source>
            <translation>{span} keine Gefallen, weder erwiesen noch erhalten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/factors.py" line="101" />
            <source>Help both ways</source>
            <translation>Hilfe in beide Richtungen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/health/factors.py" line="114" />
            <source>%n commitment(s) kept and {broken} broken {span}</source>
            <translation>
                <numerusform>{span} %n Zusage eingehalten und {broken} gebrochen</numerusform>
                <numerusform>{span} %n Zusagen eingehalten und {broken} gebrochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/health/factors.py" line="116" />
            <source>%n commitment(s) kept, none broken {span}</source>
            <translation>
                <numerusform>{span} %n Zusage eingehalten, keine gebrochen</numerusform>
                <numerusform>{span} %n Zusagen eingehalten, keine gebrochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/health/factors.py" line="118" />
            <source>%n commitment(s) broken, none kept {span}</source>
            <translation>
                <numerusform>{span} %n Zusage gebrochen, keine eingehalten</numerusform>
                <numerusform>{span} %n Zusagen gebrochen, keine eingehalten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/factors.py" line="120" />
            <source>no commitments kept or broken {span}</source>
            <translation>{span} keine Zusagen eingehalten oder gebrochen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/factors.py" line="123" />
            <source>Their word kept</source>
            <translation>Zusagen der Gegenseite gehalten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/factors.py" line="124" />
            <source>Our word kept</source>
            <translation>Eigene Zusagen gehalten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/business.py" line="24" />
            <source>no purchase {span}</source>
            <translation>{span} kein Kauf</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/business.py" line="27" />
            <source>one purchase {span} ({day}): no rhythm yet</source>
            <translation>{span} ein Kauf ({day}): noch kein Rhythmus</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/health/business.py" line="37" />
            <source>%n purchase(s) {span}, {every}; the latest on {day}, in rhythm</source>
            <translation>
                <numerusform>{span} %n Kauf, {every}; der letzte am {day}, im Rhythmus</numerusform>
                <numerusform>{span} %n Käufe, {every}; der letzte am {day}, im Rhythmus</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/health/business.py" line="43" />
            <source>%n purchase(s) {span}, {every}; the latest on {day}, {late}× that ago</source>
            <translation>
                <numerusform>{span} %n Kauf, {every}; der letzte am {day}, vor dem {late}-Fachen dieses Abstands</numerusform>
                <numerusform>{span} %n Käufe, {every}; der letzte am {day}, vor dem {late}-Fachen dieses Abstands</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/health/business.py" line="57" />
            <source>; but %n warm entr(y|ies) and no meeting, purchase or commitment {span}: warmth alone is held below strong</source>
            <translation>
                <numerusform>; aber %n herzlicher Eintrag und {span} kein Treffen, kein Kauf und keine Zusage: Herzlichkeit allein bleibt unter „stark“</numerusform>
                <numerusform>; aber %n herzliche Einträge und {span} kein Treffen, kein Kauf und keine Zusage: Herzlichkeit allein bleibt unter „stark“</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/business.py" line="63" />
            <source>Business substance</source>
            <translation>Geschäftliche Substanz</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/mood.py" line="17" />
            <source>Mood</source>
            <translation>Stimmung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/mood.py" line="20" />
            <source>no rated entries {span}</source>
            <translation>{span} keine Einträge mit Stimmung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/mood.py" line="33" />
            <source>latest rated entry: {marks}</source>
            <translation>letzter Eintrag mit Stimmung: {marks}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/mood.py" line="35" />
            <source>latest rated entries, newest first: {marks}</source>
            <translation>letzte Einträge mit Stimmung, neueste zuerst: {marks}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/mood.py" line="45" />
            <source>mood positive lately ({latest})</source>
            <translation>Stimmung zuletzt positiv ({latest})</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/mood.py" line="46" />
            <source>mood positive lately ({latest}), up from {before} before</source>
            <translation>Stimmung zuletzt positiv ({latest}), gestiegen gegenüber vorher {before}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/mood.py" line="49" />
            <source>mood positive lately ({latest}), down from {before} before</source>
            <translation>Stimmung zuletzt positiv ({latest}), gesunken gegenüber vorher {before}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/mood.py" line="52" />
            <source>mood positive lately ({latest}), steady at {before} before</source>
            <translation>Stimmung zuletzt positiv ({latest}), unverändert gegenüber vorher {before}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/mood.py" line="55" />
            <source>mood neutral lately ({latest})</source>
            <translation>Stimmung zuletzt neutral ({latest})</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/mood.py" line="56" />
            <source>mood neutral lately ({latest}), up from {before} before</source>
            <translation>Stimmung zuletzt neutral ({latest}), gestiegen gegenüber vorher {before}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/mood.py" line="59" />
            <source>mood neutral lately ({latest}), down from {before} before</source>
            <translation>Stimmung zuletzt neutral ({latest}), gesunken gegenüber vorher {before}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/mood.py" line="62" />
            <source>mood neutral lately ({latest}), steady at {before} before</source>
            <translation>Stimmung zuletzt neutral ({latest}), unverändert gegenüber vorher {before}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/mood.py" line="65" />
            <source>mood negative lately ({latest})</source>
            <translation>Stimmung zuletzt negativ ({latest})</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/mood.py" line="66" />
            <source>mood negative lately ({latest}), up from {before} before</source>
            <translation>Stimmung zuletzt negativ ({latest}), gestiegen gegenüber vorher {before}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/mood.py" line="69" />
            <source>mood negative lately ({latest}), down from {before} before</source>
            <translation>Stimmung zuletzt negativ ({latest}), gesunken gegenüber vorher {before}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/mood.py" line="72" />
            <source>mood negative lately ({latest}), steady at {before} before</source>
            <translation>Stimmung zuletzt negativ ({latest}), unverändert gegenüber vorher {before}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/health/business.py" line="69" />
            <source>about every %n day(s)</source>
            <translation>
                <numerusform>etwa jeden Tag</numerusform>
                <numerusform>etwa alle %n Tage</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/factors.py" line="70" />
            <source>no contact logged yet; {cadence}</source>
            <translation>noch kein Kontakt erfasst; {cadence}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/health/factors.py" line="73" />
            <source>no contact logged since they were added %n day(s) ago; {cadence}</source>
            <translation>
                <numerusform>kein Kontakt erfasst, seit der Kunde vor %n Tag angelegt wurde; {cadence}</numerusform>
                <numerusform>kein Kontakt erfasst, seit der Kunde vor %n Tagen angelegt wurde; {cadence}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/health/factors.py" line="76" />
            <source>no contact for %n day(s); {cadence}</source>
            <translation>
                <numerusform>seit %n Tag kein Kontakt; {cadence}</numerusform>
                <numerusform>seit %n Tagen kein Kontakt; {cadence}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/factors.py" line="78" />
            <source>last contact today; {cadence}</source>
            <translation>letzter Kontakt heute; {cadence}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/health/factors.py" line="80" />
            <source>last contact %n day(s) ago; {cadence}</source>
            <translation>
                <numerusform>letzter Kontakt vor %n Tag; {cadence}</numerusform>
                <numerusform>letzter Kontakt vor %n Tagen; {cadence}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/health/factors.py" line="81" />
            <source>Keeping in touch</source>
            <translation>In Kontakt bleiben</translation>
        </message>
    </context>
    <context>
        <name>ImportDialogText</name>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="50" />
            <source>Import customers</source>
            <translation>Kunden importieren</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="63" />
            <source>Import customers from {file}</source>
            <translation>Kunden aus {file} importieren</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="82" />
            <source>Import progress</source>
            <translation>Fortschritt des Imports</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="94" />
            <source>&amp;Back</source>
            <translation>&amp;Zurück</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="95" />
            <source>Back to the column mapping</source>
            <translation>Zurück zur Zuordnung der Spalten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="99" />
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="179" />
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="186" />
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="238" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="99" />
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="239" />
            <source>Cancel the import</source>
            <translation>Import abbrechen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="102" />
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="127" />
            <source>&amp;Next</source>
            <translation>&amp;Weiter</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="103" />
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="128" />
            <source>Read the file with this mapping</source>
            <translation>Die Datei mit dieser Zuordnung lesen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="142" />
            <source>Reading {file}…</source>
            <translation>{file} wird gelesen…</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="171" />
            <source>&amp;Import %n good customer(s)</source>
            <translation>
                <numerusform>%n gültigen Kunden &amp;importieren</numerusform>
                <numerusform>%n gültige Kunden &amp;importieren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="173" />
            <source>&amp;Import %n customer(s)</source>
            <translation>
                <numerusform>%n Kunden &amp;importieren</numerusform>
                <numerusform>%n Kunden &amp;importieren</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="177" />
            <source>Import nothing</source>
            <translation>Nichts importieren</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="197" />
            <source>Importing… (Cancel leaves your journal as it was)</source>
            <translation>Import läuft… (Abbrechen lässt Ihr Journal, wie es war)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="202" />
            <source>Imported %n customer(s).</source>
            <translation>
                <numerusform>%n Kunde importiert.</numerusform>
                <numerusform>%n Kunden importiert.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="209" />
            <source>Undo import here, Edit → Undo or File → Recent imports… take it back.</source>
            <translation>„Import rückgängig machen“ hier, Bearbeiten → Rückgängig oder Datei → Letzte Importe… nehmen ihn zurück.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="211" />
            <source>&amp;Undo import</source>
            <translation>Import &amp;rückgängig machen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="222" />
            <source>A backup of the journal from before the import is in {folder}.</source>
            <translation>Eine Sicherung des Journals von vor dem Import liegt in {folder}.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="253" />
            <source>{doing} — {done} of {total}</source>
            <translation>{doing} — {done} von {total}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="267" />
            <source>Something unexpected went wrong, so nothing was imported.</source>
            <translation>Etwas Unerwartetes ist schiefgegangen, deshalb wurde nichts importiert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="268" />
            <source>Your journal is as it was. The details are in Rapport's log.</source>
            <translation>Ihr Journal ist unverändert. Die Einzelheiten stehen im Protokoll von Rapport.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_dialog.py" line="293" />
            <source>The import was cancelled. Nothing was imported.</source>
            <translation>Der Import wurde abgebrochen. Es wurde nichts importiert.</translation>
        </message>
    </context>
    <context>
        <name>ImportMappingText</name>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/dialogs/import_mapping.py" line="40" />
            <source>%n column(s)</source>
            <translation>
                <numerusform>%n Spalte</numerusform>
                <numerusform>%n Spalten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/dialogs/import_mapping.py" line="41" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n Zeile</numerusform>
                <numerusform>%n Zeilen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_mapping.py" line="44" />
            <source>Rapport read this file as {kind} with {columns} and {rows}. Check which column fills which field; columns set to “Don’t import” are left out.</source>
            <translation>Rapport hat diese Datei als {kind} mit {columns} und {rows} gelesen. Prüfen Sie, welche Spalte welches Feld füllt; Spalten mit „Nicht importieren“ werden ausgelassen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_mapping.py" line="52" />
            <source>Columns of the file and the field each fills</source>
            <translation>Spalten der Datei und das Feld, das jede füllt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_mapping.py" line="56" />
            <source>Column in the file</source>
            <translation>Spalte in der Datei</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_mapping.py" line="57" />
            <source>Examples</source>
            <translation>Beispiele</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_mapping.py" line="58" />
            <source>Import as</source>
            <translation>Importieren als</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_mapping.py" line="69" />
            <source>Import column “{column}” as</source>
            <translation>Spalte „{column}“ importieren als</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_mapping.py" line="71" />
            <source>Don’t import</source>
            <translation>Nicht importieren</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_mapping.py" line="90" />
            <source>Preview of the first customers as they would be imported</source>
            <translation>Vorschau der ersten Kunden, wie sie importiert würden</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_mapping.py" line="94" />
            <source>Line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_mapping.py" line="95" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_mapping.py" line="96" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_mapping.py" line="97" />
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_mapping.py" line="98" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_mapping.py" line="99" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/dialogs/import_mapping.py" line="109" />
            <source>Preview of the first %n row(s):</source>
            <translation>
                <numerusform>Vorschau der ersten %n Zeile:</numerusform>
                <numerusform>Vorschau der ersten %n Zeilen:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportReviewText</name>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="54" />
            <source>Rows that cannot be imported</source>
            <translation>Zeilen, die nicht importiert werden können</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="55" />
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="60" />
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="66" />
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="55" />
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="60" />
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="59" />
            <source>Likely duplicates</source>
            <translation>Wahrscheinliche Duplikate</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="60" />
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="67" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="64" />
            <source>Customers imported with a warning</source>
            <translation>Mit einer Warnung importierte Kunden</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="68" />
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="73" />
            <source>People of one organisation</source>
            <translation>Personen einer Organisation</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="75" />
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="76" />
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="86" />
            <source>People</source>
            <translation>Personen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="77" />
            <source>Import as</source>
            <translation>Importieren als</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="85" />
            <source>People who join a relationship already in the journal</source>
            <translation>Personen, die zu einer Beziehung kommen, die schon im Journal ist</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="86" />
            <source>Relationship</source>
            <translation>Beziehung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="92" />
            <source>What went where</source>
            <translation>Was wohin kam</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="94" />
            <source>In the file</source>
            <translation>In der Datei</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="95" />
            <source>In Rapport</source>
            <translation>In Rapport</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="96" />
            <source>Customers</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="107" />
            <source>What went where (a value Rapport has no field for yet is kept as a labelled line in the customer’s “About”):</source>
            <translation>Was wohin kam (ein Wert, für den Rapport noch kein Feld hat, wird als benannte Zeile im „Hintergrund“ des Kunden aufbewahrt):</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="112" />
            <source>Import the likely duplicates too</source>
            <translation>Die wahrscheinlichen Duplikate auch importieren</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="161" />
            <source>One relationship with %n people</source>
            <translation>
                <numerusform>Eine Beziehung mit %n Person</numerusform>
                <numerusform>Eine Beziehung mit %n Personen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="162" />
            <source>Separate relationships</source>
            <translation>Getrennte Beziehungen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="164" />
            <source>Import {organisation} as</source>
            <translation>{organisation} importieren als</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="197" />
            <source>%n row(s) with problems</source>
            <translation>
                <numerusform>%n Zeile mit Problemen</numerusform>
                <numerusform>%n Zeilen mit Problemen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="200" />
            <source>{kind} ({encoding}): %n customer(s) to import, with their entries, stage changes and check-ins, {problems}.</source>
            <translation>
                <numerusform>{kind} ({encoding}): %n Kunde zu importieren, samt Einträgen, Phasenwechseln und Check-ins, {problems}.</numerusform>
                <numerusform>{kind} ({encoding}): %n Kunden zu importieren, samt Einträgen, Phasenwechseln und Check-ins, {problems}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="207" />
            <source>{kind} ({encoding}): %n customer(s) to import, with their entries, stage changes and check-ins.</source>
            <translation>
                <numerusform>{kind} ({encoding}): %n Kunde zu importieren, samt Einträgen, Phasenwechseln und Check-ins.</numerusform>
                <numerusform>{kind} ({encoding}): %n Kunden zu importieren, samt Einträgen, Phasenwechseln und Check-ins.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="214" />
            <source>{kind} ({encoding}): %n relationship(s) to import, {problems}.</source>
            <translation>
                <numerusform>{kind} ({encoding}): %n Beziehung zu importieren, {problems}.</numerusform>
                <numerusform>{kind} ({encoding}): %n Beziehungen zu importieren, {problems}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="217" />
            <source>{kind} ({encoding}): %n relationship(s) to import.</source>
            <translation>
                <numerusform>{kind} ({encoding}): %n Beziehung zu importieren.</numerusform>
                <numerusform>{kind} ({encoding}): %n Beziehungen zu importieren.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="250" />
            <source>%n organisation(s) with several people: choose for each whether they come in as one relationship with its people, or as separate relationships:</source>
            <translation>
                <numerusform>%n Organisation mit mehreren Personen: Wählen Sie, ob sie als eine Beziehung mit ihren Personen oder als getrennte Beziehungen importiert wird:</numerusform>
                <numerusform>%n Organisationen mit mehreren Personen: Wählen Sie für jede, ob sie als eine Beziehung mit ihren Personen oder als getrennte Beziehungen importiert wird:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="259" />
            <source>%n relationship(s) already in the journal: the people below join (it|them), no second one is made:</source>
            <translation>
                <numerusform>%n Beziehung ist schon im Journal: Die Personen unten kommen zu ihr hinzu, es wird keine zweite angelegt:</numerusform>
                <numerusform>%n Beziehungen sind schon im Journal: Die Personen unten kommen zu ihnen hinzu, es wird keine zweite angelegt:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="269" />
            <source>%n row(s) cannot be imported and (is|are) left out (the first {listed} are listed):</source>
            <translation>
                <numerusform>%n Zeile kann nicht importiert werden und wird ausgelassen (die ersten {listed} sind aufgeführt):</numerusform>
                <numerusform>%n Zeilen können nicht importiert werden und werden ausgelassen (die ersten {listed} sind aufgeführt):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="274" />
            <source>%n row(s) cannot be imported and (is|are) left out:</source>
            <translation>
                <numerusform>%n Zeile kann nicht importiert werden und wird ausgelassen:</numerusform>
                <numerusform>%n Zeilen können nicht importiert werden und werden ausgelassen:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="280" />
            <source>%n customer(s) (is|are) imported with a warning (the first {listed} are listed):</source>
            <translation>
                <numerusform>%n Kunde wird mit einer Warnung importiert (die ersten {listed} sind aufgeführt):</numerusform>
                <numerusform>%n Kunden werden mit einer Warnung importiert (die ersten {listed} sind aufgeführt):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="285" />
            <source>%n customer(s) (is|are) imported with a warning:</source>
            <translation>
                <numerusform>%n Kunde wird mit einer Warnung importiert:</numerusform>
                <numerusform>%n Kunden werden mit einer Warnung importiert:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="291" />
            <source>%n likely duplicate(s) (left out unless ticked below) (the first {listed} are listed):</source>
            <translation>
                <numerusform>%n wahrscheinliches Duplikat (ausgelassen, wenn unten nicht angekreuzt) (die ersten {listed} sind aufgeführt):</numerusform>
                <numerusform>%n wahrscheinliche Duplikate (ausgelassen, wenn unten nicht angekreuzt) (die ersten {listed} sind aufgeführt):</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/dialogs/import_review.py" line="297" />
            <source>%n likely duplicate(s) (left out unless ticked below):</source>
            <translation>
                <numerusform>%n wahrscheinliches Duplikat (ausgelassen, wenn unten nicht angekreuzt):</numerusform>
                <numerusform>%n wahrscheinliche Duplikate (ausgelassen, wenn unten nicht angekreuzt):</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportUndoText</name>
        <message>
            <location filename="../../src/rapport/ui/import_undo.py" line="43" />
            <location filename="../../src/rapport/ui/import_undo.py" line="209" />
            <source>Undo import</source>
            <translation>Import rückgängig machen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/import_undo.py" line="87" />
            <source>Import of %n customer(s)</source>
            <translation>
                <numerusform>Import von %n Kunden</numerusform>
                <numerusform>Import von %n Kunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/import_undo.py" line="90" />
            <source>Imported %n customer(s)</source>
            <translation>
                <numerusform>%n Kunde importiert</numerusform>
                <numerusform>%n Kunden importiert</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/import_undo.py" line="126" />
            <source>The import was not undone: everything it added is still there.</source>
            <translation>Der Import wurde nicht rückgängig gemacht: Alles, was er hinzugefügt hat, ist noch da.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/import_undo.py" line="127" />
            <source>You can take it back later from File → Recent imports….</source>
            <translation>Sie können ihn später über Datei → Letzte Importe… zurücknehmen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/import_undo.py" line="144" />
            <source>Something unexpected went wrong, so nothing was undone.</source>
            <translation>Etwas Unerwartetes ist schiefgegangen, deshalb wurde nichts rückgängig gemacht.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/import_undo.py" line="145" />
            <source>The import is as it was. The details are in Rapport's log.</source>
            <translation>Der Import ist unverändert. Die Einzelheiten stehen im Protokoll von Rapport.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/import_undo.py" line="152" />
            <source>Undoing the import…</source>
            <translation>Der Import wird rückgängig gemacht …</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/import_undo.py" line="202" />
            <source>Undo the import of {file}?</source>
            <translation>Den Import von „{file}“ rückgängig machen?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/import_undo.py" line="204" />
            <source>Its %n customer(s) go to the trash (Edit → Trash brings them back); people it added to customers already there are taken off. What you changed since is kept.</source>
            <translation>
                <numerusform>Sein %n Kunde kommt in den Papierkorb (Bearbeiten → Papierkorb holt ihn zurück); Personen, die er schon vorhandenen Kunden hinzugefügt hat, werden entfernt. Was Sie seitdem geändert haben, bleibt erhalten.</numerusform>
                <numerusform>Seine %n Kunden kommen in den Papierkorb (Bearbeiten → Papierkorb holt sie zurück); Personen, die er schon vorhandenen Kunden hinzugefügt hat, werden entfernt. Was Sie seitdem geändert haben, bleibt erhalten.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/import_undo.py" line="210" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>InsightActionsText</name>
        <message>
            <location filename="../../src/rapport/ui/insight_actions.py" line="52" />
            <source>Check in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/insight_actions.py" line="58" />
            <source>Save the check-in</source>
            <translation>Check-in speichern</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/insight_actions.py" line="75" />
            <source>Mark follow-up done</source>
            <translation>Wiedervorlage abhaken</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/insight_actions.py" line="77" />
            <source>Reopen follow-up</source>
            <translation>Wiedervorlage wieder öffnen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/insight_actions.py" line="102" />
            <source>Move the customer</source>
            <translation>Kunden verschieben</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/insight_actions.py" line="110" />
            <source>Move to {stage}</source>
            <translation>In „{stage}“ verschieben</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/insight_actions.py" line="122" />
            <source>Set the level to {level}</source>
            <translation>Ebene auf „{level}“ setzen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/insight_actions.py" line="143" />
            <source>Dismiss the move to {stage}</source>
            <translation>Verschieben in „{stage}“ ausblenden</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/insight_actions.py" line="159" />
            <source>Dismiss the level {level}</source>
            <translation>Ebene „{level}“ ausblenden</translation>
        </message>
    </context>
    <context>
        <name>JournalMoveText</name>
        <message>
            <location filename="../../src/rapport/ui/journal_move.py" line="43" />
            <location filename="../../src/rapport/ui/journal_move.py" line="51" />
            <source>The journal was not moved</source>
            <translation>Das Journal wurde nicht verschoben</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/journal_move.py" line="44" />
            <source>“{path}” already exists.</source>
            <translation>„{path}“ gibt es bereits.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/move.py" line="83" />
            <source>The copy at “{path}” failed its check ({problem}).</source>
            <translation>Die Kopie unter „{path}“ hat die Prüfung nicht bestanden ({problem}).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/journal_move.py" line="52" />
            <source>The copy could not be written ({reason}).</source>
            <translation>Die Kopie konnte nicht geschrieben werden ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/journal_move.py" line="53" />
            <source>Nothing changed: the journal is still at {path}.</source>
            <translation>Nichts wurde geändert: Das Journal liegt weiterhin unter {path}.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/journal_move.py" line="67" />
            <source>The journal was moved</source>
            <translation>Das Journal wurde verschoben</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/journal_move.py" line="69" />
            <source>It is now at {path}, but the old file could not be removed.</source>
            <translation>Es liegt jetzt unter {path}, aber die alte Datei konnte nicht entfernt werden.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/journal_move.py" line="71" />
            <source>You may delete {files} in {folder} yourself.</source>
            <translation>Sie können {files} in {folder} selbst löschen.</translation>
        </message>
    </context>
    <context>
        <name>JournalPageText</name>
        <message>
            <location filename="../../src/rapport/ui/settings/journal_page.py" line="35" />
            <source>Rapport journals</source>
            <translation>Rapport-Journale</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/journal_page.py" line="37" />
            <source>All files</source>
            <translation>Alle Dateien</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/journal_page.py" line="50" />
            <source>Journal</source>
            <translation>Journal</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/journal_page.py" line="59" />
            <source>Its backups are in {folder}</source>
            <translation>Seine Sicherungen liegen in {folder}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/journal_page.py" line="65" />
            <source>&amp;Open another journal…</source>
            <translation>Anderes Journal ö&amp;ffnen…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/journal_page.py" line="66" />
            <source>Open another journal</source>
            <translation>Anderes Journal öffnen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/journal_page.py" line="68" />
            <source>This journal is closed and the other opened</source>
            <translation>Dieses Journal wird geschlossen und das andere geöffnet</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/journal_page.py" line="71" />
            <source>&amp;Move this journal…</source>
            <translation>Dieses Journal &amp;verschieben…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/journal_page.py" line="73" />
            <source>Move this journal to another folder</source>
            <translation>Dieses Journal in einen anderen Ordner verschieben</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/journal_page.py" line="77" />
            <source>A checked copy is written first; the old file is removed only once it opened</source>
            <translation>Zuerst wird eine geprüfte Kopie geschrieben; die alte Datei wird erst entfernt, wenn die Kopie geöffnet ist</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/journal_page.py" line="87" />
            <source>Moving writes a checked copy to the new place, opens it, and only then removes the old file. If anything goes wrong, the journal stays where it is.</source>
            <translation>Beim Verschieben wird eine geprüfte Kopie am neuen Ort geschrieben und geöffnet; erst danach wird die alte Datei entfernt. Geht etwas schief, bleibt das Journal, wo es ist.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/journal_page.py" line="93" />
            <source>This journal is kept in:</source>
            <translation>Dieses Journal liegt in:</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/journal_page.py" line="110" />
            <source>Open journal</source>
            <translation>Journal öffnen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/journal_page.py" line="120" />
            <source>Move the journal to</source>
            <translation>Journal verschieben nach</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/journal_page.py" line="134" />
            <source>The journal was not moved</source>
            <translation>Das Journal wurde nicht verschoben</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/journal_page.py" line="138" />
            <source>Move the journal?</source>
            <translation>Journal verschieben?</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/journal_page.py" line="140" />
            <source>The journal will be copied to {path}, checked, opened there, and the old file removed.</source>
            <translation>Das Journal wird nach {path} kopiert, geprüft und dort geöffnet; danach wird die alte Datei entfernt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/journal_page.py" line="143" />
            <source>Backups made so far stay in {folder}.</source>
            <translation>Bisherige Sicherungen bleiben in {folder}.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/journal_page.py" line="146" />
            <source>Move</source>
            <translation>Verschieben</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/journal_page.py" line="147" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/journal_page.py" line="157" />
            <source>That is where the journal already is.</source>
            <translation>Dort liegt das Journal bereits.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/journal_page.py" line="160" />
            <source>“{path}” already exists. Choose a new name, or move the other file first.</source>
            <translation>„{path}“ gibt es bereits. Wählen Sie einen neuen Namen oder verschieben Sie zuerst die andere Datei.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/journal_page.py" line="163" />
            <source>The folder “{folder}” does not exist.</source>
            <translation>Den Ordner „{folder}“ gibt es nicht.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="448" />
            <source>&amp;Lock after</source>
            <translation>&amp;Sperren nach</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="449" />
            <source>An encrypted journal is hidden behind its passphrase after this long without use; 0 never locks it. Text being written is kept.</source>
            <translation>Ein verschlüsseltes Journal wird nach so langer Untätigkeit hinter seiner Passphrase verborgen; 0 sperrt es nie. Begonnener Text bleibt erhalten.</translation>
        </message>
    </context>
    <context>
        <name>JournalText</name>
        <message>
            <location filename="../../src/rapport/store/journal.py" line="222" />
            <location filename="../../src/rapport/store/journal.py" line="260" />
            <source>“{path}” could not be opened ({reason}).</source>
            <translation>„{path}“ konnte nicht geöffnet werden ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/journal.py" line="226" />
            <source>Check that you may read and write the file and its folder, or choose another.</source>
            <translation>Prüfen Sie, ob Sie die Datei und ihren Ordner lesen und beschreiben dürfen, oder wählen Sie eine andere.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/journal.py" line="431" />
            <source>“{path}” is damaged: part of it can no longer be read.</source>
            <translation>„{path}“ ist beschädigt: Ein Teil davon kann nicht mehr gelesen werden.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors.py" line="57" />
            <location filename="../../src/rapport/store/journal.py" line="415" />
            <location filename="../../src/rapport/store/journal.py" line="434" />
            <source>Restore it from a backup. The damaged file was left as it was.</source>
            <translation>Stellen Sie das Journal aus einer Sicherung wieder her. Die beschädigte Datei blieb unverändert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/journal.py" line="263" />
            <source>Check that you may read the file and its folder.</source>
            <translation>Prüfen Sie, ob Sie die Datei und ihren Ordner lesen dürfen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/journal.py" line="383" />
            <source>“{path}” is missing, yet it has backups: it held a journal, so it is not started afresh (perhaps it was moved, renamed or deleted).</source>
            <translation>„{path}“ fehlt, hat aber Sicherungen: Hier lag ein Journal, deshalb wird es nicht neu angelegt (vielleicht wurde es verschoben, umbenannt oder gelöscht).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/journal.py" line="388" />
            <source>“{path}” is empty, yet it has backups: it held a journal, so it is not started afresh (perhaps a sync tool or another program emptied it).</source>
            <translation>„{path}“ ist leer, hat aber Sicherungen: Die Datei enthielt ein Journal und wird deshalb nicht neu angelegt (vielleicht hat ein Synchronisierungsprogramm oder ein anderes Programm sie geleert).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/journal.py" line="393" />
            <source>Restore its newest good backup: Rapport offers it when it starts, and `rapport restore` lists them.</source>
            <translation>Stellen Sie seine neueste intakte Sicherung wieder her: Rapport bietet sie beim Start an, und `rapport restore` listet die Sicherungen auf.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/journal.py" line="399" />
            <source>There is no journal at “{path}”.</source>
            <translation>Unter „{path}“ gibt es kein Journal.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/journal.py" line="401" />
            <source>“{path}” is empty: there is no journal in it.</source>
            <translation>„{path}“ ist leer: Darin ist kein Journal.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/journal.py" line="402" />
            <source>Check the path, or start Rapport to create a journal.</source>
            <translation>Prüfen Sie den Pfad, oder starten Sie Rapport, um ein Journal anzulegen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/journal.py" line="414" />
            <source>“{path}” is damaged: part of it is missing.</source>
            <translation>„{path}“ ist beschädigt: Ein Teil davon fehlt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/journal.py" line="421" />
            <source>“{path}” needs a repair: its indexes (its look-up tables) are out of step with its records; no entry is lost.</source>
            <translation>„{path}“ muss repariert werden: Seine Indizes (seine Nachschlagetabellen) stimmen nicht mehr mit seinen Datensätzen überein; kein Eintrag ist verloren.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/journal.py" line="425" />
            <source>Start Rapport to rebuild them (a backup is made first). The file was left as it was.</source>
            <translation>Starten Sie Rapport, um sie neu aufzubauen (vorher wird eine Sicherung angelegt). Die Datei blieb unverändert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors.py" line="56" />
            <source>“{path}” is damaged and cannot be read.</source>
            <translation>„{path}“ ist beschädigt und kann nicht gelesen werden.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors.py" line="76" />
            <source>The disk is full, so the change was not saved.</source>
            <translation>Der Datenträger ist voll, daher wurde die Änderung nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors.py" line="77" />
            <source>Free some space, then try again. Your text is still here.</source>
            <translation>Schaffen Sie etwas Platz und versuchen Sie es dann erneut. Ihr Text ist noch da.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors.py" line="81" />
            <source>The journal file cannot be written (it or its folder is read-only).</source>
            <translation>Die Journaldatei kann nicht geschrieben werden (sie oder ihr Ordner ist schreibgeschützt).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors.py" line="82" />
            <source>Check the file's permissions, or save the journal somewhere else.</source>
            <translation>Prüfen Sie die Zugriffsrechte der Datei oder speichern Sie das Journal an einem anderen Ort.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors.py" line="86" />
            <source>The journal is busy in another program, so the change was not saved.</source>
            <translation>Das Journal wird gerade von einem anderen Programm verwendet, daher wurde die Änderung nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors.py" line="87" />
            <source>Close the other program (or wait a moment), then try again.</source>
            <translation>Schließen Sie das andere Programm (oder warten Sie einen Moment) und versuchen Sie es dann erneut.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors.py" line="91" />
            <source>The journal file is damaged, so the change was not saved.</source>
            <translation>Die Journaldatei ist beschädigt, daher wurde die Änderung nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors.py" line="92" />
            <location filename="../../src/rapport/store/db_errors.py" line="115" />
            <source>Use Tools → Check journal, or File → Restore from backup.</source>
            <translation>Verwenden Sie Extras → Journal prüfen oder Datei → Aus Sicherung wiederherstellen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors.py" line="95" />
            <source>The change could not be saved.</source>
            <translation>Die Änderung konnte nicht gespeichert werden.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors.py" line="96" />
            <location filename="../../src/rapport/store/db_errors.py" line="127" />
            <source>The database said: {reason}</source>
            <translation>Meldung der Datenbank: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors.py" line="114" />
            <source>The journal file is damaged: part of it can no longer be read.</source>
            <translation>Die Journaldatei ist beschädigt: Ein Teil davon lässt sich nicht mehr lesen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors.py" line="120" />
            <source>The journal is busy in another program, so it could not be read.</source>
            <translation>Das Journal wird gerade von einem anderen Programm verwendet, daher konnte es nicht gelesen werden.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors.py" line="122" />
            <source>Wait a moment, then try again; if it stays busy, close the other program.</source>
            <translation>Warten Sie einen Moment und versuchen Sie es dann erneut; bleibt es belegt, schließen Sie das andere Programm.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors.py" line="126" />
            <source>The journal could not be read.</source>
            <translation>Das Journal konnte nicht gelesen werden.</translation>
        </message>
    </context>
    <context>
        <name>JsonChecksText</name>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="54" />
            <source>“{name}” holds a broken character (a lone UTF-16 surrogate)</source>
            <translation>„{name}“ enthält ein defektes Zeichen (ein einzelnes UTF-16-Surrogat)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="58" />
            <source>“{name}” is {length} characters long; at most {limit} fit</source>
            <translation>„{name}“ ist {length} Zeichen lang; höchstens {limit} passen hinein</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="65" />
            <source>its id must be 1 or more</source>
            <translation>die ID muss 1 oder größer sein</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="81" />
            <source>“{name}” is not a tag (1 to {limit} characters, no commas)</source>
            <translation>„{name}“ ist kein Schlagwort (1 bis {limit} Zeichen, keine Kommas)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="90" />
            <source>a tag is listed twice for this customer</source>
            <translation>ein Schlagwort steht bei diesem Kunden doppelt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="98" />
            <source>the customer has no name</source>
            <translation>der Kunde hat keinen Namen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="100" />
            <location filename="../../src/rapport/transfer/json_checks.py" line="168" />
            <source>the name is longer than {limit} characters</source>
            <translation>der Name ist länger als {limit} Zeichen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="104" />
            <source>“{value}” is not a relationship level</source>
            <translation>„{value}“ ist keine Beziehungsebene</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="108" />
            <source>“{value}” is not a status</source>
            <translation>„{value}“ ist kein Status</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="110" />
            <source>“{value}” is not a kind of relationship</source>
            <translation>„{value}“ ist keine Art von Beziehung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="114" />
            <source>the currency is not a three-letter code</source>
            <translation>die Währung ist kein Code aus drei Buchstaben</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="116" />
            <source>the account value is negative or too large</source>
            <translation>der Kundenwert ist negativ oder zu groß</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="118" />
            <source>the cadence must be 1 to {limit} days</source>
            <translation>der Kontaktrhythmus muss 1 bis {limit} Tage betragen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="127" />
            <source>“{value}” is not a kind of entry</source>
            <translation>„{value}“ ist keine Art von Eintrag</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="129" />
            <source>its sentiment is outside −2…+2</source>
            <translation>die Stimmung liegt außerhalb von −2…+2</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="131" />
            <source>its title or note is too long</source>
            <translation>Titel oder Notiz ist zu lang</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="133" />
            <source>“{value}” is not a side (ours or theirs)</source>
            <translation>„{value}“ ist keine Seite (ours oder theirs)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="137" />
            <source>only a commitment says whose word it is</source>
            <translation>nur eine Zusage sagt, wessen Wort sie ist</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="144" />
            <source>“{value}” is not a stage</source>
            <translation>„{value}“ ist keine Phase</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="151" />
            <source>“{value}” is not a stage or a level</source>
            <translation>„{value}“ ist weder eine Phase noch eine Ebene</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="157" />
            <source>its answers must be {low} to {high}, or null</source>
            <translation>die Antworten müssen zwischen {low} und {high} liegen oder null sein</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="166" />
            <source>the person has no name</source>
            <translation>die Person hat keinen Namen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="221" />
            <source>its id repeats an earlier {record}</source>
            <translation>die ID kommt schon bei einem früheren Datensatz vor ({record})</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="227" />
            <source>the tag “{name}” is listed twice</source>
            <translation>das Schlagwort „{name}“ kommt doppelt vor</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="232" />
            <source>it belongs to customer #{number}, who is not in the file</source>
            <translation>gehört zu Kunde Nr. {number}, der nicht in der Datei steht</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="237" />
            <source>it points at entry #{number}, which is not in the file</source>
            <translation>verweist auf Eintrag Nr. {number}, der nicht in der Datei steht</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="242" />
            <source>it points at {record}, which is not in the file</source>
            <translation>verweist auf {record}, der bzw. die nicht in der Datei steht</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="248" />
            <source>the same person is listed twice for one entry</source>
            <translation>dieselbe Person ist für einen Eintrag zweimal aufgeführt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_checks.py" line="253" />
            <source>the same suggestion is dismissed twice</source>
            <translation>derselbe Vorschlag ist doppelt ausgeblendet</translation>
        </message>
    </context>
    <context>
        <name>JsonFormatText</name>
        <message>
            <location filename="../../src/rapport/transfer/json_format.py" line="101" />
            <source>The file is not valid JSON (line {line}, column {column}: {reason}).</source>
            <translation>Die Datei ist kein gültiges JSON (Zeile {line}, Spalte {column}: {reason}).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_format.py" line="104" />
            <source>It may be cut short or edited by hand; export it from Rapport again.</source>
            <translation>Vielleicht ist sie abgeschnitten oder von Hand bearbeitet; exportieren Sie sie erneut aus Rapport.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_format.py" line="109" />
            <source>The file nests too deeply to be a Rapport export.</source>
            <translation>Die Datei ist zu tief verschachtelt für einen Rapport-Export.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_format.py" line="113" />
            <source>This JSON file is not a Rapport export.</source>
            <translation>Diese JSON-Datei ist kein Rapport-Export.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_format.py" line="115" />
            <source>Choose a file made with File → Export… → JSON, or import a CSV or vCard file.</source>
            <translation>Wählen Sie eine Datei, die mit Datei → Exportieren… → JSON erstellt wurde, oder importieren Sie eine CSV- oder vCard-Datei.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_format.py" line="121" />
            <source>The Rapport export does not say which version of the format it is.</source>
            <translation>Der Rapport-Export gibt nicht an, welche Version des Formats er hat.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_format.py" line="125" />
            <source>The file was exported by a newer version of Rapport.</source>
            <translation>Die Datei wurde von einer neueren Version von Rapport exportiert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_format.py" line="126" />
            <source>Install the latest Rapport to import it.</source>
            <translation>Installieren Sie die neueste Version von Rapport, um sie zu importieren.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_format.py" line="135" />
            <source>The file's “{table}” is not a list; it is not a Rapport export.</source>
            <translation>„{table}“ ist in der Datei keine Liste; sie ist kein Rapport-Export.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_format.py" line="141" />
            <source>unreadable</source>
            <translation>unlesbar</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_format.py" line="153" />
            <source>{record} {index} in the file</source>
            <translation>{record} an Stelle {index} der Datei</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_format.py" line="160" />
            <source>it is not a record (an object with fields)</source>
            <translation>kein Datensatz (ein Objekt mit Feldern)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_format.py" line="168" />
            <source>the field “{name}” is missing</source>
            <translation>das Feld „{name}“ fehlt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_format.py" line="191" />
            <source>“{name}” should be {kind} (a number too large, or not a number)</source>
            <translation>„{name}“ sollte {kind} sein (eine zu große Zahl oder keine Zahl)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_format.py" line="194" />
            <source>“{name}” should be {kind}, not “{value}”</source>
            <translation>„{name}“ sollte {kind} sein, nicht „{value}“</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_format.py" line="196" />
            <source>“{name}” should be {kind} (“{value}” has no offset)</source>
            <translation>„{name}“ sollte {kind} sein („{value}“ hat keinen UTC-Versatz)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/json_format.py" line="198" />
            <source>“{name}” should be {kind}</source>
            <translation>„{name}“ sollte {kind} sein</translation>
        </message>
    </context>
    <context>
        <name>KeysText</name>
        <message>
            <location filename="../../src/rapport/store/keys.py" line="121" />
            <source>“{name}” was protected by a newer Rapport.</source>
            <translation>„{name}“ wurde von einer neueren Rapport-Version geschützt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/keys.py" line="122" />
            <source>Open it with the version of Rapport that protected it, or a newer one.</source>
            <translation>Öffnen Sie es mit der Rapport-Version, die es geschützt hat, oder einer neueren.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/keys.py" line="296" />
            <source>The key file of “{name}” is damaged.</source>
            <translation>Die Schlüsseldatei von „{name}“ ist beschädigt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/keys.py" line="298" />
            <source>Restore the file “{file}” from a copy, or open a backup of the journal.</source>
            <translation>Stellen Sie die Datei „{file}“ aus einer Kopie wieder her oder öffnen Sie eine Sicherung des Journals.</translation>
        </message>
    </context>
    <context>
        <name>LedgerText</name>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/ledger.py" line="99" />
            <source>You have done %n favour(s) for them; they have done {theirs} for you.</source>
            <translation>
                <numerusform>Sie haben der Gegenseite %n Gefallen erwiesen, die Gegenseite Ihnen {theirs}.</numerusform>
                <numerusform>Sie haben der Gegenseite %n Gefallen erwiesen, die Gegenseite Ihnen {theirs}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/ledger.py" line="102" />
            <source>No favours either way yet.</source>
            <translation>Bisher keine Gefallen, in keiner Richtung.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/ledger.py" line="106" />
            <source>You owe them %n promise(s); they owe you {theirs}.</source>
            <translation>
                <numerusform>Sie schulden der Gegenseite %n Zusage, die Gegenseite Ihnen {theirs}.</numerusform>
                <numerusform>Sie schulden der Gegenseite %n Zusagen, die Gegenseite Ihnen {theirs}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/ledger.py" line="108" />
            <source>You owe them %n promise(s).</source>
            <translation>
                <numerusform>Sie schulden der Gegenseite %n Zusage.</numerusform>
                <numerusform>Sie schulden der Gegenseite %n Zusagen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/ledger.py" line="110" />
            <source>They owe you %n promise(s).</source>
            <translation>
                <numerusform>Die Gegenseite schuldet Ihnen %n Zusage.</numerusform>
                <numerusform>Die Gegenseite schuldet Ihnen %n Zusagen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/ledger.py" line="112" />
            <source>No promise is open either way.</source>
            <translation>Keine Zusage ist offen, in keiner Richtung.</translation>
        </message>
    </context>
    <context>
        <name>Level</name>
        <message>
            <location filename="../../src/rapport/domain/levels.py" line="45" />
            <source>Professional</source>
            <translation>Fachlich</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/levels.py" line="46" />
            <source>Personal</source>
            <translation>Persönlich</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/levels.py" line="47" />
            <source>Structural</source>
            <translation>Strukturell</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/levels.py" line="48" />
            <source>Power</source>
            <translation>Macht</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/levels.py" line="52" />
            <source>They trust you to deliver the same quality every time.</source>
            <translation>Der Kunde vertraut darauf, dass Sie jedes Mal dieselbe Qualität liefern.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/levels.py" line="55" />
            <source>They like working with you.</source>
            <translation>Der Kunde arbeitet gern mit Ihnen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/levels.py" line="56" />
            <source>You are part of how their business runs day to day.</source>
            <translation>Sie gehören zum Tagesgeschäft des Kunden.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/levels.py" line="59" />
            <source>They stay happy whoever on your side serves them.</source>
            <translation>Der Kunde bleibt zufrieden, ganz gleich, wer ihn bei Ihnen betreut.</translation>
        </message>
    </context>
    <context>
        <name>LevelSuggestionText</name>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/level_suggestions.py" line="143" />
            <source>Ordered {every} for %n month(s).</source>
            <translation>
                <numerusform>Bestellt {every}, seit %n Monat.</numerusform>
                <numerusform>Bestellt {every}, seit %n Monaten.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/level_suggestions.py" line="145" />
            <source>%n order(s) since {first}; the latest on {last}.</source>
            <translation>
                <numerusform>%n Bestellung seit {first}; die letzte am {last}.</numerusform>
                <numerusform>%n Bestellungen seit {first}; die letzte am {last}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/level_suggestions.py" line="154" />
            <source>Part of their routine</source>
            <translation>Teil ihres Alltags</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/level_suggestions.py" line="166" />
            <source>every %n week(s)</source>
            <translation>
                <numerusform>jede Woche</numerusform>
                <numerusform>alle %n Wochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/level_suggestions.py" line="167" />
            <source>every {low}–%n weeks</source>
            <translation>
                <numerusform>alle {low}–%n Wochen</numerusform>
                <numerusform>alle {low}–%n Wochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/level_suggestions.py" line="170" />
            <source>every %n day(s)</source>
            <translation>
                <numerusform>jeden Tag</numerusform>
                <numerusform>alle %n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/level_suggestions.py" line="171" />
            <source>every {low}–%n days</source>
            <translation>
                <numerusform>alle {low}–%n Tage</numerusform>
                <numerusform>alle {low}–%n Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/level_suggestions.py" line="187" />
            <source>%n warm entr(y|ies) in {months} different months {span} ({praise} praise, {friendly} friendly contacts).</source>
            <translation>
                <numerusform>{span} %n herzlicher Eintrag in {months} verschiedenen Monaten (Lob: {praise}, freundliche Kontakte: {friendly}).</numerusform>
                <numerusform>{span} %n herzliche Einträge in {months} verschiedenen Monaten (Lob: {praise}, freundliche Kontakte: {friendly}).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/level_suggestions.py" line="203" />
            <source>Your last check-in says they like working with you ({answer}/5).</source>
            <translation>Laut Ihrem letzten Check-in arbeitet die Gegenseite gern mit Ihnen ({answer}/5).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/level_suggestions.py" line="209" />
            <source>Warmth that lasts</source>
            <translation>Herzlichkeit, die anhält</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/level_suggestions.py" line="227" />
            <source>Served well by %n of your people {span}.</source>
            <translation>
                <numerusform>{span} von %n Person Ihres Teams gut betreut.</numerusform>
                <numerusform>{span} von %n Personen Ihres Teams gut betreut.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/level_suggestions.py" line="228" />
            <source>%n entr(y|ies) taken well with them.</source>
            <translation>
                <numerusform>%n Eintrag mit ihnen kam gut an.</numerusform>
                <numerusform>%n Einträge mit ihnen kamen gut an.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/level_suggestions.py" line="232" />
            <source>Happy whoever serves them</source>
            <translation>Zufrieden, wer auch immer sie betreut</translation>
        </message>
    </context>
    <context>
        <name>LifecycleStripText</name>
        <message>
            <location filename="../../src/rapport/ui/lifecycle_strip.py" line="30" />
            <source>Lifecycle stage</source>
            <translation>Beziehungsphase</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/lifecycle_strip.py" line="41" />
            <source>Current stage: {stage}, {duration}</source>
            <translation>Aktuelle Phase: {stage}, {duration}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/lifecycle_strip.py" line="45" />
            <source>No stage recorded yet</source>
            <translation>Noch keine Phase festgehalten</translation>
        </message>
    </context>
    <context>
        <name>LifecycleText</name>
        <message>
            <location filename="../../src/rapport/domain/lifecycle.py" line="20" />
            <source>New customer</source>
            <translation>Neuer Kunde</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/lifecycle.py" line="21" />
            <source>Imported from {source}</source>
            <translation>Importiert aus {source}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/lifecycle.py" line="65" />
            <source>since today</source>
            <translation>seit heute</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/lifecycle.py" line="67" />
            <source>for %n day(s)</source>
            <translation>
                <numerusform>seit %n Tag</numerusform>
                <numerusform>seit %n Tagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/lifecycle.py" line="69" />
            <source>for %n week(s)</source>
            <translation>
                <numerusform>seit %n Woche</numerusform>
                <numerusform>seit %n Wochen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/lifecycle.py" line="71" />
            <source>for %n month(s)</source>
            <translation>
                <numerusform>seit %n Monat</numerusform>
                <numerusform>seit %n Monaten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/lifecycle.py" line="72" />
            <source>for %n year(s)</source>
            <translation>
                <numerusform>seit %n Jahr</numerusform>
                <numerusform>seit %n Jahren</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Limits</name>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="97" />
            <source>Automatic backups</source>
            <translation>Automatische Sicherungen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="109" />
            <source>The newest backups kept</source>
            <translation>Aufbewahrte neueste Sicherungen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="118" />
            <source>Daily backups kept</source>
            <translation>Aufbewahrte tägliche Sicherungen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="127" />
            <source>Weekly backups kept</source>
            <translation>Aufbewahrte wöchentliche Sicherungen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="136" />
            <source>Monthly backups kept</source>
            <translation>Aufbewahrte monatliche Sicherungen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="197" />
            <source>The check-in interval</source>
            <translation>Das Check-in-Intervall</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="207" />
            <source>The grace before “overdue”</source>
            <translation>Die Schonfrist vor „überfällig“</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="217" />
            <source>The time in Conflict before it counts as unresolved</source>
            <translation>Die Zeit im Konflikt, bevor er als ungelöst gilt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="227" />
            <source>The “warm but thin” window</source>
            <translation>Der Zeitraum für „warm, aber dünn“</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="237" />
            <source>The warm entries for “warm but thin”</source>
            <translation>Die warmen Einträge für „warm, aber dünn“</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="247" />
            <source>The health below which a big deal is at risk</source>
            <translation>Die Gesundheit, unter der ein großer Auftrag gefährdet ist</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="257" />
            <source>The favours given for “one-way street”</source>
            <translation>Die erwiesenen Gefallen für „Einbahnstraße“</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="283" />
            <source>Theme</source>
            <translation>Farbschema</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="303" />
            <source>First day of the week</source>
            <translation>Erster Tag der Woche</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="319" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="354" />
            <source>Start at login</source>
            <translation>Start bei der Anmeldung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="366" />
            <source>Keep running in the tray</source>
            <translation>Im Infobereich weiterlaufen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="382" />
            <source>The time of the daily summary</source>
            <translation>Die Uhrzeit der täglichen Übersicht</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="394" />
            <source>Quiet hours</source>
            <translation>Ruhezeiten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="404" />
            <source>The start of the quiet hours</source>
            <translation>Der Beginn der Ruhezeiten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="414" />
            <source>The end of the quiet hours</source>
            <translation>Das Ende der Ruhezeiten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="421" />
            <source>Reminders on weekends</source>
            <translation>Erinnerungen am Wochenende</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="447" />
            <source>Lock when away</source>
            <translation>Sperren bei Abwesenheit</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="177" />
            <source>The {level} cadence</source>
            <translation>Der Kontaktrhythmus für {level}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="187" />
            <source>The cap in {stage}</source>
            <translation>Die Obergrenze in {stage}</translation>
        </message>
    </context>
    <context>
        <name>LongTaskText</name>
        <message>
            <location filename="../../src/rapport/ui/long_tasks.py" line="74" />
            <source>Rapport is still busy: {what}</source>
            <translation>Rapport ist noch beschäftigt: {what}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/long_tasks.py" line="75" />
            <source>Try again when it has finished, or cancel it first.</source>
            <translation>Versuchen Sie es erneut, wenn das abgeschlossen ist, oder brechen Sie es zuerst ab.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/long_tasks.py" line="79" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/long_tasks.py" line="128" />
            <location filename="../../src/rapport/ui/timeline_goto.py" line="147" />
            <source>Something unexpected went wrong; your journal was not changed.</source>
            <translation>Etwas Unerwartetes ist schiefgegangen; Ihr Journal wurde nicht verändert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/long_tasks.py" line="129" />
            <location filename="../../src/rapport/ui/timeline_goto.py" line="148" />
            <source>The details are in Rapport's log.</source>
            <translation>Die Einzelheiten stehen im Protokoll von Rapport.</translation>
        </message>
    </context>
    <context>
        <name>MailDialogText</name>
        <message>
            <location filename="../../src/rapport/ui/dialogs/mail_customer_dialog.py" line="50" />
            <source>Whose e-mail is this?</source>
            <translation>Wessen E-Mail ist das?</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/mail_customer_dialog.py" line="53" />
            <source>“{subject}” is to or from several customers.</source>
            <translation>„{subject}“ ist an oder von mehreren Kunden.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/mail_customer_dialog.py" line="55" />
            <source>No customer has an address on “{subject}”.</source>
            <translation>Keine Adresse auf „{subject}“ gehört zu einem Kunden.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/mail_customer_dialog.py" line="59" />
            <source>Choose the customer to add it to.</source>
            <translation>Wählen Sie den Kunden, zu dem sie gehört.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/mail_customer_dialog.py" line="69" />
            <source>&amp;Add {sender} to this customer's people</source>
            <translation>{sender} zu den Personen dieses Kunden &amp;hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/mail_customer_dialog.py" line="80" />
            <source>&amp;Customer</source>
            <translation>&amp;Kunde</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/mail_customer_dialog.py" line="93" />
            <source>Choose a customer from the list.</source>
            <translation>Wählen Sie einen Kunden aus der Liste.</translation>
        </message>
    </context>
    <context>
        <name>MailText</name>
        <message>
            <location filename="../../src/rapport/transfer/mail.py" line="77" />
            <source>“{name}” is too large for an e-mail ({size} MB).</source>
            <translation>„{name}“ ist für eine E-Mail zu groß ({size} MB).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/mail.py" line="80" />
            <source>Save the message without its largest attachments and try again.</source>
            <translation>Speichern Sie die Nachricht ohne ihre größten Anhänge und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/mail.py" line="116" />
            <source>“{name}” is not an e-mail Rapport can read.</source>
            <translation>„{name}“ ist keine E-Mail, die Rapport lesen kann.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/mail.py" line="117" />
            <source>Save the message from your mail program as an .eml file and drop that.</source>
            <translation>Speichern Sie die Nachricht in Ihrem E-Mail-Programm als .eml-Datei und ziehen Sie diese hierher.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/mail.py" line="198" />
            <source>attachment</source>
            <translation>Anhang</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/mail.py" line="204" />
            <source>forwarded message</source>
            <translation>weitergeleitete Nachricht</translation>
        </message>
    </context>
    <context>
        <name>MainWindowText</name>
        <message>
            <location filename="../../src/rapport/ui/main_window.py" line="103" />
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/main_window.py" line="107" />
            <source>Show Today: what is due and what is at risk</source>
            <translation>Heute anzeigen: was fällig und was gefährdet ist</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/main_window.py" line="109" />
            <source>What is due and what is at risk (Ctrl+T)</source>
            <translation>Was fällig und was gefährdet ist (Strg+T)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/main_window.py" line="247" />
            <source>{kinds} · {path}</source>
            <translation>{kinds} · {path}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="52" />
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="55" />
            <source>&amp;New entry…</source>
            <translation>&amp;Neuer Eintrag…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="62" />
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="67" />
            <source>&amp;Export PDF…</source>
            <translation>Als &amp;PDF exportieren…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="71" />
            <source>Meeting &amp;brief…</source>
            <translation>&amp;Gesprächsvorbereitung…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="76" />
            <source>&amp;New journal…</source>
            <translation>&amp;Neues Journal…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="79" />
            <source>&amp;Open journal…</source>
            <translation>Journal ö&amp;ffnen…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="84" />
            <source>Open team &amp;journal…</source>
            <translation>Team&amp;journal öffnen…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="87" />
            <source>Open &amp;demo journal</source>
            <translation>De&amp;mo-Journal öffnen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="89" />
            <source>&amp;Import…</source>
            <translation>&amp;Importieren…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="91" />
            <source>Recen&amp;t imports…</source>
            <translation>Le&amp;tzte Importe…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="93" />
            <source>Import e-&amp;mail…</source>
            <translation>E-&amp;Mail importieren…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="95" />
            <source>E&amp;xport…</source>
            <translation>E&amp;xportieren…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="99" />
            <source>Export follow-ups to &amp;calendar…</source>
            <translation>Wiedervorlagen in &amp;Kalender exportieren…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="105" />
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="108" />
            <source>&amp;Edit</source>
            <translation>&amp;Bearbeiten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="114" />
            <source>&amp;Find customer</source>
            <translation>&amp;Kunde suchen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="118" />
            <source>&amp;Search notes…</source>
            <translation>&amp;Notizen durchsuchen…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="124" />
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="125" />
            <source>&amp;Today</source>
            <translation>&amp;Heute</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="126" />
            <source>&amp;Portfolio</source>
            <translation>&amp;Portfolio</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="141" />
            <source>&amp;Customer</source>
            <translation>&amp;Kunde</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="144" />
            <source>&amp;New customer…</source>
            <translation>&amp;Neuer Kunde…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="150" />
            <source>&amp;Edit details…</source>
            <translation>Angaben &amp;bearbeiten…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="156" />
            <source>&amp;Move to stage…</source>
            <translation>In &amp;Phase verschieben…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="161" />
            <source>Check &amp;in…</source>
            <translation>&amp;Check-in…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="171" />
            <source>&amp;Archive</source>
            <translation>&amp;Archivieren</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="172" />
            <source>Mark as &amp;parted ways</source>
            <translation>Als beendet &amp;markieren</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="173" />
            <source>Re&amp;activate</source>
            <translation>&amp;Reaktivieren</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="179" />
            <source>&amp;Delete customer…</source>
            <translation>Kunde &amp;löschen…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="130" />
            <source>T&amp;ools</source>
            <translation>E&amp;xtras</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="133" />
            <source>Hel&amp;p</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="131" />
            <source>&amp;Check journal…</source>
            <translation>Journal &amp;prüfen…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="135" />
            <source>&amp;About Rapport</source>
            <translation>Ü&amp;ber Rapport</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="241" />
            <source>Saved {path}</source>
            <translation>Gespeichert: {path}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="256" />
            <source>Open journal</source>
            <translation>Journal öffnen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="272" />
            <location filename="../../src/rapport/ui/window_actions.py" line="284" />
            <source>New journal</source>
            <translation>Neues Journal</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="285" />
            <source>“{name}” exists already.</source>
            <translation>„{name}“ gibt es bereits.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="286" />
            <source>Choose another name, or open it with File → Open journal….</source>
            <translation>Wählen Sie einen anderen Namen, oder öffnen Sie es mit Datei → Journal öffnen…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="298" />
            <source>About {app}</source>
            <translation>Über {app}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="299" />
            <source>{app} {version}</source>
            <translation>{app} {version}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="307" />
            <source>A relationship journal for small-business owners. This team journal is kept on a server:
{where}</source>
            <translation>Ein Beziehungsjournal für Inhaber kleiner Betriebe. Dieses Teamjournal liegt auf einem Server:
{where}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/window_actions.py" line="311" />
            <source>A relationship journal for small-business owners. Your journal stays on this computer:
{path}</source>
            <translation>Ein Beziehungsjournal für Inhaber kleiner Betriebe. Ihr Journal bleibt auf diesem Computer:
{path}</translation>
        </message>
    </context>
    <context>
        <name>MigrateText</name>
        <message>
            <location filename="../../src/rapport/store/migrate.py" line="136" />
            <source>Upgrading the journal would break links between its records; nothing was changed.</source>
            <translation>Die Aktualisierung des Journals würde Verknüpfungen zwischen seinen Datensätzen zerstören; es wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/migrate.py" line="139" />
            <source>Please report this problem; your journal is as it was.</source>
            <translation>Bitte melden Sie dieses Problem; Ihr Journal ist unverändert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/migrate.py" line="174" />
            <source>A backup made before the attempt is at “{path}”. Please report this problem.</source>
            <translation>Eine vor dem Versuch angelegte Sicherung liegt unter „{path}“. Bitte melden Sie dieses Problem.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/migrate.py" line="177" />
            <source>Please report this problem.</source>
            <translation>Bitte melden Sie dieses Problem.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/migrate.py" line="181" />
            <source>The journal could not be upgraded to this version of Rapport; it was left exactly as it was.</source>
            <translation>Das Journal konnte nicht auf diese Version von Rapport aktualisiert werden; es blieb genau so, wie es war.</translation>
        </message>
    </context>
    <context>
        <name>ModelsCustomerListText</name>
        <message>
            <location filename="../../src/rapport/ui/models/customer_list.py" line="33" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/models/customer_list.py" line="34" />
            <source>Organisation / contact</source>
            <translation>Organisation / Kontakt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/models/customer_list.py" line="35" />
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/models/customer_list.py" line="36" />
            <source>Last contact</source>
            <translation>Letzter Kontakt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/models/customer_list.py" line="37" />
            <source>Follow-up</source>
            <translation>Wiedervorlage</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/models/customer_list.py" line="222" />
            <source>{day} (overdue)</source>
            <translation>{day} (überfällig)</translation>
        </message>
    </context>
    <context>
        <name>ModelsTimelineText</name>
        <message>
            <location filename="../../src/rapport/ui/models/timeline.py" line="286" />
            <source>{day} Moved to {stage}: {reason}</source>
            <translation>{day} Verschoben in {stage}: {reason}</translation>
        </message>
    </context>
    <context>
        <name>ModelsTodayText</name>
        <message>
            <location filename="../../src/rapport/ui/models/today.py" line="188" />
            <source>Next step: {step}</source>
            <translation>Nächster Schritt: {step}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/models/today.py" line="200" />
            <source>%n meeting(s) to write up</source>
            <translation>
                <numerusform>%n Besprechung festzuhalten</numerusform>
                <numerusform>%n Besprechungen festzuhalten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/models/today.py" line="202" />
            <source>%n follow-up(s)</source>
            <translation>
                <numerusform>%n Wiedervorlage</numerusform>
                <numerusform>%n Wiedervorlagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/models/today.py" line="204" />
            <source>%n relationship(s) past cadence</source>
            <translation>
                <numerusform>%n Beziehung außerhalb des Kontaktrhythmus</numerusform>
                <numerusform>%n Beziehungen außerhalb des Kontaktrhythmus</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/models/today.py" line="206" />
            <source>%n customer(s) past cadence</source>
            <translation>
                <numerusform>%n Kunde außerhalb des Kontaktrhythmus</numerusform>
                <numerusform>%n Kunden außerhalb des Kontaktrhythmus</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/models/today.py" line="208" />
            <source>%n risk signal(s)</source>
            <translation>
                <numerusform>%n Risikosignal</numerusform>
                <numerusform>%n Risikosignale</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/models/today.py" line="210" />
            <source>%n important date(s)</source>
            <translation>
                <numerusform>%n wichtiger Termin</numerusform>
                <numerusform>%n wichtige Termine</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/models/today.py" line="211" />
            <source>%n check-in(s) due</source>
            <translation>
                <numerusform>%n Check-in fällig</numerusform>
                <numerusform>%n Check-ins fällig</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MsgboxText</name>
        <message>
            <location filename="../../src/rapport/ui/msgbox.py" line="76" />
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/msgbox.py" line="77" />
            <source>No</source>
            <translation>Nein</translation>
        </message>
    </context>
    <context>
        <name>NewJournalText</name>
        <message>
            <location filename="../../src/rapport/ui/new_journal.py" line="34" />
            <source>New journal</source>
            <translation>Neues Journal</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/new_journal.py" line="35" />
            <source>Protect the new journal with a passphrase?</source>
            <translation>Das neue Journal mit einer Passphrase schützen?</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/new_journal.py" line="37" />
            <source>Its entries, backups and drafts are then encrypted on the disk, and Rapport asks for the passphrase when it opens the journal. You can also do this later in Settings → Journal.</source>
            <translation>Seine Einträge, Sicherungen und Entwürfe werden dann verschlüsselt gespeichert, und Rapport fragt beim Öffnen des Journals nach der Passphrase. Sie können das auch später unter Einstellungen → Journal tun.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/new_journal.py" line="41" />
            <source>Protect with a passphrase</source>
            <translation>Mit einer Passphrase schützen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/new_journal.py" line="42" />
            <source>No passphrase</source>
            <translation>Keine Passphrase</translation>
        </message>
    </context>
    <context>
        <name>NoteTextText</name>
        <message>
            <location filename="../../src/rapport/reports/note_text.py" line="128" />
            <source>[image: {alt} ({path})]</source>
            <translation>[Bild: {alt} ({path})]</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/note_text.py" line="129" />
            <source>[image: {path}]</source>
            <translation>[Bild: {path}]</translation>
        </message>
    </context>
    <context>
        <name>NoticeText</name>
        <message>
            <location filename="../../src/rapport/ui/desktop_notices.py" line="103" />
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
    </context>
    <context>
        <name>OpeningText</name>
        <message>
            <location filename="../../src/rapport/transfer/opening.py" line="73" />
            <source>Rapport JSON export</source>
            <translation>Rapport-JSON-Export</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/opening.py" line="103" />
            <source>“{file}”</source>
            <translation>„{file}“</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/opening.py" line="120" />
            <source>{name} is {size} MB; Rapport imports files up to {limit} MB.</source>
            <translation>{name} ist {size} MB groß; Rapport importiert Dateien bis {limit} MB.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/opening.py" line="126" />
            <source>Split it into smaller files and import them one after the other.</source>
            <translation>Teilen Sie sie in kleinere Dateien auf und importieren Sie diese nacheinander.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/opening.py" line="131" />
            <source>{name} could not be read ({reason}).</source>
            <translation>{name} konnte nicht gelesen werden ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/opening.py" line="134" />
            <source>Check that the file exists and that you may read it.</source>
            <translation>Prüfen Sie, ob die Datei existiert und ob Sie sie lesen dürfen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/opening.py" line="144" />
            <source>{name} is empty.</source>
            <translation>{name} ist leer.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/opening.py" line="145" />
            <source>Choose the file your contacts program exported.</source>
            <translation>Wählen Sie die Datei, die Ihr Adressbuchprogramm exportiert hat.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/opening.py" line="153" />
            <source>{name} holds no vCards (no BEGIN:VCARD line).</source>
            <translation>{name} enthält keine vCards (keine Zeile BEGIN:VCARD).</translation>
        </message>
    </context>
    <context>
        <name>PassphraseFormText</name>
        <message>
            <location filename="../../src/rapport/ui/settings/passphrase_form.py" line="53" />
            <source>Protect this journal with a passphrase</source>
            <translation>Dieses Journal mit einer Passphrase schützen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/passphrase_form.py" line="54" />
            <source>Change the passphrase</source>
            <translation>Passphrase ändern</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/passphrase_form.py" line="55" />
            <source>Remove the passphrase</source>
            <translation>Passphrase entfernen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/passphrase_form.py" line="61" />
            <source>&amp;Current passphrase:</source>
            <translation>&amp;Aktuelle Passphrase:</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/passphrase_form.py" line="65" />
            <source>&amp;New passphrase:</source>
            <translation>&amp;Neue Passphrase:</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/passphrase_form.py" line="66" />
            <source>&amp;Repeat it:</source>
            <translation>&amp;Wiederholen:</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/passphrase_form.py" line="73" />
            <source>I understand, and I have written the passphrase down</source>
            <translation>Ich habe verstanden und die Passphrase aufgeschrieben</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/passphrase_form.py" line="75" />
            <source>Remember on this computer</source>
            <translation>Auf diesem Computer merken</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/passphrase_form.py" line="78" />
            <source>Create a &amp;recovery key</source>
            <translation>&amp;Wiederherstellungsschlüssel erstellen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/passphrase_form.py" line="80" />
            <source>Create a new &amp;recovery key</source>
            <translation>Neuen &amp;Wiederherstellungsschlüssel erstellen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/passphrase_form.py" line="86" />
            <source>A key shown once, to print or save: it opens the journal if you forget the passphrase.</source>
            <translation>Ein Schlüssel, der einmal angezeigt wird, zum Drucken oder Speichern: Er öffnet das Journal, wenn Sie die Passphrase vergessen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/passphrase_form.py" line="93" />
            <source>&lt;b&gt;Nobody can recover this journal without its passphrase&lt;/b&gt; — not Rapport, not support, not you. If you forget it, the journal and its backups stay locked for good.</source>
            <translation>&lt;b&gt;Ohne die Passphrase kann niemand dieses Journal wiederherstellen&lt;/b&gt; – weder Rapport noch der Support noch Sie selbst. Wenn Sie sie vergessen, bleiben das Journal und seine Sicherungen für immer verschlossen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/passphrase_form.py" line="107" />
            <source>The journal, its backups and drafts will be stored unencrypted again: anyone with the files can read them.</source>
            <translation>Das Journal, seine Sicherungen und Entwürfe werden wieder unverschlüsselt gespeichert: Wer die Dateien hat, kann sie lesen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/passphrase_form.py" line="134" />
            <source>That is not the journal's current passphrase.</source>
            <translation>Das ist nicht die aktuelle Passphrase des Journals.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/passphrase_form.py" line="139" />
            <source>Use at least {n} characters: a few words are easy to remember and hard to guess.</source>
            <translation>Verwenden Sie mindestens {n} Zeichen: Einige Wörter sind leicht zu merken und schwer zu erraten.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/passphrase_form.py" line="142" />
            <source>The two new passphrases differ. Type them again.</source>
            <translation>Die beiden neuen Passphrasen stimmen nicht überein. Geben Sie sie erneut ein.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/passphrase_form.py" line="144" />
            <source>Tick the box to confirm you have read the warning.</source>
            <translation>Bestätigen Sie mit dem Häkchen, dass Sie den Hinweis gelesen haben.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseText</name>
        <message>
            <location filename="../../src/rapport/ui/passphrase_dialog.py" line="47" />
            <location filename="../../src/rapport/ui/passphrase_dialog.py" line="61" />
            <location filename="../../src/rapport/ui/passphrase_dialog.py" line="62" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/passphrase_dialog.py" line="52" />
            <source>&lt;b&gt;{name}&lt;/b&gt; is protected with a passphrase.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt; ist mit einer Passphrase geschützt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/passphrase_dialog.py" line="67" />
            <source>&amp;Remember on this computer</source>
            <translation>Auf diesem Computer &amp;merken</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/passphrase_dialog.py" line="70" />
            <source>Kept in the system's keyring, so anyone who can log in as you can open it.</source>
            <translation>Wird im Schlüsselbund des Systems aufbewahrt: Wer sich als Sie anmelden kann, kann das Journal öffnen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/passphrase_dialog.py" line="76" />
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/passphrase_dialog.py" line="80" />
            <source>Use &amp;recovery key…</source>
            <translation>&amp;Wiederherstellungsschlüssel verwenden…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/passphrase_dialog.py" line="100" />
            <source>Type the journal's passphrase, then press Open.</source>
            <translation>Geben Sie die Passphrase des Journals ein und klicken Sie dann auf „Öffnen“.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/passphrase_dialog.py" line="110" />
            <source>That passphrase does not open this journal. Check it (and the keyboard layout, Caps Lock), then try again.</source>
            <translation>Diese Passphrase öffnet das Journal nicht. Prüfen Sie sie (und Tastaturbelegung und Feststelltaste) und versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/passphrase_dialog.py" line="130" />
            <source>Opening the journal…</source>
            <translation>Das Journal wird geöffnet …</translation>
        </message>
    </context>
    <context>
        <name>PdfOutputText</name>
        <message>
            <location filename="../../src/rapport/reports/pdf_output.py" line="83" />
            <source>The PDF “{name}” could not be written.</source>
            <translation>Die PDF-Datei „{name}“ konnte nicht gespeichert werden.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/pdf_output.py" line="105" />
            <source>“{path}” could not be written ({reason}).</source>
            <translation>„{path}“ konnte nicht gespeichert werden ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/pdf_output.py" line="108" />
            <source>Choose a folder you may write to, with some free space.</source>
            <translation>Wählen Sie einen Ordner, in dem Sie speichern dürfen und noch Platz frei ist.</translation>
        </message>
    </context>
    <context>
        <name>PeopleActionsText</name>
        <message>
            <location filename="../../src/rapport/ui/people_actions.py" line="45" />
            <source>Add a person</source>
            <translation>Person hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/people_actions.py" line="51" />
            <source>Add the person</source>
            <translation>Die Person hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/people_actions.py" line="67" />
            <source>Edit the person</source>
            <translation>Die Person bearbeiten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/people_actions.py" line="75" />
            <source>Save the person</source>
            <translation>Die Person speichern</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/people_actions.py" line="93" />
            <source>Who took part</source>
            <translation>Wer dabei war</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/people_actions.py" line="100" />
            <source>Add one of your people</source>
            <translation>Eine Ihrer Personen hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/people_actions.py" line="108" />
            <source>Save who took part</source>
            <translation>Speichern, wer dabei war</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/people_actions.py" line="127" />
            <source>Remove “{name}”</source>
            <translation>„{name}“ entfernen</translation>
        </message>
    </context>
    <context>
        <name>PeopleText</name>
        <message>
            <location filename="../../src/rapport/ui/people_section.py" line="41" />
            <source>no longer there since {day}</source>
            <translation>nicht mehr da seit {day}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/people_section.py" line="59" />
            <location filename="../../src/rapport/ui/people_section.py" line="134" />
            <source>Add person…</source>
            <translation>Person hinzufügen …</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/people_section.py" line="60" />
            <source>Add a person at this relationship</source>
            <translation>Eine Person bei dieser Beziehung hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/people_section.py" line="64" />
            <source>People at this relationship</source>
            <translation>Personen bei dieser Beziehung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/people_section.py" line="70" />
            <location filename="../../src/rapport/ui/people_section.py" line="133" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/people_section.py" line="91" />
            <source>Birthday: {day}</source>
            <translation>Geburtstag: {day}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/people_section.py" line="100" />
            <source>No one yet: add the people you deal with.</source>
            <translation>Noch niemand: Fügen Sie die Personen hinzu, mit denen Sie zu tun haben.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/people_section.py" line="132" />
            <source>Edit…</source>
            <translation>Bearbeiten …</translation>
        </message>
    </context>
    <context>
        <name>PersonDialogText</name>
        <message>
            <location filename="../../src/rapport/ui/dialogs/person_dialog.py" line="71" />
            <source>{name} at {relationship}</source>
            <translation>{name} bei {relationship}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/person_dialog.py" line="73" />
            <source>New person at {relationship}</source>
            <translation>Neue Person bei {relationship}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/person_dialog.py" line="82" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/person_dialog.py" line="83" />
            <source>Required</source>
            <translation>Pflichtfeld</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/person_dialog.py" line="85" />
            <source>Role</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/person_dialog.py" line="86" />
            <source>e.g. Owner, Manager, Driver</source>
            <translation>z. B. Inhaberin, Geschäftsführer, Fahrer</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/person_dialog.py" line="89" />
            <source>E-mail addresses</source>
            <translation>E-Mail-Adressen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/person_dialog.py" line="90" />
            <source>One per line, e.g. work: jens@…</source>
            <translation>Eine pro Zeile, z. B. Arbeit: jens@…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/person_dialog.py" line="94" />
            <source>Phone numbers</source>
            <translation>Telefonnummern</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/person_dialog.py" line="95" />
            <source>One per line, e.g. mobile: +31 6 …</source>
            <translation>Eine pro Zeile, z. B. mobil: +31 6 …</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/person_dialog.py" line="98" />
            <source>&amp;Birthday</source>
            <translation>&amp;Geburtstag</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/person_dialog.py" line="100" />
            <source>Birthday</source>
            <translation>Geburtstag</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/person_dialog.py" line="104" />
            <source>&amp;Main contact</source>
            <translation>&amp;Hauptansprechpartner</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/person_dialog.py" line="105" />
            <source>The one to write to first</source>
            <translation>An wen Sie sich zuerst wenden</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/person_dialog.py" line="106" />
            <source>No &amp;longer there, since</source>
            <translation>Nicht &amp;mehr da, seit</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/person_dialog.py" line="108" />
            <source>Left on</source>
            <translation>Nicht mehr da seit</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/person_dialog.py" line="114" />
            <source>Note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/person_dialog.py" line="115" />
            <source>Something to remember about them</source>
            <translation>Etwas, das Sie sich über die Person merken möchten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/person_dialog.py" line="126" />
            <source>&amp;Name</source>
            <translation>&amp;Name</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/person_dialog.py" line="127" />
            <source>&amp;Role</source>
            <translation>&amp;Funktion</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/person_dialog.py" line="128" />
            <source>&amp;E-mails</source>
            <translation>&amp;E-Mails</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/person_dialog.py" line="129" />
            <source>&amp;Phones</source>
            <translation>&amp;Telefon</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/person_dialog.py" line="133" />
            <source>N&amp;ote</source>
            <translation>N&amp;otiz</translation>
        </message>
    </context>
    <context>
        <name>PersonFieldsText</name>
        <message>
            <location filename="../../src/rapport/transfer/person_fields.py" line="32" />
            <source>Person: name</source>
            <translation>Person: Name</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/person_fields.py" line="33" />
            <source>Person: role</source>
            <translation>Person: Rolle</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/person_fields.py" line="34" />
            <source>Person: e-mails</source>
            <translation>Person: E-Mails</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/person_fields.py" line="35" />
            <source>Person: phones</source>
            <translation>Person: Telefonnummern</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/person_fields.py" line="36" />
            <source>Person: birthday</source>
            <translation>Person: Geburtstag</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/person_fields.py" line="37" />
            <source>Person: no longer there since</source>
            <translation>Person: nicht mehr dort seit</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/person_fields.py" line="48" />
            <source>Person: note, as “{label}: …”</source>
            <translation>Person: Notiz, als „{label}: …“</translation>
        </message>
    </context>
    <context>
        <name>PortfolioFigureText</name>
        <message>
            <location filename="../../src/rapport/reports/portfolio_figure.py" line="97" />
            <source>Months in their current stage</source>
            <translation>Monate in der aktuellen Phase</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/portfolio_figure.py" line="89" />
            <source>Where each relationship stands, and for how long</source>
            <translation>Wo jede Beziehung steht, und seit wann</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/portfolio_figure.py" line="107" />
            <source>No active relationships yet</source>
            <translation>Noch keine aktiven Beziehungen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/portfolio_figure.py" line="129" />
            <source>{stage} {duration}</source>
            <translation>{stage} {duration}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/portfolio_figure.py" line="159" />
            <source>Account value and relationship health</source>
            <translation>Kundenwert und Beziehungsgesundheit</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/portfolio_figure.py" line="164" />
            <source>Health</source>
            <translation>Gesundheit</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/portfolio_figure.py" line="166" />
            <source>No account values entered yet</source>
            <translation>Noch keine Kundenwerte eingetragen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/portfolio_figure.py" line="173" />
            <source>Account value</source>
            <translation>Kundenwert</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/portfolio_figure.py" line="192" />
            <source>Big account,
weak relationship</source>
            <translation>Großer Kunde,
schwache Beziehung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/portfolio_figure.py" line="214" />
            <source>{amount} · health {score}</source>
            <translation>{amount} · Gesundheit {score}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/portfolio_figure.py" line="219" />
            <source>A big account on a thin relationship</source>
            <translation>Ein großer Kunde mit dünner Beziehung</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/reports/portfolio_figure.py" line="235" />
            <source>Not shown: %n without an account value in {currency}</source>
            <translation>
                <numerusform>Nicht gezeigt: %n ohne Kundenwert in {currency}</numerusform>
                <numerusform>Nicht gezeigt: %n ohne Kundenwert in {currency}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/portfolio_figure.py" line="256" />
            <source>Contacts per week, all relationships</source>
            <translation>Kontakte pro Woche, alle Beziehungen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/portfolio_figure.py" line="273" />
            <source>No contacts logged in the last year</source>
            <translation>Im letzten Jahr keine Kontakte erfasst</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/portfolio_figure.py" line="280" />
            <source>average {number} a week (dashed line)</source>
            <translation>Durchschnitt {number} pro Woche (gestrichelte Linie)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/portfolio_figure.py" line="294" />
            <source>Conflicts opened and resolved per month</source>
            <translation>Neue und gelöste Konflikte pro Monat</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/portfolio_figure.py" line="300" />
            <source>Conflicts opened</source>
            <translation>Neue Konflikte</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/portfolio_figure.py" line="306" />
            <source>Conflicts resolved</source>
            <translation>Gelöste Konflikte</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/portfolio_figure.py" line="333" />
            <source>Other stage moves in these 12 months: {count}</source>
            <translation>Andere Phasenwechsel in diesen 12 Monaten: {count}</translation>
        </message>
    </context>
    <context>
        <name>PortfolioViewText</name>
        <message>
            <location filename="../../src/rapport/ui/portfolio_view.py" line="93" />
            <source>Portfolio — {app}</source>
            <translation>Portfolio – {app}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/portfolio_view.py" line="118" />
            <source>Portfolio</source>
            <translation>Portfolio</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/portfolio_view.py" line="116" />
            <source>Portfolio chart of every active relationship</source>
            <translation>Portfolio-Diagramm aller aktiven Beziehungen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/portfolio_view.py" line="123" />
            <source>Point at a dot to see who it is; click it to open that relationship.</source>
            <translation>Zeigen Sie auf einen Punkt, um zu sehen, wer es ist; ein Klick öffnet diese Beziehung.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/portfolio_view.py" line="127" />
            <source>Working…</source>
            <translation>In Arbeit …</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/portfolio_view.py" line="128" />
            <source>The portfolio is being drawn</source>
            <translation>Das Portfolio wird gezeichnet</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/portfolio_view.py" line="130" />
            <source>Save chart…</source>
            <translation>Diagramm speichern…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/portfolio_view.py" line="131" />
            <source>Save the portfolio chart as a picture</source>
            <translation>Das Portfolio-Diagramm als Bild speichern</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/portfolio_view.py" line="240" />
            <source>Portfolio of %n active customer(s): stages and time in them, account value against health, contacts per week, conflicts per month.</source>
            <translation>
                <numerusform>Portfolio von %n aktiven Kunden: Phasen und die Zeit darin, Kundenwert gegenüber Gesundheit, Kontakte pro Woche, Konflikte pro Monat.</numerusform>
                <numerusform>Portfolio von %n aktiven Kunden: Phasen und die Zeit darin, Kundenwert gegenüber Gesundheit, Kontakte pro Woche, Konflikte pro Monat.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PresetsText</name>
        <message>
            <location filename="../../src/rapport/transfer/presets.py" line="141" />
            <source>Google Contacts CSV</source>
            <translation>CSV aus Google Kontakte</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/presets.py" line="147" />
            <source>Outlook CSV</source>
            <translation>CSV aus Outlook</translation>
        </message>
    </context>
    <context>
        <name>PrintActionsText</name>
        <message>
            <location filename="../../src/rapport/ui/print_actions.py" line="37" />
            <source>{name} timeline {day}</source>
            <translation>{name} Verlauf {day}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/print_actions.py" line="38" />
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/print_actions.py" line="62" />
            <source>Export the timeline as PDF</source>
            <translation>Verlauf als PDF exportieren</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/print_actions.py" line="64" />
            <source>PDF documents</source>
            <translation>PDF-Dokumente</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/print_actions.py" line="74" />
            <source>The PDF was not saved</source>
            <translation>Das PDF wurde nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/print_actions.py" line="92" />
            <source>The timeline cannot be exported</source>
            <translation>Der Verlauf kann nicht exportiert werden</translation>
        </message>
    </context>
    <context>
        <name>PrintBlocksText</name>
        <message>
            <location filename="../../src/rapport/reports/print_blocks.py" line="367" />
            <source>Open follow-ups</source>
            <translation>Offene Wiedervorlagen</translation>
        </message>
    </context>
    <context>
        <name>PrintDialogText</name>
        <message>
            <location filename="../../src/rapport/ui/print_dialog.py" line="65" />
            <source>Print — {name}</source>
            <translation>Drucken — {name}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/print_dialog.py" line="67" />
            <source>Print preview</source>
            <translation>Druckvorschau</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/print_dialog.py" line="81" />
            <source>There is no chart to include for this customer.</source>
            <translation>Für diesen Kunden gibt es kein Diagramm.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/print_dialog.py" line="95" />
            <source>First day printed</source>
            <translation>Erster gedruckter Tag</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/print_dialog.py" line="96" />
            <source>Last day printed</source>
            <translation>Letzter gedruckter Tag</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/print_dialog.py" line="101" />
            <source>&amp;From</source>
            <translation>&amp;Von</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/print_dialog.py" line="102" />
            <source>&amp;To</source>
            <translation>&amp;Bis</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/print_dialog.py" line="104" />
            <source>Include private entries</source>
            <translation>Private Einträge einschließen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/print_dialog.py" line="106" />
            <source>Include the &amp;chart</source>
            <translation>Dia&amp;gramm einschließen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/print_dialog.py" line="107" />
            <source>Include the chart</source>
            <translation>Diagramm einschließen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/print_dialog.py" line="112" />
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/print_dialog.py" line="113" />
            <source>Print on paper</source>
            <translation>Auf Papier drucken</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/print_dialog.py" line="116" />
            <source>Save as P&amp;DF…</source>
            <translation>Als PD&amp;F speichern…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/print_dialog.py" line="117" />
            <source>Save as PDF</source>
            <translation>Als PDF speichern</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/print_dialog.py" line="119" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/print_dialog.py" line="120" />
            <source>Close the preview</source>
            <translation>Vorschau schließen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/print_dialog.py" line="158" />
            <source>The preview could not be updated</source>
            <translation>Die Vorschau konnte nicht aktualisiert werden</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/print_dialog.py" line="168" />
            <source>Include &amp;private entries</source>
            <translation>&amp;Private Einträge einschließen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/print_dialog.py" line="171" />
            <source>Include &amp;private entries (%n entr(y|ies) left out)</source>
            <translation>
                <numerusform>&amp;Private Einträge einschließen (%n Eintrag ausgelassen)</numerusform>
                <numerusform>&amp;Private Einträge einschließen (%n Einträge ausgelassen)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/print_dialog.py" line="174" />
            <source>Include &amp;private entries (none in this period)</source>
            <translation>&amp;Private Einträge einschließen (keine in diesem Zeitraum)</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/print_dialog.py" line="183" />
            <source>%n page(s)</source>
            <translation>
                <numerusform>%n Seite</numerusform>
                <numerusform>%n Seiten</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/print_dialog.py" line="191" />
            <source>Print the timeline</source>
            <translation>Verlauf drucken</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/print_dialog.py" line="192" />
            <source>The timeline was not printed</source>
            <translation>Der Verlauf wurde nicht gedruckt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/print_dialog.py" line="212" />
            <source>The timeline cannot be printed</source>
            <translation>Der Verlauf kann nicht gedruckt werden</translation>
        </message>
    </context>
    <context>
        <name>PrintFilesText</name>
        <message>
            <location filename="../../src/rapport/reports/print_files.py" line="101" />
            <source>Files: {files}</source>
            <translation>Dateien: {files}</translation>
        </message>
    </context>
    <context>
        <name>PrintPageText</name>
        <message>
            <location filename="../../src/rapport/reports/print_page.py" line="102" />
            <source>Relationship timeline</source>
            <translation>Beziehungsverlauf</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_page.py" line="112" />
            <source>Printed {day} with Rapport · includes private entries</source>
            <translation>Gedruckt am {day} mit Rapport · enthält private Einträge</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_page.py" line="114" />
            <source>Printed {day} with Rapport</source>
            <translation>Gedruckt am {day} mit Rapport</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_page.py" line="117" />
            <source>Page {page} of {pages}</source>
            <translation>Seite {page} von {pages}</translation>
        </message>
    </context>
    <context>
        <name>PrintTextText</name>
        <message>
            <location filename="../../src/rapport/reports/print_text.py" line="104" />
            <source>Relationship timeline</source>
            <translation>Beziehungsverlauf</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_text.py" line="111" />
            <source>People: {names}</source>
            <translation>Personen: {names}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_text.py" line="132" />
            <source>since {day}</source>
            <translation>seit {day}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_text.py" line="140" />
            <source>{band} · when printed, from every entry</source>
            <translation>{band} · beim Druck, aus allen Einträgen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/reports/print_text.py" line="146" />
            <source>%n entr(y|ies)</source>
            <translation>
                <numerusform>%n Eintrag</numerusform>
                <numerusform>%n Einträge</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_text.py" line="148" />
            <source>private entries included</source>
            <translation>private Einträge eingeschlossen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_text.py" line="152" />
            <source>Stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_text.py" line="153" />
            <source>Relationship level</source>
            <translation>Beziehungsebene</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_text.py" line="154" />
            <source>Health</source>
            <translation>Gesundheit</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_text.py" line="155" />
            <source>Account value</source>
            <translation>Kundenwert</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_text.py" line="158" />
            <source>Period covered</source>
            <translation>Zeitraum</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_text.py" line="159" />
            <source>Entries shown</source>
            <translation>Gezeigte Einträge</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_text.py" line="160" />
            <source>Printed</source>
            <translation>Gedruckt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_text.py" line="171" />
            <source>Strong</source>
            <translation>Stark</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_text.py" line="173" />
            <source>Fair</source>
            <translation>Mittel</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_text.py" line="174" />
            <source>Weak</source>
            <translation>Schwach</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_text.py" line="185" />
            <source>since {day}, before this period</source>
            <translation>seit {day}, vor diesem Zeitraum</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_text.py" line="187" />
            <source>from {day}</source>
            <translation>ab {day}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_text.py" line="240" />
            <source>Private</source>
            <translation>Privat</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_text.py" line="263" />
            <source>by {login}</source>
            <translation>von {login}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_text.py" line="265" />
            <source>edited by {login}</source>
            <translation>bearbeitet von {login}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_text.py" line="274" />
            <source>Follow up by {day} (done)</source>
            <translation>Wiedervorlage bis {day} (erledigt)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_text.py" line="276" />
            <source>Follow up by {day} (open)</source>
            <translation>Wiedervorlage bis {day} (offen)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_text.py" line="289" />
            <source>overdue</source>
            <translation>überfällig</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_text.py" line="301" />
            <source>Due</source>
            <translation>Fällig</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_text.py" line="302" />
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/print_text.py" line="320" />
            <source>Nothing was written about {name} between {period}.</source>
            <translation>Im Zeitraum {period} wurde nichts über {name} notiert.</translation>
        </message>
    </context>
    <context>
        <name>ProtectionText</name>
        <message>
            <location filename="../../src/rapport/ui/protection.py" line="39" />
            <source>The journal was not changed</source>
            <translation>Das Journal wurde nicht verändert</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/protection.py" line="46" />
            <source>The journal is no longer protected with a passphrase.</source>
            <translation>Das Journal ist nicht mehr mit einer Passphrase geschützt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/protection.py" line="49" />
            <source>The journal, its backups and its drafts are now encrypted with your passphrase.</source>
            <translation>Das Journal, seine Sicherungen und Entwürfe sind jetzt mit Ihrer Passphrase verschlüsselt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/protection.py" line="52" />
            <source>The journal's passphrase was changed.</source>
            <translation>Die Passphrase des Journals wurde geändert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/protection.py" line="53" />
            <location filename="../../src/rapport/ui/settings/protection_box.py" line="36" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/protection_box.py" line="42" />
            <source>This journal is encrypted: it, its backups and its drafts open only with its passphrase.</source>
            <translation>Dieses Journal ist verschlüsselt: Es, seine Sicherungen und Entwürfe lassen sich nur mit der Passphrase öffnen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/protection_box.py" line="47" />
            <source>This journal is not encrypted: anyone who gets hold of this computer's disk or a copy of its backups can read it.</source>
            <translation>Dieses Journal ist nicht verschlüsselt: Wer an den Datenträger dieses Computers oder eine Kopie der Sicherungen gelangt, kann es lesen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/protection_box.py" line="58" />
            <source>Its recovery key opens it too.</source>
            <translation>Sein Wiederherstellungsschlüssel öffnet es ebenfalls.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/protection_box.py" line="61" />
            <source>It has no recovery key: Change passphrase… can make one.</source>
            <translation>Es hat keinen Wiederherstellungsschlüssel: „Passphrase ändern…“ kann einen erstellen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/protection_box.py" line="67" />
            <source>&amp;Change passphrase…</source>
            <translation>Passphrase ä&amp;ndern…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/protection_box.py" line="69" />
            <source>&amp;Remove passphrase…</source>
            <translation>Passphrase &amp;entfernen…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/protection_box.py" line="75" />
            <source>&amp;Protect this journal with a passphrase…</source>
            <translation>Dieses Journal mit einer &amp;Passphrase schützen…</translation>
        </message>
    </context>
    <context>
        <name>PushText</name>
        <message>
            <location filename="../../src/rapport/store/push.py" line="106" />
            <source>The team journal is not empty, so nothing was copied into it.</source>
            <translation>Das Team-Journal ist nicht leer, daher wurde nichts hineinkopiert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/push.py" line="108" />
            <source>Push into a new, empty team journal (rapport team init URL), or bring the file's customers in with a JSON export and import.</source>
            <translation>Kopieren Sie in ein neues, leeres Team-Journal (rapport team init URL), oder übernehmen Sie die Kunden der Datei mit einem JSON-Export und -Import.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/push.py" line="153" />
            <source>The copy on the server did not match the journal file, so it was undone.</source>
            <translation>Die Kopie auf dem Server stimmte nicht mit der Journaldatei überein und wurde deshalb rückgängig gemacht.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/push.py" line="155" />
            <source>Nothing was changed on the server. Try again; if it fails again, check the journal file with “rapport check”.</source>
            <translation>Auf dem Server wurde nichts geändert. Versuchen Sie es erneut; schlägt es wieder fehl, prüfen Sie die Journaldatei mit „rapport check“.</translation>
        </message>
    </context>
    <context>
        <name>ReadingText</name>
        <message>
            <location filename="../../src/rapport/transfer/limited.py" line="39" />
            <source>“{name}” could not be read.</source>
            <translation>„{name}“ konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/limited.py" line="40" />
            <source>Check that the file still exists and that you may open it.</source>
            <translation>Prüfen Sie, ob die Datei noch existiert und ob Sie sie öffnen dürfen.</translation>
        </message>
    </context>
    <context>
        <name>RecentImportsText</name>
        <message>
            <location filename="../../src/rapport/ui/dialogs/recent_imports.py" line="41" />
            <source>Recent imports</source>
            <translation>Letzte Importe</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/recent_imports.py" line="48" />
            <source>Imports not undone</source>
            <translation>Nicht rückgängig gemachte Importe</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/recent_imports.py" line="51" />
            <source>Imported</source>
            <translation>Importiert</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/recent_imports.py" line="52" />
            <source>File</source>
            <translation>Datei</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/recent_imports.py" line="53" />
            <source>Customers</source>
            <translation>Kunden</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/recent_imports.py" line="57" />
            <source>There is no import to undo.</source>
            <translation>Es gibt keinen Import, der rückgängig gemacht werden kann.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/recent_imports.py" line="60" />
            <source>&amp;Undo import…</source>
            <translation>Import &amp;rückgängig machen…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/recent_imports.py" line="62" />
            <source>Undo the selected import</source>
            <translation>Den ausgewählten Import rückgängig machen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/recent_imports.py" line="69" />
            <source>Undoing an import moves the customers it added to the trash and takes off the people it added to customers already there. What you changed since is kept.</source>
            <translation>Wenn Sie einen Import rückgängig machen, kommen die Kunden, die er angelegt hat, in den Papierkorb, und die Personen, die er schon vorhandenen Kunden hinzugefügt hat, werden entfernt. Was Sie seitdem geändert haben, bleibt erhalten.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/dialogs/recent_imports.py" line="89" />
            <source>{count} (+ %n person(s) added)</source>
            <translation>
                <numerusform>{count} (+ %n Person hinzugefügt)</numerusform>
                <numerusform>{count} (+ %n Personen hinzugefügt)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecentText</name>
        <message>
            <location filename="../../src/rapport/ui/recent_menu.py" line="25" />
            <source>Recent jo&amp;urnals</source>
            <translation>Zuletzt &amp;verwendete Journale</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recent_menu.py" line="48" />
            <source>No journals yet</source>
            <translation>Noch keine Journale</translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyText</name>
        <message>
            <location filename="../../src/rapport/ui/recovery_key_dialog.py" line="44" />
            <location filename="../../src/rapport/ui/recovery_key_dialog.py" line="61" />
            <source>Recovery key</source>
            <translation>Wiederherstellungsschlüssel</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery_key_dialog.py" line="48" />
            <source>This recovery key opens “{name}” if you forget its passphrase. It is shown only this once: save it or print it, and keep it away from this computer.</source>
            <translation>Dieser Wiederherstellungsschlüssel öffnet „{name}“, wenn Sie die Passphrase vergessen. Er wird nur dieses eine Mal angezeigt: Speichern oder drucken Sie ihn und bewahren Sie ihn getrennt von diesem Computer auf.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery_key_dialog.py" line="62" />
            <source>&amp;Save…</source>
            <translation>&amp;Speichern…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery_key_dialog.py" line="64" />
            <source>&amp;Print…</source>
            <translation>&amp;Drucken…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery_key_dialog.py" line="66" />
            <source>I have saved or printed the recovery key</source>
            <translation>Ich habe den Wiederherstellungsschlüssel gespeichert oder gedruckt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery_key_dialog.py" line="93" />
            <source>Rapport recovery key

Journal: {name}
Made on: {day}

    {key}

If you forget the journal's passphrase, choose “Use recovery key…” when Rapport asks for it, and type this key. Keep this page somewhere safe: anyone who has it and the journal's files can read the journal.
</source>
            <translation>Rapport-Wiederherstellungsschlüssel

Journal: {name}
Erstellt am: {day}

    {key}

Wenn Sie die Passphrase des Journals vergessen, wählen Sie „Wiederherstellungsschlüssel verwenden…“, wenn Rapport danach fragt, und geben Sie diesen Schlüssel ein. Bewahren Sie dieses Blatt sicher auf: Wer es und die Dateien des Journals hat, kann das Journal lesen.
</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery_key_dialog.py" line="102" />
            <source>{stem} recovery key.txt</source>
            <translation>{stem} Wiederherstellungsschlüssel.txt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery_key_dialog.py" line="116" />
            <source>The recovery key was not saved</source>
            <translation>Der Wiederherstellungsschlüssel wurde nicht gespeichert</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery_key_dialog.py" line="117" />
            <source>“{path}” could not be written ({reason}).</source>
            <translation>„{path}“ konnte nicht geschrieben werden ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery_key_dialog.py" line="120" />
            <source>Choose another place, or print it.</source>
            <translation>Wählen Sie einen anderen Ort oder drucken Sie ihn.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery_key_dialog.py" line="143" />
            <source>Save the recovery key</source>
            <translation>Wiederherstellungsschlüssel speichern</translation>
        </message>
    </context>
    <context>
        <name>RecoveryText</name>
        <message>
            <location filename="../../src/rapport/ui/recovery.py" line="33" />
            <source>The journal is damaged</source>
            <translation>Das Journal ist beschädigt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery.py" line="41" />
            <source>“{path}” is damaged, and it could not be moved aside ({reason}).</source>
            <translation>„{path}“ ist beschädigt und konnte nicht beiseitegelegt werden ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery.py" line="44" />
            <source>Nothing was changed. Copy the file somewhere safe, then restore a backup.</source>
            <translation>Es wurde nichts geändert. Kopieren Sie die Datei an einen sicheren Ort und stellen Sie dann eine Sicherung wieder her.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery.py" line="50" />
            <source>Part of “{name}” is missing: a whole table of its records is gone, perhaps after a disk problem or another program changed it. So that nothing more is lost, it was moved aside to “{aside}”, untouched.</source>
            <translation>Ein Teil von „{name}“ fehlt: Eine ganze Tabelle seiner Datensätze ist weg, vielleicht nach einem Festplattenproblem oder weil ein anderes Programm die Datei verändert hat. Damit nicht noch mehr verloren geht, wurde die Datei unverändert als „{aside}“ beiseitegelegt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery.py" line="56" />
            <source>Part of “{name}” can no longer be read, perhaps after a disk problem or a power cut. So that nothing more is lost, it was moved aside to “{aside}”, untouched.</source>
            <translation>Ein Teil von „{name}“ lässt sich nicht mehr lesen, vielleicht nach einem Festplattenproblem oder einem Stromausfall. Damit nicht noch mehr verloren geht, wurde die Datei unverändert als „{aside}“ beiseitegelegt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery.py" line="68" />
            <source>No good backup of it was found. Keep the damaged file: a specialist may recover most of it. Next, choose another journal, or a new name to start afresh.</source>
            <translation>Es wurde keine intakte Sicherung gefunden. Behalten Sie die beschädigte Datei: Eine Fachperson kann vielleicht das meiste retten. Wählen Sie nun ein anderes Journal oder einen neuen Namen, um neu anzufangen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery.py" line="74" />
            <source>The newest good backup is from {when} ({size}). Restore it? Entries written after it will be missing; the damaged file stays where it was moved to.</source>
            <translation>Die neueste intakte Sicherung ist vom {when} ({size}). Wiederherstellen? Später geschriebene Einträge fehlen dann; die beschädigte Datei bleibt, wo sie jetzt liegt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery.py" line="89" />
            <source>The journal is missing</source>
            <translation>Das Journal fehlt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery.py" line="91" />
            <source>The journal is empty</source>
            <translation>Das Journal ist leer</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery.py" line="95" />
            <source>“{name}” is gone, but it has backups, so it held your journal: perhaps it was moved, renamed or deleted (by a sync tool or a file manager, for instance), or it is on a drive that is not connected. Rapport did not start an empty journal in its place.</source>
            <translation>„{name}“ ist verschwunden, hat aber Sicherungen, war also Ihr Journal: Vielleicht wurde es verschoben, umbenannt oder gelöscht (etwa von einem Synchronisierungsprogramm oder einem Dateimanager), oder es liegt auf einem Laufwerk, das nicht angeschlossen ist. Rapport hat an seiner Stelle kein leeres Journal angelegt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery.py" line="102" />
            <source>“{name}” is empty, but it has backups, so it held your journal: perhaps a sync tool, a full disk or another program emptied it. Rapport did not start an empty journal in its place.</source>
            <translation>„{name}“ ist leer, hat aber Sicherungen, enthielt also Ihr Journal: Vielleicht hat ein Synchronisierungsprogramm, eine volle Festplatte oder ein anderes Programm die Datei geleert. Rapport hat an seiner Stelle kein leeres Journal angelegt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery.py" line="114" />
            <source>None of its backups passes its check. Keep them: a specialist may recover most of one. Next, choose another journal.</source>
            <translation>Keine seiner Sicherungen besteht die Prüfung. Bewahren Sie sie auf: Eine Fachperson kann vielleicht den Großteil einer davon retten. Wählen Sie als Nächstes ein anderes Journal.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery.py" line="120" />
            <source>The newest good backup is from {when} ({size}). Restore it? Or choose “Not now” to open another journal.</source>
            <translation>Die neueste intakte Sicherung ist vom {when} ({size}). Wiederherstellen? Oder wählen Sie „Nicht jetzt“, um ein anderes Journal zu öffnen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery.py" line="133" />
            <source>The journal needs a repair</source>
            <translation>Das Journal muss repariert werden</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery.py" line="138" />
            <source>The indexes of “{name}” (its look-up tables) are out of step with its records; no entry is lost. Rapport can rebuild them.</source>
            <translation>Die Indizes von „{name}“ (seine Nachschlagetabellen) stimmen nicht mehr mit seinen Datensätzen überein; kein Eintrag ist verloren. Rapport kann sie neu aufbauen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery.py" line="142" />
            <source>A backup is made first. Until the repair, lists and searches may miss entries.</source>
            <translation>Vorher wird eine Sicherung angelegt. Bis zur Reparatur können Listen und Suchen Einträge übersehen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery.py" line="144" />
            <source>Repair</source>
            <translation>Reparieren</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery.py" line="152" />
            <source>The repair could not be made.</source>
            <translation>Die Reparatur war nicht möglich.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery.py" line="158" />
            <source>Repaired: the journal is sound again.</source>
            <translation>Repariert: Das Journal ist wieder intakt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery.py" line="181" />
            <source>Restore the backup</source>
            <translation>Sicherung wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery.py" line="145" />
            <location filename="../../src/rapport/ui/recovery.py" line="182" />
            <source>Not now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/recovery.py" line="191" />
            <source>The backup could not be restored</source>
            <translation>Die Sicherung konnte nicht wiederhergestellt werden</translation>
        </message>
    </context>
    <context>
        <name>ReminderText</name>
        <message>
            <location filename="../../src/rapport/domain/reminders.py" line="177" />
            <source>Due today</source>
            <translation>Heute fällig</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/reminders.py" line="188" />
            <source>%n follow-up(s)</source>
            <translation>
                <numerusform>%n Wiedervorlage</numerusform>
                <numerusform>%n Wiedervorlagen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/reminders.py" line="190" />
            <source>%n customer(s) past their keep-in-touch cadence</source>
            <translation>
                <numerusform>%n Kunde mit überschrittenem Kontaktrhythmus</numerusform>
                <numerusform>%n Kunden mit überschrittenem Kontaktrhythmus</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/reminders.py" line="192" />
            <source>%n relationship(s) past their keep-in-touch cadence</source>
            <translation>
                <numerusform>%n Beziehung mit überschrittenem Kontaktrhythmus</numerusform>
                <numerusform>%n Beziehungen mit überschrittenem Kontaktrhythmus</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/reminders.py" line="194" />
            <source>%n risk signal(s)</source>
            <translation>
                <numerusform>%n Risikosignal</numerusform>
                <numerusform>%n Risikosignale</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/reminders.py" line="195" />
            <source>%n check-in(s) due</source>
            <translation>
                <numerusform>%n Check-in fällig</numerusform>
                <numerusform>%n Check-ins fällig</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/reminders.py" line="197" />
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/reminders.py" line="202" />
            <source>Private follow-up</source>
            <translation>Private Wiedervorlage</translation>
        </message>
    </context>
    <context>
        <name>RemindersPageText</name>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="355" />
            <source>&amp;Start Rapport when I log in</source>
            <translation>Rapport bei der Anmeldung &amp;starten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="356" />
            <source>Uses your computer's own list of programs that start at login, where you can also turn it off.</source>
            <translation>Nutzt die Liste Ihres Computers mit Programmen, die bei der Anmeldung starten; dort können Sie es auch wieder ausschalten.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="367" />
            <source>Keep Rapport in the &amp;tray when its window is closed</source>
            <translation>Rapport nach dem Schließen des Fensters im &amp;Infobereich behalten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="370" />
            <source>Then it can remind you of what falls due: a daily summary, and each follow-up.</source>
            <translation>Dann kann es Sie an Fälliges erinnern: mit einer täglichen Übersicht und bei jeder Wiedervorlage.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="383" />
            <source>&amp;Daily summary at</source>
            <translation>&amp;Tägliche Übersicht um</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="384" />
            <source>What is due today, in a few words. A follow-up that falls due later in the day is told on its own.</source>
            <translation>Was heute fällig ist, in wenigen Worten. Eine Wiedervorlage, die erst später am Tag fällig wird, wird einzeln gemeldet.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="395" />
            <source>&amp;Quiet hours</source>
            <translation>&amp;Ruhezeiten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="405" />
            <source>Quiet &amp;from</source>
            <translation>Ruhe &amp;von</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="415" />
            <source>Quiet &amp;until</source>
            <translation>Ruhe &amp;bis</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="422" />
            <source>Remind me on &amp;weekends too</source>
            <translation>Auch am &amp;Wochenende erinnern</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/reminders_page.py" line="36" />
            <source>Reminders</source>
            <translation>Erinnerungen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/reminders_page.py" line="41" />
            <source>This desktop has no tray: Rapport quits when its window is closed, and tells you what is due when it starts and while it is open.</source>
            <translation>Diese Arbeitsoberfläche hat keinen Infobereich: Rapport wird beendet, wenn sein Fenster geschlossen wird, und sagt Ihnen beim Start und solange es geöffnet ist, was fällig ist.</translation>
        </message>
    </context>
    <context>
        <name>RescueText</name>
        <message>
            <location filename="../../src/rapport/store/rescue.py" line="49" />
            <source>The journal could not be saved at “{path}” ({reason}).</source>
            <translation>Das Journal konnte nicht unter „{path}“ gespeichert werden ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/rescue.py" line="52" />
            <source>Choose another place, on another disk if this one is full.</source>
            <translation>Wählen Sie einen anderen Ort, auf einem anderen Datenträger, falls dieser voll ist.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/rescue.py" line="92" />
            <source>“{path}” already exists.</source>
            <translation>„{path}“ gibt es bereits.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/rescue.py" line="93" />
            <source>Choose a new name; the file there was left as it was.</source>
            <translation>Wählen Sie einen neuen Namen; die vorhandene Datei blieb unverändert.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialogText</name>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/dialogs/restore_dialog.py" line="28" />
            <source>%n byte(s)</source>
            <translation>
                <numerusform>%n Byte</numerusform>
                <numerusform>%n Byte</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/restore_dialog.py" line="42" />
            <source>{number} KB</source>
            <translation>{number} KB</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/restore_dialog.py" line="44" />
            <source>{number} MB</source>
            <translation>{number} MB</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/restore_dialog.py" line="45" />
            <source>{number} GB</source>
            <translation>{number} GB</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/restore_dialog.py" line="54" />
            <source>Restore from backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/restore_dialog.py" line="59" />
            <source>Choose the backup to go back to. The journal as it is now is backed up first, so this can be undone by restoring that backup.</source>
            <translation>Wählen Sie die Sicherung, zu der Sie zurückkehren möchten. Das Journal wird vorher so gesichert, wie es jetzt ist; Sie können den Schritt also rückgängig machen, indem Sie diese Sicherung wiederherstellen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/restore_dialog.py" line="65" />
            <source>Backups</source>
            <translation>Sicherungen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/restore_dialog.py" line="68" />
            <source>Taken</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/restore_dialog.py" line="69" />
            <source>Why</source>
            <translation>Anlass</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/restore_dialog.py" line="70" />
            <source>Size</source>
            <translation>Größe</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/restore_dialog.py" line="89" />
            <source>&amp;Restore</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/restore_dialog.py" line="91" />
            <source>Restore the chosen backup</source>
            <translation>Die gewählte Sicherung wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/restore_dialog.py" line="104" />
            <source>There are no backups of this journal yet.</source>
            <translation>Von diesem Journal gibt es noch keine Sicherungen.</translation>
        </message>
    </context>
    <context>
        <name>RiskText</name>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="80" />
            <source>Unresolved conflict</source>
            <translation>Ungelöster Konflikt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="81" />
            <source>Under-related big deal</source>
            <translation>Großer Kunde, dünne Beziehung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="82" />
            <source>Warm but thin</source>
            <translation>Herzlich, aber ohne Geschäft</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="83" />
            <source>One-way street</source>
            <translation>Einbahnstraße</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="84" />
            <source>Overdue</source>
            <translation>Überfällig</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="111" />
            <source>Keep an eye on it</source>
            <translation>Im Auge behalten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="112" />
            <source>Act soon</source>
            <translation>Bald handeln</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="113" />
            <source>Act now</source>
            <translation>Jetzt handeln</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/risk.py" line="199" />
            <source>No contact for %n day(s); {cadence}.</source>
            <translation>
                <numerusform>Seit %n Tag kein Kontakt; {cadence}.</numerusform>
                <numerusform>Seit %n Tagen kein Kontakt; {cadence}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="205" />
            <source>Last contact on {day}.</source>
            <translation>Letzter Kontakt am {day}.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="213" />
            <source>Your note of {day} is not counted: a note to yourself is not contact.</source>
            <translation>Ihre Notiz vom {day} zählt nicht: Eine Notiz an sich selbst ist kein Kontakt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="217" />
            <source>Call them about the disagreement: ask whether it is settled for them, and what would settle it.</source>
            <translation>Rufen Sie wegen der Meinungsverschiedenheit an: Fragen Sie, ob sie für den Kunden erledigt ist und was sie erledigen würde.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="222" />
            <source>Get in touch: a call or a visit to hear how things are going on their side.</source>
            <translation>Melden Sie sich: ein Anruf oder ein Besuch, um zu hören, wie es beim Kunden läuft.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/risk.py" line="228" />
            <source>%n day(s) past the keep-in-touch cadence</source>
            <translation>
                <numerusform>%n Tag über dem Kontaktrhythmus</numerusform>
                <numerusform>%n Tage über dem Kontaktrhythmus</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/risk.py" line="245" />
            <source>%n warm entr(y|ies) in the last {days} days ({praise} praise, {friendly} friendly contacts).</source>
            <translation>
                <numerusform>%n herzlicher Eintrag in den letzten {days} Tagen (Lob: {praise}, freundliche Kontakte: {friendly}).</numerusform>
                <numerusform>%n herzliche Einträge in den letzten {days} Tagen (Lob: {praise}, freundliche Kontakte: {friendly}).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="253" />
            <source>No meeting, purchase or commitment since {day}.</source>
            <translation>Seit {day} kein Treffen, kein Kauf und keine Zusage.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="257" />
            <source>No meeting, purchase or commitment logged, ever.</source>
            <translation>Noch nie ein Treffen, ein Kauf oder eine Zusage erfasst.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="261" />
            <source>The relationship is marked Personal.</source>
            <translation>Die Beziehung ist als „Persönlich“ eingestuft.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="265" />
            <source>Your last check-in says you rarely talk about their needs ({answer}/5).</source>
            <translation>Laut Ihrem letzten Check-in sprechen Sie selten über den Bedarf des Kunden ({answer}/5).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="271" />
            <source>Friendly, but no business lately</source>
            <translation>Freundlich, aber zuletzt kein Geschäft</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="274" />
            <source>Book a working meeting about their plans: what is changing for them, what they need next, and what you could do better. Goodwill alone will not hold the account.</source>
            <translation>Vereinbaren Sie ein Arbeitstreffen zu den Plänen des Kunden: was sich bei ihm ändert, was er als Nächstes braucht und was Sie besser machen könnten. Wohlwollen allein hält den Kunden nicht.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="296" />
            <source>Account value {value} {currency} is in the top {share}% of your book (from {threshold} {currency}).</source>
            <translation>Der Kundenwert von {value} {currency} gehört zu den oberen {share} % Ihrer Kunden (ab {threshold} {currency}).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="300" />
            <source>Health {score}, below {limit}.</source>
            <translation>Gesundheit {score}, unter {limit}.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="305" />
            <source>Health {score}, below {limit} for a relationship that is only {level}.</source>
            <translation>Gesundheit {score}, unter {limit} bei einer Beziehung nur auf der Ebene „{level}“.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="319" />
            <source>Relationship level: {level} — {meaning}</source>
            <translation>Beziehungsebene: {level} — {meaning}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="326" />
            <source>A big account on a thin relationship</source>
            <translation>Ein großer Kunde mit dünner Beziehung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="329" />
            <source>Invest in this one: meet the people behind the account, learn their goals, and find a way to become part of how they work, beyond delivering the order.</source>
            <translation>Investieren Sie hier: Lernen Sie die Menschen hinter dem Kunden und ihre Ziele kennen, und werden Sie Teil ihrer Arbeitsweise, über die reine Lieferung hinaus.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/risk.py" line="349" />
            <source>%n favour(s) given and {received} received {span}.</source>
            <translation>
                <numerusform>%n Gefallen erwiesen und {received} erhalten {span}.</numerusform>
                <numerusform>%n Gefallen erwiesen und {received} erhalten {span}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/risk.py" line="353" />
            <source>%n promise(s) made or kept by you and {theirs} by them {span}.</source>
            <translation>
                <numerusform>{span} %n Zusage von Ihnen gegeben oder gehalten und {theirs} von der Gegenseite.</numerusform>
                <numerusform>{span} %n Zusagen von Ihnen gegeben oder gehalten und {theirs} von der Gegenseite.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="360" />
            <source>Your last check-in says they would not help you ({answer}/5).</source>
            <translation>Laut Ihrem letzten Check-in würde der Kunde Ihnen nicht helfen ({answer}/5).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="369" />
            <source>Your last check-in says you keep your word ({ours}/5) but they rarely keep theirs ({theirs}/5).</source>
            <translation>Laut Ihrem letzten Check-in halten Sie Ihr Wort ({ours}/5), der Kunde seines aber selten ({theirs}/5).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="378" />
            <source>Help and promises flow one way</source>
            <translation>Hilfe und Zusagen gehen nur in eine Richtung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="381" />
            <source>Ask for something modest in return (a referral, a testimonial, paying on time) and see whether they meet you. If they never do, reconsider what you give them.</source>
            <translation>Bitten Sie um eine kleine Gegenleistung (eine Empfehlung, eine Referenz, pünktliche Zahlung) und sehen Sie, ob der Kunde darauf eingeht. Tut er das nie, überdenken Sie, was Sie ihm geben.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/risk.py" line="398" />
            <source>In Conflict since {day} (%n day(s); the limit is {limit}).</source>
            <translation>
                <numerusform>Seit {day} in der Phase Konflikt (%n Tag; die Grenze ist {limit}).</numerusform>
                <numerusform>Seit {day} in der Phase Konflikt (%n Tage; die Grenze ist {limit}).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="401" />
            <source>No compromise logged since then (a favour or a commitment they took well).</source>
            <translation>Seitdem kein Kompromiss erfasst (ein Gefallen oder eine Zusage, die gut ankam).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/risk.py" line="409" />
            <source>Latest complaint on {day}; %n more complaint(s) since the conflict began.</source>
            <translation>
                <numerusform>Letzte Beschwerde am {day}; seit Beginn des Konflikts %n weitere Beschwerde.</numerusform>
                <numerusform>Letzte Beschwerde am {day}; seit Beginn des Konflikts %n weitere Beschwerden.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="414" />
            <source>Latest complaint on {day}.</source>
            <translation>Letzte Beschwerde am {day}.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/risk.py" line="420" />
            <source>In Conflict for %n day(s) without a compromise</source>
            <translation>
                <numerusform>Seit %n Tag im Konflikt ohne Kompromiss</numerusform>
                <numerusform>Seit %n Tagen im Konflikt ohne Kompromiss</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/risk.py" line="423" />
            <source>Meet them to settle it: hear what would put it right, offer what you reasonably can, and log the agreement when you reach one.</source>
            <translation>Treffen Sie den Kunden, um die Sache zu klären: Hören Sie, was sie wiedergutmachen würde, bieten Sie an, was vernünftigerweise möglich ist, und halten Sie die Einigung fest, sobald Sie eine erreichen.</translation>
        </message>
    </context>
    <context>
        <name>RulesPageText</name>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="208" />
            <source>Grace before “&amp;overdue”</source>
            <translation>&amp;Schonfrist bis „überfällig“</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="218" />
            <source>&amp;Unresolved conflict after</source>
            <translation>Konflikt &amp;ungelöst, wenn länger als</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="228" />
            <source>“Warm but thin” looks &amp;back</source>
            <translation>„Warm, aber dünn“ blickt &amp;zurück</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="238" />
            <source>… and needs warm &amp;entries</source>
            <translation>… und braucht warme &amp;Einträge</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="248" />
            <source>&amp;Big deal at risk below health</source>
            <translation>&amp;Großer Auftrag gefährdet unter Gesundheit</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="258" />
            <source>“One-way street” after &amp;favours</source>
            <translation>„Einbahnstraße“ nach erwiesenen Ge&amp;fallen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="154" />
            <source>Professional relationship</source>
            <translation>Fachliche Beziehung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="155" />
            <source>Personal relationship</source>
            <translation>Persönliche Beziehung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="156" />
            <source>Structural relationship</source>
            <translation>Strukturelle Beziehung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="157" />
            <source>Power relationship</source>
            <translation>Machtbeziehung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/rules_page.py" line="43" />
            <location filename="../../src/rapport/ui/settings/rules_page.py" line="80" />
            <source>Relationship rules</source>
            <translation>Beziehungsregeln</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="188" />
            <source>No limit</source>
            <translation>Keine Grenze</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/rules_page.py" line="44" />
            <source>Keep in touch at least every</source>
            <translation>Kontakt halten mindestens alle</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/rules_page.py" line="49" />
            <source>A customer's own cadence, set in their details, comes first.</source>
            <translation>Der eigene Kontaktrhythmus eines Kunden, in seinen Angaben festgelegt, hat Vorrang.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/rules_page.py" line="51" />
            <source>Sooner while in a stage</source>
            <translation>Früher während einer Phase</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/rules_page.py" line="53" />
            <source>Risk signals</source>
            <translation>Risikosignale</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/rules_page.py" line="55" />
            <source>Check-ins</source>
            <translation>Check-ins</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/rules_page.py" line="90" />
            <source>These rules are the team journal's: they apply to every colleague.</source>
            <translation>Diese Regeln gehören zum Team-Journal: sie gelten für alle Kollegen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/rules_page.py" line="95" />
            <source>Only the journal's owner can change the relationship rules.</source>
            <translation>Nur der Eigentümer des Journals kann die Beziehungsregeln ändern.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="198" />
            <source>Ask for a &amp;check-in every</source>
            <translation>Um einen &amp;Check-in bitten alle</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/rules_page.py" line="65" />
            <source>Restore the &amp;defaults</source>
            <translation>Stan&amp;dardwerte wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/rules_page.py" line="67" />
            <source>Restore the default relationship rules</source>
            <translation>Die Standard-Beziehungsregeln wiederherstellen</translation>
        </message>
    </context>
    <context>
        <name>SafetyText</name>
        <message>
            <location filename="../../src/rapport/ui/safety.py" line="161" />
            <source>&amp;Back up now</source>
            <translation>Jetzt &amp;sichern</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/safety.py" line="162" />
            <source>&amp;Restore from backup…</source>
            <translation>Aus Sicherung &amp;wiederherstellen…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/safety.py" line="170" />
            <source>&amp;Trash…</source>
            <translation>&amp;Papierkorb…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/safety.py" line="206" />
            <source>Back up now</source>
            <translation>Jetzt sichern</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/safety.py" line="191" />
            <source>Backup made</source>
            <translation>Sicherung erstellt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/safety.py" line="192" />
            <source>The journal was backed up and checked ({size}).</source>
            <translation>Das Journal wurde gesichert und geprüft ({size}).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/safety.py" line="195" />
            <source>It is in {folder}</source>
            <translation>Die Sicherung liegt in {folder}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/safety.py" line="207" />
            <source>Backing up the journal…</source>
            <translation>Das Journal wird gesichert …</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/safety.py" line="215" />
            <source>Restore from backup</source>
            <translation>Aus Sicherung wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/safety.py" line="225" />
            <source>Restore this backup?</source>
            <translation>Diese Sicherung wiederherstellen?</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/safety.py" line="226" />
            <source>The journal goes back to how it was on {when} ({reason}).</source>
            <translation>Das Journal wird auf den Stand vom {when} zurückgesetzt ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/safety.py" line="230" />
            <source>The journal as it is now is backed up first, so you can come back to it.</source>
            <translation>Der jetzige Stand wird vorher gesichert, sodass Sie zu ihm zurückkehren können.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/safety.py" line="232" />
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/safety.py" line="233" />
            <location filename="../../src/rapport/ui/safety.py" line="383" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/safety.py" line="288" />
            <source>The journal is damaged</source>
            <translation>Das Journal ist beschädigt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/safety.py" line="290" />
            <source>While you worked, Rapport found that part of the journal can no longer be read.</source>
            <translation>Während Sie gearbeitet haben, hat Rapport festgestellt, dass sich ein Teil des Journals nicht mehr lesen lässt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/safety.py" line="293" />
            <source>Move it aside (nothing is deleted) and restore the newest good backup? Until then, avoid writing new entries.</source>
            <translation>Die Datei beiseitelegen (nichts wird gelöscht) und die neueste intakte Sicherung wiederherstellen? Schreiben Sie bis dahin möglichst keine neuen Einträge.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/safety.py" line="296" />
            <source>Move aside and restore</source>
            <translation>Beiseitelegen und wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/safety.py" line="297" />
            <source>Later</source>
            <translation>Später</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/safety.py" line="328" />
            <source>Check journal</source>
            <translation>Journal prüfen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/safety.py" line="328" />
            <source>Checking the journal…</source>
            <translation>Das Journal wird geprüft …</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/safety.py" line="368" />
            <source>Restore from the trash</source>
            <translation>Aus dem Papierkorb wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/safety.py" line="379" />
            <source>Empty the trash?</source>
            <translation>Papierkorb leeren?</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/safety.py" line="380" />
            <source>The %n item(s) in the trash will be deleted for good.</source>
            <translation>
                <numerusform>%n Element im Papierkorb wird endgültig gelöscht.</numerusform>
                <numerusform>%n Elemente im Papierkorb werden endgültig gelöscht.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/safety.py" line="381" />
            <source>A backup is made first. Undo cannot bring them back afterwards.</source>
            <translation>Vorher wird eine Sicherung erstellt. Mit Rückgängig lässt sich danach nichts mehr zurückholen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/safety.py" line="382" />
            <location filename="../../src/rapport/ui/safety.py" line="397" />
            <source>Empty the trash</source>
            <translation>Papierkorb leeren</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/safety.py" line="374" />
            <location filename="../../src/rapport/ui/safety.py" line="393" />
            <source>The trash was not emptied</source>
            <translation>Der Papierkorb wurde nicht geleert</translation>
        </message>
    </context>
    <context>
        <name>SaveAgainText</name>
        <message>
            <location filename="../../src/rapport/ui/save_again.py" line="28" />
            <source>{name} (saved again)</source>
            <translation>{name} (erneut gespeichert)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/save_again.py" line="40" />
            <source>The journal file is gone</source>
            <translation>Die Journaldatei ist nicht mehr da</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/save_again.py" line="43" />
            <source>Save the journal as…</source>
            <translation>Journal speichern unter…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/save_again.py" line="44" />
            <source>Not now</source>
            <translation>Nicht jetzt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/save_again.py" line="49" />
            <source>Save the journal as</source>
            <translation>Journal speichern unter</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/save_again.py" line="63" />
            <source>The journal was not saved again</source>
            <translation>Das Journal wurde nicht erneut gespeichert</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/save_again.py" line="68" />
            <source>The journal was saved again</source>
            <translation>Das Journal wurde erneut gespeichert</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/save_again.py" line="69" />
            <source>The journal, with everything saved so far, is now at “{path}”.</source>
            <translation>Das Journal liegt jetzt mit allem bisher Gespeicherten unter „{path}“.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/save_again.py" line="72" />
            <source>Rapport goes on working there, and opens it at the next start.</source>
            <translation>Rapport arbeitet dort weiter und öffnet es beim nächsten Start.</translation>
        </message>
    </context>
    <context>
        <name>SealedPromptText</name>
        <message>
            <location filename="../../src/rapport/ui/sealed_prompt.py" line="17" />
            <source>“{file}” is protected with a passphrase.</source>
            <translation>„{file}“ ist mit einer Passphrase geschützt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/sealed_prompt.py" line="19" />
            <source>That passphrase does not open “{file}”. Try again.</source>
            <translation>Diese Passphrase öffnet „{file}“ nicht. Versuchen Sie es erneut.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/sealed_prompt.py" line="24" />
            <source>Passphrase</source>
            <translation>Passphrase</translation>
        </message>
    </context>
    <context>
        <name>SealedText</name>
        <message>
            <location filename="../../src/rapport/transfer/sealed.py" line="64" />
            <source>The passphrase is empty.</source>
            <translation>Die Passphrase ist leer.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/sealed.py" line="65" />
            <source>Type a passphrase, or export without one.</source>
            <translation>Geben Sie eine Passphrase ein, oder exportieren Sie ohne.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/sealed.py" line="77" />
            <source>The file</source>
            <translation>Die Datei</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/sealed.py" line="80" />
            <source>{name} is protected with a passphrase.</source>
            <translation>{name} ist mit einer Passphrase geschützt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/sealed.py" line="81" />
            <source>Type the passphrase it was exported with.</source>
            <translation>Geben Sie die Passphrase ein, mit der exportiert wurde.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/sealed.py" line="88" />
            <source>{name} was sealed by a newer Rapport.</source>
            <translation>{name} wurde von einer neueren Rapport-Version verschlüsselt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/sealed.py" line="89" />
            <source>Open it with the version of Rapport that exported it, or a newer one.</source>
            <translation>Öffnen Sie sie mit der Rapport-Version, die sie exportiert hat, oder einer neueren.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/sealed.py" line="103" />
            <source>That passphrase does not open {name}.</source>
            <translation>Diese Passphrase öffnet {name} nicht.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/sealed.py" line="105" />
            <source>Check the spelling and the keyboard layout, and try again. (A file changed after the export fails the same way.)</source>
            <translation>Prüfen Sie die Schreibweise und die Tastaturbelegung und versuchen Sie es erneut. (Eine nach dem Export veränderte Datei scheitert genauso.)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/sealed.py" line="145" />
            <source>{name} is cut short: it is not a whole sealed export.</source>
            <translation>{name} ist unvollständig: Es ist kein ganzer verschlüsselter Export.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/sealed.py" line="146" />
            <source>Export it again, or copy the whole file.</source>
            <translation>Exportieren Sie erneut, oder kopieren Sie die ganze Datei.</translation>
        </message>
    </context>
    <context>
        <name>SearchFts5Text</name>
        <message>
            <location filename="../../src/rapport/store/search_fts5.py" line="106" />
            <source>The search index “{index}” is missing.</source>
            <translation>Der Suchindex „{index}“ fehlt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/search_fts5.py" line="120" />
            <source>The search index “{index}” does not match the journal (it is damaged or out of date), so search may miss or misplace notes.</source>
            <translation>Der Suchindex „{index}“ passt nicht zum Journal (er ist beschädigt oder veraltet), daher kann die Suche Notizen übersehen oder falsch zuordnen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/search_fts5.py" line="128" />
            <source>The search index is no longer kept up to date (missing: {missing}).</source>
            <translation>Der Suchindex wird nicht mehr aktuell gehalten (es fehlen: {missing}).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/search_fts5.py" line="133" />
            <source>The search index of customers does not match their details.</source>
            <translation>Der Suchindex der Kunden passt nicht zu ihren Angaben.</translation>
        </message>
    </context>
    <context>
        <name>SearchPanelText</name>
        <message>
            <location filename="../../src/rapport/ui/search_rows.py" line="39" />
            <source>Customer · {title}</source>
            <translation>Kunde · {title}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/search_rows.py" line="41" />
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/search_rows.py" line="49" />
            <source>Private</source>
            <translation>Privat</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/search_panel.py" line="58" />
            <source>Search</source>
            <translation>Suche</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/search_panel.py" line="63" />
            <source>Search every note and customer</source>
            <translation>Alle Notizen und Kunden durchsuchen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/search_panel.py" line="64" />
            <source>Search notes and customers…</source>
            <translation>Notizen und Kunden durchsuchen…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/search_panel.py" line="68" />
            <source>Stage filter</source>
            <translation>Nach Phase filtern</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/search_panel.py" line="69" />
            <source>Any stage</source>
            <translation>Alle Phasen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/search_panel.py" line="73" />
            <source>Kind filter</source>
            <translation>Nach Art filtern</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/search_panel.py" line="74" />
            <source>Any kind</source>
            <translation>Alle Arten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/search_panel.py" line="78" />
            <source>Level filter</source>
            <translation>Nach Ebene filtern</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/search_panel.py" line="79" />
            <source>Any level</source>
            <translation>Alle Ebenen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/search_panel.py" line="83" />
            <location filename="../../src/rapport/ui/search_panel.py" line="84" />
            <source>Tag</source>
            <translation>Schlagwort</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/search_panel.py" line="86" />
            <source>From</source>
            <translation>Von</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/search_panel.py" line="87" />
            <source>Limit to a date range</source>
            <translation>Auf einen Zeitraum beschränken</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/search_panel.py" line="89" />
            <source>From date</source>
            <translation>Von Datum</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/search_panel.py" line="91" />
            <source>To date</source>
            <translation>Bis Datum</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/search_panel.py" line="102" />
            <source>Search results</source>
            <translation>Suchergebnisse</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/search_panel.py" line="130" />
            <source>to</source>
            <translation>bis</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/search_panel.py" line="248" />
            <source>Type a few words: a name, a product, something they said.</source>
            <translation>Geben Sie ein paar Wörter ein: einen Namen, ein Produkt, etwas, das gesagt wurde.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/search_panel.py" line="251" />
            <source>Nothing found. Try fewer or other words, or clear the filters.</source>
            <translation>Nichts gefunden. Versuchen Sie weniger oder andere Wörter, oder setzen Sie die Filter zurück.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/search_panel.py" line="254" />
            <source>%n+ results — Enter opens the selected one</source>
            <translation>
                <numerusform>%n+ Treffer – die Eingabetaste öffnet den ausgewählten</numerusform>
                <numerusform>%n+ Treffer – die Eingabetaste öffnet den ausgewählten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/search_panel.py" line="256" />
            <source>%n result(s) — Enter opens the selected one</source>
            <translation>
                <numerusform>%n Treffer – die Eingabetaste öffnet ihn</numerusform>
                <numerusform>%n Treffer – die Eingabetaste öffnet den ausgewählten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchPgText</name>
        <message>
            <location filename="../../src/rapport/store/search_pg.py" line="239" />
            <source>The search configuration “{name}” is missing.</source>
            <translation>Die Suchkonfiguration „{name}“ fehlt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/search_pg.py" line="246" />
            <source>The search index of notes is missing or unusable, so search is slow or finds nothing.</source>
            <translation>Der Suchindex der Notizen fehlt oder ist unbrauchbar, daher ist die Suche langsam oder findet nichts.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/search_pg.py" line="253" />
            <source>The search index of customers is missing or unusable, so search is slow or finds nothing.</source>
            <translation>Der Suchindex der Kunden fehlt oder ist unbrauchbar, daher ist die Suche langsam oder findet nichts.</translation>
        </message>
    </context>
    <context>
        <name>SearchResultsText</name>
        <message>
            <location filename="../../src/rapport/ui/models/search_results.py" line="151" />
            <source>Customer {name}: {text}</source>
            <translation>Kunde {name}: {text}</translation>
        </message>
    </context>
    <context>
        <name>Sentiment</name>
        <message>
            <location filename="../../src/rapport/domain/kinds.py" line="106" />
            <source>Very negative</source>
            <translation>Sehr negativ</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/kinds.py" line="107" />
            <source>Negative</source>
            <translation>Negativ</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/kinds.py" line="108" />
            <source>Neutral</source>
            <translation>Neutral</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/kinds.py" line="109" />
            <source>Positive</source>
            <translation>Positiv</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/kinds.py" line="110" />
            <source>Very positive</source>
            <translation>Sehr positiv</translation>
        </message>
    </context>
    <context>
        <name>ServerBackupText</name>
        <message>
            <location filename="../../src/rapport/store/backup_pg.py" line="50" />
            <source>Backups of a team journal are made with PostgreSQL's pg_dump, which is not installed on this computer.</source>
            <translation>Sicherungen eines Team-Journals werden mit pg_dump von PostgreSQL erstellt, das auf diesem Computer nicht installiert ist.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/backup_pg.py" line="54" />
            <source>Install PostgreSQL's client programs (on Debian and Ubuntu: postgresql-client).</source>
            <translation>Installieren Sie die Client-Programme von PostgreSQL (unter Debian und Ubuntu: postgresql-client).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/backup_pg.py" line="105" />
            <source>The team journal's backup is incomplete, so it was not kept.</source>
            <translation>Die Sicherung des Team-Journals ist unvollständig und wurde daher nicht aufbewahrt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/backup_pg.py" line="106" />
            <source>Try again; if it fails again, ask whoever runs the server.</source>
            <translation>Versuchen Sie es erneut; wenn es wieder fehlschlägt, fragen Sie die Person, die den Server betreut.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/backup_pg.py" line="115" />
            <source>The team journal could not be backed up with pg_dump.</source>
            <translation>Das Team-Journal konnte nicht mit pg_dump gesichert werden.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/backup_pg.py" line="117" />
            <source>Check that the server is reachable and that pg_dump is as new as the server.</source>
            <translation>Prüfen Sie, ob der Server erreichbar ist und ob pg_dump so neu ist wie der Server.</translation>
        </message>
    </context>
    <context>
        <name>ServerErrorsText</name>
        <message>
            <location filename="../../src/rapport/store/db_errors_pg.py" line="84" />
            <source>The server is not reachable; your text is kept.</source>
            <translation>Der Server ist nicht erreichbar; Ihr Text bleibt erhalten.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors_pg.py" line="86" />
            <source>Check the network connection, then try again; Rapport reconnects by itself.</source>
            <translation>Prüfen Sie die Netzwerkverbindung und versuchen Sie es dann erneut; Rapport verbindet sich von selbst wieder.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors_pg.py" line="91" />
            <source>Your login may not make this change in the team journal.</source>
            <translation>Ihre Anmeldung darf diese Änderung im Team-Journal nicht vornehmen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors_pg.py" line="92" />
            <source>Nothing was changed. Ask an owner of the team journal.</source>
            <translation>Es wurde nichts geändert. Fragen Sie einen Eigentümer des Team-Journals.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors_pg.py" line="99" />
            <source>A colleague saved at the same moment, so the change was not saved.</source>
            <translation>Jemand aus Ihrem Team hat im selben Moment gespeichert, daher wurde die Änderung nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors_pg.py" line="101" />
            <source>Try again: your text is still here.</source>
            <translation>Versuchen Sie es erneut: Ihr Text ist noch da.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors_pg.py" line="105" />
            <source>The server's disk is full, so the change was not saved.</source>
            <translation>Der Datenträger des Servers ist voll, daher wurde die Änderung nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors_pg.py" line="106" />
            <source>Ask whoever runs the server to free some space.</source>
            <translation>Bitten Sie die Person, die den Server betreut, Platz zu schaffen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors_pg.py" line="110" />
            <source>The server takes no changes at the moment (it is read-only).</source>
            <translation>Der Server nimmt gerade keine Änderungen an (er ist schreibgeschützt).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors_pg.py" line="111" />
            <source>Ask whoever runs the server; your text is still here.</source>
            <translation>Fragen Sie die Person, die den Server betreut; Ihr Text ist noch da.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors_pg.py" line="115" />
            <source>The change could not be saved.</source>
            <translation>Die Änderung konnte nicht gespeichert werden.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors_pg.py" line="116" />
            <location filename="../../src/rapport/store/db_errors_pg.py" line="120" />
            <source>The server said: {reason}</source>
            <translation>Der Server meldete: {reason}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors_pg.py" line="119" />
            <source>The team journal could not be read.</source>
            <translation>Das Team-Journal konnte nicht gelesen werden.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors_pg.py" line="127" />
            <source>The server refused the login.</source>
            <translation>Der Server hat die Anmeldung abgelehnt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors_pg.py" line="129" />
            <source>Check the user name and password, or ask whoever runs the server for access.</source>
            <translation>Prüfen Sie Benutzername und Passwort, oder bitten Sie die Person, die den Server betreut, um Zugang.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors_pg.py" line="141" />
            <source>The server has no such database.</source>
            <translation>Auf dem Server gibt es diese Datenbank nicht.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/db_errors_pg.py" line="142" />
            <source>Check the database's name, or ask whoever runs the server.</source>
            <translation>Prüfen Sie den Namen der Datenbank, oder fragen Sie die Person, die den Server betreut.</translation>
        </message>
    </context>
    <context>
        <name>ServerStatusText</name>
        <message>
            <location filename="../../src/rapport/ui/server_status.py" line="63" />
            <source>The server is reachable again.</source>
            <translation>Der Server ist wieder erreichbar.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/server_status.py" line="71" />
            <source>The server is not reachable; your text is kept. Rapport reconnects by itself.</source>
            <translation>Der Server ist nicht erreichbar; Ihr Text bleibt erhalten. Rapport verbindet sich selbst wieder.</translation>
        </message>
    </context>
    <context>
        <name>ServerText</name>
        <message>
            <location filename="../../src/rapport/store/server.py" line="106" />
            <source>“{database}” on {server}</source>
            <translation>„{database}“ auf {server}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/server.py" line="137" />
            <source>This is not the address of a team journal.</source>
            <translation>Dies ist nicht die Adresse eines Team-Journals.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/server.py" line="139" />
            <source>Write it as postgresql://user@server/database, or give the path of a journal file.</source>
            <translation>Schreiben Sie sie als postgresql://benutzer@server/datenbank, oder geben Sie den Pfad einer Journaldatei an.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/server.py" line="163" />
            <source>This Rapport cannot open team journals: psycopg is missing.</source>
            <translation>Dieses Rapport kann keine Team-Journale öffnen: psycopg fehlt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/server.py" line="164" />
            <source>Install Rapport with its team extra: pip install 'rapport[team]'.</source>
            <translation>Installieren Sie Rapport mit seinem Team-Zusatz: pip install 'rapport[team]'.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/server.py" line="218" />
            <source>{where} holds another program's tables, not a journal.</source>
            <translation>{where} enthält Tabellen eines anderen Programms, kein Journal.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/server.py" line="221" />
            <source>Nothing was changed there. Give a database of its own to Rapport.</source>
            <translation>Dort wurde nichts verändert. Geben Sie Rapport eine eigene Datenbank.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/server.py" line="225" />
            <source>There is no journal in {where}.</source>
            <translation>In {where} ist kein Journal.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/server.py" line="227" />
            <source>Check the database's name. A new team journal is set up by whoever runs the server, with: rapport team init {url}</source>
            <translation>Prüfen Sie den Namen der Datenbank. Ein neues Teamjournal richtet die Person ein, die den Server betreut, mit: rapport team init {url}</translation>
        </message>
    </context>
    <context>
        <name>SettingsActionsText</name>
        <message>
            <location filename="../../src/rapport/ui/settings/actions.py" line="63" />
            <source>Se&amp;ttings…</source>
            <translation>&amp;Einstellungen…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/actions.py" line="74" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialogText</name>
        <message>
            <location filename="../../src/rapport/ui/settings/dialog.py" line="55" />
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/dialog.py" line="74" />
            <source>Settings pages</source>
            <translation>Einstellungsseiten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/dialog.py" line="88" />
            <source>Why the settings were not saved</source>
            <translation>Warum die Einstellungen nicht gespeichert wurden</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/dialog.py" line="123" />
            <location filename="../../src/rapport/ui/settings/dialog.py" line="144" />
            <source>&lt;b&gt;Not saved:&lt;/b&gt; {reason}</source>
            <translation>&lt;b&gt;Nicht gespeichert:&lt;/b&gt; {reason}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/dialog.py" line="159" />
            <source>Start at login</source>
            <translation>Start bei der Anmeldung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/dialog.py" line="161" />
            <source>Your other settings are saved.</source>
            <translation>Ihre übrigen Einstellungen sind gespeichert.</translation>
        </message>
    </context>
    <context>
        <name>SettingsModelText</name>
        <message>
            <location filename="../../src/rapport/settings_checks.py" line="60" />
            <source>Choose a full path for the backup folder.</source>
            <translation>Wählen Sie einen vollständigen Pfad für den Sicherungsordner.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_checks.py" line="62" />
            <source>The backup folder “{folder}” does not exist.</source>
            <translation>Der Sicherungsordner „{folder}“ existiert nicht.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_checks.py" line="66" />
            <source>Rapport may not write in the folder “{folder}”.</source>
            <translation>Rapport darf nicht in den Ordner „{folder}“ schreiben.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_checks.py" line="49" />
            <source>The health below which a big deal is at risk ({weak}) must not be above “strong” ({strong}).</source>
            <translation>Die Gesundheit, unter der ein großer Auftrag gefährdet ist ({weak}), darf nicht über „stark“ ({strong}) liegen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_checks.py" line="75" />
            <source>{what} must be a time of day from 00:00 to 23:59.</source>
            <translation>{what} muss eine Uhrzeit von 00:00 bis 23:59 sein.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_checks.py" line="77" />
            <source>{what} must be from {low} to {high} minutes; it is {value}.</source>
            <translation>{what}: erlaubt sind {low} bis {high} Minuten, eingetragen ist {value}.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_checks.py" line="79" />
            <source>{what} must be from {low} to {high}; it is {value}.</source>
            <translation>{what}: erlaubt sind {low} bis {high}, eingetragen ist {value}.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_checks.py" line="81" />
            <source>{what} must be from {low} to {high} points; it is {value}.</source>
            <translation>{what}: erlaubt sind {low} bis {high} Punkte, eingetragen ist {value}.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_checks.py" line="83" />
            <source>{what} must be from {low} to {high} days; it is {value}.</source>
            <translation>{what}: erlaubt sind {low} bis {high} Tage, eingetragen ist {value}.</translation>
        </message>
    </context>
    <context>
        <name>SettingsPageText</name>
        <message>
            <location filename="../../src/rapport/ui/settings/editors.py" line="95" />
            <source>From {low} to {high}{unit}</source>
            <translation>{low} bis {high}{unit}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/editors.py" line="98" />
            <source>{what}: from {low} to {high}{unit}</source>
            <translation>{what}: {low} bis {high}{unit}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/settings/editors.py" line="108" />
            <source> day(s)</source>
            <translation>
                <numerusform> Tag</numerusform>
                <numerusform> Tage</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/settings/editors.py" line="110" />
            <source> minute(s)</source>
            <translation>
                <numerusform> Minute</numerusform>
                <numerusform> Minuten</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialogText</name>
        <message>
            <location filename="../../src/rapport/ui/dialogs/shortcuts_dialog.py" line="45" />
            <source>Window</source>
            <translation>Fenster</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/shortcuts_dialog.py" line="79" />
            <location filename="../../src/rapport/ui/dialogs/shortcuts_dialog.py" line="83" />
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/shortcuts_dialog.py" line="85" />
            <source>Menu, action and keys of every action</source>
            <translation>Menü, Aktion und Tasten jeder Aktion</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/shortcuts_dialog.py" line="89" />
            <source>Menu</source>
            <translation>Menü</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/shortcuts_dialog.py" line="90" />
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/shortcuts_dialog.py" line="91" />
            <source>Keys</source>
            <translation>Tasten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/shortcuts_dialog.py" line="106" />
            <source>Actions without keys are reached through their menu (Alt and the underlined letter).</source>
            <translation>Aktionen ohne Tasten erreichen Sie über ihr Menü (Alt und der unterstrichene Buchstabe).</translation>
        </message>
    </context>
    <context>
        <name>Side</name>
        <message>
            <location filename="../../src/rapport/domain/kinds.py" line="88" />
            <source>ours</source>
            <translation>von uns</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/kinds.py" line="89" />
            <source>theirs</source>
            <translation>von der anderen Seite</translation>
        </message>
    </context>
    <context>
        <name>Stage</name>
        <message>
            <location filename="../../src/rapport/domain/stages.py" line="46" />
            <source>Attraction</source>
            <translation>Anziehung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/stages.py" line="47" />
            <source>Compatibility</source>
            <translation>Passung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/stages.py" line="48" />
            <source>Conflict</source>
            <translation>Konflikt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/stages.py" line="49" />
            <source>Compromise</source>
            <translation>Kompromiss</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/stages.py" line="50" />
            <source>Deeper understanding</source>
            <translation>Tieferes Verständnis</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/stages.py" line="54" />
            <source>First contact: they are exploring you, and you see a need you can meet.</source>
            <translation>Erster Kontakt: Der Kunde lernt Sie kennen, und Sie sehen einen Bedarf, den Sie decken können.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/stages.py" line="57" />
            <source>Finding out whether you fit: shared values, workable expectations.</source>
            <translation>Herausfinden, ob es passt: gemeinsame Werte, erfüllbare Erwartungen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/stages.py" line="60" />
            <source>A disagreement or complaint. Handled well, it teaches you what they need.</source>
            <translation>Eine Meinungsverschiedenheit oder Beschwerde. Gut gelöst, zeigt sie Ihnen, was der Kunde braucht.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/stages.py" line="63" />
            <source>Adapting to their needs within reason, beyond the standard policy.</source>
            <translation>Im vernünftigen Rahmen auf den Bedarf des Kunden eingehen, über die üblichen Regeln hinaus.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/stages.py" line="66" />
            <source>You know them as people and help before they ask.</source>
            <translation>Sie kennen die Menschen dahinter und helfen, bevor sie fragen.</translation>
        </message>
    </context>
    <context>
        <name>StageDialogText</name>
        <message>
            <location filename="../../src/rapport/ui/dialogs/stage_dialog.py" line="42" />
            <source>Move {name} to a stage</source>
            <translation>{name} in eine Phase verschieben</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/stage_dialog.py" line="45" />
            <source>New stage</source>
            <translation>Neue Phase</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/stage_dialog.py" line="49" />
            <source>{stage} (current)</source>
            <translation>{stage} (aktuell)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/stage_dialog.py" line="58" />
            <source>When the move happened</source>
            <translation>Wann der Wechsel stattfand</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/stage_dialog.py" line="59" />
            <source>Back-date the move if it happened earlier</source>
            <translation>Zurückdatieren, wenn der Wechsel früher stattfand</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/stage_dialog.py" line="67" />
            <source>Reason</source>
            <translation>Grund</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/stage_dialog.py" line="68" />
            <source>Why, in a few words</source>
            <translation>Warum, in wenigen Worten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/stage_dialog.py" line="70" />
            <source>&amp;Stage</source>
            <translation>&amp;Phase</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/stage_dialog.py" line="72" />
            <source>&amp;When</source>
            <translation>&amp;Wann</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/stage_dialog.py" line="74" />
            <source>&amp;Reason</source>
            <translation>&amp;Grund</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/stage_dialog.py" line="78" />
            <source>Move</source>
            <translation>Verschieben</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/stage_dialog.py" line="98" />
            <source>This is earlier than when {stage} began ({since}). The move will be kept in the history, and {stage} stays the current stage.</source>
            <translation>Das liegt vor dem Beginn von {stage} ({since}). Der Wechsel wird im Verlauf festgehalten, und {stage} bleibt die aktuelle Phase.</translation>
        </message>
    </context>
    <context>
        <name>StoreErrorsText</name>
        <message>
            <location filename="../../src/rapport/store/errors.py" line="19" />
            <source>“{path}” is not a regular file, not a Rapport journal. It was left as it was.</source>
            <translation>„{path}“ ist keine normale Datei und kein Rapport-Journal. Daran wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/errors.py" line="23" />
            <source>“{path}” is not a database (perhaps a text or document file), not a Rapport journal. It was left as it was.</source>
            <translation>„{path}“ ist keine Datenbank (vielleicht eine Text- oder Dokumentdatei) und kein Rapport-Journal. Daran wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/errors.py" line="28" />
            <source>“{path}” is a database of another program, not a Rapport journal. It was left as it was.</source>
            <translation>„{path}“ ist eine Datenbank eines anderen Programms, kein Rapport-Journal. Daran wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/errors.py" line="38" />
            <source>That customer no longer exists (it may have been deleted).</source>
            <translation>Diesen Kunden gibt es nicht mehr (vielleicht wurde er gelöscht).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/errors.py" line="41" />
            <source>That entry no longer exists (it may have been deleted).</source>
            <translation>Diesen Eintrag gibt es nicht mehr (vielleicht wurde er gelöscht).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/errors.py" line="44" />
            <source>That stage change no longer exists (it may have been deleted).</source>
            <translation>Diesen Phasenwechsel gibt es nicht mehr (vielleicht wurde er gelöscht).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/errors.py" line="47" />
            <source>That check-in no longer exists (it may have been deleted).</source>
            <translation>Diesen Check-in gibt es nicht mehr (vielleicht wurde er gelöscht).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/errors.py" line="76" />
            <source>Choose a Rapport journal file, or a new file name to start an empty journal.</source>
            <translation>Wählen Sie eine Rapport-Journaldatei oder einen neuen Dateinamen, um ein leeres Journal anzulegen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/errors.py" line="87" />
            <source>“{path}” was saved by a newer version of Rapport. It was left as it was.</source>
            <translation>„{path}“ wurde von einer neueren Version von Rapport gespeichert. Daran wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/errors.py" line="89" />
            <source>Install the latest version of Rapport to open it.</source>
            <translation>Installieren Sie die neueste Version von Rapport, um das Journal zu öffnen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/errors.py" line="127" />
            <source>The journal file “{path}” was moved, renamed or deleted while Rapport had it open (perhaps by a sync tool or a file manager), so the change was not saved.</source>
            <translation>Die Journaldatei „{path}“ wurde verschoben, umbenannt oder gelöscht, während Rapport sie geöffnet hatte (vielleicht von einem Synchronisierungsprogramm oder einem Dateimanager). Die Änderung wurde daher nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/errors.py" line="131" />
            <source>Nothing saved so far is lost: save the journal again in a place you choose. Your text stays here until then.</source>
            <translation>Nichts bisher Gespeichertes ist verloren: Speichern Sie das Journal erneut an einem Ort Ihrer Wahl. Ihr Text bleibt bis dahin hier.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/errors.py" line="141" />
            <source>“{path}” is open read-only (it or its folder cannot be written, as on a backup disk), so the change was not saved.</source>
            <translation>„{path}“ ist schreibgeschützt geöffnet (die Datei oder ihr Ordner kann nicht geschrieben werden, etwa auf einem Sicherungslaufwerk). Die Änderung wurde daher nicht gespeichert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/errors.py" line="146" />
            <source>“{path}” was saved by an older version of Rapport and must be upgraded before it can be read, but it is read-only (it or its folder cannot be written). It was left as it was.</source>
            <translation>„{path}“ wurde von einer älteren Version von Rapport gespeichert und muss aktualisiert werden, bevor es gelesen werden kann, ist aber schreibgeschützt (die Datei oder ihr Ordner kann nicht geschrieben werden). Es blieb unverändert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/errors.py" line="152" />
            <source>“{path}” holds no journal yet, and it is read-only, so none can be started in it.</source>
            <translation>„{path}“ enthält noch kein Journal und ist schreibgeschützt, daher kann darin keines begonnen werden.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/errors.py" line="165" />
            <source>Copy the journal to a folder you can write to, and open it there.</source>
            <translation>Kopieren Sie das Journal in einen Ordner, in den Sie schreiben dürfen, und öffnen Sie es dort.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/errors.py" line="203" />
            <source>That customer no longer exists.</source>
            <translation>Diesen Kunden gibt es nicht mehr.</translation>
        </message>
    </context>
    <context>
        <name>StoreImportBatchText</name>
        <message numerus="yes">
            <location filename="../../src/rapport/store/import_batches.py" line="83" />
            <source>%n customer(s) moved to the trash (Edit → Trash brings them back).</source>
            <translation>
                <numerusform>%n Kunde in den Papierkorb verschoben (Bearbeiten → Papierkorb holt ihn zurück).</numerusform>
                <numerusform>%n Kunden in den Papierkorb verschoben (Bearbeiten → Papierkorb holt sie zurück).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/store/import_batches.py" line="87" />
            <source>%n person(s) taken off customers that were already there.</source>
            <translation>
                <numerusform>%n Person von Kunden entfernt, die schon vorhanden waren.</numerusform>
                <numerusform>%n Personen von Kunden entfernt, die schon vorhanden waren.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/import_batches.py" line="99" />
            <source>Kept {names}: they took part in an entry or were changed after the import.</source>
            <translation>Behalten: {names} – an einem Eintrag beteiligt oder nach dem Import geändert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/import_batches.py" line="105" />
            <source>The About of {names} was changed after the import, so it was left as it is.</source>
            <translation>Der Hintergrund von {names} wurde nach dem Import geändert und deshalb so belassen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/store/import_batches.py" line="111" />
            <source>%n of the customers had entries written after the import; the entries are in the trash with them.</source>
            <translation>
                <numerusform>%n der Kunden hatte nach dem Import geschriebene Einträge; die Einträge liegen mit ihm im Papierkorb.</numerusform>
                <numerusform>%n der Kunden hatten nach dem Import geschriebene Einträge; die Einträge liegen mit ihnen im Papierkorb.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/import_batches.py" line="255" />
            <source>This import has already been undone.</source>
            <translation>Dieser Import wurde bereits rückgängig gemacht.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/import_batches.py" line="257" />
            <source>Its customers are in the trash: Edit → Trash brings them back.</source>
            <translation>Seine Kunden liegen im Papierkorb: Bearbeiten → Papierkorb holt sie zurück.</translation>
        </message>
    </context>
    <context>
        <name>StoreSoftDeleteText</name>
        <message>
            <location filename="../../src/rapport/store/soft_delete.py" line="62" />
            <source>It had already been brought back elsewhere, and perhaps changed there; it was left as it is.</source>
            <translation>Es wurde bereits anderswo zurückgeholt und dort vielleicht geändert; es bleibt, wie es ist.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/soft_delete.py" line="70" />
            <source>It had been changed elsewhere after you deleted it; it is back as it was saved last.</source>
            <translation>Es wurde anderswo geändert, nachdem Sie es gelöscht hatten; es ist zurück, wie es zuletzt gespeichert wurde.</translation>
        </message>
    </context>
    <context>
        <name>StoreTransferText</name>
        <message>
            <location filename="../../src/rapport/store/transfer.py" line="268" />
            <source>Rapport could not back up the journal before importing, so nothing was imported.</source>
            <translation>Rapport konnte das Journal vor dem Import nicht sichern, daher wurde nichts importiert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/transfer.py" line="272" />
            <source>Check the free space and permissions of the journal's folder, then try again.</source>
            <translation>Prüfen Sie den freien Speicherplatz und die Zugriffsrechte im Ordner des Journals und versuchen Sie es dann erneut.</translation>
        </message>
    </context>
    <context>
        <name>StoreTrashText</name>
        <message>
            <location filename="../../src/rapport/store/trash.py" line="81" />
            <source>{title} of {day}</source>
            <translation>{title} vom {day}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/trash.py" line="92" />
            <source>Move to {stage}</source>
            <translation>Wechsel zu {stage}</translation>
        </message>
    </context>
    <context>
        <name>StoreVersionsText</name>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="46" />
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="47" />
            <source>organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="48" />
            <source>role</source>
            <translation>Funktion</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="49" />
            <source>e-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="50" />
            <source>phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="51" />
            <source>address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="52" />
            <source>website</source>
            <translation>Website</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="53" />
            <source>about</source>
            <translation>Hintergrund</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="54" />
            <source>tags</source>
            <translation>Schlagwörter</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="55" />
            <source>level</source>
            <translation>Ebene</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="56" />
            <source>account value</source>
            <translation>Kundenwert</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="57" />
            <source>currency</source>
            <translation>Währung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="58" />
            <source>contact every (days)</source>
            <translation>Kontakt alle (Tage)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="59" />
            <source>status</source>
            <translation>Status</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="61" />
            <source>e-mails</source>
            <translation>E-Mail-Adressen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="62" />
            <source>phones</source>
            <translation>Telefonnummern</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="63" />
            <source>birthday</source>
            <translation>Geburtstag</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="64" />
            <source>note</source>
            <translation>Notiz</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="65" />
            <source>main contact</source>
            <translation>Hauptansprechpartner</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="66" />
            <source>left on</source>
            <translation>nicht mehr da seit</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/entries.py" line="38" />
            <source>customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/entries.py" line="39" />
            <source>time</source>
            <translation>Zeitpunkt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/entries.py" line="41" />
            <location filename="../../src/rapport/store/versions.py" line="60" />
            <source>kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/entries.py" line="43" />
            <source>title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/entries.py" line="44" />
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/entries.py" line="46" />
            <source>mood</source>
            <translation>Stimmung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/entries.py" line="49" />
            <source>private</source>
            <translation>privat</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/entries.py" line="52" />
            <source>follow-up date</source>
            <translation>Wiedervorlage</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/entries.py" line="55" />
            <source>follow-up done</source>
            <translation>Wiedervorlage erledigt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/domain/entries.py" line="59" />
            <source>whose word</source>
            <translation>wessen Wort</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="103" />
            <source>{field} {theirs}; yours: {mine}</source>
            <translation>{field} {theirs}; Ihre Fassung: {mine}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="110" />
            <source>Changed elsewhere at {time}: {clashes}</source>
            <translation>Anderswo geändert um {time}: {clashes}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="113" />
            <source>Choose which value to keep; nothing has been saved yet.</source>
            <translation>Wählen Sie, welcher Wert bleiben soll; noch wurde nichts gespeichert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="130" />
            <source>(empty)</source>
            <translation>(leer)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="133" />
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="133" />
            <source>open</source>
            <translation>offen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="134" />
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/versions.py" line="134" />
            <source>no</source>
            <translation>nein</translation>
        </message>
    </context>
    <context>
        <name>TeamOpenText</name>
        <message>
            <location filename="../../src/rapport/ui/team_open.py" line="68" />
            <source>Rapport could not open the journal</source>
            <translation>Rapport konnte das Journal nicht öffnen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_open.py" line="107" />
            <source>The journal is already open</source>
            <translation>Das Journal ist bereits geöffnet</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_open.py" line="109" />
            <source>{where} is open in another Rapport window, which was brought forward.</source>
            <translation>{where} ist in einem anderen Rapport-Fenster geöffnet; dieses wurde in den Vordergrund geholt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_open.py" line="171" />
            <source>A team journal has no passphrase</source>
            <translation>Ein Teamjournal hat keine Passphrase</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_open.py" line="172" />
            <location filename="../../src/rapport/ui/team_open.py" line="180" />
            <location filename="../../src/rapport/ui/team_open.py" line="185" />
            <location filename="../../src/rapport/ui/team_open.py" line="193" />
            <source>{where} is a team journal on a server.</source>
            <translation>{where} ist ein Teamjournal auf einem Server.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_open.py" line="174" />
            <source>Each colleague's login and the server's TLS protect it; a passphrase protects journal files.</source>
            <translation>Es wird durch die Anmeldung jeder Kollegin und jedes Kollegen und durch TLS des Servers geschützt; eine Passphrase schützt Journaldateien.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_open.py" line="179" />
            <source>A team journal stays on its server</source>
            <translation>Ein Teamjournal bleibt auf seinem Server</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_open.py" line="181" />
            <source>Whoever runs the server can move its database.</source>
            <translation>Die Person, die den Server betreut, kann seine Datenbank verschieben.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_open.py" line="184" />
            <source>A team journal is restored on its server</source>
            <translation>Ein Teamjournal wird auf seinem Server wiederhergestellt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_open.py" line="187" />
            <source>Ask whoever runs the server to restore a backup there (pg_restore); nothing was changed.</source>
            <translation>Bitten Sie die Person, die den Server betreut, dort eine Sicherung wiederherzustellen (pg_restore); es wurde nichts geändert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_open.py" line="192" />
            <source>A team journal is repaired on its server</source>
            <translation>Ein Teamjournal wird auf seinem Server repariert</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_open.py" line="195" />
            <source>Ask whoever runs the server to check the database; nothing was changed.</source>
            <translation>Bitten Sie die Person, die den Server betreut, die Datenbank zu prüfen; es wurde nichts geändert.</translation>
        </message>
    </context>
    <context>
        <name>TeamText</name>
        <message>
            <location filename="../../src/rapport/ui/team_dialog.py" line="52" />
            <source>Use TLS when the server offers it</source>
            <translation>TLS verwenden, wenn der Server es anbietet</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_dialog.py" line="53" />
            <source>Require TLS</source>
            <translation>TLS verlangen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_dialog.py" line="54" />
            <source>Require TLS and a certificate from a trusted authority</source>
            <translation>TLS und ein Zertifikat einer vertrauenswürdigen Stelle verlangen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_dialog.py" line="55" />
            <source>Require TLS and a certificate for this server's name</source>
            <translation>TLS und ein Zertifikat für den Namen dieses Servers verlangen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_dialog.py" line="56" />
            <source>Use TLS only when the server insists</source>
            <translation>TLS nur verwenden, wenn der Server darauf besteht</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_dialog.py" line="57" />
            <source>Never use TLS</source>
            <translation>TLS nie verwenden</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_dialog.py" line="73" />
            <source>Open team journal</source>
            <translation>Teamjournal öffnen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_dialog.py" line="80" />
            <source>A team journal is kept on a PostgreSQL server that everyone in the team signs in to with their own login.</source>
            <translation>Ein Teamjournal liegt auf einem PostgreSQL-Server, bei dem sich jede Person im Team mit ihrer eigenen Anmeldung anmeldet.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_dialog.py" line="85" />
            <source>db.example.com, or /run/postgresql</source>
            <translation>db.example.com oder /run/postgresql</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_dialog.py" line="88" />
            <source>The server's name or address, or the folder of its socket on this computer.</source>
            <translation>Name oder Adresse des Servers oder der Ordner seines Sockets auf diesem Computer.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_dialog.py" line="94" />
            <source>Standard (5432)</source>
            <translation>Standard (5432)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_dialog.py" line="95" />
            <source>team</source>
            <translation>team</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_dialog.py" line="104" />
            <source>&amp;Remember the password on this computer</source>
            <translation>Passwort auf diesem Computer &amp;merken</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_dialog.py" line="108" />
            <source>Kept in the system's keyring (never in Rapport's settings), so anyone who can log in as you can open the team journal.</source>
            <translation>Wird im Schlüsselbund des Systems aufbewahrt (nie in den Einstellungen von Rapport); wer sich als Sie anmelden kann, kann das Teamjournal also öffnen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_dialog.py" line="114" />
            <source>&amp;Server:</source>
            <translation>&amp;Server:</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_dialog.py" line="115" />
            <source>&amp;Port:</source>
            <translation>&amp;Port:</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_dialog.py" line="116" />
            <source>&amp;Database:</source>
            <translation>&amp;Datenbank:</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_dialog.py" line="117" />
            <source>&amp;User:</source>
            <translation>&amp;Benutzer:</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_dialog.py" line="118" />
            <source>&amp;TLS:</source>
            <translation>&amp;TLS:</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_dialog.py" line="119" />
            <source>Pass&amp;word:</source>
            <translation>Pass&amp;wort:</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_dialog.py" line="130" />
            <source>Connecting to the server</source>
            <translation>Verbindung zum Server wird hergestellt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_dialog.py" line="134" />
            <source>&amp;Open</source>
            <translation>Ö&amp;ffnen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_dialog.py" line="182" />
            <source>Type the name of the team journal's database.</source>
            <translation>Geben Sie den Namen der Datenbank des Teamjournals ein.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_dialog.py" line="202" />
            <source>Connecting to {where}…</source>
            <translation>Verbindung zu {where} wird hergestellt …</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_dialog.py" line="244" />
            <source>The server asks for {user}'s password.</source>
            <translation>Der Server verlangt das Passwort von {user}.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_dialog.py" line="255" />
            <source>The server of {where} cannot be reached. Check the server's name, port and TLS setting and the network, or ask whoever runs the server whether it is running.</source>
            <translation>Der Server von {where} ist nicht erreichbar. Prüfen Sie Namen, Port und TLS-Einstellung des Servers sowie das Netzwerk, oder fragen Sie die Person, die den Server betreut, ob er läuft.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/team_dialog.py" line="267" />
            <source>Something unexpected went wrong; the details are in Rapport's log.</source>
            <translation>Etwas Unerwartetes ist schiefgegangen; die Einzelheiten stehen im Protokoll von Rapport.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/team.py" line="88" />
            <source>Only the journal's owner can empty the trash.</source>
            <translation>Nur der Eigentümer des Journals kann den Papierkorb leeren.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/team.py" line="89" />
            <source>Only the journal's owner can restore a backup.</source>
            <translation>Nur der Eigentümer des Journals kann eine Sicherung wiederherstellen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/team.py" line="90" />
            <source>Only the journal's owner can change the relationship rules.</source>
            <translation>Nur der Eigentümer des Journals kann die Beziehungsregeln ändern.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/team.py" line="95" />
            <source>Nothing was changed. Ask an owner of the team journal, or whoever runs its server to make you one.</source>
            <translation>Es wurde nichts geändert. Fragen Sie einen Eigentümer des Team-Journals, oder bitten Sie die Person, die den Server betreibt, Sie zum Eigentümer zu machen.</translation>
        </message>
    </context>
    <context>
        <name>TimelineReportText</name>
        <message>
            <location filename="../../src/rapport/reports/timeline_report.py" line="100" />
            <source>{name} — relationship timeline</source>
            <translation>{name} — Beziehungsverlauf</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/timeline_report.py" line="126" />
            <source>The printout could not be started.</source>
            <translation>Der Druck konnte nicht gestartet werden.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/timeline_report.py" line="128" />
            <source>Check the printer, or that the file's folder can be written.</source>
            <translation>Prüfen Sie den Drucker und ob im Ordner der Datei gespeichert werden darf.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/timeline_report.py" line="135" />
            <source>The printer refused a new page.</source>
            <translation>Der Drucker hat eine neue Seite abgelehnt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/reports/timeline_report.py" line="136" />
            <source>Check the printer.</source>
            <translation>Prüfen Sie den Drucker.</translation>
        </message>
    </context>
    <context>
        <name>TimelineViewText</name>
        <message>
            <location filename="../../src/rapport/ui/timeline_view.py" line="87" />
            <source>Private</source>
            <translation>Privat</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/timeline_view.py" line="91" />
            <source>Follow up {day} (done)</source>
            <translation>Wiedervorlage {day} (erledigt)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/timeline_view.py" line="93" />
            <source>Follow up {day} (open)</source>
            <translation>Wiedervorlage {day} (offen)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/timeline_view.py" line="109" />
            <source>{when} · Stage change</source>
            <translation>{when} · Phasenwechsel</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/timeline_view.py" line="111" />
            <source>Moved to &lt;b&gt;{stage}&lt;/b&gt;</source>
            <translation>Verschoben in &lt;b&gt;{stage}&lt;/b&gt;</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/timeline_view.py" line="126" />
            <source>by {login}</source>
            <translation>von {login}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/timeline_view.py" line="128" />
            <source>edited by {login}</source>
            <translation>bearbeitet von {login}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/timeline_view.py" line="370" />
            <source>Timeline</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/timeline_view.py" line="372" />
            <source>Entries and stage changes of this customer, newest first</source>
            <translation>Einträge und Phasenwechsel dieses Kunden, die neuesten zuerst</translation>
        </message>
    </context>
    <context>
        <name>TodayDelegateText</name>
        <message>
            <location filename="../../src/rapport/ui/today_delegate.py" line="67" />
            <source>Mark done</source>
            <translation>Erledigt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/today_delegate.py" line="68" />
            <source>Check in…</source>
            <translation>Check-in…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/today_delegate.py" line="69" />
            <source>Write up…</source>
            <translation>Festhalten…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/today_delegate.py" line="92" />
            <source>Health {score}</source>
            <translation>Gesundheit {score}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/today_delegate.py" line="93" />
            <source>Next step:</source>
            <translation>Nächster Schritt:</translation>
        </message>
    </context>
    <context>
        <name>TodayMessagesText</name>
        <message>
            <location filename="../../src/rapport/ui/today_messages.py" line="17" />
            <source>&lt;p style='font-size:large'&gt;&lt;b&gt;Welcome. Your journal is empty.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Add your first customer with &lt;b&gt;Customer → New customer&lt;/b&gt; (Ctrl+Shift+N), then write down what happened at your last meeting with &lt;b&gt;Ctrl+N&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;From then on this page starts your day: the follow-ups you promised, the customers you have not spoken to for too long, and the relationships that need care.&lt;/p&gt;</source>
            <translation>&lt;p style='font-size:large'&gt;&lt;b&gt;Willkommen. Ihr Journal ist leer.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Legen Sie mit &lt;b&gt;Kunde → Neuer Kunde&lt;/b&gt; (Strg+Umschalt+N) Ihren ersten Kunden an und schreiben Sie dann mit &lt;b&gt;Strg+N&lt;/b&gt; auf, was bei Ihrem letzten Treffen geschah.&lt;/p&gt;&lt;p&gt;Von da an beginnt Ihr Tag auf dieser Seite: mit den Wiedervorlagen, die Sie zugesagt haben, den Kunden, mit denen Sie zu lange nicht gesprochen haben, und den Beziehungen, die Pflege brauchen.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/today_messages.py" line="28" />
            <source>&lt;p style='font-size:large'&gt;&lt;b&gt;All clear for today.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;No follow-up is due, every customer has heard from you within their keep-in-touch cadence, and no relationship shows a risk. Nicely kept.&lt;/p&gt;&lt;p&gt;A good day to deepen one: call a customer you would like to know better, or write down what you learned at your last meeting (&lt;b&gt;Ctrl+N&lt;/b&gt;).&lt;/p&gt;</source>
            <translation>&lt;p style='font-size:large'&gt;&lt;b&gt;Heute ist alles erledigt.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Keine Wiedervorlage ist fällig, jeder Kunde hat innerhalb seines Kontaktrhythmus von Ihnen gehört, und keine Beziehung zeigt ein Risiko. Gut gepflegt.&lt;/p&gt;&lt;p&gt;Ein guter Tag, um eine Beziehung zu vertiefen: Rufen Sie einen Kunden an, den Sie besser kennenlernen möchten, oder schreiben Sie auf, was Sie bei Ihrem letzten Treffen erfahren haben (&lt;b&gt;Strg+N&lt;/b&gt;).&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/today_messages.py" line="38" />
            <source>Working out today's list…</source>
            <translation>Die Liste für heute wird erstellt…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/today_messages.py" line="44" />
            <source>&lt;p&gt;&lt;b&gt;Today's list could not be read.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Part of the journal is damaged. Rapport offers to restore the newest good backup.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Die Liste für heute konnte nicht gelesen werden.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ein Teil des Journals ist beschädigt. Rapport bietet an, die neueste intakte Sicherung wiederherzustellen.&lt;/p&gt;</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/today_messages.py" line="52" />
            <source>&lt;p&gt;&lt;b&gt;Today's list could not be worked out.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;&lt;p&gt;It is tried again after your next change, or with Ctrl+T.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Die Liste für heute konnte nicht erstellt werden.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;&lt;p&gt;Rapport versucht es nach Ihrer nächsten Änderung erneut, oder sofort mit Strg+T.&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>TodayViewText</name>
        <message>
            <location filename="../../src/rapport/ui/today_view.py" line="135" />
            <source>A click or Enter opens the customer · Ctrl+D marks the selected follow-up done · Ctrl+I checks in</source>
            <translation>Ein Klick oder die Eingabetaste öffnet den Kunden · Strg+D hakt die ausgewählte Wiedervorlage ab · Strg+I für einen Check-in</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/today_view.py" line="144" />
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/today_view.py" line="147" />
            <source>Follow-ups, customers past their cadence, risk signals and check-ins due</source>
            <translation>Wiedervorlagen, Kunden außerhalb ihres Kontaktrhythmus, Risikosignale und fällige Check-ins</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/today_view.py" line="167" />
            <location filename="../../src/rapport/ui/today_view.py" line="416" />
            <source>Mark follow-up done</source>
            <translation>Wiedervorlage abhaken</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/today_view.py" line="256" />
            <source>Something went wrong.</source>
            <translation>Etwas ist schiefgegangen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/today_view.py" line="318" />
            <source>Nothing due.</source>
            <translation>Nichts fällig.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/today_view.py" line="410" />
            <source>Open {name}</source>
            <translation>{name} öffnen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/today_view.py" line="421" />
            <source>Check in…</source>
            <translation>Check-in…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/today_view.py" line="428" />
            <source>Today, {day}</source>
            <translation>Heute, {day}</translation>
        </message>
    </context>
    <context>
        <name>TookPartText</name>
        <message>
            <location filename="../../src/rapport/ui/dialogs/took_part_dialog.py" line="63" />
            <source>Who took part</source>
            <translation>Wer dabei war</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/took_part_dialog.py" line="67" />
            <source>Your people who took part</source>
            <translation>Ihre Leute, die dabei waren</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/took_part_dialog.py" line="70" />
            <source>You</source>
            <translation>Sie</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/took_part_dialog.py" line="73" />
            <source>Their people who took part</source>
            <translation>Deren Leute, die dabei waren</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/took_part_dialog.py" line="78" />
            <source>Name of one of your people</source>
            <translation>Name einer Ihrer Personen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/took_part_dialog.py" line="79" />
            <source>Add one of your people by name</source>
            <translation>Eine Ihrer Personen mit Namen hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/took_part_dialog.py" line="80" />
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/took_part_dialog.py" line="87" />
            <source>Your side</source>
            <translation>Ihre Seite</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/took_part_dialog.py" line="88" />
            <source>Their side</source>
            <translation>Deren Seite</translation>
        </message>
    </context>
    <context>
        <name>TransferSnapshotText</name>
        <message>
            <location filename="../../src/rapport/transfer/snapshot.py" line="28" />
            <source>a whole number</source>
            <translation>eine ganze Zahl</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/snapshot.py" line="29" />
            <source>a whole number or null</source>
            <translation>eine ganze Zahl oder null</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/snapshot.py" line="30" />
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/snapshot.py" line="31" />
            <source>text or null</source>
            <translation>Text oder null</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/snapshot.py" line="32" />
            <source>true or false</source>
            <translation>true oder false</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/snapshot.py" line="33" />
            <source>a date and time with its UTC offset</source>
            <translation>ein Datum mit Uhrzeit und UTC-Versatz</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/snapshot.py" line="34" />
            <source>a date and time with its UTC offset, or null</source>
            <translation>ein Datum mit Uhrzeit und UTC-Versatz oder null</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/snapshot.py" line="37" />
            <source>a date (YYYY-MM-DD) or null</source>
            <translation>ein Datum (JJJJ-MM-TT) oder null</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/snapshot.py" line="38" />
            <source>a list of tag names</source>
            <translation>eine Liste von Schlagwörtern</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/snapshot.py" line="39" />
            <source>a list of [label, value] pairs (e-mails or phones)</source>
            <translation>eine Liste von [Bezeichnung, Wert]-Paaren (E-Mail-Adressen oder Telefonnummern)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/snapshot.py" line="164" />
            <source>tag</source>
            <translation>Schlagwort</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/snapshot.py" line="165" />
            <source>customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/snapshot.py" line="166" />
            <source>entry</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/snapshot.py" line="167" />
            <source>stage change</source>
            <translation>Phasenwechsel</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/snapshot.py" line="168" />
            <source>check-in</source>
            <translation>Check-in</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/snapshot.py" line="169" />
            <source>dismissed suggestion</source>
            <translation>ausgeblendeter Vorschlag</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/snapshot.py" line="170" />
            <source>person</source>
            <translation>Person</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/snapshot.py" line="171" />
            <source>one of your people</source>
            <translation>eine Ihrer Personen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/snapshot.py" line="172" />
            <source>person who took part</source>
            <translation>beteiligte Person</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/snapshot.py" line="173" />
            <source>one of yours who took part</source>
            <translation>beteiligte Person Ihrerseits</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/snapshot.py" line="184" />
            <source>{record} #{number}</source>
            <translation>{record} Nr. {number}</translation>
        </message>
    </context>
    <context>
        <name>TrashDialogText</name>
        <message>
            <location filename="../../src/rapport/ui/dialogs/trash_dialog.py" line="25" />
            <location filename="../../src/rapport/ui/dialogs/trash_dialog.py" line="56" />
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/trash_dialog.py" line="26" />
            <source>Entry</source>
            <translation>Eintrag</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/trash_dialog.py" line="27" />
            <source>Stage change</source>
            <translation>Phasenwechsel</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/trash_dialog.py" line="47" />
            <source>Trash</source>
            <translation>Papierkorb</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/trash_dialog.py" line="52" />
            <source>Deleted items</source>
            <translation>Gelöschte Elemente</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/trash_dialog.py" line="55" />
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/trash_dialog.py" line="57" />
            <source>Kind</source>
            <translation>Art</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/trash_dialog.py" line="58" />
            <source>Deleted</source>
            <translation>Gelöscht</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/trash_dialog.py" line="62" />
            <source>The trash is empty.</source>
            <translation>Der Papierkorb ist leer.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/trash_dialog.py" line="64" />
            <source>Only the journal's owner can empty the trash.</source>
            <translation>Nur der Eigentümer des Journals kann den Papierkorb leeren.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/trash_dialog.py" line="70" />
            <source>&amp;Restore</source>
            <translation>&amp;Wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/trash_dialog.py" line="72" />
            <source>Restore the selected item</source>
            <translation>Das gewählte Element wiederherstellen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/trash_dialog.py" line="74" />
            <source>&amp;Empty trash…</source>
            <translation>Papierkorb &amp;leeren…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/trash_dialog.py" line="76" />
            <source>Empty the trash for good</source>
            <translation>Papierkorb endgültig leeren</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/dialogs/trash_dialog.py" line="85" />
            <source>Deleted customers, entries and stage changes stay here until you empty the trash.</source>
            <translation>Gelöschte Kunden, Einträge und Phasenwechsel bleiben hier, bis Sie den Papierkorb leeren.</translation>
        </message>
    </context>
    <context>
        <name>TrayText</name>
        <message>
            <location filename="../../src/rapport/ui/tray.py" line="63" />
            <source>&amp;Open Rapport</source>
            <translation>Rapport ö&amp;ffnen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/tray.py" line="65" />
            <source>&amp;New entry…</source>
            <translation>&amp;Neuer Eintrag…</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/tray.py" line="66" />
            <source>&amp;Today</source>
            <translation>&amp;Heute</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/tray.py" line="68" />
            <source>&amp;Quit Rapport</source>
            <translation>Rapport &amp;beenden</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/tray.py" line="158" />
            <source>Keep Rapport running?</source>
            <translation>Rapport weiterlaufen lassen?</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/tray.py" line="160" />
            <source>Rapport can keep running in the tray when its window is closed, so it can remind you of follow-ups and check-ins that fall due.</source>
            <translation>Rapport kann nach dem Schließen des Fensters im Infobereich weiterlaufen und Sie so an fällige Wiedervorlagen und Check-ins erinnern.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/tray.py" line="163" />
            <source>You can change this in Settings → Reminders.</source>
            <translation>Sie können dies unter Einstellungen → Erinnerungen ändern.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/tray.py" line="164" />
            <source>Keep running in the tray</source>
            <translation>Im Infobereich weiterlaufen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/tray.py" line="165" />
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
    </context>
    <context>
        <name>UiDraftsText</name>
        <message>
            <location filename="../../src/rapport/ui/drafts.py" line="85" />
            <source>Your draft could not be kept safe</source>
            <translation>Ihr Entwurf konnte nicht gesichert werden</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/drafts.py" line="87" />
            <source>Rapport could not save a copy of what you are typing ({reason}).</source>
            <translation>Rapport konnte keine Kopie Ihrer Eingabe speichern ({reason}).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/drafts.py" line="90" />
            <source>Your text is still here. Save the entry when you can, or free some disk space.</source>
            <translation>Ihr Text ist noch da. Speichern Sie den Eintrag, sobald Sie können, oder schaffen Sie Platz auf dem Datenträger.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/drafts.py" line="124" />
            <source>Unsaved entries from last time</source>
            <translation>Ungespeicherte Einträge vom letzten Mal</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/ui/drafts.py" line="126" />
            <source>Rapport closed while you were writing %n entr(y|ies). They were kept.</source>
            <translation>
                <numerusform>Rapport wurde beendet, während Sie %n Eintrag geschrieben haben. Er wurde aufbewahrt.</numerusform>
                <numerusform>Rapport wurde beendet, während Sie %n Einträge geschrieben haben. Sie wurden aufbewahrt.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/drafts.py" line="129" />
            <source>Open them one after another to finish and save them (or discard them)?</source>
            <translation>Nacheinander öffnen, um sie fertigzustellen und zu speichern (oder zu verwerfen)?</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/drafts.py" line="131" />
            <source>Open them</source>
            <translation>Alle öffnen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/drafts.py" line="133" />
            <source>An unsaved entry from last time</source>
            <translation>Ein ungespeicherter Eintrag vom letzten Mal</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/drafts.py" line="134" />
            <source>Rapport closed while you were writing an entry. It was kept.</source>
            <translation>Rapport wurde beendet, während Sie einen Eintrag geschrieben haben. Er wurde aufbewahrt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/drafts.py" line="135" />
            <source>Open it to finish and save it (or discard it)?</source>
            <translation>Öffnen, um ihn fertigzustellen und zu speichern (oder zu verwerfen)?</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/drafts.py" line="136" />
            <source>Open</source>
            <translation>Öffnen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/drafts.py" line="137" />
            <source>Later</source>
            <translation>Später</translation>
        </message>
    </context>
    <context>
        <name>UiTransferText</name>
        <message>
            <location filename="../../src/rapport/ui/transfer.py" line="44" />
            <source>Contacts</source>
            <translation>Kontakte</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/transfer.py" line="45" />
            <source>CSV files</source>
            <translation>CSV-Dateien</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/transfer.py" line="46" />
            <source>vCard files</source>
            <translation>vCard-Dateien</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/transfer.py" line="47" />
            <source>Rapport JSON exports</source>
            <translation>Rapport-JSON-Exporte</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/transfer.py" line="48" />
            <source>All files</source>
            <translation>Alle Dateien</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/transfer.py" line="94" />
            <location filename="../../src/rapport/ui/transfer.py" line="122" />
            <source>Import customers</source>
            <translation>Kunden importieren</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/transfer.py" line="123" />
            <source>Reading {file}…</source>
            <translation>{file} wird gelesen …</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/transfer.py" line="192" />
            <source>Exported {what} to {file}, sealed with a passphrase.</source>
            <translation>{what} nach {file} exportiert, mit einer Passphrase verschlüsselt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/transfer.py" line="202" />
            <source>Writing the export…</source>
            <translation>Der Export wird geschrieben …</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/transfer.py" line="196" />
            <location filename="../../src/rapport/ui/transfer.py" line="202" />
            <location filename="../../src/rapport/ui/transfer.py" line="212" />
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/transfer.py" line="190" />
            <source>Exported {what} to {file}.</source>
            <translation>{what} nach {file} exportiert.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/transfer.py" line="209" />
            <source>{name}-entries</source>
            <translation>{name}-Einträge</translation>
        </message>
    </context>
    <context>
        <name>UndoGuardText</name>
        <message>
            <location filename="../../src/rapport/store/undo_guard.py" line="48" />
            <source>{login} changed it after you, at {time}.</source>
            <translation>{login} hat es nach Ihnen geändert, um {time}.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/undo_guard.py" line="53" />
            <source>It was changed again after you, at {time} (by a colleague, or in another window).</source>
            <translation>Es wurde nach Ihnen erneut geändert, um {time} (von einem Kollegen oder in einem anderen Fenster).</translation>
        </message>
        <message>
            <location filename="../../src/rapport/store/undo_guard.py" line="57" />
            <source>Going ahead would overwrite that change; nothing has been changed yet.</source>
            <translation>Wenn Sie fortfahren, wird diese Änderung überschrieben; bisher wurde nichts geändert.</translation>
        </message>
    </context>
    <context>
        <name>UndoNoticeText</name>
        <message>
            <location filename="../../src/rapport/ui/undo_notice.py" line="37" />
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/undo_notice.py" line="59" />
            <source>Undo: {what}</source>
            <translation>Rückgängig: {what}</translation>
        </message>
    </context>
    <context>
        <name>UndoText</name>
        <message>
            <location filename="../../src/rapport/ui/undo.py" line="45" />
            <location filename="../../src/rapport/ui/undo.py" line="81" />
            <location filename="../../src/rapport/ui/undo.py" line="123" />
            <source>Redo {what}</source>
            <translation>Wiederholen: {what}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/undo.py" line="49" />
            <location filename="../../src/rapport/ui/undo.py" line="88" />
            <location filename="../../src/rapport/ui/undo.py" line="127" />
            <source>Undo {what}</source>
            <translation>Rückgängig: {what}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/undo.py" line="123" />
            <source>Redo anyway</source>
            <translation>Trotzdem wiederholen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/undo.py" line="127" />
            <source>Undo anyway</source>
            <translation>Trotzdem rückgängig machen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/undo.py" line="142" />
            <source>Keep their change</source>
            <translation>Die spätere Änderung behalten</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/undo.py" line="184" />
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/undo.py" line="185" />
            <source>&amp;Undo {what}</source>
            <translation>&amp;Rückgängig: {what}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/undo.py" line="191" />
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/undo.py" line="192" />
            <source>&amp;Redo {what}</source>
            <translation>&amp;Wiederholen: {what}</translation>
        </message>
    </context>
    <context>
        <name>UnlockRecoveryText</name>
        <message>
            <location filename="../../src/rapport/ui/unlock_recovery.py" line="41" />
            <source>Use the recovery key</source>
            <translation>Wiederherstellungsschlüssel verwenden</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/unlock_recovery.py" line="46" />
            <source>Type the recovery key of “{name}” as it was printed or saved, then choose a new passphrase: the old one will no longer open the journal.</source>
            <translation>Geben Sie den Wiederherstellungsschlüssel von „{name}“ so ein, wie er gedruckt oder gespeichert wurde, und wählen Sie dann eine neue Passphrase: Die alte öffnet das Journal danach nicht mehr.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/unlock_recovery.py" line="56" />
            <source>Recovery &amp;key:</source>
            <translation>Wiederherstellungs&amp;schlüssel:</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/unlock_recovery.py" line="57" />
            <source>&amp;New passphrase:</source>
            <translation>&amp;Neue Passphrase:</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/unlock_recovery.py" line="58" />
            <source>&amp;Repeat it:</source>
            <translation>&amp;Wiederholen:</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/unlock_recovery.py" line="65" />
            <source>&amp;Open and set passphrase</source>
            <translation>Ö&amp;ffnen und Passphrase festlegen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/unlock_recovery.py" line="88" />
            <source>Type the recovery key first.</source>
            <translation>Geben Sie zuerst den Wiederherstellungsschlüssel ein.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/unlock_recovery.py" line="91" />
            <source>Choose a new passphrase of at least {n} characters.</source>
            <translation>Wählen Sie eine neue Passphrase mit mindestens {n} Zeichen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/unlock_recovery.py" line="97" />
            <source>The two new passphrases differ. Type them again.</source>
            <translation>Die beiden neuen Passphrasen stimmen nicht überein. Geben Sie sie erneut ein.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/unlock_recovery.py" line="112" />
            <source>The new passphrase could not be saved ({reason}). Nothing was changed.</source>
            <translation>Die neue Passphrase konnte nicht gespeichert werden ({reason}). Es wurde nichts geändert.</translation>
        </message>
    </context>
    <context>
        <name>VcardImportText</name>
        <message>
            <location filename="../../src/rapport/transfer/vcard_import.py" line="80" />
            <source>text outside any card (is a BEGIN:VCARD line missing?)</source>
            <translation>Text außerhalb jeder Karte (fehlt eine Zeile BEGIN:VCARD?)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/vcard_import.py" line="82" />
            <location filename="../../src/rapport/transfer/vcard_import.py" line="136" />
            <source>line {line}</source>
            <translation>Zeile {line}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/vcard_import.py" line="94" />
            <source>the card has no END:VCARD line (the file may be cut short)</source>
            <translation>die Karte hat keine Zeile END:VCARD (die Datei ist vielleicht abgeschnitten)</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/vcard_import.py" line="103" />
            <source>it holds a NUL character, a sign of a damaged or binary file</source>
            <translation>sie enthält ein NUL-Zeichen, ein Hinweis auf eine beschädigte oder binäre Datei</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/vcard_import.py" line="131" />
            <source>Rapport could not read this line; it is kept in “About”</source>
            <translation>Rapport konnte diese Zeile nicht lesen; sie wird im „Hintergrund“ aufbewahrt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/vcard_import.py" line="134" />
            <source>Rapport could not read this line (is its colon missing?); it is kept in “About”</source>
            <translation>Rapport konnte diese Zeile nicht lesen (fehlt ihr Doppelpunkt?); sie wird im „Hintergrund“ aufbewahrt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/transfer/vcard_import.py" line="125" />
            <source>card at line {line}</source>
            <translation>Karte in Zeile {line}</translation>
        </message>
    </context>
    <context>
        <name>WordingText</name>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/wording.py" line="54" />
            <location filename="../../src/rapport/domain/wording.py" line="58" />
            <source>in the last %n month(s)</source>
            <translation>
                <numerusform>im letzten Monat</numerusform>
                <numerusform>in den letzten %n Monaten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/wording.py" line="56" />
            <source>in the last %n year(s)</source>
            <translation>
                <numerusform>im letzten Jahr</numerusform>
                <numerusform>in den letzten %n Jahren</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/rapport/domain/wording.py" line="59" />
            <source>in the last %n day(s)</source>
            <translation>
                <numerusform>innerhalb des letzten Tages</numerusform>
                <numerusform>in den letzten %n Tagen</numerusform>
            </translation>
        </message>
    </context>
</TS>
