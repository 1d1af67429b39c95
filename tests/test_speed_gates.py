"""The cheap gates in front of costly regexes never turn away a text the regex would match.

Each gate is compared with the ungated path on every sentence of the test corpora and on generated
sentences, whole and in ranges, including spelling variants, non-ASCII letters and odd case folds.
"""

from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from discrep.extract.article import compile_rules
from discrep.extract.lexicon import Lexicon
from discrep.ruleset import load_rules
from tests.corpus_sentences import corpus_sentences

ROOT = Path(__file__).resolve().parent.parent


def _sentences() -> list[str]:
    texts = list(corpus_sentences())
    rng = random.Random(11)
    vocabulary = (
        "the Russian Defence defense ministry armoured ARMORED vehicles tanks killed 300 in Türkiye TÜRKIYE "
        "Turkey Lwów Kyiv talks negotiators NEGOTIATOURS round hospitalised hospitalized Igor Igour "
        "Konashenkov said İstanbul ſaid K-72 U.N. people's Minsk Belarus-Poland border Moscow's"
    )
    words = vocabulary.split(" ")
    for _ in range(3000):
        picked = [rng.choice(words) for _ in range(rng.randint(1, 14))]
        texts.append(" ".join(w.upper() if rng.random() < 0.1 else w for w in picked))
    return texts


SENTENCES = _sentences()


def _lexicons() -> list[Lexicon]:
    vocab = compile_rules(load_rules())
    return [
        vocab.tallies._metrics,
        vocab.tallies._subjects,
        vocab.attributor._claimants,
        vocab.events._places,
        vocab.events._talks,
        vocab.events._meeting_words,
        vocab.events._kinds,
    ]


def _ungated(lexicon: Lexicon) -> Lexicon:
    copy = Lexicon({})
    copy.__dict__.update(lexicon.__dict__)
    copy._gate = None
    return copy


@pytest.mark.parametrize("index", range(7))
def test_a_lexicon_gate_never_hides_a_match(index: int) -> None:
    lexicon = _lexicons()[index]
    plain = _ungated(lexicon)
    rng = random.Random(index)
    for text in SENTENCES:
        assert lexicon.find(text) == plain.find(text), text
        for _ in range(3):
            start = rng.randint(0, len(text))
            end = rng.randint(start, len(text))
            assert lexicon.find(text, start, end) == plain.find(text, start, end), (text, start, end)
        # ranges that end where a word starts, or just after it
        for word in re.finditer(r"\w+", text):
            start = rng.randint(0, word.start())
            for end in (word.start(), word.start() + 1, word.end()):
                assert lexicon.find(text, start, end) == plain.find(text, start, end), (text, start, end)
    # a range that ends inside a word may end an alias there ("the talks|how"): it must be scanned
    cut = 0
    for alias in sorted(lexicon.aliases)[::7]:
        text = f"the {alias}how said"
        end = 4 + len(alias)
        assert lexicon.find(text, 0, end) == plain.find(text, 0, end), (text, end)
        cut += bool(plain.find(text, 0, end))
    assert cut > 0


@pytest.mark.parametrize(
    "text",
    [
        "The grain deal will be signed in Istanbul on Friday.",
        "It WILL BE SIGNED IN Istanbul.",
        "The accord was signed in Ankara, and will be signed in Kyiv.",
        "He will be there; the deal is signed.",
        "signed in",
    ],
)
def test_an_alias_opening_with_a_common_word_is_gated_by_a_later_one(text: str) -> None:
    # "will be signed in" lets a text through by "signed", not by "will": gated finds are the plain ones
    kinds = compile_rules(load_rules()).events._kinds
    plain = _ungated(kinds)
    assert kinds.find(text) == plain.find(text)
    for start in range(0, len(text), 3):
        for end in range(start, len(text) + 1, 2):
            assert kinds.find(text, start, end) == plain.find(text, start, end), (start, end)


