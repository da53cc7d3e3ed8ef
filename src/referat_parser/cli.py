"""The `referat` command line: wiring only; the work happens in the package modules.

Exit codes: 0 success; 1 a document could not be parsed (or, in batch, some
failed); 2 usage error; 3 (batch) nothing could be converted.
"""

from __future__ import annotations

import importlib
import signal

import click

# name -> (module:attribute, one-line help shown by `referat --help` without importing it)
COMMANDS = {
    "parse": ("referat_parser.commands.parse:parse", "Parse documents to JSON, JSONL or CSV."),
    "batch": ("referat_parser.commands.batch:batch", "Convert folders, globs and zip archives in parallel."),
    "show": ("referat_parser.commands.show:show", "Show one parsed document in the terminal."),
    "explain": ("referat_parser.commands.explain:explain", "Show what each line became, and why."),
    "schema": ("referat_parser.commands.schema:schema", "Print the JSON Schema of the output."),
}


class LazyGroup(click.Group):
    """A group that imports a command's module only when that command runs."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module_name, attr = COMMANDS[name][0].split(":")
        return getattr(importlib.import_module(module_name), attr)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        with formatter.section("Commands"):
            formatter.write_dl([(name, short) for name, (_, short) in COMMANDS.items()])


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="referat-parser", prog_name="referat")
def cli() -> None:
    """Turn Danish meeting minutes (referater) into structured, validated data.

    Data goes to stdout (or -o), progress and diagnostics to stderr.
    """


def main() -> None:
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `referat parse … | head` ends quietly
    cli(prog_name="referat")


if __name__ == "__main__":
    main()
