"""discrep.corpus.load: which files become articles, what metadata they carry, why others are skipped."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from discrep.corpus import LoadError, load
from discrep.model import Article, FileStatus

DAY = dt.date(2022, 3, 2)
BODY = "The Defence Ministry said 498 Russian servicemen have been killed.\n"
DATED = f"---\noutlet: Xinhua\npublished: 2022-03-02\n---\n{BODY}"


def by_path(statuses: list[FileStatus]) -> dict[str, FileStatus]:
    assert len({s.path for s in statuses}) == len(statuses), "a file is listed twice"
    return {s.path: s for s in statuses}


def only_article(root: Path) -> tuple[Article, FileStatus]:
    articles, statuses = load([root])
    assert len(articles) == 1 and len(statuses) == 1
    return articles[0], statuses[0]


# --- walking -------------------------------------------------------------------------------------


def test_folder_is_walked_recursively_in_sorted_order(tree) -> None:
    names = ["z.md", "m/n/deep.txt", "m/b.markdown", "m/a.md", "a.txt"]  # written out of order
    root = tree({name: DATED for name in names})
    articles, statuses = load([root])
    expected = ["a.txt", "m/a.md", "m/b.markdown", "m/n/deep.txt", "z.md"]
    assert [a.path for a in articles] == expected
    assert [s.path for s in statuses] == expected
    assert all(s.status == "checked" for s in statuses)


def test_a_single_file_path_loads_only_that_file(tree) -> None:
    root = tree({"sub/one.md": DATED, "sub/two.md": DATED, "three.md": DATED})
    articles, statuses = load([root / "sub" / "one.md"])
    assert [a.path for a in articles] == ["one.md"]
    assert [(s.path, s.status) for s in statuses] == [("one.md", "checked")]


def test_files_from_two_folders_with_the_same_name_stay_distinct(tree) -> None:
    first = tree({"index.md": DATED}, root="outlet_a")
    second = tree({"index.md": DATED}, root="outlet_b")
    articles, statuses = load([first, second])
    assert len({a.path for a in articles}) == 2
    assert len({s.path for s in statuses}) == 2


@pytest.mark.parametrize("name", ["a.md", "a.markdown", "a.txt", "A.MD", "notes.TXT"])
def test_article_suffixes_are_read(tree, name: str) -> None:
    article, status = only_article(tree({name: DATED}))
    assert status == FileStatus(name, "checked", None, outlet="Xinhua", published=DAY)
    assert article.text == BODY


def test_missing_path_raises_load_error_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nope"
    with pytest.raises(LoadError, match="nope: no such file or folder"):
        load([missing])


def test_every_file_appears_exactly_once_in_statuses(tree) -> None:
    files: dict[str, str | bytes] = {
        "a.md": DATED,
        "b.txt": BODY,
        "manifest.csv": "file,outlet\nb.txt,Reuters\n",
        "scan.pdf": b"%PDF-1.4",
        "empty.md": "",
        ".hidden.md": DATED,
        ".drafts/c.md": DATED,
        "sub/d.markdown": DATED,
        "sub/e.docx": b"PK\x03\x04",
        "sub/deeper/f.txt": "caf\xe9".encode("latin-1"),
    }
    root = tree(files)
    articles, statuses = load([root])
    # every file once, but a hidden folder once as itself: its files are not walked
    expected = sorted([name for name in files if not name.startswith(".drafts/")] + [".drafts/"])
    assert sorted(by_path(statuses)) == expected
    checked = {s.path for s in statuses if s.status == "checked"}
    assert checked == {"a.md", "b.txt", "sub/d.markdown", "sub/deeper/f.txt"}  # latin-1 is decoded
    assert {a.path for a in articles} == checked


# --- front matter --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "published",
    ["published: 2022-03-02", "published: '2022-03-02'", 'published: "2022-03-02"',
     "published: 2022-03-02T10:30:00Z", "published: '2022-03-02T10:30:00+02:00'", "date: 2022-03-02",
     "date: '2022-03-02'"],
)  # fmt: skip
def test_front_matter_publication_date_forms(tree, published: str) -> None:
    article, status = only_article(tree({"a.md": f"---\n{published}\n---\n{BODY}"}))
    assert article.published == DAY
    assert status.published == DAY
    assert status.reason is None


def test_front_matter_fields_become_article_metadata(tree) -> None:
    text = (
        "---\n"
        'title: "Talks awaited: a new round"\n'
        "outlet: Xinhua\n"
        "published: 2022-03-03\n"
        "url: https://example.org/story\n"
        "---\n"
        f"{BODY}"
    )
    article, status = only_article(tree({"x.md": text}))
    assert article == Article(
        path="x.md",
        text=BODY,
        outlet="Xinhua",
        published=dt.date(2022, 3, 3),
        title="Talks awaited: a new round",
        url="https://example.org/story",
        first_line=7,
    )
    assert (status.status, status.outlet, status.published) == ("checked", "Xinhua", dt.date(2022, 3, 3))


@pytest.mark.parametrize(
    ("text", "first_line"),
    [
        (f"{BODY}second line\n", 1),
        (f"---\noutlet: A\n---\n{BODY}", 4),
        (f"---\noutlet: A\npublished: 2022-03-02\ntitle: T\n---\n{BODY}", 6),
        (f"---\r\noutlet: A\r\npublished: 2022-03-02\r\n---\r\n{BODY}", 5),
        (f"\ufeff---\noutlet: A\n---\n{BODY}", 4),  # a byte-order mark does not hide front matter
        (f"---\noutlet: A\n---\n\n\n{BODY}", 4),  # blank lines stay in the body, so lines still count
    ],
)
def test_first_line_is_the_file_line_of_the_body(tree, text: str, first_line: int) -> None:
    root = tree({"a.md": text})
    article, _ = only_article(root)
    assert article.first_line == first_line
    file_lines = (root / "a.md").read_text(encoding="utf-8-sig").splitlines()
    body_lines = article.text.splitlines()
    assert file_lines[first_line - 1 : first_line - 1 + len(body_lines)] == body_lines
    assert "outlet:" not in article.text


def test_without_front_matter_the_article_is_checked_but_says_it_has_no_date(tree) -> None:
    article, status = only_article(tree({"bare.txt": BODY}))
    assert article.text == BODY and article.published is None and article.outlet is None
    assert status.status == "checked"
    assert status.reason is not None and "no publication date" in status.reason


def test_an_unparseable_published_string_counts_as_no_date(tree) -> None:
    article, status = only_article(tree({"a.md": f"---\noutlet: A\npublished: last Tuesday\n---\n{BODY}"}))
    assert article.published is None and article.outlet == "A"
    assert status.reason is not None and "no publication date" in status.reason


@pytest.mark.parametrize(
    ("front_matter", "problem"),
    [
        ('outlet: A\npublished: 2022-03-02\ntitle: "a: b" c', "front matter is not valid YAML at line 4"),
        ("- outlet\n- published", "front matter is not a mapping"),
    ],
)
def test_invalid_front_matter_is_checked_with_a_reason_naming_the_problem(
    tree, front_matter: str, problem: str
) -> None:
    article, status = only_article(tree({"a.md": f"---\n{front_matter}\n---\n{BODY}"}))
    assert status.status == "checked"
    assert status.reason is not None and problem in status.reason
    assert "no publication date" in status.reason
    assert article.text == BODY, "the broken front matter is still cut from the body"


@pytest.mark.parametrize(
    "title",
    ["Peru earthquake: what we know", "Live: quake toll rises", "Q&A: why the talks stalled: explained"],
)
def test_a_title_with_a_colon_unquoted_keeps_the_metadata(tree, title: str) -> None:
    # strict YAML refuses "title: Peru earthquake: what we know"; its writer meant the obvious
    front_matter = f"outlet: Pacific Post\npublished: 2025-03-12\ntitle: {title}"
    article, status = only_article(tree({"a.md": f"---\n{front_matter}\n---\n{BODY}"}))
    assert (article.outlet, article.published, article.title) == ("Pacific Post", dt.date(2025, 3, 12), title)
    assert status.reason is not None and "read as `key: value` lines" in status.reason
    assert "no publication date" not in status.reason
    assert article.text == BODY


def test_other_broken_front_matter_is_not_guessed_at(tree) -> None:
    # an alias, a tag, a stray quote: no line-by-line reading, which would take garbage for names
    for front_matter in (
        "outlet: *b\npublished: 2022-03-02",
        'outlet: A\npublished: 2022-03-02\ntitle: "a" b',
    ):
        article, status = only_article(tree({"a.md": f"---\n{front_matter}\n---\n{BODY}"}))
        assert article.published is None and article.outlet is None
        assert status.reason is not None and "no publication date" in status.reason


def test_an_impossible_front_matter_date_is_a_reason_not_a_crash(tree) -> None:
    article, status = only_article(tree({"a.md": f"---\noutlet: A\npublished: 2022-02-30\n---\n{BODY}"}))
    assert status.status == "checked" and article.published is None
    assert status.reason is not None and "front matter" in status.reason


# --- skipped files -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("report.pdf", b"%PDF-1.4\n", "not an article: .pdf"),
        ("notes.docx", b"PK\x03\x04", "not an article: .docx"),
        ("slides.pptx", b"PK\x03\x04", "not an article: .pptx"),
        ("README", BODY, "not an article: no suffix"),
        ("empty.md", "", "empty file"),
        ("blank.txt", "  \n\n\t\n", "empty file"),
        ("nul.txt", b"498 killed\x00\x01\x02", "binary file"),
        (".hidden.md", DATED, "hidden file"),
        (".drafts/a.md", DATED, "hidden folder: not read"),
        ("sub/.cache/deep/a.md", DATED, "hidden folder: not read"),
    ],
)
def test_skipped_files_say_why(tree, name: str, content: str | bytes, reason: str) -> None:
    root = tree({name: content, "kept.md": DATED})
    articles, statuses = load([root])
    assert [a.path for a in articles] == ["kept.md"]
    hidden_folder = next((p for p in Path(name).parents if p.name.startswith(".")), None)
    # a hidden folder is listed once, as the folder, and its files are not walked
    status = by_path(statuses)[f"{hidden_folder.as_posix()}/" if hidden_folder else name]
    assert status.status == "skipped"
    assert status.reason is not None and status.reason.startswith(reason)
