"""A throwaway PostgreSQL cluster for the tests: ``initdb`` into a temporary folder, started on a free
loopback port, stopped at the end of the test session.

PostgreSQL refuses to run as root; when the tests run as root (CI does) the cluster's folder is given to
an unprivileged account (``postgres``, which Debian's package creates, else ``nobody``) and the server runs
as that account. The binaries are found through ``PEERDESK_PG_BIN``, then ``pg_config --bindir``, then
Debian's ``/usr/lib/postgresql/<version>/bin``, then ``PATH``. If none is found the PostgreSQL tests are
skipped, and the session ends with a loud line saying so (see ``conftest.py``).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ADMIN = "peerdesk_admin"


def find_bin_dir() -> Path | None:
    candidates: list[str] = []
    if os.environ.get("PEERDESK_PG_BIN"):
        candidates.append(os.environ["PEERDESK_PG_BIN"])
    pg_config = shutil.which("pg_config")
    if pg_config:
        try:
            candidates.append(subprocess.run([pg_config, "--bindir"], capture_output=True, text=True,
                                             check=True).stdout.strip())
        except (OSError, subprocess.CalledProcessError):
            pass
    candidates += sorted(glob.glob("/usr/lib/postgresql/*/bin"), reverse=True)
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(str(Path(initdb).resolve().parent))
    for candidate in candidates:
        folder = Path(candidate)
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _run_as() -> str | None:
    """The account the server runs as when we are root (PostgreSQL will not run as root)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
            return name
        except KeyError:
            continue
    raise RuntimeError("running as root and no unprivileged account (postgres, nobody) to run PostgreSQL as")


@dataclass
class Cluster:
    """A running throwaway cluster. ``url(database)`` gives a connection URL for the admin account."""

    bin_dir: Path
    folder: Path
    port: int
    user: str | None
    databases: list[str] = field(default_factory=list)

    @property
    def data(self) -> Path:
        return self.folder / "data"

    def url(self, database: str = "postgres", role: str = ADMIN, password: str | None = None) -> str:
        secret = f":{password}" if password else ""
        return f"postgresql://{role}{secret}@127.0.0.1:{self.port}/{database}"

    def _command(self, *args: str) -> subprocess.CompletedProcess:
        return subprocess.run(list(args), capture_output=True, text=True, check=True,
                              user=self.user, cwd=self.folder)

    def sql(self, statement: str, database: str = "postgres") -> None:
        """Run ``statement`` as the admin (autocommit: CREATE DATABASE works)."""
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as connection:
            connection.execute(statement)

    def new_database(self, prefix: str = "test") -> str:
        name = f"{prefix}_{len(self.databases) + 1}_{os.getpid()}"
        self.sql(f'CREATE DATABASE "{name}"')
        self.databases.append(name)
        return name

    def drop_database(self, name: str) -> None:
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        try:
            self._command(str(self.bin_dir / "pg_ctl"), "stop", "-D", str(self.data), "-m", "immediate", "-w")
        except (OSError, subprocess.CalledProcessError):
            pass
        shutil.rmtree(self.folder, ignore_errors=True)


def start_cluster() -> Cluster:
    """initdb + start; raises ``RuntimeError`` with PostgreSQL's own words if either fails."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise FileNotFoundError("no PostgreSQL server binaries (initdb, pg_ctl) found; install Debian's "
                                "postgresql package or set PEERDESK_PG_BIN")
    user = _run_as()
    folder = Path(tempfile.mkdtemp(prefix="peerdesk-pg-"))
    if user is not None:
        account = pwd.getpwnam(user)
        os.chown(folder, account.pw_uid, account.pw_gid)
    os.chmod(folder, 0o700)
    cluster = Cluster(bin_dir=bin_dir, folder=folder, port=_free_port(), user=user)
    try:
        cluster._command(str(bin_dir / "initdb"), "-D", str(cluster.data), "-U", ADMIN, "--auth=trust",
                         "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        options = (f"-p {cluster.port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c full_page_writes=off -c synchronous_commit=off -c max_connections=200")
        cluster._command(str(bin_dir / "pg_ctl"), "start", "-D", str(cluster.data), "-o", options,
                         "-l", str(folder / "server.log"), "-w", "-t", "60")
    except subprocess.CalledProcessError as exc:
        log = (folder / "server.log").read_text(errors="replace")[-2000:] if (folder / "server.log").exists() else ""
        shutil.rmtree(folder, ignore_errors=True)
        raise RuntimeError(f"PostgreSQL did not start: {exc.stderr or exc.stdout}\n{log}") from exc
    return cluster
