"""Hostile and broken input: each case gets a clear message, never a traceback or a hang."""

from __future__ import annotations

import errno
import os
import zipfile
from pathlib import Path

import pytest
from cli_runner import run
from PIL import Image
from pptx import Presentation

from workshop.build import build
from workshop.errors import WorkshopError

HEAD = "title: T\nsections:\n  - title: S\n    slides:\n"
TINY_DECK = HEAD + "      - {title: A, bullets: [a]}\n"
IMAGE_DECK = HEAD + "      - {title: A, layout: image, image: IMAGE, alt: a picture}\n"


def problems(deck: Path) -> list[str]:
    with pytest.raises(WorkshopError) as caught:
        build(deck, deck.parent / "out.pptx")
    assert not (deck.parent / "out.pptx").exists()
    return [str(d) for d in caught.value.diagnostics]


@pytest.fixture
def image_deck(write_tree, in_dir):
    """Return a helper writing an image slide deck around a picture file made by `make`."""

    def make(name: str, create) -> Path:
        root = in_dir(write_tree({"speaker_notes/.keep": "",
                                  "d.yaml": IMAGE_DECK.replace("IMAGE", f"img/{name}")}))
        (root / "img").mkdir(exist_ok=True)
        create(root / "img" / name)
        return root / "d.yaml"

    return make


@pytest.mark.parametrize(("name", "create", "message"), [
    ("fake.png", lambda p: p.write_text("not an image"),
     "fake.png is not a PNG, JPEG, GIF, BMP, TIFF or WebP picture (convert SVG, HEIC, EPS and "
     "other formats to PNG first)"),
    ("drawing.svg", lambda p: p.write_text("<svg xmlns='http://www.w3.org/2000/svg'/>"),
     "drawing.svg is not a PNG, JPEG, GIF, BMP, TIFF or WebP picture (convert SVG, HEIC, EPS "
     "and other formats to PNG first)"),
    ("cut.png", lambda p: p.write_bytes(_png_bytes()[:300]),
     "cut.png cannot be read as an image: image file is truncated"),
    ("huge.png", lambda p: Image.new("1", (5001, 5001)).save(p),
     "huge.png is 5001x5001 pixels; the limit is 25 megapixels"),
    ("vast.bmp", lambda p: _sparse_file(p, 300_000_000),
     "vast.bmp is 300 MB; the limit is 201 MB"),
])
def test_bad_images_are_refused(image_deck, name, create, message) -> None:
    assert problems(image_deck(name, create)) == [
        f"d.yaml:5:42: sections[0].slides[0].image: {message}"]


def _sparse_file(path: Path, size: int) -> None:
    """Make a file of `size` bytes that takes no room on disk (a hole after two bytes)."""
    path.write_bytes(b"BM")
    os.truncate(path, size)


def _png_bytes() -> bytes:
    import io
    out = io.BytesIO()
    Image.effect_noise((200, 120), 40).convert("RGB").save(out, "PNG")
    return out.getvalue()


def _exif_rotated(path: Path) -> None:
    image = Image.new("RGB", (80, 40), "red")
    exif = image.getexif()
    exif[0x0112] = 6  # rotate 90 degrees when shown
    image.save(path, "JPEG", exif=exif)


@pytest.mark.parametrize(("name", "create", "content_type", "size"), [
    ("cmyk.jpg", lambda p: Image.new("CMYK", (40, 30), (0, 50, 100, 0)).save(p), "image/jpeg",
     (40, 30)),
    ("photo.webp", lambda p: Image.new("RGB", (40, 30), "teal").save(p), "image/png", (40, 30)),
    ("deep.png", lambda p: Image.new("I;16", (40, 30)).save(p), "image/png", (40, 30)),
    ("turned.jpg", _exif_rotated, "image/jpeg", (40, 80)),
])
def test_awkward_images_are_converted(image_deck, tmp_path, name, create, content_type,
                                      size) -> None:
    deck = image_deck(name, create)
    build(deck, deck.parent / "out.pptx")
    slide = Presentation(str(deck.parent / "out.pptx")).slides[2]
    picture = next(s for s in slide.shapes if hasattr(s, "image"))
    assert picture.image.content_type == content_type
    assert picture.image.size == size


