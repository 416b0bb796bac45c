<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../ui/editor/amend_dialog.py" line="+19"/>
        <source>Amend the finalised meeting</source>
        <translation>Abgeschlossenes Treffen ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why does this meeting need changing? The reason is kept with the amendment, and the finalised version stays readable in its history.</source>
        <translation>Warum muss dieses Treffen geändert werden? Der Grund wird mit der Änderung gespeichert, und die abgeschlossene Fassung bleibt im Verlauf lesbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start amending</source>
        <translation>Änderung beginnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who is amending</source>
        <translation>Wer ändert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Who is amending</source>
        <translation>&amp;Wer ändert</translation>
    </message>
</context>
<context>
    <name>AnswerDelegate</name>
    <message>
        <location filename="../ui/supervision/review_words.py" line="+32"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../ui/editor/models/attendance.py" line="+38"/>
        <source>Network member</source>
        <translation>Mitglied des Netzwerks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited, not there</source>
        <translation>Eingeladen, nicht da</translation>
    </message>
    <message>
        <location line="+33"/>
        <source> — expected: did they come?</source>
        <translation> — erwartet: ist die Person gekommen?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../ui/dialogs/vault_copies.py" line="+111"/>
        <source>Back up {name} — OD Notes</source>
        <translation>{name} sichern — OD Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup is an encrypted copy of the whole vault in one file. It is checked before it is kept, opens with the same passphrase, and never replaces a file. Keep it on a USB stick or another disk, away from this laptop.</source>
        <translation>Eine Sicherung ist eine verschlüsselte Kopie des ganzen Tresors in einer Datei. Sie wird geprüft, bevor sie gespeichert wird, öffnet sich mit derselben Passphrase und ersetzt nie eine vorhandene Datei. Bewahren Sie sie auf einem USB-Stick oder einem anderen Datenträger auf, getrennt von diesem Laptop.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} backup {today}.odvault</source>
        <translation>{name} Sicherung {today}.odvault</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the backup</source>
        <translation>Wählen Sie, wo die Sicherung gespeichert wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Write backup</source>
        <translation>Sicherung &amp;schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the backup</source>
        <translation>Sicherung schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as:</source>
        <translation>Speichern &amp;als:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the backup as</source>
        <translation>Sicherung speichern als</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please choose where to save the backup.</source>
        <translation>Bitte wählen Sie, wo die Sicherung gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is the vault itself; choose a new file for the backup.</source>
        <translation>Das ist der Tresor selbst; wählen Sie eine neue Datei für die Sicherung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the backup and checking every record…</source>
        <translation>Die Sicherung wird geschrieben und jede Aufzeichnung geprüft…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup written to {path} and verified.</source>
        <translation>Sicherung nach {path} geschrieben und geprüft.</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../ui/dialogs/busy.py" line="+21"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../ui/dialogs/change_passphrase.py" line="+36"/>
        <source>Change the passphrase of {name} — OD Notes</source>
        <translation>Passphrase von {name} ändern — OD Notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the passphrase the vault has now, then the new one twice. The records are not touched, and the recovery key keeps working.</source>
        <translation>Geben Sie die jetzige Passphrase des Tresors ein, dann zweimal die neue. Die Aufzeichnungen bleiben unverändert, und der Wiederherstellungsschlüssel funktioniert weiter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Current passphrase</source>
        <translation>Aktuelle Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change passphrase</source>
        <translation>Passphrase ä&amp;ndern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the passphrase</source>
        <translation>Passphrase ändern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Aktuelle Passphrase:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;The new passphrase&lt;/b&gt;</source>
        <translation>&lt;b&gt;Die neue Passphrase&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Please type the passphrase the vault has now.</source>
        <translation>Bitte geben Sie die jetzige Passphrase des Tresors ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Die neue Passphrase ist dieselbe wie die aktuelle.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the current passphrase and setting the new one…</source>
        <translation>Die aktuelle Passphrase wird geprüft und die neue gesetzt…</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../ui/editor/models/checklist.py" line="+71"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>ColleaguesDialog</name>
    <message>
        <location filename="../ui/sharing/colleagues_dialog.py" line="+62"/>
        <source>Colleagues</source>
        <translation>Kolleginnen und Kollegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are</source>
        <translation>Sie sind</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pair with the colleagues you facilitate with, then share a network with them from its page. Each of you saves your own card and gives it to the other (on a USB stick, by e-mail: the card holds no secret), then you compare the safety number together.</source>
        <translation>Koppeln Sie sich mit den Kolleginnen und Kollegen, mit denen Sie Treffen begleiten, und teilen Sie dann ein Netzwerk auf dessen Seite. Jede Seite gibt der anderen ihre eigene Karte (per USB-Stick oder E-Mail: Sie enthält kein Geheimnis); dann vergleichen Sie gemeinsam die Sicherheitsnummer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save my card…</source>
        <translation>&amp;Karte speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my practitioner card</source>
        <translation>Meine Fachkraft-Karte speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add a colleague&apos;s card…</source>
        <translation>Karte &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a colleague&apos;s practitioner card</source>
        <translation>Die Fachkraft-Karte einer Kollegin oder eines Kollegen hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paired colleagues</source>
        <translation>Gekoppelte Kolleginnen und Kollegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen colleague</source>
        <translation>Die gewählte Kollegin oder den gewählten Kollegen entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;You are:</source>
        <translation>&amp;Sie sind:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paired colleagues:</source>
        <translation>Gekoppelt:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>OD Notes practitioner card (*.odcard)</source>
        <translation>OD-Notes-Fachkraft-Karte (*.odcard)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add yourself to a network&apos;s people (as a practitioner) first.</source>
        <translation>Fügen Sie sich zuerst als Fachkraft zu den Personen eines Netzwerks hinzu.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save my card</source>
        <translation>Meine Karte speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your card is saved as {name}. Give it to your colleague.</source>
        <translation>Ihre Karte ist als {name} gespeichert. Geben Sie sie Ihrer Kollegin oder Ihrem Kollegen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a colleague&apos;s card</source>
        <translation>Karte einer Kollegin oder eines Kollegen hinzufügen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not paired with {name}. A different number means this card may not be theirs: ask them to save it again and hand it to you themselves.</source>
        <translation>Nicht mit {name} gekoppelt. Eine abweichende Nummer bedeutet, dass diese Karte vielleicht nicht von dieser Person stammt: Bitten Sie sie, die Karte erneut zu speichern und sie Ihnen selbst zu geben.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paired with {name}. Share a network with them from its page.</source>
        <translation>Mit {name} gekoppelt. Teilen Sie ein Netzwerk auf seiner Seite mit dieser Person.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove colleague</source>
        <translation>Kolleg/in entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop exchanging with {name}? Nothing more is sent to them or taken from them; what they already wrote stays in your records.</source>
        <translation>Den Austausch mit {name} beenden? Es wird nichts mehr an diese Person gesendet oder von ihr übernommen; was sie schon geschrieben hat, bleibt in Ihren Einträgen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} was removed.</source>
        <translation>{name} wurde entfernt.</translation>
    </message>
</context>
<context>
    <name>ColleaguesModel</name>
    <message>
        <location filename="../ui/sharing/models.py" line="+24"/>
        <source>Colleague</source>
        <translation>Kolleg/in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <location filename="../ui/sharing/banner.py" line="+47"/>
        <source>Changed on both laptops</source>
        <translation>Auf beiden Laptops geändert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare and &amp;choose…</source>
        <translation>&amp;Vergleichen und wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare both versions and choose</source>
        <translation>Beide Fassungen vergleichen und wählen</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>&lt;b&gt;Changed on both laptops:&lt;/b&gt; %n part(s) of this meeting differ between you and a colleague. Nothing was chosen for you.</source>
        <translation>
            <numerusform>&lt;b&gt;Auf beiden Laptops geändert:&lt;/b&gt; %n Teil dieses Treffens unterscheidet sich zwischen Ihnen und einer Kollegin oder einem Kollegen. Es wurde nichts für Sie gewählt.</numerusform>
            <numerusform>&lt;b&gt;Auf beiden Laptops geändert:&lt;/b&gt; %n Teile dieses Treffens unterscheiden sich zwischen Ihnen und einer Kollegin oder einem Kollegen. Es wurde nichts für Sie gewählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>&lt;b&gt;Changed on both laptops:&lt;/b&gt; %n part(s) of this network or its people differ between you and a colleague. Nothing was chosen for you.</source>
        <translation>
            <numerusform>&lt;b&gt;Auf beiden Laptops geändert:&lt;/b&gt; %n Teil dieses Netzwerks oder seiner Personen unterscheidet sich zwischen Ihnen und einer Kollegin oder einem Kollegen. Es wurde nichts für Sie gewählt.</numerusform>
            <numerusform>&lt;b&gt;Auf beiden Laptops geändert:&lt;/b&gt; %n Teile dieses Netzwerks oder seiner Personen unterscheiden sich zwischen Ihnen und einer Kollegin oder einem Kollegen. Es wurde nichts für Sie gewählt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictChoice</name>
    <message>
        <location filename="../ui/sharing/conflict_dialog.py" line="+64"/>
        <source>Keep {writer}’s version ({saved_at})</source>
        <translation>Fassung: {writer} ({saved_at})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{writer}’s version</source>
        <translation>Fassung: {writer}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep a combined text:</source>
        <translation>Einen zusammengeführten Text behalten:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Combined text</source>
        <translation>Zusammengeführter Text</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location line="+35"/>
        <source>Changed on both laptops</source>
        <translation>Auf beiden Laptops geändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You and a colleague changed the same thing on your own laptops before they exchanged. Choose which version to keep, or write one text from both. Both versions stay in the history. What you leave unchosen stays open.</source>
        <translation>Sie und eine Kollegin oder ein Kollege haben dasselbe auf Ihren eigenen Laptops geändert, bevor diese sich ausgetauscht haben. Wählen Sie, welche Fassung bleibt, oder schreiben Sie aus beiden einen Text. Beide Fassungen bleiben im Verlauf. Was Sie nicht wählen, bleibt offen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save my choices</source>
        <translation>Meine Auswahl &amp;speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save my choices</source>
        <translation>Meine Auswahl speichern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a version for at least one of them first.</source>
        <translation>Wählen Sie zuerst für mindestens einen Teil eine Fassung.</translation>
    </message>
</context>
<context>
    <name>CorrectionBox</name>
    <message>
        <location filename="../ui/editor/sections/corrections.py" line="+43"/>
        <source>{name}&apos;s correction</source>
        <translation>Korrektur von {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What {name} said was wrong or missing, in their words</source>
        <translation>Was laut {name} nicht stimmte oder fehlte, in eigenen Worten</translation>
    </message>
</context>
<context>
    <name>CorrectionsSection</name>
    <message>
        <location line="+40"/>
        <source>Corrections to the last summary</source>
        <translation>Korrekturen zur letzten Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrections</source>
        <translation>Korrekturen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything someone said was wrong or missing in the last summary, in their words. It is printed in this meeting&apos;s summary under “Corrections to last time”.</source>
        <translation>Alles, was laut jemandem in der letzten Zusammenfassung nicht stimmte oder fehlte, in eigenen Worten. Es wird in der Zusammenfassung dieses Treffens unter „Korrekturen zum letzten Mal“ gedruckt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is the network&apos;s first meeting: no summary to correct yet.</source>
        <translation>Dies ist das erste Treffen des Netzwerks: Es gibt noch keine Zusammenfassung zu korrigieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tick who was present in section 1 to list their boxes.</source>
        <translation>Haken Sie in Abschnitt 1 an, wer anwesend war, damit ihre Felder hier erscheinen.</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../ui/dialogs/create_vault.py" line="+64"/>
        <source>Create a vault — OD Notes</source>
        <translation>Tresor anlegen — OD Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A vault is one encrypted file holding your networks and meetings. Nobody can read it without the passphrase — or the recovery key you will be shown next.</source>
        <translation>Ein Tresor ist eine verschlüsselte Datei mit Ihren Netzwerken und Treffen. Niemand kann ihn ohne die Passphrase lesen — oder ohne den Wiederherstellungsschlüssel, den Sie gleich sehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vault file</source>
        <translation>Tresordatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>Durch&amp;suchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the vault</source>
        <translation>Wählen Sie, wo der Tresor gespeichert wird</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create vault</source>
        <translation>Tresor &amp;anlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create vault</source>
        <translation>Tresor anlegen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>That folder does not exist. Choose one with Browse…</source>
        <translation>Diesen Ordner gibt es nicht. Wählen Sie einen über Durchsuchen…</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the vault as</source>
        <translation>Tresor speichern als</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Please choose where to save the vault.</source>
        <translation>Bitte wählen Sie, wo der Tresor gespeichert werden soll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} already exists there; choose another name.</source>
        <translation>{name} gibt es dort schon; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Creating the vault and deriving its key…</source>
        <translation>Der Tresor wird angelegt und sein Schlüssel abgeleitet…</translation>
    </message>
</context>
<context>
    <name>DamagedVaultDialog</name>
    <message>
        <location filename="../ui/dialogs/damaged.py" line="+33"/>
        <source>{name}: some records could not be read — OD Notes</source>
        <translation>{name}: Einige Aufzeichnungen konnten nicht gelesen werden — OD Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OD Notes found damage in this vault. Everything listed below was left out; everything else is open and usable as normal. Restoring your latest backup (with the command line: odnotes restore) may bring the damaged records back.</source>
        <translation>OD Notes hat in diesem Tresor Schäden gefunden. Alles unten Aufgeführte wurde ausgelassen; alles andere ist geöffnet und wie gewohnt nutzbar. Wenn Sie Ihre letzte Sicherung wiederherstellen (über die Kommandozeile: odnotes restore), kommen die beschädigten Aufzeichnungen vielleicht zurück.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Damaged records</source>
        <translation>Beschädigte Aufzeichnungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open the rest</source>
        <translation>&amp;Den Rest öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the rest</source>
        <translation>Den Rest öffnen</translation>
    </message>
