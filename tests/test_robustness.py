"""Bad input never crashes discrep and never loses a file: every case has one clear outcome.

Each case below builds a small corpus in tmp_path, loads it and checks one file's status
(`checked` or `skipped`) and the words of its reason. Every file and link under the corpus must be
listed exactly once, and loading must stay fast. CASES is the table of bad articles (issue 6,
part 2); the CLI tests after it cover --strict, a missing path and -o writing atomically.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import random
import re
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from discrep import atomic
from discrep.cli import cli
from discrep.corpus import LoadError, load, loader
from discrep.corpus.decode import decode
from discrep.model import Article, FileStatus

BODY = "The Defence Ministry said 498 Russian servicemen have been killed.\n"
FRONT = "---\noutlet: Xinhua\npublished: 2022-03-02\n---\n"
DATED = FRONT + BODY
RU = "Министерство обороны заявило, что погибли 498 военнослужащих.\n"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
MB = 1024 * 1024


def _front(meta: str, body: str = BODY) -> str:
    return f"---\n{meta}\n---\n{body}"


def _noise(size: int, seed: int = 6) -> bytes:
    return random.Random(seed).randbytes(size)


@dataclass(frozen=True)
class Case:
    """One bad input: the files to write, the file to look at, and what its status must say."""

    id: str
    files: dict[str, str | bytes]
    target: str
    status: str  # "checked" or "skipped"
    reason: str | None  # a regex searched in the reason; None: the reason must be None
    setup: Callable[[Path], None] | None = None  # links, pipes, permissions
    article: Callable[[Article], object] | None = None  # more checks on the loaded article
    marks: tuple[pytest.MarkDecorator, ...] = field(default=())


def _link(name: str, to: str) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        os.symlink(to, root / name)

    return make


def _chmod(name: str, mode: int) -> Callable[[Path], None]:
    def make(root: Path) -> None:
        (root / name).chmod(mode)

    return make


def _fifo(root: Path) -> None:
    os.mkfifo(root / "pipe.md")


def _outside_article(root: Path) -> None:
    outside = root.parent / "elsewhere"
    outside.mkdir()
    (outside / "story.md").write_text(DATED, encoding="utf-8")
    os.symlink(outside / "story.md", root / "linked.md")


def _outside_folder(root: Path) -> None:
    outside = root.parent / "elsewhere"
    outside.mkdir()
    (outside / "story.md").write_text(DATED, encoding="utf-8")
    os.symlink(outside, root / "linked")


def _text_is(expected: str) -> Callable[[Article], object]:
    def check(article: Article) -> None:
        assert article.text == expected, article.text[:200]

    return check


def _published(day: dt.date | None, outlet: str | None = "Xinhua") -> Callable[[Article], object]:
    def check(article: Article) -> None:
        assert (article.published, article.outlet) == (day, outlet)

    return check


needs_symlinks = pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="POSIX links")
needs_fifo = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
not_as_root = pytest.mark.skipif(IS_ROOT, reason="root reads files whatever their mode")

CASES = [
    # --- text: encodings -------------------------------------------------------------------------
    Case("utf8", {"a.md": DATED}, "a.md", "checked", None, article=_text_is(BODY)),
    Case(
        "utf8-bom",
        {"a.md": codecs.BOM_UTF8 + DATED.encode()},
        "a.md",
        "checked",
        r"^decoded as utf-8 \(byte-order mark\)$",
        article=_published(dt.date(2022, 3, 2)),
    ),
    Case(
        "utf16-le-bom",
        {"a.md": DATED.encode("utf-16")},
        "a.md",
        "checked",
        r"^decoded as utf-16-le \(byte-order mark\)$",
        article=_text_is(BODY),
    ),
    Case(
        "utf16-be-bom",
        {"a.md": codecs.BOM_UTF16_BE + DATED.encode("utf-16-be")},
        "a.md",
        "checked",
        r"^decoded as utf-16-be \(byte-order mark\)$",
        article=_published(dt.date(2022, 3, 2)),
    ),
    Case(
        "utf16-no-bom",
        {"a.md": DATED.encode("utf-16-le")},
        "a.md",
        "checked",
        r"^decoded as utf-16-le \(no byte-order mark\)$",
        article=_text_is(BODY),
    ),
    Case(
        "utf32-bom",
        {"a.md": DATED.encode("utf-32")},
        "a.md",
        "checked",
        r"^decoded as utf-32-le \(byte-order mark\)$",
        article=_text_is(BODY),
    ),
    Case(
        "cp1251",
        {"a.txt": RU.encode("cp1251")},
        "a.txt",
        "checked",
        r"^decoded as cp1251 \(not UTF-8\); no publication date",
        article=_text_is(RU),
    ),
    Case(
        "cp1251-short",
        {"a.txt": "Погибли 498\n".encode("cp1251")},
        "a.txt",
        "checked",
        r"^decoded as cp1251 ",
        article=_text_is("Погибли 498\n"),
    ),
    Case(
        "koi8-r",
        {"a.txt": RU.encode("koi8-r")},
        "a.txt",
        "checked",
        r"^decoded as koi8-r ",
        article=_text_is(RU),
    ),
    Case(
        "latin-1",
        {"a.md": _front("outlet: Le Café", "Señor Müller said 498 were killed.\n").encode("latin-1")},
        "a.md",
        "checked",
        r"^decoded as cp1252 \(not UTF-8\); no publication date",
        article=lambda a: (
            (a.outlet == "Le Café" and a.text == "Señor Müller said 498 were killed.\n")
            or pytest.fail(repr(a))
        ),
    ),
    Case(
        "cp1252-quotes",
        {"a.txt": "“We will not leave,” he said — 498 killed.\n".encode("cp1252")},
        "a.txt",
        "checked",
        r"^decoded as cp1252 ",
        article=_text_is("“We will not leave,” he said — 498 killed.\n"),
    ),
    Case(
        "invalid-utf8-bytes",
        {"a.md": DATED.encode() + "Café ".encode() + b"\xff\xfe end\n"},
        "a.md",
        "checked",
        r"^2 invalid utf-8 byte sequence\(s\) replaced with U\+FFFD$",
        article=_text_is(BODY + "Café \ufffd\ufffd end\n"),
    ),
    Case("crlf", {"a.md": DATED.replace("\n", "\r\n")}, "a.md", "checked", None, article=_text_is(BODY)),
    Case(
        "lone-cr",
        {"a.md": "First line.\rSecond 498 killed.\r"},
        "a.md",
        "checked",
        "no publication date",
        article=_text_is("First line.\nSecond 498 killed.\n"),
    ),
    # --- files -----------------------------------------------------------------------------------
    Case(
        "binary-noise",
        {"a.md": _noise(4096)},
        "a.md",
        "skipped",
        r"^binary file \(\d+ control bytes in 4096\)$",
    ),
    Case(
        "binary-png",
        {"a.md": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + _noise(300)},
        "a.md",
        "skipped",
        r"^binary file",
    ),
    Case(
        "binary-utf16-bom", {"a.md": codecs.BOM_UTF16_LE + _noise(2000)}, "a.md", "skipped", r"^binary file"
    ),
    Case("empty", {"a.md": b""}, "a.md", "skipped", r"^empty file \(0 bytes\)$"),
    Case("white-space", {"a.md": " \n\t\r\n"}, "a.md", "skipped", r"^empty file \(white space only\)$"),
    Case("bom-only", {"a.md": codecs.BOM_UTF8}, "a.md", "skipped", r"^empty file"),
    Case(
        "nul-bytes-stray",
        {"a.md": DATED.encode() + b"and\x00 more\x00\n"},
        "a.md",
        "checked",
        r"^2 control character\(s\) such as NUL replaced with U\+FFFD$",
        article=_text_is(BODY + "and\ufffd more\ufffd\n"),
    ),
    Case("nul-bytes-mostly", {"a.md": b"498 killed\x00\x01\x02"}, "a.md", "skipped", r"^binary file"),
    Case(
        "huge-50mb",
        {},
        "big.md",
        "skipped",
        r"^too large: 52,428,800 bytes \(the limit is 10,485,760\)$",
        setup=lambda root: (root / "big.md").write_bytes(
            (DATED.encode() * (50 * MB // len(DATED) + 1))[: 50 * MB]
        ),
    ),
    Case(
        "one-5mb-line",
        {"long.md": FRONT + "498 killed, " * (5 * MB // 12) + "\n"},
        "long.md",
        "checked",
        None,
    ),
    Case(
        "unreadable-mode-000",
        {"a.md": DATED},
        "a.md",
        "skipped",
        r"^cannot read: Permission denied$",
        setup=_chmod("a.md", 0),
        marks=(not_as_root,),
    ),
    Case(
        "unreadable-folder",
        {"locked/a.md": DATED},
        "locked",
        "skipped",
        r"^cannot read folder: Permission denied$",
        setup=_chmod("locked", 0),
        marks=(not_as_root,),
    ),
    Case(
        "named-pipe",
        {},
        "pipe.md",
        "skipped",
        r"^not a regular file \(a named pipe\)$",
        setup=_fifo,
        marks=(needs_fifo,),
    ),
    Case(
        "device",
        {},
        "zero.md",
        "skipped",
        r"^not a regular file \(a device or socket\)$",
        setup=_link("zero.md", "/dev/zero"),
        marks=(needs_symlinks,),
    ),
    # --- front matter ----------------------------------------------------------------------------
    Case(
        "front-matter-malformed",
        {"a.md": _front("outlet: A\n  bad: indent\npublished: 2022-03-02")},
        "a.md",
        "checked",
        # a line indented by mistake reads as a colon in the value before it: the lines are read
        r"^front matter is not valid YAML at line 3: read as `key: value` lines",
        article=_text_is(BODY),
    ),
    Case(
        "front-matter-unclosed",
        {"a.md": "---\noutlet: A\npublished: 2022-03-02\n" + BODY},
        "a.md",
        "checked",
        r"^front matter not closed \(no second `---` line\): read as article text; no publication date",
        article=_published(None, None),
    ),
    Case(
        "front-matter-not-a-mapping",
        {"a.md": _front("- outlet\n- published")},
        "a.md",
        "checked",
        r"^front matter is not a mapping",
    ),
    Case(
        "front-matter-only",
        {"a.md": "---\noutlet: A\npublished: 2022-03-02\n---\n"},
        "a.md",
        "checked",
        r"^no article text after the front matter$",
    ),
    Case(
        "front-matter-alias-bomb",
        {
            "a.md": _front(
                'a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\noutlet: *b'
            )
        },
        "a.md",
        "checked",
        r"^front matter is not valid YAML at line 3",
    ),
    Case(
        "front-matter-deep-nesting",
        {"a.md": _front("outlet: " + "[" * 5000 + "]" * 5000)},
        "a.md",
        "checked",
        r"^front matter is not valid YAML at line 2",
    ),
    Case(
        "front-matter-python-tag",
        {"a.md": _front('outlet: !!python/object/apply:os.system ["echo hi"]')},
        "a.md",
        "checked",
        r"^front matter is not valid YAML at line 2",
    ),
    Case(
        "front-matter-huge-integer",
        {"a.md": _front("outlet: " + "9" * 5000)},
        "a.md",
        "checked",
        r"^front matter is not valid YAML at line 2",
    ),
    Case(
        "front-matter-over-64k",
        {"a.md": _front("title: " + "x" * 70_000 + "\noutlet: A")},
        "a.md",
        "checked",
        r"^front matter over 65,536 characters: not read; no publication date",
        article=_text_is(BODY),
    ),
    Case(
        "published-a-number",
        {"a.md": _front("outlet: A\npublished: 12")},
        "a.md",
        "checked",
        r"^`published`: a number is not a date \(YYYY-MM-DD\); no publication date",
    ),
    Case(
        "outlet-a-list",
        {"a.md": _front("outlet: [Xinhua, Reuters]\npublished: 2022-03-02")},
        "a.md",
        "checked",
        r"^`outlet`: expected text, not a list; ignored$",
        article=_published(dt.date(2022, 3, 2), None),
    ),
    Case(
        "title-a-mapping",
        {"a.md": _front("title: {a: b}\npublished: 2022-03-02")},
        "a.md",
        "checked",
        r"^`title`: expected text, not a mapping; ignored$",
    ),
    Case(
        "url-true",
        {"a.md": _front("url: yes\npublished: 2022-03-02")},
        "a.md",
        "checked",
        r"^`url`: expected text, not true/false; ignored$",
    ),
    Case(
        "outlet-a-number",
        {"a.md": _front("outlet: 1843\npublished: 2022-03-02")},
        "a.md",
        "checked",
        None,
        article=_published(dt.date(2022, 3, 2), "1843"),
    ),
    Case(
        "published-misspelt",
        {"a.md": _front("outlet: A\npublshed: 2022-03-02\ntags: [war]")},
        "a.md",
        "checked",
        r"^`publshed`: unknown key, ignored \(did you mean `published`\?\); no publication date",
    ),
    # --- dates -----------------------------------------------------------------------------------
    Case(
        "published-in-the-future",
        {"a.md": _front("outlet: A\npublished: 2999-01-01")},
        "a.md",
        "checked",
        r"^publication date 2999-01-01 is in the future$",
        article=_published(dt.date(2999, 1, 1), "A"),
    ),
    Case(
        "published-next-week",
        {"a.md": _front("outlet: A\npublished: next week")},
        "a.md",
        "checked",
        r"^`published`: 'next week' is not a date \(YYYY-MM-DD\); no publication date",
    ),
    Case(
        "published-impossible",
        {"a.md": _front("outlet: A\npublished: 2022-02-30")},
        "a.md",
        "checked",
        r"^front matter is not valid YAML at line 3; no publication date",
    ),
    Case(
        "published-a-list",
        {"a.md": _front("outlet: A\ndate: [2022-03-02]")},
        "a.md",
        "checked",
        r"^`published`: a list is not a date",
    ),
    # --- the file system -------------------------------------------------------------------------
    Case(
        "symlink-loop-to-parent",
        {"sub/a.md": DATED},
        "sub/loop",
        "skipped",
        r"^symbolic link to a folder: not followed",
        setup=_link("sub/loop", ".."),
        marks=(needs_symlinks,),
    ),
    Case(
        "symlink-loop-to-itself",
        {"b.md": DATED},
        "self.md",
        "skipped",
        r"^broken symbolic link \(Too many levels of symbolic links\)$",
        setup=_link("self.md", "self.md"),
        marks=(needs_symlinks,),
    ),
    Case(
        "symlink-broken",
        {"b.md": DATED},
        "gone.md",
        "skipped",
        r"^broken symbolic link \(No such file",
        setup=_link("gone.md", "nowhere.md"),
        marks=(needs_symlinks,),
    ),
    Case(
        "symlink-to-folder-outside",
        {"b.md": DATED},
        "linked",
        "skipped",
        r"^symbolic link to a folder: not followed",
        setup=_outside_folder,
        marks=(needs_symlinks,),
    ),
    Case(
        "symlink-to-article-outside",
        {"b.md": DATED},
        "linked.md",
        "checked",
        None,
        setup=_outside_article,
        marks=(needs_symlinks,),
    ),
    Case(
        "symlink-to-article-inside",
        {"a.md": DATED},
        "b.md",
        "skipped",
        r"^same file as a\.md: read once$",
        setup=_link("b.md", "a.md"),
        marks=(needs_symlinks,),
    ),
    Case("hidden-file", {".draft.md": DATED}, ".draft.md", "skipped", r"^hidden file$"),
    Case(
        "hidden-folder",
        {".git/notes.md": DATED, ".git/objects/ab/cd": b"x"},
        ".git/",
        "skipped",
        r"^hidden folder: not read$",
    ),
    Case(
        "manifest-alias-bomb",
        {"manifest.yaml": "a: &a {outlet: A}\nb.txt: *a\n", "b.txt": BODY},
        "manifest.yaml",
        "skipped",
        r"^manifest not read: line 2: not valid YAML$",
    ),
    Case(
        "manifest-cp1252",
        {"manifest.csv": "file,outlet\nb.txt,Le Café\n".encode("cp1252"), "b.txt": BODY},
        "manifest.csv",
        "skipped",
        r"^manifest not read: line 1: decoded as cp1252 .*save it as UTF-8$",
    ),
    Case(
        "manifest-binary",
        {"manifest.csv": _noise(500), "b.txt": BODY},
        "manifest.csv",
        "skipped",
        r"^manifest not read: line 1: binary file",
    ),
    Case(
        "manifest-published-next-week",
        {"manifest.csv": "file,outlet,published\nb.txt,A,next week\n", "b.txt": BODY},
        "b.txt",
        "checked",
        r"^`published`: 'next week' is not a date",
    ),
]


def test_the_bad_input_table_is_complete() -> None:
    """The count quoted in the issue's note; a case removed by mistake shows here."""
    assert len(CASES) == 59
    assert len({c.id for c in CASES}) == len(CASES)


