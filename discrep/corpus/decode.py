"""Bytes of one article file -> text, or the reason it is not text. Never raises, never guesses silently.

The order of the tests, and why
    1. Nothing there: a file of zero bytes, or of white space only, is skipped ("empty file").
    2. A byte-order mark says what the file is: UTF-8, UTF-16 or UTF-32, little or big endian.
       The file is decoded with it and the status says so ("decoded as utf-16-le (byte-order
       mark)"). Bytes the encoding cannot read are replaced with U+FFFD and counted in the status.
    3. UTF-16 without a byte-order mark: when at least a third of the bytes are NUL and they sit
       almost all at odd offsets (little endian) or at even ones (big endian), as ASCII text in
       UTF-16 does, and the file decodes cleanly, it is UTF-16 and the status says so.
    4. Binary: more than 1 byte in 20 is a control byte (C0 other than tab, line feed, vertical
       tab, form feed and carriage return; or DEL). Text, even with a stray NUL, is far below that;
       compressed data, images and executables are around 1 in 9. The file is skipped.
    5. UTF-8, strictly: the common case, decoded with no note.
    6. Damaged UTF-8: the file holds valid multi-byte UTF-8 sequences, at least one for every ten
       invalid ones. A legacy 8-bit text almost never forms a valid UTF-8 sequence (its high bytes
       stand alone between ASCII letters, or are Cyrillic letters, which are not continuation
       bytes), so this is UTF-8 with a few broken bytes: decoded with U+FFFD for each, and the status
       counts them.
    7. A legacy 8-bit encoding. Western text (English with curly quotes, dashes and accented names)
       has its high bytes alone or in pairs between ASCII letters; Cyrillic text has whole words of
       them. When most high bytes stand in runs of three or more the text is Cyrillic: cp1251 when
       most of its letters fall in 0xE0-0xFF (lower case in cp1251), KOI8-R when they fall in
       0xC0-0xDF (lower case in KOI8-R). Otherwise cp1252, which is what the WHATWG Encoding
       Standard (and so every browser) uses for text labelled latin-1: it equals ISO 8859-1 on
       every printable character and adds the curly quotes and dashes of Windows text.

Why not a statistical detector
    charset-normalizer was measured on the texts this tool meets and chosen against: it read a
    short latin-1 sentence as cp1250 ("señor" became "seńor"), Windows curly quotes as cp1250, a
    full KOI8-R sentence and a short cp1251 one as Shift JIS. Language statistics need more text
    than a headline or a paragraph gives; the rules above need none and say what they did.

Whatever the encoding, decoded text that is implausible as text is binary after all: more than 1
character in 20 is a control character, a replacement for bytes the encoding could not read, a
surrogate, or unassigned or private-use (judged on the first 64 K characters). Random bytes behind
a UTF-16 byte-order mark fail this; text in any script passes.

After decoding, control characters (C0 other than tab, line feed, vertical tab, form feed and
carriage return, and DEL) are replaced with U+FFFD, so that character offsets still match the file,
and counted in the status. Line endings CRLF and a lone CR become LF.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 32), 127])
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_BOMS = (  # UTF-32 first: its little-endian mark begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
BINARY_SHARE = 1 / 20  # control bytes (or characters that are not text) above this share: binary
SAMPLE_CHARS = 64 * 1024
_NOT_TEXT = frozenset({"Cc", "Cs", "Co", "Cn"})  # U+FFFD itself is "So": counted apart, below
_HIGH_RUN = re.compile(rb"[\x80-\xff]{3,}")
_HIGH_BYTES = bytes(range(0x80, 0x100))
_E0_FF, _C0_DF = bytes(range(0xE0, 0x100)), bytes(range(0xC0, 0xE0))
_INVALID_SEQUENCE = "\ufffd"


@dataclass(frozen=True, slots=True)
class Decoded:
    """The text (None when the file is skipped) and what the status should say about it."""

    text: str | None
    encoding: str | None = None  # None when skipped
    notes: tuple[str, ...] = ()  # "decoded as cp1251", "3 invalid bytes replaced with U+FFFD"
    skip: str | None = None  # why the file is skipped, when text is None


def decode(raw: bytes) -> Decoded:
    """The text of one article file, with notes for anything but clean UTF-8; see the module doc."""
    if not raw:
        return Decoded(None, skip="empty file (0 bytes)")
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return _finish(raw[len(bom) :], encoding, f"decoded as {encoding} (byte-order mark)")
    utf16 = _utf16_without_bom(raw)
    if utf16 is not None:
        return _finish(raw, utf16, f"decoded as {utf16} (no byte-order mark)")
    controls = _count(raw, _CONTROL_BYTES)
    if controls > len(raw) * BINARY_SHARE:
        return Decoded(None, skip=f"binary file ({controls} control bytes in {len(raw)})")
    try:
        # valid UTF-8 has a control character wherever it has a control byte: counted already
        return _finish(raw, "utf-8", None, text=raw.decode("utf-8"), controls=controls)
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(raw):
        return _finish(raw, "utf-8", None)
    encoding = _legacy_encoding(raw)
    return _finish(raw, encoding, f"decoded as {encoding} (not UTF-8)")


def _utf16_without_bom(raw: bytes) -> str | None:
    nuls = raw.count(0)
    if len(raw) < 4 or len(raw) % 2 or nuls * 3 < len(raw):
        return None
    odd, even = raw[1::2].count(0), raw[0::2].count(0)
    encoding = "utf-16-le" if odd >= 0.9 * nuls else "utf-16-be" if even >= 0.9 * nuls else None
    if encoding is None:
        return None
    try:
        raw.decode(encoding)
    except UnicodeDecodeError:
        return None
    return encoding


def _count(raw: bytes, members: bytes) -> int:
    """How many bytes of `raw` are among `members` (at C speed)."""
    return len(raw) - len(raw.translate(None, members))


def _mostly_utf8(raw: bytes) -> bool:
    """Valid multi-byte sequences, at least one for every ten invalid ones."""
    text = raw.decode("utf-8", errors="replace")
    # ASCII bytes are always valid and one character each; every other character is either a
    # valid multi-byte sequence or U+FFFD for an invalid one (less the real U+FFFDs in the file)
    non_ascii = len(text) - (len(raw) - _count(raw, _HIGH_BYTES))
    invalid = text.count(_INVALID_SEQUENCE) - raw.count(_INVALID_SEQUENCE.encode())
    valid = non_ascii - invalid
    return valid > 0 and invalid <= 10 * valid


def _legacy_encoding(raw: bytes) -> str:
    high = _count(raw, _HIGH_BYTES)
    in_runs = sum(len(run) for run in _HIGH_RUN.findall(raw))
    if high == 0 or in_runs * 2 <= high:
        return "cp1252"
    # Cyrillic: lower case is 0xE0-0xFF in cp1251 and 0xC0-0xDF in KOI8-R; text is mostly lower case
    return "cp1251" if _count(raw, _E0_FF) >= _count(raw, _C0_DF) else "koi8-r"


def _not_text(sample: str) -> int:
    """How many characters of `sample` are not ASCII and not text (unassigned, private use, ...)."""
    if sample.isascii():
        return 0
    # a category per distinct character, not per character: text repeats its letters
    odd = [ch for ch in set(sample) if ch > "\x7f" and unicodedata.category(ch) in _NOT_TEXT]
    return sum(sample.count(ch) for ch in odd)


def _finish(
    raw: bytes, encoding: str, note: str | None, text: str | None = None, controls: int | None = None
) -> Decoded:
    """Check, clean and annotate decoded text; `controls` is its number of control characters, if known."""
    notes = [note] if note else []
    replaced = 0
    if text is None:
        text = raw.decode(encoding, errors="replace")
        real = raw.decode(encoding, errors="ignore").count(_INVALID_SEQUENCE)  # U+FFFD in the file
        replaced = text.count(_INVALID_SEQUENCE) - real
    if controls is None:
        controls = len(_CONTROL_CHARS.findall(text))
    sample = text[:SAMPLE_CHARS]
    in_sample = controls if controls == 0 or len(sample) == len(text) else len(_CONTROL_CHARS.findall(sample))
    odd = _not_text(sample) + in_sample + min(replaced, sample.count(_INVALID_SEQUENCE))
    if odd > len(sample) * BINARY_SHARE:
        return Decoded(None, skip=f"binary file ({odd} of the first {len(sample):,} characters are not text)")
    if replaced:
        notes.append(f"{replaced} invalid {encoding} byte sequence(s) replaced with U+FFFD")
    if controls:
        text = _CONTROL_CHARS.sub(_INVALID_SEQUENCE, text)
        notes.append(f"{controls} control character(s) such as NUL replaced with U+FFFD")
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        return Decoded(None, skip="empty file (white space only)")
    return Decoded(text, encoding, tuple(notes))
