"""Every UI operation reports through the one runner (issue 16, item 2), and stays that way.

The source of ``ui/`` is read with :mod:`ast`: every ``try``/``except`` outside
``ui/operations.py`` must be in :data:`ALLOWED`, keyed by file and enclosing function, with the
reason it is not an operation's failure. A new ``except OdNotesError`` in a widget fails here;
the way to report it is ``Operation(...).titled(...)`` or ``.tell(...)``, which words it with
``message_for`` like every other failure. Formatting an exception with ``str()`` for the user is
refused too (it skips the core's translated sentence).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"
RUNNER = "ui/operations.py"

ALLOWED: dict[tuple[str, str], str] = {
    ("ui/sharing/conflicts.py", "shown_text"): (
        "a stored choice this version does not know (a newer laptop's value) is shown as it "
        "is stored, in the conflict view; nothing failed"
    ),
    ("ui/editor/session.py", "EditSession.save_now"): (
        "the autosave's own loop: a refused save becomes the editor's status line and a retry, "
        "never a dialog while typing; locking and closing need its answer at once"
    ),
    ("ui/editor/session.py", "EditSession.stop_amending"): (
        "part of the autosave: the status line says why the amendment was not closed"
    ),
    ("ui/network/people_tab.py", "PeopleTab.refresh_person"): (
        "a change notice for a person no longer there: the row goes (not a failure to report)"
    ),
    ("ui/network/panel.py", "NetworksPanel.on_changes"): (
        "a change notice for a network no longer there: the row goes (not a failure to report)"
    ),
    ("ui/practice/models.py", "PracticeRatingsModel.setData"): (
        "Qt's edit contract: words the model refuses are not taken (setData returns False)"
    ),
    ("ui/settings.py", "Settings._int"): "a damaged setting falls back to its default",
    (
        "ui/vault_options.py",
        "VaultOptions.is_demo",
    ): "a path that cannot be resolved is not the demo",
    ("ui/vault_options.py", "VaultOptions.open_demo"): (
        "closes the vault file and re-raises: the caller's operation reports it"
    ),
    ("ui/help.py", "UserGuideDialog.load"): "a missing guide is said in the guide's own window",
    ("ui/dialogs/file_dialogs.py", "documents_dir"): "no documents folder: start in home",
    ("ui/app.py", "app_icon"): "an icon size not shipped is skipped",
    ("ui/sharing/conflicts.py", "open_conflicts"): (
        "a damaged conflict entry is left out of the list, not guessed at (nothing failed to run)"
    ),
    ("ui/sharing/conflicts.py", "person_name"): (
        "a look-up: a writer this vault does not hold as a person is named by their card or "
        "'a colleague'"
    ),
    ("ui/sharing/conflicts.py", "record_of"): (
        "a look-up over the record kinds: a record that is not here is None"
    ),
    ("ui/sharing/syncer.py", "Syncer._goes_out"): (
        "a change notice met while the vault locks: that change sets off no sync"
    ),
    ("ui/sharing/syncer.py", "Syncer._arrived"): (
        "the folder watcher's look: a folder or card that cannot be read means nothing has "
        "arrived; the next sync says why in the status bar"
    ),
    ("ui/smoke.py", "run_smoke_test"): (
        "the command-line smoke test names the failing step on stderr and exits non-zero"
    ),
}


def _handlers(tree: ast.Module) -> list[tuple[str, ast.ExceptHandler]]:
    """Each ``except`` clause with the qualified name of the function it is in."""
    found: list[tuple[str, ast.ExceptHandler]] = []

    def visit(node: ast.AST, names: list[str]) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                visit(child, [*names, child.name])
            else:
                if isinstance(child, ast.ExceptHandler):
                    found.append((".".join(names), child))
                visit(child, names)

    visit(tree, [])
    return found


def except_clauses(root: Path = UI) -> dict[tuple[str, str], list[int]]:
    """Every ``except`` outside the runner: (file, function) -> line numbers."""
    clauses: dict[tuple[str, str], list[int]] = {}
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root.parent).as_posix()
        if relative == RUNNER:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for function, handler in _handlers(tree):
            clauses.setdefault((relative, function), []).append(handler.lineno)
    return clauses


def str_of_errors(root: Path = UI) -> list[str]:
    """``str(error)`` or ``.format(error=error)`` on a caught exception, outside the runner."""
    found = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root.parent).as_posix()
        if relative in (RUNNER, "ui/smoke.py"):
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        caught = {h.name for _f, h in _handlers(tree) if h.name}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            bare = [a for a in node.args if isinstance(a, ast.Name)]
            keywords = [k.value for k in node.keywords if isinstance(k.value, ast.Name)]
            is_str = isinstance(node.func, ast.Name) and node.func.id == "str"
            is_format = isinstance(node.func, ast.Attribute) and node.func.attr == "format"
            names = {n.id for n in (bare if is_str else keywords if is_format else [])}
            if names & caught:
                found.append(f"{relative}:{node.lineno}")
    return found


def test_errors_are_handled_only_by_the_runner_or_for_a_stated_reason() -> None:
    clauses = except_clauses()
    unexplained = {key: lines for key, lines in clauses.items() if key not in ALLOWED}
    assert not unexplained, (
        "handle these through ui.operations.Operation (or add them to ALLOWED with the reason "
        f"they are not an operation's failure): {unexplained}"
    )
    stale = sorted(set(ALLOWED) - set(clauses))
    assert not stale, f"ALLOWED names places with no except any more: {stale}"


def test_no_caught_error_is_shown_with_str() -> None:
    assert str_of_errors() == []


def test_the_checks_find_what_they_look_for(tmp_path: Path) -> None:
    package = tmp_path / "ui"
    package.mkdir()
    (package / "widget.py").write_text(
        "class Page:\n"
        "    def save(self):\n"
        "        try:\n"
        "            pass\n"
        "        except OdNotesError as error:\n"
        "            self.problem.emit(str(error))\n"
        "            self.label.setText('Not saved: {error}'.format(error=error))\n"
        "def top():\n"
        "    try:\n"
        "        pass\n"
        "    except OSError:\n"
        "        pass\n"
    )
    (package / "operations.py").write_text("try:\n    pass\nexcept Exception:\n    pass\n")
    assert except_clauses(package) == {
        ("ui/widget.py", "Page.save"): [5],
        ("ui/widget.py", "top"): [11],
    }
    assert str_of_errors(package) == ["ui/widget.py:6", "ui/widget.py:7"]
