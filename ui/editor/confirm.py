"""Removing something that has words in it is asked about first."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_removal(parent: QWidget, what: str, has_words: bool) -> bool:
    """``True`` when ``what`` may go; empty items go without asking.

    Removed words stay readable in the meeting's history.
    """
    if not has_words:
        return True
    answer = QMessageBox.question(
        parent,
        "Remove",
        f"Remove {what}? Its words stay readable in the meeting's history.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
