"""Campaign screens: the Campaigns tab, the campaign editor with its live count, Next call, results."""
