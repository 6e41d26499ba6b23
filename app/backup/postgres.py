"""Backing up a PostgreSQL database: pg_dump (custom format), its password passed in the environment."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from sqlalchemy.engine import make_url

from app.backup.copy import BackupFailed


def find_pg_dump() -> str | None:
    """pg_dump on PATH (PG_DUMP overrides it, for a server version newer than the PATH's client)."""
    return os.environ.get("PG_DUMP") or shutil.which("pg_dump")


def pg_dump(url: str, target: Path, timeout_s: float = 3600) -> Path:
    """Dump the database at `url` into `target` (restore it with pg_restore); raise BackupFailed with one line."""
    program = find_pg_dump()
    if program is None:
        raise BackupFailed(
            "pg_dump is not installed, so this PostgreSQL database cannot be backed up from here: install the "
            "PostgreSQL client tools (e.g. `apt install postgresql-client`) or back up on the server."
        )
    parsed = make_url(url)
    env = dict(os.environ)
    if parsed.password:
        env["PGPASSWORD"] = str(parsed.password)  # never on the command line, where `ps` would show it
    partial = target.with_name(f".{target.name}.partial")
    arguments = [program, "--format=custom", "--no-owner", f"--file={partial}", f"--dbname={parsed.database}"]
    if parsed.host:
        arguments.append(f"--host={parsed.host}")
    if parsed.port:
        arguments.append(f"--port={parsed.port}")
    if parsed.username:
        arguments.append(f"--username={parsed.username}")
    try:
        finished = subprocess.run(arguments, env=env, capture_output=True, text=True, timeout=timeout_s)
    except (OSError, subprocess.TimeoutExpired) as error:
        partial.unlink(missing_ok=True)
        raise BackupFailed(f"pg_dump did not finish: {error}") from error
    if finished.returncode != 0:
        partial.unlink(missing_ok=True)
        reason = (finished.stderr.strip().splitlines() or ["no message"])[-1]
        raise BackupFailed(f"pg_dump failed: {reason}")
    os.replace(partial, target)
    return target
