"""Answers for agents: search the knowledge base (Persian/Arabic-aware) and, for supervisors, edit articles."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.db import Database
from app.services import lookups
from app.tickets.knowledge import ArticleView, save_article, search_articles
from app.tickets.lists import TICKET_CATEGORY
from ui.formatting import fill
from ui.forms import error_label
from ui.messages import plain_error
from ui.search_box import cap_search_box
from ui.tasks import run_task

ArticleRole = Qt.ItemDataRole.UserRole + 1


class KnowledgeDialog(QDialog):
    def __init__(self, db: Database, actor: str, can_edit: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.actor, self.article_id = db, actor, None
        self.setWindowTitle(self.tr("Knowledge base"))
        self.resize(900, 560)
        self.search = QLineEdit()
        cap_search_box(self.search)  # any text, capped with a message (app.search_text)
        self.search.setPlaceholderText(self.tr("Search articles"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.currentItemChanged.connect(lambda item, _old: self._show(item))
        self.title = QLineEdit()
        self.category = QComboBox()
        self.category.addItem(self.tr("(none)"), None)
        for item in lookups.list_values(db, TICKET_CATEGORY):
            self.category.addItem(item.value, item.id)
        self.body = QPlainTextEdit()
        self.error = error_label(word_wrap=True)
        new = QPushButton(self.tr("New article"))
        new.clicked.connect(self._new)
        self.save = QPushButton(self.tr("Save article"))
        self.save.clicked.connect(self._save)
        for widget in (self.title, self.category, new, self.save):
            widget.setEnabled(can_edit)
        self.body.setReadOnly(not can_edit)
        self._timer = QTimer(self, singleShot=True, interval=180)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.body)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addStretch()
        buttons.addWidget(self.save)
        left = QVBoxLayout()
        left.addWidget(self.search)
        left.addWidget(self.results)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.error)
        right.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 2)
        self.refresh()

    def refresh(self) -> None:
        db, query = self.db, self.search.text()
        run_task(self, lambda: search_articles(db, query), self._fill, self._search_failed)

    def _search_failed(self, error: BaseException) -> None:
        self.results.clear()
        self.error.setText(fill(self.tr("Could not load the articles: %1. Search again to retry."), plain_error(error)))
        self.error.show()

    def _fill(self, articles: list[ArticleView]) -> None:
        self.results.clear()
        for article in articles:
            item = QListWidgetItem(article.title)
            item.setData(ArticleRole, article)
            self.results.addItem(item)

    def _show(self, item: QListWidgetItem | None) -> None:
        article: ArticleView | None = item.data(ArticleRole) if item is not None else None
        if article is None:
            return
        self.article_id = article.id
        self.title.setText(article.title)
        self.body.setPlainText(article.body)
        self.category.setCurrentIndex(max(0, self.category.findData(article.category_id)))

    def _new(self) -> None:
        self.article_id = None
        self.title.clear()
        self.body.clear()
        self.title.setFocus()

    def _save(self) -> None:
        if not self.title.text().strip():
            self.error.setText(self.tr("Give the article a title."))
            self.error.show()
            return
        self.error.hide()
        db, actor, article_id = self.db, self.actor, self.article_id
        title, body, category = self.title.text(), self.body.toPlainText(), self.category.currentData()

        def saved(new_id: int) -> None:
            self.article_id = new_id
            self.refresh()

        run_task(self, lambda: save_article(db, title, body, category, actor, article_id), saved, write=True)
