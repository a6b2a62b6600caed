"""One module per output format; each reads a PreparedDeck and returns bytes."""
