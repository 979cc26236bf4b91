"""One definition per peer field: a field added to the registry alone is read by the importer (its header
words in any language, its kind and limit), the template and the export, with nothing else to edit."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CODE = r'''
import sys
from peerdesk.core import fields
fields.PEER_FIELDS = (*fields.PEER_FIELDS, fields.PeerField(
    "mentor_name", "Mentor", max_length=10, aliases=("mentor", "tuteur", "наставник"), help="Who mentors them"))
fields._BY_NAME["mentor_name"] = fields.PEER_FIELDS[-1]
from peerdesk.io.sources import SourceTable
from peerdesk.io.peers_import import build_preview
from peerdesk.io.template import TEMPLATE_COLUMNS, HELP
from peerdesk.db.services.export_data import PEER_SHEET_COLUMNS
table = SourceTable(["name", "Tuteur", "Наставник"], [["Ann", "Bob", ""], ["Cy", "A much too long name", ""]],
                    [2, 3], "csv")
preview = build_preview(table)
print(preview.columns["Tuteur"], preview.records[0].values.get("mentor_name"))
print([p.describe() for p in preview.errors])
print("mentor_name" in TEMPLATE_COLUMNS, HELP["mentor_name"], "mentor_name" in PEER_SHEET_COLUMNS)
'''


def test_a_field_added_only_to_the_registry_is_imported_templated_and_exported():
    result = subprocess.run([sys.executable, "-c", CODE], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "mentor_name Bob",
        "[\"row 3, column 'Tuteur': is 20 characters long; at most 10 fit\"]",
        "True Who mentors them True",
    ]
