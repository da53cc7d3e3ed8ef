"""Property tests: any input gives valid output or a clear error; perturbing the layout of
the seed texts (wrapping, line endings, blank lines added or all removed, heading case and
colons, tabs) keeps
what is extracted."""

from __future__ import annotations

import json
import re
import textwrap
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from referat_parser import parse_bytes
from referat_parser.errors import ReferatError
from referat_parser.headings import heading_kind
from referat_parser.models import Referat, json_schema

SEEDS = sorted((Path(__file__).resolve().parent.parent / "samples").glob("*.txt"))
VALIDATOR = jsonschema.Draft202012Validator(json_schema())
DANISH = st.characters(codec="utf-8", exclude_categories=("Cs",))
LINEISH = st.lists(
    st.one_of(
        st.text(DANISH, max_size=60),
        st.sampled_from(["Referat", "Beslutning:", "1. Godkendelse", "Punkt 2.", "Afbud: Bo Ibsen", "Dato: 3. maj 2024",
                         "Indholdsfortegnelse", "1.\tTitel\t4", "Side 2 af 9", "\f", "• Udvalget godkender", "Bilag:", "A: Valg"]),
    ),
    max_size=40,
)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(LINEISH, st.sampled_from(["\n", "\r\n", "\r"]))
def test_any_text_gives_valid_output(lines: list[str], newline: str):
    data = newline.join(lines).encode("utf-8")
    try:
        doc = parse_bytes(data, "x.txt")
    except ReferatError as exc:
        assert exc.code == "empty" and not data.strip()  # only an empty text is refused
        return
    VALIDATOR.validate(doc.model_dump(mode="json"))


@FAST
@given(st.binary(max_size=3000), st.sampled_from(["x.txt", "x.pdf", "x.docx", "x.md", "-"]))
def test_any_bytes_give_output_or_a_clear_error(data: bytes, name: str):
    try:
        doc = parse_bytes(data, name)
    except ReferatError as exc:
        assert exc.reason and "\n" not in exc.reason
        return
    assert isinstance(doc, Referat)
    VALIDATOR.validate(json.loads(doc.model_dump_json()))


# perturbations of the seeds ---------------------------------------------------------------


def _facts(doc: Referat):
    m = doc.meeting
    return (
        (m.body, m.date, m.start_time, m.end_time),
        [(a.name, a.status) for a in doc.attendees],
        # "case" and "colon" change heading lines, and a title can be one ("Meddelelser" under "Sag nr. 119")
        [(i.number, i.title.casefold().rstrip(":")) for i in doc.items],
    )


BASELINE = {seed.name: _facts(parse_bytes(seed.read_bytes(), seed.name)) for seed in SEEDS}
LABEL_SPACE = re.compile(r"^(Møde|Tid|Sted|Deltagere|Afbud) ", re.M)


def _is_heading(line: str) -> bool:
    return heading_kind(line.strip()) is not None


def perturb(text: str, rnd, ops: set[str], width: int) -> str:
    lines = text.split("\n")
    out: list[str] = []
    body_started = False
    for line in lines:
        stripped = line.strip()
        if re.match(r"^(Punkt \d+\.?|\d+\. \S)", stripped):
            body_started = True
        if "case" in ops and _is_heading(stripped) and rnd.random() < 0.7:
            line = rnd.choice([stripped.upper(), stripped.lower(), stripped.capitalize()])
        if "colon" in ops and _is_heading(stripped):
            line = line.rstrip().rstrip(":") if line.rstrip().endswith(":") else line.rstrip() + ":"
        if "wrap" in ops and body_started and len(stripped) > width + 20 and not _is_heading(stripped) and not stripped.startswith(("-", "•", "*")):
            wrapped = textwrap.wrap(stripped, width=width, break_long_words=False, break_on_hyphens=False)
            if not any(re.match(r"^\d{1,3}[.)]\s|^[A-ZÆØÅ][:.)]\s|^(Punkt|Pkt)\b|^§", w) for w in wrapped[1:]):
                out.extend(wrapped)
                continue
        out.append(line)
        if "blank" in ops and not stripped and rnd.random() < 0.5:
            out.append("")
    if "squeeze" in ops:  # single-spaced, as many PDFs come out: no blank line anywhere
        out = [line for line in out if line.strip()]
    result = "\n".join(out)
    if "tabs" in ops:
        result = LABEL_SPACE.sub(lambda m: m.group(1) + "\t", result)
    if "crlf" in ops:
        result = result.replace("\n", "\r\n")
    return result


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(SEEDS),
    st.randoms(use_true_random=False),
    st.sets(st.sampled_from(["wrap", "crlf", "blank", "case", "colon", "tabs", "squeeze"]), min_size=1),
    st.integers(min_value=60, max_value=110),
)
def test_layout_perturbations_keep_what_is_extracted(seed: Path, rnd, ops: set[str], width: int):
    text = perturb(seed.read_text(encoding="utf-8"), rnd, ops, width)
    assert _facts(parse_bytes(text.encode("utf-8"), seed.name)) == BASELINE[seed.name], sorted(ops)


@pytest.mark.parametrize("seed", SEEDS, ids=lambda s: s.name)
def test_every_perturbation_at_once(seed: Path):
    import random

    text = perturb(seed.read_text(encoding="utf-8"), random.Random(7), {"wrap", "crlf", "blank", "case", "colon", "tabs"}, 72)
    assert _facts(parse_bytes(text.encode("utf-8"), seed.name)) == BASELINE[seed.name]


VARIANTS = sorted((Path(__file__).resolve().parent / "variants").glob("*.txt"))
VARIANT_BASELINE = {v.name: _facts(parse_bytes(v.read_bytes(), v.name)) for v in VARIANTS}
# Variants whose shape only blank lines tell, which "squeeze" (no blank line anywhere) takes away.
TOLD_BY_BLANK_LINES = {
    "association-unnumbered-headings-after-leadin.txt": "unnumbered headings each over its outcome, the blocks apart "
                                                         "by blank lines: squeezed, heading and outcome read alike",
}
# Known not to hold yet (fails on main as well): the perturbations named, and why.
NOT_YET_STABLE: dict[str, tuple[set[str], str]] = {}


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(VARIANTS),
    st.randoms(use_true_random=False),
    st.sets(st.sampled_from(["wrap", "crlf", "blank", "case", "colon", "squeeze"]), min_size=1),
    st.integers(min_value=60, max_value=110),
)
def test_layout_perturbations_of_other_templates_keep_what_is_extracted(variant: Path, rnd, ops: set[str], width: int):
    assume(not ("squeeze" in ops and variant.name in TOLD_BY_BLANK_LINES))
    assume(not (ops & NOT_YET_STABLE.get(variant.name, (set(), ""))[0]))
    text = perturb(variant.read_text(encoding="utf-8"), rnd, ops, width)
    assert _facts(parse_bytes(text.encode("utf-8"), variant.name)) == VARIANT_BASELINE[variant.name], sorted(ops)
