"""Council and committee minutes as municipal web sites publish them (invented): headings in
h2/h3/h4, collapsed sections (<details>), a table of members with a header row, meeting fields
in a definition list, each item's sections as rows of a two-column table."""

from __future__ import annotations

from referat_parser import parse_bytes

SITE = """<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><title>{title}</title></head><body>
<header><nav><a href="/">Forside</a> <a href="/politik">Politik</a></nav></header>
<nav class="breadcrumb">Du er her: <a href="/">Forside</a> / Dagsordener og referater</nav>
<main>{main}</main>
<footer><p>Søholm Kommune · Torvet 2 · 4500 Søholm</p><p><a href="/cookies">Cookies</a></p></footer>
</body></html>"""


def page(title: str, main: str):
    return parse_bytes(SITE.format(title=title, main=main).encode("utf-8"), "x.html")


def test_members_table_with_a_header_row_and_collapsed_sections():
    doc = page("Teknik- og Miljøudvalget 14. januar 2025", """
<h1>Teknik- og Miljøudvalget</h1><h2>Referat</h2>
<table><tr><th>Mødedato</th><td>Tirsdag den 14. januar 2025</td></tr><tr><th>Mødetidspunkt</th><td>Kl. 16:00</td></tr>
<tr><th>Mødested</th><td>Udvalgsværelse 3, Rådhuset</td></tr></table>
<h3>Deltagere</h3>
<table><thead><tr><th>Navn</th><th>Parti</th><th>Funktion</th></tr></thead><tbody>
<tr><td>Bjarke Lindholm</td><td>V</td><td>Formand</td></tr><tr><td>Gitte Overgaard</td><td>A</td><td>Næstformand</td></tr>
<tr><td>Nikolaj Brix</td><td>Ø</td><td></td></tr></tbody></table>
<p><strong>Afbud:</strong> Ulla Kragh (C)</p>
<h2>1. Godkendelse af dagsorden</h2><p>Sagsnr.: 25/118</p>
<details open><summary>Beslutning</summary><p>Godkendt.</p></details>
<h2>2. Trafiksikkerhedsplan 2025-2028 - endelig vedtagelse</h2><p>Sagsnr.: 24/7781</p>
<details><summary>Sagsfremstilling</summary><p>Planen indeholder 14 konkrete projekter.</p></details>
<details><summary>Indstilling</summary><p>Teknik og Miljø indstiller, at</p><ul><li>planen vedtages endeligt</li><li>projekterne prioriteres som foreslået</li></ul></details>
<details open><summary>Beslutning</summary><p>Godkendt.</p><p>Nikolaj Brix (Ø) stemte imod.</p></details>
<details><summary>Bilag</summary><ul><li><a href="/b/1.pdf">Trafiksikkerhedsplan 2025-2028</a></li><li><a href="/b/2.pdf">Høringsnotat</a></li></ul></details>
""")
    assert (doc.meeting.body, doc.meeting.date, doc.meeting.start_time) == ("Teknik- og Miljøudvalget", "2025-01-14", "16:00")
    assert [(a.name, a.status, a.organization, a.role) for a in doc.attendees] == [
        ("Bjarke Lindholm", "present", "V", "Formand"), ("Gitte Overgaard", "present", "A", "Næstformand"),
        ("Nikolaj Brix", "present", "Ø", None), ("Ulla Kragh", "absent", "C", None),
    ]
    plan = doc.items[1]
    assert [s.kind for s in plan.sections] == ["case", "recommendation", "decision", "attachments"]
    assert plan.recommendations == ["planen vedtages endeligt", "projekterne prioriteres som foreslået"]
    assert plan.attachments == ["Trafiksikkerhedsplan 2025-2028", "Høringsnotat"]


def test_meeting_fields_in_a_definition_list_and_a_status_column_in_the_members_table():
    doc = page("Byrådet - 27-02-2025", """
<h1>Byrådet</h1>
<dl><dt>Dato</dt><dd>27-02-2025</dd><dt>Starttidspunkt</dt><dd>17:00</dd><dt>Sluttidspunkt</dt><dd>20:15</dd>
<dt>Sted</dt><dd>Byrådssalen, Holmstrup Rådhus</dd></dl>
<h2>Medlemmer</h2>
<table><tr><th>Medlem</th><th>Parti</th><th>Bemærkning</th></tr>
<tr><td>Lis Bruhn</td><td>A</td><td></td></tr><tr><td>Carsten Juul Ravn</td><td>V</td><td>Afbud</td></tr>
<tr><td>Per Ottosen</td><td>V</td><td>Stedfortræder for Carsten Juul Ravn</td></tr></table>
<article><h3>Punkt 1 - Godkendelse af dagsorden</h3>
<p><span>Åbent punkt</span> <span>Sagsnummer: 25/00101</span></p>
<p><strong>Beslutning i Byrådet den 27-02-2025</strong></p><p>Godkendt.</p></article>
<article><h3>Punkt 2 - Salg af Skolevej 14</h3><p><span>Lukket punkt</span> <span>Sagsnummer: 24/11230</span></p>
<p><strong>Beslutning i Byrådet den 27-02-2025</strong></p><p>Godkendt.</p></article>
""")
    m = doc.meeting
    assert (m.body, m.date, m.start_time, m.end_time, m.location) == ("Byrådet", "2025-02-27", "17:00", "20:15", "Byrådssalen, Holmstrup Rådhus")
    assert [(a.name, a.status, a.organization, a.role) for a in doc.attendees] == [
        ("Lis Bruhn", "present", "A", None), ("Carsten Juul Ravn", "absent", "V", None), ("Per Ottosen", "present", "V", "stedfortræder"),
    ]
    assert [(i.number, i.title, i.case_number, i.access) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden", "25/00101", "open"), ("2", "Salg af Skolevej 14", "24/11230", "closed"),
    ]
    assert not [w for w in doc.warnings if w.code == "attendee-list-unclear"]


