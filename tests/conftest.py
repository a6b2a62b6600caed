"""Shared fixtures: a scratch project folder, the CLI runner and golden-file comparison."""

from __future__ import annotations

import os
import shutil
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
GOLDEN = Path(__file__).resolve().parent / "golden"


def png(width: int, height: int, colour: str) -> bytes:
    """Return a plain PNG of one colour."""
    from io import BytesIO

    from PIL import Image

    out = BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "PNG")
    return out.getvalue()


@pytest.fixture(scope="session", autouse=True)
def _own_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Keep what the tests render (the guide's slide pictures) in a cache of the test run's
    own, shared by its tests, never in the user's."""
    before = os.environ.get("XDG_CACHE_HOME")
    os.environ["XDG_CACHE_HOME"] = str(tmp_path_factory.mktemp("cache"))
    yield
    if before is None:
        del os.environ["XDG_CACHE_HOME"]
    else:
        os.environ["XDG_CACHE_HOME"] = before


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite the golden files from the current output")


@pytest.fixture
def write_tree(tmp_path: Path) -> Callable[[dict[str, str | bytes]], Path]:
    """Return a helper that writes {relative path: text} under tmp_path and returns tmp_path."""

    def write(files: dict[str, str | bytes]) -> Path:
        for name, content in files.items():
            target = tmp_path / name
            target.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                target.write_bytes(content)
            else:
                target.write_text(textwrap.dedent(content).lstrip("\n"), encoding="utf-8")
        return tmp_path

    return write


@pytest.fixture
def in_dir(monkeypatch: pytest.MonkeyPatch) -> Callable[[Path], Path]:
    """Return a helper that makes a folder the working directory for the test."""

    def enter(folder: Path) -> Path:
        monkeypatch.chdir(folder)
        return folder

    return enter


@pytest.fixture
def golden(request: pytest.FixtureRequest) -> Callable[[str, str], None]:
    """Return a helper comparing text with tests/golden/<name>; --update-golden rewrites it."""

    def compare(name: str, actual: str) -> None:
        path = GOLDEN / name
        if request.config.getoption("--update-golden"):
            path.write_text(actual, encoding="utf-8")
        assert path.exists(), f"no golden file {path}; run pytest --update-golden"
        assert actual == path.read_text(encoding="utf-8")

    return compare


@pytest.fixture(autouse=True)
def _no_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)


def require_tool(name: str) -> str:
    """Return the path of a command-line tool; fail under CI when it is missing, else skip."""
    found = shutil.which(name)
    if found:
        return found
    if os.environ.get("CI"):
        pytest.fail(f"{name} is required in CI but is not installed")
    pytest.skip(f"{name} is not installed")


@pytest.fixture(autouse=True)
def _fresh_session() -> Iterator[None]:
    """Each test builds in a build session of its own: no test leans on what another test's
    builds left behind, so each passes or fails alone and in any order. (A module-wide
    fixture that builds once does so before this session opens: outside any session,
    which keeps nothing.)"""
    from workshop.session import BuildSession

    with BuildSession():
        yield


def office_modules_loaded_by(script: str, cwd: Path) -> list[str]:
    """Return the modules of python-pptx, python-docx and our PowerPoint writer that running
    the Python `script` in a process of its own loads, by name."""
    import subprocess
    import sys

    listing = ("\nimport sys\nprint('\\n'.join(sorted(m for m in sys.modules if m.split('.')[0] "
               "in ('pptx', 'docx') or m.startswith('workshop.writers.pptx'))))\n")
    run = subprocess.run([sys.executable, "-c", script + listing], capture_output=True,
                         text=True, check=True, cwd=cwd)
    return run.stdout.split()
