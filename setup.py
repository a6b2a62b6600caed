"""Put the parent-night library (decks/ and speaker_notes/) into the package when a wheel is
built, as workshop/library/: an installed workshop then has its decks, notes, pictures and
example kits (see workshop.library). The rest of the configuration is in pyproject.toml.

An editable install skips the copy: it reads the checkout's folders where they are.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

LIBRARY = ("decks", "speaker_notes")


class BuildWithLibrary(build_py):
    """build_py, then the library's folders copied under the built package."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib, "workshop", "library")
        shutil.rmtree(target, ignore_errors=True)  # nothing left from an earlier build
        for name in LIBRARY:
            shutil.copytree(name, target / name, dirs_exist_ok=True,
                            ignore=shutil.ignore_patterns("__pycache__", ".*"))


setup(cmdclass={"build_py": BuildWithLibrary})