def test_a_common_first_word_alone_does_not_open_the_gate() -> None:
    kinds = compile_rules(load_rules()).events._kinds
    assert kinds.find("They will be there, and it was said to be so.") == []
    assert "will" not in kinds._gate.exact and "signed" in kinds._gate.exact  # type: ignore[union-attr]


def test_lowering_keeps_word_characters_apart() -> None:
    """What the lexicon gate relies on: the words of text.lower() are the lowered words of text (İ aside)."""
    word = re.compile(r"\w")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if code == 0x130:
            continue
        lowered = char.lower()
        if word.fullmatch(char):
            assert len(lowered) == 1 and word.fullmatch(lowered), hex(code)
        else:
            assert not any(word.fullmatch(c) for c in lowered), hex(code)


def _date_texts() -> list[str]:
    from discrep.text import date_relative

    texts = list(SENTENCES)
    rng = random.Random(3)
    joined = (
        "late September|mid-October|early March 2022|"
        "on Monday|the 21st of May|Christmas Day|St. Patrick's Day|x-mas|thanks giving|Thanksgiving|"
        "the Ides of March|Valentine's|4th of July|Eid al-Fitr|in 2022|3/4/2022|2019/aug/01|31-Oct-74|"
        "next Friday|two days ago|the third day of the invasion|last night|Lunar New Year's Eve|"
        "Rosh Hashanah|Yom Ha'atzmaut|MLK Jr. Day|easter sunday|the first Monday of next month|"
        "September-2020-23|20220303|2022-03-03|on 4/22|may|the|said|talks|of|in|a|week|ſaid|İstanbul|"
        "in 3 business days|4 weeks later|two Weeks ago|day 7 of the war|on day two of talks|"
        "DAY 3 of the siege|days5 ago|3 yearsé ago|a fortnight later|12 - 5|3 /4|on 4 . 22|today|Monday|"
        "yesterday|1 month and 2 days ago|2022 3 4|2022.03.04|12.3.2022|4-5,22|1999/1/2|"
        "THE DAY AFTER|the  following\tday|at this time|tmrw|otd|this-day|the day after-tomorrow|Tonite"
    )
    pieces = joined.split("|")
    for _ in range(3000):
        texts.append(" ".join(rng.choice(pieces) for _ in range(rng.randint(1, 6))))
    texts += [k.replace(r"\s+", " ").replace("?", "") for k in date_relative.HOLIDAY_KEYS]
    return texts


def test_date_gates_never_hide_a_date(monkeypatch: pytest.MonkeyPatch) -> None:
    import datetime as dt

    from discrep.text import dates

    reference = dt.date(2022, 3, 2)
    texts = _date_texts()
    gated = [dates.resolve_dates(t, reference, day_one=dt.date(2022, 2, 24)) for t in texts]
    monkeypatch.setattr(dates, "_GATES", [0 for _ in dates._GATES])
    monkeypatch.setattr(dates, "NEEDS", {})
    monkeypatch.setattr(dates._HOLIDAY_GATE, "always", True)
    plain = [dates.resolve_dates(t, reference, day_one=dt.date(2022, 2, 24)) for t in texts]
    assert gated == plain
    assert sum(bool(found) for found in plain) > 1000


def _gate_answers(text: str) -> list[bool]:
    from discrep.text import dates

    lowered = text.lower()
    found = dates._found(lowered, frozenset(re.findall(r"\w+", lowered)))
    return [bool(found >> i & 1) for i in range(len(dates._GATE_SEARCHES))]


def test_gate_searches_answered_word_by_word_are_answered_as_in_the_whole_text() -> None:
    from discrep.text import dates

    for text in [*_date_texts(), "x\u0663y 1st_2nd", "ⅰⅱ twenty\u00a0first", "on-the/day."]:
        lowered = text.lower()
        expected = [search.search(lowered) is not None for search in dates._GATE_SEARCHES]
        assert _gate_answers(text) == expected, text


@given(st.text(alphabet=st.sampled_from("aenoqdty1290 -./_\u0663\u00a0\u00e9\u2160"), max_size=40))
def test_gate_searches_word_by_word_on_generated_text(text: str) -> None:
    from discrep.text import dates

    lowered = text.lower()
    expected = [search.search(lowered) is not None for search in dates._GATE_SEARCHES]
    assert _gate_answers(text) == expected


