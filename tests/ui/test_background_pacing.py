"""The index pass gives way to the GUI thread; a table out of sight waits to be fitted."""

from __future__ import annotations

import threading
import time

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from ui.columns import ColumnFitter
from ui.search.indexer import GuiPacer


def test_the_pass_waits_until_the_gui_thread_is_back_at_its_events(qtbot: QtBot) -> None:
    pacer = GuiPacer(every=0.0, patience=10.0)
    done = threading.Event()
    worker = threading.Thread(target=lambda: (pacer.pace(), done.set()))
    worker.start()
    time.sleep(0.3)  # the GUI thread is busy (here: asleep), so the pass waits
    assert not done.is_set()
    qtbot.waitUntil(done.is_set, timeout=5_000)  # events processed: it goes on
    worker.join()


def test_a_cancelled_pass_does_not_wait() -> None:
    pacer = GuiPacer(every=0.0, patience=10.0)
    started = time.monotonic()
    pacer.pace(cancelled=lambda: True)
    assert time.monotonic() - started < 1.0


def test_a_table_out_of_sight_is_fitted_when_it_is_shown(qtbot: QtBot) -> None:
    model = QStandardItemModel(0, 2)
    long_name = "Dr Anna-Liisa Korhonen-Virtanen of the fictional clinic"
    model.appendRow([QStandardItem(long_name), QStandardItem("x")])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    ColumnFitter(view, stretch=1)
    needed = view.fontMetrics().horizontalAdvance(long_name)
    qtbot.wait(20)  # a fit was asked for; out of sight it waits
    assert view.horizontalHeader().sectionSize(0) < needed
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.horizontalHeader().sectionSize(0) >= needed, timeout=2_000)
