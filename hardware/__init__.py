"""Caller-ID hardware: pure-Python parsers for modem, NCID, Whozz Calling, Yasna and MDMF sources.

Nothing here imports Qt, the database, ``app`` or ``ui``; sources call plain callbacks from
their reader threads and the GUI adapts them.
"""

from hardware.events import CallerIdEvent

__all__ = ["CallerIdEvent"]
