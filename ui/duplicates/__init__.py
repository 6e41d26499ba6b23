"""Find duplicates (on a worker, with progress), and the merge view with undo."""
