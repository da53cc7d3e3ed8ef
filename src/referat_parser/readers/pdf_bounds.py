"""Bounds on what a PDF may unpack to, checked before a PDF library reads it.

A few kilobytes of PDF can hold Flate streams that inflate to gigabytes; pdfium would
unpack them into memory. Every Flate stream that is not an image (images are not
unpacked to read text) is inflated here in slices and thrown away, and the PDF is
refused when one stream or all of them together unpack to more than the limits.
"""

from __future__ import annotations

import re
import zlib

from ..errors import ReferatError

MB = 1024 * 1024
MAX_STREAM_BYTES = 64 * MB  # one content, font or object stream
MAX_DOCUMENT_BYTES = 256 * MB  # all of them together
DICT_LOOKBACK = 4096  # bytes before 'stream' searched for the stream's dictionary
INPUT_SLICE = 64 * 1024
OUTPUT_SLICE = 1024 * 1024  # inflated in slices of this size (not kept)
_IMAGE = re.compile(rb"/Subtype\s*/Image")
_FLATE = re.compile(rb"/(?:FlateDecode|Fl)\b")


def check_streams(data: bytes) -> None:
    """Raise ReferatError("… zip bomb?", "pdf-bomb") when the streams unpack past the limits."""
    budget = MAX_DOCUMENT_BYTES
    for start, end in _streams(data):
        head = data[max(0, start - DICT_LOOKBACK): start]
        head = head[head.rfind(b"obj") + 1:]
        if not _FLATE.search(head) or _IMAGE.search(head):
            continue
        size = _inflated_size(data, end, min(MAX_STREAM_BYTES, budget))
        if size > MAX_STREAM_BYTES:
            raise ReferatError(f"refused: a stream unpacks to more than {MAX_STREAM_BYTES // MB} MB (PDF bomb?)", "pdf-bomb")
        budget -= size
        if budget < 0:
            raise ReferatError(f"refused: the streams unpack to more than {MAX_DOCUMENT_BYTES // MB} MB (PDF bomb?)", "pdf-bomb")


def _streams(data: bytes):
    """(where the keyword 'stream' starts, where its data starts) for every stream."""
    position = 0
    while (start := data.find(b"stream", position)) >= 0:
        position = start + len(b"stream")
        if data[start - 3: start] == b"end":
            continue
        if data[position: position + 1] == b"\r":
            position += 1
        if data[position: position + 1] == b"\n":
            yield start, position + 1


def _inflated_size(data: bytes, start: int, cap: int) -> int:
    """Bytes the Flate stream at `start` inflates to, counting stops just past `cap`."""
    inflater = zlib.decompressobj()
    view = memoryview(data)
    total, position = 0, start
    try:
        while not inflater.eof and position < len(data) and total <= cap:
            pending: bytes | memoryview = view[position: position + INPUT_SLICE]
            position += INPUT_SLICE
            while pending and total <= cap and not inflater.eof:
                total += len(inflater.decompress(pending, OUTPUT_SLICE))
                pending = inflater.unconsumed_tail
    except zlib.error:  # not Flate after all, or damaged: the PDF library will say
        pass
    return total
