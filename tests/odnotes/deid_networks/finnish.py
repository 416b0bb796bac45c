"""A Finnish network (Kemi) with a Polish-speaking grandmother and a German psychiatrist.

Names in the genitive, allative, elative, partitive and illative, with consonant
gradation (Mikko -> Mikon), -nen and -s surnames, a hyphenated first name, and
"Onni", a name that is also the word for luck.
"""

from odnotes.model import PersonKind, PractitionerRole
from tests.odnotes.deid_networks import FixtureNetwork

NETWORK = FixtureNetwork(
    language="fi",
    name="Maija",
    people={
        "centre": ("Maija Virtanen", PersonKind.CENTRE, "hän itse", ("Maikki",)),
        "mother": ("Päivi Virtanen", PersonKind.FAMILY, "mother", ()),
        "father": ("Mikko Virtanen", PersonKind.FAMILY, "father", ()),
        "brother": ("Onni Virtanen", PersonKind.FAMILY, "brother", ()),
        "granny": ("Łucja Kowalczyk", PersonKind.FAMILY, "grandmother", ()),
        "friend": ("Anna-Liisa Heikkinen", PersonKind.FRIEND, "ystävä", ()),
        "social": ("Tuomas Leppänen", PersonKind.PROFESSIONAL, "social worker", ()),
    },
    practitioners={
        "nurse": ("Sanna Koskinen", PractitionerRole.NURSE, ()),
        "doctor": ("Jürgen Weiß", PractitionerRole.PSYCHIATRIST, ()),
    },
    places=("Koivukuja 3 B 12, Kemi", "Kemin terveyskeskus", "Kotikäynti, Kemi"),
    meetings=(
        {
            "purpose": "[[name|Maija]] halusi puhua unesta. [[name|Maijan]] äiti soitti "
            "[[date|3.3.2025]] numerosta [[phone|040 123 4567]].",
            "voices": [
                (
                    "centre",
                    "En ole nukkunut. [[name|Päiville]] sanoin, että {{anna}} minun olla. "
                    "[[name|Mikon]] kanssa on helpompi puhua.",
                ),
                (
                    "mother",
                    "Soitin [[name|Mikolle]] ja [[name|Onnille]]. Sähköposti on "
                    "[[email|paivi.virtanen@esimerkki.fi]], osoite [[address|Koivukuja 3 B 12]], "
                    "[[postcode|94100 Kemi]].",
                ),
                (
                    "father",
                    "Olin [[place|Kemissä]] koko viikon. [[name|Maijasta]] olen huolissani, "
                    "ja [[name|Paivi]] myös. Hyvää {{onnea}} kaikille.",
                ),
                (
                    "brother",
                    "Tuon [[name|Maijaa]] kouluun. [[name|Anna-Liisalle]] kerroin jo, "
                    "ja [[name|Liisa]] ymmärsi.",
                ),
            ],
            "reflections": [
                (
                    ["nurse", "doctor"],
                    "[[name|Sanna]] mietti öitä. [[name|Jürgenin]] mielestä [[name|Virtaset]] "
                    "pitävät toisistaan huolta. [[initial|S. sanoi]], että [[name|Onnin]] "
                    "tuki auttaa.",
                    [("mother", "Pidin siitä, mitä [[name|Sannan]] sanoi.")],
                ),
            ],
            "decisions": [
                (
                    "Tavataan [[place|Kemiin]] menevällä viikolla, [[date|ma 10.3.]] "
                    "[[address|Koivukujalla]].",
                    "centre",
                    [("father", "Vain jos [[name|Mikkoa]] ei tarvita töissä.")],
                    [("nurse", "Soita [[name|Tuomakselle]] numeroon [[phone|+358 50 765 4321]]")],
                ),
            ],
            "uncertainties": [
                ("Muuttaako [[name|Maija]] takaisin [[name|Virtasen]] kotiin?", ["centre"]),
            ],
            "next": "[[name|Jurgen]] tulee mukaan.",
        },
        {
            "purpose": "[[name|Maikki]] toivoi rauhallista tapaamista "
            "[[date|14. maaliskuuta 2025]].",
            "voices": [
                (
                    "granny",
                    "[[name|Łucjan]] kieli on puola. Henkilötunnus [[id|131052-308T]], "
                    "soita [[phone|(016) 123 4567]]. Minua kutsutaan myös nimellä [[name|Lucja]].",
                ),
                (
                    "social",
                    "[[name|Tuomaksen]] mielestä tuki jatkuu. Perheen "
                    "kanssa on puhunut myös [[unlisted|Raili]] [[unlisted|Kemppaiselle]] asti.",
                ),
                (
                    "friend",
                    "Olin [[name|Heikkisen]] perheen kanssa [[date|maaliskuussa 2025]]. "
                    "Hänellä oli {{onni}} matkassa.",
                ),
            ],
            "reflections": [
                (
                    ["doctor"],
                    "[[name|Leppäselle]] kiitos. [[initial|M. kertoi]] vähemmän. "
                    "[[name|Jürgenille]] jäi kysymys.",
                    [("friend", "[[name|Koskisen]] sanat osuivat.")],
                ),
            ],
            "uncertainties": [
                ("Jatkaako [[name|Onni]] koulua [[date|huhtikuussa]]?", ["brother"]),
            ],
            "next": "Toinen henkilötunnus [[id|010101A123N]] on [[name|Kowalczykin]].",
        },
        {
            "purpose": "Miten kuukausi meni [[name|Maijalle]] ja [[name|Mikolle]].",
            "voices": [
                (
                    "centre",
                    "Asuimme [[address|Rantatie 5]] vuodesta [[date|2019]]. "
                    "[[name|Weißin]] lääkkeet auttoivat.",
                ),
                ("mother", "[[place|Kemi]] on pieni. Tapasin [[unlisted|Hilkan]] kaupassa."),
            ],
            "next": "[[name|Sanna]] soittaa.",
        },
    ),
)
