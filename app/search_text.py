"""What a search box's text may be: any text, bounded, without the characters no query can hold.

Search treats every character the user types as text (FTS5 syntax, LIKE wildcards and quotes are
escaped where the query is built). Here the text is only made safe to send: control characters
(NUL breaks SQLite's FTS5 query parser) become spaces, lone surrogates and noncharacters go, and
the length is capped — no stored field is longer than MAX_QUERY characters, so a longer query
cannot match anything, while its trigrams would cost the index time and memory.
"""

from __future__ import annotations

from app.text import printable_text

MAX_QUERY = 200  # the longest searchable field (name, company, email: String(200) in app/models.py)


def query_too_long(text: str) -> bool:
    """Whether `text` is longer than a search uses (the UI says so; `clean_query` cuts it)."""
    return len(text) > MAX_QUERY


def clean_query(text: str | None) -> str:
    """`text` as a search uses it: printable, single-spaced, at most MAX_QUERY characters."""
    if not text:
        return ""
    # Cut first (a 1 MB paste costs nothing more than 200 characters), then again after cleaning.
    return printable_text(text[: MAX_QUERY * 2])[:MAX_QUERY]
