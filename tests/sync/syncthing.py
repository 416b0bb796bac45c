"""A real Syncthing on 127.0.0.1 for tests: its own home, its own ports, nothing outside.

Each instance gets a config made by ``syncthing generate`` and then closed
off: REST/GUI and the sync protocol on loopback only, no discovery, relays,
NAT, usage or crash reports, upgrades or browser; the peer is dialled at its
explicit address. It runs in its own process group so that stopping it
always takes every process it started, whatever state the test is in.
"""

from __future__ import annotations

import contextlib
import copy
import ctypes
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PR_SET_PDEATHSIG = 1  # linux/prctl.h

# Options closing Syncthing off from everything but its peer on this machine.
CLOSED_OPTIONS = {
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "urAccepted": "-1",  # usage reporting declined for good
    "autoUpgradeIntervalH": "0",
    "crashReportingEnabled": "false",
    "startBrowser": "false",
    "announceLANAddresses": "false",
    "stunKeepaliveStartS": "0",
    # The peer may not be listening yet at the first dial: try again soon, not in 60 s.
    "reconnectionIntervalS": "1",
    "setLowPriority": "false",
}


_HANDED_OUT: set[int] = set()


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on now and no other instance was given."""
    while True:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
            probe.bind(("127.0.0.1", 0))
            port = int(probe.getsockname()[1])
        if port not in _HANDED_OUT:
            _HANDED_OUT.add(port)
            return port


def syncthing_binary() -> str:
    """The syncthing command, or a failure saying how to get it."""
    found = shutil.which("syncthing")
    if found is None:
        raise AssertionError(
            "syncthing is not installed: `make test-sync` installs Debian's package "
            "(apt-get install syncthing)."
        )
    return found


def _set(parent: ET.Element, tag: str, text: str) -> None:
    element = parent.find(tag)
    if element is None:
        element = ET.SubElement(parent, tag)
    element.text = text


@dataclass
class Syncthing:
    """One Syncthing instance: its home, identity, ports and (once started) its process."""

    name: str
    home: Path
    device_id: str
    api_key: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    gui_port: int = field(default_factory=free_port)
    listen_port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @classmethod
    def generate(cls, name: str, home: Path) -> Syncthing:
        """A fresh key and config in ``home`` (``syncthing generate``), not yet running."""
        home.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [syncthing_binary(), "generate", f"--home={home}", "--no-default-folder"],
            check=True,
            capture_output=True,
            timeout=60,
            env=_environment(home),
        )
        own = ET.parse(home / "config.xml").getroot().find("device")
        assert own is not None, "syncthing generate wrote a config without its own device"
        return cls(name=name, home=home, device_id=own.attrib["id"])

    @property
    def log_path(self) -> Path:
        """Where the instance's output goes (read when a wait fails)."""
        return self.home / "syncthing.log"

    @property
    def listen_address(self) -> str:
        """The address the peer dials."""
        return f"tcp://127.0.0.1:{self.listen_port}"

    def configure(self, peer: Syncthing, folder_id: str, folder: Path) -> None:
        """Close the config off, add the peer at its address and share ``folder`` with it."""
        config_path = self.home / "config.xml"
        tree = ET.parse(config_path)
        root = tree.getroot()
        gui = root.find("gui")
        options = root.find("options")
        defaults = root.find("defaults")
        own = root.find("device")
        assert gui is not None and options is not None and defaults is not None and own is not None
        own.set("name", self.name)
        gui.set("enabled", "true")
        gui.set("tls", "false")
        _set(gui, "address", f"127.0.0.1:{self.gui_port}")
        _set(gui, "apikey", self.api_key)
        for old in options.findall("listenAddress"):
            options.remove(old)
        ET.SubElement(options, "listenAddress").text = self.listen_address
        for tag, value in CLOSED_OPTIONS.items():
            _set(options, tag, value)

        device_template = defaults.find("device")
        folder_template = defaults.find("folder")
        assert device_template is not None and folder_template is not None
        device = copy.deepcopy(device_template)
        device.set("id", peer.device_id)
        device.set("name", peer.name)
        for old in device.findall("address"):
            device.remove(old)
        device.insert(0, ET.Element("address"))
        device[0].text = peer.listen_address
        root.insert(list(root).index(gui), device)

        shared = copy.deepcopy(folder_template)
        shared.attrib.update(
            id=folder_id,
            label="OD Notes exchange",
            path=str(folder),
            type="sendreceive",
            rescanIntervalS="5",
            fsWatcherEnabled="true",
            fsWatcherDelayS="1",
        )
        for old in shared.findall("device"):
            shared.remove(old)
        for device_id in (self.device_id, peer.device_id):
            member = ET.Element("device", id=device_id, introducedBy="")
            ET.SubElement(member, "encryptionPassword")
            shared.insert(1, member)
        root.insert(0, shared)
        tree.write(config_path, encoding="unicode")
        # Syncthing refuses a folder without its marker (it guards against an unmounted disk).
        (folder / ".stfolder").mkdir(parents=True, exist_ok=True)

    def start(self) -> None:
        """Run ``syncthing serve`` in its own process group, output to its log."""
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(
                [
                    syncthing_binary(),
                    "serve",
                    f"--home={self.home}",
                    "--no-browser",
                    "--no-restart",
                    "--no-upgrade",
                ],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=_environment(self.home),
                start_new_session=True,
                preexec_fn=_die_with_parent,
            )

    def rest(self, path: str, *, method: str = "GET", **params: str) -> Any:
        """One REST call with the API key; the decoded JSON answer (None for an empty body)."""
        query = f"?{urllib.parse.urlencode(params)}" if params else ""
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.gui_port}{path}{query}",
            method=method,
            headers={"X-API-Key": self.api_key},
        )
        with urllib.request.urlopen(request, timeout=5) as answer:
            body = answer.read()
        return json.loads(body) if body else None

    def try_rest(self, path: str, **params: str) -> Any:
        """Like :meth:`rest`, but None while the instance is not answering (still starting)."""
        try:
            return self.rest(path, **params)
        except (urllib.error.URLError, ConnectionError, TimeoutError, json.JSONDecodeError):
            return None

    def running(self) -> bool:
        """Whether the process is still alive."""
        return self.process is not None and self.process.poll() is None

    def answering(self) -> bool:
        """Whether the process is up and its REST API answers a ping."""
        return self.running() and self.try_rest("/rest/system/ping") is not None

    def folder_idle(self, folder_id: str) -> bool:
        """Whether the folder is scanned and synced, with nothing under way."""
        return self.folder_state(folder_id) == "idle"

    def peer_complete(self, folder_id: str, peer: Syncthing) -> bool:
        """Whether ``peer`` holds everything of the folder, as this instance sees it."""
        return self.completion(folder_id, peer) == 100.0

    def connected_to(self, peer: Syncthing) -> bool:
        """Whether this instance has a live connection to ``peer`` (REST system/connections)."""
        answer = self.try_rest("/rest/system/connections")
        if not answer:
            return False
        return bool(answer["connections"].get(peer.device_id, {}).get("connected"))

    def folder_state(self, folder_id: str) -> str | None:
        """The folder's state (idle, scanning, syncing...) from ``/rest/db/status``."""
        answer = self.try_rest("/rest/db/status", folder=folder_id)
        return None if not answer else str(answer.get("state"))

    def completion(self, folder_id: str, peer: Syncthing) -> float | None:
        """How complete ``peer`` is on the folder, as this instance sees it (0 to 100)."""
        answer = self.try_rest("/rest/db/completion", folder=folder_id, device=peer.device_id)
        return None if not answer else float(answer["completion"])

    def sockets_off_loopback(self) -> list[str]:
        """Every socket of the process that is not IPv4 loopback at both ends (want none).

        Read from /proc: the process's socket inodes, looked up in its network
        namespace's TCP and UDP tables (addresses are little-endian hex there).
        """
        assert self.process is not None
        proc = Path(f"/proc/{self.process.pid}")
        inodes = set()
        for fd in (proc / "fd").iterdir():
            with contextlib.suppress(FileNotFoundError):
                target = os.readlink(fd)
                if target.startswith("socket:["):
                    inodes.add(target[len("socket:[") : -1])
        found = []
        for table in ("tcp", "udp", "tcp6", "udp6", "raw", "raw6"):
            for line in (proc / "net" / table).read_text().splitlines()[1:]:
                columns = line.split()
                local, remote, inode = columns[1], columns[2], columns[9]
                if inode in inodes and not (_loopback(local) and _loopback(remote, idle=True)):
                    found.append(f"{table} {local} -> {remote}")
        return found

    def log_tail(self, lines: int = 25) -> str:
        """The end of the instance's output, for failure messages."""
        try:
            text = self.log_path.read_text(errors="replace").splitlines()[-lines:]
        except FileNotFoundError:
            text = ["(no log)"]
        return f"--- {self.name} syncthing log (last {lines} lines) ---\n" + "\n".join(text)

    def stop(self) -> None:
        """Shut down politely, then end the whole process group; nothing is left running."""
        if self.process is None:
            return
        if self.process.poll() is None:
            try:
                self.rest("/rest/system/shutdown", method="POST")
                self.process.wait(timeout=10)
            except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
                pass
            except subprocess.TimeoutExpired:
                pass
        for sig in (signal.SIGTERM, signal.SIGKILL):
            try:
                os.killpg(self.process.pid, sig)
            except ProcessLookupError:
                break
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                continue
        self.process.wait(timeout=5)


def _loopback(address: str, *, idle: bool = False) -> bool:
    """An IPv4 /proc/net address ("0100007F:1F90") on 127.0.0.0/8, or unset when ``idle``."""
    host = address.split(":")[0]
    if len(host) != 8:
        return False  # IPv6: Syncthing was given only IPv4 loopback addresses
    return host[-2:] == "7F" or (idle and host == "00000000")


def _die_with_parent() -> None:
    """In the child before exec: if the test process is killed outright, Syncthing goes too."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)


def _environment(home: Path) -> dict[str, str]:
    """Syncthing's environment: its home as HOME, no default folder, no upgrades or restarts.

    STMONITORED runs ``serve`` as one process instead of a monitor and a child
    (the child would outlive a test process killed outright; the single process
    does not, see :func:`_die_with_parent`).
    """
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "STNODEFAULTFOLDER": "1",
        "STNOUPGRADE": "1",
        "STNORESTART": "1",
        "STMONITORED": "yes",
    }
