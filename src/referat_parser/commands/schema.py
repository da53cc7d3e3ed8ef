"""`referat schema`: the JSON Schema of the output document."""

from __future__ import annotations

import json

import click


@click.command()
def schema() -> None:
    """Print the JSON Schema of a referat document (output-v1)."""
    from ..models import json_schema

    click.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))
