"""Two practitioners, two laptops, one record: pairing, sealed exchange files and merging.

Pure core, no Qt and no vault storage: the vault hands over revisions as
plain data (:class:`SharedRevision`) and takes the merged live state
(:func:`live_state`) back. The file formats and the merge rule are specified
in ``docs/exchange-format.md``.

- :mod:`~odnotes.exchange.identity`: a practitioner's secret keys (kept in the vault).
- :mod:`~odnotes.exchange.card`: the public card colleagues swap;
  :mod:`~odnotes.exchange.fingerprint`: the safety number they compare.
- :mod:`~odnotes.exchange.sealed`: sealing and verifying exchange files;
  :mod:`~odnotes.exchange.payload`: what is inside; :mod:`~odnotes.exchange.names`:
  their names in the shared folder.
- :mod:`~odnotes.exchange.merge`: three-way merge of two revisions;
  :mod:`~odnotes.exchange.history`: the live record from a whole history.
"""

from odnotes.exchange.card import PractitionerCard, parse_card, read_card, write_card
from odnotes.exchange.conflict import Conflict
from odnotes.exchange.errors import ExchangeError, InvalidCard, Refusal, RefusedFile
from odnotes.exchange.fingerprint import SafetyNumber, safety_number
from odnotes.exchange.history import LiveState, live_state, missing_parents
from odnotes.exchange.identity import PractitionerIdentity
from odnotes.exchange.merge import Merged, Side, merge
from odnotes.exchange.names import FileName, file_name, incoming, write_exchange_file
from odnotes.exchange.payload import Acknowledged, Header, Payload, acknowledgements, unacknowledged
from odnotes.exchange.provenance import Origin, RevisionRef
from odnotes.exchange.revision import SharedRevision
from odnotes.exchange.sealed import (
    Received,
    SealedFile,
    Seen,
    next_sequence,
    open_sealed,
    read_header,
    seal,
)

__all__ = [
    "Acknowledged",
    "Conflict",
    "ExchangeError",
    "FileName",
    "Header",
    "InvalidCard",
    "LiveState",
    "Merged",
    "Origin",
    "Payload",
    "PractitionerCard",
    "PractitionerIdentity",
    "Received",
    "Refusal",
    "RefusedFile",
    "RevisionRef",
    "SafetyNumber",
    "SealedFile",
    "Seen",
    "SharedRevision",
    "Side",
    "acknowledgements",
    "file_name",
    "incoming",
    "live_state",
    "merge",
    "missing_parents",
    "next_sequence",
    "open_sealed",
    "parse_card",
    "read_card",
    "read_header",
    "safety_number",
    "seal",
    "unacknowledged",
    "write_card",
    "write_exchange_file",
]
