"""Manifests (manifest.csv, manifest.yaml/.yml): metadata for bare articles, precedence, bad manifests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from discrep.corpus import load
from discrep.model import Article, FileStatus

BODY = "The Defence Ministry said 498 Russian servicemen have been killed.\n"
CSV = (
    "file,outlet,published,title,url\n"
    "000_xinhua.txt,Xinhua,2022-03-03,New round of talks awaited,https://example.org/x\n"
    "001_newstrack.txt,NewsTrack,2022-03-02,,\n"
)
YAML = (
    "000_xinhua.txt:\n"
    "  outlet: Xinhua\n"
    "  published: 2022-03-03\n"
    "  title: New round of talks awaited\n"
    "  url: https://example.org/x\n"
    "001_newstrack.txt:\n"
    "  outlet: NewsTrack\n"
    "  date: '2022-03-02'\n"
)
BARE = {"000_xinhua.txt": BODY, "001_newstrack.txt": BODY}


def loaded(root: Path) -> tuple[dict[str, Article], dict[str, FileStatus]]:
    articles, statuses = load([root])
    return {a.path: a for a in articles}, {s.path: s for s in statuses}


def meta(article: Article) -> tuple[str | None, dt.date | None, str | None, str | None]:
    return article.outlet, article.published, article.title, article.url


@pytest.mark.parametrize(
    ("name", "content"), [("manifest.csv", CSV), ("manifest.yaml", YAML), ("manifest.yml", YAML)]
)
def test_manifest_gives_bare_txt_files_their_metadata(tree, name: str, content: str) -> None:
    articles, statuses = loaded(tree({name: content, **BARE}))
    assert meta(articles["000_xinhua.txt"]) == (
        "Xinhua",
        dt.date(2022, 3, 3),
        "New round of talks awaited",
        "https://example.org/x",
    )
    assert meta(articles["001_newstrack.txt"]) == ("NewsTrack", dt.date(2022, 3, 2), None, None)
    assert statuses["001_newstrack.txt"] == FileStatus(
        "001_newstrack.txt", "checked", None, outlet="NewsTrack", published=dt.date(2022, 3, 2)
    )


@pytest.mark.parametrize(("name", "content"), [("manifest.csv", CSV), ("manifest.yaml", YAML)])
def test_the_manifest_itself_is_listed_as_skipped_with_a_count(tree, name: str, content: str) -> None:
    _, statuses = loaded(tree({name: content, **BARE}))
    assert statuses[name] == FileStatus(name, "skipped", "manifest: metadata for 2 files")


def test_a_file_the_manifest_does_not_list_has_no_metadata(tree) -> None:
    articles, statuses = loaded(tree({"manifest.csv": CSV, **BARE, "other.txt": BODY}))
    assert meta(articles["other.txt"]) == (None, None, None, None)
    assert "no publication date" in (statuses["other.txt"].reason or "")


def test_manifest_applies_when_a_single_file_is_given(tree) -> None:
    root = tree({"manifest.csv": CSV, **BARE})
    articles, statuses = load([root / "000_xinhua.txt"])
    assert [(a.path, a.outlet, a.published) for a in articles] == [
        ("000_xinhua.txt", "Xinhua", dt.date(2022, 3, 3))
    ]
    assert [s.path for s in statuses] == ["000_xinhua.txt"]


def test_front_matter_wins_over_the_manifest_key_by_key(tree) -> None:
    manifest = "file,outlet,published,title\na.md,Manifest Outlet,2022-01-01,Manifest title\n"
    article = f"---\noutlet: Front Outlet\npublished: 2022-03-02\n---\n{BODY}"
    articles, _ = loaded(tree({"manifest.csv": manifest, "a.md": article}))
    # outlet and date from the front matter; the title, which front matter lacks, from the manifest
    assert meta(articles["a.md"]) == ("Front Outlet", dt.date(2022, 3, 2), "Manifest title", None)


def test_front_matter_date_alias_wins_over_manifest_published(tree) -> None:
    manifest = "a.md:\n  published: 2022-01-01\n"
    articles, _ = loaded(tree({"manifest.yaml": manifest, "a.md": f"---\ndate: 2022-03-02\n---\n{BODY}"}))
    assert articles["a.md"].published == dt.date(2022, 3, 2)


def test_parent_manifest_applies_to_subfolders_and_a_child_manifest_overrides_it(tree) -> None:
    parent = (
        "file,outlet,published\ntop.txt,Parent,2022-03-01\nb.txt,Parent,2022-03-01\nc.txt,Parent,2022-03-01\n"
    )
    child = "c.txt:\n  outlet: Child\n  published: 2022-03-05\n"
    root = tree(
        {
            "manifest.csv": parent,
            "top.txt": BODY,
            "sub/manifest.yaml": child,
            "sub/b.txt": BODY,
            "sub/c.txt": BODY,
            "sub/deeper/b.txt": BODY,
        }
    )
    articles, statuses = loaded(root)
    got = {path: (a.outlet, a.published) for path, a in articles.items()}
    assert got == {
        "top.txt": ("Parent", dt.date(2022, 3, 1)),
        "sub/b.txt": ("Parent", dt.date(2022, 3, 1)),
        "sub/c.txt": ("Child", dt.date(2022, 3, 5)),
        "sub/deeper/b.txt": ("Parent", dt.date(2022, 3, 1)),
    }
    assert statuses["sub/manifest.yaml"].reason == "manifest: metadata for 1 files"


def test_a_sibling_folders_manifest_does_not_apply(tree) -> None:
    root = tree({"one/manifest.csv": "file,outlet\na.txt,One\n", "one/a.txt": BODY, "two/a.txt": BODY})
    articles, _ = loaded(root)
    assert (articles["one/a.txt"].outlet, articles["two/a.txt"].outlet) == ("One", None)


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("manifest.csv", "name,outlet\na.txt,A\n", "line 1: the header must have a `file` column"),
        ("manifest.csv", "", "line 1: the header must have a `file` column"),
        (
            "manifest.csv",
            "file,outlet,colour,size\na.txt,A,red,1\n",
            "line 1: unknown column(s) colour, size",
        ),
        ("manifest.csv", "file,outlet\nb.txt,B\n,A\n", "line 3: empty `file`"),
        ("manifest.yaml", "a.txt:\n  outlet: A\n published: 2022-03-02\n", "line 3: not valid YAML"),
        ("manifest.yml", "a.txt: {outlet: A\n", "line 2: not valid YAML"),
        ("manifest.yaml", "- a.txt\n- b.txt\n", "line 1: expected a mapping from file name to metadata"),
        ("manifest.yaml", "a.txt: Xinhua\n", "entry 'a.txt': expected a mapping"),
        ("manifest.yaml", "a.txt:\n  outlet: A\n  colour: red\n", "entry 'a.txt': unknown key(s) colour"),
    ],
)
def test_a_bad_manifest_is_skipped_with_the_line_and_articles_are_still_checked(
    tree, name: str, content: str, reason: str
) -> None:
    articles, statuses = loaded(tree({name: content, "a.txt": BODY}))
    assert statuses[name].status == "skipped"
    assert (statuses[name].reason or "").startswith(f"manifest not read: {reason}")
    assert statuses["a.txt"].status == "checked"
    assert articles["a.txt"].outlet is None
    assert "no publication date" in (statuses["a.txt"].reason or "")


def test_a_bad_child_manifest_leaves_the_parent_manifest_in_force(tree) -> None:
    root = tree({"manifest.csv": "file,outlet\na.txt,Parent\n", "sub/manifest.yaml": "[", "sub/a.txt": BODY})
    articles, statuses = loaded(root)
    assert articles["sub/a.txt"].outlet == "Parent"
    assert statuses["sub/manifest.yaml"].status == "skipped"


def test_a_csv_row_with_too_many_fields_is_reported_not_a_crash(tree) -> None:
    manifest = "file,outlet,published,title\na.txt,Xinhua,2022-03-03,Talks, again\n"
    _, statuses = loaded(tree({"manifest.csv": manifest, "a.txt": BODY}))
    assert (statuses["manifest.csv"].reason or "").startswith("manifest not read: line 2")
    assert statuses["a.txt"].status == "checked"


def test_an_impossible_date_in_a_yaml_manifest_is_reported_not_a_crash(tree) -> None:
    manifest = "a.txt:\n  outlet: A\n  published: 2022-02-30\n"
    _, statuses = loaded(tree({"manifest.yaml": manifest, "a.txt": BODY}))
    assert (statuses["manifest.yaml"].reason or "").startswith("manifest not read: line 3")
    assert statuses["a.txt"].status == "checked"


def test_metadata_of_a_file_does_not_depend_on_the_other_paths_given(tree) -> None:
    root = tree({"manifest.csv": "file,outlet\na.txt,Parent\n", "sub/a.txt": BODY})
    alone = {a.path: a.outlet for a in load([root])[0]}
    # the folder given first lies inside the other: each file is read once, as part of the outer one
    after_sub = {a.path: a.outlet for a in load([root / "sub", root])[0]}
    assert alone == after_sub == {"sub/a.txt": "Parent"}
