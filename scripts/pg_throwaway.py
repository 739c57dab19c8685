"""Run a command beside a throwaway PostgreSQL server (for the test suite and the store benchmark).

    python scripts/pg_throwaway.py -- pytest

starts a fresh cluster in a temporary folder on a free port (as the ``postgres`` user when run as root,
because initdb refuses root), exports its URL as ``LAGEBILD_TEST_PG``, runs the command, then stops the
server and removes the folder. When the server cannot start, the command still runs with
``LAGEBILD_TEST_PG_ERROR`` saying why, so the PostgreSQL tests fail (CI) or skip (a developer's machine)
with that message instead of hanging. Every step has a timeout.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

USER = "lagebild"
TIMEOUT = 60


def find_bindir() -> Path | None:
    """The folder holding initdb and pg_ctl: PATH first, then Debian's /usr/lib/postgresql/N/bin."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    for candidate in sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True):
        if (Path(candidate) / "initdb").exists():
            return Path(candidate)
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _as_server_user(cmd: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return cmd
    return ["runuser", "-u", "postgres", "--", *cmd]


def _run(cmd: list[str]) -> None:
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=TIMEOUT)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[-6:])} failed: {(done.stderr or done.stdout).strip()[-800:]}")


@contextmanager
def throwaway_server() -> Iterator[str]:
    """A running PostgreSQL server for the duration of the block; yields its URL."""
    bindir = find_bindir()
    if bindir is None:
        raise RuntimeError("PostgreSQL is not installed (no initdb/pg_ctl; Debian: apt-get install -y postgresql)")
    folder = Path(tempfile.mkdtemp(prefix="lagebild-pg-"))
    data, log = folder / "data", folder / "server.log"
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    port = _free_port()
    started = False
    try:
        _run(_as_server_user([str(bindir / "initdb"), "-D", str(data), "-U", USER, "-A", "trust", "-E", "UTF8",
                              "--no-sync", "--locale=C"]))
        options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
        _run(_as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", options, "-w",
                              "-t", "30", "start"]))
        started = True
        yield f"postgresql://{USER}@127.0.0.1:{port}/postgres"
    except RuntimeError:
        if log.exists():
            sys.stderr.write(log.read_text(errors="replace")[-2000:])
        raise
    finally:
        if started:
            subprocess.run(_as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w",
                                            "stop"]), capture_output=True, timeout=TIMEOUT)
        shutil.rmtree(folder, ignore_errors=True)


def main(argv: list[str]) -> int:
    if "--" in argv:
        argv = argv[argv.index("--") + 1:]
    if not argv:
        print(__doc__)
        return 2
    env = dict(os.environ)
    if env.get("LAGEBILD_TEST_PG"):  # a server given from outside wins
        return subprocess.call(argv, env=env)
    try:
        with throwaway_server() as url:
            env["LAGEBILD_TEST_PG"] = url
            print(f"pg_throwaway: PostgreSQL at {url}", file=sys.stderr)
            return subprocess.call(argv, env=env)
    except (RuntimeError, OSError, subprocess.TimeoutExpired) as err:
        print(f"pg_throwaway: no PostgreSQL server: {err}", file=sys.stderr)
        env["LAGEBILD_TEST_PG_ERROR"] = str(err)
        return subprocess.call(argv, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