def _entries(root: Path) -> set[str]:
    """Every file, link and pipe under root (what load() must account for), as relative paths.

    A hidden folder is one entry ("name/"): its files are accounted for by it, as in ruff.
    """
    found = set()
    for folder, dirs, files in os.walk(root):
        here = Path(folder)
        for name in files + [d for d in dirs if (here / d).is_symlink()]:
            found.add((here / name).relative_to(root).as_posix())
        if not os.access(folder, os.R_OK | os.X_OK):
            found.add(here.relative_to(root).as_posix())
        hidden = [d for d in dirs if d.startswith(".") and not (here / d).is_symlink()]
        found.update((here / d).relative_to(root).as_posix() + "/" for d in hidden)
        dirs[:] = [d for d in dirs if d not in hidden]
    return found


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id, marks=c.marks) for c in CASES])
def test_bad_input_has_one_clear_outcome(tree, case: Case) -> None:
    root = tree(case.files)
    if case.setup:
        case.setup(root)
    try:
        start = time.perf_counter()
        articles, statuses = load([root])
        elapsed = time.perf_counter() - start
    finally:
        for path in [root, *root.rglob("*")] if case.setup else []:
            if not path.is_symlink() and path.exists():
                path.chmod(0o755)  # so tmp_path can be cleaned up
    paths = [s.path for s in statuses]
    assert len(paths) == len(set(paths)), "a file is listed twice"
    assert set(paths) >= _entries(root) | {case.target}, "a file is missing from the report"
    status = {s.path: s for s in statuses}[case.target]
    assert status.status == case.status, status
    if case.reason is None:
        assert status.reason is None, status
    else:
        assert status.reason is not None and re.search(case.reason, status.reason), status.reason
    assert {a.path for a in articles} == {s.path for s in statuses if s.status == "checked"}, "checked = read"
    if case.article:
        (article,) = [a for a in articles if a.path == case.target]
        case.article(article)
    assert elapsed < 20, f"{elapsed:.1f}s to load"


