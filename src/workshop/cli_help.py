"""Help that reads as a user's words: arguments shown by their names, as a user types them
("workshop build [OUTLINE]..."), without Typer's notation for programmers ("{OUTLINE}",
"OUTLINE <list[Path]>").
"""

from __future__ import annotations

import click
from typer.core import TyperArgument, TyperCommand

from workshop.compat_typer import show_argument_as


class PlainCommand(TyperCommand):
    """A command whose help and usage line name each argument as click's own commands do:
    OUTLINE when required, [FOLDER] when optional, and ... after one that repeats."""

    def get_params(self, ctx: click.Context) -> list[click.Parameter]:
        """Return the command's parameters, each argument set to show its name alone."""
        params = super().get_params(ctx)
        for param in params:
            if isinstance(param, TyperArgument):
                # Typer gives no hook for this: its argument class is chosen inside it, so
                # the two methods are replaced on each argument (none is shared).
                show_argument_as(param, _usage_name(param))
        return params


def _usage_name(argument: TyperArgument):
    """Return the function that names `argument` on the usage line."""
    def name() -> str:
        shown = argument.metavar or argument.name or ""
        shown = shown if argument.required else f"[{shown}]"
        return f"{shown}..." if argument.nargs != 1 else shown

    return name
