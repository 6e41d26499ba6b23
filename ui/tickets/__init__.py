"""Ticket screens: list, ticket view, new-ticket dialog, card section, main-window hooks."""
