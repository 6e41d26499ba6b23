"""Backups and recovery: online SQLite copies (verified, rotated), restore, pg_dump, and the checks that
keep a damaged, foreign or newer database file from being touched."""
