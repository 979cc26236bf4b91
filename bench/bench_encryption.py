"""What passphrase encryption (SQLCipher) costs: opening a file, importing people, printing a report,
erasing a person, each on the same data plain and encrypted. Every measurement runs in a fresh process
(so the one-off key derivation, about 0.15 s, is counted where a user meets it); the median of ``--runs``.

    python bench/bench_encryption.py [--peers 300] [--rows 5000] [--runs 3]

Prints a table: work, plain seconds, encrypted seconds, ratio.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
PASSPHRASE = "bench passphrase, long enough"
ENV = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
           QT_QPA_PLATFORM="offscreen", PEERDESK_PASSPHRASE=PASSPHRASE)

OPEN = """
import sys, time
from pathlib import Path
from peerdesk.db import crypto
crypto.remember_passphrase("{passphrase}")
started = time.perf_counter()
from peerdesk.db.workspace import open_workspace
from peerdesk.db.services.initiatives import list_initiatives
with open_workspace(Path(r"{path}")) as workspace:
    list_initiatives(workspace.factory)
print(time.perf_counter() - started)
"""


def timed(args: list[str], *, code: str | None = None) -> float:
    started = time.perf_counter()
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "peerdesk", *args]
    result = subprocess.run(command, env=ENV, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise SystemExit(f"failed: {' '.join(args)}\n{result.stderr}")
    return float(result.stdout.strip().splitlines()[-1]) if code else time.perf_counter() - started


def median(runs: int, make) -> float:
    return statistics.median(make() for _ in range(runs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--peers", type=int, default=300)
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    options = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="peerdesk-bench-crypto-"))
    plain, encrypted = folder / "plain.peerdesk", folder / "encrypted.peerdesk"
    subprocess.run([sys.executable, "-m", "peerdesk", "demo", str(plain), "--peers", str(options.peers)],
                   env=ENV, check=True, capture_output=True)
    from peerdesk.db import crypto
    from peerdesk.db.protection import export_data_file
    from peerdesk.db.services.initiatives import list_initiatives
    from peerdesk.db.workspace import open_workspace

    export_data_file(plain, encrypted, PASSPHRASE)
    demo_plain, demo_encrypted = folder / "demo-plain.peerdesk", folder / "demo-encrypted.peerdesk"
    subprocess.run([sys.executable, "-m", "peerdesk", "demo", str(demo_plain)], env=ENV, check=True,
                   capture_output=True)
    export_data_file(demo_plain, demo_encrypted, PASSPHRASE)
    crypto.forget_passphrases()
    with open_workspace(demo_plain) as workspace:
        initiative = list_initiatives(workspace.factory)[0].name
    source = folder / "people.csv"
    with source.open("w", encoding="utf-8") as handle:
        handle.write("name,email,organisation,country,languages,problems,consent\n")
        for number in range(options.rows):
            handle.write(f"Person {number},p{number}@example.org,Org {number % 50},KE,en; sw,"
                         f"arrears {number % 7},yes\n")
    rows = []

    def pair(work: str, make, files=(plain, encrypted)) -> None:
        plain_s = median(options.runs, lambda: make(files[0]))
        encrypted_s = median(options.runs, lambda: make(files[1]))
        rows.append((work, plain_s, encrypted_s))
        print(f"{work:<52} {plain_s:7.2f} s {encrypted_s:7.2f} s  x{encrypted_s / plain_s:.2f}", flush=True)

    print(f"{'work':<52} {'plain':>9} {'encrypted':>9}  ratio")
    pair(f"open a {options.peers}-peer file and list its initiatives (in-process)",
         lambda path: timed([], code=OPEN.format(path=path, passphrase=PASSPHRASE)))
    pair("peerdesk check (whole command)", lambda path: timed(["check", str(path)]))

    def import_into(path: Path) -> float:
        copy = folder / f"import-{path.name}"
        shutil.copyfile(path, copy)
        try:
            return timed(["import", str(copy), str(source), "--initiative", "Imported"])
        finally:
            copy.unlink(missing_ok=True)

    pair(f"peerdesk import {options.rows:,} people (whole command)", import_into)
    pair("peerdesk report: the 24-peer demo's evaluation summary PDF",
         lambda path: timed(["report", str(path), "--initiative", initiative, "--out", str(folder / "r.pdf")]),
         (demo_plain, demo_encrypted))

    pair("peerdesk person: one person's record as JSON (whole command)",
         lambda path: timed(["person", str(path), "--peer", _first_email(path), "--out", str(folder / "p.json")]))

    def erase(path: Path) -> float:
        copy = folder / f"erase-{path.name}"
        shutil.copyfile(path, copy)
        try:
            return timed(["forget", str(copy), "--peer", _first_email(copy)])
        finally:
            copy.unlink(missing_ok=True)

    pair("peerdesk forget: erase one person, vacuum (whole command)", erase)
    shutil.rmtree(folder, ignore_errors=True)
    return 0


_EMAILS: dict[str, str] = {}


def _first_email(path: Path) -> str:
    if "email" not in _EMAILS:
        from peerdesk.db import crypto
        from peerdesk.db.workspace import connect_sqlite

        crypto.remember_passphrase(PASSPHRASE)
        connection = connect_sqlite(path, readonly=True)
        try:
            _EMAILS["email"] = connection.execute("SELECT email FROM peer WHERE email <> '' LIMIT 1").fetchone()[0]
        finally:
            connection.close()
    return _EMAILS["email"]


if __name__ == "__main__":
    sys.exit(main())
