"""The packaging files are complete and consistent; the system validators run where installed.

Nothing here builds a bundle (``make dist`` and ``make dist-smoke`` do, in minutes).
"""

from __future__ import annotations

import configparser
import os
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

import odnotes
from odnotes.vault import APPLICATION_ID

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.odnotes.ODNotes"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
MIME_TYPE = "application/x-odnotes-vault"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _load_project_version() -> Any:
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "odnotes_project_version", ROOT / "packaging" / "project_version.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.project_version


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_version_lives_in_one_place() -> None:
    project_version = _load_project_version()
    assert project_version(ROOT / "pyproject.toml") == odnotes.__version__


def test_desktop_file_has_what_menus_need() -> None:
    entry = desktop_entry()
    for key in ("Type", "Name", "Comment", "Exec", "Icon", "Categories", "MimeType"):
        assert entry.get(key), key
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[-1] == "%f"  # a double-clicked vault is passed on
    assert entry["Icon"] == APP_ID
    assert MIME_TYPE in entry["MimeType"].split(";")
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"]
    assert entry["Terminal"] == "false"


def test_metainfo_matches_the_project() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert root.findtext("id") == APP_ID
    assert root.findtext("project_license") == project["license"]
    assert root.findtext("metadata_license")
    assert root.findtext("name") == "OD Notes"
    assert root.findtext("summary")
    assert len(root.findall("description/p")) >= 1
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/mediatype") == MIME_TYPE
    releases = [r.get("version") for r in root.findall("releases/release")]
    assert odnotes.__version__ in releases


def test_mime_type_recognises_vaults_by_name_and_content() -> None:
    mime = ET.parse(MIME).getroot().find(f"{MIME_NS}mime-type")
    assert mime is not None and mime.get("type") == MIME_TYPE
    assert mime.find(f"{MIME_NS}glob").get("pattern") == "*.odvault"  # type: ignore[union-attr]
    inner = mime.find(f"{MIME_NS}magic/{MIME_NS}match/{MIME_NS}match")
    assert inner is not None and int(inner.get("value", "0"), 16) == APPLICATION_ID
    assert inner.get("offset") == "68"  # where SQLite keeps the application_id


def _spec_arguments(tmp_path: Path) -> dict[str, Any]:
    """Run the spec with PyInstaller's build steps stubbed, in a mirror with fake .qm files."""
    for name in ("pyproject.toml", "main.py", "odnotes", "ui", "resources", "docs", "packaging"):
        (tmp_path / name).symlink_to(ROOT / name)
    (tmp_path / "translations").mkdir()
    for lang in ("fi", "de", "pl"):
        (tmp_path / "translations" / f"odnotes_{lang}.qm").write_bytes(b"")
    seen: dict[str, Any] = {}

    class Step:
        """Stands in for a PyInstaller build step: records how it was called."""

        pure = binaries = datas = scripts = ()

        def __init__(self, name: str, args: tuple[Any, ...], kwargs: dict[str, Any]) -> None:
            seen[name] = (args, kwargs)

    def step(name: str) -> Any:
        return lambda *args, **kwargs: Step(name, args, kwargs)

    namespace = {
        "SPECPATH": str(tmp_path / "packaging"),
        **{n: step(n) for n in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    source = (ROOT / "packaging" / "odnotes.spec").read_text(encoding="utf-8")
    exec(compile(source, "odnotes.spec", "exec"), namespace)  # noqa: S102
    seen["VERSION"] = namespace["VERSION"]
    return seen


def test_spec_bundles_resources_docs_and_translations(tmp_path: Path) -> None:
    seen = _spec_arguments(tmp_path)
    args, kwargs = seen["Analysis"]
    assert Path(args[0][0]).name == "main.py"
    targets = {Path(src).name: dest for src, dest in kwargs["datas"]}
    assert targets["resources"] == "resources" and targets["docs"] == "docs"
    assert {targets[f"odnotes_{lang}.qm"] for lang in ("fi", "de", "pl")} == {"translations"}
    catalogs = {dest for src, dest in kwargs["datas"] if Path(src).name == "odnotes.mo"}
    assert catalogs == {f"odnotes/locale/{lang}/LC_MESSAGES" for lang in ("fi", "de", "pl")}
    assert "uharfbuzz" in kwargs["hiddenimports"]
    assert "pytest" in kwargs["excludes"]
    assert seen["EXE"][1]["name"] == "odnotes" and seen["EXE"][1]["console"] is False
    assert seen["COLLECT"][1]["name"] == "odnotes"
    assert seen["VERSION"] == odnotes.__version__


def test_spec_bundles_the_four_common_word_lists(tmp_path: Path) -> None:
    """The supervision export needs wordfreq's lists; a frozen app has no site-packages."""
    _, kwargs = _spec_arguments(tmp_path)["Analysis"]
    lists = sorted(Path(src).name for src, dest in kwargs["datas"] if dest == "wordfreq/data")
    assert lists == [f"large_{lang}.msgpack.gz" for lang in ("de", "en", "fi", "pl")]
    assert all(Path(src).is_file() for src, dest in kwargs["datas"] if dest == "wordfreq/data")


def test_spec_refuses_to_build_without_compiled_translations(tmp_path: Path) -> None:
    (tmp_path / "packaging").symlink_to(ROOT / "packaging")
    (tmp_path / "pyproject.toml").symlink_to(ROOT / "pyproject.toml")
    (tmp_path / "odnotes").symlink_to(ROOT / "odnotes")
    source = (ROOT / "packaging" / "odnotes.spec").read_text(encoding="utf-8")
    with pytest.raises(SystemExit, match="make translations"):
        exec(compile(source, "odnotes.spec", "exec"), {"SPECPATH": str(tmp_path / "packaging")})  # noqa: S102


def test_user_guide_screenshots_exist() -> None:
    guide = (ROOT / "docs" / "user-guide.md").read_text(encoding="utf-8")
    images = re.findall(r"!\[[^\]]+\]\(([^)]+)\)", guide)
    assert images
    for image in images:
        assert (ROOT / "docs" / image).is_file(), image


def test_install_script_puts_everything_in_the_users_data_folder(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path), "ODNOTES_EXEC": "/opt/odnotes/odnotes"}
    script = LINUX / "install-desktop.sh"
    subprocess.run(["sh", str(script)], env=env, check=True, capture_output=True)
    desktop = (tmp_path / "applications" / DESKTOP.name).read_text(encoding="utf-8")
    assert "Exec=/opt/odnotes/odnotes %f" in desktop
    assert (tmp_path / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (tmp_path / "metainfo" / METAINFO.name).is_file()
    for size in (16, 32, 48, 64, 128, 256):
        assert (tmp_path / f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png").is_file()
    assert (tmp_path / f"icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()
    subprocess.run(["sh", str(script), "--uninstall"], env=env, check=True, capture_output=True)
    assert not (tmp_path / "applications" / DESKTOP.name).exists()


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (apt-get install desktop-file-utils appstream)")
    return found


def test_desktop_file_validate() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout


def test_appstreamcli_validate() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_update_mime_database_accepts_the_file_type(tmp_path: Path) -> None:
    (tmp_path / "packages").mkdir()
    shutil.copy(MIME, tmp_path / "packages" / f"{APP_ID}.xml")
    result = subprocess.run(
        [_tool("update-mime-database"), str(tmp_path)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert "*.odvault" in (tmp_path / "globs2").read_text(encoding="utf-8")
    assert sys.platform.startswith("linux")
