"""A German network (Berlin) with a Polish-born friend and a Polish psychologist.

Genitive -s and apostrophe, names without their umlauts ("Juergen", "Kaethe",
"Schroeder"), a title ("Herr Vogt"), and names that are German words: Rose (a
rose, and every German noun is capitalised) and Ernst (serious).
"""

from odnotes.model import PersonKind, PractitionerRole
from tests.odnotes.deid_networks import FixtureNetwork

NETWORK = FixtureNetwork(
    language="de",
    name="Jonas",
    people={
        "centre": ("Jonas Becker", PersonKind.CENTRE, "er selbst", ()),
        "mother": ("Ute Becker", PersonKind.FAMILY, "mother", ()),
        "father": ("Jürgen Becker", PersonKind.FAMILY, "father", ()),
        "sister": ("Rose Becker", PersonKind.FAMILY, "sister", ()),
        "friend": ("Ernst Wróbel", PersonKind.FRIEND, "Freund", ()),
        "neighbour": ("Käthe Schröder", PersonKind.OTHER, "neighbour", ()),
        "teacher": ("Dr. Albrecht Vogt", PersonKind.PROFESSIONAL, "teacher", ()),
    },
    practitioners={
        "nurse": ("Sabine Hoffmann", PractitionerRole.NURSE, ()),
        "psych": ("Łukasz Nowicki", PractitionerRole.PSYCHOLOGIST, ()),
    },
    places=("Lindenstraße 5a, 10115 Berlin", "Praxis am Mühlenweg 3, Spandau", "Spandau"),
    meetings=(
        {
            "purpose": "[[name|Jonas]] wollte über den Schlaf sprechen. [[name|Jonas']] Mutter "
            "rief am [[date|3.3.2025]] an, von [[phone|030 1234567]].",
            "voices": [
                (
                    "centre",
                    "Ich schlafe schlecht. Ich habe [[name|Ute]] gesagt, es ist {{ernst}}. "
                    "Mit [[name|Jürgen]] kann ich besser reden.",
                ),
                (
                    "mother",
                    "Ich habe [[name|Juergen]] und [[name|Rose]] angerufen. Meine Adresse: "
                    "[[address|Lindenstraße 5a]], [[postcode|10115 Berlin]], E-Mail "
                    "[[email|ute.becker@beispiel.de]].",
                ),
                (
                    "father",
                    "Ich war die ganze Woche in [[place|Spandau]]. [[name|Utes]] Sorgen sind "
                    "groß, und [[name|Jurgen]] bin ich. Sie hat eine {{Rose}} gekauft.",
                ),
                (
                    "sister",
                    "Ich bringe [[name|Jonas]] zur Schule. [[name|Ernst]] weiß es schon, "
                    "und [[name|Wróbel]] auch.",
                ),
            ],
            "reflections": [
                (
                    ["nurse", "psych"],
                    "[[name|Sabine]] dachte an die Nächte. [[name|Łukasz]] hörte, wie sehr die "
                    "[[name|Beckers]] aufeinander achten. [[initial|S. sagte]], [[name|Roses]] "
                    "Unterstützung hilft.",
                    [("mother", "Mir gefiel, was [[name|Lukasz]] sagte.")],
                ),
            ],
            "decisions": [
                (
                    "Treffen am [[date|Mo 10.3.]] in der [[address|Berliner Straße 12]].",
                    "centre",
                    [("father", "Nur wenn [[name|Herr Vogt]] Bescheid weiß.")],
                    [("nurse", "[[name|Käthe]] anrufen unter [[phone|+49 30 1234 5678]]")],
                ),
            ],
            "uncertainties": [
                ("Ob [[name|Jonas]] wieder zu [[name|Ute]] zieht.", ["centre"]),
            ],
            "next": "[[name|Kaethe]] kommt mit.",
        },
        {
            "purpose": "[[name|Ernsts]] Wunsch war ein ruhiges Treffen am [[date|3. März 2025]].",
            "voices": [
                (
                    "neighbour",
                    "Mein Name ist [[name|Schröder]], manche schreiben "
                    "[[name|Schroeder]]. Steuer-ID [[id|12 345 678 901]], Handy "
                    "[[phone|0171 2345678]].",
                ),
                (
                    "teacher",
                    "[[name|Vogts]] Meinung: es geht voran. Auch "
                    "[[unlisted|Pfitzenmaier]] vom Jugendamt war da, am [[date|14.03.2025]].",
                ),
                (
                    "friend",
                    "Ich war mit den [[name|Beckers]] im [[date|April 2024]] unterwegs. "
                    "Es war ein {{ernst}} gemeintes Gespräch.",
                ),
            ],
            "reflections": [
                (
                    ["psych"],
                    "[[name|Nowickis]] Gedanke: [[name|Hoffmann]] hat recht. [[initial|U. sagte]] "
                    "heute wenig. [[name|Albrecht]] hörte zu.",
                    [("friend", "[[name|Sabines]] Worte trafen.")],
                ),
            ],
            "uncertainties": [
                ("Ob [[name|Rose]] die Schule wechselt.", ["sister"]),
            ],
            "next": "Zweite Steuer-ID [[id|65929970489]] gehört [[name|Jürgens]] Vater.",
        },
        {
            "purpose": "Wie der Monat für [[name|Jonas]] war.",
            "voices": [
                (
                    "centre",
                    "Wir wohnen hier seit [[date|2019]], vorher [[address|Am Mühlenweg 3]]. "
                    "Das [[place|Spandauer]] Krankenhaus war gut.",
                ),
                (
                    "mother",
                    "[[place|Berlin]] ist groß. Ich traf [[unlisted|Wojtaszczyk]] im Laden.",
                ),
            ],
            "next": "[[name|Ute]] ruft an.",
        },
    ),
)
