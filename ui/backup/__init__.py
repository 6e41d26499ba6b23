"""Backups in the app: the Backups… dialog, the daily and at-exit backups, and the start-up checks."""
