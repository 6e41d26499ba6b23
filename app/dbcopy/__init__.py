"""Copying a whole Tamas database between SQLite and PostgreSQL (`python main.py db copy`).

`app.dbcopy.copy.copy_database` does the work; `app.dbcopy.cli` is the command line (light to import:
the parser is built at every start of the app).
"""