</context>
<context>
    <name>DecisionCard</name>
    <message>
        <location filename="../ui/editor/sections/decisions.py" line="+47"/>
        <location line="+25"/>
        <source>Decision {number}</source>
        <translation>Entscheidung {number}</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>decision {number}</source>
        <translation>Entscheidung {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove decision {number}</source>
        <translation>Entscheidung {number} entfernen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What was decided, in plain words</source>
        <translation>Was entschieden wurde, in einfachen Worten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who proposed decision {number}</source>
        <translation>Wer Entscheidung {number} vorgeschlagen hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not noted</source>
        <translation>nicht festgehalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proposed by</source>
        <translation>Vorgeschlagen von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the meeting</source>
        <translation>Im Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the meeting…</source>
        <translation>Außerhalb des Treffens…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {number} taken in the meeting</source>
        <translation>Entscheidung {number} im Treffen getroffen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision {number} taken outside the meeting</source>
        <translation>Entscheidung {number} außerhalb des Treffens getroffen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>   Decided</source>
        <translation>   Entschieden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why decision {number} was taken outside</source>
        <translation>Warum Entscheidung {number} außerhalb getroffen wurde</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Where everyone stands&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wie alle dazu stehen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stances on decision {number}</source>
        <translation>Haltungen zu Entscheidung {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Follow-ups&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nächste Schritte&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-ups of decision {number}</source>
        <translation>Nächste Schritte zu Entscheidung {number}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a follow-up</source>
        <translation>Schritt hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a follow-up to decision {number}</source>
        <translation>Einen Schritt zu Entscheidung {number} hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove follow-up</source>
        <translation>Schritt entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected follow-up of decision {number}</source>
        <translation>Den gewählten Schritt von Entscheidung {number} entfernen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;i&gt;Why outside:&lt;/i&gt; {escape}&lt;br&gt;{escape2}</source>
        <translation>&lt;i&gt;Warum außerhalb:&lt;/i&gt; {escape}&lt;br&gt;{escape2}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>this follow-up</source>
        <translation>diesen Schritt</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <location filename="../ui/models/decisions.py" line="+46"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the meeting</source>
        <translation>im Treffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OUTSIDE the meeting: </source>
        <translation>AUSSERHALB des Treffens: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stances</source>
        <translation>Haltungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{sum} of {len} done</source>
        <translation>{sum} von {len} erledigt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>DecisionsSection</name>
    <message>
        <location filename="../ui/editor/sections/decisions.py" line="+8"/>
        <source>Shared decisions</source>
        <translation>Gemeinsame Entscheidungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement is not assumed: note where each person stands. A decision taken outside the meeting says why.</source>
        <translation>Zustimmung wird nicht vorausgesetzt: Halten Sie fest, wie jede Person dazu steht. Bei einer Entscheidung außerhalb des Treffens steht dabei, warum.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add a &amp;decision</source>
        <translation>&amp;Entscheidung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a decision</source>
        <translation>Entscheidung hinzufügen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this decision</source>
        <translation>diese Entscheidung</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <location filename="../ui/network/continuity_tab.py" line="+113"/>
        <source>Decisions log</source>
        <translation>Entscheidungsverlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-ups</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decisions, oldest first (Enter opens the meeting)</source>
        <translation>Entscheidungen, älteste zuerst (Enter öffnet das Treffen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups, soonest due first</source>
        <translation>Nächste Schritte, die am frühesten fälligen zuerst</translation>
    </message>
</context>
<context>
    <name>DeleteNetworkDialog</name>
    <message>
        <location filename="../ui/network/retention.py" line="+67"/>
        <source>Delete permanently</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This deletes the network of {name} from this vault for good: its people, meetings and reflections, and every earlier version of them. Its key is destroyed and its records are removed from the vault file, so nobody can read them from this vault again, and there is no undo.</source>
        <translation>Damit wird das Netzwerk von {name} endgültig aus diesem Tresor gelöscht: seine Personen, Treffen und Reflexionen und jede frühere Fassung davon. Sein Schlüssel wird vernichtet und seine Aufzeichnungen werden aus der Tresordatei entfernt, sodass niemand sie aus diesem Tresor je wieder lesen kann. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Older backups still contain this network until you delete them. Printed or exported copies are not affected either.</source>
        <translation>Ältere Sicherungen enthalten dieses Netzwerk weiterhin, bis Sie sie löschen. Auch gedruckte oder exportierte Kopien sind nicht betroffen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the network&apos;s name to confirm</source>
        <translation>Zur Bestätigung den Namen des Netzwerks eingeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type “{name}” to &amp;confirm:</source>
        <translation>Zum &amp;Bestätigen „{name}“ eingeben:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete permanently</source>
        <translation>&amp;Endgültig löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the network permanently</source>
        <translation>Das Netzwerk endgültig löschen</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <location filename="../ui/editor/directory.py" line="+52"/>
        <source>someone no longer listed</source>
        <translation>jemand, der nicht mehr aufgeführt ist</translation>
    </message>
</context>
<context>
    <name>EarlierFollowUps</name>
    <message>
        <location filename="../ui/editor/sections/earlier_follow_ups.py" line="+24"/>
        <location line="+11"/>
        <source>Follow-ups from earlier meetings</source>
        <translation>Nächste Schritte aus früheren Treffen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Tick what has been done. The earlier meeting stays as it was; this meeting records the tick.</source>
        <translation>Haken Sie an, was erledigt ist. Das frühere Treffen bleibt, wie es war; dieses Treffen hält den Haken fest.</translation>
    </message>
</context>
<context>
    <name>EarlierFollowUpsModel</name>
    <message>
        <location filename="../ui/editor/models/earlier_follow_ups.py" line="+36"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed at</source>
        <translation>Vereinbart am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done now</source>
        <translation>Jetzt erledigt</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not done</source>
        <translation>nicht erledigt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <location filename="../ui/editor/session.py" line="+130"/>
        <source>Not saved: {error} Your text is still here; trying again shortly.</source>
        <translation>Nicht gespeichert: {error} Ihr Text ist noch da; gleich wird es erneut versucht.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A colleague&apos;s changes to this meeting came in while you were typing. Both are in the meeting now; where you both changed the same thing, choose which to keep.</source>
        <translation>Änderungen einer Kollegin oder eines Kollegen an diesem Treffen kamen herein, während Sie schrieben. Beide stehen jetzt im Treffen; wo Sie beide dasselbe geändert haben, wählen Sie, was bleibt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A colleague&apos;s changes to this meeting came in while you were typing. Both are in the meeting now.</source>
        <translation>Änderungen einer Kollegin oder eines Kollegen an diesem Treffen kamen herein, während Sie schrieben. Beide stehen jetzt im Treffen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amending. Saved {when}</source>
        <translation>Wird geändert. Gespeichert {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalised; read-only. Use Amend to change it</source>
        <translation>Abgeschlossen; nur lesbar. Zum Ändern „Ändern“ verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft. Saved {when}</source>
        <translation>Entwurf. Gespeichert {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, except what is still empty: </source>
        <translation>, außer dem, was noch leer ist: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. It stays here and is saved once it has words.</source>
        <translation>. Es bleibt hier und wird gespeichert, sobald es Text enthält.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The meeting could not be saved, so it was not finalised.</source>
        <translation>Das Treffen konnte nicht gespeichert werden und wurde deshalb nicht abgeschlossen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only a finalised meeting is amended; a draft is just edited.</source>
        <translation>Nur ein abgeschlossenes Treffen wird geändert; ein Entwurf wird einfach bearbeitet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An amendment needs a reason.</source>
        <translation>Eine Änderung braucht einen Grund.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A colleague&apos;s changes to this meeting came in while you were typing. Your text is kept, and theirs joins it when yours is saved.</source>
        <translation>Änderungen einer Kollegin oder eines Kollegen an diesem Treffen kamen herein, während Sie schrieben. Ihr Text bleibt, und die anderen Änderungen kommen dazu, sobald Ihrer gespeichert ist.</translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message>
        <location filename="../ui/editor/finalise_dialog.py" line="+49"/>
        <source>Finalise the meeting</source>
        <translation>Treffen abschließen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Once finalised the meeting is read-only. Later changes are made as amendments, with who and why, and the original stays readable.</source>
        <translation>Nach dem Abschließen ist das Treffen nur noch lesbar. Spätere Änderungen werden mit Person und Grund festgehalten, und die ursprüngliche Fassung bleibt lesbar.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When the meeting started</source>
        <translation>Wann das Treffen begann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting started &amp;at:</source>
        <translation>&amp;Beginn des Treffens:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the date and time: the network&apos;s summary prints them.</source>
        <translation>Prüfen Sie Datum und Uhrzeit: Die Zusammenfassung für das Netzwerk druckt sie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;No facilitating practitioner is ticked in section 1.&lt;/b&gt; Tick who facilitated before finalising.</source>
        <translation>&lt;b&gt;In Abschnitt 1 ist keine begleitende Fachkraft angehakt.&lt;/b&gt; Haken Sie vor dem Abschließen an, wer das Treffen begleitet hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;This meeting had one practitioner.&lt;/b&gt; Open Dialogue asks for two or more; the meeting will show that it had one.</source>
        <translation>&lt;b&gt;Bei diesem Treffen war nur eine Fachkraft dabei.&lt;/b&gt; Der Offene Dialog sieht zwei oder mehr vor; beim Treffen wird vermerkt, dass es nur eine war.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This meeting had one practitioner</source>
        <translation>Bei diesem Treffen war nur eine Fachkraft dabei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{names}: expected, but not marked as present or not there (section 1).</source>
        <translation>{names}: erwartet, aber weder als anwesend noch als nicht da markiert (Abschnitt 1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Still unfinished, so left out if you finalise now: </source>
        <translation>Noch unfertig und deshalb ausgelassen, wenn Sie jetzt abschließen: </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{name} has not signed yet.</source>
        <translation>{name} hat noch nicht unterschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{names} have not signed yet.</source>
        <translation>{names} haben noch nicht unterschrieben.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>{name} signs this meeting</source>
        <translation>{name} unterschreibt dieses Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} signs</source>
        <translation>{name} unterschreibt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signatures so far</source>
        <translation>Bisherige Unterschriften</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who still has to sign</source>
        <translation>Wer noch unterschreiben muss</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalise</source>
        <translation>Abschließen</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{name} signed at {strftime}</source>
        <translation>{name} hat am {strftime} unterschrieben</translation>
    </message>
</context>
<context>
    <name>FollowUpDelegate</name>
    <message>
        <location filename="../ui/editor/models/follow_ups.py" line="+181"/>
        <source>Who does it</source>
        <translation>Wer es tut</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location line="-141"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By when</source>
        <translation>Bis wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>nothing written yet</source>
        <translation>noch nichts geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not done</source>
        <translation>nicht erledigt</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../ui/models/decisions.py" line="+27"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (overdue)</source>
        <translation> (überfällig)</translation>
    </message>
</context>
<context>
    <name>GlanceTab</name>
    <message>
        <location filename="../ui/network/glance_tab.py" line="+26"/>
        <source>&lt;b&gt;Our dialogic practice in this network&lt;/b&gt;</source>
        <translation>&lt;b&gt;Unsere dialogische Praxis in diesem Netzwerk&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continuity indicators and practice</source>
        <translation>Kontinuitätsindikatoren und Praxis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;The network&lt;/b&gt; (line: how close; circle: meetings attended)</source>
        <translation>&lt;b&gt;Das Netzwerk&lt;/b&gt; (Linie: wie nah; Kreis: besuchte Treffen)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../ui/editor/history_dialog.py" line="+66"/>
        <source>Meeting history</source>
        <translation>Verlauf des Treffens</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revisions</source>
        <translation>Fassungen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Compare from revision</source>
        <translation>Vergleichen von Fassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare to revision</source>
        <translation>Vergleichen mit Fassung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To</source>
        <translation>&amp;Mit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Differences, word by word</source>
        <translation>Unterschiede, Wort für Wort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key: </source>
        <translation>Legende: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;nbsp;&amp;nbsp;(struck through: removed; underlined: added)</source>
        <translation>&amp;nbsp;&amp;nbsp;(durchgestrichen: entfernt; unterstrichen: hinzugefügt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legend: struck through removed, underlined added</source>
        <translation>Legende: durchgestrichen entfernt, unterstrichen hinzugefügt</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>These revisions are not of a meeting.</source>
        <translation>Diese Fassungen gehören zu keinem Treffen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first revision, in full:</source>
        <translation>Die erste Fassung, vollständig:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same revision on both sides: shown in full.</source>
        <translation>Auf beiden Seiten dieselbe Fassung: vollständig gezeigt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What changed, word by word:</source>
        <translation>Was sich geändert hat, Wort für Wort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;div style=&quot;white-space: pre-wrap&quot;&gt;{diff_html}&lt;/div&gt;</source>
        <translation>&lt;div style=&quot;white-space: pre-wrap&quot;&gt;{diff_html}&lt;/div&gt;</translation>
    </message>
</context>
<context>
    <name>IndicatorsPanel</name>
    <message>
        <location filename="../ui/continuity/panel.py" line="+77"/>
        <source>Continuity at a glance</source>
        <translation>Kontinuität auf einen Blick</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time from first contact to first meeting</source>
        <translation>Zeit vom Erstkontakt bis zum ersten Treffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings held</source>
        <translation>Stattgefundene Treffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups overdue</source>
        <translation>Überfällige Schritte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First meeting after first contact:</source>
        <translation>Erstes Treffen nach dem Erstkontakt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings held:</source>
        <translation>Stattgefundene Treffen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups overdue:</source>
        <translation>Überfällige Schritte:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practitioner</source>
        <translation>Fachkraft</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Meetings attended</source>
        <translation>Besuchte Treffen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network member</source>
        <translation>Mitglied des Netzwerks</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open uncertainty</source>
        <translation>Offene Frage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Raised</source>
        <translation>Angesprochen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open for</source>
        <translation>Offen seit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was due</source>
        <translation>War fällig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practitioners (continuity)</source>
        <translation>Fachkräfte (Kontinuität)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who came to meetings</source>
        <translation>Wer zu den Treffen kam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open uncertainties</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue follow-ups</source>
        <translation>Überfällige Schritte</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> (the aim is within 24 hours)</source>
        <translation> (Ziel: innerhalb von 24 Stunden)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} of {held}</source>
        <translation>{n} von {held}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(question not written)</source>
        <translation>(Frage nicht aufgeschrieben)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeepUntilDialog</name>
    <message>
        <location filename="../ui/network/retention.py" line="-64"/>
        <source>Keep until</source>
        <translation>Aufbewahren bis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Until when should the record of {name} be kept? On that day it is listed under “Across all networks” as due for deletion. Nothing is deleted until someone deletes it.</source>
        <translation>Bis wann soll die Akte von {name} aufbewahrt werden? An diesem Tag erscheint sie unter „Über alle Netzwerke“ als zur Löschung fällig. Gelöscht wird nichts, bis jemand es löscht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;No end date</source>
        <translation>&amp;Kein Enddatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep with no end date</source>
        <translation>Ohne Enddatum aufbewahren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep until this day</source>
        <translation>Bis zu diesem Tag aufbewahren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep &amp;until:</source>
        <translation>Aufbewahren &amp;bis:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>KeptBackModel</name>
    <message>
        <location filename="../ui/summary/models.py" line="+64"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words</source>
        <translation>Worte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>KeptBackPanel</name>
    <message>
        <location filename="../ui/summary/kept_panel.py" line="+30"/>
        <source>Kept to the team</source>
        <translation>Nur für das Team</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items kept to the team</source>
        <translation>Einträge nur für das Team</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items kept to the team, with their reasons</source>
        <translation>Einträge nur für das Team, mit ihren Gründen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns: kind, words, why</source>
        <translation>Spalten: Art, Worte, Warum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only you see the words and reasons here. The printed summary says how many things were kept back and what kind, never what they say.</source>
        <translation>Nur Sie sehen hier die Worte und Gründe. Die gedruckte Zusammenfassung sagt, wie viele Dinge zurückgehalten wurden und welcher Art, nie, was darin steht.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About items kept to the team</source>
        <translation>Über Einträge nur für das Team</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was kept to the team: everything is in the summary.</source>
        <translation>Nichts wurde nur für das Team behalten: Alles steht in der Zusammenfassung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The summary says so and that anyone can ask about them.</source>
        <translation>Die Zusammenfassung sagt das, und dass alle danach fragen können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The summary does not mention them (the option is off).</source>
        <translation>Die Zusammenfassung erwähnt sie nicht (die Option ist aus).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;b&gt;%n item(s) kept to the team&lt;/b&gt; ({kept_back_kinds}). {printed}</source>
        <translation>
            <numerusform>&lt;b&gt;%n Eintrag nur für das Team&lt;/b&gt; ({kept_back_kinds}). {printed}</numerusform>
            <numerusform>&lt;b&gt;%n Einträge nur für das Team&lt;/b&gt; ({kept_back_kinds}). {printed}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../ui/launcher.py" line="+97"/>
        <source>Opening the demo vault. Everyone in it is fictional.</source>
        <translation>Der Demo-Tresor wird geöffnet. Alle Personen darin sind erfunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo vault — OD Notes</source>
        <translation>Demo-Tresor — OD Notes</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Cannot open the vault — OD Notes</source>
        <translation>Der Tresor kann nicht geöffnet werden — OD Notes</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../ui/lock_screen.py" line="+28"/>
        <source>&lt;h2&gt;Locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Gesperrt&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OD Notes locked this vault to keep it private. Everything was saved; unlock to carry on where you were.</source>
        <translation>OD Notes hat diesen Tresor gesperrt, damit er vertraulich bleibt. Alles wurde gespeichert; entsperren Sie ihn, um dort weiterzumachen, wo Sie waren.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/host.py" line="+57"/>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved — OD Notes</source>
        <translation>Nicht gespeichert — OD Notes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="+140"/>
        <source>{vault} (locked) — OD Notes</source>
        <translation>{vault} (gesperrt) — OD Notes</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+106"/>
        <source>OD Notes</source>
        <translation>OD Notes</translation>
    </message>
</context>
<context>
    <name>MeetingEditor</name>
    <message>
        <location filename="../ui/editor/editor.py" line="+96"/>
        <source>Meeting editor</source>
        <translation>Editor für das Treffen</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meeting title</source>
        <translation>Titel des Treffens</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save now</source>
        <translation>Jetzt speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise…</source>
        <translation>Abschließen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary for the network…</source>
        <translation>Zusammenfassung für das Netzwerk…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clinical record…</source>
        <translation>Patientenakte…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy for the clinical record</source>
        <translation>Für die Patientenakte kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy for the clinical record (Ctrl+Shift+C)</source>
        <translation>Für die Patientenakte kopieren (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amend…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done amending</source>
        <translation>Änderung fertig</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{escape} — amending as {escape2}</source>
        <translation>{escape} — Änderung durch {escape2}</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+11"/>
        <source>Not finalised</source>
        <translation>Nicht abgeschlossen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
</context>
<context>
    <name>MeetingTimeDialog</name>
    <message>
        <location filename="../ui/network/meeting_time_dialog.py" line="+36"/>
        <source>When the meeting started</source>
        <translation>Wann das Treffen begann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting started &amp;at:</source>
        <translation>&amp;Beginn des Treffens:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested: today, at the time agreed at the last meeting.</source>
        <translation>Vorschlag: heute, zu der beim letzten Treffen vereinbarten Uhrzeit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested: on the hour, an hour before now.</source>
        <translation>Vorschlag: zur vollen Stunde, eine Stunde vor jetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network&apos;s summary prints this date and time.</source>
        <translation>Die Zusammenfassung für das Netzwerk druckt dieses Datum und diese Uhrzeit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start writing</source>
        <translation>Mit dem Schreiben beginnen</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../ui/models/meetings.py" line="+50"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Present</source>
        <translation>Anwesend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practitioners</source>
        <translation>Fachkräfte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../ui/network/meetings_tab.py" line="+36"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meetings still in draft</source>
        <translation>Treffen, die noch Entwurf sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New meeting</source>
        <translation>&amp;Neues Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New meeting</source>
        <translation>Neues Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An empty meeting (Ctrl+N)</source>
        <translation>Ein leeres Treffen (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New meeting from the &amp;last one</source>
        <translation>Neues Treffen aus dem &amp;letzten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New meeting from the last one</source>
        <translation>Neues Treffen aus dem letzten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Carries over who was there and the open uncertainties, never the words (Ctrl+Shift+N)</source>
        <translation>Übernimmt, wer da war, und die offenen Fragen, nie den Text (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected meeting</source>
        <translation>Das gewählte Treffen öffnen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No meetings in draft</source>
        <translation>Keine Treffen im Entwurf</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;%n meeting(s) still in draft&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n Treffen noch im Entwurf&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n Treffen noch im Entwurf&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../ui/models/names.py" line="+29"/>
        <source>(removed person)</source>
        <translation>(entfernte Person)</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <location filename="../ui/network/network_dialog.py" line="+44"/>
        <source>What the network is called</source>
        <translation>Wie das Netzwerk heißt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually the name the person chooses</source>
        <translation>Meist der Name, den die Person wählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First contact, date and time</source>
        <translation>Erstkontakt, Datum und Uhrzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First contact:</source>
        <translation>&amp;Erstkontakt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When the first call or request for help came. The first meeting is aimed for within 24 hours of it. You can change this later.</source>
        <translation>Wann der erste Anruf oder die erste Bitte um Hilfe kam. Das erste Treffen soll innerhalb von 24 Stunden danach stattfinden. Sie können das später ändern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What needs changing</source>
        <translation>Was geändert werden muss</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create network</source>
        <translation>Netzwerk anlegen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give the network a name.</source>
        <translation>Geben Sie dem Netzwerk einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first contact cannot be later than now.</source>
        <translation>Der Erstkontakt kann nicht später als jetzt sein.</translation>
    </message>
</context>
<context>
    <name>NetworkMapView</name>
    <message>
        <location filename="../ui/continuity/network_map.py" line="+96"/>
        <location line="+209"/>
        <source>Network map</source>
        <translation>Netzwerkkarte</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>The person at the centre and the network around them; line style shows closeness, circle size shows how many meetings each came to.</source>
        <translation>Die Person im Mittelpunkt und das Netzwerk um sie herum; die Linienart zeigt die Nähe, die Kreisgröße, zu wie vielen Treffen jemand kam.</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>{name}: came to {attended} of %n meeting(s)</source>
        <translation>
            <numerusform>{name}: bei {attended} von %n Treffen dabei</numerusform>
            <numerusform>{name}: bei {attended} von %n Treffen dabei</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Right-click to say how close they are</source>
        <translation>Rechtsklick, um anzugeben, wie nah die Person steht</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Closeness (as the person at the centre says)</source>
        <translation>Nähe (wie die Person im Mittelpunkt es sagt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The number in each circle: meetings attended.</source>
        <translation>Die Zahl in jedem Kreis: besuchte Treffen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How close is {name}?</source>
        <translation>Wie nah steht {name}?</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+24"/>
        <source>saving the network map</source>
        <translation>das Speichern der Netzwerkkarte</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>OD Notes</source>
        <translation>OD Notes</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <location filename="../ui/network/page.py" line="+55"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change first &amp;contact…</source>
        <translation>&amp;Erstkontakt ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change when the first contact was</source>
        <translation>Ändern, wann der Erstkontakt war</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the first call came: the first meeting is aimed for within 24 hours</source>
        <translation>Wann der erste Anruf kam: Das erste Treffen soll innerhalb von 24 Stunden stattfinden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Record number…</source>
        <translation>&amp;Aktennummer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service&apos;s record number for this network</source>
        <translation>Die Aktennummer Ihres Dienstes für dieses Netzwerk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your service&apos;s own identifier: on the note for the clinical record only</source>
        <translation>Die eigene Kennung Ihres Dienstes: nur auf der Notiz für die Patientenakte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep until…</source>
        <translation>Aufbewahren &amp;bis…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until when the record is kept</source>
        <translation>Bis wann die Akte aufbewahrt wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete permanently…</source>
        <translation>Endgültig löschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this network permanently</source>
        <translation>Dieses Netzwerk endgültig löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destroys the network&apos;s key and removes its records from the vault file</source>
        <translation>Vernichtet den Schlüssel des Netzwerks und entfernt seine Aufzeichnungen aus der Tresordatei</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Network sections</source>
        <translation>Bereiche des Netzwerks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;uncertainties</source>
        <translation>&amp;Offene Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decisions and follow-ups</source>
        <translation>Entscheidungen und &amp;Schritte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At a &amp;glance</source>
        <translation>Auf einen B&amp;lick</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>First contact</source>
        <translation>Erstkontakt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The first contact was not changed: {error}</source>
        <translation>Der Erstkontakt wurde nicht geändert: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The record number was not saved: {error}</source>
        <translation>Die Aktennummer wurde nicht gespeichert: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was changed: {error}</source>
        <translation>Nichts wurde geändert: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New meeting</source>
        <translation>Neues Treffen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New meeting from the last one</source>
        <translation>Neues Treffen aus dem letzten</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The meeting was not started: {error}</source>
        <translation>Das Treffen wurde nicht begonnen: {error}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;span style=&apos;font-size: x-large; font-weight: 600&apos;&gt;{escape}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size: x-large; font-weight: 600&apos;&gt;{escape}&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{status} · first contact {first_contact}</source>
        <translation>{status} · Erstkontakt {first_contact}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;kept until {day}: due for deletion&lt;/b&gt;</source>
        <translation>&lt;b&gt;aufbewahrt bis {day}: zur Löschung fällig&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kept until {day}</source>
        <translation>aufbewahrt bis {day}</translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n Treffen</numerusform>
            <numerusform>%n Treffen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>record number {number}</source>
        <translation>Aktennummer {number}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;%n still in draft&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n noch im Entwurf&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n noch im Entwurf&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworksModel</name>
    <message>
        <location filename="../ui/models/networks.py" line="+31"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First contact</source>
        <translation>Erstkontakt</translation>
    </message>
</context>
<context>
    <name>NetworksPanel</name>
    <message>
        <location filename="../ui/network/panel.py" line="+49"/>
        <location line="+1"/>
        <source>Find a network</source>
        <translation>Netzwerk finden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show networks</source>
        <translation>Netzwerke anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active networks</source>
        <translation>Aktive Netzwerke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed networks</source>
        <translation>Geschlossene Netzwerke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All networks</source>
        <translation>Alle Netzwerke</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New network…</source>
        <translation>&amp;Neues Netzwerk…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>New network</source>
        <translation>Neues Netzwerk</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Rena&amp;me…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>Rename network</source>
        <translation>Netzwerk umbenennen</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+114"/>
        <source>&amp;Close network</source>
        <translation>Netzwerk &amp;schließen</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Close or reopen network</source>
        <translation>Netzwerk schließen oder wieder öffnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What closing a network does</source>
        <translation>Was das Schließen eines Netzwerks bewirkt</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Nothing was changed: {error}</source>
        <translation>Nichts wurde geändert: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Closed: care has ended. Reopen it to write new meetings.</source>
        <translation>Geschlossen: Die Begleitung ist beendet. Öffnen Sie es wieder, um neue Treffen zu schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close it when care ends: nothing is deleted, and you can reopen it any time.</source>
        <translation>Schließen Sie es, wenn die Begleitung endet: Nichts wird gelöscht, und Sie können es jederzeit wieder öffnen.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The network was not created: {error}</source>
        <translation>Das Netzwerk wurde nicht angelegt: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network was not renamed: {error}</source>
        <translation>Das Netzwerk wurde nicht umbenannt: {error}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Re&amp;open network</source>
        <translation>Netzwerk &amp;wieder öffnen</translation>
    </message>
</context>
<context>
    <name>NextMeetingSection</name>
    <message>
        <location filename="../ui/editor/sections/next_meeting.py" line="+31"/>
        <location line="+1"/>
        <source>Next meeting</source>
        <translation>Nächstes Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As agreed together. Leave the date unticked if it is still to be agreed.</source>
        <translation>Wie gemeinsam vereinbart. Lassen Sie das Datum ohne Haken, wenn es noch vereinbart werden muss.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Date agreed:</source>
        <translation>&amp;Datum vereinbart:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of the next meeting is agreed</source>
        <translation>Das Datum des nächsten Treffens ist vereinbart</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the next meeting is</source>
        <translation>Wann das nächste Treffen ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the next meeting is</source>
        <translation>Wo das nächste Treffen ist</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details of where the next meeting is</source>
        <translation>Angaben zum Ort des nächsten Treffens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place details</source>
        <translation>Angaben zum Ort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  Where</source>
        <translation>  Wo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>invited to the next meeting</source>
        <translation>die Liste der Eingeladenen für das nächste Treffen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invite:</source>
        <translation>Einladen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited to the next meeting</source>
        <translation>Zum nächsten Treffen eingeladen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Note about the next meeting</source>
        <translation>Notiz zum nächsten Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything else agreed about the next meeting</source>
        <translation>Was sonst noch zum nächsten Treffen vereinbart wurde</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the next meeting</source>
        <translation>das nächste Treffen</translation>
    </message>
</context>
<context>
    <name>ObjectTableModel</name>
    <message>
        <location filename="../ui/models/table.py" line="+214"/>
        <source>That change was not saved: {error}</source>
        <translation>Diese Änderung wurde nicht gespeichert: {error}</translation>
    </message>
</context>
<context>
    <name>OutsideDialog</name>
    <message>
        <location filename="../ui/editor/outside_dialog.py" line="+22"/>
        <source>Decided outside the meeting</source>
        <translation>Außerhalb des Treffens entschieden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why was this decided without the network present? It will be shown as taken outside the meeting, never hidden.</source>
        <translation>Warum wurde dies ohne das Netzwerk entschieden? Es wird als außerhalb des Treffens getroffen gezeigt, nie versteckt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark as outside the meeting</source>
        <translation>Als außerhalb des Treffens markieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who was told</source>
        <translation>Wer davon erfahren hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Maija, by phone</source>
        <translation>z. B. Maija, telefonisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told on</source>
        <translation>Informiert am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They have been told</source>
        <translation>Sie wurden informiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When they were told</source>
        <translation>Wann sie informiert wurden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who was &amp;told</source>
        <translation>&amp;Wer davon erfahren hat</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <location filename="../ui/windows.py" line="+79"/>
        <source>Across all networks — {name} — OD Notes</source>
        <translation>Über alle Netzwerke — {name} — OD Notes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Dialogic practice across all networks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dialogische Praxis über alle Netzwerke&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PageModel</name>
    <message>
        <location filename="../ui/summary/models.py" line="-21"/>
        <source>Page {value} of {len}</source>
        <translation>Seite {value} von {len}</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <location filename="../ui/sharing/pairing_dialog.py" line="+53"/>
        <source>Pair with a colleague</source>
        <translation>Mit einer Kollegin oder einem Kollegen koppeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the safety number</source>
        <translation>Sicherheitsnummer vergleichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;, {role}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;, {role}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The colleague on the card</source>
        <translation>Die Person auf der Karte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} sees this same number when they add your card. Read it to each other, in person or on a call you trust, and pair only if every digit is the same.</source>
        <translation>{name} sieht genau diese Nummer, wenn die Person Ihre Karte hinzufügt. Lesen Sie sie einander vor, persönlich oder in einem Anruf, dem Sie vertrauen, und koppeln Sie nur, wenn jede Ziffer gleich ist.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Safety number</source>
        <translation>Sicherheitsnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They &amp;match</source>
        <translation>Sie &amp;stimmen überein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They match: pair with this colleague</source>
        <translation>Sie stimmen überein: mit dieser Person koppeln</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They &amp;don&apos;t match</source>
        <translation>Sie stimmen &amp;nicht überein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They don&apos;t match: do not pair</source>
        <translation>Sie stimmen nicht überein: nicht koppeln</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who the colleague is in your team</source>
        <translation>Wer die Kollegin oder der Kollege in Ihrem Team ist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (already in your team)</source>
        <translation>{name} (bereits in Ihrem Team)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a new team member</source>
        <translation>ein neues Teammitglied</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In your &amp;team as:</source>
        <translation>In Ihrem &amp;Team als:</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <location filename="../ui/dialogs/passphrase.py" line="+24"/>
        <source>New passphrase</source>
        <translation>Neue Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New passphrase again</source>
        <translation>Neue Passphrase wiederholen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase strength</source>
        <translation>Stärke der Passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase strength in words</source>
        <translation>Stärke der Passphrase in Worten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Four or five unrelated words make a strong passphrase that is easy to remember.</source>
        <translation>Vier oder fünf beliebige Wörter ergeben eine starke, leicht zu merkende Passphrase.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase advice</source>
        <translation>Rat zur Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength:</source>
        <translation>Stärke:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>Die Passphrase braucht mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are not the same.</source>
        <translation>Die beiden Passphrasen sind nicht gleich.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../ui/models/people.py" line="+84"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who they are</source>
        <translation>Wer die Person ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the words of the person at the centre</source>
        <translation>In den Worten der Person im Mittelpunkt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How close</source>
        <translation>Wie nah</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the person at the centre says; drawn on the network map</source>
        <translation>Wie die Person im Mittelpunkt es sagt; auf der Netzwerkkarte gezeichnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also called</source>
        <translation>Auch genannt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other names, separated by commas</source>
        <translation>Andere Namen, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pronouns</source>
        <translation>Pronomen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not said</source>
        <translation>Keine Angabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language their copy of a summary is printed in (English where OD Notes has no translation yet)</source>
        <translation>Die Sprache, in der ihr Exemplar einer Zusammenfassung gedruckt wird (Englisch, wo OD Notes noch keine Übersetzung hat)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gets summaries</source>
        <translation>Erhält Zusammenfassungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print</source>
        <translation>Großdruck</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../ui/editor/sections/people.py" line="+39"/>
        <source>When, where and who was there</source>
        <translation>Wann, wo und wer dabei war</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who was there</source>
        <translation>Wer dabei war</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When the meeting started</source>
        <translation>Wann das Treffen begann</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not noted</source>
        <translation>nicht festgehalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long, in minutes</source>
        <translation>Wie lange, in Minuten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Maija&apos;s flat, room 2</source>
        <translation>z. B. Maijas Wohnung, Raum 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place details</source>
        <translation>Angaben zum Ort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;When</source>
        <translation>&amp;Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;long</source>
        <translation>Wie &amp;lange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;here</source>
        <translation>W&amp;o</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place &amp;details</source>
        <translation>Angaben zum O&amp;rt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Network members</source>
        <translation>Mitglieder des Netzwerks</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network members present or absent</source>
        <translation>Mitglieder des Netzwerks, anwesend oder nicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add a person…</source>
        <translation>Person &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person to the network</source>
        <translation>Eine Person zum Netzwerk hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add someone new to the network, without leaving</source>
        <translation>Jemand Neues zum Netzwerk hinzufügen, ohne das Treffen zu verlassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>Facilitating practitioners</source>
        <translation>Begleitende Fachkräfte</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>One practitioner only: Open Dialogue asks for two or more.</source>
        <translation>Nur eine Fachkraft: Der Offene Dialog sieht zwei oder mehr vor.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Tick who facilitated: Open Dialogue asks for two or more practitioners.</source>
        <translation>Haken Sie an, wer das Treffen begleitet hat: Der Offene Dialog sieht zwei oder mehr Fachkräfte vor.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../ui/network/people_tab.py" line="+79"/>
        <source>Network members</source>
        <translation>Mitglieder des Netzwerks</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>Practitioners</source>
        <translation>Fachkräfte</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>New member&apos;s name</source>
        <translation>Name des neuen Mitglieds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add member</source>
        <translation>Mitglied &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New practitioner&apos;s name</source>
        <translation>Name der neuen Fachkraft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;practitioner</source>
        <translation>&amp;Fachkraft hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practitioner from another network</source>
        <translation>Fachkraft aus einem anderen Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practitioners from other networks appear here</source>
        <translation>Fachkräfte aus anderen Netzwerken erscheinen hier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join to this network</source>
        <translation>Diesem Netzwerk &amp;zuordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the chosen practitioner to this network</source>
        <translation>Die gewählte Fachkraft diesem Netzwerk zuordnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network members (double-click or type to edit)</source>
        <translation>Mitglieder des Netzwerks (Doppelklick oder Tippen zum Bearbeiten)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The member was not added: {error}</source>
        <translation>Das Mitglied wurde nicht hinzugefügt: {error}</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+13"/>
        <source>The practitioner was not added: {error}</source>
        <translation>Die Fachkraft wurde nicht hinzugefügt: {error}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../ui/editor/person_dialog.py" line="+30"/>
        <source>Add a person to the network</source>
        <translation>Eine Person zum Netzwerk hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they like to be called</source>
        <translation>Wie die Person genannt werden möchte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. aunt, neighbour, GP</source>
        <translation>z. B. Tante, Nachbarin, Hausarzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pronouns</source>
        <translation>Pronomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relationship</source>
        <translation>&amp;Beziehung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pronouns</source>
        <translation>&amp;Pronomen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not added: {error}</source>
        <translation>Nicht hinzugefügt: {error}</translation>
    </message>
</context>
<context>
    <name>PracticeChart</name>
    <message>
        <location filename="../ui/practice/chart.py" line="+36"/>
        <source>How often each key element was present</source>
        <translation>Wie oft jedes Schlüsselelement vorhanden war</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> in this network</source>
        <translation> in diesem Netzwerk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> across all networks</source>
        <translation> über alle Netzwerke</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{label}: present in {present} of {rated}</source>
        <translation>{label}: vorhanden in {present} von {rated}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No practice reflections yet.</source>
        <translation>Noch keine Reflexionen zur Praxis.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No practice reflections yet: rate a meeting to see the chart fill in.</source>
        <translation>Noch keine Reflexionen zur Praxis: Bewerten Sie ein Treffen, dann füllt sich die Grafik.</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <location filename="../ui/windows.py" line="-44"/>
        <source>Reflecting on our practice — OD Notes</source>
        <translation>Unsere Praxis reflektieren — OD Notes</translation>
    </message>
</context>
<context>
    <name>PracticeRatingsModel</name>
    <message>
        <location filename="../ui/practice/models.py" line="+52"/>
        <source>Key element</source>
        <translation>Schlüsselelement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present?</source>
        <translation>Vorhanden?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few words</source>
        <translation>Ein paar Worte</translation>
    </message>
</context>
<context>
    <name>PracticeReflectionForm</name>
    <message>
        <location filename="../ui/practice/form.py" line="+75"/>
        <source>Practice reflection</source>
        <translation>Reflexion zur Praxis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For the team only: how present was each key element of dialogic practice in the meeting of {day}? This never goes into the network&apos;s summary.</source>
        <translation>Nur für das Team: Wie sehr war jedes Schlüsselelement dialogischer Praxis im Treffen vom {day} vorhanden? Das kommt nie in die Zusammenfassung für das Netzwerk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key elements and ratings</source>
        <translation>Schlüsselelemente und Bewertungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Save reflection</source>
        <translation>Reflexion speichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved yet.</source>
        <translation>Noch nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: {error}</source>
        <translation>Nicht gespeichert: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>PractitionersModel</name>
    <message>
        <location filename="../ui/models/people.py" line="+16"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also called</source>
        <translation>Auch genannt</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferences.py" line="+25"/>
        <source>Preferences — OD Notes</source>
        <translation>Einstellungen — OD Notes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock after this many minutes without use</source>
        <translation>Nach so vielen Minuten ohne Nutzung sperren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of OD Notes</source>
        <translation>Sprache von OD Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the system ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OD Notes speaks the language you choose from its next start.</source>
        <translation>OD Notes spricht die gewählte Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Characters your clinical record&apos;s text box takes</source>
        <translation>Zeichen, die das Textfeld Ihrer Patientenakte aufnimmt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A note for the clinical record longer than this is offered in a short form that keeps every heading and decision.</source>
        <translation>Eine Notiz für die Patientenakte, die länger ist, wird auch als Kurzfassung angeboten, die jede Überschrift und Entscheidung behält.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These settings never contain names or anything written in a meeting.</source>
        <translation>Diese Einstellungen enthalten nie Namen oder etwas, das in einem Treffen geschrieben wurde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save preferences</source>
        <translation>Einstellungen speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock after:</source>
        <translation>&amp;Sperren nach:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Textgröße:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinical &amp;record limit:</source>
        <translation>Zeichengrenze der &amp;Patientenakte:</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source> minute(s)</source>
        <translation>
            <numerusform> Minute</numerusform>
            <numerusform> Minuten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurposeSection</name>
    <message>
        <location filename="../ui/editor/sections/purpose.py" line="+17"/>
        <location line="+14"/>
        <source>What the network wanted to talk about</source>
        <translation>Worüber das Netzwerk sprechen wollte</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Purpose</source>
        <translation>Anlass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In their words: the summary opens with this.</source>
        <translation>In ihren Worten: Damit beginnt die Zusammenfassung.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Maija wanted to talk about not sleeping…</source>
        <translation>z. B. Maija wollte darüber sprechen, dass sie nicht schlafen kann…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the purpose</source>
        <translation>der Anlass des Treffens</translation>
    </message>
</context>
<context>
    <name>RatingDelegate</name>
    <message>
        <location filename="../ui/practice/form.py" line="-81"/>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../ui/editor/reason_dialog.py" line="+38"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A reason is needed.</source>
        <translation>Ein Grund ist nötig.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reason is needed</source>
        <translation>Ein Grund ist nötig</translation>
    </message>
</context>
<context>
    <name>RecordNoteDialog</name>
    <message>
        <location filename="../ui/recordnote/dialog.py" line="+63"/>
        <source>For the clinical record — OD Notes</source>
        <translation>Für die Patientenakte — OD Notes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This meeting as a note for your service&apos;s clinical record. It is the team&apos;s record: items kept to the team are in it, each marked “not shared with the network”. Nothing is saved unless you save it.</source>
        <translation>Dieses Treffen als Notiz für die Patientenakte Ihres Dienstes. Es ist die Aufzeichnung des Teams: Auch was nur für das Team bestimmt ist, steht darin, jeweils gekennzeichnet als „nicht mit dem Netzwerk geteilt“. Gespeichert wird nur, was Sie selbst speichern.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This network has no record number yet. Add it on the network page (Record number…) and the note will carry it.</source>
        <translation>Dieses Netzwerk hat noch keine Aktennummer. Tragen Sie sie auf der Netzwerkseite ein (Aktennummer…), dann steht sie auf der Notiz.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No record number</source>
        <translation>Keine Aktennummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full note</source>
        <translation>&amp;Vollständige Notiz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;hort form: every heading and decision, the voices shortened</source>
        <translation>&amp;Kurz: jede Überschrift und Entscheidung, Stimmen gekürzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The full note is within your limit.</source>
        <translation>Die vollständige Notiz liegt innerhalb Ihrer Grenze.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The note, as it will be pasted</source>
        <translation>Die Notiz, wie sie eingefügt wird</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Length of the note</source>
        <translation>Länge der Notiz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened</source>
        <translation>Was passiert ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy to the clipboard</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the note to the clipboard</source>
        <translation>Die Notiz in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as &amp;text…</source>
        <translation>Als &amp;Text speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the note as a text file</source>
        <translation>Die Notiz als Textdatei speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;PDF…</source>
        <translation>Als &amp;PDF speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the full note as a PDF to attach</source>
        <translation>Die vollständige Notiz als PDF zum Anhängen speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF always holds the full note.</source>
        <translation>Das PDF enthält immer die vollständige Notiz.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <location line="+34"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln Zeichen</numerusform>
            <numerusform>%Ln Zeichen</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Even the short form is {chars}, over your limit of {limit}: paste it in two parts, or attach the PDF.</source>
        <translation>Selbst die Kurzfassung hat {chars}, über Ihrer Grenze von {limit}: Fügen Sie sie in zwei Teilen ein, oder hängen Sie das PDF an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The short form is {chars}, within your limit of {limit} (the full note is {full}: attach the PDF if the record should hold all of it).</source>
        <translation>Die Kurzfassung hat {chars}, innerhalb Ihrer Grenze von {limit} (die vollständige Notiz hat {full}: Hängen Sie das PDF an, wenn die Akte alles enthalten soll).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{chars}, within your limit of {limit} (Preferences).</source>
        <translation>{chars}, innerhalb Ihrer Grenze von {limit} (Einstellungen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{chars}: over your limit of {limit}. The short form is {short}.</source>
        <translation>{chars}: über Ihrer Grenze von {limit}. Die Kurzfassung hat {short}.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Copied {chars}. Paste it into the record now: the clipboard is cleared after %n second(s) unless you copy something else.</source>
        <translation>
            <numerusform>{chars} kopiert. Fügen Sie es jetzt in die Akte ein: Die Zwischenablage wird nach %n Sekunde geleert, außer Sie kopieren etwas anderes.</numerusform>
            <numerusform>{chars} kopiert. Fügen Sie es jetzt in die Akte ein: Die Zwischenablage wird nach %n Sekunden geleert, außer Sie kopieren etwas anderes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the note as text</source>
        <translation>Die Notiz als Text speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>saving the note</source>
        <translation>das Speichern der Notiz</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Save as text</source>
        <translation>Als Text speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the note as PDF</source>
        <translation>Die Notiz als PDF speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Making the PDF…</source>
        <translation>Das PDF wird erstellt…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved as {name}.</source>
        <translation>Gespeichert als {name}.</translation>
    </message>
</context>
<context>
    <name>RecordNumberDialog</name>
    <message>
        <location filename="../ui/network/record_number_dialog.py" line="+17"/>
        <source>Record number — OD Notes</source>
        <translation>Aktennummer — OD Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record number</source>
        <translation>Aktennummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As your service&apos;s record system writes it</source>
        <translation>So, wie das Aktensystem Ihres Dienstes sie schreibt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;number:</source>
        <translation>Akten&amp;nummer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your service&apos;s own identifier for this person, as in its clinical record (an NHS or hospital number, say). It is written on the note for the clinical record. It is never printed on the network&apos;s summaries, and supervision exports take it out, even where someone typed it into a note.</source>
        <translation>Die eigene Kennung Ihres Dienstes für diese Person, wie in der Patientenakte (zum Beispiel eine Krankenhaus- oder Fallnummer). Sie steht auf der Notiz für die Patientenakte. Sie wird nie auf die Zusammenfassungen für das Netzwerk gedruckt, und Supervisionsexporte entfernen sie, selbst wenn jemand sie in eine Notiz getippt hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the record number</source>
        <translation>Die Aktennummer speichern</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../ui/dialogs/recovery_key.py" line="+63"/>
        <source>Your recovery key — OD Notes</source>
        <translation>Ihr Wiederherstellungsschlüssel — OD Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Keep this recovery key.&lt;/b&gt; If the passphrase is ever forgotten, it is the only way back into the vault. It is shown only now: print it or save it to a USB stick, and keep it apart from this laptop.</source>
        <translation>&lt;b&gt;Bewahren Sie diesen Wiederherstellungsschlüssel auf.&lt;/b&gt; Falls die Passphrase einmal vergessen wird, ist er der einzige Weg zurück in den Tresor. Er wird nur jetzt gezeigt: Drucken Sie ihn aus oder speichern Sie ihn auf einem USB-Stick, und bewahren Sie ihn getrennt von diesem Laptop auf.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the recovery key</source>
        <translation>Den Wiederherstellungsschlüssel drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save to a file…</source>
        <translation>In Datei &amp;speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery key to a file</source>
        <translation>Den Wiederherstellungsschlüssel in einer Datei speichern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have printed or saved the recovery key and will keep it safe</source>
        <translation>Schlüssel gedruckt oder gespeichert; ich bewahre ihn sicher auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have kept the recovery key</source>
        <translation>Ich habe den Wiederherstellungsschlüssel aufbewahrt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sent to the printer. Check that the page came out.</source>
        <translation>An den Drucker geschickt. Prüfen Sie, ob die Seite herausgekommen ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} recovery key.txt</source>
        <translation>{name} Wiederherstellungsschlüssel.txt</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save the recovery key</source>
        <translation>Den Wiederherstellungsschlüssel speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>saving the recovery key</source>
        <translation>das Speichern des Wiederherstellungsschlüssels</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved to {chosen}. Move it off this laptop, e.g. to a USB stick.</source>
        <translation>Gespeichert unter {chosen}. Bringen Sie ihn von diesem Laptop weg, z. B. auf einen USB-Stick.</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockDialog</name>
    <message>
        <location filename="../ui/dialogs/recovery_unlock.py" line="+32"/>
        <source>Unlock {name} with the recovery key — OD Notes</source>
        <translation>{name} mit dem Wiederherstellungsschlüssel entsperren — OD Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery key</source>
        <translation>Wiederherstellungsschlüssel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the recovery key you printed or saved when the vault was made. Then you will choose a new passphrase.</source>
        <translation>Geben Sie den Wiederherstellungsschlüssel ein, den Sie beim Anlegen des Tresors gedruckt oder gespeichert haben. Danach wählen Sie eine neue Passphrase.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault is unlocked. Choose a new passphrase for it.</source>
        <translation>Der Tresor ist entsperrt. Wählen Sie eine neue Passphrase für ihn.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock with recovery key</source>
        <translation>Mit dem Wiederherstellungsschlüssel entsperren</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Setting the passphrase…</source>
        <translation>Die Passphrase wird gesetzt…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Set passphrase</source>
        <translation>Passphrase fest&amp;legen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set new passphrase</source>
        <translation>Neue Passphrase festlegen</translation>
    </message>
</context>
<context>
    <name>ReflectionCard</name>
    <message>
        <location filename="../ui/editor/sections/reflections.py" line="+79"/>
        <source>Reflection {number}</source>
        <translation>Reflexion {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reflection {number}</source>
        <translation>Reflexion {number}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Who reflected:</source>
        <translation>Wer reflektiert hat:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who reflected in reflection {number}</source>
        <translation>Wer in Reflexion {number} reflektiert hat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What was said in reflection {number}</source>
        <translation>Was in Reflexion {number} gesagt wurde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the practitioners said to each other</source>
        <translation>Was die Fachkräfte miteinander besprochen haben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;How it landed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wie es angekommen ist&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ReflectionsSection</name>
    <message>
        <location line="+9"/>
        <source>Reflections and how they landed</source>
        <translation>Reflexionen und wie sie angekommen sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflections</source>
        <translation>Reflexionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the practitioners said to each other in front of the network, and each person&apos;s response.</source>
        <translation>Was die Fachkräfte vor dem Netzwerk miteinander besprochen haben, und die Antwort jeder Person darauf.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove reflection {number}</source>
        <translation>Reflexion {number} entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a &amp;reflection</source>
        <translation>&amp;Reflexion hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a reflection</source>
        <translation>Reflexion hinzufügen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>this reflection</source>
        <translation>diese Reflexion</translation>
    </message>
</context>
<context>
    <name>ResponseBox</name>
    <message>
        <location line="-145"/>
        <location line="+1"/>
        <source>How it landed with {name}</source>
        <translation>Wie es bei {name} angekommen ist</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}&apos;s response</source>
        <translation>die Antwort von {name}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../ui/dialogs/vault_copies.py" line="+16"/>
        <source>Restore a backup — OD Notes</source>
        <translation>Sicherung wiederherstellen — OD Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoring makes a new vault file from a backup, after checking every record in it. It never replaces a vault: choose a name that is not taken.</source>
        <translation>Beim Wiederherstellen entsteht aus einer Sicherung eine neue Tresordatei, nachdem jede Aufzeichnung darin geprüft wurde. Ein vorhandener Tresor wird nie ersetzt: Wählen Sie einen Namen, der noch frei ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup file</source>
        <translation>Sicherungsdatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup file</source>
        <translation>Sicherungsdatei wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New vault file</source>
        <translation>Neue Tresordatei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;rowse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to put the restored vault</source>
        <translation>Wählen Sie, wohin der wiederhergestellte Tresor kommt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup&apos;s passphrase</source>
        <translation>Die Passphrase der Sicherung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the backup</source>
        <translation>Die Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the restored vault</source>
        <translation>Wiederhergestellten Tresor ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the restored vault</source>
        <translation>Den wiederhergestellten Tresor öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Backup:</source>
        <translation>&amp;Sicherung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore &amp;as:</source>
        <translation>Wiederherstellen &amp;als:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase the vault had when the backup was made.</source>
        <translation>Die Passphrase, die der Tresor hatte, als die Sicherung gemacht wurde.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{stem} restored.odvault</source>
        <translation>{stem} wiederhergestellt.odvault</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup to restore</source>
        <translation>Die Sicherung, die wiederhergestellt werden soll</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore the vault as</source>
        <translation>Den Tresor wiederherstellen als</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the backup file to restore.</source>
        <translation>Wählen Sie die Sicherungsdatei, die wiederhergestellt werden soll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a name for the restored vault.</source>
        <translation>Wählen Sie einen Namen für den wiederhergestellten Tresor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} already exists there; OD Notes never writes over a vault. Choose another name.</source>
        <translation>{name} gibt es dort schon; OD Notes überschreibt nie einen Tresor. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That folder does not exist. Choose one with Browse…</source>
        <translation>Diesen Ordner gibt es nicht. Wählen Sie einen über Durchsuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please type the backup&apos;s passphrase.</source>
        <translation>Bitte geben Sie die Passphrase der Sicherung ein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the backup and writing the restored vault…</source>
        <translation>Die Sicherung wird geprüft und der wiederhergestellte Tresor geschrieben…</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Restored %n record(s) to {path}; verified.</source>
        <translation>
            <numerusform>%n Aufzeichnung nach {path} wiederhergestellt; geprüft.</numerusform>
            <numerusform>%n Aufzeichnungen nach {path} wiederhergestellt; geprüft.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewTextView</name>
    <message>
        <location filename="../ui/supervision/review_view.py" line="+18"/>
        <source>De-identified text as it will be written</source>
        <translation>Anonymisierter Text, wie er geschrieben wird</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Replaced ({kind}): was “{original}”</source>
        <translation>Ersetzt ({kind}): vorher „{original}“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>May still be a name: {reason}</source>
        <translation>Könnte noch ein Name sein: {reason}</translation>
    </message>
</context>
<context>
    <name>ReviewWordsBox</name>
    <message>
        <location filename="../ui/supervision/review_words.py" line="+16"/>
        <source>Still looks like a name: replace or accept each word</source>
        <translation>Sieht noch wie ein Name aus: Ersetzen oder akzeptieren Sie jedes Wort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Words that may still be names</source>
        <translation>Wörter, die noch Namen sein könnten</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Accept all as not names</source>
        <translation>Alle sind keine Namen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Replace all as suggested</source>
        <translation>Alle Vorschläge annehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Apply answers</source>
        <translation>Antworten übernehmen</translation>
    </message>
</context>
<context>
    <name>ReviewWordsModel</name>
    <message>
        <location filename="../ui/supervision/models.py" line="+106"/>
        <source>Word</source>
        <translation>Wort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is listed</source>
        <translation>Warum es aufgeführt ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
</context>
<context>
    <name>RevisionModel</name>
    <message>
        <location filename="../ui/editor/models/revisions.py" line="+51"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
</context>
<context>
    <name>SealedExportViewer</name>
    <message>
        <location filename="../ui/supervision/viewer.py" line="+41"/>
        <source>Encrypted supervision export (read-only)</source>
        <translation>Verschlüsselter Supervisionsexport (nur lesbar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted supervision export viewer</source>
        <translation>Anzeige für verschlüsselte Supervisionsexporte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose export file</source>
        <translation>Exportdatei wählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Passphrase of the export</source>
        <translation>Passphrase des Exports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open export</source>
        <translation>Export öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export content</source>
        <translation>Inhalt des Exports</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Encrypted supervision export</source>
        <translation>Verschlüsselter Supervisionsexport</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supervision exports (*.odsup)</source>
        <translation>Supervisionsexporte (*.odsup)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opening the export…</source>
        <translation>Der Export wird geöffnet…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read-only: this export cannot be changed here.</source>
        <translation>Nur lesbar: Dieser Export kann hier nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../ui/search/dialog.py" line="+88"/>
        <source>Search — OD Notes</source>
        <translation>Suche — OD Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the vault</source>
        <translation>Den Tresor durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names, voices, reflections, decisions, uncertainties…</source>
        <translation>Namen, Stimmen, Reflexionen, Entscheidungen, offene Fragen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type to search. The search index is kept in the vault, encrypted like your notes.</source>
        <translation>Tippen Sie, um zu suchen. Der Suchindex wird im Tresor aufbewahrt, verschlüsselt wie Ihre Notizen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n found.</source>
        <translation>
            <numerusform>%n gefunden.</numerusform>
            <numerusform>%n gefunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The first %n places found are shown; add a word to narrow it down.</source>
        <translation>
            <numerusform>%n gefundene Stelle wird gezeigt; fügen Sie ein Wort hinzu, um die Suche einzugrenzen.</numerusform>
            <numerusform>Die ersten %n gefundenen Stellen werden gezeigt; fügen Sie ein Wort hinzu, um die Suche einzugrenzen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Still indexing: searched %n of {total} meetings so far.</source>
        <translation>
            <numerusform>Suchindex wird noch aufgebaut: bisher %n von {total} Treffen durchsucht.</numerusform>
            <numerusform>Suchindex wird noch aufgebaut: bisher %n von {total} Treffen durchsucht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Nothing found.</source>
        <translation>Nichts gefunden.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location line="-83"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Words</source>
        <translation>Worte</translation>
    </message>
</context>
<context>
    <name>ShareChoicesModel</name>
    <message>
        <location filename="../ui/sharing/models.py" line="+26"/>
        <source>Share</source>
        <translation>Teilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared</source>
        <translation>geteilt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not shared</source>
        <translation>nicht geteilt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colleague</source>
        <translation>Kolleg/in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../ui/sharing/share_dialog.py" line="+43"/>
        <source>Share {network}</source>
        <translation>{network} teilen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The exchange folder is a folder your sync tool (Syncthing, a shared drive) carries to your colleague. OD Notes writes sealed files into it that only your colleague&apos;s vault can open, and reads theirs from it.</source>
        <translation>Der Austauschordner ist ein Ordner, den Ihr Synchronisationsprogramm (Syncthing, ein gemeinsames Laufwerk) zu Ihrer Kollegin oder Ihrem Kollegen überträgt. OD Notes schreibt versiegelte Dateien hinein, die nur deren Tresor öffnen kann, und liest dort die Dateien der anderen Seite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>Exchange folder</source>
        <translation>Austauschordner</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>No exchange folder chosen yet</source>
        <translation>Noch kein Austauschordner gewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the exchange folder</source>
        <translation>Austauschordner wählen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Colleagues to share with</source>
        <translation>Kolleginnen und Kollegen, mit denen geteilt wird</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No colleague is paired yet: pair first in File › Colleagues….</source>
        <translation>Noch ist niemand gekoppelt: Koppeln Sie zuerst unter Datei › Kolleginnen und Kollegen….</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Share</source>
        <translation>&amp;Teilen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share the network</source>
        <translation>Das Netzwerk teilen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Share this network with:</source>
        <translation>Dieses Netzwerk teilen mit:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the exchange folder first.</source>
        <translation>Wählen Sie zuerst den Austauschordner.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{folder} is not a folder that exists here.</source>
        <translation>{folder} ist kein Ordner, den es hier gibt.</translation>
    </message>
</context>
<context>
    <name>SharingControls</name>
    <message>
        <location filename="../ui/sharing/controls.py" line="+21"/>
        <source>Share &amp;with…</source>
        <translation>Teilen &amp;mit…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share this network with a colleague</source>
        <translation>Dieses Netzwerk mit einer Kollegin oder einem Kollegen teilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your paired co-facilitators get this network through the exchange folder</source>
        <translation>Die mit Ihnen gekoppelten begleitenden Fachkräfte erhalten dieses Netzwerk über den Austauschordner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shared with</source>
        <translation>Geteilt mit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shared with {names}</source>
        <translation>Geteilt mit {names}</translation>
    </message>
</context>
<context>
    <name>SharingToggle</name>
    <message>
        <location filename="../ui/editor/sharing.py" line="+58"/>
        <source>Team only</source>
        <translation>Nur für das Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared with the network</source>
        <translation>Mit dem Netzwerk geteilt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sharing of {what}: </source>
        <translation>{what} – Freigabe: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team only</source>
        <translation>nur für das Team</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shared with the network</source>
        <translation>mit dem Netzwerk geteilt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept to the team. Click to share it with the network again.</source>
        <translation>Nur für das Team. Klicken, um es wieder mit dem Netzwerk zu teilen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goes into the network&apos;s summary. Click to keep it to the team (needs a reason).</source>
        <translation>Kommt in die Zusammenfassung für das Netzwerk. Klicken, um es nur für das Team zu behalten (braucht einen Grund).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>Keep to the team</source>
        <translation>Nur für das Team behalten</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Why is {what} kept out of the network&apos;s summary? The summary will say that something was held back.</source>
        <translation>Warum bleibt {what} aus der Zusammenfassung für das Netzwerk heraus? Die Zusammenfassung vermerkt, dass etwas zurückgehalten wurde.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/shortcuts.py" line="+25"/>
        <source>Keyboard shortcuts — OD Notes</source>
        <translation>Tastenkürzel — OD Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>Was sie tun</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>In a meeting, the editor&apos;s own shortcuts are listed in its sections. Tab and Shift+Tab move between fields.</source>
        <translation>In einem Treffen stehen die eigenen Tastenkürzel des Editors in seinen Abschnitten. Tab und Shift+Tab wechseln zwischen den Feldern.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>StanceModel</name>
    <message>
        <location filename="../ui/editor/models/stances.py" line="+80"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In their words (optional)</source>
        <translation>In eigenen Worten (optional)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{name}&apos;s words: {value}</source>
        <translation>Worte von {name}: {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>chosen</source>
        <translation>gewählt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not chosen</source>
        <translation>nicht gewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name}, {stance}: {chosen}</source>
        <translation>{name}, {stance}: {chosen}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: {stance}</source>
        <translation>{name}: {stance}</translation>
    </message>
</context>
<context>
    <name>StatusProgress</name>
    <message>
        <location filename="../ui/status_progress.py" line="+14"/>
        <source>Background work</source>
        <translation>Arbeit im Hintergrund</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Background work progress</source>
        <translation>Fortschritt der Arbeit im Hintergrund</translation>
    </message>
</context>
<context>
    <name>SummaryPreviewDialog</name>
    <message>
        <location filename="../ui/summary/preview_dialog.py" line="+95"/>
        <source>Meeting summary: preview</source>
        <translation>Zusammenfassung des Treffens: Vorschau</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network summary: preview</source>
        <translation>Zusammenfassung des Netzwerks: Vorschau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Summary pages</source>
        <translation>Seiten der Zusammenfassung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Large print (16 pt)</source>
        <translation>&amp;Großdruck (16 pt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One shared copy</source>
        <translation>Ein gemeinsames Exemplar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (asked for large print)</source>
        <translation> (wünscht Großdruck)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For {name}{suffix}</source>
        <translation>Für {name}{suffix}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say how much the team &amp;kept back</source>
        <translation>Sagen, wie viel das Team &amp;zurückgehalten hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End by inviting &amp;corrections</source>
        <translation>Am Ende zu &amp;Korrekturen einladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Large print</source>
        <translation>Großdruck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose copy</source>
        <translation>Wessen Exemplar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the summary</source>
        <translation>Sprache der Zusammenfassung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say how much the team kept back</source>
        <translation>Sagen, wie viel das Team zurückgehalten hat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite corrections at the end</source>
        <translation>Am Ende zu Korrekturen einladen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper sizes</source>
        <translation>Papierformate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies to choose from</source>
        <translation>Exemplare zur Auswahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages a summary can be printed in</source>
        <translation>Sprachen, in denen eine Zusammenfassung gedruckt werden kann</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The summary&apos;s own words and dates are printed in this language; what people said stays in their words. A copy for someone starts in their language.</source>
        <translation>Die eigenen Worte und Daten der Zusammenfassung werden in dieser Sprache gedruckt; was Personen gesagt haben, bleibt in ihren Worten. Ein Exemplar für eine Person beginnt in deren Sprache.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to print</source>
        <translation>Druckeinstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;opy:</source>
        <translation>&amp;Exemplar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;nguage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printing notice</source>
        <translation>Hinweis zum Druck</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview status</source>
        <translation>Status der Vorschau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the summary</source>
        <translation>Die Zusammenfassung drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF…</source>
        <translation>Als PDF &amp;speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the summary as a PDF file</source>
        <translation>Die Zusammenfassung als PDF-Datei speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close the preview</source>
        <translation>Vorschau schließen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print options and items kept to the team</source>
        <translation>Druckoptionen und Einträge nur für das Team</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The summary could not be made: {error}</source>
        <translation>Die Zusammenfassung konnte nicht erstellt werden: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making the summary…</source>
        <translation>Die Zusammenfassung wird erstellt…</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n page(s) on {label} paper</source>
        <translation>
            <numerusform>%n Seite auf {label}-Papier</numerusform>
            <numerusform>%n Seiten auf {label}-Papier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n character(s) cannot be drawn by the print font ({codes}). They print as {MARKER}, and the summary tells the reader so.</source>
        <translation>
            <numerusform>%n Zeichen kann die Druckschrift nicht darstellen ({codes}). Es wird als {MARKER} gedruckt, und die Zusammenfassung sagt es den Lesenden.</numerusform>
            <numerusform>%n Zeichen kann die Druckschrift nicht darstellen ({codes}). Sie werden als {MARKER} gedruckt, und die Zusammenfassung sagt es den Lesenden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-13"/>
        <source>, large print.</source>
        <translation>, Großdruck.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>OD Notes summary</source>
        <translation>OD-Notes-Zusammenfassung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Printing</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save summary as PDF</source>
        <translation>Zusammenfassung als PDF speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>saving the summary</source>
        <translation>das Speichern der Zusammenfassung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF</source>
        <translation>Als PDF speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved as {name}.</source>
        <translation>Gespeichert als {name}.</translation>
    </message>
</context>
<context>
    <name>SupervisionExportDialog</name>
    <message>
        <location filename="../ui/supervision/export_dialog.py" line="+86"/>
        <location line="+1"/>
        <source>Export for supervision</source>
        <translation>Export für die Supervision</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+1"/>
        <source>Include meetings still in draft</source>
        <translation>Treffen im Entwurf einbeziehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A draft may still change and may not have been read by your co-facilitator; drafts are left out unless you tick them.</source>
        <translation>Ein Entwurf kann sich noch ändern und wurde vielleicht noch nicht von der anderen begleitenden Fachkraft gelesen; Entwürfe bleiben draußen, wenn Sie sie nicht anhaken.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Networks to export</source>
        <translation>Zu exportierende Netzwerke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings to export</source>
        <translation>Zu exportierende Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Include items kept to the team</source>
        <translation>Einträge nur für das Team einbeziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the team&apos;s practice reflections</source>
        <translation>Praxisreflexionen des Teams einbeziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include practice reflections</source>
        <translation>Reflexionen zur Praxis einbeziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF, Markdown and JSON files</source>
        <translation>PDF-, Markdown- und JSON-Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write plain files</source>
        <translation>Einfache Dateien schreiben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One encrypted file (for a USB stick)</source>
        <translation>Verschlüsselte Datei (für einen USB-Stick)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one encrypted file</source>
        <translation>Eine verschlüsselte Datei schreiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase for the export</source>
        <translation>Passphrase für den Export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language of the export</source>
        <translation>Sprache des Exports</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Headings, labels such as Mother or Meeting 2, and relative dates are written in this language; what people said stays in their words.</source>
        <translation>Überschriften, Bezeichnungen wie Mutter oder Treffen 2 und relative Datumsangaben werden in dieser Sprache geschrieben; was Menschen gesagt haben, bleibt in ihren Worten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder to write into</source>
        <translation>Zielordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder…</source>
        <translation>Ordner wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to include and where</source>
        <translation>Was einbezogen wird und wohin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La&amp;nguage:</source>
        <translation>Spr&amp;ache:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Networks</source>
        <translation>Netzwerke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review before writing…</source>
        <translation>Vor dem Schreiben prüfen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review before writing</source>
        <translation>Vor dem Schreiben prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Names become relationships or roles, dates become days from first contact, places become their kind, and phone numbers, addresses and identity numbers are replaced by what they are. You will see everything before anything is written.</source>
        <translation>Namen werden zu Beziehungen oder Rollen, Daten zu Tagen seit dem Erstkontakt, Orte zu ihrer Art, und Telefonnummern, Adressen und Ausweisnummern werden durch das ersetzt, was sie sind. Sie sehen alles, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{prefix}Meeting {number}, {day}{state}</source>
        <translation>{prefix}Treffen {number}, {day}{state}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>De-identifying the chosen meetings…</source>
        <translation>Die gewählten Treffen werden anonymisiert…</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Applying the answers…</source>
        <translation>Die Antworten werden angewendet…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The export could not be written; nothing was left half-written.</source>
        <translation>Der Export konnte nicht geschrieben werden; nichts wurde halb geschrieben zurückgelassen.</translation>
    </message>
    <message>
        <location line="-178"/>
        <source> (draft)</source>
        <translation> (Entwurf)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Folder for the export</source>
        <translation>Ordner für den Export</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No finalised meeting is ticked. Tick a meeting, or include meetings still in draft.</source>
        <translation>Kein abgeschlossenes Treffen ist angehakt. Haken Sie ein Treffen an, oder beziehen Sie Treffen im Entwurf ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose at least one network and one meeting.</source>
        <translation>Wählen Sie mindestens ein Netzwerk und ein Treffen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An encrypted export needs a passphrase.</source>
        <translation>Ein verschlüsselter Export braucht eine Passphrase.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases are different.</source>
        <translation>Die beiden Passphrasen sind verschieden.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Review status</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to choices</source>
        <translation>Zurück zur Auswahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Write export</source>
        <translation>Export schreiben</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n replacement(s) shaded.</source>
        <translation>
            <numerusform>%n Ersetzung farbig hinterlegt.</numerusform>
            <numerusform>%n Ersetzungen farbig hinterlegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n word(s) may still be names: answer each, then Apply answers.</source>
        <translation>
            <numerusform>%n Wort könnte noch ein Name sein: Beantworten Sie es, dann „Antworten übernehmen“.</numerusform>
            <numerusform>%n Wörter könnten noch Namen sein: Beantworten Sie jedes, dann „Antworten übernehmen“.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing else looks like a name; read it through, then Write export.</source>
        <translation>Sonst sieht nichts wie ein Name aus; lesen Sie alles durch, dann „Export schreiben“.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a folder first (Back).</source>
        <translation>Wählen Sie zuerst einen Ordner (Zurück).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the export…</source>
        <translation>Der Export wird geschrieben…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Written: </source>
        <translation>Geschrieben: </translation>
    </message>
</context>
<context>
    <name>Syncer</name>
    <message>
        <location filename="../ui/sharing/syncer.py" line="+113"/>
        <source>Choose who you are in File › Colleagues… first.</source>
        <translation>Wählen Sie zuerst unter Datei › Kolleginnen und Kollegen…, wer Sie sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is shared yet: open a network and choose “Share with…”.</source>
        <translation>Noch ist nichts geteilt: Öffnen Sie ein Netzwerk und wählen Sie „Teilen mit…“.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Syncing with colleagues…</source>
        <translation>Synchronisieren mit Kolleginnen und Kollegen…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Some files were not taken in — OD Notes</source>
        <translation>Einige Dateien wurden nicht übernommen — OD Notes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not synced: {error}</source>
        <translation>Nicht synchronisiert: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced — OD Notes</source>
        <translation>Nicht synchronisiert — OD Notes</translation>
    </message>
</context>
<context>
    <name>ThreadHistoryModel</name>
    <message>
        <location filename="../ui/models/uncertainties.py" line="+47"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>UncertaintiesModel</name>
    <message>
        <location line="-27"/>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no words yet)</source>
        <translation>(noch kein Text)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose</source>
        <translation>Wessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open since</source>
        <translation>Offen seit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest note</source>
        <translation>Letzte Notiz</translation>
    </message>
</context>
<context>
    <name>UncertaintiesSection</name>
    <message>
        <location filename="../ui/editor/sections/uncertainties.py" line="+187"/>
        <source>Open uncertainties</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncertainties</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions the network is living with rather than closing early. Those still open from earlier meetings come first.</source>
        <translation>Fragen, mit denen das Netzwerk lebt, statt sie vorschnell zu schließen. Die noch offenen aus früheren Treffen stehen zuerst.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Still open from earlier meetings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Noch offen aus früheren Treffen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Raised in this meeting&lt;/b&gt;</source>
        <translation>&lt;b&gt;In diesem Treffen angesprochen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add an &amp;uncertainty</source>
        <translation>Offene &amp;Frage hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an uncertainty</source>
        <translation>Offene Frage hinzufügen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this uncertainty</source>
        <translation>diese offene Frage</translation>
    </message>
</context>
<context>
    <name>UncertaintiesTab</name>
    <message>
        <location filename="../ui/network/continuity_tab.py" line="-74"/>
        <source>Show &amp;only open uncertainties</source>
        <translation>&amp;Nur offene Fragen zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only open uncertainties</source>
        <translation>Nur offene Fragen zeigen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uncertainties</source>
        <translation>Offene Fragen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History of the selected uncertainty</source>
        <translation>Verlauf der gewählten offenen Frage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How it was carried from meeting to meeting (Enter opens)</source>
        <translation>Wie sie von Treffen zu Treffen mitgenommen wurde (Enter öffnet)</translation>
    </message>
</context>
<context>
    <name>UncertaintyCard</name>
    <message>
        <location filename="../ui/editor/sections/uncertainties.py" line="-186"/>
        <source>uncertainty {number}</source>
        <translation>offene Frage {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open since {strftime}</source>
        <translation>Offen seit {strftime}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carried</source>
        <translation>Mitgenommen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New in this meeting</source>
        <translation>Neu in diesem Treffen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {what}</source>
        <translation>{what} entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no question was written)</source>
        <translation>(es wurde keine Frage aufgeschrieben)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Question of {what}</source>
        <translation>Frage: {what}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Whose: {whose}</source>
        <translation>Wessen: {whose}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The question the network is living with, e.g. whether…</source>
        <translation>Die Frage, mit der das Netzwerk lebt, z. B. ob…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} is theirs</source>
        <translation>{what}: wessen Frage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whose:</source>
        <translation>Wessen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose {what} is</source>
        <translation>Wem {what} gehört</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Note on {what}</source>
        <translation>Notiz zu {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note: what changed, or why it is resolved or let go</source>
        <translation>Eine Notiz: was sich geändert hat, oder warum sie geklärt ist oder losgelassen wurde</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../ui/dialogs/unlock.py" line="+194"/>
        <source>Unlock {name} — OD Notes</source>
        <translation>{name} entsperren — OD Notes</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location line="-138"/>
        <source>Vault name</source>
        <translation>Name des Tresors</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault file</source>
        <translation>Tresordatei</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the fictional demo vault. Its passphrase is “{passphrase}”; press Enter to unlock it.</source>
        <translation>Dies ist der erfundene Demo-Tresor. Seine Passphrase ist „{passphrase}“; drücken Sie Enter, um ihn zu entsperren.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo passphrase</source>
        <translation>Demo-Passphrase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlock problem</source>
        <translation>Problem beim Entsperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;orgot passphrase?</source>
        <translation>Passphrase &amp;vergessen?</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source> You can try again in %n s.</source>
        <translation>
            <numerusform> Sie können es in %n s erneut versuchen.</numerusform>
            <numerusform> Sie können es in %n s erneut versuchen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Forgot passphrase: unlock with the recovery key</source>
        <translation>Passphrase vergessen: mit dem Wiederherstellungsschlüssel entsperren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vault:</source>
        <translation>Tresor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Please type the vault&apos;s passphrase.</source>
        <translation>Bitte geben Sie die Passphrase des Tresors ein.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Too many wrong attempts.</source>
        <translation>Zu viele falsche Versuche.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unlocking… (deriving the key takes a moment)</source>
        <translation>Wird entsperrt… (das Ableiten des Schlüssels dauert einen Moment)</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../ui/help.py" line="+76"/>
        <source>User guide — OD Notes</source>
        <translation>Benutzerhandbuch — OD Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The user guide is missing from this installation ({name}).</source>
        <translation>Das Benutzerhandbuch fehlt in dieser Installation ({name}).</translation>
    </message>
</context>
<context>
    <name>VaultOverviewWidget</name>
    <message>
        <location filename="../ui/continuity/overview.py" line="+28"/>
        <source>Across all networks</source>
        <translation>Über alle Netzwerke</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+1"/>
        <source> week(s)</source>
        <translation>
            <numerusform> Woche</numerusform>
            <numerusform> Wochen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks without a meeting</source>
        <translation>Wochen ohne Treffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Meeting</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last meeting</source>
        <translation>Letztes Treffen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept until</source>
        <translation>Aufbewahrt bis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Networks count as quiet after</source>
        <translation>Netzwerke gelten als ruhig nach</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Meetings still in draft</source>
        <translation>Treffen, die noch Entwurf sind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networks with no recent meeting</source>
        <translation>Netzwerke ohne Treffen in letzter Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups due this week</source>
        <translation>Diese Woche fällige Schritte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Networks whose keeping time has ended</source>
        <translation>Netzwerke, deren Aufbewahrungszeit abgelaufen ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Networks due for deletion</source>
        <translation>Zur Löschung fällige Netzwerke</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Active networks with no meeting in %n week(s)</source>
        <translation>
            <numerusform>Aktive Netzwerke ohne Treffen seit %n Woche</numerusform>
            <numerusform>Aktive Netzwerke ohne Treffen seit %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-ups due this week ({monday} to {sunday})</source>
        <translation>Diese Woche fällige Schritte ({monday} bis {sunday})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no meeting yet</source>
        <translation>noch kein Treffen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
</context>
<context>
    <name>VoiceBox</name>
    <message>
        <location filename="../ui/editor/sections/voices.py" line="+42"/>
        <source>{name}&apos;s voice</source>
        <translation>Stimme von {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What {name} said, in their own words</source>
        <translation>Was {name} gesagt hat, in eigenen Worten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their exact words</source>
        <translation>Wörtliches Zitat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}: their exact words (a quote)</source>
        <translation>{what}: wörtliches Zitat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick when the box quotes them word for word</source>
        <translation>Haken Sie an, wenn das Feld die Person wörtlich zitiert</translation>
    </message>
</context>
<context>
    <name>VoicesSection</name>
    <message>
        <location line="+39"/>
        <location line="+1"/>
        <source>Voices</source>
        <translation>Stimmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each person&apos;s view in their own words, side by side. Everyone present is listed; add a second box when someone said more.</source>
        <translation>Die Sicht jeder Person in eigenen Worten, nebeneinander. Alle Anwesenden sind aufgeführt; fügen Sie ein zweites Feld hinzu, wenn jemand mehr gesagt hat.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tick who was present in section 1 to list their voices.</source>
        <translation>Haken Sie in Abschnitt 1 an, wer anwesend war, damit ihre Stimmen hier erscheinen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;i&gt;not marked present&lt;/i&gt;</source>
        <translation>&lt;i&gt;nicht als anwesend markiert&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add another box</source>
        <translation>Weiteres Feld hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add another voice box for {name}</source>
        <translation>Ein weiteres Stimmenfeld für {name} hinzufügen</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../ui/dialogs/welcome.py" line="+39"/>
        <source>Welcome — OD Notes</source>
        <translation>Willkommen — OD Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;OD Notes&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;OD Notes&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write up network meetings after they happen, keep them encrypted on this laptop, and print plain-language summaries for the network.</source>
        <translation>Schreiben Sie Netzwerktreffen im Anschluss auf, bewahren Sie sie verschlüsselt auf diesem Laptop auf, und drucken Sie Zusammenfassungen in einfacher Sprache für das Netzwerk.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Create a new vault</source>
        <translation>Neuen Tresor &amp;anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start here: a new encrypted file for your networks.</source>
        <translation>Hier beginnen: eine neue verschlüsselte Datei für Ihre Netzwerke.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open a vault file…</source>
        <translation>Tresordatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vault you or your team made before.</source>
        <translation>Ein Tresor, den Sie oder Ihr Team früher angelegt haben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look around the &amp;demo vault</source>
        <translation>Den &amp;Demo-Tresor ansehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fictional network with three meetings. Nobody in it is real.</source>
        <translation>Ein erfundenes Netzwerk mit drei Treffen. Niemand darin ist echt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent vaults</source>
        <translation>Zuletzt verwendete Tresore</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Recent vaults:</source>
        <translation>&amp;Zuletzt verwendet:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open a vault</source>
        <translation>Einen Tresor öffnen</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../ui/workspace.py" line="+59"/>
        <source>Choose a network on the left, or make a new one with “New network…”.
Press Ctrl+K to search everything.</source>
        <translation>Wählen Sie links ein Netzwerk, oder legen Sie mit „Neues Netzwerk…“ ein neues an.
Mit Ctrl+K durchsuchen Sie alles.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No network chosen</source>
        <translation>Kein Netzwerk gewählt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network and open meetings</source>
        <translation>Netzwerk und offene Treffen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+197"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Meeting editor</source>
        <translation>Editor für das Treffen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Deleting the network permanently…</source>
        <translation>Das Netzwerk wird endgültig gelöscht…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Opening the network…</source>
        <translation>Das Netzwerk wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>_CopyDialog</name>
    <message>
        <location filename="../ui/dialogs/vault_copies.py" line="-238"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>ui.about</name>
    <message>
        <location filename="../ui/about.py" line="+28"/>
        <source>&lt;h3&gt;OD Notes {version}&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;OD Notes {version}&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Encrypted, offline notes for Open Dialogue network meetings.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Verschlüsselte Offline-Notizen zu Netzwerktreffen im Offenen Dialog.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Vault format version: {format}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Version des Tresorformats: {format}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or later ({licence}). You may share and change it under those terms; it comes with no warranty. &lt;a href=&apos;{url}&apos;&gt;Read the licence&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Freie Software unter der GNU General Public License, Version 3 oder später ({licence}). Teilen und Ändern unter diesen Bedingungen erlaubt; ohne jede Gewährleistung. &lt;a href=&apos;{url}&apos;&gt;Lizenz lesen&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Translations: the Finnish, German and Polish wording is an AI-assisted contributed translation that native-speaking clinicians have not yet reviewed. If you speak one of these languages and write to families in it, your corrections are the most welcome contribution there is: the user guide says where the words live.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Übersetzungen: Die finnischen, deutschen und polnischen Texte sind eine KI-gestützte, beigetragene Übersetzung, die noch nicht von muttersprachlichen Klinikerinnen und Klinikern geprüft wurde. Wenn Sie eine dieser Sprachen sprechen und darin an Familien schreiben, sind Ihre Korrekturen der willkommenste Beitrag überhaupt: Das Benutzerhandbuch sagt, wo die Texte liegen.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Settings file (never any clinical content):&lt;br&gt;{path}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Einstellungsdatei (ohne klinische Inhalte):&lt;br&gt;{path}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <location line="+10"/>
        <source>About OD Notes</source>
        <translation>Über OD Notes</translation>
    </message>
</context>
<context>
    <name>ui.app</name>
    <message>
        <location filename="../ui/app.py" line="+79"/>
        <location line="+1"/>
        <source>OD Notes</source>
        <translation>OD Notes</translation>
    </message>
</context>
<context>
    <name>ui.continuity.map_buttons</name>
    <message>
        <location filename="../ui/continuity/map_buttons.py" line="+18"/>
        <location line="+23"/>
        <source>Save the network map as {kind}</source>
        <translation>Die Netzwerkkarte als {kind} speichern</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Save map as {kind}…</source>
        <translation>Netzwerkkarte als {kind} speichern…</translation>
    </message>
</context>
<context>
    <name>ui.dates</name>
    <message>
        <location filename="../ui/dates.py" line="+22"/>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d MMM</source>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddd d MMM yyyy, HH:mm:ss</source>
        <translation>ddd, d. MMM yyyy, HH:mm:ss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddd d MMM, HH:mm</source>
        <translation>ddd, d. MMM, HH:mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HH:mm:ss</source>
        <translation>HH:mm:ss</translation>
    </message>
</context>
<context>
    <name>ui.dialogs.buttons</name>
    <message>
        <location filename="../ui/dialogs/buttons.py" line="+18"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>ui.dialogs.create_vault</name>
    <message>
        <location filename="../ui/dialogs/create_vault.py" line="-135"/>
        <source>OD Notes vaults (*.odvault)</source>
        <translation>OD-Notes-Tresore (*.odvault)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>OD Notes</source>
        <translation>OD Notes</translation>
    </message>
</context>
<context>
    <name>ui.dialogs.damaged</name>
    <message>
        <location filename="../ui/dialogs/damaged.py" line="-31"/>
        <source>The vault-wide integrity check failed: revisions were added or removed outside OD Notes.</source>
        <translation>Die Integritätsprüfung des ganzen Tresors ist fehlgeschlagen: Außerhalb von OD Notes wurden Fassungen hinzugefügt oder entfernt.</translation>
    </message>
</context>
<context>
    <name>ui.dialogs.file_dialogs</name>
    <message>
        <location filename="../ui/dialogs/file_dialogs.py" line="+94"/>
        <source>{name} is already there. Replace it?</source>
        <translation>{name} ist bereits vorhanden. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>ui.dialogs.messages</name>
    <message>
        <location filename="../ui/dialogs/messages.py" line="+35"/>
        <source>The file could not be used ({value}).</source>
        <translation>Die Datei konnte nicht verwendet werden ({value}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>system error</source>
        <translation>Systemfehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something unexpected went wrong; nothing was changed.</source>
        <translation>Etwas Unerwartetes ist schiefgegangen; nichts wurde geändert.</translation>
    </message>
</context>
<context>
    <name>ui.dialogs.recovery_key</name>
    <message>
        <location filename="../ui/dialogs/recovery_key.py" line="-121"/>
        <source>OD Notes recovery key for the vault &quot;{vault_name}&quot;

{key}

This key unlocks the vault if the passphrase is forgotten.
Keep it somewhere safe and apart from the laptop, like a spare house key.
Anyone with this key and the vault file can read the vault.
</source>
        <translation>OD-Notes-Wiederherstellungsschlüssel für den Tresor „{vault_name}“

{key}

Dieser Schlüssel entsperrt den Tresor, falls die Passphrase vergessen wird.
Bewahren Sie ihn an einem sicheren Ort auf, getrennt vom Laptop, wie einen Ersatz-Hausschlüssel.
Wer diesen Schlüssel und die Tresordatei hat, kann den Tresor lesen.
</translation>
    </message>
</context>
<context>
    <name>ui.dialogs.strength</name>
    <message>
        <location filename="../ui/dialogs/strength.py" line="+35"/>
        <source>Too short</source>
        <translation>Zu kurz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use at least 8 characters; four or five words is better.</source>
        <translation>Verwenden Sie mindestens 8 Zeichen; vier oder fünf Wörter sind besser.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+22"/>
        <source>Weak</source>
        <translation>Schwach</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>This contains a very common password. Choose other words.</source>
        <translation>Das enthält ein sehr häufiges Passwort. Wählen Sie andere Wörter.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add more words or characters.</source>
        <translation>Fügen Sie mehr Wörter oder Zeichen hinzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fair</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding another word would make it much stronger.</source>
        <translation>Noch ein Wort würde sie viel stärker machen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A good passphrase. Keep it somewhere only you can reach.</source>
        <translation>Eine gute Passphrase. Bewahren Sie sie dort auf, wo nur Sie herankommen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Strong</source>
        <translation>Stark</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A strong passphrase.</source>
        <translation>Eine starke Passphrase.</translation>
    </message>
</context>
<context>
    <name>ui.editor.confirm</name>
    <message>
        <location filename="../ui/editor/confirm.py" line="+18"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {what}? Its words stay readable in the meeting&apos;s history.</source>
        <translation>{what} entfernen? Der Text bleibt im Verlauf des Treffens lesbar.</translation>
    </message>
</context>
<context>
    <name>ui.editor.editor</name>
    <message>
        <location filename="../ui/editor/editor.py" line="-366"/>
        <source>finalised</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>finalised, amended</source>
        <translation>abgeschlossen, geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting of {strftime} ({state})</source>
        <translation>Treffen vom {strftime} ({state})</translation>
    </message>
</context>
<context>
    <name>ui.editor.history_dialog</name>
    <message>
        <location filename="../ui/editor/history_dialog.py" line="-140"/>
        <source>&lt;span style=&quot;background-color:{inserted}; text-decoration:underline&quot;&gt;{text}&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;background-color:{inserted}; text-decoration:underline&quot;&gt;{text}&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;span style=&quot;background-color:{deleted}; text-decoration:line-through&quot;&gt;{text}&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;background-color:{deleted}; text-decoration:line-through&quot;&gt;{text}&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>ui.editor.models.revisions</name>
    <message>
        <location filename="../ui/editor/models/revisions.py" line="-24"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>amended ({len})</source>
        <translation>geändert ({len})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>amended</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finalised</source>
        <translation>abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ui.editor.moments</name>
    <message>
        <location filename="../ui/dates.py" line="-9"/>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd, d. MMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>ui.editor.outside_dialog</name>
    <message>
        <location filename="../ui/editor/outside_dialog.py" line="+16"/>
        <source>Told: {told}, {when}</source>
        <translation>Informiert: {told}, {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Told: {told}</source>
        <translation>Informiert: {told}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Told on {when}</source>
        <translation>Informiert am {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet told</source>
        <translation>Noch nicht informiert</translation>
    </message>
</context>
<context>
    <name>ui.editor.sections.uncertainties</name>
    <message>
        <location filename="../ui/editor/sections/uncertainties.py" line="-109"/>
        <source>Keep open</source>
        <translation>Offen lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Geklärt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let go</source>
        <translation>Losgelassen</translation>
    </message>
</context>
<context>
    <name>ui.editor.views</name>
    <message>
        <location filename="../ui/words.py" line="+32"/>
        <source>At home</source>
        <translation>Zu Hause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team base or clinic</source>
        <translation>Räume des Teams oder Klinik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By phone</source>
        <translation>Am Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somewhere else</source>
        <translation>Anderswo</translation>
    </message>
</context>
<context>
    <name>ui.launcher</name>
    <message>
        <location filename="../ui/launcher.py" line="-142"/>
        <source>OD Notes did not close properly last time. The meeting you were writing has been reopened as it was last autosaved; at most the last few seconds of typing may be missing.</source>
        <translation>OD Notes wurde beim letzten Mal nicht richtig beendet. Das Treffen, an dem Sie geschrieben haben, wurde so wieder geöffnet, wie es zuletzt automatisch gespeichert wurde; höchstens die Eingaben der letzten paar Sekunden fehlen vielleicht.</translation>
    </message>
</context>
<context>
    <name>ui.menus</name>
    <message>
        <location filename="../ui/menus.py" line="+67"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network</source>
        <translation>&amp;Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meeting</source>
        <translation>&amp;Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Search everything…</source>
        <translation>&amp;Alles durchsuchen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Jetzt sperren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a supervision &amp;export file…</source>
        <translation>Supervisionse&amp;xport öffnen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;olleagues…</source>
        <translation>&amp;Kolleginnen und Kollegen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;ync now with colleagues</source>
        <translation>Jetzt mit Kolleginnen und Kollegen s&amp;ynchronisieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Back up the vault…</source>
        <translation>Tresor &amp;sichern…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore a bac&amp;kup…</source>
        <translation>Sicherung wieder&amp;herstellen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;hange passphrase…</source>
        <translation>Pass&amp;phrase ändern…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlock with the recovery key…</source>
        <translation>Mit Wiederherstellungsschlüssel e&amp;ntsperren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open &amp;another vault…</source>
        <translation>Anderen &amp;Tresor öffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;network…</source>
        <translation>&amp;Neues Netzwerk…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Rename network…</source>
        <translation>Netzwerk &amp;umbenennen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Close or reopen network</source>
        <translation>Netzwerk &amp;schließen oder wieder öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;hare with…</source>
        <translation>&amp;Teilen mit…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New &amp;meeting</source>
        <translation>Neues &amp;Treffen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New meeting from the &amp;last one</source>
        <translation>Neues Treffen aus dem &amp;letzten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close meeting &amp;tab (it is saved)</source>
        <translation>&amp;Reiter des Treffens schließen (es ist gespeichert)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;People</source>
        <translation>&amp;Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;eetings</source>
        <translation>Tr&amp;effen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;uncertainties</source>
        <translation>&amp;Offene Fragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Decisions and follow-ups</source>
        <translation>Entscheidungen und Sc&amp;hritte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At a &amp;glance</source>
        <translation>Auf einen &amp;Blick</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Summary of the whole network…</source>
        <translation>Zusammenfassung des ganzen Netzwerks…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Take to &amp;supervision (de-identified)…</source>
        <translation>In die Super&amp;vision mitnehmen (anonymisiert)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Summary for the network (preview, print)…</source>
        <translation>&amp;Zusammenfassung für das Netzwerk (Vorschau, Druck)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy for the &amp;clinical record…</source>
        <translation>Für die &amp;Patientenakte kopieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reflect on our practice…</source>
        <translation>Über unsere Praxis &amp;reflektieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go to the networks l&amp;ist</source>
        <translation>Zur Netzwerkl&amp;iste wechseln</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Larger text</source>
        <translation>Text &amp;größer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Smaller text</source>
        <translation>Text &amp;kleiner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normale Textgröße</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Across all networks…</source>
        <translation>Über &amp;alle Netzwerke…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About OD Notes</source>
        <translation>&amp;Über OD Notes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Text size {font_points} pt</source>
        <translation>Textgröße {font_points} pt</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No other recent vaults</source>
        <translation>Keine anderen zuletzt verwendeten Tresore</translation>
    </message>
</context>
<context>
    <name>ui.models.decisions</name>
    <message numerus="yes">
        <location filename="../ui/models/decisions.py" line="-96"/>
        <source>%n agree(s)</source>
        <translation>
            <numerusform>%n ist einverstanden</numerusform>
            <numerusform>%n sind einverstanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n with concerns</source>
        <translation>
            <numerusform>%n mit Bedenken</numerusform>
            <numerusform>%n mit Bedenken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n disagree(s)</source>
        <translation>
            <numerusform>%n ist nicht einverstanden</numerusform>
            <numerusform>%n sind nicht einverstanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n not asked</source>
        <translation>
            <numerusform>%n nicht gefragt</numerusform>
            <numerusform>%n nicht gefragt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.models.meetings</name>
    <message>
        <location filename="../ui/models/meetings.py" line="-37"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Finalised, amended %n time(s)</source>
        <translation>
            <numerusform>Abgeschlossen, %n-mal geändert</numerusform>
            <numerusform>Abgeschlossen, %n-mal geändert</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finalised</source>
        <translation>Abgeschlossen</translation>
    </message>
</context>
<context>
    <name>ui.models.people</name>
    <message>
        <location filename="../ui/models/people.py" line="-126"/>
        <source>close</source>
        <translation>nah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>somewhat close</source>
        <translation>etwas nah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distant</source>
        <translation>fern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not said</source>
        <translation>keine Angabe</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>ui.network.people_tab</name>
    <message>
        <location filename="../ui/network/people_tab.py" line="-144"/>
        <source>{name_label}: kind</source>
        <translation>{name_label}: Art</translation>
    </message>
</context>
<context>
    <name>ui.operations</name>
    <message>
        <location filename="../ui/operations.py" line="+130"/>
        <source>OD Notes</source>
        <translation>OD Notes</translation>
    </message>
</context>
<context>
    <name>ui.practice.models</name>
    <message>
        <location filename="../ui/practice/models.py" line="-26"/>
        <source>not rated yet</source>
        <translation>noch nicht bewertet</translation>
    </message>
</context>
<context>
    <name>ui.search.dialog</name>
    <message>
        <location filename="../ui/search/dialog.py" line="-35"/>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network member</source>
        <translation>Mitglied des Netzwerks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practitioner</source>
        <translation>Fachkraft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the meeting was</source>
        <translation>Wo das Treffen war</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they wanted to talk about</source>
        <translation>Worüber sie sprechen wollten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice</source>
        <translation>Stimme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflection</source>
        <translation>Reflexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open uncertainty</source>
        <translation>Offene Frage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next meeting</source>
        <translation>Nächstes Treffen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction to a summary</source>
        <translation>Korrektur zu einer Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>ui.search.indexer</name>
    <message numerus="yes">
        <location filename="../ui/search/indexer.py" line="+22"/>
        <source>Indexing for search: %n of {total} meetings</source>
        <translation>
            <numerusform>Suchindex wird aufgebaut: %n von {total} Treffen</numerusform>
            <numerusform>Suchindex wird aufgebaut: %n von {total} Treffen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.sharing.conflicts</name>
    <message>
        <location filename="../ui/sharing/conflicts.py" line="+103"/>
        <source>Whether the record is deleted</source>
        <translation>Ob der Eintrag gelöscht ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole record</source>
        <translation>Der ganze Eintrag</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Who was there</source>
        <translation>Wer dabei war</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>present</source>
        <translation>anwesend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invited, not there</source>
        <translation>eingeladen, nicht da</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a colleague</source>
        <translation>eine Kollegin oder ein Kollege</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(nothing: removed on this side)</source>
        <translation>(nichts: auf dieser Seite entfernt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(an item without words)</source>
        <translation>(ein Eintrag ohne Worte)</translation>
    </message>
</context>
<context>
    <name>ui.sharing.words</name>
    <message numerus="yes">
        <location filename="../ui/sharing/words.py" line="+21"/>
        <source>Received %n change(s) from {names}</source>
        <translation>
            <numerusform>%n Änderung von {names} empfangen</numerusform>
            <numerusform>%n Änderungen von {names} empfangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Received %n change(s)</source>
        <translation>
            <numerusform>%n Änderung empfangen</numerusform>
            <numerusform>%n Änderungen empfangen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>sent %n file(s)</source>
        <translation>
            <numerusform>%n Datei gesendet</numerusform>
            <numerusform>%n Dateien gesendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to date with your colleagues</source>
        <translation>Auf dem gleichen Stand wie Ihre Kolleginnen und Kollegen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) not taken in: {why}</source>
        <translation>
            <numerusform>%n Datei nicht übernommen: {why}</numerusform>
            <numerusform>%n Dateien nicht übernommen: {why}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n meeting(s) changed on both laptops: open it to choose</source>
        <translation>
            <numerusform>%n Treffen auf beiden Laptops geändert: Öffnen Sie es, um zu wählen</numerusform>
            <numerusform>%n Treffen auf beiden Laptops geändert: Öffnen Sie sie, um zu wählen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} was not taken in: {reason}</source>
        <translation>{name} wurde nicht übernommen: {reason}</translation>
    </message>
</context>
<context>
    <name>ui.summary.printing</name>
    <message>
        <location filename="../ui/summary/printing.py" line="+26"/>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
</context>
<context>
    <name>ui.supervision.models</name>
    <message>
        <location filename="../ui/supervision/models.py" line="-25"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept (not a name)</source>
        <translation>Akzeptieren (kein Name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered</source>
        <translation>Nicht beantwortet</translation>
    </message>
</context>
<context>
    <name>ui.vault_actions</name>
    <message>
        <location filename="../ui/vault_actions.py" line="+40"/>
        <source>Backup written to {path} and verified.</source>
        <translation>Sicherung nach {path} geschrieben und geprüft.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change passphrase — OD Notes</source>
        <translation>Passphrase ändern — OD Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo vault keeps its passphrase, “{passphrase}”, so that it always opens. Your own vaults can have their passphrase changed here.</source>
        <translation>Der Demo-Tresor behält seine Passphrase „{passphrase}“, damit er sich immer öffnen lässt. Bei Ihren eigenen Tresoren können Sie die Passphrase hier ändern.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The passphrase was changed.</source>
        <translation>Die Passphrase wurde geändert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The vault has a new passphrase. Your recovery key still works.</source>
        <translation>Der Tresor hat eine neue Passphrase. Ihr Wiederherstellungsschlüssel funktioniert weiterhin.</translation>
    </message>
</context>
<context>
    <name>ui.windows</name>
    <message>
        <location filename="../ui/windows.py" line="+69"/>
        <source>Open a meeting, or select one in the Meetings tab, first.</source>
        <translation>Öffnen Sie zuerst ein Treffen, oder wählen Sie eines im Reiter „Treffen“ aus.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>For the clinical record — OD Notes</source>
        <translation>Für die Patientenakte — OD Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the note for the clinical record…</source>
        <translation>Die Notiz für die Patientenakte wird geschrieben…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a network first.</source>
        <translation>Wählen Sie zuerst ein Netzwerk.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Exported for supervision: %n file(s) in {parent}</source>
        <translation>
            <numerusform>Für die Supervision exportiert: %n Datei in {parent}</numerusform>
            <numerusform>Für die Supervision exportiert: %n Dateien in {parent}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was exported.</source>
        <translation>Nichts wurde exportiert.</translation>
    </message>
</context>
<context>
    <name>ui.words</name>
    <message>
        <location filename="../ui/words.py" line="+46"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>US-Letter</translation>
    </message>
</context>
</TS>
