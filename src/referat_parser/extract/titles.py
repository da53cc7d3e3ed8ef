"""Title rules shared by the agenda index and the items (spec output-v1, Item.title).

A printed heading may carry more than the title: a type tag before it ("(B) Godkendelse af
regnskab", B for beslutning, that goes to the item's text), an access prefix ("Lukket: Køb af ejendom",
"Lukket punkt: …", "(Åben) …") or suffix ("Salg af grund (lukket punkt)") that belongs in `access`, and a description run on after a
full stop ("Valg af revisorer. På valg er A og B.") or after a colon that opens a sentence
("Bordet rundt: Hvem er vi, og hvad vil vi?") that belongs in the item's text, and a case
number printed at the heading's end ("Tilskud til foreninger   Sagsnr.: 25/0877") or in
parentheses after it ("Ændring af tidsplanen (2025-0012345)") that belongs in `case_number`.
"""

from __future__ import annotations

import re

from ..headings import heading_kind
from ..shapes import CASE_LABEL, CASE_NUMBER
from ..textutil import key
from ..vocabulary import ABBREVIATIONS, ACCESS_WORDS, DANGLING_WORDS, SENTENCE_VERBS

MIN_RUN_ON_WORDS = 3  # a description after the title is a sentence of a few words at least
MIN_UNSTOPPED_SENTENCE_WORDS = 6  # a sentence ending its line may lack its full stop where it is this long
MIN_TITLE_WORD_CHARS = 3  # "nr. 3", "pkt. 4": a short word before the stop is an abbreviation

_ACCESS_WORD = "|".join(re.escape(w) for w in sorted(ACCESS_WORDS, key=len, reverse=True))
_ACCESS_PREFIX = re.compile(
    rf"^(?:[(\[]\s*(?P<bracketed>{_ACCESS_WORD})\s*[)\]]\s*[:\-–]?|(?P<plain>{_ACCESS_WORD})\s*[:\-–])\s*(?P<rest>\S.*)$",
    re.IGNORECASE,
)
# "Salg af grund (lukket punkt)", "Budget - åbent punkt", "Personalesag [Lukket]": the access printed after the title
_ACCESS_SUFFIX = re.compile(
    rf"(?:\s*[(\[]\s*(?P<bracketed>{_ACCESS_WORD})\s*[)\]]|\s+[–-]\s*(?P<plain>{_ACCESS_WORD}))\s*$", re.IGNORECASE
)
_STOP_THEN_SENTENCE = re.compile(r"(?P<word>[^\s.]+)\.\s+(?=[A-ZÆØÅ][a-zæøå])")
_COLON_THEN_SENTENCE = re.compile(r":\s+(?=[A-ZÆØÅ])")
_DASH_THEN_SENTENCE = re.compile(r"\s[–-]\s+(?=[A-ZÆØÅ])")  # "Valg af dirigent – Jens Ulrik blev valgt."
# "Godkendelse af dagsorden. Beslutning: Godkendt.": a section label of a word or two, capitalised, run on after the title
_LABEL_RUN_ON = re.compile(r"(?:^|[.\s–-])\s*(?P<label>[A-ZÆØÅ][^\s:.]+(?:\s[^\s:.]+)?):(?:\s+\S|\s*$)")
_SENTENCE_END = (".", "?", "!")
_TYPE_TAG = re.compile(r"^(?P<tag>[(\[][A-ZÆØÅ]{1,2}(?:/[A-ZÆØÅ]{1,2})?[)\]])(?:\s+|$)")  # "(B) ", "[O] ", "(O/B) ", "(O)" alone
_PAGE_LEADER_TAIL = re.compile(r"\s*(?:\.{3,}|…+|_{3,}|(?:\.\s){3,}\.?)\s*(?:\d{1,4})?\s*$")  # " ........ 7"
_TRAILING_PARENTHESES = re.compile(r"\(\s*(?P<inner>[^()]*?)\s*\)\s*$")
# a case-number label and a number with a separator ("25/0877", "00.30.00-S00-2-05"), not an item label ("Sag nr. 12")
_CASE_NUMBER_TAIL = re.compile(rf"\s(?P<tail>(?:{CASE_LABEL})\s*:?\s*[\w\-]*\d[/.\-]\d\S*.*)$", re.IGNORECASE)