def test_fifo_and_links_out_of_the_project_are_refused_before_reading(image_deck) -> None:
    deck = image_deck("pipe.png", lambda p: os.mkfifo(p))
    assert problems(deck) == ["d.yaml:5:42: sections[0].slides[0].image: 'img/pipe.png' is not "
                              "a regular file"]
    deck = image_deck("link.png", lambda p: p.symlink_to("/etc/hostname"))
    assert problems(deck) == ["d.yaml:5:42: sections[0].slides[0].image: 'img/link.png' leads "
                              "outside the project folder through a link"]


def test_links_are_followed_only_while_they_stay_in_the_project(tmp_path: Path) -> None:
    """Each file's own link is checked, even in a folder resolved before; a folder that is a
    link out of the project is refused; links that stay inside are followed."""
    from workshop.paths import ProjectFiles

    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.md").write_text("not ours")
    project = tmp_path / "project"
    (project / "notes").mkdir(parents=True)
    (project / "notes" / "a.md").write_text("ours")
    (project / "notes" / "b.md").symlink_to(outside / "secret.md")
    (project / "notes" / "c.md").symlink_to(project / "notes" / "a.md")
    (project / "away").symlink_to(outside)
    (project / "here").symlink_to(project / "notes")
    (project / "notes" / "loop.md").symlink_to(project / "notes" / "loop.md")
    files = ProjectFiles(project)

    def outcome(text: str) -> str:
        try:
            return str(files.resolve(text).relative_to(tmp_path))
        except ValueError as exc:
            return str(exc)

    assert [outcome(t) for t in ("notes/a.md", "notes/b.md", "notes/c.md", "away/secret.md",
                                 "here/a.md", "here/b.md", "notes/none.md", "notes",
                                 "notes/loop.md")] == [
        "project/notes/a.md",
        "'notes/b.md' leads outside the project folder through a link",
        "project/notes/a.md",
        "'away/secret.md' leads outside the project folder through a link",
        "project/notes/a.md",
        "'here/b.md' leads outside the project folder through a link",
        f"file not found: notes/none.md (looked in {project}/)",
        "'notes' is not a regular file",
        f"file not found: notes/loop.md (looked in {project}/)",  # a loop, not a traceback
    ]


@pytest.mark.parametrize(("text", "message"), [
    ("{{ ''.__class__.__mro__ }}", "not allowed in a template: access to attribute "
                                   "'__class__' of 'str' object is unsafe."),
    ("{{ range.__globals__ }}", "not allowed in a template: access to attribute "
                                 "'__globals__' of 'function' object is unsafe."),
    ("{{ 'a' * 10**9 }}", "not allowed in a template: the result would be longer than "
                          "200,000 characters"),
    ("{{ 9 ** 999999 }}", "not allowed in a template: exponent too large"),
    ("{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}",
     "template stopped: it ran longer than 2 s"),
])
def test_template_escapes_and_runaways_are_stopped(write_tree, in_dir, text, message) -> None:
    root = in_dir(write_tree({"d.yaml": f'title: "{text}"\nsections:\n  - title: S\n'
                                        "    slides:\n      - {title: A, bullets: [a]}\n"}))
    assert problems(root / "d.yaml") == [f"d.yaml:1:8: title: {message}"]


def test_a_runaway_template_is_stopped_in_a_server_thread_too(write_tree, in_dir) -> None:
    """The studio builds in worker threads, which no alarm signal reaches: the limit holds
    there too, and the thread goes on serving."""
    from concurrent.futures import ThreadPoolExecutor

    runaway = "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}"
    root = in_dir(write_tree({"d.yaml": f'title: "{runaway}"\nsections:\n  - title: S\n'
                                        "    slides:\n      - {title: A, bullets: [a]}\n"}))
    with ThreadPoolExecutor(1) as pool:
        assert pool.submit(problems, root / "d.yaml").result(timeout=30) == [
            "d.yaml:1:8: title: template stopped: it ran longer than 2 s"]
        assert pool.submit(lambda: sum(range(10))).result(timeout=5) == 45


