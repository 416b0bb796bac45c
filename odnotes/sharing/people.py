"""Who uses this vault and who they work with: identities, cards and pairing.

Each practitioner who uses a vault has one identity (age X25519 to receive,
Ed25519 to sign), created on first use and kept only as a sealed vault
record. Colleagues are paired by importing their card after both have read
the same safety number; only then are their files read. Pairing may link the
record that stood in for the colleague in this vault's team to their card
(``Practitioner.same_as``; :mod:`odnotes.team`), so they are listed once.
"""

from __future__ import annotations

from odnotes.errors import InvalidRecord, RecordNotFound
from odnotes.exchange import PractitionerCard, PractitionerIdentity, parse_card, safety_number
from odnotes.exchange.errors import InvalidCard
from odnotes.i18n import N_
from odnotes.model import Practitioner, Record, utc_now
from odnotes.model.exchange_state import NetworkShare, PairedCard, PractitionerKeys, derived_id
from odnotes.sharing.errors import SharingError
from odnotes.sharing.stored import find
from odnotes.team import Team, named
from odnotes.vault import Vault


def _practitioner(vault: Vault, practitioner_id: str) -> Practitioner:
    try:
        return vault.get(Practitioner, practitioner_id)
    except (RecordNotFound, InvalidRecord):
        raise SharingError(
            N_(
                "There is no practitioner with that id in this vault; add yourself to the team "
                "first ('odnotes list' shows the ids)."
            )
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


def pair(vault: Vault, practitioner_id: str, card: PractitionerCard, *, stand_in: str = "") -> None:
    """Accept a colleague's card; call only after both said the safety numbers match.

    ``stand_in`` is the practitioner of this vault's team who is that colleague
    (from :func:`stand_ins`): linked to the card in the same transaction.
    """
    mine = my_card(vault, practitioner_id)
    safety_number(mine, card)  # refuses pairing with one's own card
    if card.card_id in _own_card_ids(vault):
        raise SharingError(
            N_("That card belongs to a practitioner of this vault; nothing was paired.")
        )
    changed: list[Record] = []
    if stand_in:
        linked = _linked(vault, card, stand_in)
        if linked is not None:
            changed.append(linked)
    text = card.to_bytes().decode()
    held = find(vault, PairedCard, derived_id("paired", card.card_id))
    if held is None or held.card != text:
        changed.append(PairedCard(text, card.card_id, practitioner_id, utc_now()))
    if changed:
        vault.save_many(changed)


def stand_ins(vault: Vault, card: PractitionerCard) -> list[Practitioner]:
    """The team's practitioners who may be the card's colleague, by name.

    Never one who uses this vault (has an identity here), nor a paired
    colleague's own record, nor a record already linked to someone else.
    """
    others = {c.practitioner_id for c in paired(vault) if c.card_id != card.card_id}
    taken = {k.practitioner_id for k in vault.all(PractitionerKeys)} | others
    team = Team.of(vault)
    found = []
    for member in team.members():
        if member.ids & taken:
            continue
        if card.practitioner_id in member.ids:  # linked already: offer the stand-in again
            linked = [team.records[i] for i in sorted(member.ids & team.records.keys())]
            found += [p for p in linked if p.same_as == card.practitioner_id][:1]
        elif not member.practitioner.same_as:
            found.append(member.practitioner)
    return found


def suggested_stand_in(vault: Vault, card: PractitionerCard) -> Practitioner | None:
    """The one stand-in already linked to the card, or whose name is the card's; else None."""
    candidates = stand_ins(vault, card)
    linked = [p for p in candidates if p.same_as == card.practitioner_id]
    found = linked or named(candidates, card.name)
    return found[0] if len(found) == 1 else None


def _linked(vault: Vault, card: PractitionerCard, stand_in: str) -> Practitioner | None:
    """The stand-in with its link to the card set (None if it is set already)."""
    if stand_in not in {p.id for p in stand_ins(vault, card)}:
        raise SharingError(
            N_(
                "That practitioner cannot be linked to this colleague (they use this vault, "
                "or stand for another colleague); nothing was paired."
            )
        )
    chosen = vault.get(Practitioner, stand_in)  # a copy to edit (all() shares its objects)
    if chosen.same_as == card.practitioner_id:
        return None
    chosen.same_as = card.practitioner_id
    return chosen


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
            N_(
                "No colleague with that card id is paired with this vault; pair first "
                "('odnotes pair'), then share."
            )
        )
    return found[0]


def unpair(vault: Vault, card_id: str) -> None:
    """Stop reading a colleague's files and stop sharing with them (history stays).

    A stand-in linked to the colleague stays linked: the meetings either record
    names are the same person's, and pairing again needs no new choice.
    """
    card = paired_card(vault, card_id)
    for share in vault.all(NetworkShare):
        if card.card_id in share.card_ids:
            share.card_ids.remove(card.card_id)
            vault.save(share)
    vault.delete(PairedCard, derived_id("paired", card.card_id))
