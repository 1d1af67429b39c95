"""Walk the tokens of a text and read each number in it into an atom, skipping the pronoun "one".

Digit tokens are read by :mod:`discrep.text.number_digits`, runs of number words by
:mod:`discrep.text.number_words`; what the atoms mean in context is decided afterwards, by
:mod:`discrep.text.number_context`.
"""

from __future__ import annotations

from discrep.text.number_digits import read_literal
from discrep.text.number_tokens import Atom, Tok, TokenStream
from discrep.text.number_words import ORDINALS, STARTERS, WordNumber, parse_words, split_word

_PRONOUN_BEFORE = frozenset(
    {"no", "the", "every", "any", "each", "this", "that", "which", "little", "someone"}
)
_PRONOUN_AFTER = frozenset({"of", "another", "who", "whose", "which", "else", "by"})


def scan_atoms(text: str, toks: list[Tok]) -> list[Atom]:
    """Every number in the token stream, left to right, each read as far as it goes."""
    ts = TokenStream(text, toks)
    atoms: list[Atom] = []
    i = 0
    while i < ts.n:
        t = ts.toks[i]
        atom: Atom | None = None
        if t.kind == "lit":
            atom = read_literal(ts, i)
        elif t.kind == "word" and not _word_part(text, t.start):
            first = split_word(t.low)
            if first and (first[0] in STARTERS or first[0] in ("a", "an", "negative", "minus")):
                atom = _word_phrase(ts, i)
                if atom is not None and _pronoun_one(ts, atom):
                    atom = None
        if atom is None:
            i += 1
            continue
        atoms.append(atom)
        i = atom.t1 + 1
    return atoms


def _word_part(text: str, start: int) -> bool:
    """A word joined to a word before it that is no number: "sub-zero", "anti-one"; not the "four"
    of "three-nought-four"."""
    if start < 2 or text[start - 1] != "-" or not text[start - 2].isalpha():
        return False
    before = start - 2
    while before > 0 and text[before - 1].isalpha():
        before -= 1
    return text[before : start - 1].lower() not in STARTERS


def _word_phrase(ts: TokenStream, i: int) -> Atom | None:
    """The number written in words from token i: "twenty-one", "two thirds", "a few hundred"."""
    words, bound, ends = ts.gather(i)
    if not words:
        return None
    res = parse_words(words, bound)
    if res is None:
        return None
    t1 = ends[res.size - 1]
    atom = _from_words(ts, res, words, i, t1)
    if atom.form == "fraction" and words[0] in ("a", "an") and res.size == 2 and words[1] in ORDINALS:
        # "a third time": an ordinal, unless "of" follows ("a third of the city").
        nxt = ts.word(t1 + 1)
        if nxt and nxt not in ("of", "and", "or", "but"):
            return Atom(ts.toks[t1].start, ts.toks[t1].end, ORDINALS[words[1]][0], "ordinal", t1, t1)
    return atom


def _from_words(ts: TokenStream, res: WordNumber, words: list[str], t0: int, t1: int) -> Atom:
    start, end = ts.toks[t0].start, ts.toks[t1].end
    atom = Atom(start, end, res.value, res.form, t0, t1)
    if res.form == "vague":
        atom.low, atom.high = res.low, res.high
    atom.extra["words"] = words[: res.size]
    return atom


def _pronoun_one(ts: TokenStream, atom: Atom) -> bool:
    """A lone "one" that stands for a person or thing ("one of the", "no one", "one's"), not a count."""
    if atom.extra.get("words") != ["one"]:
        return False
    prev, nxt = ts.word(atom.t0 - 1), ts.word(atom.t1 + 1)
    if prev in _PRONOUN_BEFORE or nxt in _PRONOUN_AFTER:
        return True
    nt = ts.toks[atom.t1 + 1] if atom.t1 + 1 < ts.n else None
    return nt is not None and nt.text in ("'", "’") and ts.word(atom.t1 + 2) == "s"
