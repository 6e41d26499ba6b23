"""Which database this seat opens: this PC's file or the office server (Settings → Database…, first run)."""
