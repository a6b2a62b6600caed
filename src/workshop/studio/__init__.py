"""Workshop studio: a local web page where a facilitator picks a deck and a kit, types the
event's details, sees every slide as LibreOffice renders it with its notes and findings,
and downloads the deck, the guide and the handout (`workshop serve`)."""
