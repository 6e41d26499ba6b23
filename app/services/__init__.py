"""One module per capability; every change to data goes through a function here."""