def without_page_leader(title: str) -> str:
    """'Godkendelse af referat ............ 1' → 'Godkendelse af referat': leader dots and the page
    number they lead to, as a heading copied from the index prints them."""
    m = _PAGE_LEADER_TAIL.search(title)
    return title[: m.start()].rstrip() if m and title[: m.start()].strip() else title


def split_type_tag(title: str) -> tuple[str, str]:
    """'(B) Godkendelse af regnskab' → ('Godkendelse af regnskab', '(B)'): a short code in brackets
    before the title that says what kind of item it is (B: beslutning, O: orientering), no part of
    the title; '(O)' alone → ('', '(O)')."""
    m = _TYPE_TAG.match(title)
    if not m:
        return title, ""
    return title[m.end():].strip(), m.group("tag")


def split_case_number_tail(title: str) -> tuple[str, str]:
    """'Tilskud til foreninger Sagsnr.: 25/0877' → ('Tilskud til foreninger', 'Sagsnr.: 25/0877');
    a title without a case number at its end comes back whole with an empty rest."""
    m = _CASE_NUMBER_TAIL.search(title)
    if not m or not title[: m.start()].strip():
        return title, ""
    return title[: m.start()].strip(), m.group("tail").strip()


def split_case_number_head(title: str) -> tuple[str, str]:
    """'25/1234 Spildevandsplan 2025' → ('Spildevandsplan 2025', '25/1234'): a case number printed
    between the item's number and its title; a title that does not open with one comes back whole."""
    first, _, rest = title.partition(" ")
    rest = rest.lstrip(" -–")
    if not first[:1].isdigit() or not rest[:1].isupper() or not CASE_NUMBER.match(first.rstrip(":,")):
        return title, ""
    return rest, first.rstrip(":,")


def case_number_in_parentheses(title: str) -> str | None:
    """'Ændring af tidsplanen (2025-0012345)': the case number printed in parentheses after the
    title (the title keeps it, as printed)."""
    m = _TRAILING_PARENTHESES.search(title)
    return m.group("inner") if m and CASE_NUMBER.match(m.group("inner")) else None


def split_access_prefix(title: str) -> tuple[str, str | None]:
    """'Lukket: Køb af ejendom' → ('Køb af ejendom', 'closed'); other titles unchanged."""
    m = _ACCESS_PREFIX.match(title.strip())
    if not m:
        return title, None
    word = m.group("bracketed") or m.group("plain")
    return m.group("rest").strip(), ACCESS_WORDS[key(word)]


def split_access_suffix(title: str) -> tuple[str, str | None]:
    """'Salg af grund (lukket punkt)' → ('Salg af grund', 'closed'); other titles unchanged."""
    m = _ACCESS_SUFFIX.search(title)
    if not m or not title[: m.start()].strip():
        return title, None
    word = m.group("bracketed") or m.group("plain")
    return title[: m.start()].strip(), ACCESS_WORDS[key(word)]


def split_access(title: str) -> tuple[str, str | None]:
    """The title without the access printed before or after it, and that access."""
    title, before = split_access_prefix(title)
    title, after = split_access_suffix(title)
    return title, before or after


def ends_dangling(title: str) -> bool:
    """'… fra puljen til': the title's last word cannot end it (the title wrapped)."""
    words = title.split()
    return bool(words) and words[-1].casefold() in DANGLING_WORDS


