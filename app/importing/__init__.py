"""Importing customers from CSV, Excel and vCard files: readers, header mapping, checks and the import itself."""
