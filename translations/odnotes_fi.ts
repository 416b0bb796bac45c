<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../ui/editor/amend_dialog.py" line="+19"/>
        <source>Amend the finalised meeting</source>
        <translation>Muuta viimeisteltyä tapaamista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why does this meeting need changing? The reason is kept with the amendment, and the finalised version stays readable in its history.</source>
        <translation>Miksi tapaamista pitää muuttaa? Syy säilytetään muutoksen yhteydessä, ja viimeistelty versio jää luettavaksi tapaamisen historiaan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start amending</source>
        <translation>Aloita muuttaminen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who is amending</source>
        <translation>Kuka tekee muutoksen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Who is amending</source>
        <translation>&amp;Kuka tekee muutoksen</translation>
    </message>
</context>
<context>
    <name>AnswerDelegate</name>
    <message>
        <location filename="../ui/supervision/review_words.py" line="+32"/>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../ui/editor/models/attendance.py" line="+38"/>
        <source>Network member</source>
        <translation>Verkoston jäsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Paikalla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited, not there</source>
        <translation>Kutsuttu, ei paikalla</translation>
    </message>
    <message>
        <location line="+33"/>
        <source> — expected: did they come?</source>
        <translation> — odotettiin: tuliko hän?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../ui/dialogs/vault_copies.py" line="+111"/>
        <source>Back up {name} — OD Notes</source>
        <translation>Varmuuskopioi {name} — OD Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup is an encrypted copy of the whole vault in one file. It is checked before it is kept, opens with the same passphrase, and never replaces a file. Keep it on a USB stick or another disk, away from this laptop.</source>
        <translation>Varmuuskopio on koko holvin salattu kopio yhdessä tiedostossa. Se tarkistetaan ennen tallentamista, avautuu samalla salalauseella eikä koskaan korvaa olemassa olevaa tiedostoa. Säilytä sitä USB-tikulla tai muulla levyllä, erillään tästä kannettavasta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} backup {today}.odvault</source>
        <translation>{name} varmuuskopio {today}.odvault</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup file</source>
        <translation>Varmuuskopiotiedosto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the backup</source>
        <translation>Valitse, mihin varmuuskopio tallennetaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Write backup</source>
        <translation>&amp;Tee varmuuskopio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the backup</source>
        <translation>Tee varmuuskopio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as:</source>
        <translation>Tallenna &amp;nimellä:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the backup as</source>
        <translation>Tallenna varmuuskopio nimellä</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please choose where to save the backup.</source>
        <translation>Valitse, mihin varmuuskopio tallennetaan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is the vault itself; choose a new file for the backup.</source>
        <translation>Tämä on itse holvi; valitse varmuuskopiolle uusi tiedosto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the backup and checking every record…</source>
        <translation>Kirjoitetaan varmuuskopiota ja tarkistetaan jokainen tietue…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup written to {path} and verified.</source>
        <translation>Varmuuskopio kirjoitettu: {path}. Se on tarkistettu.</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../ui/dialogs/busy.py" line="+21"/>
        <source>Working</source>
        <translation>Työskennellään</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../ui/dialogs/change_passphrase.py" line="+36"/>
        <source>Change the passphrase of {name} — OD Notes</source>
        <translation>Vaihda holvin {name} salalause — OD Notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the passphrase the vault has now, then the new one twice. The records are not touched, and the recovery key keeps working.</source>
        <translation>Kirjoita holvin nykyinen salalause ja sitten uusi kahdesti. Kirjauksiin ei kosketa, ja palautusavain toimii edelleen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Current passphrase</source>
        <translation>Nykyinen salalause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change passphrase</source>
        <translation>&amp;Vaihda salalause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the passphrase</source>
        <translation>Vaihda salalause</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Nykyinen salalause:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;The new passphrase&lt;/b&gt;</source>
        <translation>&lt;b&gt;Uusi salalause&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Please type the passphrase the vault has now.</source>
        <translation>Kirjoita holvin nykyinen salalause.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Uusi salalause on sama kuin nykyinen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the current passphrase and setting the new one…</source>
        <translation>Tarkistetaan nykyistä salalausetta ja asetetaan uusi…</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../ui/editor/models/checklist.py" line="+71"/>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
</context>
<context>
    <name>ColleaguesDialog</name>
    <message>
        <location filename="../ui/sharing/colleagues_dialog.py" line="+62"/>
        <source>Colleagues</source>
        <translation>Kollegat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are</source>
        <translation>Sinä olet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pair with the colleagues you facilitate with, then share a network with them from its page. Each of you saves your own card and gives it to the other (on a USB stick, by e-mail: the card holds no secret), then you compare the safety number together.</source>
        <translation>Yhdistä kollegat, joiden kanssa työskentelet tapaamisissa, ja jaa sitten verkosto heille sen sivulta. Kumpikin tallentaa oman korttinsa ja antaa sen toiselle (USB-tikulla tai sähköpostilla: kortissa ei ole mitään salaista), ja sitten vertaatte turvanumeron yhdessä.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save my card…</source>
        <translation>&amp;Tallenna oma korttini…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my practitioner card</source>
        <translation>Tallenna oma työntekijäkorttini</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add a colleague&apos;s card…</source>
        <translation>&amp;Lisää kollegan kortti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a colleague&apos;s practitioner card</source>
        <translation>Lisää kollegan työntekijäkortti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paired colleagues</source>
        <translation>Yhdistetyt kollegat</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen colleague</source>
        <translation>Poista valittu kollega</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>Mitä tapahtui</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;You are:</source>
        <translation>Sinä &amp;olet:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paired colleagues:</source>
        <translation>Yhdistetyt kollegat:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>OD Notes practitioner card (*.odcard)</source>
        <translation>OD Notes -työntekijäkortti (*.odcard)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add yourself to a network&apos;s people (as a practitioner) first.</source>
        <translation>Lisää ensin itsesi jonkin verkoston ihmisiin (työntekijänä).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save my card</source>
        <translation>Tallenna oma korttini</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your card is saved as {name}. Give it to your colleague.</source>
        <translation>Korttisi on tallennettu: {name}. Anna se kollegallesi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a colleague&apos;s card</source>
        <translation>Lisää kollegan kortti</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not paired with {name}. A different number means this card may not be theirs: ask them to save it again and hand it to you themselves.</source>
        <translation>Ei yhdistetty: {name}. Eri numero tarkoittaa, ettei kortti ehkä ole hänen: pyydä häntä tallentamaan se uudelleen ja antamaan se sinulle itse.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paired with {name}. Share a network with them from its page.</source>
        <translation>Yhdistetty: {name}. Jaa verkosto hänelle verkoston sivulta.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove colleague</source>
        <translation>Poista kollega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop exchanging with {name}? Nothing more is sent to them or taken from them; what they already wrote stays in your records.</source>
        <translation>Lopetetaanko vaihto kollegan {name} kanssa? Hänelle ei enää lähetetä eikä häneltä vastaanoteta mitään; se, mitä hän on jo kirjoittanut, jää kirjauksiisi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} was removed.</source>
        <translation>{name} poistettiin.</translation>
    </message>
</context>
<context>
    <name>ColleaguesModel</name>
    <message>
        <location filename="../ui/sharing/models.py" line="+24"/>
        <source>Colleague</source>
        <translation>Kollega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Ammatti</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <location filename="../ui/sharing/banner.py" line="+47"/>
        <source>Changed on both laptops</source>
        <translation>Muutettu molemmilla kannettavilla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare and &amp;choose…</source>
        <translation>Vertaa ja &amp;valitse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare both versions and choose</source>
        <translation>Vertaa molempia versioita ja valitse</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>&lt;b&gt;Changed on both laptops:&lt;/b&gt; %n part(s) of this meeting differ between you and a colleague. Nothing was chosen for you.</source>
        <translation>
            <numerusform>&lt;b&gt;Muutettu molemmilla kannettavilla:&lt;/b&gt; tämän tapaamisen %n kohta eroaa sinun ja kollegan välillä. Mitään ei valittu puolestasi.</numerusform>
            <numerusform>&lt;b&gt;Muutettu molemmilla kannettavilla:&lt;/b&gt; tämän tapaamisen %n kohtaa eroaa sinun ja kollegan välillä. Mitään ei valittu puolestasi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>&lt;b&gt;Changed on both laptops:&lt;/b&gt; %n part(s) of this network or its people differ between you and a colleague. Nothing was chosen for you.</source>
        <translation>
            <numerusform>&lt;b&gt;Muutettu molemmilla kannettavilla:&lt;/b&gt; tämän verkoston tai sen ihmisten %n kohta eroaa sinun ja kollegan välillä. Mitään ei valittu puolestasi.</numerusform>
            <numerusform>&lt;b&gt;Muutettu molemmilla kannettavilla:&lt;/b&gt; tämän verkoston tai sen ihmisten %n kohtaa eroaa sinun ja kollegan välillä. Mitään ei valittu puolestasi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictChoice</name>
    <message>
        <location filename="../ui/sharing/conflict_dialog.py" line="+64"/>
        <source>Keep {writer}’s version ({saved_at})</source>
        <translation>Säilytä versio: {writer} ({saved_at})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{writer}’s version</source>
        <translation>Versio: {writer}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep a combined text:</source>
        <translation>Säilytä yhdistetty teksti:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Combined text</source>
        <translation>Yhdistetty teksti</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location line="+35"/>
        <source>Changed on both laptops</source>
        <translation>Muutettu molemmilla kannettavilla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You and a colleague changed the same thing on your own laptops before they exchanged. Choose which version to keep, or write one text from both. Both versions stay in the history. What you leave unchosen stays open.</source>
        <translation>Sinä ja kollega muutitte samaa kohtaa omilla kannettavillanne ennen kuin ne vaihtoivat tietoja. Valitse, kumpi versio säilytetään, tai kirjoita molemmista yksi teksti. Molemmat versiot jäävät historiaan. Se, mitä et valitse, jää avoimeksi.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save my choices</source>
        <translation>&amp;Tallenna valintani</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save my choices</source>
        <translation>Tallenna valintani</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a version for at least one of them first.</source>
        <translation>Valitse ensin versio vähintään yhteen kohtaan.</translation>
    </message>
</context>
<context>
    <name>CorrectionBox</name>
    <message>
        <location filename="../ui/editor/sections/corrections.py" line="+43"/>
        <source>{name}&apos;s correction</source>
        <translation>Korjaus: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What {name} said was wrong or missing, in their words</source>
        <translation>Mitä {name} sanoi olleen väärin tai puuttuneen, omin sanoin</translation>
    </message>
</context>
<context>
    <name>CorrectionsSection</name>
    <message>
        <location line="+40"/>
        <source>Corrections to the last summary</source>
        <translation>Korjaukset edelliseen yhteenvetoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrections</source>
        <translation>Korjaukset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything someone said was wrong or missing in the last summary, in their words. It is printed in this meeting&apos;s summary under “Corrections to last time”.</source>
        <translation>Kaikki, minkä joku sanoi olleen väärin tai puuttuneen edellisestä yhteenvedosta, omin sanoin. Se tulostetaan tämän tapaamisen yhteenvetoon otsikon ”Korjauksia edelliseen kertaan” alle.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is the network&apos;s first meeting: no summary to correct yet.</source>
        <translation>Tämä on verkoston ensimmäinen tapaaminen: korjattavaa yhteenvetoa ei vielä ole.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tick who was present in section 1 to list their boxes.</source>
        <translation>Merkitse osiossa 1, ketkä olivat paikalla, niin heidän kenttänsä näkyvät tässä.</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../ui/dialogs/create_vault.py" line="+64"/>
        <source>Create a vault — OD Notes</source>
        <translation>Luo holvi — OD Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A vault is one encrypted file holding your networks and meetings. Nobody can read it without the passphrase — or the recovery key you will be shown next.</source>
        <translation>Holvi on yksi salattu tiedosto, jossa ovat verkostosi ja tapaamisesi. Kukaan ei voi lukea sitä ilman salalausetta — tai palautusavainta, joka näytetään seuraavaksi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vault file</source>
        <translation>Holvitiedosto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the vault</source>
        <translation>Valitse, mihin holvi tallennetaan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Luo holvi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create vault</source>
        <translation>Luo holvi</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>That folder does not exist. Choose one with Browse…</source>
        <translation>Kansiota ei ole olemassa. Valitse kansio painikkeella Selaa…</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>&amp;File:</source>
        <translation>&amp;Tiedosto:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the vault as</source>
        <translation>Tallenna holvi nimellä</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Please choose where to save the vault.</source>
        <translation>Valitse, mihin holvi tallennetaan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} already exists there; choose another name.</source>
        <translation>{name} on jo olemassa siellä; valitse toinen nimi.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Creating the vault and deriving its key…</source>
        <translation>Luodaan holvia ja johdetaan sen avainta…</translation>
    </message>
</context>
<context>
    <name>DamagedVaultDialog</name>
    <message>
        <location filename="../ui/dialogs/damaged.py" line="+33"/>
        <source>{name}: some records could not be read — OD Notes</source>
        <translation>{name}: osaa tietueista ei voitu lukea — OD Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OD Notes found damage in this vault. Everything listed below was left out; everything else is open and usable as normal. Restoring your latest backup (with the command line: odnotes restore) may bring the damaged records back.</source>
        <translation>OD Notes löysi tästä holvista vaurioita. Kaikki alla luetellut jätettiin pois; kaikki muu on auki ja käytettävissä tavalliseen tapaan. Uusimman varmuuskopion palauttaminen (komentorivillä: odnotes restore) voi tuoda vahingoittuneet tietueet takaisin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Damaged records</source>
        <translation>Vahingoittuneet tietueet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open the rest</source>
        <translation>&amp;Avaa loput</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the rest</source>
        <translation>Avaa loput</translation>
    </message>
