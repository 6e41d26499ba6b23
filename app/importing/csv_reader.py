"""CSV files as offices save them: UTF-8 (with or without BOM), UTF-16, or Windows-1256; `,` `;` tab or `|`."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator

import charset_normalizer

from app.importing.table import Cell, ImportFileError, SourceTable, make_table

DELIMITERS = (",", ";", "\t", "|")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_SNIFF_BYTES = 256 * 1024
_ARABIC = range(0x0600, 0x0700)


def _arabic_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    return sum(1 for ch in letters if ord(ch) in _ARABIC) / len(letters) if letters else 0.0


def _utf16_without_bom(sample: bytes) -> str | None:
    """UTF-16 of Latin, Persian or Arabic text: every other byte is 0x00 (Latin) or 0x06 (Arabic script)."""
    if len(sample) < 4:
        return None
    for name, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        if sum(1 for b in high if b in (0, 6)) > 0.8 * len(high):
            return name
    return None


def detect_encoding(data: bytes) -> str:
    """The text encoding of `data`: a BOM, else UTF-8 if it decodes, else what charset-normalizer finds."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    sample = data[:_SNIFF_BYTES]
    utf16 = _utf16_without_bom(sample)
    if utf16:
        return utf16
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    # Excel on Windows in a Persian or Arabic locale saves ANSI CSV as Windows-1256; short files fool detectors.
    try:
        if _arabic_share(data.decode("cp1256")) > 0.3:
            return "cp1256"
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(sample).best()
    if best is None:
        raise ImportFileError("The file is not text: choose a CSV file, or an Excel (.xlsx) or contacts (.vcf) file.")
    return best.encoding


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The text of `data` and the encoding used (`encoding` overrides detection)."""
    name = encoding or detect_encoding(data)
    try:
        text = data.decode(name)
    except LookupError:
        raise ImportFileError(f"{name!r} is not a text encoding: choose another one.") from None
    except UnicodeDecodeError:
        raise ImportFileError(
            f"The file is not in {name}: choose the encoding it was saved in, or save it again as UTF-8."
        ) from None
    if "\x00" in text:
        raise ImportFileError("The file is not text: choose a CSV file, or an Excel (.xlsx) or contacts (.vcf) file.")
    return text.removeprefix("\ufeff"), name


def detect_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the same number of columns most often."""
    lines = [line for line in text.splitlines()[:30] if line.strip()]
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            continue
        common = max(set(widths), key=widths.count) if widths else 1
        score = (widths.count(common) if common > 1 else 0, common)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def read_csv_bytes(data: bytes, encoding: str | None = None, delimiter: str | None = None) -> SourceTable:
    """The file's text is kept; its rows are parsed again on each pass (the C parser is quick, Python rows are big)."""
    text, used = decode(data, encoding)
    delimiter = delimiter or detect_delimiter(text)

    def raw() -> Iterator[list[Cell]]:
        return csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)  # type: ignore[return-value]

    try:  # the first pass meets any damage, so later passes over the same text cannot
        return make_table(raw, encoding=used, delimiter=delimiter)
    except csv.Error as error:
        raise ImportFileError(f"The CSV file is damaged ({error}): open it in Excel and save it as CSV.") from None
