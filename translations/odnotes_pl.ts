<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AmendDialog</name>
    <message>
        <location filename="../ui/editor/amend_dialog.py" line="+19"/>
        <source>Amend the finalised meeting</source>
        <translation>Zmiana zakończonego spotkania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why does this meeting need changing? The reason is kept with the amendment, and the finalised version stays readable in its history.</source>
        <translation>Dlaczego to spotkanie trzeba zmienić? Powód zostaje zapisany razem ze zmianą, a zakończona wersja pozostaje do odczytania w historii.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start amending</source>
        <translation>Zacznij zmianę</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who is amending</source>
        <translation>Kto wprowadza zmianę</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Who is amending</source>
        <translation>&amp;Kto wprowadza zmianę</translation>
    </message>
</context>
<context>
    <name>AnswerDelegate</name>
    <message>
        <location filename="../ui/supervision/review_words.py" line="+32"/>
        <source>Answer</source>
        <translation>Odpowiedź</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../ui/editor/models/attendance.py" line="+38"/>
        <source>Network member</source>
        <translation>Członek sieci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>Obecny/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited, not there</source>
        <translation>Zaproszony/a, nieobecny/a</translation>
    </message>
    <message>
        <location line="+33"/>
        <source> — expected: did they come?</source>
        <translation> — oczekiwany/a: czy przyszedł/przyszła?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../ui/dialogs/vault_copies.py" line="+111"/>
        <source>Back up {name} — OD Notes</source>
        <translation>Kopia zapasowa: {name} — OD Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A backup is an encrypted copy of the whole vault in one file. It is checked before it is kept, opens with the same passphrase, and never replaces a file. Keep it on a USB stick or another disk, away from this laptop.</source>
        <translation>Kopia zapasowa to zaszyfrowana kopia całego sejfu w jednym pliku. Zanim zostanie zachowana, jest sprawdzana; otwiera się tym samym hasłem i nigdy nie zastępuje istniejącego pliku. Trzymaj ją na pendrivie lub innym dysku, z dala od tego laptopa.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} backup {today}.odvault</source>
        <translation>{name} kopia zapasowa {today}.odvault</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup file</source>
        <translation>Plik kopii zapasowej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the backup</source>
        <translation>Wybierz, gdzie zapisać kopię zapasową</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Write backup</source>
        <translation>&amp;Zapisz kopię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the backup</source>
        <translation>Zapisz kopię zapasową</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save as:</source>
        <translation>Zapisz &amp;jako:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save the backup as</source>
        <translation>Zapisz kopię zapasową jako</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Please choose where to save the backup.</source>
        <translation>Wybierz, gdzie zapisać kopię zapasową.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That is the vault itself; choose a new file for the backup.</source>
        <translation>To jest sam sejf; wybierz nowy plik na kopię zapasową.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Writing the backup and checking every record…</source>
        <translation>Zapisywanie kopii zapasowej i sprawdzanie każdego zapisu…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup written to {path} and verified.</source>
        <translation>Kopia zapasowa została zapisana w {path} i sprawdzona.</translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <location filename="../ui/dialogs/busy.py" line="+21"/>
        <source>Working</source>
        <translation>Trwa praca</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../ui/dialogs/change_passphrase.py" line="+36"/>
        <source>Change the passphrase of {name} — OD Notes</source>
        <translation>Zmiana hasła sejfu {name} — OD Notes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the passphrase the vault has now, then the new one twice. The records are not touched, and the recovery key keeps working.</source>
        <translation>Wpisz obecne hasło sejfu, a potem dwa razy nowe. Zapisy pozostają nietknięte, a klucz odzyskiwania nadal działa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Current passphrase</source>
        <translation>Obecne hasło</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Change passphrase</source>
        <translation>Z&amp;mień hasło</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the passphrase</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Obecne hasło:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;The new passphrase&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nowe hasło&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Please type the passphrase the vault has now.</source>
        <translation>Wpisz obecne hasło sejfu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new passphrase is the same as the current one.</source>
        <translation>Nowe hasło jest takie samo jak obecne.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the current passphrase and setting the new one…</source>
        <translation>Sprawdzanie obecnego hasła i ustawianie nowego…</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../ui/editor/models/checklist.py" line="+71"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>ColleaguesDialog</name>
    <message>
        <location filename="../ui/sharing/colleagues_dialog.py" line="+62"/>
        <source>Colleagues</source>
        <translation>Współpracownicy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are</source>
        <translation>Kim jesteś</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pair with the colleagues you facilitate with, then share a network with them from its page. Each of you saves your own card and gives it to the other (on a USB stick, by e-mail: the card holds no secret), then you compare the safety number together.</source>
        <translation>Sparuj się ze współpracownikami, z którymi prowadzisz spotkania, a potem udostępnij im sieć z jej strony. Każde z Was zapisuje własną kartę i przekazuje ją drugiej osobie (na pendrivie, e-mailem: karta nie zawiera żadnego sekretu), a potem razem porównujecie numer bezpieczeństwa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save my card…</source>
        <translation>&amp;Zapisz moją kartę…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save my practitioner card</source>
        <translation>Zapisz moją kartę pracownika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add a colleague&apos;s card…</source>
        <translation>&amp;Dodaj kartę współpracownika…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a colleague&apos;s practitioner card</source>
        <translation>Dodaj kartę pracownika otrzymaną od współpracownika</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paired colleagues</source>
        <translation>Sparowani współpracownicy</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the chosen colleague</source>
        <translation>Usuń wybranego współpracownika</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;You are:</source>
        <translation>&amp;Kim jesteś:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Paired colleagues:</source>
        <translation>Sparowani współpracownicy:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>OD Notes practitioner card (*.odcard)</source>
        <translation>Karta pracownika OD Notes (*.odcard)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Add yourself to a network&apos;s people (as a practitioner) first.</source>
        <translation>Najpierw dodaj siebie do osób w sieci (jako pracownika).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save my card</source>
        <translation>Zapisz moją kartę</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your card is saved as {name}. Give it to your colleague.</source>
        <translation>Twoja karta została zapisana jako {name}. Przekaż ją współpracownikowi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a colleague&apos;s card</source>
        <translation>Dodaj kartę współpracownika</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not paired with {name}. A different number means this card may not be theirs: ask them to save it again and hand it to you themselves.</source>
        <translation>Nie sparowano z: {name}. Inny numer oznacza, że ta karta może nie należeć do tej osoby: poproś, aby zapisała ją ponownie i sama Ci ją przekazała.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Paired with {name}. Share a network with them from its page.</source>
        <translation>Sparowano z: {name}. Udostępnij tej osobie sieć z poziomu strony sieci.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove colleague</source>
        <translation>Usuń współpracownika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop exchanging with {name}? Nothing more is sent to them or taken from them; what they already wrote stays in your records.</source>
        <translation>Zakończyć wymianę z: {name}? Nic więcej nie zostanie tej osobie wysłane ani od niej przyjęte; to, co już napisała, zostaje w Twoich zapisach.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{name} was removed.</source>
        <translation>Usunięto: {name}.</translation>
    </message>
</context>
<context>
    <name>ColleaguesModel</name>
    <message>
        <location filename="../ui/sharing/models.py" line="+24"/>
        <source>Colleague</source>
        <translation>Współpracownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
</context>
<context>
    <name>ConflictBanner</name>
    <message>
        <location filename="../ui/sharing/banner.py" line="+47"/>
        <source>Changed on both laptops</source>
        <translation>Zmienione na obu laptopach</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare and &amp;choose…</source>
        <translation>Porównaj i &amp;wybierz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare both versions and choose</source>
        <translation>Porównaj obie wersje i wybierz</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>&lt;b&gt;Changed on both laptops:&lt;/b&gt; %n part(s) of this meeting differ between you and a colleague. Nothing was chosen for you.</source>
        <translation>
            <numerusform>&lt;b&gt;Zmienione na obu laptopach:&lt;/b&gt; %n część tego spotkania różni się między Tobą a współpracownikiem. Nic nie zostało wybrane za Ciebie.</numerusform>
            <numerusform>&lt;b&gt;Zmienione na obu laptopach:&lt;/b&gt; %n części tego spotkania różnią się między Tobą a współpracownikiem. Nic nie zostało wybrane za Ciebie.</numerusform>
            <numerusform>&lt;b&gt;Zmienione na obu laptopach:&lt;/b&gt; %n części tego spotkania różni się między Tobą a współpracownikiem. Nic nie zostało wybrane za Ciebie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>&lt;b&gt;Changed on both laptops:&lt;/b&gt; %n part(s) of this network or its people differ between you and a colleague. Nothing was chosen for you.</source>
        <translation>
            <numerusform>&lt;b&gt;Zmienione na obu laptopach:&lt;/b&gt; %n część tej sieci lub jej osób różni się między Tobą a współpracownikiem. Nic nie zostało wybrane za Ciebie.</numerusform>
            <numerusform>&lt;b&gt;Zmienione na obu laptopach:&lt;/b&gt; %n części tej sieci lub jej osób różnią się między Tobą a współpracownikiem. Nic nie zostało wybrane za Ciebie.</numerusform>
            <numerusform>&lt;b&gt;Zmienione na obu laptopach:&lt;/b&gt; %n części tej sieci lub jej osób różni się między Tobą a współpracownikiem. Nic nie zostało wybrane za Ciebie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictChoice</name>
    <message>
        <location filename="../ui/sharing/conflict_dialog.py" line="+64"/>
        <source>Keep {writer}’s version ({saved_at})</source>
        <translation>Zachowaj wersję: {writer} ({saved_at})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{writer}’s version</source>
        <translation>Wersja: {writer}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep a combined text:</source>
        <translation>Zachowaj połączony tekst:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Combined text</source>
        <translation>Połączony tekst</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location line="+35"/>
        <source>Changed on both laptops</source>
        <translation>Zmienione na obu laptopach</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You and a colleague changed the same thing on your own laptops before they exchanged. Choose which version to keep, or write one text from both. Both versions stay in the history. What you leave unchosen stays open.</source>
        <translation>Ty i współpracownik zmieniliście to samo na swoich laptopach, zanim doszło do wymiany. Wybierz, którą wersję zachować, albo napisz jeden tekst z obu. Obie wersje zostają w historii. To, czego nie wybierzesz, pozostaje otwarte.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save my choices</source>
        <translation>&amp;Zapisz moje wybory</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save my choices</source>
        <translation>Zapisz moje wybory</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a version for at least one of them first.</source>
        <translation>Najpierw wybierz wersję dla co najmniej jednej z nich.</translation>
    </message>
