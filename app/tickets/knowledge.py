"""Answers for agents: knowledge-base articles by category, searched with the customer search's normalization
(Arabic/Persian letters, digits, ZWNJ, diacritics), so "كيف" finds "کیف" and "۳" finds "3"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import and_, select

from app import errors
from app.auth import require
from app.db import Database
from app.field_text import clean_block, clean_line, require_lengths
from app.search_text import clean_query
from app.text import normalize_text
from app.tickets.models import Article

SEARCH_LIMIT = 50


@dataclass(frozen=True, slots=True)
class ArticleView:
    id: int
    title: str
    body: str
    category_id: int | None


def _view(article: Article) -> ArticleView:
    return ArticleView(article.id, article.title, article.body, article.category_id)


def _like(term: str) -> str:
    return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def save_article(
    db: Database, title: str, body: str, category_id: int | None, actor: str, article_id: int | None = None,
    now: datetime | None = None,
) -> int:  # fmt: skip
    """Create (or edit, with `article_id`) an article; supervisors do this from the knowledge-base screen."""
    require(db, actor, "knowledge.edit")
    title, body = clean_line(title), clean_block(body)
    if not title:
        raise errors.ValidationError({"title": errors.EMPTY})
    require_lengths({"title": (title, Article.title), "body": (body, Article.body)})
    now = now or datetime.now()
    with db.sessions.begin() as session:
        article = Article() if article_id is None else session.get(Article, article_id)
        if article is None:
            raise errors.NotFound(article_id)
        article.title, article.body, article.category_id = title.strip(), body.strip(), category_id
        article.search_key = normalize_text(f"{article.title} {article.body}")
        article.updated_at, article.updated_by, article.active = now, actor, True
        session.add(article)
        session.flush()
        return article.id


def search_articles(db: Database, query: str, category_id: int | None = None) -> list[ArticleView]:
    """Articles containing every word of `query` (normalized), titles A-Z; a small table, so LIKE is enough."""
    terms = normalize_text(clean_query(query)).split()
    conditions = [Article.active.is_(True)] + [Article.search_key.like(_like(t), escape="\\") for t in terms]
    if category_id is not None:
        conditions.append(Article.category_id == category_id)
    with db.sessions() as session:
        found = session.scalars(select(Article).where(and_(*conditions)).order_by(Article.title).limit(SEARCH_LIMIT))
        return [_view(a) for a in found]


def articles_for_category(db: Database, category_id: int | None) -> list[ArticleView]:
    """The articles shown beside a ticket of that category."""
    if category_id is None:
        return []
    return search_articles(db, "", category_id)
