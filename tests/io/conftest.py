"""Helpers for the import/export tests: writing sources and fingerprinting data files."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest


def file_digest(path: Path) -> str:
    """The data file and its side files, byte for byte."""
    digest = hashlib.sha256()
    for candidate in (path, Path(f"{path}-wal")):
        if candidate.exists():
            digest.update(candidate.read_bytes())
    return digest.hexdigest()


@pytest.fixture
def write_csv(tmp_path):
    def write(text: str, name: str = "people.csv", encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return path

    return write


@pytest.fixture
def closed_demo(demo_file):
    """A demo data file that is not open (so its bytes can be compared)."""
    return demo_file
