"""Every user-visible string in ui/ goes through Qt's translation system.

An AST walk over ``ui/**/*.py``: a string literal that reads like words for a
person (or any literal handed to a text-setting Qt call) must sit inside
``tr()``, ``QCoreApplication.translate()`` or ``QT_TRANSLATE_NOOP()``.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"

TRANSLATING = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}

# Calls whose string arguments a person reads: any letters there must be translated.
TEXT_CALLS = {
    "setText", "setWindowTitle", "QLabel", "QPushButton", "QAction", "setToolTip",
    "setPlaceholderText", "addTab", "insertTab", "setTabText", "setTabToolTip",
    "setAccessibleName", "setAccessibleDescription", "QCheckBox", "QRadioButton",
    "QGroupBox", "setTitle", "addMenu", "addRow", "setStatusTip", "setWhatsThis",
    "QProgressDialog", "setLabelText", "setInformativeText", "setDetailedText",
    "information", "warning", "critical", "question", "about", "QMessageBox",
    "getOpenFileName", "getSaveFileName", "getExistingDirectory", "addButton",
    "setSuffix", "setPrefix", "setSpecialValueText", "show_notice", "setHeaderLabels",
    "setHorizontalHeaderLabels", "getText", "getItem", "addItem", "addItems",
    "QToolButton", "setButtonText", "addSimpleText", "showMessage",
}  # fmt: skip

# Calls whose string arguments are code, not words.
CODE_CALLS = {
    "setStyleSheet", "QKeySequence", "setObjectName", "setProperty", "QFont", "setFamily",
    "getattr", "hasattr", "setattr", "value", "setValue", "remove", "strftime", "strptime",
    "startswith", "endswith", "split", "replace", "strip", "isoformat", "fromisoformat",
    "QSettings", "resource_path", "Path", "with_name", "with_suffix", "encode", "decode",
    "fromTheme", "setDesktopFileName", "setApplicationName", "setOrganizationName",
    "QColor", "TypeVar", "cast", "Signal", "debug", "info", "exception", "error",
}  # fmt: skip

# Literals that look like words but are not shown as text (file names, the demo
# passphrase, the font family), each with the file that holds it.
ALLOWED = {
    ("ui/vault_options.py", "Demo (fictional).odvault"),
    ("ui/vault_options.py", "fictional demo network"),
    ("ui/vault_options.py", "OD Notes"),
}

# Not shown in a window: ``--smoke-test`` prints build diagnostics, in English like the CLI.
EXEMPT_FILES = {"ui/smoke.py"}

SHORTCUT = re.compile(r"^[A-Za-z0-9+,./=\-]*\+[A-Za-z0-9+,./=\-]*$")
CSS = re.compile(r"\{[^{}]*:[^{}]*;[^{}]*\}")
TAGS = re.compile(r"<[^>]*>|&[a-z]+;|\{[^{}]*\}|%[a-zA-Z]")


def words_in(text: str) -> str:
    """The part of a literal a person would read: no tags, placeholders or accelerators."""
    return TAGS.sub(" ", text).replace("&", "").strip()


def is_code(text: str) -> bool:
    """Shortcuts, file-name parts and input masks: the same in every language."""
    shown = words_in(text).strip(" ()")
    return (
        not re.search(r"[A-Za-z]{2}", shown)
        or bool(SHORTCUT.match(shown))
        or (" " not in text and bool(re.fullmatch(r"[a-z0-9._\-]+|[A-Z0-9\-]+", shown)))
    )


def reads_like_words(text: str) -> bool:
    """Prose, a capitalised word or a bracketed note: not an identifier or a key."""
    if is_code(text) or CSS.search(text):
        return False
    shown = words_in(text)
    if not re.search(r"[A-Za-z]{2}", shown):
        return False
    return bool(
        re.search(r"[A-Za-z]\S*\s+\S*[A-Za-z]", shown)
        or re.match(r"^[(“\"']?[A-Z][a-z]", shown)
        or shown.startswith("(")
    )


def call_name(node: ast.Call) -> str | None:
    func = node.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)


def escaped_strings(path: Path) -> list[str]:
    """``file:line: text`` for each literal in ``path`` a person reads but no translator sees."""
    return escaped_in_source(path.read_text(encoding="utf-8"), path.relative_to(ROOT).as_posix())


def escaped_in_source(source: str, relative: str) -> list[str]:
    """The same, for source text (so the checker can be tested on a sample)."""
    tree = ast.parse(source)
    parent: dict[ast.AST, ast.AST] = {}
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            parent[child] = node
    problems = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            text = node.value
            if isinstance(parent.get(node), (ast.Expr, ast.JoinedStr)):
                continue  # docstrings, and parts of an f-string (judged as a whole)
        else:
            continue
        if isinstance(parent.get(node), ast.FormattedValue):
            continue  # a format spec such as ``%d %b %Y``
        ancestors = []
        up = parent.get(node)
        while up is not None:
            ancestors.append(up)
            up = parent.get(up)
        if any(isinstance(a, ast.Call) and call_name(a) in TRANSLATING for a in ancestors):
            continue
        if any(isinstance(a, (ast.Raise, ast.Assert)) for a in ancestors):
            continue
        if any(
            isinstance(a, ast.Assign) and any(getattr(t, "id", "") == "__all__" for t in a.targets)
            for a in ancestors
        ):
            continue
        nearest_call = next((a for a in ancestors if isinstance(a, ast.Call)), None)
        name = call_name(nearest_call) if nearest_call is not None else None
        if name in CODE_CALLS or (relative, text) in ALLOWED:
            continue
        handed_to_qt = name in TEXT_CALLS and not is_code(text)
        if handed_to_qt or reads_like_words(text):
            problems.append(f"{relative}:{node.lineno}: {text[:60]!r}")
    return problems


def untranslatable_tr_calls(path: Path) -> list[str]:
    """``tr(f"...")`` cannot be translated: the text differs every time."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    relative = path.relative_to(ROOT).as_posix()
    found = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and call_name(node) in TRANSLATING
            and any(isinstance(arg, ast.JoinedStr) for arg in node.args)
        ):
            found.append(f"{relative}:{node.lineno}")
    return found


UI_FILES = [
    p for p in sorted(UI.rglob("*.py")) if p.relative_to(ROOT).as_posix() not in EXEMPT_FILES
]


@pytest.mark.parametrize("path", UI_FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_user_visible_string_escapes_translation(path: Path) -> None:
    assert escaped_strings(path) == []


@pytest.mark.parametrize("path", UI_FILES, ids=lambda p: p.relative_to(ROOT).as_posix())
def test_translated_text_is_a_fixed_literal(path: Path) -> None:
    assert untranslatable_tr_calls(path) == []


def test_checker_catches_an_untranslated_label() -> None:
    """The checker itself: a bare label, a bare f-string title and a lowercase suffix."""
    sample = (
        "from PySide6.QtWidgets import QLabel\n"
        "def build(w, n):\n"
        "    QLabel('Who was there')\n"
        "    w.setWindowTitle(f'Meeting {n}')\n"
        "    w.setSuffix(' min')\n"
        "    w.setObjectName('editor-status')\n"
        "    w.setToolTip('Ctrl+Shift+D')\n"
        "    QLabel(w.tr('Fine'))\n"
    )
    found = escaped_in_source(sample, "ui/probe.py")
    assert [line.split(":")[1] for line in found] == ["3", "4", "5"]
