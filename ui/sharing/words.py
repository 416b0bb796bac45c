"""What a sync did, in the status bar's words (Qt plural forms for every count)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from odnotes import sharing
from odnotes.sharing import Refused, SyncReport
from odnotes.vault import Vault
from ui.i18n import core_translator


def report_line(report: SyncReport, vault: Vault) -> str:
    """One line: what came in and from whom, what went out, what was refused, what conflicts."""
    translate = QCoreApplication.translate
    parts = []
    if report.received:
        names = _senders(report, vault)
        if names:
            parts.append(
                translate(
                    "ui.sharing.words", "Received %n change(s) from {names}", "", report.received
                ).format(names=names)
            )
        else:
            parts.append(
                translate("ui.sharing.words", "Received %n change(s)", "", report.received)
            )
    if report.sent:
        parts.append(translate("ui.sharing.words", "sent %n file(s)", "", report.sent))
    if not parts:
        parts.append(translate("ui.sharing.words", "Up to date with your colleagues"))
    if report.refused:
        parts.append(
            translate(
                "ui.sharing.words", "%n file(s) not taken in: {why}", "", len(report.refused)
            ).format(why="; ".join(f"{r.name}: {_why(r)}" for r in report.refused))
        )
    if report.conflicts:
        parts.append(
            translate(
                "ui.sharing.words",
                "%n meeting(s) changed on both laptops: open it to choose",
                "",
                len(report.conflicts),
            )
        )
    line = ", ".join(parts)
    return line[:1].upper() + line[1:] + "."


def refused_lines(report: SyncReport) -> list[str]:
    """Each refused file and why, for the message shown after Sync now."""
    return [
        QCoreApplication.translate("ui.sharing.words", "{name} was not taken in: {reason}").format(
            name=r.name, reason=_why(r)
        )
        for r in report.refused
    ]


def _why(refused: Refused) -> str:
    """Why a file was refused, in the core's words in the UI's language."""
    return refused.reason_in(core_translator())


def _senders(report: SyncReport, vault: Vault) -> str:
    """The colleagues the changed records' networks are shared with (who the changes came from)."""
    names: set[str] = set()
    for network_id in {vault.network_of(r) for r in report.changed_records} - {""}:
        names.update(card.name for card in sharing.shared_with(vault, network_id))
    return ", ".join(sorted(names))
