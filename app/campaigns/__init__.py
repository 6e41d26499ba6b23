"""Outbound campaigns: target lists that respect consent, the Next call queue, dispositions, scripts, results."""