def split_run_on(title: str) -> tuple[str, str]:
    """'Valg af revisorer. På valg er A og B.' → ('Valg af revisorer', 'På valg er A og B.');
    'Bordet rundt: Hvem er vi, og hvad vil vi?' → ('Bordet rundt', 'Hvem er vi, og hvad vil vi?');
    'Valg af dirigent – Jens Ulrik blev valgt.' → ('Valg af dirigent', 'Jens Ulrik blev valgt.').
    A title without a run-on sentence comes back whole with an empty rest."""
    labelled = _split_label_run_on(title) if ":" in title else None
    if labelled:
        return labelled
    for m in _STOP_THEN_SENTENCE.finditer(title):
        word = m.group("word")
        if len(word) < MIN_TITLE_WORD_CHARS or key(word) in ABBREVIATIONS or word[-1].isdigit():
            continue
        head, rest = title[: m.end("word")], title[m.end():].strip()
        if is_sentence(rest):
            cut = _colon_before_stop(head)
            return (head[:cut[0]].strip(), title[cut[1]:].strip()) if cut else (head.strip(), rest)
    for pattern in (_COLON_THEN_SENTENCE, _DASH_THEN_SENTENCE):
        mark = pattern.search(title)
        if mark:
            head, rest = title[: mark.start()], title[mark.end():].strip()
            if head.strip() and is_sentence(rest):
                return head.strip(), rest
    return title, ""


def _colon_before_stop(head: str) -> tuple[int, int] | None:
    """'Evt: Flere er på valg i år' before a full stop and a second sentence: where the title ends
    and the text starts, at the colon, where the words after it up to the stop are a sentence
    themselves ('Orientering: Status på byggeriet' is a title); None where they are not."""
    mark = _COLON_THEN_SENTENCE.search(head) if ":" in head else None
    if mark is None or not head[: mark.start()].strip() or not is_sentence(f"{head[mark.end():].strip()}."):
        return None
    return mark.start(), mark.end()


def mostly_run_on(titles: list[str]) -> bool:
    """Most titles run on into a sentence (split_run_on): headings printed with their outcomes
    ("1. Valg af dirigent: Ole blev valgt."), no list of titles."""
    return sum(bool(split_run_on(title)[1]) for title in titles) * 2 > len(titles)


def split_short_run_on(title: str) -> tuple[str, str]:
    """'Eventuelt: Intet.' → ('Eventuelt', 'Intet.'): a short outcome after a colon or dash, ending
    in a full stop; for headings whose siblings run on into their outcomes (split_run_on), where so
    short a rest is no sentence to tell by itself. Other titles come back whole with an empty rest."""
    for pattern in (_COLON_THEN_SENTENCE, _DASH_THEN_SENTENCE):
        m = pattern.search(title)
        if m and title[: m.start()].strip() and title.rstrip().endswith(_SENTENCE_END):
            return title[: m.start()].strip(), title[m.end():].strip()
    return title, ""


def _split_label_run_on(title: str) -> tuple[str, str] | None:
    """'Godkendelse af dagsorden. Beslutning: Godkendt.' → ('Godkendelse af dagsorden', 'Beslutning: Godkendt.'):
    the item's section, label and all, printed on the heading's line after the title."""
    for m in _LABEL_RUN_ON.finditer(title):
        head = title[: m.start("label")].rstrip(" .–-")
        if head and heading_kind(m.group("label")):
            return head, title[m.start("label"):].strip()
    return None


def is_sentence(text: str) -> bool:
    """A question, or a few words with a finite verb ("På valg er …"), ending in a full stop unless
    it is long ("Det er besluttet at foreningen melder sig ud"); not a title's tail ("Ved kasserer Bo Holm.")."""
    words = text.split()
    if len(words) < MIN_RUN_ON_WORDS or (not text.rstrip().endswith(_SENTENCE_END) and len(words) < MIN_UNSTOPPED_SENTENCE_WORDS):
        return False
    return text.rstrip().endswith("?") or any(key(w) in SENTENCE_VERBS for w in words)
