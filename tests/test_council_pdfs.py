"""Council and committee minutes as word processors print them (bold headings in a larger font,
an index as a table of titles and pages, a running header on every page, "Side n af m"),
invented, read end to end with both PDF engines."""

from __future__ import annotations

import pytest
from pdfs import markup_pdf

from referat_parser import parse_bytes
from referat_parser.readers import ReadOptions

HEADER = "Kommunalbestyrelsen, Egedal Vest - 24. april 2025"

# The index entry and the heading of item 47 wrap after "til" onto a line holding only the year.
MINUTES = """# Kommunalbestyrelsen
## Referat fra ordinært møde
Torsdag den 24. april 2025 kl. 19.00
Rådhuset, Kommunalbestyrelsessalen

## Indholdsfortegnelse
|Åbne punkter
|45. Godkendelse af dagsorden|2
|46. Regnskab 2024 - overførsel af uforbrugte midler til|2
|2025|
|47. Takster for vand og spildevand 2026|3

Til stede: Jesper Holm (V), borgmester, Rikke Aalund (A), Thomas Tved (C)
---
# 45. Godkendelse af dagsorden
Åbent punkt
## Beslutning
Godkendt.

# 46. Regnskab 2024 - overførsel af uforbrugte midler til
# 2025
Åbent punkt
Sagsnr.: 24/4411
## Sagsfremstilling
Der er i 2024 et samlet mindreforbrug på drift på 21,4 mio. kr.
## Beslutning
Godkendt.
---
# 47. Takster for vand og spildevand 2026
Åbent punkt
Sagsnr.: 25/1007
## Beslutning
Godkendt.
"""


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_title_wrapped_onto_a_line_holding_a_year_in_the_index_and_in_a_bold_heading(engine):
    doc = parse_bytes(markup_pdf(MINUTES, HEADER), "x.pdf", ReadOptions(pdf_engine=engine))
    title = "Regnskab 2024 - overførsel af uforbrugte midler til 2025"
    assert [(e.number, e.title, e.page) for e in doc.agenda] == [
        ("45", "Godkendelse af dagsorden", 2), ("46", title, 2), ("47", "Takster for vand og spildevand 2026", 3),
    ]
    assert [(i.number, i.title, i.case_number) for i in doc.items] == [
        ("45", "Godkendelse af dagsorden", None), ("46", title, "24/4411"), ("47", "Takster for vand og spildevand 2026", "25/1007"),
    ]
    assert not [w for w in doc.warnings if w.code.startswith(("item-missing", "agenda-item"))]


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_the_body_is_the_pages_own_title_not_the_running_headers_twin_on_page_one(engine):
    doc = parse_bytes(markup_pdf(MINUTES, HEADER), "x.pdf", ReadOptions(pdf_engine=engine))
    assert (doc.meeting.body, doc.meeting.date, doc.meeting.start_time) == ("Kommunalbestyrelsen", "2025-04-24", "19:00")


# The index a table of number, title and page; item headings the same row shape in bold, a
# long title wrapped onto a second row with its page (index) on the last one.
REGION = """# Regionsrådet
## Referat
Onsdag den 18. juni 2025 kl. 14.00 - 17.30
Regionshuset, Skovbrynet 5, mødesal 1

## Indholdsfortegnelse
|Nr.|Punkt|Side
|1|Godkendelse af dagsorden|2
|2|Ny struktur for akutberedskabet i|
||Region Nord - endelig vedtagelse|2
|3|Regnskab 2024 for Region Midtland|3
---
|1|*Godkendelse af dagsorden|
Sagsnr.: 1-01-72-7-25
## Beslutning
Godkendt.

|2|*Ny struktur for akutberedskabet i|
|*|*Region Nord - endelig vedtagelse|
Sagsnr.: 1-10-55-1-24
## Beslutning
Godkendt.
---
|3|*Regnskab 2024 for Region Midtland|
Sagsnr.: 1-30-72-9-25
## Beslutning
Godkendt.
"""


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_index_as_a_table_of_number_title_and_page_with_a_wrapped_row(engine):
    doc = parse_bytes(markup_pdf(REGION, "Regionsrådet 18-06-2025"), "x.pdf", ReadOptions(pdf_engine=engine))
    title = "Ny struktur for akutberedskabet i Region Nord - endelig vedtagelse"
    assert [(e.number, e.title, e.page) for e in doc.agenda] == [
        ("1", "Godkendelse af dagsorden", 2), ("2", title, 2), ("3", "Regnskab 2024 for Region Midtland", 3),
    ]
    assert [(i.number, i.title, i.case_number, i.page_start) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden", "1-01-72-7-25", 2), ("2", title, "1-10-55-1-24", 2),
        ("3", "Regnskab 2024 for Region Midtland", "1-30-72-9-25", 3),
    ]


CONTINUED = """# Byrådet
## Referat
Mødedato: 26. marts 2025 kl. 17.00

# 1. Godkendelse af dagsorden
## Beslutning
Godkendt.

# 2. Kommuneplan 2025 - endelig vedtagelse
## Sagsfremstilling
Forslaget har været i offentlig høring i 8 uger, og der er indkommet 112 høringssvar.
---
Høringssvarene er behandlet i vedlagte høringsnotat.
## Beslutning
Godkendt.
---
# 3. Eventuelt
## Beslutning
Intet.
"""


@pytest.mark.parametrize("engine", ["pdfium", "pdfplumber"])
def test_a_running_header_that_names_the_pages_item_is_furniture(engine):
    headers = ["Byrådet 26-03-2025", "Byrådet 26-03-2025 - 2. Kommuneplan 2025 - endelig vedtagelse", "Byrådet 26-03-2025 - 3. Eventuelt"]
    doc = parse_bytes(markup_pdf(CONTINUED, headers), "x.pdf", ReadOptions(pdf_engine=engine))
    plan = doc.items[1]
    assert plan.decision == "Godkendt."
    assert plan.sections[0].text.endswith("112 høringssvar.\n\nHøringssvarene er behandlet i vedlagte høringsnotat.")  # no header between
    assert [(i.number, i.title) for i in doc.items] == [("1", "Godkendelse af dagsorden"), ("2", "Kommuneplan 2025 - endelig vedtagelse"), ("3", "Eventuelt")]
