"""The referat JSON document, version 1 (see README "Output format").

These pydantic models are the contract in code: `referat schema` prints them as
JSON Schema. Field names are fixed by output-v1; fields may be added, never renamed.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Literal["1"] = "1"

AttendeeStatus = Literal["present", "absent", "guest"]
DocumentType = Literal["referat", "dagsorden"]
Access = Literal["open", "closed"]
SectionKind = Literal[
    "summary",
    "background",
    "case",
    "recommendation",
    "attachments",
    "decision",
    "orientation",
    "economy",
    "hearing",
    "text",
    "other",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(_Model):
    path: str | None = Field(None, description='As given on the command line; "-" for stdin')
    format: str = Field(description='What was actually read: "pdf", "docx", "odt", "txt", "md", "html", "mhtml", "firstagenda-api"')
    sha256: str = Field(description="Hex digest of the input bytes")
    pages: int | None = Field(None, description="Page count where the format has pages")
    parser_version: str


class Meeting(_Model):
    body: str | None = Field(None, description="The committee or board")
    document_type: DocumentType | None = None
    date: str | None = Field(None, description="YYYY-MM-DD")
    start_time: str | None = Field(None, description="HH:MM")
    end_time: str | None = Field(None, description="HH:MM")
    location: str | None = Field(None, description="The whole place line")
    organization: str | None = Field(
        None, description="The municipality or region the body belongs to, printed beside its name ('Ældrerådet, Vestby Kommune')"
    )


class Attendee(_Model):
    name: str = Field(description="The person's name only")
    status: AttendeeStatus
    organization: str | None = None
    role: str | None = None
    label: str | None = Field(None, description="The list label it was found under, as printed")


class AgendaEntry(_Model):
    number: str = Field(description='"1", "10", "3a"; no trailing dot')
    title: str
    page: int | None = Field(None, description="The page the index points to")
    group: str | None = None


class Section(_Model):
    kind: SectionKind
    heading: str | None = Field(None, description="As printed")
    text: str = Field(description='Paragraphs joined by "\\n\\n"')


class Item(_Model):
    number: str
    title: str
    case_number: str | None = None
    access: Access | None = None
    group: str | None = None
    page_start: int | None = None
    page_end: int | None = None
    sections: list[Section] = Field(default_factory=list)
    recommendations: list[str] = Field(default_factory=list)
    attachments: list[str] = Field(default_factory=list)
    decision: str | None = None


class NextMeeting(_Model):
    date: str | None = None
    start_time: str | None = None
    end_time: str | None = None
    location: str | None = None
    text: str | None = None


class Warning(_Model):
    code: str = Field(description='Short stable identifier, e.g. "agenda-item-missing-in-body"')
    message: str
    page: int | None = None
    field: str | None = Field(None, description='The output field the warning is about, e.g. "meeting.date", "attendees"')


class Referat(_Model):
    schema_version: Literal["1"] = SCHEMA_VERSION
    source: Source
    meeting: Meeting = Field(default_factory=Meeting)
    attendees: list[Attendee] = Field(default_factory=list)
    agenda: list[AgendaEntry] = Field(default_factory=list)
    items: list[Item] = Field(default_factory=list)
    next_meeting: NextMeeting | None = None
    warnings: list[Warning] = Field(default_factory=list)


def json_schema() -> dict:
    """The JSON Schema of a referat document (what `referat schema` prints)."""
    return Referat.model_json_schema()
