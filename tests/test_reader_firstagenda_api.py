"""The First Agenda publication API reader, and the refusal of other JSON, XML and ODT."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from referat_parser import parse_bytes
from referat_parser.cli import cli
from referat_parser.readers import detect_format

MEETING = {
    "Dagsordenpunkter": [
        {
            "Number": "1", "Caption": "Godkendelse af dagsorden", "CaseNumber": "24-000101", "IsOpen": False,
            "Felter": [{"Navn": "", "Html": "<div><h3>Beslutning</h3><span><p>Godkendt.</p><br><br>Afbud: Rikke Bach</span></div>"
                                            "<h3>Fremstilling</h3><div><h2>Resume</h2><p>Dagsordenen forelægges.</p></div>"}],
            "Bilag": [],
        },
        {
            "Number": "2", "Caption": "Ny legeplads i Søparken", "CaseNumber": "24-000202", "IsOpen": False,
            "Felter": [{"Navn": "", "Html": "<h3>Beslutning</h3><p>Anlægsbevillingen blev givet.</p><p>Afbud: Rikke Bach</p>"
                                            "<h2>Indstilling</h2><p>Forvaltningen indstiller, at bevillingen gives.</p>"}],
            "Bilag": [{"Navn": "Tegning af legepladsen"}],
        },
    ],
    "Udvalg": {"Navn": "Børne- og Skoleudvalget"},
    "Moede": {
        "MeetingBeginUtc": "2024-05-06T16:30:00+02:00", "Dato": "2024-05-06T16:30:00+02:00", "Sted": "Mødelokale 2",
        "Afsluttet": True,
        "Moededeltagere": [{"Name": "Jonas Friis", "Absent": False}, {"Name": "Rikke Bach", "Absent": False},
                           {"Name": "Emma Krogh", "Absent": False}],
    },
}


def parsed(answer: dict = MEETING):
    return parse_bytes(json.dumps(answer, ensure_ascii=False).encode(), "meeting.json").model_dump(mode="json")


def test_meeting_in_local_time_as_written():
    meeting = parsed()["meeting"]
    assert (meeting["body"], meeting["document_type"], meeting["date"], meeting["start_time"], meeting["location"]) == (
        "Børne- og Skoleudvalget", "referat", "2024-05-06", "16:30", "Mødelokale 2")


def test_absences_come_from_the_decision_texts_not_the_flag():
    status = {a["name"]: a["status"] for a in parsed()["attendees"]}
    assert status == {"Jonas Friis": "present", "Rikke Bach": "absent", "Emma Krogh": "present"}


def test_items_with_case_numbers_sections_and_attachments():
    items = parsed()["items"]
    assert [(i["number"], i["title"], i["case_number"]) for i in items] == [
        ("1", "Godkendelse af dagsorden", "24-000101"), ("2", "Ny legeplads i Søparken", "24-000202")]
    assert [s["kind"] for s in items[0]["sections"]] == ["decision", "case", "summary"]
    assert items[1]["decision"].startswith("Anlægsbevillingen blev givet.")
    assert items[1]["attachments"] == ["Tegning af legepladsen"]


def test_closed_flag_does_not_make_items_closed():
    assert [i["access"] for i in parsed()["items"]] == [None, None]


def test_detected_by_shape_whatever_the_name():
    data = json.dumps(MEETING).encode()
    assert detect_format(data, "download") == "firstagenda-api"
    assert detect_format(data, None) == "firstagenda-api"


UNKNOWN = [
    ("other.json", b'{"meetings": [{"title": "Referat"}]}', "JSON that is not a First Agenda agenda"),
    ("list.json", b'[1, 2, 3]', "JSON that is not a First Agenda agenda"),
    ("minutes.xml", b'<?xml version="1.0"?><minutes><item>Budget</item></minutes>', "XML data is not supported"),
    ("noname", b'<?xml version="1.0"?><minutes><item>Budget</item></minutes>', "XML data is not supported"),
    ("minutes.ods", b"PK\x03\x04\x14\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.spreadsheet", ".ods files are not supported"),
    ("minutes.odt", b"PK\x03\x04\x14\x00\x00\x00mimetypeapplication/vnd.oasis.opendocument.text", "not an OpenDocument text"),
    ("broken.json", b'{"Dagsordenpunkter": [', "JSON that is not a First Agenda agenda"),
]


@pytest.mark.parametrize("name, data, reason", UNKNOWN, ids=[u[0] for u in UNKNOWN])
def test_unknown_formats_get_one_line_and_exit_1(tmp_path, name: str, data: bytes, reason: str):
    path = tmp_path / name
    path.write_bytes(data)
    result = CliRunner().invoke(cli, ["parse", str(path)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr.startswith(f"Error: {path}: {reason}")
    assert result.stderr.count("\n") == 1


def test_entries_that_cannot_be_read_are_left_out_with_a_warning():
    answer = json.loads(json.dumps(MEETING))
    answer["Dagsordenpunkter"].append("not an item")
    answer["Moede"]["Moededeltagere"].append({"Absent": True})
    answer["Dagsordenpunkter"][1]["Bilag"].append({"Id": 7})
    warnings = [w for w in parsed(answer)["warnings"] if w["code"] == "api-entries-skipped"]
    assert [w["message"] for w in warnings] == [
        "The API answer holds 1 item(s) that are no objects, 1 member(s) without a name, 1 attachment(s) without a name; "
        "they were left out."
    ]
    assert not [w for w in parsed()["warnings"] if w["code"] == "api-entries-skipped"]
