"""Tamas without a screen: models, migrations and services shared by the GUI, the CLI and the tests."""
