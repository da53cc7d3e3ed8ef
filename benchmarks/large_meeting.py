#!/usr/bin/env python3
"""A realistic large meeting, generated: one council meeting with N distinct items.

    python benchmarks/large_meeting.py 120 -o /tmp/byraad-120.pdf     # or .txt

What a city council's full minutes look like, with invented names and text:
  - a first page with the body, date, time, place and the attendee lists,
  - an index ("Indholdsfortegnelse") of every item, without page references, with the
    closed items under a group heading of their own,
  - the items one after another, each a bold numbered title, a case number and the
    usual sections (Resumé, Sagsfremstilling of a few pages, Økonomi, Indstilling with
    a bulleted list, Beslutning, Bilag),
  - on every page a running header (body and date) and a "Side X af Y" footer.
The same pages render as PDF (reportlab, drawn line by line, so a 600-page file takes
seconds) or as text with a form feed between pages. Output is deterministic: the same
number of items gives the same document. Used by `make bench` (the scaling table) and
tests/test_scaling.py.
"""

from __future__ import annotations

import argparse
import random
import sys
import textwrap
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

LINES_PER_PAGE = 56
CHARS_PER_LINE = 95
CASE_PARAGRAPHS = (14, 22)  # paragraphs of "Sagsfremstilling" per item: about 2-3 pages
SENTENCES_PER_PARAGRAPH = (3, 6)
CLOSED_ITEMS_SHARE = 0.1  # the last tenth of the items is under "Lukkede sager"

BODY = "Byrådet"
DATE = "12. marts 2025"
RUNNING_HEADER = f"{BODY} – Referat – {DATE}"
MEMBERS = [f"{first} {last}" for first, last in zip(
    ("Anne", "Bent", "Camilla", "Dorte", "Erik", "Frederik", "Gitte", "Hans", "Inge", "Jens", "Karen", "Lars",
     "Mette", "Niels", "Ole", "Pia", "Rasmus", "Susanne", "Torben", "Ulla", "Vibeke"),
    ("Holm", "Krogh", "Lund", "Mørk", "Nygaard", "Overgaard", "Pedersen", "Qvist", "Riis", "Skov", "Thorsen",
     "Vestergaard", "Winther", "Aagaard", "Bach", "Dahl", "Falk", "Gram", "Hvid", "Juul", "Kjær"),
)]

KINDS = ("Lokalplan {n} for {what} ved {place}", "Anlægsbevilling til {what} på {place}",
         "Godkendelse af {what} for {place}", "Høringssvar om {what} i {place}",
         "Salg af areal ved {place} til {what}", "Tillægsbevilling til {what}, {place}",
         "Takster for {what} {year}", "Udbud af {what} i område {n}", "Status på {what} i {place}",
         "Forslag til kommuneplantillæg nr. {n}, {what} ved {place}", "Principbeslutning om {what}",
         "Regnskab {year} for {what}", "Medborgerforslag om {what} på {place}")
WHATS = ("boliger", "daginstitution", "skolebyggeri", "cykelsti", "klimatilpasning", "erhvervsområde",
         "plejecenter", "idrætshal", "fjernvarme", "vejbelysning", "renovering af svømmehal", "naturpark",
         "affaldsordning", "busbetjening", "kunstgræsbane", "bibliotek", "ungdomsboliger", "havneområde")
PLACES = ("Skovvej", "Møllebakken", "Strandparken", "Nørregade", "Kirkebakken", "Engparken", "Vestervang",
          "Søndermarken", "Bakkehuset", "Havnefronten", "Stationsvej", "Åbyen", "Lindegården", "Fælleden")
SUBJECTS = ("Forvaltningen", "Byrådet", "Udvalget", "Administrationen", "Borgerne i området", "Projektgruppen",
            "Den eksterne rådgiver", "Styregruppen", "Direktionen", "Naboerne")
VERBS = ("har vurderet", "foreslår", "har undersøgt", "anbefaler", "har drøftet", "forventer", "har modtaget",
         "lægger op til", "har beskrevet", "har prioriteret")
OBJECTS = ("de samlede udgifter til projektet", "en ny tidsplan for anlægsarbejdet", "konsekvenserne for trafikken",
           "behovet for yderligere pladser", "muligheden for at søge fondsmidler", "de indkomne høringssvar",
           "en løsning med lavere driftsudgifter", "placeringen af de nye bygninger", "de miljømæssige forhold",
           "en etapevis gennemførelse", "kravene i den gældende lokalplan", "samarbejdet med de lokale foreninger")
TAILS = ("i løbet af {year}", "inden udgangen af 2. kvartal", "med et beløb på {amount} mio. kr.",
         "jf. sagsfremstillingen", "som beskrevet i bilag {n}", "efter dialog med de berørte parter",
         "på et møde den {day}. {month}", "i overensstemmelse med budgetaftalen", "")
MONTHS = ("januar", "februar", "april", "maj", "juni", "september", "oktober", "november")


@dataclass(frozen=True)
class PageLine:
    text: str
    bold: bool = False


def item_titles(count: int, rng: random.Random) -> list[str]:
    """`count` distinct item titles."""
    titles: list[str] = []
    seen: set[str] = set()
    while len(titles) < count:
        title = rng.choice(KINDS).format(n=rng.randint(100, 1999), what=rng.choice(WHATS), place=rng.choice(PLACES),
                                         year=rng.choice((2024, 2025, 2026)))
        title = title[0].upper() + title[1:]
        if title not in seen:
            seen.add(title)
            titles.append(title)
    return titles


