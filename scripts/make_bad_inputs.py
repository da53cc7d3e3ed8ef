#!/usr/bin/env python3
"""Make the catalogue of bad inputs in tests/bad_inputs/ (see its README.md).

    python scripts/make_bad_inputs.py

Small files are written and committed; the big ones (a 10 MB single-line text, a DOCX
zip bomb, a file over the size limit) are made at test time by the functions below.
Everything is deterministic.
"""

from __future__ import annotations

import random
import sys
import zipfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "tests" / "bad_inputs"
SAMPLE_PDF = ROOT / "samples" / "000_495bf0cbefc36908.pdf"
SAMPLE_DOCX = ROOT / "samples" / "000_495bf0cbefc36908.docx"
PASSWORD = "hemmelig"

MINUTES = "Referat\n\nØkonomiudvalget\n\nDato: 3. marts 2025\n\n1. Godkendelse af dagsorden\n\nBeslutning\n\nGodkendt.\n"


def random_bytes(n: int = 4096) -> bytes:
    return random.Random(42).randbytes(n)


def truncated_pdf() -> bytes:
    data = SAMPLE_PDF.read_bytes()
    return data[: len(data) // 2]


def broken_xref_pdf() -> bytes:
    """A PDF whose startxref points nowhere: readers rebuild the table from the objects."""
    data = SAMPLE_PDF.read_bytes()
    cut = data.rfind(b"startxref")
    return data[:cut] + b"startxref\n999999\n%%EOF\n"


def encrypted_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    buf = BytesIO()
    c = canvas.Canvas(buf, encrypt=PASSWORD, invariant=1)
    y = 800
    for line in MINUTES.splitlines():
        c.drawString(56, y, line)
        y -= 16
    c.showPage()
    c.save()
    return buf.getvalue()


def scan_pdf() -> bytes:
    """A page with only graphics, as a scan without OCR has: no text layer."""
    from reportlab.pdfgen import canvas

    buf = BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for k in range(40):
        c.rect(50, 60 + k * 18, 300 + (k * 37) % 180, 9, fill=1, stroke=0)
    c.showPage()
    c.save()
    return buf.getvalue()


def renamed_zip() -> bytes:
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("notes.txt", (2025, 1, 1, 0, 0, 0)), "Referat")
    return buf.getvalue()


def corrupt_docx() -> bytes:
    """A real DOCX whose document.xml is cut in half."""
    out = BytesIO()
    with zipfile.ZipFile(SAMPLE_DOCX) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "word/document.xml":
                content = content[: len(content) // 2]
            fixed = zipfile.ZipInfo(info.filename, (2025, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, content)
    return out.getvalue()


def zip_bomb_docx(megabytes: int = 1024) -> bytes:
    """A DOCX whose document.xml unpacks to `megabytes` MB of spaces (about 1 MB packed)."""
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        with z.open("word/document.xml", "w", force_zip64=True) as member:
            chunk = b" " * (1024 * 1024)
            for _ in range(megabytes):
                member.write(chunk)
    return buf.getvalue()


def long_line_text(megabytes: int = 10) -> bytes:
    words = "Referat af mødet hvor der blev talt om meget og om intet, "
    return (words * (megabytes * 1024 * 1024 // len(words) + 1)).encode()[: megabytes * 1024 * 1024]


def big_text(megabytes: int = 2) -> bytes:
    return (MINUTES + "\n" + "Tekst. " * (megabytes * 1024 * 1024 // 7)).encode()


def cp1252_text() -> bytes:
    return MINUTES.replace("Økonomiudvalget", "Økonomiudvalget – Ærø Kommune").encode("cp1252")


def nul_text() -> bytes:
    return MINUTES.replace("Godkendt.", "Godk\x00endt.").encode()


def mixed_newlines() -> bytes:
    lines = MINUTES.split("\n")
    endings = ["\r\n", "\r", "\n"]
    return "".join(line + endings[i % 3] for i, line in enumerate(lines)).encode()


def not_minutes() -> bytes:
    return "Æblekage\n\nIngredienser: æbler, sukker, smør og rasp.\nBag ved 200 grader i 30 minutter.\n".encode()


def old_word_doc() -> bytes:
    return bytes.fromhex("D0CF11E0A1B11AE1") + random_bytes(2000)


FILES = {
    "empty.txt": lambda: b"",
    "random-bytes.pdf": random_bytes,
    "truncated.pdf": truncated_pdf,
    "broken-xref.pdf": broken_xref_pdf,
    "encrypted.pdf": encrypted_pdf,
    "scan.pdf": scan_pdf,
    "renamed-zip.docx": renamed_zip,
    "corrupt.docx": corrupt_docx,
    "cp1252.txt": cp1252_text,
    "nul-bytes.txt": nul_text,
    "mixed-newlines.txt": mixed_newlines,
    "not-minutes.txt": not_minutes,
    "old-word.doc": old_word_doc,
}


def main() -> int:
    CATALOGUE.mkdir(parents=True, exist_ok=True)
    for name, make in FILES.items():
        (CATALOGUE / name).write_bytes(make())
        print(f"wrote tests/bad_inputs/{name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
