"""Every use of Typer's private names, in one place (as `compat` holds python-pptx's and
python-docx's, apart: the command's help must not load python-pptx).

Entry: the private name it reaches; what it relies on.

- show_argument_as: `TyperArgument._usage_display_name()` and `display_type_rich(ctx)`; how
  an argument is named on the usage line, and whether a type is shown beside it in the help.
  `tests/test_compat.py` fails, naming the entry, when a release renames them.
"""

from __future__ import annotations

from collections.abc import Callable

from typer.core import TyperArgument


def show_argument_as(argument: TyperArgument, usage_name: Callable[[], str]) -> None:
    """Have the Typer `argument` named on the usage line as `usage_name()` says, with no type
    beside its name in the help (the two methods replaced on this argument alone)."""
    argument.display_type_rich = lambda ctx: None  # type: ignore[method-assign]
    argument._usage_display_name = usage_name  # type: ignore[method-assign]
