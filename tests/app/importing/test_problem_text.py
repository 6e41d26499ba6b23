"""The rejected-rows file in the user's language: headers and every reason the checks write."""

from __future__ import annotations

import csv
from pathlib import Path

from app.importing.problem_text import problem_text
from app.importing.rejected import write_rejected
from app.importing.service import RowProblem

FSI, PDI = "\u2068", "\u2069"


def test_every_problem_reads_in_persian_and_arabic() -> None:
    problems = [
        "'12ab' cannot be a phone number", "'maybe' is not yes or no (do not call)", "'x1' is not a customer id",
        "'31/31/99' is not a date", "'a@' is not an e-mail address", "no name and no phone",
        "no customer has the id 42", "no customer has this id, phone or e-mail",
    ]  # fmt: skip
    for lang in ("fa", "ar"):
        for problem in problems:
            text = problem_text(problem, lang)
            latin = [w for w in text.replace("'", " ").split() if w.isascii() and w.isalpha()]
            assert text != problem and not [w for w in latin if w not in ("ab", "maybe", "x", "a")], (lang, text)
    assert problem_text("'12ab' cannot be a phone number", "fa") == f"{FSI}'12ab'{PDI} شماره تلفن نیست"
    assert problem_text("'maybe' is not yes or no (do not call)", "ar").endswith("(عدم الاتصال)")
    assert problem_text("no name and no phone; 'a@' is not an e-mail address", "fa").count("؛") == 1
    assert problem_text("something new", "fa") == "something new"  # unknown: as it is
    assert problem_text(problems[0], "en") == problems[0]


def test_rejected_file_in_persian(tmp_path: Path) -> None:
    out = tmp_path / "rejected.csv"
    write_rejected(out, ["Name", "Phone"], [RowProblem(3, "'12ab' cannot be a phone number", ["Ali", "12ab"])], "fa")
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["ردیف", "دلیل", "Name", "Phone"]
    assert rows[1] == ["3", f"{FSI}'12ab'{PDI} شماره تلفن نیست", "Ali", "12ab"]
