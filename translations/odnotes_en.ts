<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name>ConflictBanner</name>
        <message numerus="yes">
            <source>&lt;b&gt;Changed on both laptops:&lt;/b&gt; %n part(s) of this meeting differ between you and a colleague. Nothing was chosen for you.</source>
            <translation>
                <numerusform>&lt;b&gt;Changed on both laptops:&lt;/b&gt; %n part of this meeting differ between you and a colleague. Nothing was chosen for you.</numerusform>
                <numerusform>&lt;b&gt;Changed on both laptops:&lt;/b&gt; %n parts of this meeting differ between you and a colleague. Nothing was chosen for you.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Changed on both laptops:&lt;/b&gt; %n part(s) of this network or its people differ between you and a colleague. Nothing was chosen for you.</source>
            <translation>
                <numerusform>&lt;b&gt;Changed on both laptops:&lt;/b&gt; %n part of this network or its people differ between you and a colleague. Nothing was chosen for you.</numerusform>
                <numerusform>&lt;b&gt;Changed on both laptops:&lt;/b&gt; %n parts of this network or its people differ between you and a colleague. Nothing was chosen for you.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>IndicatorsPanel</name>
        <message numerus="yes">
            <source>%n day(s)</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>KeptBackPanel</name>
        <message numerus="yes">
            <source>&lt;b&gt;%n item(s) kept to the team&lt;/b&gt; ({kept_back_kinds}). {printed}</source>
            <translation>
                <numerusform>&lt;b&gt;%n item kept to the team&lt;/b&gt; ({kept_back_kinds}). {printed}</numerusform>
                <numerusform>&lt;b&gt;%n items kept to the team&lt;/b&gt; ({kept_back_kinds}). {printed}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MeetingsTab</name>
        <message numerus="yes">
            <source>&lt;b&gt;%n meeting(s) still in draft&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%n meeting still in draft&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%n meetings still in draft&lt;/b&gt;</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetworkMapView</name>
        <message numerus="yes">
            <source>{name}: came to {attended} of %n meeting(s)</source>
            <translation>
                <numerusform>{name}: came to {attended} of %n meeting</numerusform>
                <numerusform>{name}: came to {attended} of %n meetings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NetworkPage</name>
        <message numerus="yes">
            <source>%n meeting(s)</source>
            <translation>
                <numerusform>%n meeting</numerusform>
                <numerusform>%n meetings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;%n still in draft&lt;/b&gt;</source>
            <translation>
                <numerusform>&lt;b&gt;%n still in draft&lt;/b&gt;</numerusform>
                <numerusform>&lt;b&gt;%n still in draft&lt;/b&gt;</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message numerus="yes">
            <source> minute(s)</source>
            <translation>
                <numerusform> minute</numerusform>
                <numerusform> minutes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecordNoteDialog</name>
        <message numerus="yes">
            <source>%Ln character(s)</source>
            <translation>
                <numerusform>%Ln character</numerusform>
                <numerusform>%Ln characters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied {chars}. Paste it into the record now: the clipboard is cleared after %n second(s) unless you copy something else.</source>
            <translation>
                <numerusform>Copied {chars}. Paste it into the record now: the clipboard is cleared after %n second unless you copy something else.</numerusform>
                <numerusform>Copied {chars}. Paste it into the record now: the clipboard is cleared after %n seconds unless you copy something else.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message numerus="yes">
            <source>Restored %n record(s) to {path}; verified.</source>
            <translation>
                <numerusform>Restored %n record to {path}; verified.</numerusform>
                <numerusform>Restored %n records to {path}; verified.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchDialog</name>
        <message numerus="yes">
            <source>%n found.</source>
            <translation>
                <numerusform>%n found.</numerusform>
                <numerusform>%n found.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The first %n places found are shown; add a word to narrow it down.</source>
            <translation>
                <numerusform>The first %n places found are shown; add a word to narrow it down.</numerusform>
                <numerusform>The first %n places found are shown; add a word to narrow it down.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Still indexing: searched %n of {total} meetings so far.</source>
            <translation>
                <numerusform>Still indexing: searched %n of {total} meetings so far.</numerusform>
                <numerusform>Still indexing: searched %n of {total} meetings so far.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SummaryPreviewDialog</name>
        <message numerus="yes">
            <source>%n page(s) on {label} paper</source>
            <translation>
                <numerusform>%n page on {label} paper</numerusform>
                <numerusform>%n pages on {label} paper</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n character(s) cannot be drawn by the print font ({codes}). They print as {MARKER}, and the summary tells the reader so.</source>
            <translation>
                <numerusform>%n character cannot be drawn by the print font ({codes}). It prints as {MARKER}, and the summary tells the reader so.</numerusform>
                <numerusform>%n characters cannot be drawn by the print font ({codes}). They print as {MARKER}, and the summary tells the reader so.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SupervisionExportDialog</name>
        <message numerus="yes">
            <source>%n replacement(s) shaded.</source>
            <translation>
                <numerusform>%n replacement shaded.</numerusform>
                <numerusform>%n replacements shaded.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n word(s) may still be names: answer each, then Apply answers.</source>
            <translation>
                <numerusform>%n word may still be a name: answer it, then Apply answers.</numerusform>
                <numerusform>%n words may still be names: answer each, then Apply answers.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>UnlockForm</name>
        <message numerus="yes">
            <source> You can try again in %n s.</source>
            <translation>
                <numerusform> You can try again in %n s.</numerusform>
                <numerusform> You can try again in %n s.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VaultOverviewWidget</name>
        <message numerus="yes">
            <source> week(s)</source>
            <translation>
                <numerusform> week</numerusform>
                <numerusform> weeks</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Active networks with no meeting in %n week(s)</source>
            <translation>
                <numerusform>Active networks with no meeting in %n week</numerusform>
                <numerusform>Active networks with no meeting in %n weeks</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.models.decisions</name>
        <message numerus="yes">
            <source>%n agree(s)</source>
            <translation>
                <numerusform>%n agrees</numerusform>
                <numerusform>%n agree</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n with concerns</source>
            <translation>
                <numerusform>%n has concerns</numerusform>
                <numerusform>%n have concerns</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n disagree(s)</source>
            <translation>
                <numerusform>%n disagrees</numerusform>
                <numerusform>%n disagree</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n not asked</source>
            <translation>
                <numerusform>%n not asked</numerusform>
                <numerusform>%n not asked</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.models.meetings</name>
        <message numerus="yes">
            <source>Finalised, amended %n time(s)</source>
            <translation>
                <numerusform>Finalised, amended once</numerusform>
                <numerusform>Finalised, amended %n times</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.search.indexer</name>
        <message numerus="yes">
            <source>Indexing for search: %n of {total} meetings</source>
            <translation>
                <numerusform>Indexing for search: %n of {total} meetings</numerusform>
                <numerusform>Indexing for search: %n of {total} meetings</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.sharing.words</name>
        <message numerus="yes">
            <source>Received %n change(s) from {names}</source>
            <translation>
                <numerusform>Received %n change from {names}</numerusform>
                <numerusform>Received %n changes from {names}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Received %n change(s)</source>
            <translation>
                <numerusform>Received %n change</numerusform>
                <numerusform>Received %n changes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>sent %n file(s)</source>
            <translation>
                <numerusform>sent %n file</numerusform>
                <numerusform>sent %n files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) not taken in: {why}</source>
            <translation>
                <numerusform>%n file not taken in: {why}</numerusform>
                <numerusform>%n files not taken in: {why}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n meeting(s) changed on both laptops: open it to choose</source>
            <translation>
                <numerusform>%n meeting changed on both laptops: open it to choose</numerusform>
                <numerusform>%n meetings changed on both laptops: open it to choose</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ui.windows</name>
        <message numerus="yes">
            <source>Exported for supervision: %n file(s) in {parent}</source>
            <translation>
                <numerusform>Exported for supervision: %n file in {parent}</numerusform>
                <numerusform>Exported for supervision: %n files in {parent}</numerusform>
            </translation>
        </message>
    </context>
</TS>
