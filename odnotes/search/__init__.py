"""Full-text search over decrypted records, held in memory only.

``index`` holds the folded text and answers queries (``hits``: what it
returns); ``texts`` says what of a record is searched (from the field
declarations); ``building`` fills an index from a vault in one background
pass and keeps it following saves.
"""

from odnotes.search.building import SEARCHED_KINDS, follow_saves, index_vault, vault_index
from odnotes.search.folding import fold
from odnotes.search.hits import SearchHit
from odnotes.search.index import SearchIndex
from odnotes.search.texts import meeting_places, record_text

__all__ = [
    "SEARCHED_KINDS",
    "SearchHit",
    "SearchIndex",
    "follow_saves",
    "fold",
    "index_vault",
    "meeting_places",
    "record_text",
    "vault_index",
]
