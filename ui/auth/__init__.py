"""Sign-in, switch user, the Users dialog, and greying out what the signed-in role may not do."""