</context>
<context>
    <name>CorrectionBox</name>
    <message>
        <location filename="../ui/editor/sections/corrections.py" line="+43"/>
        <source>{name}&apos;s correction</source>
        <translation>Poprawka osoby {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What {name} said was wrong or missing, in their words</source>
        <translation>{name}: co było błędne lub czego brakowało, własnymi słowami</translation>
    </message>
</context>
<context>
    <name>CorrectionsSection</name>
    <message>
        <location line="+40"/>
        <source>Corrections to the last summary</source>
        <translation>Poprawki do ostatniego podsumowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corrections</source>
        <translation>Poprawki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything someone said was wrong or missing in the last summary, in their words. It is printed in this meeting&apos;s summary under “Corrections to last time”.</source>
        <translation>Wszystko, co według kogoś było błędne lub czego brakowało w ostatnim podsumowaniu, jego lub jej własnymi słowami. Zostanie wydrukowane w podsumowaniu tego spotkania w części „Poprawki do poprzedniego razu”.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This is the network&apos;s first meeting: no summary to correct yet.</source>
        <translation>To pierwsze spotkanie tej sieci: nie ma jeszcze podsumowania do poprawienia.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tick who was present in section 1 to list their boxes.</source>
        <translation>Zaznacz w części 1, kto był obecny, aby pojawiły się tu pola dla tych osób.</translation>
    </message>
</context>
<context>
    <name>CreateVaultDialog</name>
    <message>
        <location filename="../ui/dialogs/create_vault.py" line="+64"/>
        <source>Create a vault — OD Notes</source>
        <translation>Utwórz sejf — OD Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A vault is one encrypted file holding your networks and meetings. Nobody can read it without the passphrase — or the recovery key you will be shown next.</source>
        <translation>Sejf to jeden zaszyfrowany plik z Twoimi sieciami i spotkaniami. Nikt nie odczyta go bez hasła — albo klucza odzyskiwania, który zobaczysz za chwilę.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vault file</source>
        <translation>Plik sejfu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>P&amp;rzeglądaj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to save the vault</source>
        <translation>Wybierz, gdzie zapisać sejf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Create vault</source>
        <translation>&amp;Utwórz sejf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Create vault</source>
        <translation>Utwórz sejf</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>That folder does not exist. Choose one with Browse…</source>
        <translation>Ten folder nie istnieje. Wybierz inny przyciskiem Przeglądaj…</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the vault as</source>
        <translation>Zapisz sejf jako</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Please choose where to save the vault.</source>
        <translation>Wybierz, gdzie zapisać sejf.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{name} already exists there; choose another name.</source>
        <translation>{name} już tam istnieje; wybierz inną nazwę.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Creating the vault and deriving its key…</source>
        <translation>Tworzenie sejfu i wyprowadzanie jego klucza…</translation>
    </message>
</context>
<context>
    <name>DamagedVaultDialog</name>
    <message>
        <location filename="../ui/dialogs/damaged.py" line="+33"/>
        <source>{name}: some records could not be read — OD Notes</source>
        <translation>{name}: nie udało się odczytać niektórych zapisów — OD Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OD Notes found damage in this vault. Everything listed below was left out; everything else is open and usable as normal. Restoring your latest backup (with the command line: odnotes restore) may bring the damaged records back.</source>
        <translation>OD Notes znalazł uszkodzenia w tym sejfie. Wszystko, co jest wymienione poniżej, zostało pominięte; cała reszta jest otwarta i można z niej normalnie korzystać. Przywrócenie najnowszej kopii zapasowej (w wierszu poleceń: odnotes restore) może odzyskać uszkodzone zapisy.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Damaged records</source>
        <translation>Uszkodzone zapisy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open the rest</source>
        <translation>&amp;Otwórz resztę</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the rest</source>
        <translation>Otwórz resztę</translation>
    </message>
</context>
<context>
    <name>DecisionCard</name>
    <message>
        <location filename="../ui/editor/sections/decisions.py" line="+47"/>
        <location line="+25"/>
        <source>Decision {number}</source>
        <translation>Decyzja {number}</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>decision {number}</source>
        <translation>decyzja {number}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove decision {number}</source>
        <translation>Usuń decyzję {number}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What was decided, in plain words</source>
        <translation>Co postanowiono, prostymi słowami</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who proposed decision {number}</source>
        <translation>Kto zaproponował decyzję {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not noted</source>
        <translation>nie zapisano</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Proposed by</source>
        <translation>Zaproponował(a)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the meeting</source>
        <translation>Na spotkaniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outside the meeting…</source>
        <translation>Poza spotkaniem…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision {number} taken in the meeting</source>
        <translation>Decyzja {number} podjęta na spotkaniu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Decision {number} taken outside the meeting</source>
        <translation>Decyzja {number} podjęta poza spotkaniem</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>   Decided</source>
        <translation>   Postanowiono</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Why decision {number} was taken outside</source>
        <translation>Dlaczego decyzję {number} podjęto poza spotkaniem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Where everyone stands&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zdanie każdej osoby&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stances on decision {number}</source>
        <translation>Stanowiska wobec decyzji {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Follow-ups&lt;/b&gt;</source>
        <translation>&lt;b&gt;Dalsze działania&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Follow-ups of decision {number}</source>
        <translation>Dalsze działania do decyzji {number}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a follow-up</source>
        <translation>Dodaj działanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a follow-up to decision {number}</source>
        <translation>Dodaj działanie do decyzji {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove follow-up</source>
        <translation>Usuń działanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected follow-up of decision {number}</source>
        <translation>Usuń zaznaczone działanie do decyzji {number}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;i&gt;Why outside:&lt;/i&gt; {escape}&lt;br&gt;{escape2}</source>
        <translation>&lt;i&gt;Dlaczego poza spotkaniem:&lt;/i&gt; {escape}&lt;br&gt;{escape2}</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>this follow-up</source>
        <translation>to działanie</translation>
    </message>
</context>
<context>
    <name>DecisionsModel</name>
    <message>
        <location filename="../ui/models/decisions.py" line="+46"/>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the meeting</source>
        <translation>na spotkaniu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OUTSIDE the meeting: </source>
        <translation>POZA spotkaniem: </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stances</source>
        <translation>Stanowiska</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups</source>
        <translation>Dalsze działania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{sum} of {len} done</source>
        <translation>zrobione: {sum} z {len}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>none</source>
        <translation>brak</translation>
    </message>
</context>
<context>
    <name>DecisionsSection</name>
    <message>
        <location filename="../ui/editor/sections/decisions.py" line="+8"/>
        <source>Shared decisions</source>
        <translation>Wspólne decyzje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>Decyzje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement is not assumed: note where each person stands. A decision taken outside the meeting says why.</source>
        <translation>Nie zakładamy, że wszyscy się zgadzają: zapisz zdanie każdej osoby. Decyzja podjęta poza spotkaniem mówi, dlaczego tak się stało.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add a &amp;decision</source>
        <translation>Dodaj &amp;decyzję</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a decision</source>
        <translation>Dodaj decyzję</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this decision</source>
        <translation>tę decyzję</translation>
    </message>
</context>
<context>
    <name>DecisionsTab</name>
    <message>
        <location filename="../ui/network/continuity_tab.py" line="+113"/>
        <source>Decisions log</source>
        <translation>Rejestr decyzji</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-ups</source>
        <translation>Dalsze działania</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decisions, oldest first (Enter opens the meeting)</source>
        <translation>Decyzje, od najstarszej (Enter otwiera spotkanie)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups, soonest due first</source>
        <translation>Dalsze działania, od najbliższego terminu</translation>
    </message>
</context>
<context>
    <name>DeleteNetworkDialog</name>
    <message>
        <location filename="../ui/network/retention.py" line="+67"/>
        <source>Delete permanently</source>
        <translation>Usuń na zawsze</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This deletes the network of {name} from this vault for good: its people, meetings and reflections, and every earlier version of them. Its key is destroyed and its records are removed from the vault file, so nobody can read them from this vault again, and there is no undo.</source>
        <translation>To na zawsze usuwa z tego sejfu sieć „{name}”: jej ludzi, spotkania i refleksje oraz każdą ich wcześniejszą wersję. Jej klucz zostaje zniszczony, a zapisy usunięte z pliku sejfu, więc nikt już nie odczyta ich z tego sejfu. Tego nie da się cofnąć.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Older backups still contain this network until you delete them. Printed or exported copies are not affected either.</source>
        <translation>Starsze kopie zapasowe nadal zawierają tę sieć, dopóki ich nie usuniesz. Nie dotyczy to też kopii wydrukowanych ani wyeksportowanych.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Type the network&apos;s name to confirm</source>
        <translation>Wpisz nazwę sieci, aby potwierdzić</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type “{name}” to &amp;confirm:</source>
        <translation>Wpisz „{name}”, aby &amp;potwierdzić:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete permanently</source>
        <translation>&amp;Usuń na zawsze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the network permanently</source>
        <translation>Usuń sieć na zawsze</translation>
    </message>
</context>
<context>
    <name>Directory</name>
    <message>
        <location filename="../ui/editor/directory.py" line="+52"/>
        <source>someone no longer listed</source>
        <translation>osoba, której nie ma już na liście</translation>
    </message>
</context>
<context>
    <name>EarlierFollowUps</name>
    <message>
        <location filename="../ui/editor/sections/earlier_follow_ups.py" line="+24"/>
        <location line="+11"/>
        <source>Follow-ups from earlier meetings</source>
        <translation>Dalsze działania z wcześniejszych spotkań</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Tick what has been done. The earlier meeting stays as it was; this meeting records the tick.</source>
        <translation>Zaznacz, co zostało zrobione. Wcześniejsze spotkanie pozostaje bez zmian; zaznaczenie zapisuje się w tym spotkaniu.</translation>
    </message>
</context>
<context>
    <name>EarlierFollowUpsModel</name>
    <message>
        <location filename="../ui/editor/models/earlier_follow_ups.py" line="+36"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By when</source>
        <translation>Do kiedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed at</source>
        <translation>Ustalone na spotkaniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done now</source>
        <translation>Zrobione teraz</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>done</source>
        <translation>zrobione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not done</source>
        <translation>niezrobione</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no date</source>
        <translation>bez terminu</translation>
    </message>
</context>
<context>
    <name>EditSession</name>
    <message>
        <location filename="../ui/editor/session.py" line="+130"/>
        <source>Not saved: {error} Your text is still here; trying again shortly.</source>
        <translation>Nie zapisano: {error} Twój tekst nadal tu jest; za chwilę spróbujemy ponownie.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A colleague&apos;s changes to this meeting came in while you were typing. Both are in the meeting now; where you both changed the same thing, choose which to keep.</source>
        <translation>Zmiany współpracownika w tym spotkaniu nadeszły podczas pisania. Obie wersje są teraz w spotkaniu; tam, gdzie oboje zmieniliście to samo, wybierz, co zachować.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A colleague&apos;s changes to this meeting came in while you were typing. Both are in the meeting now.</source>
        <translation>Zmiany współpracownika w tym spotkaniu nadeszły podczas pisania. Obie wersje są teraz w spotkaniu.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not yet</source>
        <translation>jeszcze nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amending. Saved {when}</source>
        <translation>Zmiana w toku. Zapisano: {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalised; read-only. Use Amend to change it</source>
        <translation>Zakończone; tylko do odczytu. Aby zmienić, użyj „Zmień”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft. Saved {when}</source>
        <translation>Szkic. Zapisano: {when}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, except what is still empty: </source>
        <translation>, z wyjątkiem tego, co jest jeszcze puste: </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>. It stays here and is saved once it has words.</source>
        <translation>. To zostaje tutaj i zostanie zapisane, gdy pojawią się w nim słowa.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The meeting could not be saved, so it was not finalised.</source>
        <translation>Nie udało się zapisać spotkania, więc nie zostało zakończone.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Only a finalised meeting is amended; a draft is just edited.</source>
        <translation>Zmiany wprowadza się tylko w zakończonym spotkaniu; szkic po prostu się edytuje.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An amendment needs a reason.</source>
        <translation>Zmiana wymaga podania powodu.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not saved: {error}</source>
        <translation>Nie zapisano: {error}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A colleague&apos;s changes to this meeting came in while you were typing. Your text is kept, and theirs joins it when yours is saved.</source>
        <translation>Zmiany współpracownika w tym spotkaniu nadeszły podczas pisania. Twój tekst zostaje, a jego zmiany dołączą do niego, gdy zapiszesz swój.</translation>
    </message>
</context>
<context>
    <name>FinaliseDialog</name>
    <message>
        <location filename="../ui/editor/finalise_dialog.py" line="+49"/>
        <source>Finalise the meeting</source>
        <translation>Zakończ spotkanie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Once finalised the meeting is read-only. Later changes are made as amendments, with who and why, and the original stays readable.</source>
        <translation>Po zakończeniu spotkanie jest tylko do odczytu. Późniejsze zmiany są zapisywane osobno, z informacją, kto i dlaczego je wprowadził, a pierwotna wersja pozostaje do odczytania.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When the meeting started</source>
        <translation>Kiedy zaczęło się spotkanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting started &amp;at:</source>
        <translation>&amp;Początek spotkania:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check the date and time: the network&apos;s summary prints them.</source>
        <translation>Sprawdź datę i godzinę: są drukowane w podsumowaniu dla sieci.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;No facilitating practitioner is ticked in section 1.&lt;/b&gt; Tick who facilitated before finalising.</source>
        <translation>&lt;b&gt;W części 1 nie zaznaczono żadnego prowadzącego.&lt;/b&gt; Przed zakończeniem zaznacz, kto prowadził spotkanie.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;This meeting had one practitioner.&lt;/b&gt; Open Dialogue asks for two or more; the meeting will show that it had one.</source>
        <translation>&lt;b&gt;To spotkanie prowadził jeden pracownik.&lt;/b&gt; Otwarty Dialog zakłada dwie osoby lub więcej; przy spotkaniu będzie widać, że prowadziła je jedna.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This meeting had one practitioner</source>
        <translation>To spotkanie prowadził jeden pracownik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{names}: expected, but not marked as present or not there (section 1).</source>
        <translation>{names}: oczekiwani, ale nie zaznaczono ani obecności, ani nieobecności (część 1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Still unfinished, so left out if you finalise now: </source>
        <translation>Wciąż niedokończone, więc pominięte, jeśli zakończysz teraz: </translation>
    </message>
    <message>
        <location line="+72"/>
        <source>{name} has not signed yet.</source>
        <translation>{name} jeszcze nie podpisał(a).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{names} have not signed yet.</source>
        <translation>{names} jeszcze nie podpisali.</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>{name} signs this meeting</source>
        <translation>{name} podpisuje to spotkanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} signs</source>
        <translation>Podpisuje: {name}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Signatures so far</source>
        <translation>Dotychczasowe podpisy</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who still has to sign</source>
        <translation>Kto jeszcze musi podpisać</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finalise</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>{name} signed at {strftime}</source>
        <translation>{name} podpisał(a): {strftime}</translation>
    </message>
</context>
<context>
    <name>FollowUpDelegate</name>
    <message>
        <location filename="../ui/editor/models/follow_ups.py" line="+181"/>
        <source>Who does it</source>
        <translation>Kto to robi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By when</source>
        <translation>Do kiedy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no date</source>
        <translation>bez terminu</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <location line="-141"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By when</source>
        <translation>Do kiedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Zrobione</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>nothing written yet</source>
        <translation>jeszcze nic nie wpisano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no date</source>
        <translation>bez terminu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>done</source>
        <translation>zrobione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not done</source>
        <translation>niezrobione</translation>
    </message>
</context>
<context>
    <name>FollowUpsModel</name>
    <message>
        <location filename="../ui/models/decisions.py" line="+27"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Zrobione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not yet</source>
        <translation>jeszcze nie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>done</source>
        <translation>zrobione</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no date</source>
        <translation>bez terminu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (overdue)</source>
        <translation> (po terminie)</translation>
    </message>
</context>
<context>
    <name>GlanceTab</name>
    <message>
        <location filename="../ui/network/glance_tab.py" line="+26"/>
        <source>&lt;b&gt;Our dialogic practice in this network&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nasza praktyka dialogiczna w tej sieci&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Continuity indicators and practice</source>
        <translation>Wskaźniki ciągłości i praktyka</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;The network&lt;/b&gt; (line: how close; circle: meetings attended)</source>
        <translation>&lt;b&gt;Sieć&lt;/b&gt; (linia: jak blisko; koło: obecność na spotkaniach)</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../ui/editor/history_dialog.py" line="+66"/>
        <source>Meeting history</source>
        <translation>Historia spotkania</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revisions</source>
        <translation>Wersje</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Compare from revision</source>
        <translation>Porównaj od wersji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare to revision</source>
        <translation>Porównaj z wersją</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;From</source>
        <translation>&amp;Od</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To</source>
        <translation>&amp;Do</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What changed</source>
        <translation>Co się zmieniło</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Differences, word by word</source>
        <translation>Różnice, słowo po słowie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Key: </source>
        <translation>Legenda: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>usunięte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>added</source>
        <translation>dodane</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;nbsp;&amp;nbsp;(struck through: removed; underlined: added)</source>
        <translation>&amp;nbsp;&amp;nbsp;(przekreślone: usunięte; podkreślone: dodane)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legend: struck through removed, underlined added</source>
        <translation>Legenda: przekreślone usunięte, podkreślone dodane</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>These revisions are not of a meeting.</source>
        <translation>Te wersje nie dotyczą spotkania.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The first revision, in full:</source>
        <translation>Pierwsza wersja w całości:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The same revision on both sides: shown in full.</source>
        <translation>Ta sama wersja po obu stronach: pokazana w całości.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What changed, word by word:</source>
        <translation>Co się zmieniło, słowo po słowie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No differences.</source>
        <translation>Brak różnic.</translation>
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
        <translation>Ciągłość w skrócie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time from first contact to first meeting</source>
        <translation>Czas od pierwszego kontaktu do pierwszego spotkania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetings held</source>
        <translation>Odbyte spotkania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups overdue</source>
        <translation>Działania po terminie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First meeting after first contact:</source>
        <translation>Pierwsze spotkanie po pierwszym kontakcie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings held:</source>
        <translation>Odbyte spotkania:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups overdue:</source>
        <translation>Działania po terminie:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practitioner</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Meetings attended</source>
        <translation>Obecność na spotkaniach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Network member</source>
        <translation>Członek sieci</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relationship</source>
        <translation>Relacja</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open uncertainty</source>
        <translation>Otwarte pytanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Raised</source>
        <translation>Poruszone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open for</source>
        <translation>Jak długo otwarte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Was due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practitioners (continuity)</source>
        <translation>Pracownicy (ciągłość)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who came to meetings</source>
        <translation>Kto przychodził na spotkania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open uncertainties</source>
        <translation>Otwarte pytania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue follow-ups</source>
        <translation>Działania po terminie</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> (the aim is within 24 hours)</source>
        <translation> (celem jest do 24 godzin)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(removed)</source>
        <translation>(usunięte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{n} of {held}</source>
        <translation>{n} z {held}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(question not written)</source>
        <translation>(pytanie niezapisane)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeepUntilDialog</name>
    <message>
        <location filename="../ui/network/retention.py" line="-64"/>
        <source>Keep until</source>
        <translation>Przechowuj do</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Until when should the record of {name} be kept? On that day it is listed under “Across all networks” as due for deletion. Nothing is deleted until someone deletes it.</source>
        <translation>Do kiedy przechowywać zapisy sieci „{name}”? Tego dnia sieć pojawi się w widoku „Wszystkie sieci” jako przeznaczona do usunięcia. Nic nie zostanie usunięte, dopóki ktoś tego nie zrobi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;No end date</source>
        <translation>&amp;Bez daty końcowej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep with no end date</source>
        <translation>Przechowuj bez daty końcowej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep until this day</source>
        <translation>Przechowuj do tego dnia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep &amp;until:</source>
        <translation>Przechowuj &amp;do:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
</context>
<context>
    <name>KeptBackModel</name>
    <message>
        <location filename="../ui/summary/models.py" line="+64"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words</source>
        <translation>Słowa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Dlaczego</translation>
    </message>
</context>
<context>
    <name>KeptBackPanel</name>
    <message>
        <location filename="../ui/summary/kept_panel.py" line="+30"/>
        <source>Kept to the team</source>
        <translation>Tylko dla zespołu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items kept to the team</source>
        <translation>Pozycje tylko dla zespołu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items kept to the team, with their reasons</source>
        <translation>Pozycje tylko dla zespołu wraz z powodami</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns: kind, words, why</source>
        <translation>Kolumny: rodzaj, słowa, dlaczego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Only you see the words and reasons here. The printed summary says how many things were kept back and what kind, never what they say.</source>
        <translation>Tylko Ty widzisz tutaj słowa i powody. Wydrukowane podsumowanie mówi, ile rzeczy pominięto i jakiego rodzaju, nigdy zaś, co zawierają.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About items kept to the team</source>
        <translation>O pozycjach tylko dla zespołu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nothing was kept to the team: everything is in the summary.</source>
        <translation>Nic nie zostało tylko dla zespołu: wszystko jest w podsumowaniu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The summary says so and that anyone can ask about them.</source>
        <translation>Podsumowanie o tym informuje i mówi, że każdy może o to zapytać.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The summary does not mention them (the option is off).</source>
        <translation>Podsumowanie o nich nie wspomina (ta opcja jest wyłączona).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>&lt;b&gt;%n item(s) kept to the team&lt;/b&gt; ({kept_back_kinds}). {printed}</source>
        <translation>
            <numerusform>&lt;b&gt;%n pozycja tylko dla zespołu&lt;/b&gt; ({kept_back_kinds}). {printed}</numerusform>
            <numerusform>&lt;b&gt;%n pozycje tylko dla zespołu&lt;/b&gt; ({kept_back_kinds}). {printed}</numerusform>
            <numerusform>&lt;b&gt;%n pozycji tylko dla zespołu&lt;/b&gt; ({kept_back_kinds}). {printed}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <location filename="../ui/launcher.py" line="+97"/>
        <source>Opening the demo vault. Everyone in it is fictional.</source>
        <translation>Otwieranie sejfu demonstracyjnego. Wszystkie osoby w nim są fikcyjne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Demo vault — OD Notes</source>
        <translation>Sejf demonstracyjny — OD Notes</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Cannot open the vault — OD Notes</source>
        <translation>Nie można otworzyć sejfu — OD Notes</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../ui/lock_screen.py" line="+28"/>
        <source>&lt;h2&gt;Locked&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Zablokowane&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OD Notes locked this vault to keep it private. Everything was saved; unlock to carry on where you were.</source>
        <translation>OD Notes zablokował ten sejf, aby chronić prywatność. Wszystko zostało zapisane; odblokuj, aby wrócić do pracy w tym samym miejscu.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/host.py" line="+57"/>
        <source>Notice</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved — OD Notes</source>
        <translation>Nie zapisano — OD Notes</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="+140"/>
        <source>{vault} (locked) — OD Notes</source>
        <translation>{vault} (zablokowany) — OD Notes</translation>
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
        <translation>Edytor spotkania</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Sections</source>
        <translation>Części</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save status</source>
        <translation>Stan zapisu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Meeting title</source>
        <translation>Tytuł spotkania</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save now</source>
        <translation>Zapisz teraz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History…</source>
        <translation>Historia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finalise…</source>
        <translation>Zakończ…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary for the network…</source>
        <translation>Podsumowanie dla sieci…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clinical record…</source>
        <translation>Dokumentacja medyczna…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy for the clinical record</source>
        <translation>Kopiuj do dokumentacji medycznej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy for the clinical record (Ctrl+Shift+C)</source>
        <translation>Kopiuj do dokumentacji medycznej (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amend…</source>
        <translation>Zmień…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done amending</source>
        <translation>Koniec zmian</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>{escape} — amending as {escape2}</source>
        <translation>{escape} — zmianę wprowadza: {escape2}</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+11"/>
        <source>Not finalised</source>
        <translation>Niezakończone</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+6"/>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
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
        <translation>Kiedy zaczęło się spotkanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The meeting started &amp;at:</source>
        <translation>&amp;Początek spotkania:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Suggested: today, at the time agreed at the last meeting.</source>
        <translation>Propozycja: dziś, o godzinie ustalonej na ostatnim spotkaniu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Suggested: on the hour, an hour before now.</source>
        <translation>Propozycja: godzinę temu, zaokrąglone do pełnej godziny.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The network&apos;s summary prints this date and time.</source>
        <translation>Ta data i godzina są drukowane w podsumowaniu dla sieci.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start writing</source>
        <translation>Zacznij pisać</translation>
    </message>
</context>
<context>
    <name>MeetingsModel</name>
    <message>
        <location filename="../ui/models/meetings.py" line="+50"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Present</source>
        <translation>Obecni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practitioners</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
</context>
<context>
    <name>MeetingsTab</name>
    <message>
        <location filename="../ui/network/meetings_tab.py" line="+36"/>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Meetings still in draft</source>
        <translation>Spotkania, które są jeszcze szkicami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New meeting</source>
        <translation>&amp;Nowe spotkanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New meeting</source>
        <translation>Nowe spotkanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An empty meeting (Ctrl+N)</source>
        <translation>Puste spotkanie (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New meeting from the &amp;last one</source>
        <translation>Nowe spotkanie na wzór &amp;poprzedniego</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New meeting from the last one</source>
        <translation>Nowe spotkanie na wzór poprzedniego</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Carries over who was there and the open uncertainties, never the words (Ctrl+Shift+N)</source>
        <translation>Przenosi, kto był obecny, i otwarte pytania, nigdy słowa (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected meeting</source>
        <translation>Otwórz zaznaczone spotkanie</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No meetings in draft</source>
        <translation>Brak szkiców spotkań</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>&lt;b&gt;%n meeting(s) still in draft&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n spotkanie jest jeszcze szkicem&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n spotkania są jeszcze szkicami&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n spotkań jest jeszcze szkicami&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <location filename="../ui/models/names.py" line="+29"/>
        <source>(removed person)</source>
        <translation>(osoba usunięta)</translation>
    </message>
</context>
<context>
    <name>NetworkDialog</name>
    <message>
        <location filename="../ui/network/network_dialog.py" line="+44"/>
        <source>What the network is called</source>
        <translation>Jak nazywa się sieć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Usually the name the person chooses</source>
        <translation>Zwykle nazwa, którą wybiera osoba w centrum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First contact, date and time</source>
        <translation>Pierwszy kontakt, data i godzina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;First contact:</source>
        <translation>&amp;Pierwszy kontakt:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>When the first call or request for help came. The first meeting is aimed for within 24 hours of it. You can change this later.</source>
        <translation>Kiedy przyszedł pierwszy telefon lub prośba o pomoc. Pierwsze spotkanie powinno odbyć się w ciągu 24 godzin od tej chwili. Można to później zmienić.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What needs changing</source>
        <translation>Co trzeba zmienić</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create network</source>
        <translation>Utwórz sieć</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give the network a name.</source>
        <translation>Nadaj sieci nazwę.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first contact cannot be later than now.</source>
        <translation>Pierwszy kontakt nie może być w przyszłości.</translation>
    </message>
</context>
<context>
    <name>NetworkMapView</name>
    <message>
        <location filename="../ui/continuity/network_map.py" line="+96"/>
        <location line="+209"/>
        <source>Network map</source>
        <translation>Mapa sieci</translation>
    </message>
    <message>
        <location line="-206"/>
        <source>The person at the centre and the network around them; line style shows closeness, circle size shows how many meetings each came to.</source>
        <translation>Osoba w centrum i sieć wokół niej; rodzaj linii pokazuje bliskość, wielkość koła — na ile spotkań ktoś przyszedł.</translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>{name}: came to {attended} of %n meeting(s)</source>
        <translation>
            <numerusform>{name}: obecność na {attended} z %n spotkania</numerusform>
            <numerusform>{name}: obecność na {attended} z %n spotkań</numerusform>
            <numerusform>{name}: obecność na {attended} z %n spotkań</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Right-click to say how close they are</source>
        <translation>Kliknij prawym przyciskiem, aby określić bliskość</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Closeness (as the person at the centre says)</source>
        <translation>Bliskość (według osoby w centrum)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The number in each circle: meetings attended.</source>
        <translation>Liczba w każdym kole: obecność na spotkaniach.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>How close is {name}?</source>
        <translation>Jak blisko jest {name}?</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+24"/>
        <source>saving the network map</source>
        <translation>zapisywanie mapy sieci</translation>
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
        <translation>Sieć</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change first &amp;contact…</source>
        <translation>Zmień pierwszy &amp;kontakt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change when the first contact was</source>
        <translation>Zmień, kiedy był pierwszy kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the first call came: the first meeting is aimed for within 24 hours</source>
        <translation>Kiedy przyszedł pierwszy telefon: pierwsze spotkanie powinno odbyć się w ciągu 24 godzin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Record number…</source>
        <translation>&amp;Numer dokumentacji…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The service&apos;s record number for this network</source>
        <translation>Numer dokumentacji tej sieci w Twojej placówce</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your service&apos;s own identifier: on the note for the clinical record only</source>
        <translation>Własny identyfikator Twojej placówki: tylko w notatce do dokumentacji medycznej</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Keep until…</source>
        <translation>Przec&amp;howuj do…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Until when the record is kept</source>
        <translation>Do kiedy przechowywać zapisy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete permanently…</source>
        <translation>Usuń na zawsze…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this network permanently</source>
        <translation>Usuń tę sieć na zawsze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Destroys the network&apos;s key and removes its records from the vault file</source>
        <translation>Niszczy klucz sieci i usuwa jej zapisy z pliku sejfu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Network sections</source>
        <translation>Części sieci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;People</source>
        <translation>&amp;Osoby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Spotkania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;uncertainties</source>
        <translation>Otwarte &amp;pytania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Decisions and follow-ups</source>
        <translation>&amp;Decyzje i dalsze działania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At a &amp;glance</source>
        <translation>&amp;W skrócie</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>First contact</source>
        <translation>Pierwszy kontakt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The first contact was not changed: {error}</source>
        <translation>Nie zmieniono pierwszego kontaktu: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The record number was not saved: {error}</source>
        <translation>Nie zapisano numeru dokumentacji: {error}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was changed: {error}</source>
        <translation>Niczego nie zmieniono: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>New meeting</source>
        <translation>Nowe spotkanie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New meeting from the last one</source>
        <translation>Nowe spotkanie na wzór poprzedniego</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The meeting was not started: {error}</source>
        <translation>Nie rozpoczęto spotkania: {error}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>active</source>
        <translation>aktywna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>zamknięta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;span style=&apos;font-size: x-large; font-weight: 600&apos;&gt;{escape}&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;font-size: x-large; font-weight: 600&apos;&gt;{escape}&lt;/span&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{status} · first contact {first_contact}</source>
        <translation>{status} · pierwszy kontakt {first_contact}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&lt;b&gt;kept until {day}: due for deletion&lt;/b&gt;</source>
        <translation>&lt;b&gt;przechowywana do {day}: do usunięcia&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kept until {day}</source>
        <translation>przechowywana do {day}</translation>
    </message>
    <message numerus="yes">
        <location line="-17"/>
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n spotkanie</numerusform>
            <numerusform>%n spotkania</numerusform>
            <numerusform>%n spotkań</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>record number {number}</source>
        <translation>numer dokumentacji {number}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;%n still in draft&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n szkic&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n szkice&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n szkiców&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworksModel</name>
    <message>
        <location filename="../ui/models/networks.py" line="+31"/>
        <source>Network</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>active</source>
        <translation>aktywna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>closed</source>
        <translation>zamknięta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First contact</source>
        <translation>Pierwszy kontakt</translation>
    </message>
</context>
<context>
    <name>NetworksPanel</name>
    <message>
        <location filename="../ui/network/panel.py" line="+49"/>
        <location line="+1"/>
        <source>Find a network</source>
        <translation>Znajdź sieć</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show networks</source>
        <translation>Pokaż sieci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active networks</source>
        <translation>Aktywne sieci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed networks</source>
        <translation>Zamknięte sieci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All networks</source>
        <translation>Wszystkie sieci</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Networks</source>
        <translation>Sieci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New network…</source>
        <translation>&amp;Nowa sieć…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <source>New network</source>
        <translation>Nowa sieć</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Rena&amp;me…</source>
        <translation>Zmień na&amp;zwę…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>Rename network</source>
        <translation>Zmień nazwę sieci</translation>
    </message>
    <message>
        <location line="-82"/>
        <location line="+114"/>
        <source>&amp;Close network</source>
        <translation>Za&amp;mknij sieć</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Close or reopen network</source>
        <translation>Zamknij lub otwórz ponownie sieć</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What closing a network does</source>
        <translation>Co oznacza zamknięcie sieci</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Nothing was changed: {error}</source>
        <translation>Niczego nie zmieniono: {error}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Closed: care has ended. Reopen it to write new meetings.</source>
        <translation>Zamknięta: opieka się zakończyła. Otwórz ją ponownie, aby zapisywać nowe spotkania.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close it when care ends: nothing is deleted, and you can reopen it any time.</source>
        <translation>Zamknij ją, gdy opieka się kończy: nic nie zostanie usunięte i w każdej chwili można ją otworzyć ponownie.</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>The network was not created: {error}</source>
        <translation>Nie utworzono sieci: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New name:</source>
        <translation>Nowa nazwa:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The network was not renamed: {error}</source>
        <translation>Nie zmieniono nazwy sieci: {error}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Re&amp;open network</source>
        <translation>&amp;Otwórz ponownie sieć</translation>
    </message>
</context>
<context>
    <name>NextMeetingSection</name>
    <message>
        <location filename="../ui/editor/sections/next_meeting.py" line="+31"/>
        <location line="+1"/>
        <source>Next meeting</source>
        <translation>Następne spotkanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As agreed together. Leave the date unticked if it is still to be agreed.</source>
        <translation>Tak, jak wspólnie ustalono. Jeśli data jest jeszcze do ustalenia, zostaw pole niezaznaczone.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Date agreed:</source>
        <translation>&amp;Data ustalona:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date of the next meeting is agreed</source>
        <translation>Data następnego spotkania jest ustalona</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When the next meeting is</source>
        <translation>Kiedy jest następne spotkanie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Where the next meeting is</source>
        <translation>Gdzie jest następne spotkanie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Details of where the next meeting is</source>
        <translation>Szczegóły miejsca następnego spotkania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place details</source>
        <translation>Szczegóły miejsca</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>  Where</source>
        <translation>  Gdzie</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>invited to the next meeting</source>
        <translation>zaproszenie na następne spotkanie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invite:</source>
        <translation>Zaproś:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited to the next meeting</source>
        <translation>Zaproszeni na następne spotkanie</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Note about the next meeting</source>
        <translation>Notatka o następnym spotkaniu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything else agreed about the next meeting</source>
        <translation>Cokolwiek jeszcze ustalono w sprawie następnego spotkania</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the next meeting</source>
        <translation>następne spotkanie</translation>
    </message>
</context>
<context>
    <name>ObjectTableModel</name>
    <message>
        <location filename="../ui/models/table.py" line="+214"/>
        <source>That change was not saved: {error}</source>
        <translation>Tej zmiany nie zapisano: {error}</translation>
    </message>
</context>
<context>
    <name>OutsideDialog</name>
    <message>
        <location filename="../ui/editor/outside_dialog.py" line="+22"/>
        <source>Decided outside the meeting</source>
        <translation>Postanowione poza spotkaniem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why was this decided without the network present? It will be shown as taken outside the meeting, never hidden.</source>
        <translation>Dlaczego postanowiono to bez obecności sieci? Będzie to widoczne jako decyzja podjęta poza spotkaniem, nigdy ukryte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark as outside the meeting</source>
        <translation>Oznacz jako poza spotkaniem</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Who was told</source>
        <translation>Kogo poinformowano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Maija, by phone</source>
        <translation>np. Maija, telefonicznie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Told on</source>
        <translation>Data poinformowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They have been told</source>
        <translation>Zostali poinformowani</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When they were told</source>
        <translation>Kiedy zostali poinformowani</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who was &amp;told</source>
        <translation>Kogo &amp;poinformowano</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <location filename="../ui/windows.py" line="+79"/>
        <source>Across all networks — {name} — OD Notes</source>
        <translation>Wszystkie sieci — {name} — OD Notes</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;b&gt;Dialogic practice across all networks&lt;/b&gt;</source>
        <translation>&lt;b&gt;Praktyka dialogiczna we wszystkich sieciach&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>PageModel</name>
    <message>
        <location filename="../ui/summary/models.py" line="-21"/>
        <source>Page {value} of {len}</source>
        <translation>Strona {value} z {len}</translation>
    </message>
</context>
<context>
    <name>PairingDialog</name>
    <message>
        <location filename="../ui/sharing/pairing_dialog.py" line="+53"/>
        <source>Pair with a colleague</source>
        <translation>Sparuj ze współpracownikiem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare the safety number</source>
        <translation>Porównaj numer bezpieczeństwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;, {role}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;, {role}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The colleague on the card</source>
        <translation>Współpracownik z karty</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} sees this same number when they add your card. Read it to each other, in person or on a call you trust, and pair only if every digit is the same.</source>
        <translation>{name} widzi ten sam numer po dodaniu Twojej karty. Przeczytajcie go sobie nawzajem, osobiście lub podczas rozmowy, której ufacie, i sparujcie się tylko wtedy, gdy każda cyfra jest taka sama.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Safety number</source>
        <translation>Numer bezpieczeństwa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They &amp;match</source>
        <translation>&amp;Zgadzają się</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They match: pair with this colleague</source>
        <translation>Zgadzają się: sparuj z tym współpracownikiem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>They &amp;don&apos;t match</source>
        <translation>&amp;Nie zgadzają się</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>They don&apos;t match: do not pair</source>
        <translation>Nie zgadzają się: nie paruj</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who the colleague is in your team</source>
        <translation>Kim jest współpracownik w Twoim zespole</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} (already in your team)</source>
        <translation>{name} (już w Twoim zespole)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a new team member</source>
        <translation>nowa osoba w zespole</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>In your &amp;team as:</source>
        <translation>W Twoim &amp;zespole jako:</translation>
    </message>
</context>
<context>
    <name>PassphrasePair</name>
    <message>
        <location filename="../ui/dialogs/passphrase.py" line="+24"/>
        <source>New passphrase</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New passphrase again</source>
        <translation>Nowe hasło jeszcze raz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passphrase strength</source>
        <translation>Siła hasła</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase strength in words</source>
        <translation>Siła hasła słownie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Four or five unrelated words make a strong passphrase that is easy to remember.</source>
        <translation>Cztery lub pięć niezwiązanych ze sobą słów to silne hasło, które łatwo zapamiętać.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Passphrase advice</source>
        <translation>Wskazówka do hasła</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Again:</source>
        <translation>&amp;Jeszcze raz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Strength:</source>
        <translation>Siła:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The passphrase needs at least 8 characters.</source>
        <translation>Hasło musi mieć co najmniej 8 znaków.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases are not the same.</source>
        <translation>Te dwa hasła nie są takie same.</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../ui/models/people.py" line="+84"/>
        <source>Name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who they are</source>
        <translation>Kim jest</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Relationship</source>
        <translation>Relacja</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the words of the person at the centre</source>
        <translation>Słowami osoby w centrum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How close</source>
        <translation>Jak blisko</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the person at the centre says; drawn on the network map</source>
        <translation>Według osoby w centrum; pokazane na mapie sieci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also called</source>
        <translation>Inne imiona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other names, separated by commas</source>
        <translation>Inne imiona lub formy imienia, oddzielone przecinkami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pronouns</source>
        <translation>Zaimki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not said</source>
        <translation>Nie podano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The language their copy of a summary is printed in (English where OD Notes has no translation yet)</source>
        <translation>Język, w którym drukowany jest egzemplarz podsumowania dla tej osoby (angielski, jeśli OD Notes nie ma jeszcze tłumaczenia)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gets summaries</source>
        <translation>Dostaje podsumowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large print</source>
        <translation>Duży druk</translation>
    </message>
</context>
<context>
    <name>PeopleSection</name>
    <message>
        <location filename="../ui/editor/sections/people.py" line="+39"/>
        <source>When, where and who was there</source>
        <translation>Kiedy, gdzie i kto był obecny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who was there</source>
        <translation>Kto był obecny</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When the meeting started</source>
        <translation>Kiedy zaczęło się spotkanie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not noted</source>
        <translation>nie zapisano</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How long, in minutes</source>
        <translation>Jak długo, w minutach</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Maija&apos;s flat, room 2</source>
        <translation>np. mieszkanie Maiji, pokój 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place details</source>
        <translation>Szczegóły miejsca</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;When</source>
        <translation>&amp;Kiedy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;long</source>
        <translation>Jak &amp;długo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;here</source>
        <translation>&amp;Gdzie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place &amp;details</source>
        <translation>&amp;Szczegóły miejsca</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Network members</source>
        <translation>Członkowie sieci</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network members present or absent</source>
        <translation>Członkowie sieci obecni lub nieobecni</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add a person…</source>
        <translation>Dod&amp;aj osobę…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a person to the network</source>
        <translation>Dodaj osobę do sieci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add someone new to the network, without leaving</source>
        <translation>Dodaj kogoś nowego do sieci, nie wychodząc stąd</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+11"/>
        <source>Facilitating practitioners</source>
        <translation>Prowadzący</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>One practitioner only: Open Dialogue asks for two or more.</source>
        <translation>Tylko jeden pracownik: Otwarty Dialog zakłada dwie osoby lub więcej.</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Tick who facilitated: Open Dialogue asks for two or more practitioners.</source>
        <translation>Zaznacz, kto prowadził: Otwarty Dialog zakłada dwóch lub więcej pracowników.</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../ui/network/people_tab.py" line="+79"/>
        <source>Network members</source>
        <translation>Członkowie sieci</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>Practitioners</source>
        <translation>Pracownicy</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>New member&apos;s name</source>
        <translation>Imię nowego członka sieci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add member</source>
        <translation>&amp;Dodaj członka sieci</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New practitioner&apos;s name</source>
        <translation>Imię nowego pracownika</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;practitioner</source>
        <translation>Dodaj &amp;pracownika</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Practitioner from another network</source>
        <translation>Pracownik z innej sieci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practitioners from other networks appear here</source>
        <translation>Tutaj pojawiają się pracownicy z innych sieci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Join to this network</source>
        <translation>&amp;Włącz do tej sieci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join the chosen practitioner to this network</source>
        <translation>Włącz wybranego pracownika do tej sieci</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Network members (double-click or type to edit)</source>
        <translation>Członkowie sieci (kliknij dwukrotnie lub zacznij pisać, aby edytować)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The member was not added: {error}</source>
        <translation>Nie dodano członka sieci: {error}</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+13"/>
        <source>The practitioner was not added: {error}</source>
        <translation>Nie dodano pracownika: {error}</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../ui/editor/person_dialog.py" line="+30"/>
        <source>Add a person to the network</source>
        <translation>Dodaj osobę do sieci</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they like to be called</source>
        <translation>Jak ta osoba chce być nazywana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Relationship</source>
        <translation>Relacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. aunt, neighbour, GP</source>
        <translation>np. ciocia, sąsiad, lekarz rodzinny</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pronouns</source>
        <translation>Zaimki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Imię</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>Rodza&amp;j</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relationship</source>
        <translation>&amp;Relacja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pronouns</source>
        <translation>&amp;Zaimki</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add person</source>
        <translation>Dodaj osobę</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not added: {error}</source>
        <translation>Nie dodano: {error}</translation>
    </message>
</context>
<context>
    <name>PracticeChart</name>
    <message>
        <location filename="../ui/practice/chart.py" line="+36"/>
        <source>How often each key element was present</source>
        <translation>Jak często obecny był każdy kluczowy element</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> in this network</source>
        <translation> w tej sieci</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> across all networks</source>
        <translation> we wszystkich sieciach</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{label}: present in {present} of {rated}</source>
        <translation>{label}: obecny na {present} z {rated} ocenionych spotkań</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No practice reflections yet.</source>
        <translation>Nie ma jeszcze refleksji nad praktyką.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No practice reflections yet: rate a meeting to see the chart fill in.</source>
        <translation>Nie ma jeszcze refleksji nad praktyką: oceń spotkanie, a wykres zacznie się wypełniać.</translation>
    </message>
</context>
<context>
    <name>PracticeDialog</name>
    <message>
        <location filename="../ui/windows.py" line="-44"/>
        <source>Reflecting on our practice — OD Notes</source>
        <translation>Refleksja nad naszą praktyką — OD Notes</translation>
    </message>
</context>
<context>
    <name>PracticeRatingsModel</name>
    <message>
        <location filename="../ui/practice/models.py" line="+52"/>
        <source>Key element</source>
        <translation>Kluczowy element</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present?</source>
        <translation>Obecny?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A few words</source>
        <translation>Kilka słów</translation>
    </message>
</context>
<context>
    <name>PracticeReflectionForm</name>
    <message>
        <location filename="../ui/practice/form.py" line="+75"/>
        <source>Practice reflection</source>
        <translation>Refleksja nad praktyką</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For the team only: how present was each key element of dialogic practice in the meeting of {day}? This never goes into the network&apos;s summary.</source>
        <translation>Tylko dla zespołu: na ile każdy kluczowy element praktyki dialogicznej był obecny na spotkaniu z dnia {day}? To nigdy nie trafia do podsumowania dla sieci.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Key elements and ratings</source>
        <translation>Kluczowe elementy i oceny</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save status</source>
        <translation>Stan zapisu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Save reflection</source>
        <translation>Zapisz refleksję</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved yet.</source>
        <translation>Jeszcze nie zapisano.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: {error}</source>
        <translation>Nie zapisano: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
</context>
<context>
    <name>PractitionersModel</name>
    <message>
        <location filename="../ui/models/people.py" line="+16"/>
        <source>Name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Also called</source>
        <translation>Inne imiona</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferences.py" line="+25"/>
        <source>Preferences — OD Notes</source>
        <translation>Ustawienia — OD Notes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock after this many minutes without use</source>
        <translation>Blokuj po tylu minutach bez używania</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text size</source>
        <translation>Rozmiar tekstu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Colours</source>
        <translation>Kolory</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Follow the system</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Light</source>
        <translation>Jasne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dark</source>
        <translation>Ciemne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Language of OD Notes</source>
        <translation>Język OD Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow the system ({language})</source>
        <translation>Jak w systemie ({language})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>OD Notes speaks the language you choose from its next start.</source>
        <translation>OD Notes będzie mówić wybranym językiem od następnego uruchomienia.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> characters</source>
        <translation> znaków</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Characters your clinical record&apos;s text box takes</source>
        <translation>Ile znaków mieści pole tekstowe Twojej dokumentacji medycznej</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A note for the clinical record longer than this is offered in a short form that keeps every heading and decision.</source>
        <translation>Notatka do dokumentacji medycznej dłuższa niż ten limit jest proponowana w wersji skróconej, która zachowuje każdy nagłówek i każdą decyzję.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These settings never contain names or anything written in a meeting.</source>
        <translation>Te ustawienia nigdy nie zawierają imion ani niczego, co zapisano na spotkaniu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save preferences</source>
        <translation>Zapisz ustawienia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock after:</source>
        <translation>&amp;Blokuj po:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text size:</source>
        <translation>Rozmiar &amp;tekstu:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Kolory:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clinical &amp;record limit:</source>
        <translation>Limit &amp;dokumentacji medycznej:</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source> minute(s)</source>
        <translation>
            <numerusform> minucie</numerusform>
            <numerusform> minutach</numerusform>
            <numerusform> minutach</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurposeSection</name>
    <message>
        <location filename="../ui/editor/sections/purpose.py" line="+17"/>
        <location line="+14"/>
        <source>What the network wanted to talk about</source>
        <translation>O czym sieć chciała porozmawiać</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In their words: the summary opens with this.</source>
        <translation>Ich własnymi słowami: od tego zaczyna się podsumowanie.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Maija wanted to talk about not sleeping…</source>
        <translation>np. Maija chciała porozmawiać o tym, że nie może spać…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the purpose</source>
        <translation>cel spotkania</translation>
    </message>
</context>
<context>
    <name>RatingDelegate</name>
    <message>
        <location filename="../ui/practice/form.py" line="-81"/>
        <source>Rating</source>
        <translation>Ocena</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../ui/editor/reason_dialog.py" line="+38"/>
        <source>Reason</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A reason is needed.</source>
        <translation>Trzeba podać powód.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A reason is needed</source>
        <translation>Trzeba podać powód</translation>
    </message>
</context>
<context>
    <name>RecordNoteDialog</name>
    <message>
        <location filename="../ui/recordnote/dialog.py" line="+63"/>
        <source>For the clinical record — OD Notes</source>
        <translation>Do dokumentacji medycznej — OD Notes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This meeting as a note for your service&apos;s clinical record. It is the team&apos;s record: items kept to the team are in it, each marked “not shared with the network”. Nothing is saved unless you save it.</source>
        <translation>To spotkanie jako notatka do dokumentacji medycznej Twojej placówki. To jest zapis zespołu: zawiera też to, co zostało tylko dla zespołu, a każda taka pozycja jest oznaczona „nieudostępnione sieci”. Nic nie zostanie zapisane, jeśli tego nie zapiszesz.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This network has no record number yet. Add it on the network page (Record number…) and the note will carry it.</source>
        <translation>Ta sieć nie ma jeszcze numeru dokumentacji. Dodaj go na stronie sieci (Numer dokumentacji…), a notatka będzie go zawierać.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No record number</source>
        <translation>Brak numeru dokumentacji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full note</source>
        <translation>&amp;Pełna notatka</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;hort form: every heading and decision, the voices shortened</source>
        <translation>&amp;Wersja skrócona: nagłówki i decyzje, skrócone wypowiedzi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The full note is within your limit.</source>
        <translation>Pełna notatka mieści się w Twoim limicie.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The note, as it will be pasted</source>
        <translation>Notatka w takiej postaci, w jakiej zostanie wklejona</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Length of the note</source>
        <translation>Długość notatki</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy to the clipboard</source>
        <translation>&amp;Kopiuj do schowka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the note to the clipboard</source>
        <translation>Kopiuj notatkę do schowka</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as &amp;text…</source>
        <translation>Zapisz jako &amp;tekst…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the note as a text file</source>
        <translation>Zapisz notatkę jako plik tekstowy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save as &amp;PDF…</source>
        <translation>Zapisz jako P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the full note as a PDF to attach</source>
        <translation>Zapisz pełną notatkę jako PDF do załączenia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The PDF always holds the full note.</source>
        <translation>PDF zawsze zawiera pełną notatkę.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <location line="+34"/>
        <source>%Ln character(s)</source>
        <translation>
            <numerusform>%Ln znak</numerusform>
            <numerusform>%Ln znaki</numerusform>
            <numerusform>%Ln znaków</numerusform>
        </translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Even the short form is {chars}, over your limit of {limit}: paste it in two parts, or attach the PDF.</source>
        <translation>Nawet wersja skrócona ma {chars}, więcej niż Twój limit {limit}: wklej ją w dwóch częściach albo dołącz PDF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The short form is {chars}, within your limit of {limit} (the full note is {full}: attach the PDF if the record should hold all of it).</source>
        <translation>Wersja skrócona ma {chars}, mieści się w Twoim limicie {limit} (pełna notatka ma {full}: dołącz PDF, jeśli dokumentacja ma zawierać całość).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{chars}, within your limit of {limit} (Preferences).</source>
        <translation>{chars}, mieści się w Twoim limicie {limit} (Ustawienia).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{chars}: over your limit of {limit}. The short form is {short}.</source>
        <translation>{chars}: więcej niż Twój limit {limit}. Wersja skrócona ma {short}.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Copied {chars}. Paste it into the record now: the clipboard is cleared after %n second(s) unless you copy something else.</source>
        <translation>
            <numerusform>Skopiowano {chars}. Wklej to teraz do dokumentacji: schowek zostanie wyczyszczony po %n sekundzie, chyba że skopiujesz coś innego.</numerusform>
            <numerusform>Skopiowano {chars}. Wklej to teraz do dokumentacji: schowek zostanie wyczyszczony po %n sekundach, chyba że skopiujesz coś innego.</numerusform>
            <numerusform>Skopiowano {chars}. Wklej to teraz do dokumentacji: schowek zostanie wyczyszczony po %n sekundach, chyba że skopiujesz coś innego.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save the note as text</source>
        <translation>Zapisz notatkę jako tekst</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text files (*.txt)</source>
        <translation>Pliki tekstowe (*.txt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>saving the note</source>
        <translation>zapisywanie notatki</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Save as text</source>
        <translation>Zapisz jako tekst</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the note as PDF</source>
        <translation>Zapisz notatkę jako PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Making the PDF…</source>
        <translation>Tworzenie pliku PDF…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved as {name}.</source>
        <translation>Zapisano jako {name}.</translation>
    </message>
</context>
<context>
    <name>RecordNumberDialog</name>
    <message>
        <location filename="../ui/network/record_number_dialog.py" line="+17"/>
        <source>Record number — OD Notes</source>
        <translation>Numer dokumentacji — OD Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record number</source>
        <translation>Numer dokumentacji</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As your service&apos;s record system writes it</source>
        <translation>Tak, jak zapisuje go system dokumentacji Twojej placówki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;number:</source>
        <translation>&amp;Numer dokumentacji:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your service&apos;s own identifier for this person, as in its clinical record (an NHS or hospital number, say). It is written on the note for the clinical record. It is never printed on the network&apos;s summaries, and supervision exports take it out, even where someone typed it into a note.</source>
        <translation>Własny identyfikator tej osoby w Twojej placówce, taki jak w jej dokumentacji medycznej (np. numer szpitalny lub numer karty). Jest wpisywany do notatki do dokumentacji medycznej. Nigdy nie jest drukowany w podsumowaniach dla sieci, a eksporty do superwizji go usuwają, nawet jeśli ktoś wpisał go w notatkę.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the record number</source>
        <translation>Zapisz numer dokumentacji</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <location filename="../ui/dialogs/recovery_key.py" line="+63"/>
        <source>Your recovery key — OD Notes</source>
        <translation>Twój klucz odzyskiwania — OD Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Keep this recovery key.&lt;/b&gt; If the passphrase is ever forgotten, it is the only way back into the vault. It is shown only now: print it or save it to a USB stick, and keep it apart from this laptop.</source>
        <translation>&lt;b&gt;Zachowaj ten klucz odzyskiwania.&lt;/b&gt; Jeśli kiedyś zapomnisz hasła, to jedyny sposób, by wrócić do sejfu. Jest pokazywany tylko teraz: wydrukuj go albo zapisz na pendrivie i przechowuj z dala od tego laptopa.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recovery key</source>
        <translation>Klucz odzyskiwania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the recovery key</source>
        <translation>Drukuj klucz odzyskiwania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save to a file…</source>
        <translation>&amp;Zapisz do pliku…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the recovery key to a file</source>
        <translation>Zapisz klucz odzyskiwania do pliku</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>I have printed or saved the recovery key and will keep it safe</source>
        <translation>Wydrukowano lub zapisano klucz; będę go bezpiecznie przechowywać</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have kept the recovery key</source>
        <translation>Klucz odzyskiwania jest zachowany</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Continue</source>
        <translation>D&amp;alej</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sent to the printer. Check that the page came out.</source>
        <translation>Wysłano do drukarki. Sprawdź, czy strona się wydrukowała.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} recovery key.txt</source>
        <translation>{name} klucz odzyskiwania.txt</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Save the recovery key</source>
        <translation>Zapisz klucz odzyskiwania</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text files (*.txt)</source>
        <translation>Pliki tekstowe (*.txt)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>saving the recovery key</source>
        <translation>zapisywanie klucza odzyskiwania</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved to {chosen}. Move it off this laptop, e.g. to a USB stick.</source>
        <translation>Zapisano w {chosen}. Przenieś go z tego laptopa, np. na pendrive.</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlockDialog</name>
    <message>
        <location filename="../ui/dialogs/recovery_unlock.py" line="+32"/>
        <source>Unlock {name} with the recovery key — OD Notes</source>
        <translation>Odblokuj {name} kluczem odzyskiwania — OD Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery key</source>
        <translation>Klucz odzyskiwania</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type the recovery key you printed or saved when the vault was made. Then you will choose a new passphrase.</source>
        <translation>Wpisz klucz odzyskiwania, który został wydrukowany lub zapisany przy tworzeniu sejfu. Potem wybierzesz nowe hasło.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Klucz odzyskiwania:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The vault is unlocked. Choose a new passphrase for it.</source>
        <translation>Sejf jest odblokowany. Wybierz dla niego nowe hasło.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock with recovery key</source>
        <translation>Odblokuj kluczem odzyskiwania</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Setting the passphrase…</source>
        <translation>Ustawianie hasła…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Ustaw hasło</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set new passphrase</source>
        <translation>Ustaw nowe hasło</translation>
    </message>
</context>
<context>
    <name>ReflectionCard</name>
    <message>
        <location filename="../ui/editor/sections/reflections.py" line="+79"/>
        <source>Reflection {number}</source>
        <translation>Refleksja {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reflection {number}</source>
        <translation>refleksja {number}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Who reflected:</source>
        <translation>Kto dzielił się refleksją:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who reflected in reflection {number}</source>
        <translation>Kto dzielił się refleksją {number}</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What was said in reflection {number}</source>
        <translation>Co zostało powiedziane w refleksji {number}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the practitioners said to each other</source>
        <translation>Co pracownicy powiedzieli do siebie nawzajem</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;How it landed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Jak to zostało przyjęte&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ReflectionsSection</name>
    <message>
        <location line="+9"/>
        <source>Reflections and how they landed</source>
        <translation>Refleksje i jak zostały przyjęte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflections</source>
        <translation>Refleksje</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the practitioners said to each other in front of the network, and each person&apos;s response.</source>
        <translation>Co pracownicy powiedzieli do siebie nawzajem przy sieci i jak odpowiedziała każda osoba.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove reflection {number}</source>
        <translation>Usuń refleksję {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a &amp;reflection</source>
        <translation>Dodaj &amp;refleksję</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a reflection</source>
        <translation>Dodaj refleksję</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>this reflection</source>
        <translation>tę refleksję</translation>
    </message>
</context>
<context>
    <name>ResponseBox</name>
    <message>
        <location line="-145"/>
        <location line="+1"/>
        <source>How it landed with {name}</source>
        <translation>Jak przyjęła to osoba {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name}&apos;s response</source>
        <translation>Odpowiedź osoby {name}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../ui/dialogs/vault_copies.py" line="+16"/>
        <source>Restore a backup — OD Notes</source>
        <translation>Przywróć kopię zapasową — OD Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoring makes a new vault file from a backup, after checking every record in it. It never replaces a vault: choose a name that is not taken.</source>
        <translation>Przywrócenie tworzy nowy plik sejfu z kopii zapasowej, po sprawdzeniu każdego zapisanego w niej elementu. Nigdy nie zastępuje istniejącego sejfu: wybierz nazwę, która nie jest zajęta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backup file</source>
        <translation>Plik kopii zapasowej</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Przeglądaj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup file</source>
        <translation>Wybierz plik kopii zapasowej</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New vault file</source>
        <translation>Nowy plik sejfu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;rowse…</source>
        <translation>P&amp;rzeglądaj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose where to put the restored vault</source>
        <translation>Wybierz, gdzie umieścić przywrócony sejf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup&apos;s passphrase</source>
        <translation>Hasło kopii zapasowej</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore</source>
        <translation>Przy&amp;wróć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the backup</source>
        <translation>Przywróć kopię zapasową</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open the restored vault</source>
        <translation>&amp;Otwórz przywrócony sejf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the restored vault</source>
        <translation>Otwórz przywrócony sejf</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Backup:</source>
        <translation>&amp;Kopia zapasowa:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore &amp;as:</source>
        <translation>Przywróć &amp;jako:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase the vault had when the backup was made.</source>
        <translation>Hasło, które sejf miał w chwili tworzenia kopii zapasowej.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{stem} restored.odvault</source>
        <translation>{stem} przywrócony.odvault</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup to restore</source>
        <translation>Kopia zapasowa do przywrócenia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore the vault as</source>
        <translation>Przywróć sejf jako</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the backup file to restore.</source>
        <translation>Wybierz plik kopii zapasowej do przywrócenia.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a name for the restored vault.</source>
        <translation>Wybierz nazwę przywróconego sejfu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} already exists there; OD Notes never writes over a vault. Choose another name.</source>
        <translation>{name} już tam istnieje; OD Notes nigdy nie nadpisuje sejfu. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That folder does not exist. Choose one with Browse…</source>
        <translation>Ten folder nie istnieje. Wybierz inny przyciskiem Przeglądaj…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please type the backup&apos;s passphrase.</source>
        <translation>Wpisz hasło kopii zapasowej.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the backup and writing the restored vault…</source>
        <translation>Sprawdzanie kopii zapasowej i zapisywanie przywróconego sejfu…</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Restored %n record(s) to {path}; verified.</source>
        <translation>
            <numerusform>Przywrócono %n zapis do {path}; sprawdzono.</numerusform>
            <numerusform>Przywrócono %n zapisy do {path}; sprawdzono.</numerusform>
            <numerusform>Przywrócono %n zapisów do {path}; sprawdzono.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewTextView</name>
    <message>
        <location filename="../ui/supervision/review_view.py" line="+18"/>
        <source>De-identified text as it will be written</source>
        <translation>Zanonimizowany tekst w takiej postaci, w jakiej zostanie zapisany</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Replaced ({kind}): was “{original}”</source>
        <translation>Zastąpiono ({kind}): było „{original}”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>May still be a name: {reason}</source>
        <translation>Może to nadal być imię: {reason}</translation>
    </message>
</context>
<context>
    <name>ReviewWordsBox</name>
    <message>
        <location filename="../ui/supervision/review_words.py" line="+16"/>
        <source>Still looks like a name: replace or accept each word</source>
        <translation>Nadal wygląda jak imię: zastąp lub zaakceptuj każde słowo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Words that may still be names</source>
        <translation>Słowa, które nadal mogą być imionami</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+1"/>
        <source>Accept all as not names</source>
        <translation>Nie są imionami</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Replace all as suggested</source>
        <translation>Zastąp wszystkie</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Apply answers</source>
        <translation>Zastosuj odpowiedzi</translation>
    </message>
</context>
<context>
    <name>ReviewWordsModel</name>
    <message>
        <location filename="../ui/supervision/models.py" line="+106"/>
        <source>Word</source>
        <translation>Słowo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Times</source>
        <translation>Ile razy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it is listed</source>
        <translation>Dlaczego jest na liście</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Odpowiedź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace with</source>
        <translation>Zamień na</translation>
    </message>
</context>
<context>
    <name>RevisionModel</name>
    <message>
        <location filename="../ui/editor/models/revisions.py" line="+51"/>
        <source>Saved</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
</context>
<context>
    <name>SealedExportViewer</name>
    <message>
        <location filename="../ui/supervision/viewer.py" line="+41"/>
        <source>Encrypted supervision export (read-only)</source>
        <translation>Zaszyfrowany eksport do superwizji (tylko do odczytu)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted supervision export viewer</source>
        <translation>Przeglądarka zaszyfrowanych eksportów do superwizji</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export file</source>
        <translation>Plik eksportu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>Wybierz plik…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose export file</source>
        <translation>Wybierz plik eksportu</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Passphrase of the export</source>
        <translation>Hasło eksportu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open export</source>
        <translation>Otwórz eksport</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message</source>
        <translation>Komunikat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export content</source>
        <translation>Zawartość eksportu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Encrypted supervision export</source>
        <translation>Zaszyfrowany eksport do superwizji</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supervision exports (*.odsup)</source>
        <translation>Eksporty do superwizji (*.odsup)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Opening the export…</source>
        <translation>Otwieranie eksportu…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read-only: this export cannot be changed here.</source>
        <translation>Tylko do odczytu: tego eksportu nie można tu zmienić.</translation>
    </message>
</context>
<context>
    <name>SearchDialog</name>
    <message>
        <location filename="../ui/search/dialog.py" line="+88"/>
        <source>Search — OD Notes</source>
        <translation>Szukaj — OD Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search the vault</source>
        <translation>Przeszukaj sejf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Names, voices, reflections, decisions, uncertainties…</source>
        <translation>Imiona, wypowiedzi, refleksje, decyzje, otwarte pytania…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search results</source>
        <translation>Wyniki wyszukiwania</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Type to search. The search index is kept in the vault, encrypted like your notes.</source>
        <translation>Zacznij pisać, aby wyszukać. Indeks wyszukiwania jest przechowywany w sejfie, zaszyfrowany tak jak Twoje notatki.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search status</source>
        <translation>Stan wyszukiwania</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n found.</source>
        <translation>
            <numerusform>%n wynik.</numerusform>
            <numerusform>%n wyniki.</numerusform>
            <numerusform>%n wyników.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The first %n places found are shown; add a word to narrow it down.</source>
        <translation>
            <numerusform>Pokazano pierwsze znalezione miejsce (%n); dodaj słowo, aby zawęzić wyszukiwanie.</numerusform>
            <numerusform>Pokazano pierwsze %n znalezione miejsca; dodaj słowo, aby zawęzić wyszukiwanie.</numerusform>
            <numerusform>Pokazano pierwszych %n znalezionych miejsc; dodaj słowo, aby zawęzić wyszukiwanie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Still indexing: searched %n of {total} meetings so far.</source>
        <translation>
            <numerusform>Trwa indeksowanie: przeszukano dotąd %n z {total} spotkań.</numerusform>
            <numerusform>Trwa indeksowanie: przeszukano dotąd %n z {total} spotkań.</numerusform>
            <numerusform>Trwa indeksowanie: przeszukano dotąd %n z {total} spotkań.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Nothing found.</source>
        <translation>Nic nie znaleziono.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location line="-83"/>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Words</source>
        <translation>Słowa</translation>
    </message>
</context>
<context>
    <name>ShareChoicesModel</name>
    <message>
        <location filename="../ui/sharing/models.py" line="+26"/>
        <source>Share</source>
        <translation>Udostępnij</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>shared</source>
        <translation>udostępniono</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not shared</source>
        <translation>nie udostępniono</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colleague</source>
        <translation>Współpracownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../ui/sharing/share_dialog.py" line="+43"/>
        <source>Share {network}</source>
        <translation>Udostępnij sieć „{network}”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The exchange folder is a folder your sync tool (Syncthing, a shared drive) carries to your colleague. OD Notes writes sealed files into it that only your colleague&apos;s vault can open, and reads theirs from it.</source>
        <translation>Folder wymiany to folder, który Twoje narzędzie do synchronizacji (Syncthing, dysk współdzielony) przenosi do współpracownika. OD Notes zapisuje w nim zapieczętowane pliki, które może otworzyć tylko sejf współpracownika, i odczytuje z niego jego pliki.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+40"/>
        <source>Exchange folder</source>
        <translation>Folder wymiany</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>No exchange folder chosen yet</source>
        <translation>Nie wybrano jeszcze folderu wymiany</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Wybierz…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the exchange folder</source>
        <translation>Wybierz folder wymiany</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Colleagues to share with</source>
        <translation>Współpracownicy, którym udostępnić sieć</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No colleague is paired yet: pair first in File › Colleagues….</source>
        <translation>Nie sparowano jeszcze żadnego współpracownika: najpierw sparuj w Plik › Współpracownicy….</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Share</source>
        <translation>&amp;Udostępnij</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share the network</source>
        <translation>Udostępnij sieć</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Share this network with:</source>
        <translation>Udostępnij tę sieć osobom:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the exchange folder first.</source>
        <translation>Najpierw wybierz folder wymiany.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{folder} is not a folder that exists here.</source>
        <translation>Folder {folder} nie istnieje na tym komputerze.</translation>
    </message>
</context>
<context>
    <name>SharingControls</name>
    <message>
        <location filename="../ui/sharing/controls.py" line="+21"/>
        <source>Share &amp;with…</source>
        <translation>Udostępn&amp;ij…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share this network with a colleague</source>
        <translation>Udostępnij tę sieć współpracownikowi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your paired co-facilitators get this network through the exchange folder</source>
        <translation>Sparowane osoby współprowadzące otrzymują tę sieć przez folder wymiany</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shared with</source>
        <translation>Udostępniono</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Shared with {names}</source>
        <translation>Udostępniono: {names}</translation>
    </message>
</context>
<context>
    <name>SharingToggle</name>
    <message>
        <location filename="../ui/editor/sharing.py" line="+58"/>
        <source>Team only</source>
        <translation>Tylko dla zespołu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared with the network</source>
        <translation>Udostępnione sieci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sharing of {what}: </source>
        <translation>Udostępnianie ({what}): </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>team only</source>
        <translation>tylko dla zespołu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>shared with the network</source>
        <translation>udostępnione sieci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kept to the team. Click to share it with the network again.</source>
        <translation>Zostaje w zespole. Kliknij, aby znów udostępnić to sieci.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Goes into the network&apos;s summary. Click to keep it to the team (needs a reason).</source>
        <translation>Trafia do podsumowania dla sieci. Kliknij, aby zostawić to tylko dla zespołu (trzeba podać powód).</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>Keep to the team</source>
        <translation>Zostaw tylko dla zespołu</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Why is {what} kept out of the network&apos;s summary? The summary will say that something was held back.</source>
        <translation>Dlaczego to ({what}) ma zostać poza podsumowaniem dla sieci? Podsumowanie poinformuje, że coś zostało pominięte.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../ui/dialogs/shortcuts.py" line="+25"/>
        <source>Keyboard shortcuts — OD Notes</source>
        <translation>Skróty klawiszowe — OD Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What they do</source>
        <translation>Co robią</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>In a meeting, the editor&apos;s own shortcuts are listed in its sections. Tab and Shift+Tab move between fields.</source>
        <translation>W edytorze spotkania jego własne skróty są opisane w poszczególnych częściach. Tab i Shift+Tab przechodzą między polami.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>StanceModel</name>
    <message>
        <location filename="../ui/editor/models/stances.py" line="+80"/>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In their words (optional)</source>
        <translation>Jej lub jego słowami (nieobowiązkowo)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>{name}&apos;s words: {value}</source>
        <translation>Słowa osoby {name}: {value}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>chosen</source>
        <translation>wybrane</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not chosen</source>
        <translation>niewybrane</translation>
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
        <translation>Praca w tle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Background work progress</source>
        <translation>Postęp pracy w tle</translation>
    </message>
</context>
<context>
    <name>SummaryPreviewDialog</name>
    <message>
        <location filename="../ui/summary/preview_dialog.py" line="+95"/>
        <source>Meeting summary: preview</source>
        <translation>Podsumowanie spotkania: podgląd</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Network summary: preview</source>
        <translation>Podsumowanie sieci: podgląd</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Summary pages</source>
        <translation>Strony podsumowania</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Large print (16 pt)</source>
        <translation>D&amp;uży druk (16 pt)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>One shared copy</source>
        <translation>Jeden wspólny egzemplarz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (asked for large print)</source>
        <translation> (prosi o duży druk)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For {name}{suffix}</source>
        <translation>Dla: {name}{suffix}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say how much the team &amp;kept back</source>
        <translation>Podaj, ile zespół po&amp;minął</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End by inviting &amp;corrections</source>
        <translation>Na końcu zaproś do &amp;poprawek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Large print</source>
        <translation>Duży druk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size</source>
        <translation>Rozmiar papieru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose copy</source>
        <translation>Czyj egzemplarz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the summary</source>
        <translation>Język podsumowania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say how much the team kept back</source>
        <translation>Podaj, ile zespół pominął</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invite corrections at the end</source>
        <translation>Na końcu zaproś do poprawek</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paper sizes</source>
        <translation>Rozmiary papieru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies to choose from</source>
        <translation>Egzemplarze do wyboru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Languages a summary can be printed in</source>
        <translation>Języki, w których można wydrukować podsumowanie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The summary&apos;s own words and dates are printed in this language; what people said stays in their words. A copy for someone starts in their language.</source>
        <translation>Stałe teksty i daty podsumowania są drukowane w tym języku; to, co ludzie powiedzieli, zostaje ich własnymi słowami. Egzemplarz dla konkretnej osoby otwiera się w jej języku.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How to print</source>
        <translation>Jak drukować</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paper:</source>
        <translation>P&amp;apier:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;opy:</source>
        <translation>&amp;Egzemplarz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>La&amp;nguage:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printing notice</source>
        <translation>Uwaga dotycząca druku</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview status</source>
        <translation>Stan podglądu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the summary</source>
        <translation>Drukuj podsumowanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Zapisz jako PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the summary as a PDF file</source>
        <translation>Zapisz podsumowanie jako plik PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close the preview</source>
        <translation>Zamknij podgląd</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print options and items kept to the team</source>
        <translation>Opcje druku i pozycje tylko dla zespołu</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The summary could not be made: {error}</source>
        <translation>Nie udało się przygotować podsumowania: {error}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Making the summary…</source>
        <translation>Przygotowywanie podsumowania…</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n page(s) on {label} paper</source>
        <translation>
            <numerusform>%n strona na papierze {label}</numerusform>
            <numerusform>%n strony na papierze {label}</numerusform>
            <numerusform>%n stron na papierze {label}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n character(s) cannot be drawn by the print font ({codes}). They print as {MARKER}, and the summary tells the reader so.</source>
        <translation>
            <numerusform>%n znaku nie da się narysować czcionką wydruku ({codes}). Drukuje się jako {MARKER}, a podsumowanie informuje o tym czytelnika.</numerusform>
            <numerusform>%n znaków nie da się narysować czcionką wydruku ({codes}). Drukują się jako {MARKER}, a podsumowanie informuje o tym czytelnika.</numerusform>
            <numerusform>%n znaków nie da się narysować czcionką wydruku ({codes}). Drukują się jako {MARKER}, a podsumowanie informuje o tym czytelnika.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-13"/>
        <source>, large print.</source>
        <translation>, duży druk.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>OD Notes summary</source>
        <translation>Podsumowanie OD Notes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Printing</source>
        <translation>Drukowanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The printer could not be started.</source>
        <translation>Nie udało się uruchomić drukarki.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save summary as PDF</source>
        <translation>Zapisz podsumowanie jako PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>saving the summary</source>
        <translation>zapisywanie podsumowania</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved as {name}.</source>
        <translation>Zapisano jako {name}.</translation>
    </message>
</context>
<context>
    <name>SupervisionExportDialog</name>
    <message>
        <location filename="../ui/supervision/export_dialog.py" line="+86"/>
        <location line="+1"/>
        <source>Export for supervision</source>
        <translation>Eksport do superwizji</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+1"/>
        <source>Include meetings still in draft</source>
        <translation>Uwzględnij też szkice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A draft may still change and may not have been read by your co-facilitator; drafts are left out unless you tick them.</source>
        <translation>Szkic może się jeszcze zmienić i być może nie przeczytała go druga osoba prowadząca; szkice są pomijane, chyba że je zaznaczysz.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Networks to export</source>
        <translation>Sieci do eksportu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Meetings to export</source>
        <translation>Spotkania do eksportu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Include items kept to the team</source>
        <translation>Uwzględnij pozycje tylko dla zespołu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the team&apos;s practice reflections</source>
        <translation>Uwzględnij refleksje zespołu nad praktyką</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include practice reflections</source>
        <translation>Uwzględnij refleksje nad praktyką</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF, Markdown and JSON files</source>
        <translation>Pliki PDF, Markdown i JSON</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write plain files</source>
        <translation>Zapisz zwykłe pliki</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One encrypted file (for a USB stick)</source>
        <translation>Jeden zaszyfrowany plik (na pendrive)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write one encrypted file</source>
        <translation>Zapisz jeden zaszyfrowany plik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase for the export</source>
        <translation>Hasło eksportu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Hasło jeszcze raz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language of the export</source>
        <translation>Język eksportu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Headings, labels such as Mother or Meeting 2, and relative dates are written in this language; what people said stays in their words.</source>
        <translation>Nagłówki, etykiety takie jak Matka czy Spotkanie 2 oraz daty względne są zapisywane w tym języku; to, co ludzie powiedzieli, zostaje ich własnymi słowami.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder to write into</source>
        <translation>Folder docelowy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder…</source>
        <translation>Wybierz folder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose folder</source>
        <translation>Wybierz folder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What to include and where</source>
        <translation>Co uwzględnić i gdzie zapisać</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>La&amp;nguage:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase again:</source>
        <translation>Hasło jeszcze raz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Networks</source>
        <translation>Sieci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review before writing…</source>
        <translation>Przejrzyj przed zapisaniem…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review before writing</source>
        <translation>Przejrzyj przed zapisaniem</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Names become relationships or roles, dates become days from first contact, places become their kind, and phone numbers, addresses and identity numbers are replaced by what they are. You will see everything before anything is written.</source>
        <translation>Imiona zamieniają się w relacje lub role, daty w dni od pierwszego kontaktu, miejsca w ich rodzaj, a numery telefonów, adresy i numery identyfikacyjne są zastępowane opisem tego, czym są. Zobaczysz wszystko, zanim cokolwiek zostanie zapisane.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{prefix}Meeting {number}, {day}{state}</source>
        <translation>{prefix}Spotkanie {number}, {day}{state}</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>De-identifying the chosen meetings…</source>
        <translation>Anonimizowanie wybranych spotkań…</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Applying the answers…</source>
        <translation>Stosowanie odpowiedzi…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The export could not be written; nothing was left half-written.</source>
        <translation>Nie udało się zapisać eksportu; nic nie zostało zapisane częściowo.</translation>
    </message>
    <message>
        <location line="-178"/>
        <source> (draft)</source>
        <translation> (szkic)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Folder for the export</source>
        <translation>Folder na eksport</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No finalised meeting is ticked. Tick a meeting, or include meetings still in draft.</source>
        <translation>Nie zaznaczono żadnego zakończonego spotkania. Zaznacz spotkanie albo uwzględnij spotkania, które są jeszcze szkicami.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose at least one network and one meeting.</source>
        <translation>Wybierz co najmniej jedną sieć i jedno spotkanie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An encrypted export needs a passphrase.</source>
        <translation>Zaszyfrowany eksport wymaga hasła.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passphrases are different.</source>
        <translation>Te dwa hasła się różnią.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Review status</source>
        <translation>Stan przeglądu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to choices</source>
        <translation>Wróć do wyboru</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Write export</source>
        <translation>Zapisz eksport</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n replacement(s) shaded.</source>
        <translation>
            <numerusform>Zacieniowano %n zamianę.</numerusform>
            <numerusform>Zacieniowano %n zamiany.</numerusform>
            <numerusform>Zacieniowano %n zamian.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n word(s) may still be names: answer each, then Apply answers.</source>
        <translation>
            <numerusform>%n słowo może nadal być imieniem: odpowiedz przy każdym, a potem kliknij Zastosuj odpowiedzi.</numerusform>
            <numerusform>%n słowa mogą nadal być imionami: odpowiedz przy każdym, a potem kliknij Zastosuj odpowiedzi.</numerusform>
            <numerusform>%n słów może nadal być imionami: odpowiedz przy każdym, a potem kliknij Zastosuj odpowiedzi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing else looks like a name; read it through, then Write export.</source>
        <translation>Nic więcej nie wygląda na imię; przeczytaj całość, a potem kliknij Zapisz eksport.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Choose a folder first (Back).</source>
        <translation>Najpierw wybierz folder (Wstecz).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Writing the export…</source>
        <translation>Zapisywanie eksportu…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Written: </source>
        <translation>Zapisano: </translation>
    </message>
</context>
<context>
    <name>Syncer</name>
    <message>
        <location filename="../ui/sharing/syncer.py" line="+113"/>
        <source>Choose who you are in File › Colleagues… first.</source>
        <translation>Najpierw wybierz, kim jesteś, w Plik › Współpracownicy….</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is shared yet: open a network and choose “Share with…”.</source>
        <translation>Nic nie jest jeszcze udostępnione: otwórz sieć i wybierz „Udostępnij…”.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Syncing with colleagues…</source>
        <translation>Synchronizowanie ze współpracownikami…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Some files were not taken in — OD Notes</source>
        <translation>Niektóre pliki nie zostały przyjęte — OD Notes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not synced: {error}</source>
        <translation>Nie zsynchronizowano: {error}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not synced — OD Notes</source>
        <translation>Nie zsynchronizowano — OD Notes</translation>
    </message>
</context>
<context>
    <name>ThreadHistoryModel</name>
    <message>
        <location filename="../ui/models/uncertainties.py" line="+47"/>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
</context>
<context>
    <name>UncertaintiesModel</name>
    <message>
        <location line="-27"/>
        <source>Question</source>
        <translation>Pytanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no words yet)</source>
        <translation>(jeszcze bez słów)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose</source>
        <translation>Czyje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open since</source>
        <translation>Otwarte od</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest note</source>
        <translation>Ostatnia notatka</translation>
    </message>
</context>
<context>
    <name>UncertaintiesSection</name>
    <message>
        <location filename="../ui/editor/sections/uncertainties.py" line="+187"/>
        <source>Open uncertainties</source>
        <translation>Otwarte pytania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Uncertainties</source>
        <translation>Pytania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Questions the network is living with rather than closing early. Those still open from earlier meetings come first.</source>
        <translation>Pytania, z którymi sieć żyje, zamiast zamykać je zbyt wcześnie. Najpierw te, które są nadal otwarte z wcześniejszych spotkań.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Still open from earlier meetings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nadal otwarte z wcześniejszych spotkań&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Raised in this meeting&lt;/b&gt;</source>
        <translation>&lt;b&gt;Poruszone na tym spotkaniu&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add an &amp;uncertainty</source>
        <translation>Dodaj &amp;pytanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an uncertainty</source>
        <translation>Dodaj pytanie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this uncertainty</source>
        <translation>to pytanie</translation>
    </message>
</context>
<context>
    <name>UncertaintiesTab</name>
    <message>
        <location filename="../ui/network/continuity_tab.py" line="-74"/>
        <source>Show &amp;only open uncertainties</source>
        <translation>Pokaż &amp;tylko otwarte pytania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only open uncertainties</source>
        <translation>Pokaż tylko otwarte pytania</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Uncertainties</source>
        <translation>Pytania</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>History of the selected uncertainty</source>
        <translation>Historia zaznaczonego pytania</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How it was carried from meeting to meeting (Enter opens)</source>
        <translation>Jak było przenoszone ze spotkania na spotkanie (Enter otwiera)</translation>
    </message>
</context>
<context>
    <name>UncertaintyCard</name>
    <message>
        <location filename="../ui/editor/sections/uncertainties.py" line="-186"/>
        <source>uncertainty {number}</source>
        <translation>otwarte pytanie {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open since {strftime}</source>
        <translation>Otwarte od {strftime}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Carried</source>
        <translation>Przeniesione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New in this meeting</source>
        <translation>Nowe na tym spotkaniu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {what}</source>
        <translation>Usuń: {what}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no question was written)</source>
        <translation>(nie zapisano pytania)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>Question of {what}</source>
        <translation>Pytanie: {what}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Whose: {whose}</source>
        <translation>Czyje: {whose}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The question the network is living with, e.g. whether…</source>
        <translation>Pytanie, z którym sieć żyje, np. czy…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{what} is theirs</source>
        <translation>pytanie tej osoby ({what})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Whose:</source>
        <translation>Czyje:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose {what} is</source>
        <translation>Czyje jest to pytanie ({what})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Note on {what}</source>
        <translation>Notatka: {what}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note: what changed, or why it is resolved or let go</source>
        <translation>Notatka: co się zmieniło albo dlaczego pytanie zostało rozstrzygnięte lub odpuszczone</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../ui/dialogs/unlock.py" line="+194"/>
        <source>Unlock {name} — OD Notes</source>
        <translation>Odblokuj {name} — OD Notes</translation>
    </message>
</context>
<context>
    <name>UnlockForm</name>
    <message>
        <location line="-138"/>
        <source>Vault name</source>
        <translation>Nazwa sejfu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Vault file</source>
        <translation>Plik sejfu</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is the fictional demo vault. Its passphrase is “{passphrase}”; press Enter to unlock it.</source>
        <translation>To jest fikcyjny sejf demonstracyjny. Jego hasło to „{passphrase}”; naciśnij Enter, aby go odblokować.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo passphrase</source>
        <translation>Hasło sejfu demonstracyjnego</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unlock problem</source>
        <translation>Problem z odblokowaniem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Odblokuj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>F&amp;orgot passphrase?</source>
        <translation>&amp;Nie pamiętasz hasła?</translation>
    </message>
    <message numerus="yes">
        <location line="+86"/>
        <source> You can try again in %n s.</source>
        <translation>
            <numerusform> Możesz spróbować ponownie za %n s.</numerusform>
            <numerusform> Możesz spróbować ponownie za %n s.</numerusform>
            <numerusform> Możesz spróbować ponownie za %n s.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Forgot passphrase: unlock with the recovery key</source>
        <translation>Nie pamiętasz hasła: odblokuj kluczem odzyskiwania</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Vault:</source>
        <translation>Sejf:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>Plik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Please type the vault&apos;s passphrase.</source>
        <translation>Wpisz hasło sejfu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Too many wrong attempts.</source>
        <translation>Zbyt wiele błędnych prób.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Unlocking… (deriving the key takes a moment)</source>
        <translation>Odblokowywanie… (wyprowadzenie klucza chwilę trwa)</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../ui/help.py" line="+76"/>
        <source>User guide — OD Notes</source>
        <translation>Podręcznik — OD Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User guide</source>
        <translation>Podręcznik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The user guide is missing from this installation ({name}).</source>
        <translation>W tej instalacji brakuje podręcznika ({name}).</translation>
    </message>
</context>
<context>
    <name>VaultOverviewWidget</name>
    <message>
        <location filename="../ui/continuity/overview.py" line="+28"/>
        <source>Across all networks</source>
        <translation>Wszystkie sieci</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+1"/>
        <source> week(s)</source>
        <translation>
            <numerusform> tygodniu</numerusform>
            <numerusform> tygodniach</numerusform>
            <numerusform> tygodniach</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weeks without a meeting</source>
        <translation>Tygodnie bez spotkania</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>Network</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Meeting</source>
        <translation>Spotkanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last meeting</source>
        <translation>Ostatnie spotkanie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept until</source>
        <translation>Przechowywana do</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Networks count as quiet after</source>
        <translation>Sieć uznaje się za uśpioną po</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+2"/>
        <source>Meetings still in draft</source>
        <translation>Spotkania, które są jeszcze szkicami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networks with no recent meeting</source>
        <translation>Sieci bez niedawnego spotkania</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups due this week</source>
        <translation>Działania z terminem w tym tygodniu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Networks whose keeping time has ended</source>
        <translation>Sieci, których czas przechowywania minął</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Networks due for deletion</source>
        <translation>Sieci do usunięcia</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Active networks with no meeting in %n week(s)</source>
        <translation>
            <numerusform>Aktywne sieci bez spotkania od %n tygodnia</numerusform>
            <numerusform>Aktywne sieci bez spotkania od %n tygodni</numerusform>
            <numerusform>Aktywne sieci bez spotkania od %n tygodni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-ups due this week ({monday} to {sunday})</source>
        <translation>Działania z terminem w tym tygodniu ({monday} – {sunday})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>draft</source>
        <translation>szkic</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no meeting yet</source>
        <translation>jeszcze bez spotkania</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(removed)</source>
        <translation>(usunięte)</translation>
    </message>
</context>
<context>
    <name>VoiceBox</name>
    <message>
        <location filename="../ui/editor/sections/voices.py" line="+42"/>
        <source>{name}&apos;s voice</source>
        <translation>Wypowiedź osoby {name}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What {name} said, in their own words</source>
        <translation>Co powiedziała osoba {name}, jej lub jego własnymi słowami</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Their exact words</source>
        <translation>Dokładne słowa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{what}: their exact words (a quote)</source>
        <translation>{what}: dokładnie jej lub jego słowa (cytat)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick when the box quotes them word for word</source>
        <translation>Zaznacz, gdy pole cytuje tę osobę słowo w słowo</translation>
    </message>
</context>
<context>
    <name>VoicesSection</name>
    <message>
        <location line="+39"/>
        <location line="+1"/>
        <source>Voices</source>
        <translation>Wypowiedzi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each person&apos;s view in their own words, side by side. Everyone present is listed; add a second box when someone said more.</source>
        <translation>Zdanie każdej osoby jej własnymi słowami, obok siebie. Każda obecna osoba jest na liście; dodaj drugie pole, gdy ktoś powiedział więcej.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tick who was present in section 1 to list their voices.</source>
        <translation>Zaznacz w części 1, kto był obecny, aby pojawiły się tu wypowiedzi tych osób.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;i&gt;not marked present&lt;/i&gt;</source>
        <translation>&lt;i&gt;nie zaznaczono obecności&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add another box</source>
        <translation>Dodaj kolejne pole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add another voice box for {name}</source>
        <translation>Dodaj kolejne pole wypowiedzi dla osoby {name}</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../ui/dialogs/welcome.py" line="+39"/>
        <source>Welcome — OD Notes</source>
        <translation>Witamy — OD Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;h2&gt;OD Notes&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;OD Notes&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write up network meetings after they happen, keep them encrypted on this laptop, and print plain-language summaries for the network.</source>
        <translation>Zapisuj spotkania sieci po ich zakończeniu, przechowuj je zaszyfrowane na tym laptopie i drukuj dla sieci podsumowania napisane prostym językiem.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Create a new vault</source>
        <translation>&amp;Utwórz nowy sejf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start here: a new encrypted file for your networks.</source>
        <translation>Zacznij tutaj: nowy zaszyfrowany plik na Twoje sieci.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open a vault file…</source>
        <translation>&amp;Otwórz plik sejfu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A vault you or your team made before.</source>
        <translation>Sejf utworzony wcześniej przez Ciebie lub Twój zespół.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look around the &amp;demo vault</source>
        <translation>Obejrzyj sejf &amp;demonstracyjny</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fictional network with three meetings. Nobody in it is real.</source>
        <translation>Fikcyjna sieć z trzema spotkaniami. Nikt w niej nie jest prawdziwy.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent vaults</source>
        <translation>Ostatnie sejfy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Recent vaults:</source>
        <translation>Ostatnie &amp;sejfy:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Open a vault</source>
        <translation>Otwórz sejf</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../ui/workspace.py" line="+59"/>
        <source>Choose a network on the left, or make a new one with “New network…”.
Press Ctrl+K to search everything.</source>
        <translation>Wybierz sieć po lewej albo utwórz nową przyciskiem „Nowa sieć…”.
Naciśnij Ctrl+K, aby przeszukać wszystko.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No network chosen</source>
        <translation>Nie wybrano sieci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network and open meetings</source>
        <translation>Sieć i otwarte spotkania</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+197"/>
        <source>Network</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Meeting editor</source>
        <translation>Edytor spotkania</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Deleting the network permanently…</source>
        <translation>Trwa trwałe usuwanie sieci…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Opening the network…</source>
        <translation>Otwieranie sieci…</translation>
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
        <translation>Wynik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close</source>
        <translation>Zamknij</translation>
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
        <translation>&lt;p&gt;Zaszyfrowane notatki offline ze spotkań sieci w Otwartym Dialogu.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;p&gt;Vault format version: {format}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wersja formatu sejfu: {format}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Free software under the GNU General Public License, version 3 or later ({licence}). You may share and change it under those terms; it comes with no warranty. &lt;a href=&apos;{url}&apos;&gt;Read the licence&lt;/a&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wolne oprogramowanie na licencji GNU GPL w wersji 3 lub nowszej ({licence}). Można je udostępniać i zmieniać na tych warunkach; bez żadnej gwarancji. &lt;a href=&apos;{url}&apos;&gt;Przeczytaj licencję&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;p&gt;Translations: the Finnish, German and Polish wording is an AI-assisted contributed translation that native-speaking clinicians have not yet reviewed. If you speak one of these languages and write to families in it, your corrections are the most welcome contribution there is: the user guide says where the words live.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Tłumaczenia: teksty fińskie, niemieckie i polskie to tłumaczenie przygotowane z pomocą sztucznej inteligencji, którego nie sprawdzili jeszcze klinicyści będący rodzimymi użytkownikami tych języków. Jeśli mówisz jednym z nich i piszesz w nim do rodzin, Twoje poprawki są najbardziej mile widzianym wkładem: podręcznik użytkownika mówi, gdzie znajdują się teksty.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;Settings file (never any clinical content):&lt;br&gt;{path}&lt;/p&gt;</source>
        <translation>&lt;p&gt;Plik ustawień (bez treści klinicznych):&lt;br&gt;{path}&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+1"/>
        <location line="+10"/>
        <source>About OD Notes</source>
        <translation>O programie OD Notes</translation>
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
        <translation>Zapisz mapę sieci jako {kind}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Save map as {kind}…</source>
        <translation>Zapisz mapę jako {kind}…</translation>
    </message>
</context>
<context>
    <name>ui.dates</name>
    <message>
        <location filename="../ui/dates.py" line="+22"/>
        <source>d MMM yyyy</source>
        <translation>dd.MM.yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>d MMM</source>
        <translation>dd.MM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddd d MMM</source>
        <translation>ddd, dd.MM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddd d MMM yyyy, HH:mm:ss</source>
        <translation>ddd, d MMM yyyy, HH:mm:ss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddd d MMM, HH:mm</source>
        <translation>ddd, d MMM, HH:mm</translation>
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
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>ui.dialogs.create_vault</name>
    <message>
        <location filename="../ui/dialogs/create_vault.py" line="-135"/>
        <source>OD Notes vaults (*.odvault)</source>
        <translation>Sejfy OD Notes (*.odvault)</translation>
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
        <translation>Sprawdzenie integralności całego sejfu nie powiodło się: wersje zostały dodane lub usunięte poza OD Notes.</translation>
    </message>
</context>
<context>
    <name>ui.dialogs.file_dialogs</name>
    <message>
        <location filename="../ui/dialogs/file_dialogs.py" line="+94"/>
        <source>{name} is already there. Replace it?</source>
        <translation>{name} już tam jest. Zastąpić?</translation>
    </message>
</context>
<context>
    <name>ui.dialogs.messages</name>
    <message>
        <location filename="../ui/dialogs/messages.py" line="+35"/>
        <source>The file could not be used ({value}).</source>
        <translation>Nie udało się użyć pliku ({value}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>system error</source>
        <translation>błąd systemu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Something unexpected went wrong; nothing was changed.</source>
        <translation>Stało się coś nieoczekiwanego; niczego nie zmieniono.</translation>
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
        <translation>Klucz odzyskiwania OD Notes do sejfu „{vault_name}”

{key}

Ten klucz otwiera sejf, jeśli hasło zostanie zapomniane.
Przechowuj go w bezpiecznym miejscu, z dala od laptopa, jak zapasowy klucz do domu.
Każdy, kto ma ten klucz i plik sejfu, może odczytać sejf.
</translation>
    </message>
</context>
<context>
    <name>ui.dialogs.strength</name>
    <message>
        <location filename="../ui/dialogs/strength.py" line="+35"/>
        <source>Too short</source>
        <translation>Za krótkie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use at least 8 characters; four or five words is better.</source>
        <translation>Użyj co najmniej 8 znaków; lepiej cztery lub pięć słów.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+22"/>
        <source>Weak</source>
        <translation>Słabe</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>This contains a very common password. Choose other words.</source>
        <translation>Zawiera bardzo popularne hasło. Wybierz inne słowa.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Add more words or characters.</source>
        <translation>Dodaj więcej słów lub znaków.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fair</source>
        <translation>Średnie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adding another word would make it much stronger.</source>
        <translation>Jeszcze jedno słowo sprawiłoby, że będzie dużo silniejsze.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Good</source>
        <translation>Dobre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A good passphrase. Keep it somewhere only you can reach.</source>
        <translation>Dobre hasło. Przechowuj je tam, gdzie tylko Ty masz dostęp.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Strong</source>
        <translation>Silne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A strong passphrase.</source>
        <translation>Silne hasło.</translation>
    </message>
</context>
<context>
    <name>ui.editor.confirm</name>
    <message>
        <location filename="../ui/editor/confirm.py" line="+18"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {what}? Its words stay readable in the meeting&apos;s history.</source>
        <translation>Usunąć {what}? Treść pozostanie do odczytania w historii spotkania.</translation>
    </message>
</context>
<context>
    <name>ui.editor.editor</name>
    <message>
        <location filename="../ui/editor/editor.py" line="-366"/>
        <source>finalised</source>
        <translation>zakończone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>draft</source>
        <translation>szkic</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>finalised, amended</source>
        <translation>zakończone, zmienione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting of {strftime} ({state})</source>
        <translation>Spotkanie z {strftime} ({state})</translation>
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
        <translation>szkic</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>amended ({len})</source>
        <translation>zmienione ({len})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>amended</source>
        <translation>zmienione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finalised</source>
        <translation>zakończone</translation>
    </message>
</context>
<context>
    <name>ui.editor.moments</name>
    <message>
        <location filename="../ui/dates.py" line="-9"/>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d MMM yyyy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ddd d MMM yyyy, HH:mm</source>
        <translation>ddd, d MMM yyyy, HH:mm</translation>
    </message>
</context>
<context>
    <name>ui.editor.outside_dialog</name>
    <message>
        <location filename="../ui/editor/outside_dialog.py" line="+16"/>
        <source>Told: {told}, {when}</source>
        <translation>Poinformowano: {told}, {when}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Told: {told}</source>
        <translation>Poinformowano: {told}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Told on {when}</source>
        <translation>Poinformowano: {when}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet told</source>
        <translation>Jeszcze nie poinformowano</translation>
    </message>
</context>
<context>
    <name>ui.editor.sections.uncertainties</name>
    <message>
        <location filename="../ui/editor/sections/uncertainties.py" line="-109"/>
        <source>Keep open</source>
        <translation>Nadal otwarte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>Rozstrzygnięte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Let go</source>
        <translation>Odpuszczone</translation>
    </message>
</context>
<context>
    <name>ui.editor.views</name>
    <message>
        <location filename="../ui/words.py" line="+32"/>
        <source>At home</source>
        <translation>W domu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team base or clinic</source>
        <translation>W siedzibie zespołu lub w poradni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By phone</source>
        <translation>Przez telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Somewhere else</source>
        <translation>Gdzie indziej</translation>
    </message>
</context>
<context>
    <name>ui.launcher</name>
    <message>
        <location filename="../ui/launcher.py" line="-142"/>
        <source>OD Notes did not close properly last time. The meeting you were writing has been reopened as it was last autosaved; at most the last few seconds of typing may be missing.</source>
        <translation>OD Notes nie zamknął się poprawnie ostatnim razem. Spotkanie, nad którym trwała praca, zostało otwarte ponownie w stanie z ostatniego automatycznego zapisu; może brakować najwyżej kilku ostatnich sekund pisania.</translation>
    </message>
</context>
<context>
    <name>ui.menus</name>
    <message>
        <location filename="../ui/menus.py" line="+67"/>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Network</source>
        <translation>&amp;Sieć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Meeting</source>
        <translation>Spo&amp;tkanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Search everything…</source>
        <translation>&amp;Szukaj wszędzie…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Lock now</source>
        <translation>&amp;Zablokuj teraz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open a supervision &amp;export file…</source>
        <translation>Otwórz plik &amp;eksportu do superwizji…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>C&amp;olleagues…</source>
        <translation>&amp;Współpracownicy…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;ync now with colleagues</source>
        <translation>Sy&amp;nchronizuj teraz ze współpracownikami</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Back up the vault…</source>
        <translation>Utwórz &amp;kopię zapasową sejfu…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore a bac&amp;kup…</source>
        <translation>P&amp;rzywróć kopię zapasową…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>C&amp;hange passphrase…</source>
        <translation>Zmień &amp;hasło…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Unlock with the recovery key…</source>
        <translation>&amp;Odblokuj kluczem odzyskiwania…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open &amp;another vault…</source>
        <translation>Otwórz &amp;inny sejf…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;recent</source>
        <translation>Ostatnio o&amp;twierane</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>Zakoń&amp;cz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;network…</source>
        <translation>&amp;Nowa sieć…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Rename network…</source>
        <translation>Zmień na&amp;zwę sieci…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Close or reopen network</source>
        <translation>Za&amp;mknij lub otwórz ponownie sieć</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>S&amp;hare with…</source>
        <translation>Udostępn&amp;ij…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New &amp;meeting</source>
        <translation>Nowe spo&amp;tkanie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New meeting from the &amp;last one</source>
        <translation>Nowe spotkanie na wzór poprz&amp;edniego</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Close meeting &amp;tab (it is saved)</source>
        <translation>Zamknij &amp;kartę spotkania (jest zapisane)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;People</source>
        <translation>&amp;Osoby</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>M&amp;eetings</source>
        <translation>&amp;Spotkania</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;uncertainties</source>
        <translation>Otwarte &amp;pytania</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Decisions and follow-ups</source>
        <translation>&amp;Decyzje i dalsze działania</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At a &amp;glance</source>
        <translation>&amp;W skrócie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Summary of the whole network…</source>
        <translation>Podsumowanie całej sieci…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Take to &amp;supervision (de-identified)…</source>
        <translation>Do s&amp;uperwizji (zanonimizowane)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Summary for the network (preview, print)…</source>
        <translation>Po&amp;dsumowanie dla sieci (podgląd, druk)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy for the &amp;clinical record…</source>
        <translation>Kopiuj do dokumentacji &amp;medycznej…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Reflect on our practice…</source>
        <translation>&amp;Refleksja nad naszą praktyką…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Go to the networks l&amp;ist</source>
        <translation>Przejdź do &amp;listy sieci</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Larger text</source>
        <translation>&amp;Większy tekst</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Smaller text</source>
        <translation>&amp;Mniejszy tekst</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Normal text size</source>
        <translation>&amp;Normalny rozmiar tekstu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Across all networks…</source>
        <translation>Wszystkie &amp;sieci…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;User guide</source>
        <translation>&amp;Podręcznik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;About OD Notes</source>
        <translation>&amp;O programie OD Notes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Text size {font_points} pt</source>
        <translation>Rozmiar tekstu {font_points} pt</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No other recent vaults</source>
        <translation>Brak innych ostatnio otwieranych sejfów</translation>
    </message>
</context>
<context>
    <name>ui.models.decisions</name>
    <message numerus="yes">
        <location filename="../ui/models/decisions.py" line="-96"/>
        <source>%n agree(s)</source>
        <translation>
            <numerusform>zgadza się: %n</numerusform>
            <numerusform>zgadza się: %n</numerusform>
            <numerusform>zgadza się: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n with concerns</source>
        <translation>
            <numerusform>ma wątpliwości: %n</numerusform>
            <numerusform>ma wątpliwości: %n</numerusform>
            <numerusform>ma wątpliwości: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n disagree(s)</source>
        <translation>
            <numerusform>nie zgadza się: %n</numerusform>
            <numerusform>nie zgadza się: %n</numerusform>
            <numerusform>nie zgadza się: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n not asked</source>
        <translation>
            <numerusform>nie pytano: %n</numerusform>
            <numerusform>nie pytano: %n</numerusform>
            <numerusform>nie pytano: %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.models.meetings</name>
    <message>
        <location filename="../ui/models/meetings.py" line="-37"/>
        <source>Draft</source>
        <translation>Szkic</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Finalised, amended %n time(s)</source>
        <translation>
            <numerusform>Zakończone, %n zmiana</numerusform>
            <numerusform>Zakończone, %n zmiany</numerusform>
            <numerusform>Zakończone, %n zmian</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finalised</source>
        <translation>Zakończone</translation>
    </message>
</context>
<context>
    <name>ui.models.people</name>
    <message>
        <location filename="../ui/models/people.py" line="-126"/>
        <source>close</source>
        <translation>blisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>somewhat close</source>
        <translation>dość blisko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distant</source>
        <translation>daleko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not said</source>
        <translation>nie podano</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>ui.network.people_tab</name>
    <message>
        <location filename="../ui/network/people_tab.py" line="-144"/>
        <source>{name_label}: kind</source>
        <translation>{name_label}: rodzaj</translation>
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
        <translation>jeszcze nieocenione</translation>
    </message>
</context>
<context>
    <name>ui.search.dialog</name>
    <message>
        <location filename="../ui/search/dialog.py" line="-35"/>
        <source>Network</source>
        <translation>Sieć</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network member</source>
        <translation>Członek sieci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practitioner</source>
        <translation>Pracownik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the meeting was</source>
        <translation>Gdzie było spotkanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they wanted to talk about</source>
        <translation>O czym chcieli porozmawiać</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Voice</source>
        <translation>Wypowiedź</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflection</source>
        <translation>Refleksja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Decyzja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open uncertainty</source>
        <translation>Otwarte pytanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next meeting</source>
        <translation>Następne spotkanie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correction to a summary</source>
        <translation>Poprawka do podsumowania</translation>
    </message>
</context>
<context>
    <name>ui.search.indexer</name>
    <message numerus="yes">
        <location filename="../ui/search/indexer.py" line="+22"/>
        <source>Indexing for search: %n of {total} meetings</source>
        <translation>
            <numerusform>Indeksowanie do wyszukiwania: %n z {total} spotkań</numerusform>
            <numerusform>Indeksowanie do wyszukiwania: %n z {total} spotkań</numerusform>
            <numerusform>Indeksowanie do wyszukiwania: %n z {total} spotkań</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui.sharing.conflicts</name>
    <message>
        <location filename="../ui/sharing/conflicts.py" line="+103"/>
        <source>Whether the record is deleted</source>
        <translation>Czy zapis jest usunięty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole record</source>
        <translation>Cały zapis</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Who was there</source>
        <translation>Kto był obecny</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>present</source>
        <translation>obecny/a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invited, not there</source>
        <translation>zaproszony/a, nieobecny/a</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a colleague</source>
        <translation>współpracownik</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>unknown</source>
        <translation>nieznana osoba</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(nothing: removed on this side)</source>
        <translation>(nic: usunięte po tej stronie)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>(an item without words)</source>
        <translation>(pozycja bez słów)</translation>
    </message>
</context>
<context>
    <name>ui.sharing.words</name>
    <message numerus="yes">
        <location filename="../ui/sharing/words.py" line="+21"/>
        <source>Received %n change(s) from {names}</source>
        <translation>
            <numerusform>Odebrano %n zmianę od: {names}</numerusform>
            <numerusform>Odebrano %n zmiany od: {names}</numerusform>
            <numerusform>Odebrano %n zmian od: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Received %n change(s)</source>
        <translation>
            <numerusform>Odebrano %n zmianę</numerusform>
            <numerusform>Odebrano %n zmiany</numerusform>
            <numerusform>Odebrano %n zmian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>sent %n file(s)</source>
        <translation>
            <numerusform>wysłano %n plik</numerusform>
            <numerusform>wysłano %n pliki</numerusform>
            <numerusform>wysłano %n plików</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Up to date with your colleagues</source>
        <translation>Wszystko zsynchronizowane ze współpracownikami</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) not taken in: {why}</source>
        <translation>
            <numerusform>%n plik nie został przyjęty: {why}</numerusform>
            <numerusform>%n pliki nie zostały przyjęte: {why}</numerusform>
            <numerusform>%n plików nie zostało przyjętych: {why}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n meeting(s) changed on both laptops: open it to choose</source>
        <translation>
            <numerusform>%n spotkanie zmienione na obu laptopach: otwórz je, aby wybrać</numerusform>
            <numerusform>%n spotkania zmienione na obu laptopach: otwórz je, aby wybrać</numerusform>
            <numerusform>%n spotkań zmienionych na obu laptopach: otwórz je, aby wybrać</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>{name} was not taken in: {reason}</source>
        <translation>Nie przyjęto pliku {name}: {reason}</translation>
    </message>
</context>
<context>
    <name>ui.summary.printing</name>
    <message>
        <location filename="../ui/summary/printing.py" line="+26"/>
        <source>The printer could not be started.</source>
        <translation>Nie udało się uruchomić drukarki.</translation>
    </message>
</context>
<context>
    <name>ui.supervision.models</name>
    <message>
        <location filename="../ui/supervision/models.py" line="-25"/>
        <source>Replace</source>
        <translation>Zastąp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept (not a name)</source>
        <translation>Zaakceptuj (to nie imię)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not answered</source>
        <translation>Bez odpowiedzi</translation>
    </message>
</context>
<context>
    <name>ui.vault_actions</name>
    <message>
        <location filename="../ui/vault_actions.py" line="+40"/>
        <source>Backup written to {path} and verified.</source>
        <translation>Kopia zapasowa została zapisana w {path} i sprawdzona.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Change passphrase — OD Notes</source>
        <translation>Zmiana hasła — OD Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The demo vault keeps its passphrase, “{passphrase}”, so that it always opens. Your own vaults can have their passphrase changed here.</source>
        <translation>Sejf demonstracyjny zachowuje swoje hasło, „{passphrase}”, aby zawsze dało się go otworzyć. W Twoich własnych sejfach możesz tutaj zmienić hasło.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The passphrase was changed.</source>
        <translation>Hasło zostało zmienione.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The vault has a new passphrase. Your recovery key still works.</source>
        <translation>Sejf ma nowe hasło. Twój klucz odzyskiwania nadal działa.</translation>
    </message>
</context>
<context>
    <name>ui.windows</name>
    <message>
        <location filename="../ui/windows.py" line="+69"/>
        <source>Open a meeting, or select one in the Meetings tab, first.</source>
        <translation>Najpierw otwórz spotkanie albo zaznacz je na karcie Spotkania.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>For the clinical record — OD Notes</source>
        <translation>Do dokumentacji medycznej — OD Notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the note for the clinical record…</source>
        <translation>Przygotowywanie notatki do dokumentacji medycznej…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a network first.</source>
        <translation>Najpierw wybierz sieć.</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Exported for supervision: %n file(s) in {parent}</source>
        <translation>
            <numerusform>Wyeksportowano do superwizji: %n plik w {parent}</numerusform>
            <numerusform>Wyeksportowano do superwizji: %n pliki w {parent}</numerusform>
            <numerusform>Wyeksportowano do superwizji: %n plików w {parent}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was exported.</source>
        <translation>Niczego nie wyeksportowano.</translation>
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
        <translation>US Letter</translation>
    </message>
</context>
</TS>