</context>
<context>
    <name>DecisionCard</name>
    <message>
        <location filename="../ui/editor/sections/decisions.py" line="+47"/>
        <location line="+25"/>
        <source>Decision {number}</source>
        <translation>Päätös {number}</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>decision {number}</source>
        <translation>päätös {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove decision {number}</source>
        <translation>Poista päätös {number}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What was decided, in plain words</source>
        <translation>Mitä päätettiin, selkein sanoin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who proposed decision {number}</source>
        <translation>Kuka ehdotti päätöstä {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not noted</source>
        <translation>ei merkitty</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proposed by</source>
        <translation>Ehdotti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the meeting</source>
        <translation>Tapaamisessa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the meeting…</source>
        <translation>Tapaamisen ulkopuolella…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {number} taken in the meeting</source>
        <translation>Päätös {number} tehtiin tapaamisessa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision {number} taken outside the meeting</source>
        <translation>Päätös {number} tehtiin tapaamisen ulkopuolella</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>   Decided</source>
        <translation>   Päätetty</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why decision {number} was taken outside</source>
        <translation>Miksi päätös {number} tehtiin tapaamisen ulkopuolella</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Where everyone stands&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kunkin kanta&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stances on decision {number}</source>
        <translation>Kannat päätökseen {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Follow-ups&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jatkotoimet&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-ups of decision {number}</source>
        <translation>Päätöksen {number} jatkotoimet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a follow-up</source>
        <translation>Lisää jatkotoimi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a follow-up to decision {number}</source>
        <translation>Lisää jatkotoimi päätökseen {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove follow-up</source>
        <translation>Poista jatkotoimi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected follow-up of decision {number}</source>
        <translation>Poista päätöksen {number} valittu jatkotoimi</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;i&gt;Why outside:&lt;/i&gt; {escape}&lt;br&gt;{escape2}</source>
        <translation>&lt;i&gt;Miksi ulkopuolella:&lt;/i&gt; {escape}&lt;br&gt;{escape2}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>this follow-up</source>
        <translation>tämä jatkotoimi</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <location filename="../ui/models/decisions.py" line="+46"/>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the meeting</source>
        <translation>tapaamisessa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OUTSIDE the meeting: </source>
        <translation>tapaamisen ULKOPUOLELLA: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stances</source>
        <translation>Kannat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups</source>
        <translation>Jatkotoimet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{sum} of {len} done</source>
        <translation>{sum}/{len} tehty</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>ei yhtään</translation>
    </message>
</context>
<context>
    <name>DecisionsSection</name>
    <message>
        <location filename="../ui/editor/sections/decisions.py" line="+8"/>
        <source>Shared decisions</source>
        <translation>Yhteiset päätökset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>Päätökset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement is not assumed: note where each person stands. A decision taken outside the meeting says why.</source>
        <translation>Yksimielisyyttä ei oleteta: merkitse kunkin kanta. Tapaamisen ulkopuolella tehdylle päätökselle kirjataan syy.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add a &amp;decision</source>
        <translation>Lisää &amp;päätös</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a decision</source>
        <translation>Lisää päätös</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this decision</source>
        <translation>tämä päätös</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <location filename="../ui/network/continuity_tab.py" line="+113"/>
        <source>Decisions log</source>
        <translation>Päätösloki</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-ups</source>
        <translation>Jatkotoimet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decisions, oldest first (Enter opens the meeting)</source>
        <translation>Päätökset vanhimmasta alkaen (Enter avaa tapaamisen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups, soonest due first</source>
        <translation>Jatkotoimet, lähin määräaika ensin</translation>
    </message>
</context>
<context>
    <name>DeleteNetworkDialog</name>
    <message>
        <location filename="../ui/network/retention.py" line="+67"/>
        <source>Delete permanently</source>
        <translation>Poista pysyvästi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This deletes the network of {name} from this vault for good: its people, meetings and reflections, and every earlier version of them. Its key is destroyed and its records are removed from the vault file, so nobody can read them from this vault again, and there is no undo.</source>
        <translation>Tämä poistaa verkoston {name} tästä holvista lopullisesti: sen ihmiset, tapaamiset ja reflektoinnit sekä niiden kaikki aiemmat versiot. Sen avain tuhotaan ja sen tietueet poistetaan holvitiedostosta, joten kukaan ei voi enää lukea niitä tästä holvista. Toimintoa ei voi perua.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Older backups still contain this network until you delete them. Printed or exported copies are not affected either.</source>
        <translation>Vanhemmissa varmuuskopioissa tämä verkosto on yhä tallessa, kunnes poistat ne. Tulostettuihin tai vietyihin kopioihin tämä ei myöskään vaikuta.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the network&apos;s name to confirm</source>
        <translation>Vahvista kirjoittamalla verkoston nimi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type “{name}” to &amp;confirm:</source>
        <translation>Kirjoita ”{name}” &amp;vahvistaaksesi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete permanently</source>
        <translation>&amp;Poista pysyvästi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the network permanently</source>
        <translation>Poista verkosto pysyvästi</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <location filename="../ui/editor/directory.py" line="+52"/>
        <source>someone no longer listed</source>
        <translation>henkilö, jota ei enää ole luettelossa</translation>
    </message>
</context>
<context>
    <name>EarlierFollowUps</name>
    <message>
        <location filename="../ui/editor/sections/earlier_follow_ups.py" line="+24"/>
        <location line="+11"/>
        <source>Follow-ups from earlier meetings</source>
        <translation>Aiempien tapaamisten jatkotoimet</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Tick what has been done. The earlier meeting stays as it was; this meeting records the tick.</source>
        <translation>Merkitse, mitä on tehty. Aiempi tapaaminen säilyy ennallaan; merkintä kirjataan tähän tapaamiseen.</translation>
    </message>
</context>
<context>
    <name>EarlierFollowUpsModel</name>
    <message>
        <location filename="../ui/editor/models/earlier_follow_ups.py" line="+36"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By when</source>
        <translation>Mihin mennessä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed at</source>
        <translation>Sovittu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done now</source>
        <translation>Tehty nyt</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>done</source>
        <translation>tehty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not done</source>
        <translation>ei tehty</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no date</source>
        <translation>ei päivää</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <location filename="../ui/editor/session.py" line="+130"/>
        <source>Not saved: {error} Your text is still here; trying again shortly.</source>
        <translation>Ei tallennettu: {error} Tekstisi on yhä tallessa; yritetään pian uudelleen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A colleague&apos;s changes to this meeting came in while you were typing. Both are in the meeting now; where you both changed the same thing, choose which to keep.</source>
        <translation>Kollegan muutoksia tähän tapaamiseen tuli sillä aikaa, kun kirjoitit. Molemmat ovat nyt tapaamisessa; kun muutitte samaa kohtaa, valitse, kumpi säilytetään.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A colleague&apos;s changes to this meeting came in while you were typing. Both are in the meeting now.</source>
        <translation>Kollegan muutoksia tähän tapaamiseen tuli sillä aikaa, kun kirjoitit. Molemmat ovat nyt tapaamisessa.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not yet</source>
        <translation>ei vielä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amending. Saved {when}</source>
        <translation>Muutetaan. Tallennettu: {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalised; read-only. Use Amend to change it</source>
        <translation>Viimeistelty; vain luku. Muutokset tehdään Muuta-painikkeella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft. Saved {when}</source>
        <translation>Luonnos. Tallennettu: {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, except what is still empty: </source>
        <translation>, paitsi mikä on vielä tyhjää: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. It stays here and is saved once it has words.</source>
        <translation>. Se odottaa tässä ja tallentuu, kun siinä on sanoja.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The meeting could not be saved, so it was not finalised.</source>
        <translation>Tapaamista ei voitu tallentaa, joten sitä ei viimeistelty.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only a finalised meeting is amended; a draft is just edited.</source>
        <translation>Vain viimeisteltyä tapaamista muutetaan; luonnosta vain muokataan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An amendment needs a reason.</source>
        <translation>Muutokselle tarvitaan syy.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not saved: {error}</source>
        <translation>Ei tallennettu: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A colleague&apos;s changes to this meeting came in while you were typing. Your text is kept, and theirs joins it when yours is saved.</source>
        <translation>Kollegan muutoksia tähän tapaamiseen tuli sillä aikaa, kun kirjoitit. Tekstisi säilyy, ja kollegan muutokset yhdistetään siihen, kun omasi tallennetaan.</translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message>
        <location filename="../ui/editor/finalise_dialog.py" line="+49"/>
        <source>Finalise the meeting</source>
        <translation>Viimeistele tapaaminen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Once finalised the meeting is read-only. Later changes are made as amendments, with who and why, and the original stays readable.</source>
        <translation>Viimeistelty tapaaminen on vain luettavissa. Myöhemmät muutokset tehdään muutoksina, joihin kirjataan kuka ja miksi, ja alkuperäinen jää luettavaksi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When the meeting started</source>
        <translation>Milloin tapaaminen alkoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting started &amp;at:</source>
        <translation>Tapaaminen &amp;alkoi:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the date and time: the network&apos;s summary prints them.</source>
        <translation>Tarkista päivä ja kellonaika: ne tulostetaan verkoston yhteenvetoon.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;No facilitating practitioner is ticked in section 1.&lt;/b&gt; Tick who facilitated before finalising.</source>
        <translation>&lt;b&gt;Osiossa 1 ei ole merkitty yhtään tapaamisen työntekijää.&lt;/b&gt; Merkitse ennen viimeistelyä, ketkä työntekijät olivat mukana.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;This meeting had one practitioner.&lt;/b&gt; Open Dialogue asks for two or more; the meeting will show that it had one.</source>
        <translation>&lt;b&gt;Tapaamisessa oli yksi työntekijä.&lt;/b&gt; Avoimessa dialogissa työntekijöitä on kaksi tai useampia; tapaamisesta näkyy, että siinä oli yksi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This meeting had one practitioner</source>
        <translation>Tapaamisessa oli yksi työntekijä</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{names}: expected, but not marked as present or not there (section 1).</source>
        <translation>{names}: odotettiin, mutta ei merkitty paikalla olleeksi eikä poissa olleeksi (osio 1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Still unfinished, so left out if you finalise now: </source>
        <translation>Vielä keskeneräistä, joten jää pois, jos viimeistelet nyt: </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{name} has not signed yet.</source>
        <translation>{name} ei ole vielä allekirjoittanut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{names} have not signed yet.</source>
        <translation>{names} eivät ole vielä allekirjoittaneet.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>{name} signs this meeting</source>
        <translation>{name} allekirjoittaa tämän tapaamisen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} signs</source>
        <translation>{name} allekirjoittaa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signatures so far</source>
        <translation>Tähänastiset allekirjoitukset</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who still has to sign</source>
        <translation>Kenen pitää vielä allekirjoittaa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalise</source>
        <translation>Viimeistele</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{name} signed at {strftime}</source>
        <translation>{name} allekirjoitti klo {strftime}</translation>
    </message>
</context>
<context>
    <name>FollowUpDelegate</name>
    <message>
        <location filename="../ui/editor/models/follow_ups.py" line="+181"/>
        <source>Who does it</source>
        <translation>Kuka tekee</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By when</source>
        <translation>Mihin mennessä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no date</source>
        <translation>ei päivää</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location line="-141"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By when</source>
        <translation>Mihin mennessä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>nothing written yet</source>
        <translation>ei vielä kirjoitettu mitään</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no date</source>
        <translation>ei päivää</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>done</source>
        <translation>tehty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not done</source>
        <translation>ei tehty</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../ui/models/decisions.py" line="+27"/>
        <source>Due</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet</source>
        <translation>ei vielä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>done</source>
        <translation>tehty</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no date</source>
        <translation>ei päivää</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (overdue)</source>
        <translation> (myöhässä)</translation>
    </message>
</context>
<context>
    <name>GlanceTab</name>
    <message>
        <location filename="../ui/network/glance_tab.py" line="+26"/>
        <source>&lt;b&gt;Our dialogic practice in this network&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dialoginen työtapamme tässä verkostossa&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continuity indicators and practice</source>
        <translation>Jatkuvuuden mittarit ja työtapa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;The network&lt;/b&gt; (line: how close; circle: meetings attended)</source>
        <translation>&lt;b&gt;Verkosto&lt;/b&gt; (viiva: läheisyys; ympyrä: tapaamisiin osallistuminen)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../ui/editor/history_dialog.py" line="+66"/>
        <source>Meeting history</source>
        <translation>Tapaamisen historia</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revisions</source>
        <translation>Versiot</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Compare from revision</source>
        <translation>Vertaa versiosta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare to revision</source>
        <translation>Vertaa versioon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;From</source>
        <translation>&amp;Mistä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To</source>
        <translation>Mi&amp;hin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What changed</source>
        <translation>Mitä muuttui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Differences, word by word</source>
        <translation>Erot sana sanalta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key: </source>
        <translation>Selite: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>poistettu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>added</source>
        <translation>lisätty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;nbsp;&amp;nbsp;(struck through: removed; underlined: added)</source>
        <translation>&amp;nbsp;&amp;nbsp;(yliviivattu: poistettu; alleviivattu: lisätty)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legend: struck through removed, underlined added</source>
        <translation>Selite: yliviivattu poistettu, alleviivattu lisätty</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>These revisions are not of a meeting.</source>
        <translation>Nämä versiot eivät ole tapaamisesta.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first revision, in full:</source>
        <translation>Ensimmäinen versio kokonaisuudessaan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same revision on both sides: shown in full.</source>
        <translation>Sama versio molemmilla puolilla: näytetään kokonaisuudessaan.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What changed, word by word:</source>
        <translation>Mitä muuttui, sana sanalta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No differences.</source>
        <translation>Ei eroja.</translation>
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
        <translation>Jatkuvuus yhdellä silmäyksellä</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time from first contact to first meeting</source>
        <translation>Aika ensimmäisestä yhteydenotosta ensimmäiseen tapaamiseen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings held</source>
        <translation>Pidetyt tapaamiset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups overdue</source>
        <translation>Myöhässä olevat jatkotoimet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First meeting after first contact:</source>
        <translation>Aika ensimmäiseen tapaamiseen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings held:</source>
        <translation>Pidetyt tapaamiset:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups overdue:</source>
        <translation>Myöhässä olevat jatkotoimet:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practitioner</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Meetings attended</source>
        <translation>Mukana</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network member</source>
        <translation>Verkoston jäsen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relationship</source>
        <translation>Suhde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open uncertainty</source>
        <translation>Avoin kysymys</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Raised</source>
        <translation>Otettu puheeksi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open for</source>
        <translation>Auki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>Jatkotoimi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was due</source>
        <translation>Määräaika oli</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practitioners (continuity)</source>
        <translation>Työntekijät (jatkuvuus)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who came to meetings</source>
        <translation>Ketkä tulivat tapaamisiin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open uncertainties</source>
        <translation>Avoimet kysymykset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue follow-ups</source>
        <translation>Myöhässä olevat jatkotoimet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> (the aim is within 24 hours)</source>
        <translation> (tavoite on 24 tunnin sisällä)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(removed)</source>
        <translation>(poistettu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} of {held}</source>
        <translation>{n}/{held}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(question not written)</source>
        <translation>(kysymystä ei kirjoitettu)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n päivä</numerusform>
            <numerusform>%n päivää</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeepUntilDialog</name>
    <message>
        <location filename="../ui/network/retention.py" line="-64"/>
        <source>Keep until</source>
        <translation>Säilytä asti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Until when should the record of {name} be kept? On that day it is listed under “Across all networks” as due for deletion. Nothing is deleted until someone deletes it.</source>
        <translation>Mihin asti verkoston {name} kirjauksia säilytetään? Sinä päivänä verkosto näkyy kohdassa ”Kaikki verkostot” poistettavana. Mitään ei poisteta, ennen kuin joku poistaa sen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;No end date</source>
        <translation>&amp;Ei päättymispäivää</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep with no end date</source>
        <translation>Säilytä ilman päättymispäivää</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep until this day</source>
        <translation>Säilytä tähän päivään asti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep &amp;until:</source>
        <translation>Säilytä &amp;asti:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
</context>
<context>
    <name>KeptBackModel</name>
    <message>
        <location filename="../ui/summary/models.py" line="+64"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words</source>
        <translation>Sanat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Miksi</translation>
    </message>
</context>
<context>
    <name>KeptBackPanel</name>
    <message>
        <location filename="../ui/summary/kept_panel.py" line="+30"/>
        <source>Kept to the team</source>
        <translation>Vain työryhmälle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items kept to the team</source>
        <translation>Vain työryhmälle jätetyt kohdat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items kept to the team, with their reasons</source>
        <translation>Vain työryhmälle jätetyt kohdat syineen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns: kind, words, why</source>
        <translation>Sarakkeet: laji, sanat, miksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Rivit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only you see the words and reasons here. The printed summary says how many things were kept back and what kind, never what they say.</source>
        <translation>Vain sinä näet tässä sanat ja syyt. Tulostetussa yhteenvedossa kerrotaan, kuinka monta asiaa ja minkälaisia jätettiin pois, ei koskaan sitä, mitä niissä sanotaan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About items kept to the team</source>
        <translation>Tietoa vain työryhmälle jätetyistä kohdista</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was kept to the team: everything is in the summary.</source>
        <translation>Mitään ei jätetty vain työryhmälle: kaikki on yhteenvedossa.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The summary says so and that anyone can ask about them.</source>
        <translation>Yhteenvedossa kerrotaan siitä ja että niistä voi kysyä.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The summary does not mention them (the option is off).</source>
        <translation>Yhteenvedossa niitä ei mainita (valinta ei ole päällä).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;b&gt;%n item(s) kept to the team&lt;/b&gt; ({kept_back_kinds}). {printed}</source>
        <translation>
            <numerusform>&lt;b&gt;%n kohta jätetty vain työryhmälle&lt;/b&gt; ({kept_back_kinds}). {printed}</numerusform>
            <numerusform>&lt;b&gt;%n kohtaa jätetty vain työryhmälle&lt;/b&gt; ({kept_back_kinds}). {printed}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../ui/launcher.py" line="+97"/>
        <source>Opening the demo vault. Everyone in it is fictional.</source>
        <translation>Avataan esittelyholvi. Kaikki siinä olevat henkilöt ovat keksittyjä.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo vault — OD Notes</source>
        <translation>Esittelyholvi — OD Notes</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Cannot open the vault — OD Notes</source>
        <translation>Holvia ei voi avata — OD Notes</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../ui/lock_screen.py" line="+28"/>
        <source>&lt;h2&gt;Locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Lukittu&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OD Notes locked this vault to keep it private. Everything was saved; unlock to carry on where you were.</source>
        <translation>OD Notes lukitsi tämän holvin, jotta se pysyy yksityisenä. Kaikki tallennettiin; avaa lukitus ja jatka siitä, mihin jäit.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/host.py" line="+57"/>
        <source>Notice</source>
        <translation>Ilmoitus</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved — OD Notes</source>
        <translation>Ei tallennettu — OD Notes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="+140"/>
        <source>{vault} (locked) — OD Notes</source>
        <translation>{vault} (lukittu) — OD Notes</translation>
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
        <translation>Tapaamisen muokkain</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Sections</source>
        <translation>Osiot</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save status</source>
        <translation>Tallennuksen tila</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meeting title</source>
        <translation>Tapaamisen otsikko</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save now</source>
        <translation>Tallenna nyt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History…</source>
        <translation>Historia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise…</source>
        <translation>Viimeistele…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary for the network…</source>
        <translation>Yhteenveto…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clinical record…</source>
        <translation>Potilaskertomukseen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy for the clinical record</source>
        <translation>Kopioi potilaskertomukseen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy for the clinical record (Ctrl+Shift+C)</source>
        <translation>Kopioi potilaskertomukseen (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amend…</source>
        <translation>Muuta…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done amending</source>
        <translation>Muutokset tehty</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{escape} — amending as {escape2}</source>
        <translation>{escape} — muuttajana {escape2}</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+11"/>
        <source>Not finalised</source>
        <translation>Ei viimeistelty</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
</context>
<context>
    <name>MeetingTimeDialog</name>
    <message>
        <location filename="../ui/network/meeting_time_dialog.py" line="+36"/>
        <source>When the meeting started</source>
        <translation>Milloin tapaaminen alkoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting started &amp;at:</source>
        <translation>Tapaaminen &amp;alkoi:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested: today, at the time agreed at the last meeting.</source>
        <translation>Ehdotus: tänään, edellisessä tapaamisessa sovittuun aikaan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested: on the hour, an hour before now.</source>
        <translation>Ehdotus: tasatunnilla, tunti sitten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network&apos;s summary prints this date and time.</source>
        <translation>Tämä päivä ja kellonaika tulostetaan verkoston yhteenvetoon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start writing</source>
        <translation>Aloita kirjoittaminen</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../ui/models/meetings.py" line="+50"/>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Present</source>
        <translation>Paikalla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practitioners</source>
        <translation>Työntekijät</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../ui/network/meetings_tab.py" line="+36"/>
        <source>Meetings</source>
        <translation>Tapaamiset</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meetings still in draft</source>
        <translation>Vielä luonnoksina olevat tapaamiset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New meeting</source>
        <translation>&amp;Uusi tapaaminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New meeting</source>
        <translation>Uusi tapaaminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An empty meeting (Ctrl+N)</source>
        <translation>Tyhjä tapaaminen (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New meeting from the &amp;last one</source>
        <translation>Uusi tapaaminen &amp;edellisen pohjalta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New meeting from the last one</source>
        <translation>Uusi tapaaminen edellisen pohjalta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Carries over who was there and the open uncertainties, never the words (Ctrl+Shift+N)</source>
        <translation>Siirtää mukaan, ketkä olivat paikalla, ja avoimet kysymykset, ei koskaan sanoja (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected meeting</source>
        <translation>Avaa valittu tapaaminen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No meetings in draft</source>
        <translation>Ei luonnoksina olevia tapaamisia</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;%n meeting(s) still in draft&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n tapaaminen on vielä luonnos&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n tapaamista on vielä luonnoksina&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../ui/models/names.py" line="+29"/>
        <source>(removed person)</source>
        <translation>(poistettu henkilö)</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <location filename="../ui/network/network_dialog.py" line="+44"/>
        <source>What the network is called</source>
        <translation>Mikä verkoston nimi on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually the name the person chooses</source>
        <translation>Yleensä nimi, jonka henkilö itse valitsee</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First contact, date and time</source>
        <translation>Ensimmäinen yhteydenotto, päivä ja kellonaika</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First contact:</source>
        <translation>&amp;Ensimmäinen yhteydenotto:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When the first call or request for help came. The first meeting is aimed for within 24 hours of it. You can change this later.</source>
        <translation>Milloin ensimmäinen puhelu tai avunpyyntö tuli. Ensimmäinen tapaaminen pyritään järjestämään 24 tunnin sisällä siitä. Voit muuttaa tätä myöhemmin.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What needs changing</source>
        <translation>Mitä pitää korjata</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create network</source>
        <translation>Luo verkosto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give the network a name.</source>
        <translation>Anna verkostolle nimi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first contact cannot be later than now.</source>
        <translation>Ensimmäinen yhteydenotto ei voi olla myöhemmin kuin nyt.</translation>
    </message>
</context>
<context>
    <name>NetworkMapView</name>
    <message>
        <location filename="../ui/continuity/network_map.py" line="+96"/>
        <location line="+209"/>
        <source>Network map</source>
        <translation>Verkostokartta</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>The person at the centre and the network around them; line style shows closeness, circle size shows how many meetings each came to.</source>
        <translation>Keskushenkilö ja hänen ympärillään oleva verkosto; viivan tyyli kertoo läheisyyden, ympyrän koko sen, kuinka moneen tapaamiseen kukin on tullut.</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>{name}: came to {attended} of %n meeting(s)</source>
        <translation>
            <numerusform>{name}: mukana {attended}/%n tapaamisesta</numerusform>
            <numerusform>{name}: mukana {attended}/%n tapaamisesta</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Right-click to say how close they are</source>
        <translation>Napsauta hiiren oikealla kertoaksesi, kuinka läheinen hän on</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Closeness (as the person at the centre says)</source>
        <translation>Läheisyys (keskushenkilön mukaan)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The number in each circle: meetings attended.</source>
        <translation>Luku kussakin ympyrässä: tapaamiset, joissa hän oli mukana.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How close is {name}?</source>
        <translation>Kuinka läheinen {name} on?</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+24"/>
        <source>saving the network map</source>
        <translation>verkostokartan tallentaminen</translation>
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
        <translation>Verkosto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change first &amp;contact…</source>
        <translation>Muuta ensimmäisen yhteydenoton &amp;aikaa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change when the first contact was</source>
        <translation>Muuta ensimmäisen yhteydenoton ajankohtaa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the first call came: the first meeting is aimed for within 24 hours</source>
        <translation>Milloin ensimmäinen puhelu tuli: ensimmäinen tapaaminen pyritään pitämään 24 tunnin sisällä</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Record number…</source>
        <translation>Asiakas&amp;numero…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service&apos;s record number for this network</source>
        <translation>Palvelun asiakasnumero tälle verkostolle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your service&apos;s own identifier: on the note for the clinical record only</source>
        <translation>Palvelunne oma tunniste: vain potilaskertomukseen menevässä tekstissä</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep until…</source>
        <translation>&amp;Säilytä asti…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until when the record is kept</source>
        <translation>Mihin asti kirjauksia säilytetään</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete permanently…</source>
        <translation>Poista pysyvästi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this network permanently</source>
        <translation>Poista tämä verkosto pysyvästi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destroys the network&apos;s key and removes its records from the vault file</source>
        <translation>Tuhoaa verkoston avaimen ja poistaa sen tietueet holvitiedostosta</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Network sections</source>
        <translation>Verkoston osiot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People</source>
        <translation>&amp;Ihmiset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Tapaamiset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;uncertainties</source>
        <translation>Avoimet &amp;kysymykset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decisions and follow-ups</source>
        <translation>&amp;Päätökset ja jatkotoimet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At a &amp;glance</source>
        <translation>&amp;Yleiskuva</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>First contact</source>
        <translation>Ensimmäinen yhteydenotto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The first contact was not changed: {error}</source>
        <translation>Ensimmäistä yhteydenottoa ei muutettu: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The record number was not saved: {error}</source>
        <translation>Asiakasnumeroa ei tallennettu: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was changed: {error}</source>
        <translation>Mitään ei muutettu: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New meeting</source>
        <translation>Uusi tapaaminen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New meeting from the last one</source>
        <translation>Uusi tapaaminen edellisen pohjalta</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The meeting was not started: {error}</source>
        <translation>Tapaamista ei aloitettu: {error}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>active</source>
        <translation>käynnissä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>päättynyt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;span style=&apos;font-size: x-large; font-weight: 600&apos;&gt;{escape}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size: x-large; font-weight: 600&apos;&gt;{escape}&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{status} · first contact {first_contact}</source>
        <translation>{status} · ensimmäinen yhteydenotto {first_contact}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;kept until {day}: due for deletion&lt;/b&gt;</source>
        <translation>&lt;b&gt;säilytetään {day} asti: poistettava&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kept until {day}</source>
        <translation>säilytetään {day} asti</translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n tapaaminen</numerusform>
            <numerusform>%n tapaamista</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>record number {number}</source>
        <translation>asiakasnumero {number}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;%n still in draft&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n vielä luonnos&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n vielä luonnoksina&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworksModel</name>
    <message>
        <location filename="../ui/models/networks.py" line="+31"/>
        <source>Network</source>
        <translation>Verkosto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active</source>
        <translation>käynnissä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>päättynyt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First contact</source>
        <translation>Ensimmäinen yhteydenotto</translation>
    </message>
</context>
<context>
    <name>NetworksPanel</name>
    <message>
        <location filename="../ui/network/panel.py" line="+49"/>
        <location line="+1"/>
        <source>Find a network</source>
        <translation>Etsi verkosto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show networks</source>
        <translation>Näytä verkostot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active networks</source>
        <translation>Käynnissä olevat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed networks</source>
        <translation>Päättyneet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All networks</source>
        <translation>Kaikki verkostot</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Networks</source>
        <translation>Verkostot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New network…</source>
        <translation>&amp;Uusi verkosto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>New network</source>
        <translation>Uusi verkosto</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Rena&amp;me…</source>
        <translation>Uusi &amp;nimi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>Rename network</source>
        <translation>Nimeä verkosto uudelleen</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+114"/>
        <source>&amp;Close network</source>
        <translation>&amp;Sulje verkosto</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Close or reopen network</source>
        <translation>Sulje verkosto tai avaa se uudelleen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What closing a network does</source>
        <translation>Mitä verkoston sulkeminen tekee</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Nothing was changed: {error}</source>
        <translation>Mitään ei muutettu: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Closed: care has ended. Reopen it to write new meetings.</source>
        <translation>Päättynyt: hoito on loppunut. Avaa se uudelleen, jos haluat kirjoittaa uusia tapaamisia.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close it when care ends: nothing is deleted, and you can reopen it any time.</source>
        <translation>Sulje verkosto, kun hoito loppuu: mitään ei poisteta, ja voit avata sen uudelleen milloin tahansa.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The network was not created: {error}</source>
        <translation>Verkostoa ei luotu: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New name:</source>
        <translation>Uusi nimi:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network was not renamed: {error}</source>
        <translation>Verkostoa ei nimetty uudelleen: {error}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Re&amp;open network</source>
        <translation>A&amp;vaa uudelleen</translation>
    </message>
</context>
<context>
    <name>NextMeetingSection</name>
    <message>
        <location filename="../ui/editor/sections/next_meeting.py" line="+31"/>
        <location line="+1"/>
        <source>Next meeting</source>
        <translation>Seuraava tapaaminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As agreed together. Leave the date unticked if it is still to be agreed.</source>
        <translation>Niin kuin yhdessä sovittiin. Jätä päivä merkitsemättä, jos siitä sovitaan vielä myöhemmin.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Date agreed:</source>
        <translation>&amp;Päivä sovittu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of the next meeting is agreed</source>
        <translation>Seuraavan tapaamisen päivä on sovittu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the next meeting is</source>
        <translation>Milloin seuraava tapaaminen on</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the next meeting is</source>
        <translation>Missä seuraava tapaaminen on</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details of where the next meeting is</source>
        <translation>Seuraavan tapaamisen paikan tarkemmat tiedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place details</source>
        <translation>Paikan tiedot</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  Where</source>
        <translation>  Missä</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>invited to the next meeting</source>
        <translation>kutsuttu seuraavaan tapaamiseen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invite:</source>
        <translation>Kutsu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited to the next meeting</source>
        <translation>Kutsutut seuraavaan tapaamiseen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Note about the next meeting</source>
        <translation>Huomio seuraavasta tapaamisesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything else agreed about the next meeting</source>
        <translation>Muuta seuraavasta tapaamisesta sovittua</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the next meeting</source>
        <translation>seuraava tapaaminen</translation>
    </message>
</context>
<context>
    <name>ObjectTableModel</name>
    <message>
        <location filename="../ui/models/table.py" line="+214"/>
        <source>That change was not saved: {error}</source>
        <translation>Muutosta ei tallennettu: {error}</translation>
    </message>
</context>
<context>
    <name>OutsideDialog</name>
    <message>
        <location filename="../ui/editor/outside_dialog.py" line="+22"/>
        <source>Decided outside the meeting</source>
        <translation>Päätetty tapaamisen ulkopuolella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why was this decided without the network present? It will be shown as taken outside the meeting, never hidden.</source>
        <translation>Miksi tämä päätettiin ilman, että verkosto oli paikalla? Se näytetään tapaamisen ulkopuolella tehtynä, sitä ei koskaan piiloteta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark as outside the meeting</source>
        <translation>Merkitse tapaamisen ulkopuolella tehdyksi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who was told</source>
        <translation>Kenelle kerrottiin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Maija, by phone</source>
        <translation>esim. Maijalle, puhelimessa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told on</source>
        <translation>Kerrottu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They have been told</source>
        <translation>Heille on kerrottu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When they were told</source>
        <translation>Milloin heille kerrottiin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who was &amp;told</source>
        <translation>Kenelle &amp;kerrottiin</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <location filename="../ui/windows.py" line="+79"/>
        <source>Across all networks — {name} — OD Notes</source>
        <translation>Kaikki verkostot — {name} — OD Notes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Dialogic practice across all networks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dialoginen työtapa kaikissa verkostoissa&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PageModel</name>
    <message>
        <location filename="../ui/summary/models.py" line="-21"/>
        <source>Page {value} of {len}</source>
        <translation>Sivu {value}/{len}</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <location filename="../ui/sharing/pairing_dialog.py" line="+53"/>
        <source>Pair with a colleague</source>
        <translation>Yhdistä kollega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the safety number</source>
        <translation>Vertaa turvanumeroa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;, {role}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;, {role}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The colleague on the card</source>
        <translation>Kortissa oleva kollega</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} sees this same number when they add your card. Read it to each other, in person or on a call you trust, and pair only if every digit is the same.</source>
        <translation>{name} näkee saman numeron, kun hän lisää korttisi. Lukekaa numero toisillenne kasvokkain tai puhelussa, johon luotatte, ja yhdistäkää vain, jos jokainen numero on sama.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Safety number</source>
        <translation>Turvanumero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They &amp;match</source>
        <translation>Numerot &amp;täsmäävät</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They match: pair with this colleague</source>
        <translation>Numerot täsmäävät: yhdistä tämä kollega</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They &amp;don&apos;t match</source>
        <translation>Numerot &amp;eivät täsmää</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They don&apos;t match: do not pair</source>
        <translation>Numerot eivät täsmää: älä yhdistä</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who the colleague is in your team</source>
        <translation>Kuka kollega on tiimissäsi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (already in your team)</source>
        <translation>{name} (jo tiimissäsi)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a new team member</source>
        <translation>uusi tiimin jäsen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In your &amp;team as:</source>
        <translation>&amp;Tiimissäsi:</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <location filename="../ui/dialogs/passphrase.py" line="+24"/>
        <source>New passphrase</source>
        <translation>Uusi salalause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New passphrase again</source>
        <translation>Uusi salalause uudelleen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase strength</source>
        <translation>Salalauseen vahvuus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase strength in words</source>
        <translation>Salalauseen vahvuus sanoin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Four or five unrelated words make a strong passphrase that is easy to remember.</source>
        <translation>Neljä tai viisi toisiinsa liittymätöntä sanaa on vahva salalause, joka on helppo muistaa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase advice</source>
        <translation>Neuvoja salalauseeseen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Salalause:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Uudelleen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength:</source>
        <translation>Vahvuus:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>Salalauseessa on oltava vähintään 8 merkkiä.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are not the same.</source>
        <translation>Salalauseet eivät ole samat.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../ui/models/people.py" line="+84"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who they are</source>
        <translation>Kuka hän on</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Relationship</source>
        <translation>Suhde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the words of the person at the centre</source>
        <translation>Keskushenkilön omin sanoin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How close</source>
        <translation>Kuinka läheinen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the person at the centre says; drawn on the network map</source>
        <translation>Keskushenkilön mukaan; piirretään verkostokarttaan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also called</source>
        <translation>Myös nimeltä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other names, separated by commas</source>
        <translation>Muut nimet pilkuilla erotettuina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pronouns</source>
        <translation>Pronominit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not said</source>
        <translation>Ei kerrottu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language their copy of a summary is printed in (English where OD Notes has no translation yet)</source>
        <translation>Kieli, jolla hänen kappaleensa yhteenvedosta tulostetaan (englanniksi, jos OD Notesissa ei vielä ole käännöstä)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gets summaries</source>
        <translation>Saa yhteenvedot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print</source>
        <translation>Isokokoinen teksti</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../ui/editor/sections/people.py" line="+39"/>
        <source>When, where and who was there</source>
        <translation>Milloin, missä ja ketkä olivat paikalla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who was there</source>
        <translation>Paikalla</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When the meeting started</source>
        <translation>Milloin tapaaminen alkoi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not noted</source>
        <translation>ei merkitty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long, in minutes</source>
        <translation>Kesto minuutteina</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Maija&apos;s flat, room 2</source>
        <translation>esim. Maijan asunto, huone 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place details</source>
        <translation>Paikan tiedot</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;When</source>
        <translation>&amp;Milloin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;long</source>
        <translation>&amp;Kesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;here</source>
        <translation>Mi&amp;ssä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place &amp;details</source>
        <translation>Paikan &amp;tiedot</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Network members</source>
        <translation>Verkoston jäsenet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network members present or absent</source>
        <translation>Verkoston jäsenet, paikalla tai poissa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add a person…</source>
        <translation>&amp;Lisää henkilö…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person to the network</source>
        <translation>Lisää henkilö verkostoon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add someone new to the network, without leaving</source>
        <translation>Lisää verkostoon joku uusi poistumatta tästä</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>Facilitating practitioners</source>
        <translation>Tapaamisen työntekijät</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>One practitioner only: Open Dialogue asks for two or more.</source>
        <translation>Vain yksi työntekijä: avoimessa dialogissa työntekijöitä on kaksi tai useampia.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Tick who facilitated: Open Dialogue asks for two or more practitioners.</source>
        <translation>Merkitse tapaamisen työntekijät: avoimessa dialogissa työntekijöitä on kaksi tai useampia.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../ui/network/people_tab.py" line="+79"/>
        <source>Network members</source>
        <translation>Verkoston jäsenet</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>Practitioners</source>
        <translation>Työntekijät</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>New member&apos;s name</source>
        <translation>Uuden jäsenen nimi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add member</source>
        <translation>&amp;Lisää jäsen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New practitioner&apos;s name</source>
        <translation>Uuden työntekijän nimi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;practitioner</source>
        <translation>Lisää &amp;työntekijä</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practitioner from another network</source>
        <translation>Työntekijä toisesta verkostosta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practitioners from other networks appear here</source>
        <translation>Muiden verkostojen työntekijät näkyvät tässä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join to this network</source>
        <translation>Liitä tähän &amp;verkostoon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the chosen practitioner to this network</source>
        <translation>Liitä valittu työntekijä tähän verkostoon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network members (double-click or type to edit)</source>
        <translation>Verkoston jäsenet (kaksoisnapsauta tai kirjoita muokataksesi)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The member was not added: {error}</source>
        <translation>Jäsentä ei lisätty: {error}</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+13"/>
        <source>The practitioner was not added: {error}</source>
        <translation>Työntekijää ei lisätty: {error}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../ui/editor/person_dialog.py" line="+30"/>
        <source>Add a person to the network</source>
        <translation>Lisää henkilö verkostoon</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they like to be called</source>
        <translation>Millä nimellä hän haluaa itseään kutsuttavan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relationship</source>
        <translation>Suhde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. aunt, neighbour, GP</source>
        <translation>esim. täti, naapuri, omalääkäri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pronouns</source>
        <translation>Pronominit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Nimi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>&amp;Tyyppi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relationship</source>
        <translation>&amp;Suhde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pronouns</source>
        <translation>&amp;Pronominit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add person</source>
        <translation>Lisää henkilö</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not added: {error}</source>
        <translation>Ei lisätty: {error}</translation>
    </message>
</context>
<context>
    <name>PracticeChart</name>
    <message>
        <location filename="../ui/practice/chart.py" line="+36"/>
        <source>How often each key element was present</source>
        <translation>Kuinka usein kukin keskeinen osatekijä toteutui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> in this network</source>
        <translation> tässä verkostossa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> across all networks</source>
        <translation> kaikissa verkostoissa</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{label}: present in {present} of {rated}</source>
        <translation>{label}: toteutui {present}/{rated}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No practice reflections yet.</source>
        <translation>Ei vielä työtavan arviointeja.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No practice reflections yet: rate a meeting to see the chart fill in.</source>
        <translation>Ei vielä työtavan arviointeja: arvioi tapaaminen, niin kaavio alkaa täyttyä.</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <location filename="../ui/windows.py" line="-44"/>
        <source>Reflecting on our practice — OD Notes</source>
        <translation>Pohdimme työtapaamme — OD Notes</translation>
    </message>
</context>
<context>
    <name>PracticeRatingsModel</name>
    <message>
        <location filename="../ui/practice/models.py" line="+52"/>
        <source>Key element</source>
        <translation>Keskeinen osatekijä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present?</source>
        <translation>Toteutuiko?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few words</source>
        <translation>Muutama sana</translation>
    </message>
</context>
<context>
    <name>PracticeReflectionForm</name>
    <message>
        <location filename="../ui/practice/form.py" line="+75"/>
        <source>Practice reflection</source>
        <translation>Työtavan arviointi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For the team only: how present was each key element of dialogic practice in the meeting of {day}? This never goes into the network&apos;s summary.</source>
        <translation>Vain työryhmälle: kuinka hyvin kukin dialogisen työtavan keskeinen osatekijä toteutui tapaamisessa {day}? Tämä ei koskaan tule verkoston yhteenvetoon.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key elements and ratings</source>
        <translation>Keskeiset osatekijät ja arviot</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save status</source>
        <translation>Tallennuksen tila</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Save reflection</source>
        <translation>Tallenna arviointi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved yet.</source>
        <translation>Ei vielä tallennettu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: {error}</source>
        <translation>Ei tallennettu: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved.</source>
        <translation>Tallennettu.</translation>
    </message>
</context>
<context>
    <name>PractitionersModel</name>
    <message>
        <location filename="../ui/models/people.py" line="+16"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Ammatti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also called</source>
        <translation>Myös nimeltä</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferences.py" line="+25"/>
        <source>Preferences — OD Notes</source>
        <translation>Asetukset — OD Notes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock after this many minutes without use</source>
        <translation>Lukitse, kun ohjelmaa ei ole käytetty näin moneen minuuttiin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text size</source>
        <translation>Tekstin koko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours</source>
        <translation>Värit</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Follow the system</source>
        <translation>Järjestelmän mukaan</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Light</source>
        <translation>Vaalea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>Tumma</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of OD Notes</source>
        <translation>OD Notesin kieli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the system ({language})</source>
        <translation>Järjestelmän mukaan ({language})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OD Notes speaks the language you choose from its next start.</source>
        <translation>OD Notes käyttää valitsemaasi kieltä seuraavasta käynnistyksestä alkaen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> characters</source>
        <translation> merkkiä</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Characters your clinical record&apos;s text box takes</source>
        <translation>Kuinka monta merkkiä potilaskertomuksen tekstikenttään mahtuu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A note for the clinical record longer than this is offered in a short form that keeps every heading and decision.</source>
        <translation>Tätä pidempi potilaskertomuksen kirjaus tarjotaan lyhyessä muodossa, jossa on jokainen otsikko ja päätös.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These settings never contain names or anything written in a meeting.</source>
        <translation>Nämä asetukset eivät koskaan sisällä nimiä eivätkä mitään tapaamisessa kirjoitettua.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save preferences</source>
        <translation>Tallenna asetukset</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock after:</source>
        <translation>&amp;Lukitse, kun käyttämättä:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text size:</source>
        <translation>&amp;Tekstin koko:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Värit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinical &amp;record limit:</source>
        <translation>Potilaskertomuksen &amp;raja:</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source> minute(s)</source>
        <translation>
            <numerusform> minuutti</numerusform>
            <numerusform> minuuttia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurposeSection</name>
    <message>
        <location filename="../ui/editor/sections/purpose.py" line="+17"/>
        <location line="+14"/>
        <source>What the network wanted to talk about</source>
        <translation>Mistä verkosto halusi puhua</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Purpose</source>
        <translation>Tarkoitus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In their words: the summary opens with this.</source>
        <translation>Heidän omin sanoin: yhteenveto alkaa tällä.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Maija wanted to talk about not sleeping…</source>
        <translation>esim. Maija halusi puhua siitä, ettei saa unta…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the purpose</source>
        <translation>tapaamisen tarkoitus</translation>
    </message>
</context>
<context>
    <name>RatingDelegate</name>
    <message>
        <location filename="../ui/practice/form.py" line="-81"/>
        <source>Rating</source>
        <translation>Arvio</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../ui/editor/reason_dialog.py" line="+38"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A reason is needed.</source>
        <translation>Syy tarvitaan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reason is needed</source>
        <translation>Syy tarvitaan</translation>
    </message>
</context>
<context>
    <name>RecordNoteDialog</name>
    <message>
        <location filename="../ui/recordnote/dialog.py" line="+63"/>
        <source>For the clinical record — OD Notes</source>
        <translation>Potilaskertomukseen — OD Notes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This meeting as a note for your service&apos;s clinical record. It is the team&apos;s record: items kept to the team are in it, each marked “not shared with the network”. Nothing is saved unless you save it.</source>
        <translation>Tämä tapaaminen kirjauksena palvelunne potilaskertomukseen. Se on työryhmän oma kirjaus: siinä ovat myös vain työryhmälle jätetyt kohdat, kukin merkittynä ”ei jaettu verkostolle”. Mitään ei tallenneta, ellet tallenna sitä itse.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This network has no record number yet. Add it on the network page (Record number…) and the note will carry it.</source>
        <translation>Tällä verkostolla ei vielä ole asiakasnumeroa. Lisää se verkoston sivulla (Asiakasnumero…), niin se tulee kirjaukseen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No record number</source>
        <translation>Ei asiakasnumeroa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full note</source>
        <translation>&amp;Koko kirjaus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;hort form: every heading and decision, the voices shortened</source>
        <translation>&amp;Lyhyt muoto: otsikot ja päätökset, puheenvuorot lyhyinä</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The full note is within your limit.</source>
        <translation>Koko kirjaus mahtuu rajaasi.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The note, as it will be pasted</source>
        <translation>Kirjaus sellaisena kuin se liitetään</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Length of the note</source>
        <translation>Kirjauksen pituus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened</source>
        <translation>Mitä tapahtui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy to the clipboard</source>
        <translation>K&amp;opioi leikepöydälle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the note to the clipboard</source>
        <translation>Kopioi kirjaus leikepöydälle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as &amp;text…</source>
        <translation>Tallenna &amp;tekstinä…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the note as a text file</source>
        <translation>Tallenna kirjaus tekstitiedostona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;PDF…</source>
        <translation>Tallenna &amp;PDF-tiedostona…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the full note as a PDF to attach</source>
        <translation>Tallenna koko kirjaus liitettäväksi PDF-tiedostoksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF always holds the full note.</source>
        <translation>PDF-tiedostossa on aina koko kirjaus.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <location line="+34"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln merkki</numerusform>
            <numerusform>%Ln merkkiä</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Even the short form is {chars}, over your limit of {limit}: paste it in two parts, or attach the PDF.</source>
        <translation>Lyhytkin muoto on {chars}, yli rajasi {limit}: liitä se kahdessa osassa tai lisää PDF-tiedosto liitteeksi.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The short form is {chars}, within your limit of {limit} (the full note is {full}: attach the PDF if the record should hold all of it).</source>
        <translation>Lyhyt muoto on {chars}, rajasi {limit} sisällä (koko kirjaus on {full}: lisää PDF-tiedosto liitteeksi, jos kertomukseen kuuluu tallentaa kaikki).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{chars}, within your limit of {limit} (Preferences).</source>
        <translation>{chars}, rajasi {limit} sisällä (Asetukset).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{chars}: over your limit of {limit}. The short form is {short}.</source>
        <translation>{chars}: yli rajasi {limit}. Lyhyt muoto on {short}.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Copied {chars}. Paste it into the record now: the clipboard is cleared after %n second(s) unless you copy something else.</source>
        <translation>
            <numerusform>Kopioitu {chars}. Liitä se kertomukseen nyt: leikepöytä tyhjennetään %n sekunnin kuluttua, ellet kopioi jotain muuta.</numerusform>
            <numerusform>Kopioitu {chars}. Liitä se kertomukseen nyt: leikepöytä tyhjennetään %n sekunnin kuluttua, ellet kopioi jotain muuta.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the note as text</source>
        <translation>Tallenna kirjaus tekstinä</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text files (*.txt)</source>
        <translation>Tekstitiedostot (*.txt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>saving the note</source>
        <translation>kirjauksen tallentaminen</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Save as text</source>
        <translation>Tallenna tekstinä</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the note as PDF</source>
        <translation>Tallenna kirjaus PDF-tiedostona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save as PDF</source>
        <translation>Tallenna PDF-tiedostona</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Making the PDF…</source>
        <translation>Tehdään PDF-tiedostoa…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved as {name}.</source>
        <translation>Tallennettu: {name}.</translation>
    </message>
</context>
<context>
    <name>RecordNumberDialog</name>
    <message>
        <location filename="../ui/network/record_number_dialog.py" line="+17"/>
        <source>Record number — OD Notes</source>
        <translation>Asiakasnumero — OD Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record number</source>
        <translation>Asiakasnumero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As your service&apos;s record system writes it</source>
        <translation>Niin kuin palvelunne potilastietojärjestelmä sen kirjoittaa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;number:</source>
        <translation>Asiakas&amp;numero:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your service&apos;s own identifier for this person, as in its clinical record (an NHS or hospital number, say). It is written on the note for the clinical record. It is never printed on the network&apos;s summaries, and supervision exports take it out, even where someone typed it into a note.</source>
        <translation>Palvelunne oma tunniste tälle henkilölle, sama kuin potilaskertomuksessa (esimerkiksi sairaalan asiakasnumero). Se kirjoitetaan potilaskertomukseen menevään kirjaukseen. Sitä ei koskaan tulosteta verkoston yhteenvetoihin, ja työnohjausviennit poistavat sen, vaikka joku olisi kirjoittanut sen tekstiin.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the record number</source>
        <translation>Tallenna asiakasnumero</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../ui/dialogs/recovery_key.py" line="+63"/>
        <source>Your recovery key — OD Notes</source>
        <translation>Palautusavaimesi — OD Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Keep this recovery key.&lt;/b&gt; If the passphrase is ever forgotten, it is the only way back into the vault. It is shown only now: print it or save it to a USB stick, and keep it apart from this laptop.</source>
        <translation>&lt;b&gt;Säilytä tämä palautusavain.&lt;/b&gt; Jos salalause joskus unohtuu, tämä on ainoa tapa päästä holviin. Se näytetään vain nyt: tulosta se tai tallenna se USB-tikulle ja säilytä sitä erillään tästä kannettavasta.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recovery key</source>
        <translation>Palautusavain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the recovery key</source>
        <translation>Tulosta palautusavain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save to a file…</source>
        <translation>Ta&amp;llenna tiedostoon…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery key to a file</source>
        <translation>Tallenna palautusavain tiedostoon</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have printed or saved the recovery key and will keep it safe</source>
        <translation>Olen tulostanut tai tallentanut palautusavaimen ja säilytän sitä turvassa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have kept the recovery key</source>
        <translation>Olen tallentanut palautusavaimen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Continue</source>
        <translation>&amp;Jatka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Jatka</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sent to the printer. Check that the page came out.</source>
        <translation>Lähetetty tulostimelle. Tarkista, että sivu tuli ulos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} recovery key.txt</source>
        <translation>{name} palautusavain.txt</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save the recovery key</source>
        <translation>Tallenna palautusavain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <translation>Tekstitiedostot (*.txt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>saving the recovery key</source>
        <translation>palautusavaimen tallentaminen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved to {chosen}. Move it off this laptop, e.g. to a USB stick.</source>
        <translation>Tallennettu: {chosen}. Siirrä se pois tältä kannettavalta, esim. USB-tikulle.</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockDialog</name>
    <message>
        <location filename="../ui/dialogs/recovery_unlock.py" line="+32"/>
        <source>Unlock {name} with the recovery key — OD Notes</source>
        <translation>Avaa {name} palautusavaimella — OD Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery key</source>
        <translation>Palautusavain</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the recovery key you printed or saved when the vault was made. Then you will choose a new passphrase.</source>
        <translation>Kirjoita palautusavain, jonka tulostit tai tallensit, kun holvi luotiin. Sen jälkeen valitset uuden salalauseen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Palautusavain:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault is unlocked. Choose a new passphrase for it.</source>
        <translation>Holvi on avattu. Valitse sille uusi salalause.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock with recovery key</source>
        <translation>Avaa palautusavaimella</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking…</source>
        <translation>Tarkistetaan…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Setting the passphrase…</source>
        <translation>Asetetaan salalausetta…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Set passphrase</source>
        <translation>A&amp;seta salalause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set new passphrase</source>
        <translation>Aseta uusi salalause</translation>
    </message>
</context>
<context>
    <name>ReflectionCard</name>
    <message>
        <location filename="../ui/editor/sections/reflections.py" line="+79"/>
        <source>Reflection {number}</source>
        <translation>Reflektointi {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reflection {number}</source>
        <translation>reflektointi {number}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Who reflected:</source>
        <translation>Ketkä reflektoivat:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who reflected in reflection {number}</source>
        <translation>Ketkä reflektoivat reflektoinnissa {number}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What was said in reflection {number}</source>
        <translation>Mitä reflektoinnissa {number} sanottiin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the practitioners said to each other</source>
        <translation>Mitä työntekijät sanoivat toisilleen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;How it landed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Miltä se tuntui&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ReflectionsSection</name>
    <message>
        <location line="+9"/>
        <source>Reflections and how they landed</source>
        <translation>Reflektoinnit ja miltä ne tuntuivat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflections</source>
        <translation>Reflektoinnit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the practitioners said to each other in front of the network, and each person&apos;s response.</source>
        <translation>Mitä työntekijät sanoivat toisilleen verkoston kuullen, ja kunkin vastaus siihen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove reflection {number}</source>
        <translation>Poista reflektointi {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a &amp;reflection</source>
        <translation>Lisää &amp;reflektointi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a reflection</source>
        <translation>Lisää reflektointi</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>this reflection</source>
        <translation>tämä reflektointi</translation>
    </message>
</context>
<context>
    <name>ResponseBox</name>
    <message>
        <location line="-145"/>
        <location line="+1"/>
        <source>How it landed with {name}</source>
        <translation>Miltä se tuntui: {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}&apos;s response</source>
        <translation>Vastaus: {name}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../ui/dialogs/vault_copies.py" line="+16"/>
        <source>Restore a backup — OD Notes</source>
        <translation>Palauta varmuuskopio — OD Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoring makes a new vault file from a backup, after checking every record in it. It never replaces a vault: choose a name that is not taken.</source>
        <translation>Palauttaminen tekee varmuuskopiosta uuden holvitiedoston, kun sen jokainen tietue on tarkistettu. Se ei koskaan korvaa holvia: valitse nimi, joka ei ole käytössä.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup file</source>
        <translation>Varmuuskopiotiedosto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup file</source>
        <translation>Valitse varmuuskopiotiedosto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New vault file</source>
        <translation>Uusi holvitiedosto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;rowse…</source>
        <translation>S&amp;elaa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to put the restored vault</source>
        <translation>Valitse, mihin palautettu holvi tallennetaan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup&apos;s passphrase</source>
        <translation>Varmuuskopion salalause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore</source>
        <translation>&amp;Palauta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the backup</source>
        <translation>Palauta varmuuskopio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the restored vault</source>
        <translation>&amp;Avaa palautettu holvi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the restored vault</source>
        <translation>Avaa palautettu holvi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Backup:</source>
        <translation>&amp;Varmuuskopio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore &amp;as:</source>
        <translation>Palauta &amp;nimellä:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>Sa&amp;lalause:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase the vault had when the backup was made.</source>
        <translation>Salalause, joka holvilla oli varmuuskopiota tehtäessä.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{stem} restored.odvault</source>
        <translation>{stem} palautettu.odvault</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup to restore</source>
        <translation>Palautettava varmuuskopio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore the vault as</source>
        <translation>Palauta holvi nimellä</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the backup file to restore.</source>
        <translation>Valitse palautettava varmuuskopiotiedosto.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a name for the restored vault.</source>
        <translation>Valitse palautetulle holville nimi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} already exists there; OD Notes never writes over a vault. Choose another name.</source>
        <translation>{name} on jo olemassa siellä; OD Notes ei koskaan kirjoita holvin päälle. Valitse toinen nimi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That folder does not exist. Choose one with Browse…</source>
        <translation>Kansiota ei ole olemassa. Valitse kansio painikkeella Selaa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please type the backup&apos;s passphrase.</source>
        <translation>Kirjoita varmuuskopion salalause.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the backup and writing the restored vault…</source>
        <translation>Tarkistetaan varmuuskopiota ja kirjoitetaan palautettua holvia…</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Restored %n record(s) to {path}; verified.</source>
        <translation>
            <numerusform>Palautettiin %n tietue kohteeseen {path}; tarkistettu.</numerusform>
            <numerusform>Palautettiin %n tietuetta kohteeseen {path}; tarkistettu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewTextView</name>
    <message>
        <location filename="../ui/supervision/review_view.py" line="+18"/>
        <source>De-identified text as it will be written</source>
        <translation>Tunnisteeton teksti sellaisena kuin se kirjoitetaan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Replaced ({kind}): was “{original}”</source>
        <translation>Korvattu ({kind}): oli ”{original}”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>May still be a name: {reason}</source>
        <translation>Voi yhä olla nimi: {reason}</translation>
    </message>
</context>
<context>
    <name>ReviewWordsBox</name>
    <message>
        <location filename="../ui/supervision/review_words.py" line="+16"/>
        <source>Still looks like a name: replace or accept each word</source>
        <translation>Näyttää yhä nimeltä: korvaa tai hyväksy kukin sana</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Words that may still be names</source>
        <translation>Sanat, jotka voivat yhä olla nimiä</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Accept all as not names</source>
        <translation>Hyväksy kaikki (ei nimiä)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Replace all as suggested</source>
        <translation>Korvaa kaikki ehdotetusti</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Apply answers</source>
        <translation>Käytä vastaukset</translation>
    </message>
</context>
<context>
    <name>ReviewWordsModel</name>
    <message>
        <location filename="../ui/supervision/models.py" line="+106"/>
        <source>Word</source>
        <translation>Sana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times</source>
        <translation>Kertaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is listed</source>
        <translation>Miksi se on listalla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Vastaus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with</source>
        <translation>Korvaa sanalla</translation>
    </message>
</context>
<context>
    <name>RevisionModel</name>
    <message>
        <location filename="../ui/editor/models/revisions.py" line="+51"/>
        <source>Saved</source>
        <translation>Tallennettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>SealedExportViewer</name>
    <message>
        <location filename="../ui/supervision/viewer.py" line="+41"/>
        <source>Encrypted supervision export (read-only)</source>
        <translation>Salattu työnohjausvienti (vain luku)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted supervision export viewer</source>
        <translation>Salatun työnohjausviennin katselu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export file</source>
        <translation>Vientitiedosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Valitse tiedosto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose export file</source>
        <translation>Valitse vientitiedosto</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Passphrase of the export</source>
        <translation>Viennin salalause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open export</source>
        <translation>Avaa vienti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Viesti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export content</source>
        <translation>Viennin sisältö</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Encrypted supervision export</source>
        <translation>Salattu työnohjausvienti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supervision exports (*.odsup)</source>
        <translation>Työnohjausviennit (*.odsup)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opening the export…</source>
        <translation>Avataan vientiä…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read-only: this export cannot be changed here.</source>
        <translation>Vain luku: tätä vientiä ei voi muuttaa täällä.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../ui/search/dialog.py" line="+88"/>
        <source>Search — OD Notes</source>
        <translation>Haku — OD Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the vault</source>
        <translation>Hae holvista</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names, voices, reflections, decisions, uncertainties…</source>
        <translation>Nimet, puheenvuorot, reflektoinnit, päätökset, avoimet kysymykset…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search results</source>
        <translation>Hakutulokset</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type to search. The search index is kept in the vault, encrypted like your notes.</source>
        <translation>Kirjoita hakeaksesi. Hakuhakemisto säilytetään holvissa salattuna, kuten muistiinpanosi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search status</source>
        <translation>Haun tila</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n found.</source>
        <translation>
            <numerusform>%n osuma.</numerusform>
            <numerusform>%n osumaa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The first %n places found are shown; add a word to narrow it down.</source>
        <translation>
            <numerusform>Näytetään ensimmäinen %n löydetty kohta; lisää sana rajataksesi hakua.</numerusform>
            <numerusform>Näytetään ensimmäiset %n löydettyä kohtaa; lisää sana rajataksesi hakua.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Still indexing: searched %n of {total} meetings so far.</source>
        <translation>
            <numerusform>Indeksointi kesken: haettu tähän mennessä %n/{total} tapaamisesta.</numerusform>
            <numerusform>Indeksointi kesken: haettu tähän mennessä %n/{total} tapaamisesta.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Nothing found.</source>
        <translation>Mitään ei löytynyt.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location line="-83"/>
        <source>Where</source>
        <translation>Missä</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Words</source>
        <translation>Sanat</translation>
    </message>
</context>
<context>
    <name>ShareChoicesModel</name>
    <message>
        <location filename="../ui/sharing/models.py" line="+26"/>
        <source>Share</source>
        <translation>Jaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared</source>
        <translation>jaettu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not shared</source>
        <translation>ei jaettu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colleague</source>
        <translation>Kollega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Ammatti</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../ui/sharing/share_dialog.py" line="+43"/>
        <source>Share {network}</source>
        <translation>Jaa verkosto {network}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The exchange folder is a folder your sync tool (Syncthing, a shared drive) carries to your colleague. OD Notes writes sealed files into it that only your colleague&apos;s vault can open, and reads theirs from it.</source>
        <translation>Vaihtokansio on kansio, jonka synkronointityökalusi (Syncthing, jaettu levy) kuljettaa kollegallesi. OD Notes kirjoittaa siihen sinetöityjä tiedostoja, jotka vain kollegasi holvi voi avata, ja lukee sieltä hänen tiedostonsa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>Exchange folder</source>
        <translation>Vaihtokansio</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>No exchange folder chosen yet</source>
        <translation>Vaihtokansiota ei ole vielä valittu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Valitse…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the exchange folder</source>
        <translation>Valitse vaihtokansio</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Colleagues to share with</source>
        <translation>Kollegat, joille jaetaan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No colleague is paired yet: pair first in File › Colleagues….</source>
        <translation>Yhtään kollegaa ei ole vielä yhdistetty: yhdistä ensin kohdassa Tiedosto › Kollegat….</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Share</source>
        <translation>&amp;Jaa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share the network</source>
        <translation>Jaa verkosto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Share this network with:</source>
        <translation>Jaa tämä verkosto kollegoille:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the exchange folder first.</source>
        <translation>Valitse ensin vaihtokansio.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{folder} is not a folder that exists here.</source>
        <translation>Kansiota {folder} ei ole tällä koneella.</translation>
    </message>
</context>
<context>
    <name>SharingControls</name>
    <message>
        <location filename="../ui/sharing/controls.py" line="+21"/>
        <source>Share &amp;with…</source>
        <translation>&amp;Jaa kollegoille…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share this network with a colleague</source>
        <translation>Jaa tämä verkosto kollegalle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your paired co-facilitators get this network through the exchange folder</source>
        <translation>Yhdistetyt työparisi saavat tämän verkoston vaihtokansion kautta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shared with</source>
        <translation>Jaettu kollegoille</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shared with {names}</source>
        <translation>Jaettu: {names}</translation>
    </message>
</context>
<context>
    <name>SharingToggle</name>
    <message>
        <location filename="../ui/editor/sharing.py" line="+58"/>
        <source>Team only</source>
        <translation>Vain työryhmälle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared with the network</source>
        <translation>Jaettu verkostolle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sharing of {what}: </source>
        <translation>Jakaminen – {what}: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team only</source>
        <translation>vain työryhmälle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shared with the network</source>
        <translation>jaettu verkostolle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept to the team. Click to share it with the network again.</source>
        <translation>Pidetty työryhmällä. Napsauta jakaaksesi sen taas verkostolle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goes into the network&apos;s summary. Click to keep it to the team (needs a reason).</source>
        <translation>Menee verkoston yhteenvetoon. Napsauta pitääksesi sen työryhmällä (tarvitsee syyn).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>Keep to the team</source>
        <translation>Pidä työryhmällä</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Why is {what} kept out of the network&apos;s summary? The summary will say that something was held back.</source>
        <translation>Miksi tämä jätetään pois verkoston yhteenvedosta ({what})? Yhteenvedossa kerrotaan, että jotain jätettiin pois.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/shortcuts.py" line="+25"/>
        <source>Keyboard shortcuts — OD Notes</source>
        <translation>Pikanäppäimet — OD Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Pikanäppäimet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Näppäimet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>Mitä ne tekevät</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>In a meeting, the editor&apos;s own shortcuts are listed in its sections. Tab and Shift+Tab move between fields.</source>
        <translation>Tapaamisessa muokkaimen omat pikanäppäimet on lueteltu sen osioissa. Tab ja Shift+Tab siirtävät kentästä toiseen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>StanceModel</name>
    <message>
        <location filename="../ui/editor/models/stances.py" line="+80"/>
        <source>Person</source>
        <translation>Henkilö</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In their words (optional)</source>
        <translation>Omin sanoin (valinnainen)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{name}&apos;s words: {value}</source>
        <translation>{name} omin sanoin: {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>chosen</source>
        <translation>valittu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not chosen</source>
        <translation>ei valittu</translation>
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
        <translation>Taustatyö</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Background work progress</source>
        <translation>Taustatyön eteneminen</translation>
    </message>
</context>
<context>
    <name>SummaryPreviewDialog</name>
    <message>
        <location filename="../ui/summary/preview_dialog.py" line="+95"/>
        <source>Meeting summary: preview</source>
        <translation>Tapaamisen yhteenveto: esikatselu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network summary: preview</source>
        <translation>Verkoston yhteenveto: esikatselu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Summary pages</source>
        <translation>Yhteenvedon sivut</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Large print (16 pt)</source>
        <translation>&amp;Isokokoinen teksti (16 pt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One shared copy</source>
        <translation>Yksi yhteinen kappale</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (asked for large print)</source>
        <translation> (pyysi isoa tekstiä)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For {name}{suffix}</source>
        <translation>{name}{suffix}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say how much the team &amp;kept back</source>
        <translation>Kerro, paljonko työryhmä &amp;jätti pois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End by inviting &amp;corrections</source>
        <translation>Pyydä lopuksi &amp;korjauksia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Large print</source>
        <translation>Isokokoinen teksti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size</source>
        <translation>Paperikoko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose copy</source>
        <translation>Kenen kappale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the summary</source>
        <translation>Yhteenvedon kieli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say how much the team kept back</source>
        <translation>Kerro, paljonko työryhmä jätti pois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite corrections at the end</source>
        <translation>Pyydä lopuksi korjauksia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper sizes</source>
        <translation>Paperikoot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies to choose from</source>
        <translation>Valittavat kappaleet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages a summary can be printed in</source>
        <translation>Kielet, joilla yhteenvedon voi tulostaa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The summary&apos;s own words and dates are printed in this language; what people said stays in their words. A copy for someone starts in their language.</source>
        <translation>Yhteenvedon omat sanat ja päivämäärät tulostetaan tällä kielellä; ihmisten sanat säilyvät heidän omina sanoinaan. Jonkun omassa kappaleessa kieli on aluksi hänen kielensä.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to print</source>
        <translation>Miten tulostetaan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Paperi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;opy:</source>
        <translation>K&amp;appale:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;nguage:</source>
        <translation>Kie&amp;li:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printing notice</source>
        <translation>Tulostusilmoitus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview status</source>
        <translation>Esikatselun tila</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the summary</source>
        <translation>Tulosta yhteenveto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF…</source>
        <translation>Tallenna P&amp;DF-tiedostona…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the summary as a PDF file</source>
        <translation>Tallenna yhteenveto PDF-tiedostona</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close the preview</source>
        <translation>Sulje esikatselu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print options and items kept to the team</source>
        <translation>Tulostusvalinnat ja vain työryhmälle jätetyt kohdat</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The summary could not be made: {error}</source>
        <translation>Yhteenvetoa ei voitu tehdä: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making the summary…</source>
        <translation>Tehdään yhteenvetoa…</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n page(s) on {label} paper</source>
        <translation>
            <numerusform>%n sivu, paperi {label}</numerusform>
            <numerusform>%n sivua, paperi {label}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n character(s) cannot be drawn by the print font ({codes}). They print as {MARKER}, and the summary tells the reader so.</source>
        <translation>
            <numerusform>%n merkki ei piirry tulostusfontilla ({codes}). Se tulostuu merkkinä {MARKER}, ja yhteenveto kertoo siitä lukijalle.</numerusform>
            <numerusform>%n merkkiä ei piirry tulostusfontilla ({codes}). Ne tulostuvat merkkinä {MARKER}, ja yhteenveto kertoo siitä lukijalle.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-13"/>
        <source>, large print.</source>
        <translation>, isokokoinen teksti.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>OD Notes summary</source>
        <translation>OD Notes -yhteenveto</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Printing</source>
        <translation>Tulostus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The printer could not be started.</source>
        <translation>Tulostinta ei voitu käynnistää.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save summary as PDF</source>
        <translation>Tallenna yhteenveto PDF-tiedostona</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>saving the summary</source>
        <translation>yhteenvedon tallentaminen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF</source>
        <translation>Tallenna PDF-tiedostona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved as {name}.</source>
        <translation>Tallennettu: {name}.</translation>
    </message>
</context>
<context>
    <name>SupervisionExportDialog</name>
    <message>
        <location filename="../ui/supervision/export_dialog.py" line="+86"/>
        <location line="+1"/>
        <source>Export for supervision</source>
        <translation>Vie työnohjaukseen</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+1"/>
        <source>Include meetings still in draft</source>
        <translation>Mukaan myös luonnokset</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A draft may still change and may not have been read by your co-facilitator; drafts are left out unless you tick them.</source>
        <translation>Luonnos voi vielä muuttua, eikä työparisi ole ehkä lukenut sitä; luonnokset jätetään pois, ellet merkitse niitä.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Networks to export</source>
        <translation>Vietävät verkostot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings to export</source>
        <translation>Vietävät tapaamiset</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Include items kept to the team</source>
        <translation>Mukaan myös työryhmälle jätetyt kohdat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the team&apos;s practice reflections</source>
        <translation>Mukaan myös työryhmän työtavan arvioinnit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include practice reflections</source>
        <translation>Mukaan myös työtavan arvioinnit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF, Markdown and JSON files</source>
        <translation>PDF-, Markdown- ja JSON-tiedostot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write plain files</source>
        <translation>Kirjoita tavallisina tiedostoina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One encrypted file (for a USB stick)</source>
        <translation>Yksi salattu tiedosto (USB-tikulle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one encrypted file</source>
        <translation>Kirjoita yhtenä salattuna tiedostona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase for the export</source>
        <translation>Viennin salalause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Salalause uudelleen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language of the export</source>
        <translation>Viennin kieli</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Headings, labels such as Mother or Meeting 2, and relative dates are written in this language; what people said stays in their words.</source>
        <translation>Otsikot, nimitykset kuten Äiti tai Tapaaminen 2 sekä suhteelliset päivämäärät kirjoitetaan tällä kielellä; se, mitä ihmiset sanoivat, säilyy heidän omin sanoinaan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder to write into</source>
        <translation>Kansio, johon kirjoitetaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder…</source>
        <translation>Valitse kansio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder</source>
        <translation>Valitse kansio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to include and where</source>
        <translation>Mitä otetaan mukaan ja minne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La&amp;nguage:</source>
        <translation>Kie&amp;li:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase:</source>
        <translation>Salalause:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again:</source>
        <translation>Salalause uudelleen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Kansio:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Networks</source>
        <translation>Verkostot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Tapaamiset</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review before writing…</source>
        <translation>Tarkista ennen vientiä…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review before writing</source>
        <translation>Tarkista ennen vientiä</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Names become relationships or roles, dates become days from first contact, places become their kind, and phone numbers, addresses and identity numbers are replaced by what they are. You will see everything before anything is written.</source>
        <translation>Nimet muutetaan suhteiksi tai rooleiksi, päivämäärät päiviksi ensimmäisestä yhteydenotosta, paikat niiden tyypiksi, ja puhelinnumerot, osoitteet ja henkilötunnukset korvataan sillä, mitä ne ovat. Näet kaiken ennen kuin mitään kirjoitetaan.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{prefix}Meeting {number}, {day}{state}</source>
        <translation>{prefix}Tapaaminen {number}, {day}{state}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>De-identifying the chosen meetings…</source>
        <translation>Poistetaan tunnisteita valituista tapaamisista…</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Applying the answers…</source>
        <translation>Otetaan vastauksia käyttöön…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The export could not be written; nothing was left half-written.</source>
        <translation>Vientiä ei voitu kirjoittaa; mitään ei jäänyt puolivalmiiksi.</translation>
    </message>
    <message>
        <location line="-178"/>
        <source> (draft)</source>
        <translation> (luonnos)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Folder for the export</source>
        <translation>Viennin kansio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No finalised meeting is ticked. Tick a meeting, or include meetings still in draft.</source>
        <translation>Yhtään viimeisteltyä tapaamista ei ole merkitty. Merkitse tapaaminen tai ota mukaan luonnoksina olevat tapaamiset.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose at least one network and one meeting.</source>
        <translation>Valitse vähintään yksi verkosto ja yksi tapaaminen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An encrypted export needs a passphrase.</source>
        <translation>Salattu vienti tarvitsee salalauseen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases are different.</source>
        <translation>Salalauseet eivät ole samat.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Review status</source>
        <translation>Tarkistuksen tila</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to choices</source>
        <translation>Takaisin valintoihin</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Write export</source>
        <translation>Kirjoita vienti</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n replacement(s) shaded.</source>
        <translation>
            <numerusform>%n korvaus varjostettu.</numerusform>
            <numerusform>%n korvausta varjostettu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n word(s) may still be names: answer each, then Apply answers.</source>
        <translation>
            <numerusform>%n sana voi yhä olla nimi: vastaa kuhunkin ja valitse sitten Käytä vastaukset.</numerusform>
            <numerusform>%n sanaa voi yhä olla nimiä: vastaa kuhunkin ja valitse sitten Käytä vastaukset.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing else looks like a name; read it through, then Write export.</source>
        <translation>Mikään muu ei näytä nimeltä; lue teksti läpi ja valitse sitten Kirjoita vienti.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a folder first (Back).</source>
        <translation>Valitse ensin kansio (Takaisin).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the export…</source>
        <translation>Kirjoitetaan vientiä…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Written: </source>
        <translation>Kirjoitettu: </translation>
    </message>
</context>
<context>
    <name>Syncer</name>
    <message>
        <location filename="../ui/sharing/syncer.py" line="+113"/>
        <source>Choose who you are in File › Colleagues… first.</source>
        <translation>Valitse ensin, kuka olet, kohdassa Tiedosto › Kollegat….</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is shared yet: open a network and choose “Share with…”.</source>
        <translation>Mitään ei ole vielä jaettu: avaa verkosto ja valitse ”Jaa kollegoille…”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Syncing with colleagues…</source>
        <translation>Synkronoidaan kollegoiden kanssa…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Some files were not taken in — OD Notes</source>
        <translation>Joitakin tiedostoja ei vastaanotettu — OD Notes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not synced: {error}</source>
        <translation>Ei synkronoitu: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced — OD Notes</source>
        <translation>Ei synkronoitu — OD Notes</translation>
    </message>
</context>
<context>
    <name>ThreadHistoryModel</name>
    <message>
        <location filename="../ui/models/uncertainties.py" line="+47"/>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Huomio</translation>
    </message>
</context>
<context>
    <name>UncertaintiesModel</name>
    <message>
        <location line="-27"/>
        <source>Question</source>
        <translation>Kysymys</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no words yet)</source>
        <translation>(ei vielä sanoja)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose</source>
        <translation>Kenen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open since</source>
        <translation>Auki alkaen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest note</source>
        <translation>Viimeisin huomio</translation>
    </message>
</context>
<context>
    <name>UncertaintiesSection</name>
    <message>
        <location filename="../ui/editor/sections/uncertainties.py" line="+187"/>
        <source>Open uncertainties</source>
        <translation>Avoimet kysymykset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncertainties</source>
        <translation>Kysymykset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions the network is living with rather than closing early. Those still open from earlier meetings come first.</source>
        <translation>Kysymykset, joiden kanssa verkosto elää sen sijaan, että ne suljettaisiin liian aikaisin. Aiemmista tapaamisista yhä auki olevat tulevat ensin.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Still open from earlier meetings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Yhä auki aiemmista tapaamisista&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Raised in this meeting&lt;/b&gt;</source>
        <translation>&lt;b&gt;Otettu puheeksi tässä tapaamisessa&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add an &amp;uncertainty</source>
        <translation>Lisää &amp;avoin kysymys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an uncertainty</source>
        <translation>Lisää avoin kysymys</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this uncertainty</source>
        <translation>tämä avoin kysymys</translation>
    </message>
</context>
<context>
    <name>UncertaintiesTab</name>
    <message>
        <location filename="../ui/network/continuity_tab.py" line="-74"/>
        <source>Show &amp;only open uncertainties</source>
        <translation>Näytä &amp;vain avoimet kysymykset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only open uncertainties</source>
        <translation>Näytä vain avoimet kysymykset</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uncertainties</source>
        <translation>Kysymykset</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History of the selected uncertainty</source>
        <translation>Valitun kysymyksen historia</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How it was carried from meeting to meeting (Enter opens)</source>
        <translation>Miten sitä kuljetettiin tapaamisesta toiseen (Enter avaa)</translation>
    </message>
</context>
<context>
    <name>UncertaintyCard</name>
    <message>
        <location filename="../ui/editor/sections/uncertainties.py" line="-186"/>
        <source>uncertainty {number}</source>
        <translation>avoin kysymys {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open since {strftime}</source>
        <translation>Auki {strftime} alkaen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carried</source>
        <translation>Jatkuu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New in this meeting</source>
        <translation>Uusi tässä tapaamisessa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {what}</source>
        <translation>Poista {what}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no question was written)</source>
        <translation>(kysymystä ei kirjoitettu)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Question of {what}</source>
        <translation>Kysymys ({what})</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Whose: {whose}</source>
        <translation>Kenen: {whose}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The question the network is living with, e.g. whether…</source>
        <translation>Kysymys, jonka kanssa verkosto elää, esim. auttaisiko…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} is theirs</source>
        <translation>kysymys on hänen ({what})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whose:</source>
        <translation>Kenen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose {what} is</source>
        <translation>Kenen kysymys on ({what})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Note on {what}</source>
        <translation>Huomio ({what})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note: what changed, or why it is resolved or let go</source>
        <translation>Huomio: mikä muuttui tai miksi kysymys ratkesi tai päästettiin menemään</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../ui/dialogs/unlock.py" line="+194"/>
        <source>Unlock {name} — OD Notes</source>
        <translation>Avaa {name} — OD Notes</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location line="-138"/>
        <source>Vault name</source>
        <translation>Holvin nimi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault file</source>
        <translation>Holvitiedosto</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Salalause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the fictional demo vault. Its passphrase is “{passphrase}”; press Enter to unlock it.</source>
        <translation>Tämä on keksitty esittelyholvi. Sen salalause on ”{passphrase}”; avaa se painamalla Enter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo passphrase</source>
        <translation>Esittelyholvin salalause</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlock problem</source>
        <translation>Ongelma avaamisessa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Avaa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;orgot passphrase?</source>
        <translation>&amp;Unohditko salalauseen?</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source> You can try again in %n s.</source>
        <translation>
            <numerusform> Voit yrittää uudelleen %n s kuluttua.</numerusform>
            <numerusform> Voit yrittää uudelleen %n s kuluttua.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Forgot passphrase: unlock with the recovery key</source>
        <translation>Unohtunut salalause: avaa palautusavaimella</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vault:</source>
        <translation>Holvi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Tiedosto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Salalause:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Please type the vault&apos;s passphrase.</source>
        <translation>Kirjoita holvin salalause.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Too many wrong attempts.</source>
        <translation>Liian monta väärää yritystä.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unlocking… (deriving the key takes a moment)</source>
        <translation>Avataan… (avaimen johtaminen vie hetken)</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../ui/help.py" line="+76"/>
        <source>User guide — OD Notes</source>
        <translation>Käyttöopas — OD Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User guide</source>
        <translation>Käyttöopas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The user guide is missing from this installation ({name}).</source>
        <translation>Käyttöopas puuttuu tästä asennuksesta ({name}).</translation>
    </message>
</context>
<context>
    <name>VaultOverviewWidget</name>
    <message>
        <location filename="../ui/continuity/overview.py" line="+28"/>
        <source>Across all networks</source>
        <translation>Kaikki verkostot</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+1"/>
        <source> week(s)</source>
        <translation>
            <numerusform> viikko</numerusform>
            <numerusform> viikkoa</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks without a meeting</source>
        <translation>Viikkoja ilman tapaamista</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Network</source>
        <translation>Verkosto</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last meeting</source>
        <translation>Viimeisin tapaaminen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>Jatkotoimi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Kuka</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept until</source>
        <translation>Säilytetään asti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Networks count as quiet after</source>
        <translation>Verkosto on hiljainen, kun tapaamisesta on kulunut</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Meetings still in draft</source>
        <translation>Vielä luonnoksina olevat tapaamiset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networks with no recent meeting</source>
        <translation>Verkostot, joissa ei ole ollut tapaamista vähään aikaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups due this week</source>
        <translation>Tällä viikolla erääntyvät jatkotoimet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Networks whose keeping time has ended</source>
        <translation>Verkostot, joiden säilytysaika on päättynyt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Networks due for deletion</source>
        <translation>Poistettavat verkostot</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Active networks with no meeting in %n week(s)</source>
        <translation>
            <numerusform>Käynnissä olevat verkostot, joissa ei tapaamista %n viikkoon</numerusform>
            <numerusform>Käynnissä olevat verkostot, joissa ei tapaamista %n viikkoon</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-ups due this week ({monday} to {sunday})</source>
        <translation>Tällä viikolla erääntyvät jatkotoimet ({monday}–{sunday})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>draft</source>
        <translation>luonnos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no meeting yet</source>
        <translation>ei vielä tapaamista</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(removed)</source>
        <translation>(poistettu)</translation>
    </message>
</context>
<context>
    <name>VoiceBox</name>
    <message>
        <location filename="../ui/editor/sections/voices.py" line="+42"/>
        <source>{name}&apos;s voice</source>
        <translation>Puheenvuoro: {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What {name} said, in their own words</source>
        <translation>Mitä {name} sanoi, omin sanoin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their exact words</source>
        <translation>Hänen täsmälliset sanansa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}: their exact words (a quote)</source>
        <translation>{what}: täsmälliset sanat (lainaus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick when the box quotes them word for word</source>
        <translation>Merkitse, kun kenttä lainaa häntä sanasta sanaan</translation>
    </message>
</context>
<context>
    <name>VoicesSection</name>
    <message>
        <location line="+39"/>
        <location line="+1"/>
        <source>Voices</source>
        <translation>Puheenvuorot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each person&apos;s view in their own words, side by side. Everyone present is listed; add a second box when someone said more.</source>
        <translation>Kunkin näkemys omin sanoin, rinnakkain. Kaikki paikalla olleet on lueteltu; lisää toinen kenttä, kun joku sanoi enemmän.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tick who was present in section 1 to list their voices.</source>
        <translation>Merkitse osiossa 1, ketkä olivat paikalla, niin heidän puheenvuoronsa näkyvät tässä.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;i&gt;not marked present&lt;/i&gt;</source>
        <translation>&lt;i&gt;ei merkitty paikalla olleeksi&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add another box</source>
        <translation>Lisää uusi kenttä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add another voice box for {name}</source>
        <translation>Lisää uusi puheenvuorokenttä: {name}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../ui/dialogs/welcome.py" line="+39"/>
        <source>Welcome — OD Notes</source>
        <translation>Tervetuloa — OD Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;OD Notes&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;OD Notes&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write up network meetings after they happen, keep them encrypted on this laptop, and print plain-language summaries for the network.</source>
        <translation>Kirjaa verkostotapaamiset niiden jälkeen, säilytä ne salattuina tällä kannettavalla ja tulosta verkostolle selkokieliset yhteenvedot.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Create a new vault</source>
        <translation>&amp;Luo uusi holvi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start here: a new encrypted file for your networks.</source>
        <translation>Aloita tästä: uusi salattu tiedosto verkostoillesi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open a vault file…</source>
        <translation>&amp;Avaa holvitiedosto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vault you or your team made before.</source>
        <translation>Holvi, jonka sinä tai työryhmäsi teitte aiemmin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look around the &amp;demo vault</source>
        <translation>Tutustu &amp;esittelyholviin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fictional network with three meetings. Nobody in it is real.</source>
        <translation>Keksitty verkosto, jolla on kolme tapaamista. Kukaan siinä ei ole todellinen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent vaults</source>
        <translation>Viimeksi avatut holvit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Recent vaults:</source>
        <translation>&amp;Viimeksi avatut holvit:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open a vault</source>
        <translation>Avaa holvi</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../ui/workspace.py" line="+59"/>
        <source>Choose a network on the left, or make a new one with “New network…”.
Press Ctrl+K to search everything.</source>
        <translation>Valitse verkosto vasemmalta tai luo uusi kohdasta ”Uusi verkosto…”.
Paina Ctrl+K, niin voit hakea kaikkialta.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No network chosen</source>
        <translation>Verkostoa ei ole valittu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network and open meetings</source>
        <translation>Verkosto ja avoimet tapaamiset</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+197"/>
        <source>Network</source>
        <translation>Verkosto</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Meeting editor</source>
        <translation>Tapaamisen muokkain</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Deleting the network permanently…</source>
        <translation>Poistetaan verkostoa pysyvästi…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Opening the network…</source>
        <translation>Avataan verkostoa…</translation>
    </message>
</context>
<context>
    <name>_CopyDialog</name>
    <message>
        <location filename="../ui/dialogs/vault_copies.py" line="-238"/>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Sulje</translation>
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
        <translation>&lt;p&gt;Salatut, verkotta toimivat muistiinpanot avoimen dialogin verkostotapaamisista.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Vault format version: {format}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Holvin muodon versio: {format}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or later ({licence}). You may share and change it under those terms; it comes with no warranty. &lt;a href=&apos;{url}&apos;&gt;Read the licence&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Vapaa ohjelmisto, lisenssinä GNU GPL, versio 3 tai myöhempi ({licence}). Saat jakaa ja muuttaa sitä näillä ehdoilla; takuuta ei ole. &lt;a href=&apos;{url}&apos;&gt;Lue lisenssi&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Translations: the Finnish, German and Polish wording is an AI-assisted contributed translation that native-speaking clinicians have not yet reviewed. If you speak one of these languages and write to families in it, your corrections are the most welcome contribution there is: the user guide says where the words live.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Käännökset: suomen-, saksan- ja puolankieliset tekstit ovat tekoälyn avulla tehty vapaaehtoinen käännös, jota äidinkielenään näitä kieliä puhuvat kliinikot eivät ole vielä tarkistaneet. Jos puhut jotakin näistä kielistä ja kirjoitat sillä perheille, korjauksesi ovat kaikkein tervetulleimpia: käyttöopas kertoo, missä tekstit ovat.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Settings file (never any clinical content):&lt;br&gt;{path}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Asetustiedosto (ei koskaan potilastietoja):&lt;br&gt;{path}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <location line="+10"/>
        <source>About OD Notes</source>
        <translation>Tietoja OD Notesista</translation>
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
        <translation>Tallenna verkostokartta muodossa {kind}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Save map as {kind}…</source>
        <translation>Tallenna kartta muodossa {kind}…</translation>
    </message>
</context>
<context>
    <name>ui.dates</name>
    <message>
        <location filename="../ui/dates.py" line="+22"/>
        <source>d MMM yyyy</source>
        <translation>d.M.yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d MMM</source>
        <translation>d.M.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddd d MMM</source>
        <translation>ddd d.M.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddd d MMM yyyy, HH:mm:ss</source>
        <translation>ddd d.M.yyyy, HH.mm.ss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddd d MMM, HH:mm</source>
        <translation>ddd d.M., HH.mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HH:mm</source>
        <translation>HH.mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HH:mm:ss</source>
        <translation>HH.mm.ss</translation>
    </message>
</context>
<context>
    <name>ui.dialogs.buttons</name>
    <message>
        <location filename="../ui/dialogs/buttons.py" line="+18"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>ui.dialogs.create_vault</name>
    <message>
        <location filename="../ui/dialogs/create_vault.py" line="-135"/>
        <source>OD Notes vaults (*.odvault)</source>
        <translation>OD Notes -holvit (*.odvault)</translation>
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
        <translation>Koko holvin eheystarkistus epäonnistui: versioita on lisätty tai poistettu OD Notesin ulkopuolella.</translation>
    </message>
</context>
<context>
    <name>ui.dialogs.file_dialogs</name>
    <message>
        <location filename="../ui/dialogs/file_dialogs.py" line="+94"/>
        <source>{name} is already there. Replace it?</source>
        <translation>{name} on jo olemassa. Korvataanko se?</translation>
    </message>
</context>
<context>
    <name>ui.dialogs.messages</name>
    <message>
        <location filename="../ui/dialogs/messages.py" line="+35"/>
        <source>The file could not be used ({value}).</source>
        <translation>Tiedostoa ei voitu käyttää ({value}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>system error</source>
        <translation>järjestelmävirhe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something unexpected went wrong; nothing was changed.</source>
        <translation>Jotain odottamatonta meni vikaan; mitään ei muutettu.</translation>
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
        <translation>OD Notes -palautusavain holville ”{vault_name}”

{key}

Tällä avaimella holvin voi avata, jos salalause unohtuu.
Säilytä sitä turvallisessa paikassa erillään kannettavasta, kuin kodin vara-avainta.
Kuka tahansa, jolla on tämä avain ja holvitiedosto, voi lukea holvin.
</translation>
    </message>
</context>
<context>
    <name>ui.dialogs.strength</name>
    <message>
        <location filename="../ui/dialogs/strength.py" line="+35"/>
        <source>Too short</source>
        <translation>Liian lyhyt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use at least 8 characters; four or five words is better.</source>
        <translation>Käytä vähintään 8 merkkiä; neljä tai viisi sanaa on parempi.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+22"/>
        <source>Weak</source>
        <translation>Heikko</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>This contains a very common password. Choose other words.</source>
        <translation>Tässä on hyvin yleinen salasana. Valitse muita sanoja.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add more words or characters.</source>
        <translation>Lisää sanoja tai merkkejä.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fair</source>
        <translation>Kohtalainen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding another word would make it much stronger.</source>
        <translation>Yksi sana lisää tekisi siitä paljon vahvemman.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Good</source>
        <translation>Hyvä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A good passphrase. Keep it somewhere only you can reach.</source>
        <translation>Hyvä salalause. Säilytä se paikassa, johon vain sinä pääset.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Strong</source>
        <translation>Vahva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A strong passphrase.</source>
        <translation>Vahva salalause.</translation>
    </message>
</context>
<context>
    <name>ui.editor.confirm</name>
    <message>
        <location filename="../ui/editor/confirm.py" line="+18"/>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {what}? Its words stay readable in the meeting&apos;s history.</source>
        <translation>Poistetaanko {what}? Sen sanat jäävät luettaviksi tapaamisen historiaan.</translation>
    </message>
</context>
<context>
    <name>ui.editor.editor</name>
    <message>
        <location filename="../ui/editor/editor.py" line="-366"/>
        <source>finalised</source>
        <translation>viimeistelty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft</source>
        <translation>luonnos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>finalised, amended</source>
        <translation>viimeistelty, muutettu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting of {strftime} ({state})</source>
        <translation>Tapaaminen {strftime} ({state})</translation>
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
        <translation>luonnos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>amended ({len})</source>
        <translation>muutettu ({len})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>amended</source>
        <translation>muutettu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finalised</source>
        <translation>viimeistelty</translation>
    </message>
</context>
<context>
    <name>ui.editor.moments</name>
    <message>
        <location filename="../ui/dates.py" line="-9"/>
        <source>ddd d MMM yyyy</source>
        <translation>ddd d.M.yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd d.M.yyyy, HH.mm</translation>
    </message>
</context>
<context>
    <name>ui.editor.outside_dialog</name>
    <message>
        <location filename="../ui/editor/outside_dialog.py" line="+16"/>
        <source>Told: {told}, {when}</source>
        <translation>Kerrottu: {told}, {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Told: {told}</source>
        <translation>Kerrottu: {told}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Told on {when}</source>
        <translation>Kerrottu {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet told</source>
        <translation>Ei vielä kerrottu</translation>
    </message>
</context>
<context>
    <name>ui.editor.sections.uncertainties</name>
    <message>
        <location filename="../ui/editor/sections/uncertainties.py" line="-109"/>
        <source>Keep open</source>
        <translation>Pidä auki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Ratkesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let go</source>
        <translation>Päästetty menemään</translation>
    </message>
</context>
<context>
    <name>ui.editor.views</name>
    <message>
        <location filename="../ui/words.py" line="+32"/>
        <source>At home</source>
        <translation>Kotona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team base or clinic</source>
        <translation>Työryhmän toimipiste tai vastaanotto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Verkossa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By phone</source>
        <translation>Puhelimessa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somewhere else</source>
        <translation>Muualla</translation>
    </message>
</context>
<context>
    <name>ui.launcher</name>
    <message>
        <location filename="../ui/launcher.py" line="-142"/>
        <source>OD Notes did not close properly last time. The meeting you were writing has been reopened as it was last autosaved; at most the last few seconds of typing may be missing.</source>
        <translation>OD Notes ei sulkeutunut kunnolla viime kerralla. Tapaaminen, jota kirjoitit, on avattu uudelleen sellaisena kuin se viimeksi tallentui automaattisesti; enintään viimeisten sekuntien kirjoitus voi puuttua.</translation>
    </message>
</context>
<context>
    <name>ui.menus</name>
    <message>
        <location filename="../ui/menus.py" line="+67"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network</source>
        <translation>&amp;Verkosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meeting</source>
        <translation>Tapaa&amp;minen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Search everything…</source>
        <translation>&amp;Hae kaikkialta…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Lock now</source>
        <translation>Lu&amp;kitse nyt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a supervision &amp;export file…</source>
        <translation>Avaa &amp;työnohjausvientitiedosto…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;olleagues…</source>
        <translation>Kolle&amp;gat…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;ync now with colleagues</source>
        <translation>S&amp;ynkronoi nyt kollegoiden kanssa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Back up the vault…</source>
        <translation>&amp;Varmuuskopioi holvi…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore a bac&amp;kup…</source>
        <translation>Palauta varmuusk&amp;opio…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;hange passphrase…</source>
        <translation>Vaihda &amp;salalause…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlock with the recovery key…</source>
        <translation>Avaa &amp;palautusavaimella…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open &amp;another vault…</source>
        <translation>Avaa toi&amp;nen holvi…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;recent</source>
        <translation>Avaa viim&amp;eaikainen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;network…</source>
        <translation>Uusi &amp;verkosto…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Rename network…</source>
        <translation>Nimeä verkosto &amp;uudelleen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Close or reopen network</source>
        <translation>&amp;Sulje verkosto tai avaa se uudelleen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;hare with…</source>
        <translation>Jaa kolle&amp;goille…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New &amp;meeting</source>
        <translation>Uusi &amp;tapaaminen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New meeting from the &amp;last one</source>
        <translation>Uusi tapaaminen &amp;edellisen pohjalta</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close meeting &amp;tab (it is saved)</source>
        <translation>Sulje tapaamisen väli&amp;lehti (se on tallennettu)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;People</source>
        <translation>&amp;Ihmiset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;eetings</source>
        <translation>T&amp;apaamiset</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;uncertainties</source>
        <translation>Avoimet &amp;kysymykset</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Decisions and follow-ups</source>
        <translation>Päätökset ja &amp;jatkotoimet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At a &amp;glance</source>
        <translation>&amp;Yleiskuva</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Summary of the whole network…</source>
        <translation>Koko verkoston yhteenveto…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Take to &amp;supervision (de-identified)…</source>
        <translation>Vie työn&amp;ohjaukseen (tunnisteettomana)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Summary for the network (preview, print)…</source>
        <translation>&amp;Yhteenveto verkostolle (esikatselu, tulostus)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy for the &amp;clinical record…</source>
        <translation>Kopioi &amp;potilaskertomukseen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reflect on our practice…</source>
        <translation>Pohdi &amp;työtapaamme…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go to the networks l&amp;ist</source>
        <translation>Sii&amp;rry verkostoluetteloon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Suurempi teksti</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Pienempi teksti</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normaali tekstin koko</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Across all networks…</source>
        <translation>&amp;Kaikki verkostot…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;User guide</source>
        <translation>&amp;Käyttöopas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Pikanäppäimet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About OD Notes</source>
        <translation>&amp;Tietoja OD Notesista</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Text size {font_points} pt</source>
        <translation>Tekstin koko {font_points} pt</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No other recent vaults</source>
        <translation>Ei muita viimeaikaisia holveja</translation>
    </message>
</context>
<context>
    <name>ui.models.decisions</name>
    <message numerus="yes">
        <location filename="../ui/models/decisions.py" line="-96"/>
        <source>%n agree(s)</source>
        <translation>
            <numerusform>%n samaa mieltä</numerusform>
            <numerusform>%n samaa mieltä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n with concerns</source>
        <translation>
            <numerusform>%n huolissaan</numerusform>
            <numerusform>%n huolissaan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n disagree(s)</source>
        <translation>
            <numerusform>%n eri mieltä</numerusform>
            <numerusform>%n eri mieltä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n not asked</source>
        <translation>
            <numerusform>%n ei kysytty</numerusform>
            <numerusform>%n ei kysytty</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.models.meetings</name>
    <message>
        <location filename="../ui/models/meetings.py" line="-37"/>
        <source>Draft</source>
        <translation>Luonnos</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Finalised, amended %n time(s)</source>
        <translation>
            <numerusform>Viimeistelty, muutettu %n kerran</numerusform>
            <numerusform>Viimeistelty, muutettu %n kertaa</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finalised</source>
        <translation>Viimeistelty</translation>
    </message>
</context>
<context>
    <name>ui.models.people</name>
    <message>
        <location filename="../ui/models/people.py" line="-126"/>
        <source>close</source>
        <translation>läheinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>somewhat close</source>
        <translation>melko läheinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distant</source>
        <translation>etäinen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not said</source>
        <translation>ei kerrottu</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
</context>
<context>
    <name>ui.network.people_tab</name>
    <message>
        <location filename="../ui/network/people_tab.py" line="-144"/>
        <source>{name_label}: kind</source>
        <translation>{name_label}: tyyppi</translation>
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
        <translation>ei vielä arvioitu</translation>
    </message>
</context>
<context>
    <name>ui.search.dialog</name>
    <message>
        <location filename="../ui/search/dialog.py" line="-35"/>
        <source>Network</source>
        <translation>Verkosto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network member</source>
        <translation>Verkoston jäsen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practitioner</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the meeting was</source>
        <translation>Tapaamisen paikka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they wanted to talk about</source>
        <translation>Mistä he halusivat puhua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice</source>
        <translation>Puheenvuoro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflection</source>
        <translation>Reflektointi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Päätös</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open uncertainty</source>
        <translation>Avoin kysymys</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next meeting</source>
        <translation>Seuraava tapaaminen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction to a summary</source>
        <translation>Korjaus yhteenvetoon</translation>
    </message>
</context>
<context>
    <name>ui.search.indexer</name>
    <message numerus="yes">
        <location filename="../ui/search/indexer.py" line="+22"/>
        <source>Indexing for search: %n of {total} meetings</source>
        <translation>
            <numerusform>Indeksoidaan hakua varten: %n/{total} tapaamisesta</numerusform>
            <numerusform>Indeksoidaan hakua varten: %n/{total} tapaamisesta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.sharing.conflicts</name>
    <message>
        <location filename="../ui/sharing/conflicts.py" line="+103"/>
        <source>Whether the record is deleted</source>
        <translation>Onko tietue poistettu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole record</source>
        <translation>Koko tietue</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Who was there</source>
        <translation>Paikalla</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>present</source>
        <translation>paikalla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invited, not there</source>
        <translation>kutsuttu, ei paikalla</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a colleague</source>
        <translation>kollega</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown</source>
        <translation>tuntematon</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(nothing: removed on this side)</source>
        <translation>(ei mitään: poistettu tällä puolella)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(an item without words)</source>
        <translation>(kohta ilman sanoja)</translation>
    </message>
</context>
<context>
    <name>ui.sharing.words</name>
    <message numerus="yes">
        <location filename="../ui/sharing/words.py" line="+21"/>
        <source>Received %n change(s) from {names}</source>
        <translation>
            <numerusform>%n muutos vastaanotettu, lähettäjä: {names}</numerusform>
            <numerusform>%n muutosta vastaanotettu, lähettäjä: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Received %n change(s)</source>
        <translation>
            <numerusform>%n muutos vastaanotettu</numerusform>
            <numerusform>%n muutosta vastaanotettu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>sent %n file(s)</source>
        <translation>
            <numerusform>lähetetty %n tiedosto</numerusform>
            <numerusform>lähetetty %n tiedostoa</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to date with your colleagues</source>
        <translation>Ajan tasalla kollegoiden kanssa</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) not taken in: {why}</source>
        <translation>
            <numerusform>%n tiedosto jäi vastaanottamatta: {why}</numerusform>
            <numerusform>%n tiedostoa jäi vastaanottamatta: {why}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n meeting(s) changed on both laptops: open it to choose</source>
        <translation>
            <numerusform>%n tapaaminen muutettu molemmilla kannettavilla: avaa se ja valitse</numerusform>
            <numerusform>%n tapaamista muutettu molemmilla kannettavilla: avaa ne ja valitse</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} was not taken in: {reason}</source>
        <translation>Tiedostoa {name} ei vastaanotettu: {reason}</translation>
    </message>
</context>
<context>
    <name>ui.summary.printing</name>
    <message>
        <location filename="../ui/summary/printing.py" line="+26"/>
        <source>The printer could not be started.</source>
        <translation>Tulostinta ei voitu käynnistää.</translation>
    </message>
</context>
<context>
    <name>ui.supervision.models</name>
    <message>
        <location filename="../ui/supervision/models.py" line="-25"/>
        <source>Replace</source>
        <translation>Korvaa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept (not a name)</source>
        <translation>Hyväksy (ei nimi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered</source>
        <translation>Ei vastattu</translation>
    </message>
</context>
<context>
    <name>ui.vault_actions</name>
    <message>
        <location filename="../ui/vault_actions.py" line="+40"/>
        <source>Backup written to {path} and verified.</source>
        <translation>Varmuuskopio kirjoitettu: {path}. Se on tarkistettu.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change passphrase — OD Notes</source>
        <translation>Vaihda salalause — OD Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo vault keeps its passphrase, “{passphrase}”, so that it always opens. Your own vaults can have their passphrase changed here.</source>
        <translation>Esittelyholvin salalause pysyy aina samana, ”{passphrase}”, jotta se aukeaa aina. Omien holviesi salalauseen voit vaihtaa täällä.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The passphrase was changed.</source>
        <translation>Salalause vaihdettiin.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The vault has a new passphrase. Your recovery key still works.</source>
        <translation>Holvilla on uusi salalause. Palautusavaimesi toimii edelleen.</translation>
    </message>
</context>
<context>
    <name>ui.windows</name>
    <message>
        <location filename="../ui/windows.py" line="+69"/>
        <source>Open a meeting, or select one in the Meetings tab, first.</source>
        <translation>Avaa ensin tapaaminen tai valitse sellainen Tapaamiset-välilehdeltä.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>For the clinical record — OD Notes</source>
        <translation>Potilaskertomukseen — OD Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the note for the clinical record…</source>
        <translation>Kirjoitetaan kirjausta potilaskertomukseen…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a network first.</source>
        <translation>Valitse ensin verkosto.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Exported for supervision: %n file(s) in {parent}</source>
        <translation>
            <numerusform>Viety työnohjaukseen: %n tiedosto kansiossa {parent}</numerusform>
            <numerusform>Viety työnohjaukseen: %n tiedostoa kansiossa {parent}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was exported.</source>
        <translation>Mitään ei viety.</translation>
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
        <translation>Letter (USA)</translation>
    </message>
</context>
</TS>
