"""`referat show FILE`: one parsed document, readable in a terminal."""

from __future__ import annotations

import sys

import click

from ..errors import ReferatError
from ..readers import ReadOptions
from .options import limit_options, read_options

STATUS_TITLES = {"present": "Present", "absent": "Absent", "guest": "Guests"}
ACCESS_LABELS = {"open": "open", "closed": "closed"}


@click.command()
@click.argument("file", type=click.Path(dir_okay=True, allow_dash=True))
@limit_options
@read_options
def show(file: str, read_opts: ReadOptions, limits) -> None:
    """Show one parsed document in the terminal: header, attendees, agenda and items
    with their recommendations and decisions, and warnings. Look before you convert
    a whole archive.

    \b
    Example:
      referat show minutes.pdf | less -R
    """
    from rich.console import Console

    from ..batch import parse_limited

    try:
        doc = parse_limited(file, read_opts, limits)  # in a worker, within --timeout and --max-memory
    except ReferatError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    render(doc, Console(highlight=False, soft_wrap=False))


def render(doc, console) -> None:
    from rich.markup import escape

    from ..sources import shown

    def e(text: str) -> str:  # no markup and no terminal control sequence from the document
        return escape(shown(text, keep="\n\t"))
    from rich.panel import Panel
    from rich.table import Table

    m = doc.meeting
    head = Table.grid(padding=(0, 2))
    for label, value in (
        ("Body", f"{m.body} ({m.organization})" if m.body and m.organization else m.body), ("Type", m.document_type), ("Date", m.date),
        ("Time", "–".join(t for t in (m.start_time, m.end_time) if t) or None), ("Place", m.location),
        ("Source", f"{doc.source.path} ({doc.source.format}" + (f", {doc.source.pages} pages)" if doc.source.pages else ")")),
    ):
        head.add_row(f"[bold]{label}[/]", e(value) if value else "[dim]–[/]")
    console.print(Panel(head, title="Meeting", expand=False))

    for status, title in STATUS_TITLES.items():
        people = [a for a in doc.attendees if a.status == status]
        if people:
            names = ", ".join(a.name + (f" ({', '.join(x for x in (a.role, a.organization) if x)})" if a.role or a.organization else "") for a in people)
            console.print(f"[bold]{title}:[/] {e(names)}")

    if doc.agenda:
        console.print("\n[bold underline]Agenda[/]")
        for entry in doc.agenda:
            page = f"  [dim]p. {entry.page}[/]" if entry.page else ""
            console.print(f"  {e(entry.number)}. {e(entry.title)}{page}")

    for item in doc.items:
        flags = " ".join(x for x in (item.case_number, ACCESS_LABELS.get(item.access or "")) if x)
        console.print(f"\n[bold cyan]{e(item.number)}. {e(item.title)}[/] [dim]{e(flags)}[/]")
        for rec in item.recommendations:
            console.print(f"  [green]▸[/] {e(rec)}")
        for attachment in item.attachments:
            console.print(f"  [dim]Attachment: {e(attachment)}[/]")
        if item.decision:
            console.print("  [bold]Decision:[/] " + e(item.decision.replace("\n\n", "\n  ")))

    if doc.next_meeting and doc.next_meeting.date:
        console.print(f"\n[bold]Next meeting:[/] {doc.next_meeting.date} {doc.next_meeting.start_time or ''}")
    if doc.warnings:
        console.print("\n[bold yellow]Warnings[/] [dim](values the parser guessed or could not read)[/]")
    for warning in doc.warnings:
        where = warning.field or (f"page {warning.page}" if warning.page else "document")
        console.print(f"  [yellow]•[/] [bold]{e(where)}[/]: {e(warning.message)} [dim]({e(warning.code)})[/]")