# --- more of the loader ----------------------------------------------------------------------------


def test_a_missing_path_is_a_load_error_and_exit_2(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no such file or folder"):
        load([tmp_path / "nope"])
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "nope")])
    assert result.exit_code == 2
    assert "no such file or folder" in result.output and "Traceback" not in result.output


def test_reading_a_file_that_fails_is_a_skip_even_as_root(tree, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tree({"a.md": DATED, "b.md": DATED})
    real_open = os.open  # the loader reads articles with os.open and os.read

    def refuse(path: str, *args: Any, **kwargs: Any) -> int:
        if os.path.basename(path) == "a.md":
            raise PermissionError(13, "Permission denied")
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    _, statuses = load([root])
    assert [(s.path, s.status, s.reason) for s in statuses] == [
        ("a.md", "skipped", "cannot read: Permission denied"),
        ("b.md", "checked", None),
    ]


def test_a_folder_that_cannot_be_listed_is_reported_even_as_root(
    tree, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tree({"a.md": DATED, "locked/b.md": DATED})
    real_scandir = os.scandir

    def refuse(path: object = ".") -> object:
        if Path(str(path)).name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[call-overload]

    monkeypatch.setattr(os, "scandir", refuse)
    _, statuses = load([root])
    assert [(s.path, s.status, s.reason) for s in statuses] == [
        ("a.md", "checked", None),
        ("locked", "skipped", "cannot read folder: Permission denied"),
    ]
    _, statuses = load([root / "locked"])
    assert [(s.status, s.reason) for s in statuses] == [("skipped", "cannot read folder: Permission denied")]


def test_the_size_limit_is_inclusive(tree, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(loader, "MAX_ARTICLE_BYTES", len(DATED))
    root = tree({"at.md": DATED, "over.md": DATED + "x"})
    _, statuses = load([root])
    assert [(s.path, s.status) for s in statuses] == [("at.md", "checked"), ("over.md", "skipped")]


def test_a_folder_and_a_folder_inside_it_read_each_file_once(tree) -> None:
    root = tree({"a.md": DATED, "sub/b.md": DATED})
    for paths in ([root, root / "sub"], [root / "sub", root], [root, root], [root / "sub" / "b.md", root]):
        articles, statuses = load(paths)
        assert sorted(s.path for s in statuses) == ["a.md", "sub/b.md"]
        assert len(articles) == 2


def test_tomorrow_is_not_the_future(tree) -> None:
    tomorrow = dt.datetime.now(dt.timezone.utc).date() + dt.timedelta(days=1)
    _, statuses = load([tree({"a.md": _front(f"outlet: A\npublished: {tomorrow}")})])
    assert statuses[0].reason is None


def test_a_hidden_root_given_by_name_is_read(tree) -> None:
    root = tree({".drafts/a.md": DATED})
    _, statuses = load([root / ".drafts"])
    assert [(s.path, s.status) for s in statuses] == [("a.md", "checked")]


# --- the decoder alone -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        ("naïve café, São Paulo, Zürich".encode("latin-1"), "cp1252"),
        ("Größe: 498 Tote, sagte das Ministerium".encode("cp1252"), "cp1252"),
        ("Украина: погибли 498 человек".encode("cp1251"), "cp1251"),
        ("Украина: погибли 498 человек".encode("koi8-r"), "koi8-r"),
        ("Кремль".encode("cp1251"), "cp1251"),
        ("Ukraine says 498 — “a lie”".encode(), "utf-8"),
        ("\ufeffUkraine".encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_decoder_picks_the_encoding(raw: bytes, encoding: str) -> None:
    assert decode(raw).encoding == encoding


@pytest.mark.parametrize(
    "literal",
    [
        "1E666666666",
        "5e99999999999",
        "1.5E-77777777",
        "9^99999999",
        "2x10^88888888",
        "3/1e08",
        "1/2^3",
        "12 05/1e08",
        "2317\r05/1e08",
    ],
)
def test_an_absurd_literal_is_no_number_and_costs_nothing(literal: str) -> None:
    """Found by fuzz/fuzz_parsers.py: "6666E66666" made 10 ** int(e) run for minutes; "3/1e08" raised."""
    from discrep import parse_numbers

    start = time.perf_counter()
    got = parse_numbers(f"Officials said {literal} were counted.")
    assert time.perf_counter() - start < 1
    assert all(m.value is None or abs(m.value) < 1e309 for m in got)


# --- property: any bytes as a file ---------------------------------------------------------------


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    raw=st.one_of(
        st.binary(max_size=600),
        st.text(max_size=300).map(lambda t: t.encode("utf-8")),
        st.text(max_size=200).map(lambda t: ("---\n" + t).encode("utf-8", "surrogatepass")),
        st.lists(st.sampled_from(["---\n", "outlet: ", "published: ", "2022-03-02", "[", "*a", "&a ",
                                  "\x00", "\r", "\ufeff", "Погибли", "é", "498 killed", "\n", ": ", "{"]),
                 max_size=30).map(lambda parts: "".join(parts).encode("utf-8", "surrogatepass")),
    ),
    name=st.sampled_from(["a.md", "a.txt", "manifest.yaml", "manifest.csv", "a.bin"]),
)  # fmt: skip
def test_any_bytes_as_a_file_are_checked_or_skipped_with_a_reason(
    tmp_path: Path, raw: bytes, name: str
) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    (folder / name).write_bytes(raw)
    articles, statuses = load([folder])
    assert [s.path for s in statuses] == [name]
    (status,) = statuses
    assert status.status in ("checked", "skipped")
    if status.status == "skipped":
        assert status.reason
        assert articles == []
    else:
        (article,) = articles
        assert "\r" not in article.text and "\x00" not in article.text
        assert article.text.strip() or "no article text after the front matter" in (status.reason or "")
        assert article.first_line >= 1
        assert isinstance(status, FileStatus)


# --- --strict and -o ------------------------------------------------------------------------------


def test_strict_exits_2_and_lists_every_skipped_file(tree) -> None:
    root = tree({"a.md": DATED, "scan.pdf": b"%PDF", "empty.md": "", "manifest.csv": "file,outlet\na.md,A\n"})
    runner = CliRunner()
    plain = runner.invoke(cli, ["check", str(root), "--format", "json"])
    assert plain.exit_code == 0, plain.output
    strict = runner.invoke(cli, ["check", str(root), "--format", "json", "--strict"])
    assert strict.exit_code == 2
    assert "Traceback" not in strict.output
    lines = [line for line in strict.stderr.splitlines() if line.startswith("  ")]
    assert lines == ["  empty.md: empty file (0 bytes)", "  scan.pdf: not an article: .pdf"]
    assert "--strict: 2 file(s) skipped" in strict.stderr


def test_strict_passes_when_nothing_is_skipped_but_a_read_manifest(tree) -> None:
    root = tree({"a.md": DATED, "manifest.csv": "file,outlet\na.md,A\n"})
    result = CliRunner().invoke(cli, ["check", str(root), "--strict", "--format", "json"])
    assert result.exit_code == 0, result.output


def test_strict_counts_a_manifest_that_could_not_be_read(tree) -> None:
    root = tree({"a.md": DATED, "manifest.csv": "name,outlet\na.md,A\n"})
    result = CliRunner().invoke(cli, ["check", str(root), "--strict", "--format", "json"])
    assert result.exit_code == 2
    assert "manifest.csv: manifest not read" in result.stderr


def test_output_file_is_written_whole_or_not_at_all(
    tree, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tree({"a.md": DATED})
    out = tmp_path / "report.json"
    out.write_text("the previous report\n", encoding="utf-8")
    real_replace = os.replace

    def interrupted(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(atomic.os, "replace", interrupted)
    result = CliRunner().invoke(cli, ["check", str(root), "--format", "json", "-o", str(out)])
    assert result.exit_code != 0
    assert out.read_text(encoding="utf-8") == "the previous report\n", "the old report is untouched"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "report.json"], "no temp file left"
    monkeypatch.setattr(atomic.os, "replace", real_replace)
    result = CliRunner().invoke(cli, ["check", str(root), "--format", "json", "-o", str(out)])
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("{")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus", "report.json"]


def test_a_one_line_article_of_a_megabyte_is_split_in_linear_time() -> None:
    # pysbd alone grows about fourfold per doubling of a line; long lines are cut after ". " first
    from discrep.text.sentences import split_sentences

    text = 'The U.N. said "the toll rose" to 5 people (officials). ' * 20_000
    sentences = split_sentences(text)
    assert len(sentences) >= 20_000
    assert all(text[s.start : s.end] == s.text for s in sentences)
