"""Printable documents drawn from a prepared deck: the facilitator guide, the handout and the
slides as a page, each built as a document of blocks (see `workshop.blocks`)."""
