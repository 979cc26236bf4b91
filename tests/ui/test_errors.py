import logging
import logging.handlers

from PySide6.QtWidgets import QMessageBox

from peerdesk.ui import errors


def test_unexpected_error_shows_a_copyable_report_and_logs_it(qtbot, monkeypatch):
    from peerdesk.ui.app import create_application

    create_application()
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText())))
    log = errors.setup_logging()
    try:
        raise ValueError("the printer ran out of paper")
    except ValueError as exc:
        errors._hook(type(exc), exc, exc.__traceback__)
    for handler in logging.getLogger().handlers:
        handler.flush()
    (text, details) = shown[0]
    assert "the printer ran out of paper" in text
    assert "as it was before this action" in text
    assert "Traceback" in details and "ValueError" in details
    assert log is not None and "the printer ran out of paper" in log.read_text(encoding="utf-8")
    for handler in list(logging.getLogger().handlers):
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            logging.getLogger().removeHandler(handler)
            handler.close()


def test_a_save_the_server_refused_is_a_plain_message_not_a_report(qtbot, monkeypatch):
    """An evaluator pressing Save: PostgreSQL refuses (permission denied), the window says why in words."""
    from peerdesk.ui.app import create_application

    create_application()
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: (_ for _ in ()).throw(AssertionError("no report")))

    class Refused(Exception):
        sqlstate = "42501"

    class Wrapped(Exception):
        orig = Refused("permission denied for table peer")

    try:
        raise Wrapped("(psycopg.errors.InsufficientPrivilege) permission denied for table peer")
    except Wrapped as exc:
        errors._hook(type(exc), exc, exc.__traceback__)
    assert warned == ["your database role does not allow this change (ask the PeerDesk administrator); "
                      "nothing was saved"]