def sentence(rng: random.Random) -> str:
    tail = rng.choice(TAILS).format(year=rng.choice((2025, 2026, 2027)), amount=f"{rng.randint(1, 95)},{rng.randint(0, 9)}",
                                    n=rng.randint(1, 6), day=rng.randint(1, 28), month=rng.choice(MONTHS))
    return " ".join(part for part in (rng.choice(SUBJECTS), rng.choice(VERBS), rng.choice(OBJECTS), tail) if part).rstrip(".") + "."


def paragraph(rng: random.Random) -> list[str]:
    text = " ".join(sentence(rng) for _ in range(rng.randint(*SENTENCES_PER_PARAGRAPH)))
    return textwrap.wrap(text, CHARS_PER_LINE)


def header_lines() -> list[PageLine]:
    return [
        PageLine("Referat", bold=True),
        PageLine(""),
        PageLine(f"Møde: {BODY}"),
        PageLine(f"Dato: Onsdag den {DATE}"),
        PageLine("Tid: Kl. 17.00 - 23.15"),
        PageLine("Sted: Byrådssalen, Rådhuset"),
        PageLine(""),
        PageLine("Deltagere:", bold=True),
        *(PageLine(", ".join(MEMBERS[i:i + 5])) for i in range(0, len(MEMBERS) - 1, 5)),
        PageLine(""),
        PageLine(f"Afbud: {MEMBERS[-1]}"),
        PageLine(""),
    ]


def index_lines(titles: list[str], closed_from: int) -> list[PageLine]:
    lines = [PageLine("Indholdsfortegnelse", bold=True), PageLine("Åbne sager", bold=True)]
    for number, title in enumerate(titles, start=1):
        if number == closed_from:
            lines.append(PageLine("Lukkede sager", bold=True))
        lines.append(PageLine(f"{number}. {title}"))
    return lines


def item_lines(number: int, title: str, rng: random.Random) -> list[PageLine]:
    lines = [PageLine(""), PageLine(f"{number}. {title}", bold=True), PageLine(f"Sagsnr.: 25/{rng.randint(1000, 29999)}"),
             PageLine("")]

    def section(heading: str, paragraphs: list[list[str]]) -> None:
        lines.append(PageLine(heading, bold=True))
        for body in paragraphs:
            lines.extend(PageLine(text) for text in body)
            lines.append(PageLine(""))

    section("Resumé", [paragraph(rng)])
    section("Sagsfremstilling", [paragraph(rng) for _ in range(rng.randint(*CASE_PARAGRAPHS))])
    section("Økonomi", [paragraph(rng)])
    section("Indstilling", [["Direktøren indstiller,"], [f"• at {rng.choice(OBJECTS)} godkendes," for _ in range(2)]
                            + [f"• at sagen genoptages {rng.choice(TAILS[:2]).format(year=2026)}."]])
    section("Beslutning", [[rng.choice(("Godkendt.", "Indstillingen blev godkendt.", "Tiltrådt.",
                                        f"Godkendt. {rng.choice(MEMBERS)} deltog ikke i behandlingen."))]])
    section("Bilag", [[f"Bilag {n}: {rng.choice(OBJECTS).capitalize()}" for n in range(1, rng.randint(2, 4))]])
    return lines


def meeting_pages(items: int) -> list[list[PageLine]]:
    """The pages of a meeting with `items` items, running header and footer included."""
    rng = random.Random(items)
    titles = item_titles(items, rng)
    closed_from = items - max(1, int(items * CLOSED_ITEMS_SHARE)) + 1
    flow = header_lines() + index_lines(titles, closed_from)
    for number, title in enumerate(titles, start=1):
        flow += item_lines(number, title, rng)
    body_lines = LINES_PER_PAGE - 4  # header, blank, ..., blank, footer
    chunks = [flow[i:i + body_lines] for i in range(0, len(flow), body_lines)]
    total = len(chunks)
    return [[PageLine(RUNNING_HEADER), PageLine(""), *chunk, PageLine(""), PageLine(f"Side {n} af {total}")]
            for n, chunk in enumerate(chunks, start=1)]


def to_text(pages: list[list[PageLine]]) -> str:
    return "\f".join("\n".join(line.text for line in page) + "\n" for page in pages)


def to_pdf(pages: list[list[PageLine]]) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.pdfgen.canvas import Canvas

    buffer = BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setTitle(f"Referat {BODY} {DATE}")
    leading = (A4[1] - 3 * cm) / LINES_PER_PAGE
    for page in pages:
        y = A4[1] - 1.5 * cm
        for n, line in enumerate(page):
            size = 8 if n == 0 or n == len(page) - 1 else 10
            canvas.setFont("Helvetica-Bold" if line.bold else "Helvetica", size)
            if n == len(page) - 1:
                canvas.drawRightString(A4[0] - 2 * cm, 1.2 * cm, line.text)
            elif line.text:
                canvas.drawString(2 * cm, y, line.text)
            y -= leading
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("items", type=int, help="number of agenda items")
    parser.add_argument("-o", "--output", type=Path, required=True, help="a .pdf or .txt file to write")
    args = parser.parse_args(argv)
    pages = meeting_pages(args.items)
    if args.output.suffix.lower() == ".pdf":
        args.output.write_bytes(to_pdf(pages))
    else:
        args.output.write_text(to_text(pages), encoding="utf-8")
    print(f"{args.output}: {args.items} items, {len(pages)} pages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
