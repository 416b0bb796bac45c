"""An English-speaking network (UK) with names that are also words: Joy, Grace, Will, Summer."""

from odnotes.model import PersonKind, PractitionerRole
from tests.odnotes.deid_networks import FixtureNetwork

NETWORK = FixtureNetwork(
    language="en",
    name="Joy",
    people={
        "centre": ("Joy Okafor-Hale", PersonKind.CENTRE, "herself", ("Joanie",)),
        "mother": ("Grace Hale", PersonKind.FAMILY, "mother", ()),
        "brother": ("Will Hale", PersonKind.FAMILY, "brother", ()),
        "friend": ("Summer Nkemelu", PersonKind.FRIEND, "friend from college", ()),
        "nan": ("Margaret Hale", PersonKind.FAMILY, "grandmother", ("Maggie",)),
        "zoe": ("Zoë Brennan", PersonKind.FRIEND, "friend from the choir", ()),
        "gp": ("Dr Priya Raman", PersonKind.PROFESSIONAL, "GP", ()),
    },
    practitioners={
        "nurse": ("Siobhan Keane", PractitionerRole.NURSE, ()),
        "psych": ("Tom Ashworth", PractitionerRole.PSYCHOLOGIST, ("Tommy",)),
    },
    places=("14 Larch Close, Harrogate", "Harrogate Community Hub", "Larch Close"),
    meetings=(
        {
            "purpose": "[[name|Joy]] wanted to talk about sleep since the "
            "[[date|03/03/2025]] phone call, and about [[name|Grace's]] worry.",
            "voices": [
                (
                    "centre",
                    "There was {{joy}} in the room when [[name|Will]] laughed. "
                    "[[name|Joanie]] is what [[name|Maggie]] calls me.",
                ),
                (
                    "mother",
                    "I rang on [[date|2025-03-03]] from [[phone|07700 900461]]. "
                    "Write to [[email|grace.hale@example.org]] or to [[address|22 Elmfield Road]], "
                    "[[postcode|LS6 2QW]].",
                ),
                (
                    "brother",
                    "She will come if [[name|Summer]] comes. We moved to "
                    "[[place|Harrogate]] in [[date|March 2025]]; before that [[address|Flat 2, "
                    "9 Quarry Street]].",
                ),
                (
                    "friend",
                    "I said it with {{grace}}: I will stay all {{summer}}. "
                    "Her cousin [[unlisted|Tamsin]] rang from [[phone|+44 7700 900 462]].",
                ),
            ],
            "reflections": [
                (
                    ["nurse", "psych"],
                    "[[name|Siobhan]] wondered about the nights; [[name|Tom]] heard how the "
                    "[[name|Hales']] kitchen is where everyone meets. [[initial|S. said]] "
                    "[[name|Okafor-Hale]] is a long name to carry.",
                    [("mother", "I liked what [[name|Tommy]] said about [[name|Joy's]] laugh.")],
                ),
            ],
            "decisions": [
                (
                    "Meet at [[address|14 Larch Close]] on [[date|Friday 7th March]]; ask "
                    "[[name|Dr Raman]] to write.",
                    "centre",
                    [("brother", "Only if [[name|Margaret]] is well enough.")],
                    [("nurse", "Phone [[name|Priya]] on [[phone|0113 496 0871]]")],
                ),
            ],
            "uncertainties": [
                ("Whether [[name|Joy]] goes back to college in [[place|Harrogate]].", ["centre"]),
            ],
            "next": "[[name|Zoe]] may come too.",
        },
        {
            "purpose": "[[name|JOY]] asked for a quieter meeting at the [[place|Harrogate's]] "
            "community hub.",
            "voices": [
                (
                    "centre",
                    "I saw [[name|Raman's]] letter. My NHS number is "
                    "[[id|943 476 5919]] and my brother's is [[id|4505577104]].",
                ),
                (
                    "mother",
                    "We have lived here since [[date|2019]]. "
                    "[[unlisted|Featherstone]] from the council rang on [[date|14 March]].",
                ),
                (
                    "zoe",
                    "[[name|Brennan]] is my surname; [[name|Will's]] band plays at "
                    "[[address|Larch Close]] on [[date|3rd March 2025]].",
                ),
            ],
            "reflections": [
                (
                    ["psych"],
                    "[[name|Ashworth's]] thought: [[name|Summer's]] visits help. "
                    "[[initial|M. said]] less today.",
                    [("zoe", "[[name|Keane]] is right, the visits help.")],
                ),
            ],
            "uncertainties": [
                ("Whether [[name|Hale]] family meals can start again.", ["mother"]),
            ],
            "next": "Send to [[email|j.okafor@example.co.uk]], postcode [[postcode|HG1 4AB]].",
        },
        {
            "purpose": "How the month went for [[name|Okafor]] and her Nan.",
            "voices": [
                (
                    "brother",
                    "[[name|Grace]] came with [[name|Zoë]] and a friend, "
                    "[[unlisted|Kwabena]]. It was a day of {{hope}}, not a {{mark}} of failure.",
                ),
                ("nan", "I lived at [[unlisted|Fenwick]] Lodge before, near [[place|Harrogate]]."),
            ],
            "next": "[[name|Margaret]] will phone.",
        },
    ),
)