def test_control_characters_are_cleaned_and_never_shown_escaped(write_tree, in_dir) -> None:
    root = in_dir(write_tree({"d.yaml": 'title: "Ti\\x1btle\\uFFFE"\nsections:\n  - title: S\n'
                                        '    slides:\n      - title: "A\\r\\nB"\n'
                                        '        bullets: ["one\\x07two"]\n'
                                        '        notes: "first\\r\\nsecond\\x00"\n'}))
    build(root / "d.yaml", root / "out.pptx")
    prs = Presentation(str(root / "out.pptx"))
    assert prs.slides[0].shapes.title.text == "Title"
    slide = prs.slides[2]
    # one short sentence: drawn as a statement, cleaned as any point is
    assert next(s for s in slide.shapes if s.name == "Statement").text_frame.text == "onetwo"
    assert slide.notes_slide.notes_text_frame.text == "first second"
    with zipfile.ZipFile(root / "out.pptx") as package:
        assert not any(b"_x00" in package.read(n) for n in package.namelist()
                       if n.endswith(".xml"))


@pytest.mark.parametrize(("content", "message"), [
    ("title: T\nsections:\n\t- title: S\n",
     "d.yaml:3:1: YAML syntax: found character '\\t' that cannot start any token"),
    ("a: " + "[" * 5000 + "]" * 5000 + "\n", "d.yaml:1:1: YAML syntax: nested more than 64 "
                                            "levels deep"),
    ("title: " + "x" * 4_000_001 + "\n", "d.yaml:1:1: file is 4,000,009 bytes; the limit is "
                                         "4,000,000"),
])
def test_yaml_that_is_hostile_or_broken(write_tree, in_dir, content, message) -> None:
    root = in_dir(write_tree({"d.yaml": content}))
    result = run("check", "d.yaml")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == message
    assert "Traceback" not in result.stderr
    assert root.exists()


def test_a_full_disk_leaves_the_previous_output_and_no_temporary(
    write_tree, in_dir, monkeypatch
) -> None:
    root = in_dir(write_tree({"d.yaml": TINY_DECK}))
    output = root / "out.pptx"
    output.write_bytes(b"previous deck")

    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    result = run("build", "d.yaml", "-o", "out.pptx")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == ("out.pptx:1:1: cannot write the output: "
                                             "No space left on device")
    assert output.read_bytes() == b"previous deck"
    assert sorted(p.name for p in root.iterdir()) == ["d.yaml", "out.pptx"]


def test_an_exception_mid_save_leaves_the_previous_file_byte_identical(
    write_tree, in_dir, monkeypatch
) -> None:
    root = in_dir(write_tree({"d.yaml": TINY_DECK}))
    build(root / "d.yaml", root / "out.pptx")
    before = (root / "out.pptx").read_bytes()

    def interrupted(source, target) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        build(root / "d.yaml", root / "out.pptx")
    assert (root / "out.pptx").read_bytes() == before
    assert sorted(p.name for p in root.iterdir()) == ["d.yaml", "out.pptx"]


def test_urls_and_devices_are_refused_as_paths(write_tree, in_dir) -> None:
    root = in_dir(write_tree({"d.yaml": "title: T\nsections:\n  - title: S\n    slides:\n"
                                        "      - {title: A, bullets: [a], notes: 'https://x.example/n.md'}\n"
                                        "      - {title: B, bullets: [b], notes: /dev/zero.md}\n"}))
    assert problems(root / "d.yaml") == [
        "d.yaml:5:41: sections[0].slides[0].notes: 'https://x.example/n.md' is a URL; give a "
        "file in the project folder",
        "d.yaml:6:41: sections[0].slides[1].notes: '/dev/zero.md' is an absolute path; give one "
        "relative to the project folder",
    ]


