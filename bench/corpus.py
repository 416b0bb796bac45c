"""Fictional words to fill benchmark meetings with: names, phrases, sentences.

Everyone and everything here is invented. Sentences are stitched from short
phrase banks so each meeting reads like a meeting (purpose, voices,
reflections, decisions, uncertainties) and the text has the variety a search
index meets in real use: common words, rarer words, names with accents.
"""

from __future__ import annotations

import random

FIRST_NAMES = [
    "Aino",
    "Päivi",
    "Łukasz",
    "Zoë",
    "Øyvind",
    "Maija",
    "Sanna",
    "Jari",
    "Mikko",
    "Leena",
    "Amara",
    "Kofi",
    "Siobhán",
    "Ciarán",
    "Nadia",
    "Tomás",
    "Inès",
    "Jonas",
    "Freya",
    "Ravi",
    "Priya",
    "Hannah",
    "Elif",
    "Mehmet",
    "Yusuf",
    "Agnieszka",
    "Bartosz",
    "Chloé",
    "Rosa",
    "Teodor",
    "Ilse",
    "Kaisa",
    "Veikko",
    "Anja",
    "Lotte",
    "Noor",
    "Samir",
    "Olu",
    "Ada",
    "Björn",
    "Greta",
    "Matti",
    "Outi",
    "Eero",
    "Helmi",
    "Ruth",
    "Dawit",
    "Selam",
    "Kai",
]
RELATIONS = [
    ("family", "mother"),
    ("family", "father"),
    ("family", "brother"),
    ("family", "sister"),
    ("family", "grandmother"),
    ("partner", "partner"),
    ("friend", "friend from work"),
    ("friend", "neighbour"),
    ("professional", "GP"),
    ("professional", "housing officer"),
    ("peer_worker", "peer worker"),
    ("family", "aunt"),
    ("friend", "friend from the choir"),
]
PRACTITIONERS = [
    ("Tuula Rantanen", "nurse"),
    ("Sam Okafor", "psychologist"),
    ("Ümit Demir", "peer_practitioner"),
    ("Marja Koskinen", "psychiatrist"),
    ("Joel Lindqvist", "social_worker"),
    ("Fatima Haddad", "occupational_therapist"),
    ("Elena Petrova", "nurse"),
    ("Oskari Niemi", "support_worker"),
    ("Grace Mensah", "psychologist"),
    ("Henrik Aalto", "nurse"),
    ("Liisa Virtanen", "social_worker"),
    ("Pedro Alves", "psychiatrist"),
]
TOPICS = [
    "not sleeping",
    "the voices at night",
    "going back to college",
    "money worries",
    "the argument at Christmas",
    "moving out of the flat",
    "medication and how it feels",
    "feeling watched on the bus",
    "the dog",
    "work starting again",
    "the younger brother's exams",
    "visits to the grandmother",
    "the hospital stay last spring",
    "cooking together again",
    "what happens if things get worse",
    "the housing letter",
    "phone calls late at night",
    "walking in the forest",
    "the choir concert",
    "keeping the curtains closed",
]
FEELINGS = [
    "frightened",
    "tired",
    "hopeful",
    "angry",
    "relieved",
    "unsure",
    "ashamed",
    "calmer",
    "worried",
    "proud",
    "lonely",
    "listened to",
    "overwhelmed",
    "stuck",
    "curious",
]
OPENINGS = [
    "I think",
    "To be honest",
    "What I noticed is that",
    "I keep coming back to how",
    "It feels like",
    "Last week",
    "Since the last meeting",
    "When I am on my own",
    "I was surprised that",
    "Nobody asked me before, but",
    "My worry is that",
]
CLAUSES = [
    "the nights are the hardest part",
    "we keep talking past each other",
    "the radio in my head gets louder when the house is quiet",
    "I want to be trusted again",
    "I don't know how to help without taking over",
    "things were better when we ate together",
    "the tablets make me slow in the mornings",
    "I miss the walks we used to take",
    "college feels far away but not impossible",
    "I am scared of another admission",
    "the letters from the council pile up on the table",
    "I slept four nights in a row",
    "I would like the meetings at home, not at the clinic",
    "my brother hears everything",
    "I need someone to ring me in the evenings",
    "the garden has been a good place to sit",
    "I feel better when I know what happens next",
    "we argued and then we made tea",
]
REFLECTIONS = [
    "I was moved by how {a} and {b} both spoke about {topic}, in different words.",
    "I wonder whether the worry about {topic} is also a way of caring for each other.",
    "I noticed that when {a} talked about {topic}, {b} leaned forward and listened.",
    "Listening to this I felt {feeling}; I am curious what it is like for {a} to hear it.",
    "Perhaps {topic} does not have to be solved today; it can stay with us for a while.",
    "I heard a lot of hope in the room, and also that {a} feels {feeling}.",
]
RESPONSES = [
    "That is right, I did not know you had noticed.",
    "I am not sure I agree with that.",
    "It helps to hear it said out loud.",
    "Yes, and I would add that {topic} matters too.",
    "I felt {feeling} hearing that.",
    "Maybe. I need to think about it.",
]
DECISIONS = [
    "Meet again at home in two weeks",
    "{a} will ring the housing office with {b}",
    "Try eating together on Sundays",
    "Ask the GP about the morning tablets",
    "{a} will keep a sleep diary until the next meeting",
    "Invite {b} to the next meeting",
    "Stop the evening phone calls for now",
    "Plan one walk a week together",
]
QUESTIONS = [
    "Whether {topic} would help or make things harder.",
    "How the family can support {a} without taking over.",
    "What {a} wants to say to college, and when.",
    "Whether the voices at night are linked to {topic}.",
    "How to talk about money without it becoming a fight.",
]
NOTES = [
    "Still open; {a} wants to wait.",
    "Talked about again; no hurry.",
    "{b} thinks this is nearly settled.",
    "Left for the next meeting.",
]
PLACES = ["the kitchen", "the family home", "the clinic's small room", "the flat", "a video call"]


def fill(rng: random.Random, template: str, names: list[str]) -> str:
    """A template with fictional names, a topic and a feeling filled in."""
    a, b = rng.sample(names, 2) if len(names) > 1 else (names[0], names[0])
    return template.format(a=a, b=b, topic=rng.choice(TOPICS), feeling=rng.choice(FEELINGS))


def sentence(rng: random.Random) -> str:
    """One sentence of a person's voice."""
    return f"{rng.choice(OPENINGS)} {rng.choice(CLAUSES)}."


def paragraph(rng: random.Random, sentences: int) -> str:
    """A few sentences in one person's words."""
    return " ".join(sentence(rng) for _ in range(sentences))
