"""JSON-lines feeds: every record is an article named `feed.jsonl:record N`; bad records are skipped."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discrep.corpus import load
from discrep.corpus.jsonl import FieldsError, parse_fields, read_jsonl
from discrep.engine import check

TOLL = "The United Nations said on Friday that {n} civilians have been killed since the fighting began."


def line(**fields: object) -> str:
    return json.dumps(fields) + "\n"


def names(statuses) -> dict[str, tuple[str, str | None]]:
    return {s.path.rsplit("/", 1)[-1]: (s.status, s.reason) for s in statuses}


def test_each_record_is_an_article_named_by_its_line(tree) -> None:
    root = tree(
        {
            "feed.jsonl": line(text=TOLL.format(n=702), outlet="Gulf Daily", published="2023-05-12")
            + "\n"  # a blank line is allowed, and record numbers stay line numbers
            + line(
                text="Intro.\n\n" + TOLL.format(n=710),
                outlet="Coastal Courier",
                published="2023-05-12T09:30:00Z",
                title="Toll",
                url="https://courier.example/toll",
            )
        }
    )
    articles, _ = load([root])
    assert [a.path for a in articles] == ["feed.jsonl:record 1", "feed.jsonl:record 3"]
    second = articles[1]
    assert (second.outlet, str(second.published), second.title, second.url) == (
        "Coastal Courier",
        "2023-05-12",
        "Toll",
        "https://courier.example/toll",
    )
    report = check([root])
    by_path = {a.path: a.claims for a in report.articles}
    assert by_path == {"feed.jsonl:record 1": 1, "feed.jsonl:record 3": 1}
    toll = next(c for c in report.claims if c.value == 710)
    assert (toll.path, toll.line) == ("feed.jsonl:record 3", 3), "the line within the record's text"


def test_common_field_names_of_news_apis_are_read_without_a_mapping(tree) -> None:
    record = {
        "source": {"id": None, "name": "Wire One"},
        "title": "UN count rises",
        "publishedAt": "2023-05-10T08:00:00Z",
        "content": TOLL.format(n=676),
        "link": "https://wire.example/1",
    }
    articles, _ = load([tree({"news.jsonl": json.dumps(record) + "\n"})])
    [article] = articles
    assert (article.outlet, str(article.published), article.url) == (
        "Wire One",
        "2023-05-10",
        "https://wire.example/1",
    )
    assert article.text.startswith("The United Nations")


def test_a_manifest_maps_field_names_and_gives_defaults(tree) -> None:
    feed = line(story=TOLL.format(n=1), meta={"day": "2023-05-12"}) + line(
        story=TOLL.format(n=2), meta={"day": "2023-05-13"}, site="Own Outlet"
    )
    root = tree(
        {
            "yaml/feed.jsonl": feed,
            "yaml/manifest.yaml": (
                "feed.jsonl:\n  outlet: Wire One\n"
                "  fields: {text: story, published: meta.day, outlet: site}\n"
            ),
            "csv/feed.jsonl": feed,
            "csv/manifest.csv": (
                'file,outlet,fields\nfeed.jsonl,Wire One,"text=story,published=meta.day,outlet=site"\n'
            ),
        }
    )
    articles, _ = load([root])
    got = [(a.path, a.outlet, str(a.published)) for a in articles]
    assert got == [
        ("csv/feed.jsonl:record 1", "Wire One", "2023-05-12"),  # the manifest's outlet as a default
        ("csv/feed.jsonl:record 2", "Own Outlet", "2023-05-13"),  # the record's own field wins
        ("yaml/feed.jsonl:record 1", "Wire One", "2023-05-12"),
        ("yaml/feed.jsonl:record 2", "Own Outlet", "2023-05-13"),
    ]


def test_bad_records_are_skipped_with_the_reason_and_the_rest_are_read(tree) -> None:
    feed = (
        line(text=TOLL.format(n=1), outlet="A", published="2023-05-12")
        + '{"text": "unterminated\n'
        + "[1, 2, 3]\n"
        + line(body_text="no known name")
        + line(text="   ", outlet="B")
        + line(text=TOLL.format(n=2), outlet="C", published="yesterday")
        + line(text=42)
    )
    articles, statuses = load([tree({"feed.jsonl": feed})])
    assert names(statuses) == {
        "feed.jsonl:record 1": ("checked", None),
        "feed.jsonl:record 2": ("skipped", "not valid JSON: Unterminated string starting at (column 10)"),
        "feed.jsonl:record 3": ("skipped", "not a JSON object but list"),
        "feed.jsonl:record 4": ("skipped", "no text (looked for text or body or content or article)"),
        "feed.jsonl:record 5": ("skipped", "empty text"),
        "feed.jsonl:record 6": (
            "checked",
            "publication date 'yesterday' not understood; "
            "no publication date: relative dates left unresolved",
        ),
        "feed.jsonl:record 7": ("checked", "no publication date: relative dates left unresolved"),
    }
    assert [a.text for a in articles][-1] == "42"


@pytest.mark.parametrize(
    ("files", "reason"),
    [
        ({"feed.jsonl": b""}, "empty file"),
        ({"feed.jsonl": b"\n\n"}, "empty file"),
        ({"feed.jsonl": b'{"text": "caf\xe9"}\n'}, "not UTF-8 text (byte 0xe9 at offset 13)"),
        (
            {"feed.jsonl": line(text="x"), "manifest.yaml": "feed.jsonl:\n  fields: {body: text}\n"},
            "manifest entry: fields: unknown field 'body' "
            "(expected one of: text, outlet, published, title, url)",
        ),
    ],
)
def test_a_feed_that_cannot_be_read_is_one_skipped_file(tree, files, reason: str) -> None:
    articles, statuses = load([tree(files)])
    assert articles == []
    assert names(statuses)["feed.jsonl"] == ("skipped", reason)


def test_parse_fields() -> None:
    assert parse_fields("text=body, published=date") == {"text": "body", "published": "date"}
    assert parse_fields({"outlet": "source.name"}) == {"outlet": "source.name"}
    assert parse_fields(None) == {} and parse_fields("") == {}
    for bad in ("text", "text=", "words=body", 3):
        with pytest.raises(FieldsError):
            parse_fields(bad)


def test_read_jsonl_never_raises_on_arbitrary_lines() -> None:
    junk = b'\xef\xbb\xbf{"text": "ok"}\nnull\n"string"\n{}\n{"text": {"nested": 1}}\n{"text": true}\n'
    records, problem = read_jsonl(junk)
    assert problem is None
    assert [(r.number, r.text is not None) for r in records] == [
        (1, True),
        (2, False),
        (3, False),
        (4, False),
        (5, False),
        (6, False),
    ]


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    raw=st.one_of(
        st.binary(max_size=200),
        st.lists(
            st.sampled_from(
                [
                    '{"text": "',
                    "killed 40",
                    '"}',
                    "\n",
                    "[",
                    "null",
                    '"published": 3',
                    "{",
                    "}",
                    ",",
                    '"outlet": {"a": 1}',
                    "\ufeff",
                    "\x00",
                    "é",
                ]
            ),
            max_size=25,
        ).map(lambda parts: "".join(parts).encode("utf-8")),
    )
)
def test_any_bytes_as_a_feed_are_checked_or_skipped_with_a_reason(tmp_path, raw: bytes) -> None:
    (tmp_path / "feed.jsonl").write_bytes(raw)
    articles, statuses = load([tmp_path / "feed.jsonl"])
    assert statuses and all(s.status == "checked" or s.reason for s in statuses)
    assert len(articles) == sum(s.status == "checked" for s in statuses)
    check([tmp_path / "feed.jsonl"])
