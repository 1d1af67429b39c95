"""Saved web pages as articles (tests/fixtures/html, pages written for these tests), and a corpus of
every input format against a Markdown corpus with the same facts (tests/fixtures/mixed)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discrep.corpus import load
from discrep.corpus.html import extract_html
from discrep.engine import check
from discrep.model import Report

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PAGES = FIXTURES / "html"


def test_main_text_title_site_and_date_come_from_the_page() -> None:
    text, meta, problem = extract_html((PAGES / "lakeside-gazette.html").read_bytes())
    assert problem is None and text is not None
    assert meta == {
        "title": "Aid convoy waits at the border as toll rises",
        "outlet": "Lakeside Gazette",
        "published": "2023-05-09",  # datePublished, not the later dateModified
    }
    assert "640 civilians have been killed" in text
    # menus, cookie banner, reader comments, footer and scripts are not the article
    for boilerplate in ("Accept all", "Business", "Reader99", "3,000", "newsletter", "analytics"):
        assert boilerplate not in text
    lines = text.splitlines()
    assert lines[0] == "Aid convoy waits at the border as toll rises"
    assert "" not in lines, "one block per line, no blank lines"


def test_a_page_in_windows_1252_is_decoded_by_its_declared_charset() -> None:
    raw = (PAGES / "meridian-daily.htm").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        raw.decode("utf-8")
    text, meta, _ = extract_html(raw)
    assert text is not None
    assert "“no venue has been agreed yet”" in text and "café owners" in text
    assert meta["outlet"] == "Meridian Daily" and meta["published"] == "2023-05-10"
    assert "shares up 12 per cent" not in text  # the related-stories box


def test_claims_point_to_the_page_and_a_line_of_its_extracted_text() -> None:
    articles, _ = load([PAGES])
    by_path = {a.path.rsplit("/", 1)[-1]: a for a in articles}
    assert set(by_path) == {"lakeside-gazette.html", "meridian-daily.htm", "undated-notice.html"}
    report = check([PAGES / "lakeside-gazette.html"])
    toll = next(c for c in report.claims if c.metric == "killed")
    assert toll.path.endswith("lakeside-gazette.html") and toll.value == 640
    assert toll.outlet == "Lakeside Gazette" and str(toll.as_of) == "2023-05-09"
    article = by_path["lakeside-gazette.html"]
    assert "640 civilians" in article.text.splitlines()[toll.line - 1]
    venue = next(c for c in report.claims if c.kind == "venue")
    assert venue.value == "jeddah" and "Jeddah" in article.text.splitlines()[venue.line - 1]


def test_a_page_without_a_date_is_checked_and_says_so() -> None:
    _, statuses = load([PAGES / "undated-notice.html"])
    [status] = statuses
    assert status.status == "checked" and status.published is None
    assert status.reason == "no publication date: relative dates left unresolved"


def test_the_manifest_wins_over_what_is_read_from_the_page(tree) -> None:
    root = tree(
        {
            "page.html": (PAGES / "lakeside-gazette.html").read_text(encoding="utf-8"),
            "manifest.yaml": "page.html:\n  outlet: The Gazette (print edition)\n  published: 2023-05-10\n",
        }
    )
    articles, _ = load([root])
    [article] = articles
    assert article.outlet == "The Gazette (print edition)" and str(article.published) == "2023-05-10"
    assert article.title == "Aid convoy waits at the border as toll rises"  # not in the manifest


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b"<html>\x00\x01\x02</html>", "binary file"),
        (
            b"<html><head><title>x</title></head><body><script>let a = 1;</script></body></html>",
            "HTML page with no main text",
        ),
    ],
)
def test_a_page_that_cannot_be_read_is_skipped_with_the_reason(tree, content: bytes, reason: str) -> None:
    root = tree({"page.html": content, "b.md": "---\noutlet: B\n---\nText.\n"})
    articles, statuses = load([root])
    assert [a.path.rsplit("/", 1)[-1] for a in articles] == ["b.md"]
    page = next(s for s in statuses if s.path.endswith("page.html"))
    assert (page.status, page.reason) == ("skipped", reason)


# --- every input format, same facts --------------------------------------------------------------


def signature(report: Report) -> Counter[tuple[object, ...]]:
    """Findings compared by content: kind, severity, scope and the figures behind them.

    Ids and messages name files and lines, which differ between the two corpora by design.
    """
    claims = {c.id: c for c in report.claims}
    found: Counter[tuple[object, ...]] = Counter()
    for f in report.findings:
        figures = tuple(
            sorted(
                (str(c.value), str(c.as_of), c.claimant or "", c.outlet or "", c.modality, c.negated)
                for c in (claims[i] for i in f.claims)
            )
        )
        found[(f.rule, f.kind, f.severity, f.metric, f.subject, f.event, figures)] += 1
    return found


def test_a_mixed_corpus_yields_the_findings_of_its_markdown_twin() -> None:
    markdown = check([FIXTURES / "mixed" / "markdown"])
    mixed = check([FIXTURES / "mixed" / "formats"])
    suffixes = {Path(a.path.split(":record ")[0]).suffix for a in mixed.articles if a.status == "checked"}
    assert suffixes == {".md", ".txt", ".html", ".jsonl"}
    assert len(markdown.findings) == 5
    assert {f.kind for f in markdown.findings} == {
        "contradiction",
        "venue_conflict",
        "date_conflict",
        "evolving_tally",
        "agreement",
    }
    assert signature(mixed) == signature(markdown)
    assert len(mixed.claims) == len(markdown.claims)
    # and the page's related-stories box ("1,200 passengers feared missing") is not a claim
    assert not any(c.value == 1200 for c in mixed.claims)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    raw=st.one_of(
        st.binary(max_size=300),
        st.lists(
            st.sampled_from(
                [
                    "<html>",
                    "<p>",
                    "</p>",
                    "<meta charset='koi8-r'>",
                    "<time datetime='x'>",
                    "\x00",
                    "killed 40 people",
                    "<script>",
                    "&amp;",
                    "<article>",
                    "é",
                    "\ufeff",
                ]
            ),
            max_size=30,
        ).map(lambda parts: "".join(parts).encode("utf-8")),
    )
)
def test_any_bytes_as_a_page_are_checked_or_skipped_with_a_reason(tmp_path: Path, raw: bytes) -> None:
    (tmp_path / "page.html").write_bytes(raw)
    articles, statuses = load([tmp_path / "page.html"])
    [status] = statuses
    assert status.status == "checked" or status.reason
    assert len(articles) == (status.status == "checked")
    check([tmp_path / "page.html"])  # and the pipeline takes whatever was extracted
