"""``make run``'s check of the Qt xcb plugin's system libraries (issue 12, item 1)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tools import qt_platform_check as qpc

ROOT = Path(__file__).resolve().parents[2]

# What ``ldd`` printed on the clean Debian machine of issue 12 (shortened).
DEBIAN_LDD = """\
\tlinux-vdso.so.1 (0x00007ffd8a5f1000)
\tlibQt6XcbQpa.so.6 => /venv/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x1)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x2)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x3)
"""
X11 = {"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}


def fake_plugin() -> Path:
    return Path("/venv/PySide6/Qt/plugins/platforms/libqxcb.so")


def test_missing_libraries_are_read_from_ldd_once_each() -> None:
    assert qpc.missing_libraries(DEBIAN_LDD) == ["libxcb-icccm.so.4", "libxcb-keysyms.so.1"]
    assert qpc.missing_libraries(DEBIAN_LDD.replace("not found", "/lib/x.so (0x9)")) == []


def test_the_hint_is_one_line_naming_packages_and_both_commands() -> None:
    line = qpc.check(X11, plugin=fake_plugin, ldd=lambda _p: DEBIAN_LDD, platform="linux")
    assert "\n" not in line
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in line
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1 " in line
    assert "sudo dnf install xcb-util-wm xcb-util-keysyms " in line


def test_an_unknown_library_is_still_named() -> None:
    line = qpc.install_hint(["libfancy.so.3"])
    assert "libfancy.so.3" in line and "apt-get install libfancy.so.3" in line


@pytest.mark.parametrize(
    ("env", "argv", "xcb"),
    [
        (X11, [], True),
        ({}, [], True),  # nothing set: Qt's default on Linux
        ({"QT_QPA_PLATFORM": "offscreen", **X11}, [], False),
        ({"QT_QPA_PLATFORM": "xcb"}, [], True),
        ({"QT_QPA_PLATFORM": "wayland"}, [], False),
        ({"QT_QPA_PLATFORM": "wayland;xcb", "WAYLAND_DISPLAY": "wayland-0"}, [], False),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, [], True),  # no compositor: falls back
        ({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, [], False),
        ({"QT_QPA_PLATFORM": "xcb:nograb"}, [], True),
        ({"QT_QPA_PLATFORM": "xcb"}, ["-platform", "offscreen"], False),
        (X11, ["-platform=vnc"], False),
    ],
)
def test_checks_only_when_qt_will_use_xcb(env: dict[str, str], argv: list[str], xcb: bool) -> None:
    def ldd(_path: Path) -> str:
        return DEBIAN_LDD

    problem = qpc.check(env, argv, plugin=fake_plugin, ldd=ldd, platform="linux")
    assert bool(problem) is xcb


def test_never_blocks_when_it_cannot_tell() -> None:
    assert qpc.check(X11, plugin=lambda: None, ldd=lambda _p: DEBIAN_LDD, platform="linux") == ""
    assert qpc.check(X11, plugin=fake_plugin, ldd=lambda _p: None, platform="linux") == ""
    assert qpc.check(X11, plugin=fake_plugin, ldd=lambda _p: DEBIAN_LDD, platform="darwin") == ""


def _run_with_fake_ldd(tmp_path: Path, output: str, **env: str) -> subprocess.CompletedProcess[str]:
    """Run the check as ``make run`` does, with a fake ``ldd`` first on PATH."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (tmp_path / "ldd-output.txt").write_text(output, encoding="utf-8")
    fake = bin_dir / "ldd"
    fake.write_text(f"#!/bin/sh\ncat '{tmp_path / 'ldd-output.txt'}'\n", encoding="utf-8")
    fake.chmod(0o755)
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("QT_", "WAYLAND", "XDG_S"))}
    clean.update(env, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return subprocess.run(
        [sys.executable, "-m", "tools.qt_platform_check"],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_make_run_check_stops_with_one_line_and_a_non_zero_exit(tmp_path: Path) -> None:
    if qpc.xcb_plugin() is None:
        pytest.skip("this PySide6 has no xcb plugin")
    done = _run_with_fake_ldd(tmp_path, DEBIAN_LDD, DISPLAY=":0")
    assert done.returncode == 1
    assert done.stdout == ""
    lines = done.stderr.splitlines()
    assert len(lines) == 1
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1" in lines[0]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_make_run_check_passes_offscreen_and_when_nothing_is_missing(tmp_path: Path) -> None:
    offscreen = _run_with_fake_ldd(tmp_path, DEBIAN_LDD, QT_QPA_PLATFORM="offscreen")
    assert (offscreen.returncode, offscreen.stderr) == (0, "")
    complete = DEBIAN_LDD.replace("=> not found", "=> /lib/x86_64-linux-gnu/libx.so (0x4)")
    (tmp_path / "bin" / "ldd").unlink()
    (tmp_path / "bin").rmdir()
    fine = _run_with_fake_ldd(tmp_path, complete, DISPLAY=":0")
    assert (fine.returncode, fine.stderr) == (0, "")


def test_make_run_runs_the_check_before_the_app() -> None:
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipe = makefile.split("\nrun:", 1)[1].split("\n\n", 1)[0]
    lines = [line.strip() for line in recipe.splitlines()[1:]]
    assert lines.index("$(BIN)/python -m tools.qt_platform_check") < lines.index(
        "$(BIN)/python main.py"
    )
