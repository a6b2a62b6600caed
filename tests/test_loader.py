"""Safe YAML: positions of values, refused constructs, and text that stays text."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop.errors import WorkshopError
from workshop.loader import Position, load_yaml


def messages(path: Path) -> list[str]:
    with pytest.raises(WorkshopError) as caught:
        load_yaml(path)
    return [str(d) for d in caught.value.diagnostics]


def test_positions_point_at_values_and_keys(write_tree, in_dir) -> None:
    root = in_dir(write_tree({"d.yaml": """
        title: Hello
        sections:
          - title: One
            notes: |
              first line
    """}))
    loaded = load_yaml(root / "d.yaml")
    assert loaded.values[("title",)] == Position("d.yaml", 1, 8)
    assert loaded.keys[("sections", 0, "title")] == Position("d.yaml", 3, 5)
    assert loaded.values[("sections", 0, "notes")].first_text_line == 5


def test_words_and_numbers_stay_text(write_tree, in_dir) -> None:
    root = in_dir(write_tree({"d.yaml": "a: NO\nb: yes\nc: 1.10\nd: ~\ne: ''\n"}))
    assert load_yaml(root / "d.yaml").data == {"a": "NO", "b": "yes", "c": "1.10", "d": None,
                                               "e": ""}


def test_a_tab_after_a_colon_separates_as_a_space_does(write_tree, in_dir) -> None:
    """Text pasted from a document often carries tabs; YAML 1.2 (and libyaml) accept one as
    the separator after `key:`, where PyYAML's own scanner stops with an error."""
    root = in_dir(write_tree({"d.yaml": "title:\tHello\nsections:\n  - title:\tOne\n"}))
    loaded = load_yaml(root / "d.yaml")
    assert loaded.data == {"title": "Hello", "sections": [{"title": "One"}]}
    assert loaded.values[("sections", 0, "title")] == Position("d.yaml", 3, 12)


def test_duplicate_keys_name_both_lines(write_tree, in_dir) -> None:
    root = in_dir(write_tree({"d.yaml": "title: A\nother: B\ntitle: C\n"}))
    assert messages(root / "d.yaml") == [
        "d.yaml:3:1: title: duplicate key 'title' (first defined on line 1)"]


def test_aliases_are_refused_before_expansion(write_tree, in_dir) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + n)}: &{chr(98 + n)} [*{chr(97 + n)}, *{chr(97 + n)}, *{chr(97 + n)}]\n"
        for n in range(8))
    root = in_dir(write_tree({"bomb.yaml": bomb}))
    assert messages(root / "bomb.yaml") == [
        "bomb.yaml:2:8: YAML syntax: aliases (*name) are not allowed in an outline"]


def test_invalid_utf8_and_nul_bytes_are_refused(write_tree, in_dir) -> None:
    root = in_dir(write_tree({"latin.yaml": b"title: caf\xe9\n", "nul.yaml": b"a: b\nc: \x00\n",
                              "bom.yaml": b"\xef\xbb\xbftitle: ok\n"}))
    assert messages(root / "latin.yaml") == ["latin.yaml:1:11: the file is not valid UTF-8"]
    assert messages(root / "nul.yaml") == ["nul.yaml:2:4: the file contains a NUL byte"]
    assert load_yaml(root / "bom.yaml").data == {"title": "ok"}


def test_missing_file(tmp_path: Path, in_dir) -> None:
    in_dir(tmp_path)
    assert messages(tmp_path / "none.yaml") == ["none.yaml:1:1: file not found"]


