"""Finding text that does not fit: labels squeezed below their size hint, windows off the screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget

SCREEN_WIDTH, SCREEN_HEIGHT = 1366, 768


def _inside_scroll_area(widget: QWidget, root: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _name(widget: QLabel | QAbstractButton) -> str:
    return widget.accessibleName() or widget.objectName() or widget.text()[:40]


def clipped_labels(root: QWidget) -> list[str]:
    """Every visible label of ``root`` whose text needs more room than it has.

    A word-wrapped label needs its height for its width; any other label needs
    its size hint. A window needs to fit a 1366x768 screen, and every label
    needs to lie inside its window (unless it scrolls).
    """
    problems = []
    if root.isWindow() and (root.width() > SCREEN_WIDTH or root.height() > SCREEN_HEIGHT):
        problems.append(f"the window is {root.width()}x{root.height()}, larger than the screen")
    for label in root.findChildren(QLabel):
        if not label.isVisible() or not label.text().strip():
            continue
        size = label.size()
        if label.wordWrap():
            need_width = label.minimumSizeHint().width()
            need_height = label.heightForWidth(size.width())
        else:
            hint = label.sizeHint()
            need_width, need_height = hint.width(), hint.height()
        if need_width > size.width() or need_height > size.height():
            problems.append(
                f"{_name(label)!r} needs {need_width}x{need_height}, "
                f"has {size.width()}x{size.height()}"
            )
        if not _inside_scroll_area(label, root):
            where = QRect(label.mapTo(root, QPoint(0, 0)), size)
            if not root.rect().contains(where):
                problems.append(f"{_name(label)!r} runs past the window's edge")
    for button in root.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text().strip():
            continue
        hint = button.sizeHint()
        if hint.width() > button.width() or hint.height() > button.height():
            problems.append(
                f"button {_name(button)!r} needs {hint.width()}x{hint.height()}, "
                f"has {button.width()}x{button.height()}"
            )
    return problems