def test_a_pattern_matches_only_text_holding_the_word_and_the_string_it_needs() -> None:
    from discrep.text import dates
    from discrep.text.date_rules import NEEDS, PATTERNS, WORDS

    # _loose's NEEDS is what its handler wants, not what its regex needs: the gated == plain test covers it
    regex_needs = {"_numeric_md_only", "_numeric_mdy", "_iso"}
    declared = [(r, h) for r, h in PATTERNS if h in WORDS or h.__name__ in regex_needs]
    assert len(declared) == 8
    matched = 0
    for text in _date_texts():
        if dates._ODD_FOLDS.search(text):
            continue
        words = re.findall(r"\w+", text.lower())
        for regex, handler in declared:
            if not regex.search(text):
                continue
            matched += 1
            if handler in WORDS:
                assert any(re.fullmatch(WORDS[handler], w) for w in words), (handler.__name__, text)
            if handler.__name__ in regex_needs:
                assert NEEDS[handler].search(text), (handler.__name__, text)
    assert matched > 300


def test_every_relative_phrase_holds_a_word_its_gate_asks_for() -> None:
    from discrep.text.date_relative import _COMMON, _RELATIVE_WORDS

    for phrase in _RELATIVE_WORDS:
        assert set(phrase.split()) - _COMMON, phrase


def test_the_holiday_gate_lets_every_holiday_name_through() -> None:
    from discrep.text import dates
    from discrep.text.date_relative import HOLIDAY_NAME

    for text in _date_texts():
        if HOLIDAY_NAME.search(text) and not dates._ODD_FOLDS.search(text):
            words = frozenset(re.findall(r"\w+", text.lower()))
            assert dates._HOLIDAY_GATE.may_name_holiday(words), text


_CASELESS = [
    "attribution.REPORTING_VERBS",
    "attribution._ACCORDING",
    "event_venues._THEATRE_ANYWHERE",
    "timing._SAME_DAY",
]
_CASELESS_ODD = [
    "Offensive IN Kyiv",
    "ſaid İn K",
    "the WAR\u00a0of attrition",
    "He SAID so",
    "Later THAT day",
    "later that DAY",
    "later that days",
    "that same-day",
    "the same day's toll",
    "ACCORDING\tTO police",
    "according to",
    "according to ",
    "according-to x",
    "accordingto x",
    "According To İstanbul",
]


@pytest.mark.parametrize("name", _CASELESS)
def test_a_caseless_search_finds_what_ignorecase_finds(name: str) -> None:
    import importlib

    module, attribute = name.split(".")
    caseless = getattr(importlib.import_module(f"discrep.extract.{module}"), attribute)
    texts = [*SENTENCES, *_CASELESS_ODD, "on the same\nday"]
    for text in texts:
        expected = [m.span() for m in caseless.ignoring_case.finditer(text)]
        assert [m.span() for m in caseless.finditer(text)] == expected, text
        first = caseless.ignoring_case.search(text)
        found = caseless.search(text)
        assert (found.span() if found else None) == (first.span() if first else None), text


@pytest.mark.parametrize("name", _CASELESS)
@given(
    st.lists(
        st.sampled_from(
            [
                "day",
                "DAY",
                "days",
                "same",
                "the",
                "that",
                "later",
                "according",
                "to",
                "ACCORDING",
                "said",
                "war",
                "in",
                "ſaid",
                "x",
            ]
        ),
        max_size=8,
    ),
    st.lists(st.sampled_from([" ", "  ", "\n", "-", "'", "\u00a0"]), min_size=8, max_size=8),
)
def test_a_caseless_search_finds_what_ignorecase_finds_in_generated_text(
    name: str, words: list[str], gaps: list[str]
) -> None:
    import importlib

    module, attribute = name.split(".")
    caseless = getattr(importlib.import_module(f"discrep.extract.{module}"), attribute)
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    expected = [m.span() for m in caseless.ignoring_case.finditer(text)]
    assert [m.span() for m in caseless.finditer(text)] == expected
    first = caseless.ignoring_case.search(text)
    found = caseless.search(text)
    assert (found.span() if found else None) == (first.span() if first else None)