def test_each_items_sections_as_rows_of_a_two_column_table():
    doc = page("Miljø- og Planudvalget - Referat", """
<h1>Miljø- og Planudvalget</h1><p>Referat af mødet mandag den 2. juni 2025 kl. 08:30</p>
<h2>5. Lokalplan 1123 for boliger ved Fjordvej - vedtagelse</h2>
<table><tr><th>Sagsnr.</th><td>25/3301</td></tr>
<tr><th>Sagsfremstilling</th><td><p>Forslaget har været i offentlig høring.</p><p>Der er modtaget 4 høringssvar.</p></td></tr>
<tr><th>Indstilling</th><td><p>Forvaltningen indstiller,</p><p>at lokalplan 1123 vedtages endeligt.</p></td></tr>
<tr><th>Beslutning</th><td><p>Anbefales.</p></td></tr>
<tr><th>Bilag</th><td><p>Høringsnotat</p><p>Lokalplan 1123</p></td></tr></table>
<h2>6. Orientering om vandløbsregulativer</h2>
<table><tr><th>Sagsnr.</th><td>24/8812</td></tr><tr><th>Beslutning</th><td><p>Taget til efterretning.</p></td></tr></table>
""")
    assert [(i.number, i.case_number, i.decision) for i in doc.items] == [("5", "25/3301", "Anbefales."), ("6", "24/8812", "Taget til efterretning.")]
    first = doc.items[0]
    assert [s.kind for s in first.sections] == ["case", "recommendation", "decision", "attachments"]
    assert first.recommendations == ["lokalplan 1123 vedtages endeligt."]
    assert first.attachments == ["Høringsnotat", "Lokalplan 1123"]


def test_item_titles_on_the_buttons_that_open_collapsed_sections():
    doc = page("Økonomiudvalget 3. marts 2025", """
<h1>Økonomiudvalget</h1><p>Referat fra mødet den 3. marts 2025 kl. 15.00 i Mødelokale 1</p>
<div class="accordion">
<div class="item"><button class="btn accordion-toggle" aria-expanded="false" aria-controls="c1"><span>1.</span> <span>Godkendelse af dagsorden</span></button>
<div class="collapse" id="c1" hidden><h4>Beslutning</h4><p>Godkendt.</p></div></div>
<div class="item"><div role="button" aria-expanded="false"><span>2.</span> <span>Anlægsbevilling til Hvidbjerg Skole</span></div>
<div class="collapse" style="display:none"><h4>Sagsfremstilling</h4><p>Skolen skal have nyt tag.</p>
<h4>Beslutning</h4><p>Anbefales.</p></div></div>
</div>
<button type="button" class="btn">Print</button>
""")
    assert [(i.number, i.title, i.decision) for i in doc.items] == [
        ("1", "Godkendelse af dagsorden", "Godkendt."), ("2", "Anlægsbevilling til Hvidbjerg Skole", "Anbefales."),
    ]
    assert "Print" not in " ".join(s.text for i in doc.items for s in i.sections)
    assert not [w for w in doc.warnings if w.code == "items-without-headings"]


def test_an_item_page_with_a_combined_recommendation_heading_and_the_case_number_after_the_title():
    doc = page("Referat - Økonomiudvalget - 03.03.2025", """
<h1>Referat - Økonomiudvalget - 03.03.2025</h1>
<h2>4. Ændring af bydelsplanernes tidsplan (2025-0012345)</h2>
<h3>Indstilling og beslutning</h3>
<p>Økonomiforvaltningen indstiller over for Økonomiudvalget,</p>
<ol><li>at tidsplanen for bydelsplanerne forlænges til 2026</li><li>at lokaludvalgene orienteres</li></ol>
<h3>Problemstilling</h3><p>Bydelsplanerne skulle have været færdige i 2025.</p>
<h3>Løsning</h3><p>Forvaltningen foreslår en forlængelse på et år.</p>
<h3>Beslutning</h3><p>Indstillingen blev godkendt uden afstemning.</p>
""")
    item = doc.items[0]
    assert (item.number, item.title, item.case_number) == ("4", "Ændring af bydelsplanernes tidsplan (2025-0012345)", "2025-0012345")
    assert [s.kind for s in item.sections] == ["recommendation", "background", "case", "decision"]
    assert item.recommendations == ["at tidsplanen for bydelsplanerne forlænges til 2026", "at lokaludvalgene orienteres"]
    assert item.decision == "Indstillingen blev godkendt uden afstemning."
