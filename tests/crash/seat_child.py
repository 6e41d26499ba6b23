"""A seat for the crash tests, as a child process: records calls (ring, then answer) and new customers
through the app's services, printing `ACK call|customer <n>` after each commit.

    python tests/crash/seat_child.py DATABASE SEAT CALLS [--until-full]

Waits for a line on stdin before writing, so several seats start together. Any database failure ends it
with one `error:` line (the app's sentence for it, never SQL) and exit 1.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from sqlalchemy.exc import DBAPIError  # noqa: E402

from app.db import explain, open_database  # noqa: E402
from app.dto import CustomerDraft, PhoneDraft  # noqa: E402
from app.services import customers, incoming  # noqa: E402


def main() -> int:
    path, seat, calls = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    until_full = "--until-full" in sys.argv
    db = open_database(path, migrate=False)
    print("READY", flush=True)
    sys.stdin.readline()
    i = 0
    try:
        while until_full or i < calls:
            i += 1
            pop = incoming.ring(db, f"0912{seat}{i:06d}", line=str(seat))
            incoming.answer(db, pop.call_id, f"agent{seat}")
            print(f"ACK call {pop.number}", flush=True)
            if i % 4 == 0 or until_full:
                draft = CustomerDraft(name=f"Seat {seat} customer {i} " + "x" * 150,
                                      phones=[PhoneDraft(f"0935{seat}{i:06d}")], notes="n" * 2000)  # fmt: skip
                created = customers.create_customer(db, draft, f"seat{seat}")
                print(f"ACK customer {created}", flush=True)
    except DBAPIError as error:
        print(f"error: {explain(error, db.url)}", file=sys.stderr, flush=True)
        return 1
    finally:
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
