"""The README a newcomer reads and the documentation site the rest lives in."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from conftest import REPO

README = REPO / "README.md"


def test_the_readme_is_one_page_and_starts_with_the_two_commands() -> None:
    text = README.read_text(encoding="utf-8")
    assert len(text.splitlines()) < 200
    quick = text[text.index("## Quick start"):]
    block = quick[quick.index("```sh\n") + 6:]
    commands = block[:block.index("\n```")].splitlines()
    assert len(commands) == 2
    assert commands[0].endswith("workshop build parent-night -o build/parent-night.pptx")
    assert commands[1] == "bash .ci/run"


def test_every_page_the_readme_links_to_is_there() -> None:
    links = re.findall(r"\]\((docs/[^)#]+)(?:#[^)]*)?\)", README.read_text(encoding="utf-8"))
    assert len(links) >= 10
    for link in links:
        assert (REPO / link).is_file(), link


def test_the_documentation_site_builds_strictly(tmp_path: Path) -> None:
    """mkdocs --strict fails on a link to a page or a heading that is not there."""
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict",
                             "--site-dir", str(tmp_path / "site")], cwd=REPO,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    home = (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    assert "parent-night-short" in home and 'href="studio/"' in home
