"""The reader registry: one entry per format, chosen by content first and name second."""

from __future__ import annotations

from pathlib import Path

import pytest

from referat_parser.errors import ReferatError
from referat_parser.readers import DOCUMENT_SUFFIXES, READERS, PdfEngine, ReadOptions, detect_format


def test_every_suffix_names_one_reader():
    suffixes = [suffix for reader in READERS for suffix in reader.suffixes]
    assert len(suffixes) == len(set(suffixes))
    assert set(suffixes) == DOCUMENT_SUFFIXES
    assert all(suffix.startswith(".") and suffix == suffix.lower() for suffix in suffixes)


def test_content_wins_over_the_name():
    assert detect_format(b"%PDF-1.7 ...", "minutes.txt") == "pdf"


def test_name_decides_plain_text():
    assert detect_format(b"# Referat\n\n## 1. Budget\n", "minutes.txt") == "txt"
    assert detect_format(b"# Referat\n\n## 1. Budget\n", None) == "md"


@pytest.mark.parametrize("suffix", [".ods", ".rtf", ".xlsx"])
def test_unsupported_office_formats_are_refused_by_name(suffix: str):
    with pytest.raises(ReferatError) as err:
        detect_format(b"PK\x03\x04 not really a zip", f"minutes{suffix}")
    assert err.value.code == "unsupported-format"
    assert suffix in err.value.reason


def test_pdf_engine_is_a_typed_choice():
    assert ReadOptions(pdf_engine="pdfplumber").pdf_engine is PdfEngine.PDFPLUMBER
    assert ReadOptions().pdf_engine is PdfEngine.PDFIUM
    with pytest.raises(ValueError):
        ReadOptions(pdf_engine="tesseract")


def test_batch_gathers_every_suffix_of_the_registry(tmp_path):
    from referat_parser.batch import gather

    for name in ("a.html", "b.htm", "c.json", "d.pdf", "e.png"):
        (tmp_path / name).write_bytes(b"x")
    found = gather([str(tmp_path)], max_bytes=1000)
    assert sorted(Path(d.name).name for d in found.documents) == ["a.html", "b.htm", "c.json", "d.pdf"]


@pytest.mark.parametrize("name", ["minutes.rtf", "minutes.txt", "minutes.docx", None])
def test_rtf_is_refused_naming_rtf_whatever_the_name(name: str | None):
    with pytest.raises(ReferatError) as err:
        detect_format(b"{\\rtf1\\ansi\\deff0 {\\fonttbl {\\f0 Times;}} Referat\\par Godkendt.\\par}", name)
    assert err.value.code == "unsupported-format"
    assert "RTF" in err.value.reason


@pytest.mark.parametrize("name", ["minutes.ods", "minutes.docx", None])
def test_open_document_is_refused_naming_its_kind_whatever_the_name(name: str | None):
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as archive:
        archive.writestr("mimetype", "application/vnd.oasis.opendocument.presentation")
        archive.writestr("content.xml", "<office:document-content/>")
    with pytest.raises(ReferatError) as err:
        detect_format(buf.getvalue(), name)
    assert err.value.code == "unsupported-format"
    assert "OpenDocument presentation" in err.value.reason


def test_a_password_protected_word_file_is_told_from_an_old_word_file():
    """Word saves a .docx with a password as an OLE compound file holding the streams
    EncryptionInfo and EncryptedPackage (the directory names them in UTF-16)."""
    ole = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
    encrypted = ole + "EncryptionInfo".encode("utf-16-le") + bytes(50) + "EncryptedPackage".encode("utf-16-le") + bytes(400)
    with pytest.raises(ReferatError) as err:
        detect_format(encrypted, "minutes.docx")
    assert err.value.code == "encrypted" and "password" in err.value.reason
    with pytest.raises(ReferatError) as err:
        detect_format(ole + "WordDocument".encode("utf-16-le") + bytes(400), "minutes.doc")
    assert err.value.code == "unsupported-format" and "old binary Office file" in err.value.reason
