"""The audit log screen (supervisors and owners): who changed what, when, before → after; filters and export."""
