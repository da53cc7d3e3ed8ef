"""referat: Danish meeting minutes (referater) to structured, validated data.

    from referat_parser import parse_path
    doc = parse_path("minutes.pdf")      # a pydantic `Referat` (models.py)

Attributes load lazily so that `referat --help` starts fast.
"""

from __future__ import annotations

__all__ = ["parse_bytes", "parse_path", "__version__"]


def __getattr__(name: str):
    if name in ("parse_bytes", "parse_path"):
        from . import pipeline

        return getattr(pipeline, name)
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("referat-parser")
        except PackageNotFoundError:  # running from a source tree without installing
            return "0.0.0"
    raise AttributeError(name)