def _plain_unknown_source() -> re.Pattern[str]:
    """_UNKNOWN_SOURCE as first written: its institutions in one flat alternation."""
    from discrep.extract import attribution as at

    generic = r"(?:[\w'’-]+\s+){0,3}?(?:" + at._INSTITUTIONS + r")"
    plain = at._UNKNOWN_SOURCE.pattern.replace(
        r"(?:[\w'’-]+\s+){0,3}?(?:" + at._INSTITUTION_WORDS + r")", generic
    )
    assert plain != at._UNKNOWN_SOURCE.pattern and at._INSTITUTIONS in plain
    return re.compile(plain)


_SOURCE_TEXTS = [
    "x said officials said",
    "the subcommittee said",
    "Police on Monday said, and the ministry reported 4 more",
    "Officials said. Nothing else said",
    "the ministry saidx and the army said-",
    "the ministry said",
    "said",
    " said",
    "He said that the health ministry and the army on Monday night had said it",
]


def test_unknown_sources_finds_what_the_plain_regex_finds_from_anywhere() -> None:
    from discrep.extract import attribution as at

    plain = _plain_unknown_source()
    rng = random.Random(5)
    found = 0
    for text in [*SENTENCES, *_SOURCE_TEXTS]:
        positions = {0, *(rng.randint(0, len(text)) for _ in range(2))}
        for pos in positions:
            expected = [(m.span(), m.groups()) for m in plain.finditer(text, pos)]
            assert [(m.span(), m.groups()) for m in at._unknown_sources(text, pos)] == expected, (text, pos)
            found += bool(expected)
    assert found > 300


@given(
    st.lists(
        st.sampled_from(
            [
                "said",
                "Police",
                "police",
                "the",
                "health",
                "ministry",
                "and",
                "on",
                "Monday",
                "had",
                "officials",
                "subgroups",
                "x",
                "Reported",
                "put",
                "Oktay's",
                "U.N.",
            ]
        ),
        max_size=12,
    ),
    st.lists(st.sampled_from([" ", "  ", "\n", "-", ", ", "."]), min_size=12, max_size=12),
    st.integers(0, 40),
)
def test_unknown_sources_on_generated_text(words: list[str], gaps: list[str], pos: int) -> None:
    from discrep.extract import attribution as at

    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    pos = min(pos, len(text))
    expected = [(m.span(), m.groups()) for m in _plain_unknown_source().finditer(text, pos)]
    assert [(m.span(), m.groups()) for m in at._unknown_sources(text, pos)] == expected


class _Open:
    """A gate that lets every text through."""

    def may_match(self, text: str) -> bool:
        return True


def test_the_event_gate_never_turns_away_an_event_sentence() -> None:
    import copy

    finder = compile_rules(load_rules()).events
    plain = copy.copy(finder)
    plain._any_event = _Open()  # type: ignore[assignment]
    texts = [*SENTENCES, "Summit TALKS", "the NEGOTIATORS met", "a conferense", "ſummit talks"]
    answers = [finder.is_event_sentence(text) for text in texts]
    assert answers == [plain.is_event_sentence(text) for text in texts]
    assert 100 < sum(answers) < len(texts) - 1000
    for text in texts:
        if any(lexicon.find(text) for lexicon in (finder._talks, finder._meeting, finder._kinds)):
            assert finder._any_event.may_match(text), text


