"""``peerdesk --self-test``: prove this installation works end to end, offscreen, in a temporary folder.

Opens (creates and migrates) a data file with the demo initiative, checks it, encrypts a copy with a
passphrase and opens it (SQLCipher is bundled), draws a chart, writes a PDF page with the bundled fonts,
and opens and closes the main window.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from peerdesk import __version__


def _step(name: str, started: float) -> None:
    print(f"  ok  {name} ({time.perf_counter() - started:.2f} s)", flush=True)


def _encrypted_copy_opens(source: Path, target: Path, initiative: str) -> bool:
    from peerdesk.db import crypto
    from peerdesk.db.protection import export_data_file
    from peerdesk.db.services.initiatives import list_initiatives
    from peerdesk.db.workspace import PassphraseNeeded, open_workspace

    passphrase = "self-test passphrase"
    try:
        export_data_file(source, target, passphrase)
        crypto.forget_passphrases()
        try:
            open_workspace(target).close()
            print("  FAIL an encrypted file opened without its passphrase", file=sys.stderr)
            return False
        except PassphraseNeeded:
            pass
        crypto.remember_passphrase(passphrase, target)
        with open_workspace(target) as encrypted:
            names = [summary.name for summary in list_initiatives(encrypted.factory)]
    except Exception as exc:  # noqa: BLE001 - the self-test reports, never crashes
        print(f"  FAIL encryption: {type(exc).__name__}: {exc}", file=sys.stderr)
        return False
    finally:
        crypto.forget_passphrases()
    if names != [initiative] or initiative.encode() in target.read_bytes():
        print("  FAIL the encrypted copy does not hold the data, or holds it readable", file=sys.stderr)
        return False
    return True


def run_self_test() -> int:
    print(f"PeerDesk {__version__} self-test", flush=True)
    with tempfile.TemporaryDirectory(prefix="peerdesk-selftest-") as folder:
        path = Path(folder) / "selftest.peerdesk"

        started = time.perf_counter()
        from peerdesk.db.services.demo import create_demo_initiative
        from peerdesk.db.workspace import create_workspace, open_workspace

        create_workspace(path, populate=create_demo_initiative).close()
        workspace = open_workspace(path)
        _step("data file created, migrated and opened", started)

        started = time.perf_counter()
        from peerdesk.db.services.check import check_data_file
        from peerdesk.db.services.initiatives import list_initiatives

        initiatives = list_initiatives(workspace.factory)
        report = check_data_file(path)
        if not initiatives or not report.ok:
            print(f"  FAIL data check: {report.problems or 'no initiative'}", file=sys.stderr)
            return 1
        _step(f"data file checked ({initiatives[0].peers} peers)", started)

        started = time.perf_counter()
        if not _encrypted_copy_opens(path, Path(folder) / "encrypted.peerdesk", initiatives[0].name):
            return 1
        _step("encrypted copy written and opened with its passphrase", started)

        started = time.perf_counter()
        from peerdesk.core.contacts import weekly_contacts
        from peerdesk.db.services.evaluation import list_contact_records
        from peerdesk.reports.charts.contacts import weekly_contacts_figure
        from peerdesk.reports.pdf import figure_png

        figure = weekly_contacts_figure(weekly_contacts(list_contact_records(workspace.factory, initiatives[0].id)))
        png = figure_png(figure, dpi=60).getvalue()
        if not png.startswith(b"\x89PNG"):
            print("  FAIL chart did not render", file=sys.stderr)
            return 1
        _step("chart drawn", started)

        started = time.perf_counter()
        import datetime as dt

        from peerdesk import i18n

        with i18n.language("fr"):
            menu = i18n._("&File")
        words = (menu, i18n.format_date(dt.date(2026, 2, 5), lang="ru")[:14], i18n.country_name("MZ", "pt"))
        if words != ("&Fichier", "5\u00a0февраля\u00a02026", "Moçambique"):
            print(f"  FAIL catalogues or CLDR data missing: {words}", file=sys.stderr)
            return 1
        _step("catalogues and CLDR data (fr, ru, pt)", started)

        started = time.perf_counter()
        from openpyxl import Workbook

        from peerdesk.io.sources import read_source

        sheet_path = Path(folder) / "peers.xlsx"
        book = Workbook()
        book.active.append(["Nom", "Prénom", "Pays"])
        book.active.append(["Diouf", "Ndèye Mayé", "Sénégal"])
        book.save(sheet_path)
        table = read_source(sheet_path)
        if "Diouf" not in str(table.rows):
            print("  FAIL spreadsheet not read", file=sys.stderr)
            return 1
        _step("spreadsheet read (python-calamine)", started)

        started = time.perf_counter()
        import psycopg
        from sqlalchemy.dialects.postgresql import psycopg as pg_dialect  # noqa: F401  (the engine's dialect)

        from peerdesk.db.server import ServerAddress, make_server_engine

        engine = make_server_engine(ServerAddress.from_url("postgresql://selftest@127.0.0.1:1/none"))
        if psycopg.pq.__impl__ not in ("binary", "c") or psycopg.pq.version() < 100000 or \
                engine.dialect.driver != "psycopg":
            print(f"  FAIL PostgreSQL driver incomplete: {psycopg.pq.__impl__}", file=sys.stderr)
            return 1
        engine.dispose()
        _step(f"PostgreSQL driver (psycopg {psycopg.__version__}, libpq {psycopg.pq.version()})", started)

        started = time.perf_counter()
        from reportlab.platypus import SimpleDocTemplate

        from peerdesk.reports.pdf import para

        pdf_path = Path(folder) / "selftest.pdf"
        SimpleDocTemplate(str(pdf_path)).build([para("Ёлкина Наталья · Nguyễn Thị Mai · A&B <Ministry>")])
        if not pdf_path.read_bytes().startswith(b"%PDF"):
            print("  FAIL PDF not written", file=sys.stderr)
            return 1
        _step("PDF page written with embedded fonts", started)

        started = time.perf_counter()
        from peerdesk.ui.app import create_application, ensure_display

        ensure_display()
        app = create_application()
        from PySide6.QtCore import QSettings

        from peerdesk.db.lock import WorkspaceLock
        from peerdesk.ui.main_window import MainWindow
        from peerdesk.ui.opening import OpenedFile, RecentFiles

        settings = QSettings(str(Path(folder) / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(recent=RecentFiles(settings))
        window.set_opened(OpenedFile(workspace, WorkspaceLock(path)))
        window.show()
        app.processEvents()
        rows = window.page("matching").peers_model.rowCount()
        window.close()
        app.processEvents()
        if rows != initiatives[0].peers:
            print(f"  FAIL main window showed {rows} peers, expected {initiatives[0].peers}", file=sys.stderr)
            return 1
        _step("main window opened and closed", started)
    print("self-test passed", flush=True)
    return 0