def test_a_read_only_folder_is_a_message(write_tree, in_dir, monkeypatch) -> None:
    import tempfile
    in_dir(write_tree({"d.yaml": TINY_DECK}))

    def refused(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    result = run("build", "d.yaml", "-o", "locked/out.pptx")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == ("locked/out.pptx:1:1: cannot write the output: "
                                             "Permission denied")


def test_two_builds_racing_for_one_output_leave_one_complete_file(write_tree, in_dir) -> None:
    import subprocess
    import sys
    root = in_dir(write_tree({"d.yaml": TINY_DECK}))
    code = ("from pathlib import Path; from workshop.build import build; "
            "[build(Path('d.yaml'), Path('out.pptx')) for _ in range(3)]")
    racers = [subprocess.Popen([sys.executable, "-c", code], cwd=root) for _ in range(3)]
    assert [r.wait(timeout=120) for r in racers] == [0, 0, 0]
    assert len(Presentation(str(root / "out.pptx")).slides) == 3
    assert sorted(p.name for p in root.iterdir()) == ["d.yaml", "out.pptx"]


def test_a_zip_bomb_template_is_refused(write_tree, in_dir) -> None:
    root = in_dir(write_tree({"kit.yaml": "name: K\ncolors: {primary: '#1F4E79', accent: "
                                          "'#F2A900', background: '#FFFFFF', text: '#000000'}\n"
                                          "template: bomb.pptx\n"}))
    with zipfile.ZipFile(root / "bomb.pptx", "w", zipfile.ZIP_DEFLATED) as bomb:
        bomb.writestr("ppt/big.bin", b"\0" * 220_000_000)
    from workshop.brand import prepare_brand
    with pytest.raises(WorkshopError) as caught:
        prepare_brand(root / "kit.yaml")
    assert caught.value.diagnostics[0].message.startswith(
        "bomb.pptx unpacks to 220,000,000 bytes in 1 files; a template may hold at most")


def test_a_template_without_a_notes_master_still_gets_notes(write_tree, in_dir, tmp_path) -> None:
    from workshop.theme import DEFAULT_TEMPLATE
    with zipfile.ZipFile(DEFAULT_TEMPLATE) as package:
        assert not any(n.startswith("ppt/notesMasters/") for n in package.namelist())
    noted = HEAD + "      - {title: A, bullets: [a], notes: Say hello.}\n"
    root = in_dir(write_tree({"d.yaml": noted}))
    build(root / "d.yaml", root / "out.pptx")
    slide = Presentation(str(root / "out.pptx")).slides[2]
    assert slide.notes_slide.notes_text_frame.text == "Say hello."


def test_a_macro_enabled_template_is_refused(write_tree, in_dir) -> None:
    root = in_dir(write_tree({"kit.yaml": "name: K\ncolors: {primary: '#1F4E79', accent: "
                                          "'#F2A900', background: '#FFFFFF', text: '#000000'}\n"
                                          "template: org.pptm\n", "org.pptm": b"PK"}))
    from workshop.brand import prepare_brand
    with pytest.raises(WorkshopError) as caught:
        prepare_brand(root / "kit.yaml")
    assert [d.message for d in caught.value.diagnostics] == [
        "org.pptm is not a .pptx file (save .potx or .pptm templates as .pptx)"]


def test_a_lone_surrogate_is_rejected_with_its_place(write_tree, in_dir) -> None:
    root = in_dir(write_tree({"d.yaml": 'title: "half \\ud800 a character"\nsections:\n'
                                        "  - title: S\n    slides:\n"
                                        "      - {title: A, bullets: [a]}\n"}))
    assert problems(root / "d.yaml") == [
        "d.yaml:1:8: title: contains a lone surrogate (an escape such as \\ud800 that is half "
        "a character); remove it"]


def test_a_template_that_renders_empty_is_located(write_tree, in_dir) -> None:
    root = in_dir(write_tree({"d.yaml": "title: \"{{ '' }}\"\nsections:\n  - title: S\n"
                                        "    slides:\n      - {title: A, bullets: [a]}\n"}))
    assert problems(root / "d.yaml") == ["d.yaml:1:8: title: must not be empty"]
