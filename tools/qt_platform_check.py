"""Before ``make run``: are the system libraries Qt's X11 (xcb) plugin needs installed?

Without them Qt stops with "Could not load the Qt platform plugin "xcb"" and
names the wrong package. This runs ``ldd`` on the plugin inside the venv's
PySide6 and, when something is missing, prints one line naming the packages
and the command that installs them, then exits non-zero. It checks only when
Qt would actually use xcb (not under Wayland, offscreen or another platform),
and never blocks the app when it cannot tell (no ``ldd``, no plugin, not Linux).

Run as ``python -m tools.qt_platform_check``.
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

# Shared library -> (Debian/Ubuntu package, Fedora package), for everything the
# xcb plugin and Qt's GUI library link against that a desktop may lack.
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-xinput.so.0": ("libxcb-xinput0", "libxcb"),
    "libxcb-glx.so.0": ("libxcb-glx0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libXau.so.6": ("libxau6", "libXau"),
    "libXdmcp.so.6": ("libxdmcp6", "libXdmcp"),
    "libSM.so.6": ("libsm6", "libSM"),
    "libICE.so.6": ("libice6", "libICE"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libGLX.so.0": ("libglx0", "libglvnd-glx"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libGLdispatch.so.0": ("libglvnd0", "libglvnd"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libgthread-2.0.so.0": ("libglib2.0-0", "glib2"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libpng16.so.16": ("libpng16-16", "libpng"),
    "libbrotlidec.so.1": ("libbrotli1", "brotli"),
    "libexpat.so.1": ("libexpat1", "expat"),
    "libzstd.so.1": ("libzstd1", "libzstd"),
    "libpcre2-8.so.0": ("libpcre2-8-0", "pcre2"),
    "libz.so.1": ("zlib1g", "zlib"),
}

_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found\s*$", re.MULTILINE)


def platform_candidates(env: Mapping[str, str], argv: Sequence[str] = ()) -> list[str]:
    """The Qt platforms that will be tried, in order, as Qt itself chooses them.

    ``-platform`` on the command line wins, then ``QT_QPA_PLATFORM`` (a
    ``;``-separated list, each maybe with ``:options``), then the session type.
    """
    spec = ""
    for index, arg in enumerate(argv):
        if arg == "-platform" and index + 1 < len(argv):
            spec = argv[index + 1]
        elif arg.startswith("-platform="):
            spec = arg.partition("=")[2]
    spec = spec or env.get("QT_QPA_PLATFORM", "")
    if spec:
        return [part.split(":", 1)[0].strip() for part in spec.split(";") if part.strip()]
    if env.get("XDG_SESSION_TYPE", "").lower() == "wayland":
        return ["wayland", "xcb"]
    return ["xcb"]


def wayland_available(env: Mapping[str, str]) -> bool:
    """A Wayland compositor the wayland plugin can connect to."""
    if env.get("WAYLAND_DISPLAY"):
        return True
    runtime = env.get("XDG_RUNTIME_DIR")
    return bool(runtime) and (Path(runtime) / "wayland-0").exists()


def uses_xcb(env: Mapping[str, str], argv: Sequence[str] = ()) -> bool:
    """Qt will load the xcb plugin (so its libraries matter) on this start."""
    for name in platform_candidates(env, argv):
        if name == "xcb":
            return True
        if name.startswith("wayland"):
            if wayland_available(env):
                return False
            continue  # no compositor: Qt moves on to the next candidate
        return False  # offscreen, vnc, eglfs, ...: another plugin, other libraries
    return False


def xcb_plugin() -> Path | None:
    """The xcb platform plugin inside the installed PySide6, if there is one."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    for root in spec.submodule_search_locations:
        plugin = Path(root) / "Qt" / "plugins" / "platforms" / "libqxcb.so"
        if plugin.is_file():
            return plugin
    return None


def missing_libraries(ldd_output: str) -> list[str]:
    """The libraries ``ldd`` reports as "not found", each once, in its order."""
    seen: dict[str, None] = {}
    for match in _NOT_FOUND.finditer(ldd_output):
        seen.setdefault(match.group(1), None)
    return list(seen)


def install_hint(missing: Sequence[str]) -> str:
    """One line: what is missing and the one command (apt or dnf) that installs it."""
    debian: dict[str, None] = {}
    fedora: dict[str, None] = {}
    for library in missing:
        apt_name, dnf_name = PACKAGES.get(library, (library, library))
        debian.setdefault(apt_name, None)
        fedora.setdefault(dnf_name, None)
    return (
        "OD Notes cannot open its window: Qt's X11 (xcb) display plugin needs system "
        f"libraries that are missing ({', '.join(missing)}). Install them with: "
        f"sudo apt-get install {' '.join(debian)}  (Debian, Ubuntu)  or: "
        f"sudo dnf install {' '.join(fedora)}  (Fedora)"
    )


def run_ldd(plugin: Path) -> str | None:
    """``ldd``'s report on ``plugin``, or None when it cannot be had."""
    try:
        done = subprocess.run(
            ["ldd", str(plugin)], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return done.stdout if done.returncode == 0 or "not found" in done.stdout else None


def check(
    env: Mapping[str, str],
    argv: Sequence[str] = (),
    *,
    plugin: Callable[[], Path | None] = xcb_plugin,
    ldd: Callable[[Path], str | None] = run_ldd,
    platform: str = sys.platform,
) -> str:
    """The one-line problem to print before starting, or ``""`` when all is well."""
    if not platform.startswith("linux") or not uses_xcb(env, argv):
        return ""
    found = plugin()
    if found is None:
        return ""
    report = ldd(found)
    if report is None:
        return ""
    missing = missing_libraries(report)
    return install_hint(missing) if missing else ""


def main(argv: Sequence[str] | None = None) -> int:
    """Exit 0 when the app can start here, 1 (with one line on stderr) when it cannot."""
    problem = check(os.environ, sys.argv[1:] if argv is None else argv)
    if problem:
        print(problem, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
