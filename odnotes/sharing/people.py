"""Who uses this vault and who they work with: identities, cards and pairing.

Each practitioner who uses a vault has one identity (age X25519 to receive,
Ed25519 to sign), created on first use and kept only as a sealed vault
record. Colleagues are paired by importing their card after both have read
the same safety number; only then are their files read.
"""

from __future__ import annotations

from odnotes.errors import InvalidRecord, RecordNotFound
from odnotes.exchange import PractitionerCard, PractitionerIdentity, parse_card, safety_number
from odnotes.exchange.errors import InvalidCard
from odnotes.model import Practitioner, utc_now
from odnotes.model.exchange_state import NetworkShare, PairedCard, PractitionerKeys, derived_id
from odnotes.sharing.errors import SharingError
from odnotes.sharing.stored import find
from odnotes.vault import Vault


def _practitioner(vault: Vault, practitioner_id: str) -> Practitioner:
    try:
        return vault.get(Practitioner, practitioner_id)
    except (RecordNotFound, InvalidRecord):
        raise SharingError(
            "There is no practitioner with that id in this vault; add yourself to the team "
            "first ('odnotes list' shows the ids)."
        ) from None


def identity_for(vault: Vault, practitioner_id: str) -> PractitionerIdentity:
    """The practitioner's identity, created (and saved, sealed) the first time it is needed."""
    _practitioner(vault, practitioner_id)
    kept = find(vault, PractitionerKeys, derived_id("keys", practitioner_id))
    if kept is not None:
        return PractitionerIdentity(
            kept.practitioner_id,
            kept.age_identity,
            bytes.fromhex(kept.signing_seed),
            kept.created_at,
        )
    identity = PractitionerIdentity.generate(practitioner_id)
    vault.save(
        PractitionerKeys(
            practitioner_id,
            identity.age_identity,
            identity.signing_seed.hex(),
            identity.created_at,
        )
    )
    return identity


def my_card(vault: Vault, practitioner_id: str) -> PractitionerCard:
    """The public card to give colleagues: name, role, public keys, self-signed."""
    practitioner = _practitioner(vault, practitioner_id)
    identity = identity_for(vault, practitioner_id)
    return identity.card(practitioner.name, practitioner.role)


def pair(vault: Vault, practitioner_id: str, card: PractitionerCard) -> None:
    """Accept a colleague's card; call only after both said the safety numbers match."""
    mine = my_card(vault, practitioner_id)
    safety_number(mine, card)  # refuses pairing with one's own card
    if card.card_id in _own_card_ids(vault):
        raise SharingError("That card belongs to a practitioner of this vault; nothing was paired.")
    text = card.to_bytes().decode()
    held = find(vault, PairedCard, derived_id("paired", card.card_id))
    if held is not None and held.card == text:
        return
    vault.save(PairedCard(text, card.card_id, practitioner_id, utc_now()))


def _own_card_ids(vault: Vault) -> set[str]:
    return {
        PractitionerIdentity(
            k.practitioner_id, k.age_identity, bytes.fromhex(k.signing_seed), k.created_at
        ).card_id
        for k in vault.all(PractitionerKeys)
    }


def paired(vault: Vault) -> list[PractitionerCard]:
    """Every colleague paired with, by name; each card's signature is checked again."""
    cards = []
    for kept in vault.all(PairedCard):
        try:
            cards.append(parse_card(kept.card.encode()))
        except InvalidCard:
            continue  # cannot happen for a card that was checked before it was sealed
    return sorted(cards, key=lambda c: (c.name.casefold(), c.card_id))


def paired_card(vault: Vault, card_id: str) -> PractitionerCard:
    """One paired colleague's card, by its id (or its first 16 hex digits)."""
    found = [c for c in paired(vault) if c.card_id.startswith(card_id.lower())] if card_id else []
    if len(found) != 1:
        raise SharingError(
            "No colleague with that card id is paired with this vault; pair first "
            "('odnotes pair'), then share."
        )
    return found[0]


def unpair(vault: Vault, card_id: str) -> None:
    """Stop reading a colleague's files and stop sharing with them (history stays)."""
    card = paired_card(vault, card_id)
    for share in vault.all(NetworkShare):
        if card.card_id in share.card_ids:
            share.card_ids.remove(card.card_id)
            vault.save(share)
    vault.delete(PairedCard, derived_id("paired", card.card_id))
