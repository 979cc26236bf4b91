"""Long work with a progress dialog and a Cancel button, on top of ``tasks.run_task``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from peerdesk.ui import tasks


def run_with_progress(
    parent: QWidget,
    label: str,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
) -> tasks.TaskHandle:
    """Run ``fn`` (a generator yielding progress is best) while a modal dialog shows how far it got."""
    dialog = QProgressDialog(label, parent.tr("Cancel"), 0, 100, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)

    def progress(value: tuple[int, int, str]) -> None:
        done, total, message = value
        dialog.setMaximum(total)
        dialog.setValue(min(done, total))
        if message:
            dialog.setLabelText(message)

    def done(result: Any) -> None:
        dialog.close()
        on_done(result)

    def failed(error: BaseException) -> None:
        dialog.close()
        if isinstance(error, tasks.TaskCancelled):
            if on_cancelled:
                on_cancelled()
            return
        if on_error:
            on_error(error)
        else:
            raise error

    handle = tasks.run_task(fn, on_done=done, on_error=failed, on_progress=progress)
    dialog.canceled.connect(handle.cancel)
    return handle
