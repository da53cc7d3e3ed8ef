"""`referat explain FILE`: what each line became, and the rule or cue that decided it."""

from __future__ import annotations

import sys

import click

from ..errors import ReferatError
from ..readers import ReadOptions
from .options import read_options

TEXT_CHARS = 70  # of each line's text shown beside its role


@click.command()
@click.argument("file", type=click.Path(dir_okay=True, allow_dash=True))
@click.option("--role", "roles", multiple=True, metavar="ROLE",
              help="Show only lines given this role (repeatable), e.g. --role unassigned.")
@read_options
def explain(file: str, roles: tuple[str, ...], read_opts: ReadOptions) -> None:
    """Show, per line of FILE, its page, the role it was given (furniture, header field,
    attendee list, index entry, item heading, section heading, section text, unassigned)
    and the rule or cue that decided it: to see at once why an item or a field was missed.

    \b
    Columns: page, role, rule, then the line's text (shortened).
    Example:
      referat explain minutes.pdf | less
      referat explain minutes.pdf --role unassigned
    """
    from ..explain import ROLES, explain as explain_trace
    from ..pipeline import trace_bytes, trace_path

    unknown = [role for role in roles if role not in ROLES]
    if unknown:
        raise click.BadParameter(f"{unknown[0]!r} is not one of: {', '.join(ROLES)}", param_hint="--role")
    try:
        trace = trace_bytes(sys.stdin.buffer.read(), "-", read_opts) if file == "-" else trace_path(file, read_opts)
    except ReferatError as exc:
        click.echo(f"Error: {exc if file != '-' else exc.with_path('<stdin>')}", err=True)
        sys.exit(1)
    for row in explain_trace(trace):
        if roles and row.role not in roles:
            continue
        page = "-" if row.page is None else str(row.page)
        text = row.text.replace("\t", " ")
        if len(text) > TEXT_CHARS:
            text = text[: TEXT_CHARS - 1] + "…"
        click.echo(f"{page:>4}  {row.role:<15}  {row.rule}  | {text}")
