"""A modest list of common English words, for telling names from words.

A capitalised word in the middle of a sentence that is not on this list
probably names someone or somewhere, so the review step asks about it. Names
that are also words (Hope, Rose, Will, Mark) are on the list on purpose:
that is how the de-identifier knows a lower-case "will" is ambiguous. Months,
weekdays and a few service abbreviations are here because they are not names.
"""

from __future__ import annotations

_TEXT = """
a able about above absent accept accepted access according across act action
actually add added address adult adults advice afraid after afternoon again
against age ago agree agreed agrees ahead aim air alcohol alive all allowed
almost alone along already alright also although always am among an and anger
angry another answer anxiety anxious any anybody anyone anything anyway anywhere
apart appointment are area arm around arrange arranged as ask asked asking asleep
at attend attended aunt autumn available away awake back bad badly bag bank base
be bear became because become bed bedroom been before began begin beginning
behind being believe below beside best better between big bill birthday bit
black blame blood blue body book booked born both bother bottle box boy
boyfriend break breakfast breath bring brother brought brown build bus busy but
buy by call called calm calmer came can cannot car card care carer carers careful
caring carry case cat caught cause certain chair chance change changed changes
chat check child children choice choose chose church city class clean clear
clearly clinic close closer clothes coffee cold college colour come comes
coming concern concerned concerns confused contact continue control conversation
cook cool cope coping cost could council counsellor couple course court cousin
crisis cry crying cup cut dad daily dance danger dark date daughter day days
dead deal dear death decide decided decision decisions deep depends describe
describes did die died different difficult dinner direct do doctor does dog
doing done door doubt down draw dream dreams drink drive drove drug drugs dry
due during each ear early earth easier easily east easy eat eating education
effect effort eight either else email end ended energy enough even evening
evenings event ever every everybody everyone everything exactly example except
expect experience explain explained eye eyes face fact fair faith fall family
far fast father fault fear feel feeling feelings feels fell felt few field fight
fill final finally find fine finish fire first fit five flat floor follow food
for forget forward found four free friend friends from front full fun funny
future game garden gave general get gets getting girl girlfriend give given glad
go goes going gone good got grandfather grandmother grandparents great green
grew ground group grow guess had hair half hall hand hands happen happened happy
hard harder has hate have having he head health hear heard hearing heart heavy
held hello help helped helpful helping her here herself high him himself his
history hold holiday home hope hoped hopes hoping hospital hot hour hours house
how however huge hurt husband i idea if ill illness important in include
including inside instead interest into is issue it its itself job join joined
just keep keeping kept kid kids kind kitchen knew know knowing known last late
later laugh learn least leave leaflet left leg less let letter life light like
liked likes line list listen listened little live lived lives living local long
look looked looking lose lost lot lots loud louder love loved low lunch made
main make makes making man many mark marked matter may maybe me mean meaning
means medication medicine meet meeting meetings member members memory men mental
message met middle might mind mine minute minutes miss missed moment money month
months mood more morning most mother move moved moving much mum music must my
myself name near nearly need needed needs neighbour neither nervous never new
news next nice night nights nine no nobody noise none normal not note notes
nothing notice noticed now number nurse of off offer offered office often oh ok
okay old on once one online only open or order other others our ourselves out
outside over own page pain paper parent parents part partner party pass past
pay people perhaps period person phone pick picture place plan planned plans
play please point police poor possible pressure pretty probably problem problems
professional promise proper properly psychiatrist psychologist put question
questions quick quickly quiet quite radio rain rather reach read reading ready
real really reason recently red relief relieved remember rest return right risk
road room rose round rule run sad safe safety said same sat save saw say saying
says school second see seem seemed seems seen self send sense sent set seven
several shall share shared she shift shifts shop short should shout show shower
sick side sign since sing sister sit six sleep sleeping slept slow slowly small
smoke so social some somebody someone something sometimes somewhere son soon
sorry sort sound space speak speaking spend spoke spring staff stand start
started stay stayed step still stop stopped story strange street strong stuff
such sudden suddenly summer sun support supported sure surgery take taken takes
taking talk talked talking tea team tell telling ten than thank thanks that the
their them themselves then there these they thing things think thinking third
this those though thought three through time times tired to today together told
tomorrow tonight too took top touch towards town train tried trouble true trust
try trying turn turned twice two uncle under understand understood until up
upset us use used useful usual usually very visit voice voices wait waiting wake
walk walked walking want wanted wants warm was watch water way we week weekend
weeks well went were west what whatever when where whether which while white who
whole whom whose why wife will willing win window winter wish with within
without woman women wonder wondered word words work worked working world worried
worry worse would write writing written wrong year years yes yesterday yet you
young your yourself
monday tuesday wednesday thursday friday saturday sunday
mondays tuesdays wednesdays thursdays fridays saturdays sundays
january february march april june july august september october november december
gp nhs od a&e ae cmht crhtt icu tv uk eu ok mp dr mr mrs ms miss prof
"""

COMMON_WORDS: frozenset[str] = frozenset(_TEXT.split())


def is_common_word(word: str) -> bool:
    """True for a common English word (any capitalisation)."""
    return word.casefold() in COMMON_WORDS
