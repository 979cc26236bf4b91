"""QR symbols for printouts: exactly the symbol reportlab's encoder makes (same version, data, error
correction and mask), built in a fraction of its time.

reportlab lays the symbol out nine times (once per mask to score it, then the chosen one) and
recomputes the Reed-Solomon generator polynomial for every code; printing 500 contracts spent a third
of its time there. Here everything that depends only on the version is worked out once (where the data
modules go, the finder/timing/alignment patterns, the eight masks); a payload then costs its error
correction bytes and a few numpy operations per mask. The mask is scored with reportlab's own penalty
(:func:`lost_points`), so the printed symbol does not change.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

import numpy as np
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.barcode.qrencoder import EXP_TABLE, LOG_TABLE, QRCode, QRRSBlock, QRUtil

LEVEL = "M"


def qr_matrix(value: str, level: str = LEVEL) -> np.ndarray:
    """The modules (True = dark) of the QR symbol holding ``value``, as reportlab would draw it."""
    return qr_matrices([value], level)[0]


def qr_matrices(values: Sequence[str], level: str = LEVEL) -> list[np.ndarray]:
    """:func:`qr_matrix` for each of ``values``: the symbols of one version are scored together (one set
    of numpy operations for a whole cohort's masks instead of one per contract)."""
    prepared = []
    for value in values:
        qr = QrCodeWidget(value, barLevel=level).qr  # reportlab picks the data mode (numeric, bytes...)
        version = qr.version or qr.calculate_version()
        layout = _layout(version, qr.errorCorrectLevel)
        bits = np.zeros(len(layout.rows), dtype=bool)
        data = np.unpackbits(np.frombuffer(bytes(_codewords(version, qr.errorCorrectLevel, qr.dataList)), np.uint8))
        bits[: len(data)] = data.astype(bool)[: len(bits)]
        prepared.append((layout, bits))
    symbols: list = [None] * len(prepared)
    by_layout: dict[int, list[int]] = {}
    for index, (layout, _bits) in enumerate(prepared):
        by_layout.setdefault(id(layout), []).append(index)
    for indices in by_layout.values():
        layout = prepared[indices[0]][0]
        for start in range(0, len(indices), _BATCH):
            chunk = indices[start: start + _BATCH]
            bits = np.stack([prepared[index][1] for index in chunk])  # (k, data modules)
            trials = np.repeat(layout.test[None], 8 * len(chunk), axis=0)  # scored with format bits light
            placed = bits[:, None, :] ^ layout.masks[None]  # (k, 8, data modules)
            trials[:, layout.rows, layout.cols] = placed.reshape(8 * len(chunk), -1)
            best = np.argmin(lost_points(trials).reshape(len(chunk), 8), axis=1)  # the first of equals, as reportlab
            for index, mask, data in zip(chunk, best.tolist(), placed, strict=True):
                symbol = layout.final[mask].copy()
                symbol[layout.rows, layout.cols] = data[mask]
                symbols[index] = symbol
    return symbols


#: symbols scored in one stack (8 masks each): bounded so that a large cohort's arrays stay small
_BATCH = 256


class _Layout:
    """What every symbol of one version and error correction level shares."""

    def __init__(self, version: int, level: int) -> None:
        qr = QRCode(version, level)
        qr.dataCache = []  # lay out the fixed patterns only: every data module left as its mask bit
        qr.makeImpl(True, 0)  # sizes the symbol, which the data positions are read from
        positions = qr.dataPosIterator()
        self.cols = np.array([col for col, _row in positions], dtype=np.intp)
        self.rows = np.array([row for _col, row in positions], dtype=np.intp)
        self.masks = np.array([[bool(QRUtil.getMask(mask)(r, c)) for c, r in positions] for mask in range(8)],
                              dtype=bool)

        def patterns(test: bool, mask: int) -> np.ndarray:
            qr.makeImpl(test, mask)
            modules = np.array(qr.modules, dtype=bool)
            modules[self.rows, self.cols] = False
            return modules

        self.test = patterns(True, 0)
        self.final = [patterns(False, mask) for mask in range(8)]


@functools.cache
def _layout(version: int, level: int) -> _Layout:
    return _Layout(version, level)


@functools.cache
def _generator_rows(count: int) -> np.ndarray:
    """For each lead codeword (by its log), the multiple of the Reed-Solomon generator polynomial of
    ``count`` error correction codewords to subtract: one row of ``count`` codewords per log."""
    logs = np.array([LOG_TABLE[c] for c in QRUtil.getErrorCorrectPolynomial(count).num[1:]], dtype=np.int64)
    exp = np.array(EXP_TABLE[:255], dtype=np.uint8)
    return exp[(logs[None, :] + np.arange(255)[:, None]) % 255]


def _remainder(data: list[int], count: int) -> list[int]:
    """The ``count`` error correction codewords of ``data`` (polynomial division over GF(256))."""
    rows = _generator_rows(count)
    rest = np.zeros(len(data) + count, dtype=np.uint8)
    rest[: len(data)] = data
    for i in range(len(data)):
        lead = int(rest[i])
        if lead:
            rest[i + 1: i + 1 + count] ^= rows[LOG_TABLE[lead]]
    return rest[len(data):].tolist()


class _Bits:
    """reportlab's ``QRBitBuffer``, the bits held in one integer instead of set one at a time."""

    def __init__(self) -> None:
        self.value = 0
        self.length = 0

    def put(self, num: int, length: int) -> None:
        self.value = (self.value << length) | (num & ((1 << length) - 1))
        self.length += length

    def putBit(self, bit: bool) -> None:  # noqa: N802 - reportlab's name
        self.put(1 if bit else 0, 1)

    def getLengthInBits(self) -> int:  # noqa: N802 - reportlab's name
        return self.length


def _codewords(version: int, level: int, data_list) -> list[int]:
    """``QRCode.createData``: the data, padded, split in blocks and interleaved with their error correction."""
    blocks = QRRSBlock.getRSBlocks(version, level)
    bits = _Bits()
    for data in data_list:
        data.write(bits, version)
    capacity = sum(block.dataCount for block in blocks) * 8
    if bits.length > capacity:
        raise ValueError(f"QR code too long ({bits.length} > {capacity} bits)")
    if bits.length + 4 <= capacity:
        bits.put(0, 4)
    bits.put(0, -bits.length % 8)
    pad = (QRCode.PAD0, QRCode.PAD1)
    index = 0
    while bits.length < capacity:
        bits.put(pad[index % 2], 8)
        index += 1
    stream = list(bits.value.to_bytes(bits.length // 8, "big"))
    data_blocks, ec_blocks, offset = [], [], 0
    for block in blocks:
        chunk = stream[offset: offset + block.dataCount]
        offset += block.dataCount
        data_blocks.append(chunk)
        ec_blocks.append(_remainder(chunk, block.totalCount - block.dataCount))
    words = []
    for group in (data_blocks, ec_blocks):
        for i in range(max(len(block) for block in group)):
            words += [block[i] for block in group if i < len(block)]
    return words


_FINDER_LIKE = np.array([1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0], dtype=bool)


def lost_points(symbols: np.ndarray) -> np.ndarray:
    """reportlab's ``QRUtil.getLostPoint`` (its rules as it applies them) for each of a stack of boolean
    module arrays (shape ``(k, n, n)``); one figure per symbol."""
    k, n, _ = symbols.shape
    points = np.zeros(k, dtype=np.int64)
    for runs_along in (symbols, symbols.transpose(0, 2, 1)):  # rule 1: a run of L >= 5 like modules costs L - 2
        changes = np.ones((k, n + 1, n), dtype=bool)
        changes[:, 1:n] = runs_along[:, 1:] != runs_along[:, :-1]
        # column after column, symbol after symbol; between two columns the boundaries sit 1 apart, a
        # "run" too short to count
        starts = np.flatnonzero(changes.transpose(0, 2, 1).ravel())
        lengths = np.diff(starts)
        long = lengths >= 5
        points += np.bincount(starts[:-1][long] // ((n + 1) * n), weights=lengths[long] - 2,
                              minlength=k).astype(np.int64)
    same = ((symbols[:, 1:, 1:] == symbols[:, 1:, :-1]) & (symbols[:, :-1, 1:] == symbols[:, :-1, :-1])
            & (symbols[:, 1:, 1:] == symbols[:, :-1, 1:]))
    points += 3 * same.sum(axis=(1, 2))  # rule 2: 2 x 2 blocks of one colour
    width = len(_FINDER_LIKE)
    if n > width:  # rule 3: rows only, starts before n - 11 (the pattern cannot overlap itself)
        windows = np.lib.stride_tricks.sliding_window_view(symbols, width, axis=2)[:, :, : n - width]
        points += 40 * (windows == _FINDER_LIKE).all(axis=3).sum(axis=(1, 2))
    dark = symbols.sum(axis=(1, 2))  # rule 4: balance of dark and light
    points += 10 * (np.abs(100 * dark // (n * n) - 50) // 5)
    return points
