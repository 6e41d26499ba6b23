"""Tamas on screen: windows, dialogs, Qt item models over app/ services, workers for slow jobs."""
