"""The slide types: one module per type, gathered in `registry` (what each is: `kind`), and
the types a list of points becomes by what it holds (design system, sections 4 and 5).

An outline writes a list of points; what the room sees is chosen from its content, first
match wins: the author's own `layout:` (or `auto_layout: false`) keeps the list; one short
sentence becomes a statement; two to four
quotations become quote cards; three to six numbered steps become step panels; three or four
short points become point cards; anything else
stays a list beside its icon. Each such type is a module of its own whose `TYPE` (a
`kind.ListType`) gives its rule (`applies`) and its drawing (`draw`, which returns False only
when what it drew runs past its area, a thing the fit check cannot see in panels as tall as
their words: steps), tried in turn by `choice`; the guide,
the handout and the HTML slides describe every type as the list of points it was written as,
so they need nothing of their own.
"""
