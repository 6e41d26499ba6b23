"""Knowledge base: Persian/Arabic-aware search, articles of a category."""

from __future__ import annotations

import pytest

from app import errors
from app.db import Database
from app.services import lookups
from app.tickets.knowledge import articles_for_category, save_article, search_articles
from app.tickets.lists import TICKET_CATEGORY, TICKET_DEFAULTS


def test_search_is_normalized_and_category_articles_are_listed(any_db: Database) -> None:
    lookups.ensure_defaults(any_db, TICKET_DEFAULTS)
    delivery, billing = (item.id for item in lookups.list_values(any_db, TICKET_CATEGORY)[:2])
    first = save_article(any_db, "پیگیری مرسوله", "زمان ارسال ۳ روز کاری است", delivery, "boss")
    save_article(any_db, "Refund times", "Refunds take 3-7 working days", billing, "boss")
    assert [a.id for a in search_articles(any_db, "پيگيري")] == [first]  # Arabic yeh typed
    assert [a.title for a in search_articles(any_db, "3")] == ["Refund times", "پیگیری مرسوله"]  # ۳ == 3
    assert [a.title for a in search_articles(any_db, "refund DAYS")] == ["Refund times"]
    assert search_articles(any_db, "100%") == []
    assert [a.title for a in articles_for_category(any_db, delivery)] == ["پیگیری مرسوله"]
    assert articles_for_category(any_db, None) == []
    save_article(any_db, "Tracking a parcel", "Use the order number", delivery, "boss", article_id=first)
    assert [a.title for a in articles_for_category(any_db, delivery)] == ["Tracking a parcel"]
    with pytest.raises(errors.ValidationError):
        save_article(any_db, " ", "x", None, "boss")