def test_includes_splice_sections_and_slides_with_their_own_positions(write_tree, in_dir) -> None:
    root = in_dir(write_tree({
        "d.yaml": """
            sections:
              - include: parts/intro.yaml
              - title: Two
                slides:
                  - include: parts/pair.yaml
                  - include: parts/one.yaml
                    minutes: 1
        """,
        "parts/intro.yaml": "title: One\nslides: [{title: A, bullets: [a]}]\n",
        "parts/pair.yaml": "- {title: B, bullets: [b]}\n- {title: C, bullets: [c]}\n",
        "parts/one.yaml": "title: D\nbullets: [d]\nminutes: 3\n",
    }))
    loaded = load_yaml(root / "d.yaml", include_root=root)
    sections = loaded.data["sections"]
    assert sections[0]["title"] == "One"
    assert [s["title"] for s in sections[1]["slides"]] == ["B", "C", "D"]
    assert sections[1]["slides"][2]["minutes"] == "1"  # the includer's keys win
    second = loaded.values[("sections", 1, "slides", 1, "title")]
    assert second == Position("parts/pair.yaml", 2, 11)
    assert loaded.values[("sections", 1, "slides", 2, "minutes")].file == "d.yaml"


def test_included_files_are_read_afresh_and_equal_ones_keep_their_own_positions(
        write_tree, in_dir) -> None:
    root = in_dir(write_tree({
        "d.yaml": "slides:\n  - include: a.yaml\n  - include: b.yaml\n",
        "a.yaml": "title: Same\nbullets: [x]\n",
        "b.yaml": "title: Same\nbullets: [x]\n",
    }))
    loaded = load_yaml(root / "d.yaml", include_root=root)
    assert [loaded.values[("slides", n, "title")].file for n in (0, 1)] == ["a.yaml", "b.yaml"]
    (root / "b.yaml").write_text("# changed\ntitle: Other\nbullets: [y]\n")
    again = load_yaml(root / "d.yaml", include_root=root)
    assert [slide["title"] for slide in again.data["slides"]] == ["Same", "Other"]
    assert again.values[("slides", 1, "title")] == Position("b.yaml", 2, 8)


def test_include_problems_are_located_in_the_including_file(write_tree, in_dir) -> None:
    root = in_dir(write_tree({
        "d.yaml": "sections:\n  - include: nowhere.yaml\n  - include: d.yaml\n",
        "loop.yaml": "sections:\n  - include: loop.yaml\n",
    }))
    with pytest.raises(WorkshopError) as caught:
        load_yaml(root / "d.yaml", include_root=root)
    assert [str(d) for d in caught.value.diagnostics] == [
        "d.yaml:2:14: sections[0]: file not found: nowhere.yaml (looked in ./)",
        "d.yaml:3:14: sections[0]: d.yaml includes itself",
    ]


def test_a_loaded_file_kept_for_later_builds_cannot_be_changed_by_a_reader(
        tmp_path: Path) -> None:
    """What a build session keeps of a loaded file is shared with every later load: a reader
    that tries to change it is refused, and a copy is its own to change."""
    import copy
    import dataclasses
    import pickle

    outline = tmp_path / "d.yaml"
    outline.write_text("title: Night\nsections:\n  - title: S\n    slides: [{title: A}]\n",
                       encoding="utf-8")
    first = load_yaml(outline)
    changes = [lambda: first.data.__setitem__("title", "Other"),
               lambda: first.data.update(title="Other"),
               lambda: first.data["sections"].append({"title": "T"}),
               lambda: first.data["sections"][0]["slides"].pop(),
               lambda: first.values.__setitem__(("title",), Position("x", 9, 9)),
               lambda: first.keys.clear()]
    for change in changes:
        with pytest.raises(TypeError, match="read-only"):
            change()
    with pytest.raises(dataclasses.FrozenInstanceError):
        first.data = {}  # type: ignore[misc]
    mine = copy.deepcopy(first.data)
    mine["sections"][0]["title"] = "Changed"
    assert type(mine) is dict and type(mine["sections"]) is list
    assert pickle.loads(pickle.dumps(first.data)) == first.data
    again = load_yaml(outline)
    assert again.data["sections"][0]["title"] == "S" and again.position(("title",)).line == 1
