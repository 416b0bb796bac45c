"""The app's version as ``pyproject.toml`` declares it, for the PyInstaller spec and tests.

``pyproject.toml`` takes the version from ``odnotes.__version__`` (one place to
change it); this reads it without importing the package, so a build never
depends on what happens to be installed.
"""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path


def project_version(pyproject: Path) -> str:
    """The version: static in ``[project]``, or from the ``attr`` setuptools points to."""
    data = tomllib.loads(pyproject.read_text(encoding="utf-8"))
    project = data["project"]
    if "version" in project:
        return str(project["version"])
    attr = data["tool"]["setuptools"]["dynamic"]["version"]["attr"]
    module, _, name = attr.rpartition(".")
    source = pyproject.parent.joinpath(*module.split("."), "__init__.py")
    if not source.is_file():
        source = pyproject.parent.joinpath(*module.split(".")).with_suffix(".py")
    for node in ast.parse(source.read_text(encoding="utf-8")).body:
        if (
            isinstance(node, ast.Assign)
            and any(getattr(t, "id", None) == name for t in node.targets)
            and isinstance(node.value, ast.Constant)
        ):
            return str(node.value.value)
    raise LookupError(f"{attr} is not a plain string in {source}")
