<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
            <source>&lt;b&gt;%n item(s) kept to the team&lt;/b&gt; ({kept_back_kinds}). {printed}</source>
            <translation>
                <numerusform>&lt;b&gt;%n item kept to the team&lt;/b&gt; ({kept_back_kinds}). {printed}</numerusform>
                <numerusform>&lt;b&gt;%n items kept to the team&lt;/b&gt; ({kept_back_kinds}). {printed}</numerusform>
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
</TS>
