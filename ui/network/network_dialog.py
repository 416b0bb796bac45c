"""Asking for a new network's name and when the first call came, or changing that time later."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from odnotes.networks import now_for_meeting
from ui.editor.moments import DateTimeField
from ui.editor.widgets import ok_cancel


class NetworkDialog(QDialog):
    """The network's name (when it is new) and the date and time of the first contact.

    The first contact is what "a first meeting within 24 hours" is measured from,
    so it is asked for, not assumed to be the moment the network is typed in.
    """

    def __init__(
        self,
        *,
        name: str | None,
        first_contact: datetime,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit: QLineEdit | None = None
        if name is not None:
            self.name_edit = QLineEdit(name)
            self.name_edit.setAccessibleName(self.tr("What the network is called"))
            self.name_edit.setPlaceholderText(self.tr("Usually the name the person chooses"))
            form.addRow(self.tr("&Name:"), self.name_edit)
        self.first_contact_edit = DateTimeField(first_contact)
        self.first_contact_edit.setAccessibleName(self.tr("First contact, date and time"))
        form.addRow(self.tr("&First contact:"), self.first_contact_edit)
        layout.addLayout(form)
        explain = QLabel(
            self.tr(
                "When the first call or request for help came. The first meeting is "
                "aimed for within 24 hours of it. You can change this later."
            )
        )
        explain.setWordWrap(True)
        layout.addWidget(explain)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("What needs changing"))
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons, self.ok_button = ok_cancel(
            self, self.tr("Create network") if name is not None else self.tr("Save"), self._accept
        )
        layout.addWidget(buttons)
        if self.name_edit is not None:
            self.name_edit.textChanged.connect(self._check)
            self.name_edit.setFocus()
        self.first_contact_edit.dateTimeChanged.connect(self._check)
        self._check()

    def name(self) -> str:
        """The name typed (stripped); empty when only the first contact is asked."""
        return self.name_edit.text().strip() if self.name_edit is not None else ""

    def first_contact(self) -> datetime:
        """The first contact's date and minute."""
        return self.first_contact_edit.moment()

    def _problem(self) -> str:
        if self.name_edit is not None and not self.name():
            return self.tr("Give the network a name.")
        if self.first_contact() > now_for_meeting():
            return self.tr("The first contact cannot be later than now.")
        return ""

    def _check(self) -> None:
        problem = self._problem()
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem) and (self.name_edit is None or bool(self.name())))
        self.ok_button.setEnabled(not problem)

    def _accept(self) -> None:
        if not self._problem():
            self.accept()
