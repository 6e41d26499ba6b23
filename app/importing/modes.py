"""What an import may do: the modes and the choices for duplicates (shared by the CLI, the wizard and the service)."""

MODES = ("create", "update", "upsert")
ON_DUPLICATE = ("skip", "merge", "create")
