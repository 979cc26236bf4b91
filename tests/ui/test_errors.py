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
