"""Data quality: how many customers lack a phone, a valid e-mail, consent information, ... (SQL counts)."""
