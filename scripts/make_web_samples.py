#!/usr/bin/env python3
"""Make the web renditions of the seed minutes in samples/.

    python scripts/make_web_samples.py        # or: make samples

Each seed text (samples/<stem>.txt) is parsed, and its content is laid out again the way
minutes are published on the web, with the furniture real pages have:
  <stem>-firstagenda.html  a First Agenda publication page: title and meeting table, the
                           items in `table#dagsordenDetaljer` (number cell, title button,
                           `sagsnummer` span, h3 section headings over `span.resume`
                           paragraphs, Bilag links with their "PDF" buttons, a menu cell
                           with "Hent som PDF" / "Kopier link"), scripts, navigation,
                           a cookie banner and a modal dialog.
  <stem>-cms.html          a municipal CMS page (windows-1252, declared in a meta tag): site
                           header and navigation, breadcrumbs ("Du er her"), an article
                           with labelled fields in bold, the agenda as a linked list,
                           items as h2 with h3 section headings, lists for recommendations
                           and attachments, "Til toppen" after each item, "Sidst opdateret
                           den …", "Print", "Del på Facebook", a footer with the address.
  <stem>-api.json          the First Agenda publication API's answer for the meeting:
                           committee, local time with its offset in `MeetingBeginUtc`,
                           members (`Absent` set only for those sent apologies), guests in
                           the meeting description, items with their HTML field.
Output is deterministic, so rerunning gives the same files.
"""

from __future__ import annotations

import json
import sys
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from make_samples import HEADINGS, SEEDS, long_date, people, section_blocks  # noqa: E402

from referat_parser import parse_path  # noqa: E402
from referat_parser.models import Item, Referat  # noqa: E402

SAMPLES = ROOT / "samples"
UTC_OFFSET = "+01:00"  # the seeds' meetings are in winter (CET)
ATTENDEE_LABELS = {"present": "Deltagere", "absent": "Afbud", "guest": "Øvrige deltagere"}
LAST_UPDATED = "Sidst opdateret den 3. februar 2025"


def when(doc: Referat) -> str:
    m = doc.meeting
    end = f"-{m.end_time.replace(':', '.')}" if m.end_time else ""
    return f"{long_date(m.date)} kl. {m.start_time.replace(':', '.')}{end}"


def group_changes(doc: Referat) -> list[str | None]:
    """Per item, the group heading printed above it ("Åben", "Sager til behandling"), or None
    where the item continues the group of the item before it."""
    shown, previous = [], None
    for item in doc.items:
        shown.append(item.group if item.group and item.group != previous else None)
        previous = item.group or previous
    return shown


def section_html(item: Item, heading_tag: str, paragraph: str) -> str:
    """The item's sections: a heading, then paragraphs (`paragraph` holds one {text}),
    recommendations as a list after their lead-in, attachments as a list of links."""
    out = []
    for kind, heading, entries in section_blocks(item):
        if kind == "attachments":
            continue
        if kind != "text":
            out.append(f"<{heading_tag}>{escape(HEADINGS.get(kind, heading))}</{heading_tag}>")
        if kind == "recommendation":
            out.append(paragraph.format(text="Det indstilles, at"))
            out.append("<ul>" + "".join(f"<li>{escape(e)}</li>" for e in entries) + "</ul>")
        else:
            out.extend(paragraph.format(text=escape(text).replace("\n", "<br>")) for text in entries)
    return "\n".join(out)


def attachment_links(item: Item, number: int) -> str:
    links = []
    for k, name in enumerate(item.attachments, start=1):
        ident = f"{number:04d}-{k:04d}"
        links.append(f'<li><span class="label label-default pdf-label" tabindex="0" data-type="bilag" role="button" '
                     f'aria-label="{escape(name)}">PDF</span><a class="bilag-link" target="_blank" '
                     f'href="/vis/pdf/bilag/{ident}/">{escape(name)}</a></li>')
    return '<ul class="list-unstyled">' + "".join(links) + "</ul>"


# First Agenda page ---------------------------------------------------------------------