def test_the_spellings_of_a_first_word_are_every_string_its_pattern_matches() -> None:
    from discrep.extract.lexicon import _spellings, alias_pattern

    patterns = {
        alias_pattern(re.split(r"[\s\-]+", alias.strip())[0].lower(), bounded=False)
        for lexicon in _lexicons()
        for alias in lexicon.aliases
    }
    patterns |= {"ou?r(?:re|er)x", "conferen[cs]e", "(a|b)c?", "türkiye", "u\\.n\\."}
    spelled = 0
    for pattern in sorted(patterns):
        spellings = _spellings(pattern)
        assert spellings is not None, pattern
        spelled += len(spellings) > 1
        near = set(spellings)
        for spelling in spellings:  # every string one letter away from a spelling
            for i in range(len(spelling) + 1):
                for letter in "aeiourcszü.":
                    near |= {spelling[:i] + letter + spelling[i:], spelling[:i] + letter + spelling[i + 1 :]}
                near.add(spelling[:i] + spelling[i + 1 :])
        for candidate in near:
            assert bool(re.fullmatch(pattern, candidate)) == (candidate in spellings), (pattern, candidate)
    assert spelled >= 8
    assert _spellings("a*") is None and _spellings("[a-z]x") is None and _spellings("x{2}") is None


def test_the_grouped_theatre_words_find_what_the_plain_alternation_finds() -> None:
    from discrep.extract import event_venues as events

    plain = re.compile(r"(?:" + events._THEATRE_WORDS + r")\s+(?:in|of|into|on|against)\s")
    assert plain.pattern != events._THEATRE_ANYWHERE.lowered.pattern
    odd = ["the war in Ukraine", "prewar  of x", "attack on the city", "strikes\tagainst ", "combatants in x"]
    for word in events._THEATRE_WORDS.replace("?", "").split("|"):
        for joint in ("in", "of", "into", "on", "against", "onto"):
            odd += [
                f"the {word} {joint} Kyiv",
                f"{word[:-1]} {joint} x",
                f"{word}s {joint}\t",
                f"x{word}  {joint} ",
            ]
    hits = 0
    for text in [*SENTENCES, *odd]:
        lowered = text.lower()
        expected = [m.span() for m in plain.finditer(lowered)]
        assert [m.span() for m in events._THEATRE_ANYWHERE.lowered.finditer(lowered)] == expected, text
        hits += bool(expected)
    assert hits > 100


def _may_count_unshared(sentence: str) -> bool:
    """may_count as it was before it read the words of words_of: the sentence lowered and cut here."""
    from discrep.text.number_tokens import VULGAR
    from discrep.text.number_words import VOCAB

    words = VOCAB - {"a", "an", "and", "of", "point", "negative", "minus"}
    if re.search(r"[\d" + VULGAR + "\u0130]", sentence):
        return True
    tens = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
    return any(w in words or w.startswith(tens) for w in re.findall(r"[^\W\d_]+", sentence.lower()))


_NUMBERISH_TEXT = (
    "five FIVE Twenty-one twentyone thirtieth dozens Dozen hundreds a an and of point minus half "
    "quarter ½ ² ٣ 3 1_000 five_people Five_ _five people killed İki ſeven ıki Kelvin K ninety9 "
    "lakh crore million th zero nil none several"
)
_NUMBERISH = _NUMBERISH_TEXT.split(" ")


def test_the_number_prefilter_reads_the_shared_words_as_it_read_its_own() -> None:
    from discrep.extract.tally_gate import may_count

    rng = random.Random(5)
    texts = list(SENTENCES)
    for _ in range(3000):
        texts.append(" ".join(rng.choice(_NUMBERISH + SENTENCES[:50]) for _ in range(rng.randint(1, 6))))
    answers = [may_count(text) for text in texts]
    assert answers == [_may_count_unshared(text) for text in texts]
    assert 500 < sum(answers) < len(texts) - 500


@given(
    st.lists(
        st.one_of(
            st.sampled_from(_NUMBERISH),
            st.text(
                alphabet=st.sampled_from("aefinortvwy_ \u0130\u0131\u017f\u212a\u00bd\u00b2-.,"), max_size=8
            ),
        ),
        max_size=8,
    ).map(" ".join)
)
def test_the_number_prefilter_on_generated_text(text: str) -> None:
    from discrep.extract.tally_gate import may_count

    assert may_count(text) == _may_count_unshared(text)
