"""Read a saved web page (`.html`, `.htm`): its main text, title, site name and publication date.

The main text, title and site name come from trafilatura, which drops menus, footers, comment
threads and share buttons; the publication date comes from htmldate, which reads the page's markup
(meta tags, JSON-LD, <time> elements, the URL) and prefers the original date to a later update. Free
text is not searched for a date, so a date mentioned in the story is never taken for the page's.

The extracted text has one block (paragraph, heading, list item) per line. Claims point to the page
file, with the line number in this extracted text: `page.html:4` is the fourth block, which
`discrep claims page.html` and `discrep explain` show in full.

Both libraries are imported only when a page is read: trafilatura takes most of a second to import.
"""

from __future__ import annotations

from typing import Any

SUFFIXES = (".html", ".htm")


def extract_html(raw: bytes) -> tuple[str | None, dict[str, str], str | None]:
    """(text, metadata, problem) for one page; text is None when no main text could be found.

    Metadata keys are those of front matter: `title`, `outlet` (the site name) and `published`
    (YYYY-MM-DD), each present only when the page gives it.
    """
    import htmldate  # heavy imports, only when a page is read
    import trafilatura
    from trafilatura.utils import decode_file

    try:
        markup = decode_file(raw)
        document: Any = trafilatura.bare_extraction(
            markup,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            deduplicate=False,
        )
    except Exception as err:  # an extractor's failure on one page must not stop the run
        return None, {}, f"HTML not read: {type(err).__name__}"
    if document is None or not (document.text or "").strip():
        return None, {}, "HTML page with no main text"
    meta: dict[str, str] = {}
    if document.title:
        meta["title"] = str(document.title).strip()
    if document.sitename:
        meta["outlet"] = str(document.sitename).strip()
    try:
        published = htmldate.find_date(
            markup, extensive_search=False, original_date=True, outputformat="%Y-%m-%d"
        )
    except Exception:  # a malformed date in the markup: the page is still read, without a date
        published = None
    if published:
        meta["published"] = str(published)
    return _clean(str(document.text)), meta, None


def _clean(text: str) -> str:
    """One block per line, no trailing spaces, no blank lines: line N is the Nth block."""
    lines = (line.strip() for line in text.replace("\r\n", "\n").split("\n"))
    return "\n".join(line for line in lines if line) + "\n"