def first_agenda_page(doc: Referat) -> str:
    m = doc.meeting
    info = [("Udvalg:", f'<span class="udvalg">{escape(m.body)}</span>'),
            ("Mødedato:", f'<span class="dato">{escape(when(doc))}</span>'),
            ("Mødested:", f'<span class="sted">{escape(m.location)}</span>')]
    info += [(f"{label}:", escape(people(doc, status))) for status, label in ATTENDEE_LABELS.items() if people(doc, status)]
    rows = "\n".join(f"<tr><td>{label}</td><td>{value}</td></tr>" for label, value in info)
    groups = group_changes(doc)
    items = "\n".join(
        (f'<tr class="punktgruppe"><td colspan="3"><h3>{escape(group)}</h3></td></tr>\n' if group else "")
        + first_agenda_row(item, n) for n, (item, group) in enumerate(zip(doc.items, groups))
    )
    return f"""<!DOCTYPE html>
<html lang="da"><head>
<meta charset="utf-8">
<title>{escape(m.body)} - {escape(m.location)}</title>
<link href="/dist/css/site.css" rel="stylesheet">
<script>window.localizationKeys = {{"Meeting_Copy_Link": "Kopier link", "Download": "Hent hele referatet"}};</script>
<style>.punktrow {{ cursor: pointer; }}</style>
</head>
<body>
<div class="container">
<input id="locale" name="locale" type="hidden" value="da">
<nav class="navbar navbar-default"><a href="/"><img src="/Content/img/logo.png" alt="logo"></a></nav>
<div class="tilbage-wrapper"><a class="btn btn-sm back-to-frontpage-button">Tilbage til forsiden</a></div>
<div class="row"><div class="col-xs-12"><div class="title">
<h1 class="green dato">Referat {escape(when(doc))}</h1>
<h2 class="black"><span class="udvalg">{escape(m.body)}</span><span class="sted-divider"> - </span><span class="sted">{escape(m.location)}</span></h2>
</div></div></div>
<div class="row"><div class="col-sm-8">
<table class="dagsordeninfo"><tbody>
{rows}
</tbody></table>
</div>
<div class="col-sm-4"><input type="button" class="btn btn-primary" value="Hent hele referatet"></div></div>
<table id="dagsordenDetaljer" class="table table-hover dagsorden">
<thead><tr><th class="text-center">Punkt</th><th>Titel</th><th></th></tr></thead>
<tbody>
{items}
</tbody></table>
<div id="cookie-banner" class="cookie-consent"><p>Vi bruger cookies til statistik.</p><button>OK</button></div>
<div class="modal fade" id="tipEnVenModal" role="dialog"><div class="modal-body"><h4>Tip en ven</h4><p>Send et link til punktet</p></div></div>
</div>
<script src="/dist/js/shared.js"></script>
</body></html>
"""


def first_agenda_row(item: Item, n: int) -> str:
    case = f'<span class="sagsnummer">{escape(item.case_number)}</span>' if item.case_number else ""
    sections = section_html(item, "h3", '<span class="resume"><div>{text}</div></span>')
    attachments = f"<h3>Bilag</h3>{attachment_links(item, n)}" if item.attachments else ""
    return (
        f'<tr class="punktrow" id="punktrow_{n:04d}"><td class="text-center punkt-tabel"><span class="label label-default">'
        f'{escape(item.number)}</span></td><td class="punkt-tabel"><button class="overskrift-btn" role="button" '
        f'aria-controls="details{n}"><h2 class="overskrift text-left">{escape(item.title)}</h2></button>'
        f'<div class="details" id="details{n}">{case}<div class="punkt"><div><div id="sagsfremstillingContainer">\n'
        f'<div>{sections}</div>\n</div></div></div>{attachments}</div></td>'
        f'<td class="punkt-tabel"><span class="badge fil-ikon"><span class="fil-ikon-nummer">{len(item.attachments)}</span></span>'
        f'<span class="dropdown"><ul class="dropdown-menu" role="menu"><li><a href="#">Hent som PDF</a></li>'
        f'<li><a href="#">Kopier link</a></li></ul></span></td></tr>'
    )


# CMS page ------------------------------------------------------------------------------


def cms_page(doc: Referat) -> str:
    m = doc.meeting
    fields = [("Dato", when(doc)), ("Sted", m.location)]
    fields += [(label, people(doc, status)) for status, label in ATTENDEE_LABELS.items() if people(doc, status)]
    header = "\n".join(f"<p><strong>{escape(label)}:</strong> {escape(value)}</p>" for label, value in fields)
    index = "\n".join(f'<li value="{escape(e.number)}"><a href="#punkt-{escape(e.number)}">{escape(e.title)}</a></li>'
                      for e in doc.agenda)
    start = doc.agenda[0].number if doc.agenda else "1"
    groups = group_changes(doc)
    items = "\n".join((f"<h2>{escape(group)}</h2>\n" if group else "") + cms_item(item, n)
                      for n, (item, group) in enumerate(zip(doc.items, groups)))
    return f"""<!doctype html>
<html lang="da">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
<title>Referat - {escape(m.body)} - {escape(long_date(m.date))}</title>
<script src="/scripts/analytics.js"></script>
</head>
<body>
<a class="skip-link" href="#content">Gå til indhold</a>
<header class="site-header"><a href="/" class="logo">Kommunen</a>
<nav class="main-nav"><ul><li><a href="/borger">Borger</a></li><li><a href="/politik">Politik</a></li></ul></nav>
<form class="search" role="search"><input type="text" placeholder="Søg"><button>Søg</button></form>
</header>
<div class="breadcrumb"><span>Du er her:</span> <a href="/">Forside</a> › <a href="/politik">Politik</a> › Referater</div>
<main id="content">
<article class="minutes">
<h1>Referat – {escape(m.body)}</h1>
{header}
<h2>Dagsorden</h2>
<ol start="{escape(start)}">
{index}
</ol>
{items}
<p class="updated">{LAST_UPDATED}</p>
<div class="tools"><a href="javascript:window.print()">Print</a> <a href="https://www.facebook.com/sharer">Del på Facebook</a></div>
</article>
</main>
<div class="cookiebanner"><p>Denne side bruger cookies.</p><button>Accepter</button><button>Afvis</button></div>
<footer class="site-footer"><p>Kommunen · Rådhuset · Torvet 1 · Telefon 70 00 00 00</p></footer>
</body>
</html>
"""


