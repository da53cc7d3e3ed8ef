"""Every variant document published as a web page (paragraphs with line breaks, rows of
cells as a table, site furniture around it) reads like its text: the HTML reader adds no
template-specific failures."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest
from test_variant_renditions import TEXT_ONLY, renditions, summary

from referat_parser import parse_bytes, parse_path

PAGE = """<!DOCTYPE html>
<html lang="da"><head><meta charset="utf-8"><title>{title}</title><script>var menu = "Forside";</script></head>
<body><header><nav><a href="/">Forside</a> <a href="/politik">Politik</a></nav></header>
<div class="breadcrumb">Du er her: <a href="/">Forside</a> › Referater</div>
<main><article>
{body}
<p><a href="#top">Til toppen</a></p>
<p>Sidst opdateret den 1. marts 2025</p>
</article></main>
<footer><p>Kommunen · Torvet 1 · 1234 Byen</p></footer>
</body></html>
"""


def text_html(text: str, title: str) -> bytes:
    """The text as a web page: a paragraph per run of lines (lines apart by <br>), rows of
    tab-separated cells as a table (a line under a row is another line of its last cell)."""
    blocks: list[str] = []
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        if "\t" in lines[i]:
            rows: list[list[str]] = []
            while i < len(lines) and lines[i].strip():
                if "\t" in lines[i]:
                    rows.append([escape(cell) for cell in lines[i].split("\t")])
                else:
                    rows[-1][-1] += f"<br>{escape(lines[i])}"
                i += 1
            blocks.append("<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>")
            continue
        paragraph = []
        while i < len(lines) and lines[i].strip() and "\t" not in lines[i]:
            paragraph.append(escape(lines[i]))
            i += 1
        if paragraph:
            blocks.append("<p>" + "<br>\n".join(paragraph) + "</p>")
        else:
            i += 1
    return PAGE.format(title=escape(title), body="\n".join(blocks)).encode("utf-8")


@pytest.mark.parametrize("path", renditions(TEXT_ONLY))
def test_web_rendition_reads_like_the_text(path: Path):
    from_text = parse_path(path)
    page = text_html(path.read_text(encoding="utf-8"), from_text.meeting.body or "Referat")
    assert summary(parse_bytes(page, "x.html")) == summary(from_text)
