<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AppText</name>
        <message>
            <location filename="../../src/rapport/app.py" line="144" />
            <source>The backup was not restored</source>
            <translation>Die Sicherung wurde nicht wiederhergestellt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="149" />
            <source>Backup restored</source>
            <translation>Sicherung wiederhergestellt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="150" />
            <source>The journal is back to how it was in the backup.</source>
            <translation>Das Journal ist wieder so, wie es in der Sicherung war.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="151" />
            <source>The journal as it was just before is kept as a backup: {name}</source>
            <translation>Das Journal, wie es gerade eben war, ist als Sicherung aufbewahrt: {name}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="225" />
            <source>The journal is already open</source>
            <translation>Das Journal ist bereits geöffnet</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="227" />
            <source>“{name}” is open in another Rapport window, which was brought forward.</source>
            <translation>„{name}“ ist in einem anderen Rapport-Fenster geöffnet; dieses wurde nach vorn geholt.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="246" />
            <source>Rapport could not open the journal</source>
            <translation>Rapport konnte das Journal nicht öffnen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="269" />
            <source>The demo journal could not be written</source>
            <translation>Das Demo-Journal konnte nicht geschrieben werden</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="280" />
            <source>Welcome to {app}</source>
            <translation>Willkommen bei {app}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="282" />
            <source>Rapport keeps a journal of your customer relationships: what happened after each meeting, where each relationship stands, and what to follow up.</source>
            <translation>Rapport führt ein Journal Ihrer Kundenbeziehungen: was nach jedem Treffen geschah, wo jede Beziehung steht und was als Nächstes ansteht.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="286" />
            <source>Start with an empty journal, or look around a demo journal of a small coffee roastery first? You can open either later from the File menu.</source>
            <translation>Mit einem leeren Journal beginnen oder sich zuerst im Demo-Journal einer kleinen Kaffeerösterei umsehen? Beides können Sie später im Menü „Datei“ öffnen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="289" />
            <source>Start my journal</source>
            <translation>Mein Journal beginnen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="290" />
            <source>Open the demo</source>
            <translation>Demo öffnen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="301" />
            <source>Details were written to {path}. If it happens again, please send that file to support.</source>
            <translation>Einzelheiten stehen in {path}. Wenn es wieder passiert, schicken Sie diese Datei bitte an den Support.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="308" />
            <source>Something went wrong</source>
            <translation>Etwas ist schiefgegangen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="309" />
            <source>Rapport ran into an unexpected problem. Your saved entries are safe.</source>
            <translation>Rapport ist auf ein unerwartetes Problem gestoßen. Ihre gespeicherten Einträge sind sicher.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="354" />
            <source>The journal is in use</source>
            <translation>Das Journal wird gerade verwendet</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="355" />
            <source>Another program is using “{path}” and did not answer.</source>
            <translation>Ein anderes Programm verwendet „{path}“ und hat nicht geantwortet.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="358" />
            <source>Close it (or wait until it finishes), then start Rapport again.</source>
            <translation>Schließen Sie es (oder warten Sie, bis es fertig ist), und starten Sie Rapport dann erneut.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="366" />
            <source>Open a journal</source>
            <translation>Journal öffnen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/app.py" line="368" />
            <source>Rapport journals (*.rapport);;All files (*)</source>
            <translation>Rapport-Journale (*.rapport);;Alle Dateien (*)</translation>
        </message>
    </context>
    <context>
        <name>AppearancePageText</name>
        <message>
            <location filename="../../src/rapport/ui/settings/appearance_page.py" line="17" />
            <source>Follow the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/appearance_page.py" line="18" />
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/appearance_page.py" line="19" />
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/appearance_page.py" line="22" />
            <location filename="../../src/rapport/ui/settings/appearance_page.py" line="52" />
            <source>As the computer's region says</source>
            <translation>Wie in der Region des Computers</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/appearance_page.py" line="23" />
            <source>Monday</source>
            <translation>Montag</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/appearance_page.py" line="24" />
            <source>Saturday</source>
            <translation>Samstag</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/appearance_page.py" line="25" />
            <source>Sunday</source>
            <translation>Sonntag</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/appearance_page.py" line="34" />
            <source>Appearance</source>
            <translation>Darstellung</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/appearance_page.py" line="37" />
            <source>Theme</source>
            <translation>Farbschema</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/appearance_page.py" line="39" />
            <source>Follow the system's light or dark setting, or choose</source>
            <translation>Der hellen oder dunklen Einstellung des Systems folgen oder selbst wählen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/appearance_page.py" line="45" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/appearance_page.py" line="48" />
            <source>The language of menus, screens and printouts, and how dates and numbers read</source>
            <translation>Die Sprache der Menüs, Ansichten und Ausdrucke und die Schreibweise von Datum und Zahlen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/appearance_page.py" line="58" />
            <source>First day of the week</source>
            <translation>Erster Tag der Woche</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/appearance_page.py" line="60" />
            <source>The first column of every calendar</source>
            <translation>Die erste Spalte jedes Kalenders</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/appearance_page.py" line="71" />
            <source>“Follow the system” switches between light and dark when your computer does. Charts and icons follow the theme.</source>
            <translation>„Wie das System“ wechselt zwischen hell und dunkel, wenn Ihr Computer es tut. Diagramme und Symbole folgen dem Farbschema.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/appearance_page.py" line="78" />
            <source>A new language applies when you save: the main window is built again in it. Your journal's contents stay as you wrote them.</source>
            <translation>Eine neue Sprache gilt, sobald Sie speichern: Das Hauptfenster wird darin neu aufgebaut. Die Inhalte Ihres Journals bleiben, wie Sie sie geschrieben haben.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/appearance_page.py" line="84" />
            <source>&amp;Theme</source>
            <translation>&amp;Farbschema</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/appearance_page.py" line="86" />
            <source>&amp;Language</source>
            <translation>&amp;Sprache</translation>
        </message>
        <message>
            <location filename="../../src/rapport/ui/settings/appearance_page.py" line="88" />
            <source>&amp;Week starts on</source>
            <translation>&amp;Woche beginnt am</translation>
        </message>
    </context>
    <context>
        <name>Limits</name>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="152" />
            <source>Automatic backups</source>
            <translation>Automatische Sicherungen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="153" />
            <source>The newest backups kept</source>
            <translation>Aufbewahrte neueste Sicherungen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="154" />
            <source>Daily backups kept</source>
            <translation>Aufbewahrte tägliche Sicherungen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="155" />
            <source>Weekly backups kept</source>
            <translation>Aufbewahrte wöchentliche Sicherungen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="156" />
            <source>Monthly backups kept</source>
            <translation>Aufbewahrte monatliche Sicherungen</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="160" />
            <source>The check-in interval</source>
            <translation>Das Check-in-Intervall</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="165" />
            <source>The grace before “overdue”</source>
            <translation>Die Schonfrist vor „überfällig“</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="170" />
            <source>The time in Conflict before it counts as unresolved</source>
            <translation>Die Zeit im Konflikt, bevor er als ungelöst gilt</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="175" />
            <source>The “warm but thin” window</source>
            <translation>Der Zeitraum für „warm, aber dünn“</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="180" />
            <source>The warm entries for “warm but thin”</source>
            <translation>Die warmen Einträge für „warm, aber dünn“</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="185" />
            <source>The health below which a big deal is at risk</source>
            <translation>Die Gesundheit, unter der ein großer Auftrag gefährdet ist</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="190" />
            <source>The favours given for “one-way street”</source>
            <translation>Die erwiesenen Gefallen für „Einbahnstraße“</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="196" />
            <source>The {level} cadence</source>
            <translation>Der Kontaktrhythmus für {level}</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="204" />
            <source>The cap in {stage}</source>
            <translation>Die Obergrenze in {stage}</translation>
        </message>
    </context>
    <context>
        <name>SettingsModelText</name>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="313" />
            <source>Choose a full path for the backup folder.</source>
            <translation>Wählen Sie einen vollständigen Pfad für den Sicherungsordner.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="320" />
            <source>The backup folder “{folder}” does not exist.</source>
            <translation>Der Sicherungsordner „{folder}“ existiert nicht.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="329" />
            <source>Rapport may not write in the folder “{folder}”.</source>
            <translation>Rapport darf nicht in den Ordner „{folder}“ schreiben.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="341" />
            <source>The health below which a big deal is at risk ({weak}) must not be above “strong” ({strong}).</source>
            <translation>Die Gesundheit, unter der ein großer Auftrag gefährdet ist ({weak}), darf nicht über „stark“ ({strong}) liegen.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="352" />
            <source>{what} must be from {low} to {high} minutes; it is {value}.</source>
            <translation>{what}: erlaubt sind {low} bis {high} Minuten, eingetragen ist {value}.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="354" />
            <source>{what} must be from {low} to {high}; it is {value}.</source>
            <translation>{what}: erlaubt sind {low} bis {high}, eingetragen ist {value}.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="356" />
            <source>{what} must be from {low} to {high} points; it is {value}.</source>
            <translation>{what}: erlaubt sind {low} bis {high} Punkte, eingetragen ist {value}.</translation>
        </message>
        <message>
            <location filename="../../src/rapport/settings_model.py" line="358" />
            <source>{what} must be from {low} to {high} days; it is {value}.</source>
            <translation>{what}: erlaubt sind {low} bis {high} Tage, eingetragen ist {value}.</translation>
        </message>
    </context>
</TS>
