"""Signed-contract scans: which file names PeerDesk keeps and hands to the system's opener.

A scan travels inside the data file (and from laptop to laptop by merge), so its stored name is
whatever the other laptop wrote. "Open" hands the file to the operating system, which picks a program
by extension: ``signed.pdf.hta`` would run. So only a plain base name with one of a few document and
image extensions is accepted, on attach, on merge and again on open.
"""

from __future__ import annotations

import re
import unicodedata

from peerdesk.i18n import _

ALLOWED_SCAN_EXTENSIONS = ("pdf", "png", "jpg", "jpeg", "tif", "tiff")
MAX_NAME = 120
_UNSAFE = re.compile(r"[^\w .()+-]", re.UNICODE)


class ScanNameError(ValueError):
    """A scan's file name PeerDesk will not keep; ``str(error)`` says why, in one line."""


def safe_scan_name(name: str) -> str:
    """``name`` reduced to a safe base name (no folders, no control or reserved characters), or
    :class:`ScanNameError` if its extension is not one of :data:`ALLOWED_SCAN_EXTENSIONS`."""
    base = unicodedata.normalize("NFC", str(name)).replace("\\", "/").rsplit("/", 1)[-1]
    base = _UNSAFE.sub("_", base).strip(" .")
    stem, dot, extension = base.rpartition(".")
    extension = extension.lower()
    if not dot or extension not in ALLOWED_SCAN_EXTENSIONS:
        raise ScanNameError(_("scan {name!r} is not a PDF or image file ({allowed})").format(
            name=str(name)[:80], allowed=", ".join(ALLOWED_SCAN_EXTENSIONS)))
    stem = stem.replace(".", "_").strip(" _") or "scan"
    return f"{stem[:MAX_NAME]}.{extension}"
