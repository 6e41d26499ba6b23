"""Finding customers entered more than once, merging them, and undoing a merge."""
