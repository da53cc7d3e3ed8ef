"""referat: Danish meeting minutes (referater) to structured, validated data."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("referat-parser")
except PackageNotFoundError:  # running from a source tree without installing
    __version__ = "0.0.0"

from .pipeline import parse_bytes, parse_path  # noqa: E402

__all__ = ["parse_bytes", "parse_path", "__version__"]