def cms_item(item: Item, n: int) -> str:
    case = f"<p>Sagsnr.: {escape(item.case_number)}</p>" if item.case_number else ""
    attachments = ""
    if item.attachments:
        links = "".join(f'<li><a href="/bilag/{n}-{k}.pdf">{escape(a)}</a></li>' for k, a in enumerate(item.attachments))
        attachments = f"<h3>Bilag</h3><ul>{links}</ul>"
    return (f'<section class="item" id="punkt-{escape(item.number)}">\n'
            f"<h2>{escape(item.number)}. {escape(item.title)}</h2>\n{case}\n"
            f"{section_html(item, 'h3', '<p>{text}</p>')}\n{attachments}\n"
            f'<p class="to-top"><a href="#content">Til toppen</a></p>\n</section>')


# API JSON ------------------------------------------------------------------------------


def api_answer(doc: Referat) -> dict:
    m = doc.meeting
    moment = f"{m.date}T{m.start_time}:00{UTC_OFFSET}"
    members = [{"Name": person, "Absent": status == "absent", "ParticipationCancelled": False, "AttendanceType": 0}
               for status in ("present", "absent") for person in _people_list(doc, status)]
    guests = people(doc, "guest")
    description = f"<p>{ATTENDEE_LABELS['guest']}: {escape(guests)}</p>" if guests else ""
    end = f"{m.date}T{m.end_time}:00{UTC_OFFSET}" if m.end_time else None
    return {
        "Dagsordenpunkter": [api_item(item, n) for n, item in enumerate(doc.items, start=1)],
        "Udvalg": {"Id": "00000000-0000-0000-0000-0000000000aa", "Navn": m.body, "Historisk": False},
        "Moede": {
            "Id": "00000000-0000-0000-0000-000000000000", "MeetingBeginUtc": moment, "MeetingEndUtc": end,
            "ReleasedDate": None, "Dato": moment, "Sted": m.location, "Afsluttet": True,
            "Moededeltagere": members, "Navn": "Referat", "Description": description,
            "IsSupplementaryAgenda": False,
        },
        "TillaegsDagsorden": False,
        "Id": "00000000-0000-0000-0000-0000000000bb",
        "Lydfiler": None,
    }


def _people_list(doc: Referat, status: str) -> list[str]:
    """One entry per person, printed as the minutes print them ("Name (role, Org)")."""
    listed = []
    for a in doc.attendees:
        if a.status == status:
            extra = ", ".join(x for x in (a.role, a.organization) if x)
            listed.append(f"{a.name} ({extra})" if extra else a.name)
    return listed


def api_item(item: Item, sorting: int) -> dict:
    html = "<div><div id='sagsfremstillingContainer'>\r\n" + section_html(item, "h3", "<p>{text}</p>") + "\r\n</div></div>"
    return {
        "Felter": [{"Navn": "", "Html": html, "Tekst": None}],
        "SagsNummer": item.case_number, "Navn": item.title, "Punktnummer": item.number,
        "Bilag": [{"Navn": name} for name in item.attachments],
        "Number": item.number, "Sorting": sorting, "IsOpen": False, "CaseNumber": item.case_number,
        "Caption": item.title, "ExternalAgendaItemAttendees": [],
    }


def main() -> int:
    for stem in SEEDS:
        doc = parse_path(SAMPLES / f"{stem}.txt")
        (SAMPLES / f"{stem}-firstagenda.html").write_text(first_agenda_page(doc), encoding="utf-8")
        (SAMPLES / f"{stem}-cms.html").write_bytes(cms_page(doc).encode("cp1252"))
        answer = json.dumps(api_answer(doc), ensure_ascii=False, indent=2) + "\n"
        (SAMPLES / f"{stem}-api.json").write_text(answer, encoding="utf-8")
        print(f"wrote samples/{stem}-firstagenda.html, {stem}-cms.html, {stem}-api.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
