"""A Polish network (Warsaw): declension of first names and surnames, -ski/-ska adjectives.

Kasia -> Kasi, Kasię, Kasią; Marek -> Marka (a fleeting e; "marka" is also a
brand); Paweł -> Pawła; Łukasz -> Łukasza and "Lukasz" without its diacritic;
Róża, a name that is also the word for a rose; and the Nowaks as "Nowakowie".
"""

from odnotes.model import PersonKind, PractitionerRole
from tests.odnotes.deid_networks import FixtureNetwork

NETWORK = FixtureNetwork(
    language="pl",
    name="Kasia",
    people={
        "centre": ("Kasia Nowak", PersonKind.CENTRE, "ona sama", ("Katarzyna",)),
        "mother": ("Anna Nowak", PersonKind.FAMILY, "mother", ()),
        "father": ("Marek Nowak", PersonKind.FAMILY, "father", ()),
        "granny": ("Róża Wiśniewska", PersonKind.FAMILY, "grandmother", ()),
        "brother": ("Łukasz Nowak", PersonKind.FAMILY, "brother", ()),
        "friend": ("Paweł Kowalski", PersonKind.FRIEND, "przyjaciel", ()),
        "teacher": ("Ewa Zielińska", PersonKind.PROFESSIONAL, "teacher", ()),
    },
    practitioners={
        "nurse": ("Agnieszka Wójcik", PractitionerRole.NURSE, ()),
        "doctor": ("Tomasz Lewandowski", PractitionerRole.PSYCHIATRIST, ()),
    },
    places=("ul. Długa 5/3, 00-950 Warszawa", "Przychodnia, Mokotów", "Mokotów"),
    meetings=(
        {
            "purpose": "[[name|Kasia]] chciała porozmawiać o śnie. Mama [[name|Kasi]] "
            "zadzwoniła [[date|3.03.2025]] z numeru [[phone|501 234 567]].",
            "voices": [
                (
                    "centre",
                    "Nie śpię. Powiedziałam [[name|Annie]], że to ważne. Z "
                    "[[name|Markiem]] łatwiej mi rozmawiać. Babcia kupiła {{różę}}.",
                ),
                (
                    "mother",
                    "Dzwoniłam do [[name|Marka]] i do [[name|Łukasza]]. Mój adres: "
                    "[[address|ul. Długa 5/3]], [[postcode|00-950 Warszawa]], e-mail "
                    "[[email|anna.nowak@przyklad.pl]].",
                ),
                (
                    "father",
                    "Byłem cały tydzień na [[place|Mokotowie]]. O [[name|Kasię]] się "
                    "martwię, i [[name|Lukasz]] też. To nowa {{marka}} telefonu.",
                ),
                (
                    "brother",
                    "Odprowadzam [[name|Kasię]] do szkoły. [[name|Pawłowi]] już "
                    "powiedziałem, i [[name|Kowalski]] zrozumiał.",
                ),
            ],
            "reflections": [
                (
                    ["nurse", "doctor"],
                    "[[name|Agnieszka]] myślała o nocach. [[name|Tomasz]] słyszał, jak bardzo "
                    "[[name|Nowakowie]] o siebie dbają. [[initial|A. powiedziała]], że pomoc "
                    "[[name|Róży]] jest ważna.",
                    [("mother", "Podobało mi się, co powiedziała [[name|Agnieszka]].")],
                ),
            ],
            "decisions": [
                (
                    "Spotkanie w [[date|pon. 10.3.]] przy [[address|ul. Kwiatowej 12]].",
                    "centre",
                    [("father", "Tylko jeśli [[name|pani Zielińska]] się zgodzi.")],
                    [("nurse", "Zadzwonić do [[name|Pawła]] pod [[phone|+48 22 123 45 67]]")],
                ),
            ],
            "uncertainties": [
                ("Czy [[name|Kasia]] wróci do [[name|Anny]]?", ["centre"]),
            ],
            "next": "[[name|Roza]] też przyjdzie.",
        },
        {
            "purpose": "[[name|Katarzyna]] chciała spokojnego spotkania [[date|3 marca 2025 r.]]",
            "voices": [
                (
                    "granny",
                    "Nazywam się [[name|Wiśniewska]], niektórzy piszą "
                    "[[name|Wisniewska]]. PESEL [[id|44051401458]], telefon "
                    "[[phone|600 700 800]].",
                ),
                (
                    "teacher",
                    "Zdaniem [[name|Ewy]] jest postęp. Była też pani "
                    "[[unlisted|Jadwiga]] z opieki społecznej, [[date|14 marca]].",
                ),
                (
                    "friend",
                    "Byłem z [[name|Nowakami]] w [[date|kwietniu 2024]]. "
                    "Babcia ma na imię jak {{róża}} w ogrodzie.",
                ),
            ],
            "reflections": [
                (
                    ["doctor"],
                    "Myśl [[name|Lewandowskiego]]: [[name|Wójcik]] ma rację. "
                    "[[initial|M. mówił]] dziś mało. [[name|Pawłem]] się nie martwimy.",
                    [("friend", "Słowa [[name|Agnieszki]] trafiły.")],
                ),
            ],
            "uncertainties": [
                ("Czy [[name|Łukasz]] zmieni szkołę?", ["brother"]),
            ],
            "next": "Drugi PESEL [[id|02070803628]] należy do [[name|Kowalskiego]].",
        },
        {
            "purpose": "Jak minął miesiąc dla [[name|Kasi]].",
            "voices": [
                (
                    "centre",
                    "Mieszkamy tu od [[date|2019]] roku, wcześniej na [[address|ulicy Długiej 7]].",
                ),
                (
                    "mother",
                    "[[place|Warszawa]] jest duża. Spotkałam [[unlisted|Grzegorza]] "
                    "w sklepie, i [[name|Agnieszce]] to powiedziałam.",
                ),
            ],
            "next": "[[name|Anna]] zadzwoni.",
        },
    ),
)
