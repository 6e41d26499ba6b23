"""Several seats on one PostgreSQL server: calls published to every seat, routing, presence, the wallboard."""
