"""The studio (`workshop serve`) as a facilitator uses it, in a real Chromium.

The server runs as the command runs it, on a free loopback port, over a copy of the shipped
decks; Selenium drives Debian's Chromium and ChromeDriver (installed by .ci/run). Screenshots
of each step land in the test's folder.
"""

from __future__ import annotations

import http.client
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path

import pytest
import yaml
from conftest import REPO, require_tool
from pptx import Presentation

WORKSHOP = str(Path(sys.executable).with_name("workshop"))
NOTES = "speaker_notes/parent-night/before-we-begin.md"


def _slides_of(deck: Path) -> int:
    """Return how many slides the shipped deck has, as the command line builds it."""
    from workshop.build import compile_deck

    return compile_deck(deck).written.slides


def studio_key(line: str) -> str:
    """Return the studio's key from the address `workshop serve` prints."""
    found = re.search(r"http://localhost:\d+/([\w-]+)/ ", line)
    assert found, line
    return found.group(1)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture()
def studio(tmp_path: Path):
    """Yield the address of a studio serving a copy of the shipped decks, and the copy."""
    project = tmp_path / "project"
    shutil.copytree(REPO / "decks", project / "decks")
    shutil.copytree(REPO / "speaker_notes", project / "speaker_notes")
    port = free_port()
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"),
                   "XDG_CONFIG_HOME": str(tmp_path / "config")}
    server = subprocess.Popen([WORKSHOP, "serve", str(project), "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=environment)
    assert server.stdout is not None
    line = server.stdout.readline()
    assert line.startswith(f"Workshop studio: http://localhost:{port}/"), line
    key = studio_key(line)
    address = f"http://127.0.0.1:{port}/{key}"  # every address the studio answers has its key
    for _ in range(100):  # listening a moment after it says so
        try:
            urllib.request.urlopen(address + "/static/studio.css", timeout=2)
            break
        except OSError:
            time.sleep(0.1)
    yield address, project, key
    server.terminate()
    errors = server.communicate(timeout=30)[1]
    assert "Traceback" not in errors, errors


@pytest.fixture()
def browser(tmp_path: Path):
    """Yield a headless Chromium driven by ChromeDriver, downloading into tmp/downloads."""
    chromium, chromedriver = require_tool("chromium"), require_tool("chromedriver")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    downloads = tmp_path / "downloads"
    downloads.mkdir()
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--window-size=1400,1000",
                 f"--user-data-dir={tmp_path / 'chromium'}"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {
        "download.default_directory": str(downloads), "download.prompt_for_download": False})
    driver = webdriver.Chrome(options=options, service=Service(chromedriver))
    driver.downloads = downloads
    yield driver
    driver.quit()


def wait(condition, timeout: float = 240, step: float = 0.25):
    """Return condition()'s first true value within `timeout` seconds; fail after. An
    element that went stale as the page changed under it counts as not yet."""
    from selenium.common.exceptions import StaleElementReferenceException

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            value = condition()
        except StaleElementReferenceException:
            value = None
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"gave up waiting after {timeout} s")

def opened_slide(browser, number: int):
    """Open slide `number` from the deck page's grid; return the viewer showing it large."""
    from selenium.webdriver.common.by import By

    thumb = browser.find_element(By.CSS_SELECTOR, f"#thumb-{number} a")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", thumb)
    thumb.click()
    return wait(lambda: (viewer := browser.find_element(By.ID, "viewer")).is_displayed()
                and viewer)


def test_a_facilitator_makes_checks_and_downloads_a_branded_deck(studio, browser,
                                                                 tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    address, project, key = studio
    browser.get(f"{address}/")  # the address the studio printed
    assert browser.find_element(By.TAG_NAME, "h1").text == "Make your parent-night deck"
    rows = [row.text for row in browser.find_elements(By.CSS_SELECTOR, "table.list tbody tr")]
    # Two decks of one title, told apart by their subtitles.
    assert any(row.replace("\n", " ").startswith(
        "Sextortion: What Parents Can Do A parent-night workshop on sexting, sextortion "
        "and what helps English 75 min (60 min of slides, then questions)")
        for row in rows), rows
    assert "Example County Schools" in browser.find_element(By.CSS_SELECTOR, "ul.kits").text
    browser.save_screenshot(str(tmp_path / "1-start.png"))

    browser.find_element(By.CSS_SELECTOR, f"a[href='/{key}/deck/decks/parent-night']").click()
    Select(browser.find_element(By.ID, "kit")).select_by_visible_text("Example County Schools")
    for field, value in (("organization", "Lincoln Middle School"), ("presenter", "Ms. Rivera"),
                         ("date", "May 14"), ("place", "Library")):
        browser.find_element(By.ID, field).send_keys(value)
    browser.find_element(By.NAME, "resource_name").send_keys("Front office")
    browser.find_element(By.NAME, "resource_detail").send_keys("(555) 010-0111")
    browser.find_element(By.ID, "add-resource").click()
    browser.find_elements(By.NAME, "resource_name")[1].send_keys("Lincoln counselor")
    browser.find_elements(By.NAME, "resource_detail")[1].send_keys("Room 12, after school")
    browser.find_element(By.CSS_SELECTOR, "form.settings button[type=submit]").click()

    thumbs = wait(lambda: browser.find_elements(By.CSS_SELECTOR, "li.thumb"))
    assert len(thumbs) == _slides_of(project / "decks" / "parent-night.yaml")
    assert browser.find_element(By.CSS_SELECTOR, ".all-clear").text.startswith(
        "All checks passed")  # said, when there is nothing to fix
    assert browser.find_element(By.ID, "status").text.startswith("Updated: your details")
    assert browser.find_element(By.ID, "update").is_displayed()  # in reach from any slide
    browser.execute_script("window.scrollTo(0, document.body.scrollHeight)")
    assert browser.find_element(By.ID, "update").is_displayed()
    assert browser.find_element(By.ID, "download-all").is_displayed()
    wait(lambda: browser.execute_script(  # every thumbnail rendered and shown
        "const pictures = [...document.querySelectorAll('li.thumb img')];"
        "pictures.forEach(i => i.scrollIntoView());"
        "return pictures.every(i => i.complete && i.naturalWidth > 0)"))
    parts = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "nav.jump a")]
    assert parts[0] == "Start" and "Sextortion today" in parts  # one entry per section

    viewer = opened_slide(browser, 1)
    assert viewer.find_element(By.TAG_NAME, "h3").text.startswith("Slide 1: Sextortion")
    shown = viewer.find_element(By.CSS_SELECTOR, "details.slide-text").get_attribute(
        "textContent")  # the slide's text, for a reader who cannot see its picture
    assert "Presented by Ms. Rivera" in shown and "Lincoln Middle School" in shown
    assert "Good evening" in viewer.find_element(By.CLASS_NAME, "notes").text  # its script
    assert re.fullmatch(r"Planned: \d+:\d\d on this slide",  # and its time, as the guide's
                        viewer.find_element(By.CLASS_NAME, "timing").text)
    viewer.find_element(By.ID, "viewer-next").click()  # and on through the deck
    assert viewer.find_element(By.TAG_NAME, "h3").text.startswith("Slide 2:")
    viewer.find_element(By.ID, "viewer-close").click()
    resources = next(n for n, thumb in enumerate(thumbs, start=1)
                     if "Where to report and get help" in thumb.text)
    assert "Lincoln counselor" in opened_slide(browser, resources).text
    browser.save_screenshot(str(tmp_path / "2-slides.png"))
    browser.find_element(By.ID, "viewer-close").click()

    notes = project / NOTES
    notes.write_text(notes.read_text(encoding="utf-8") + "\nA new line for the room.\n",
                     encoding="utf-8")
    status = wait(lambda: (text := browser.find_element(By.ID, "status").text).startswith(
        "Updated after a change") and text, timeout=60)
    changed = browser.find_elements(By.CSS_SELECTOR, "li.thumb.changed")
    assert len(changed) == 1  # the slide whose script it is, marked, with the new line
    number = int(changed[0].get_attribute("data-number"))
    assert status == f"Updated after a change to {NOTES}. Slide {number} changed."
    script = opened_slide(browser, number).find_element(By.CLASS_NAME, "notes")
    assert "A new line for the room." in script.text
    browser.save_screenshot(str(tmp_path / "3-updated.png"))
    browser.find_element(By.ID, "viewer-close").click()

    browser.find_element(By.ID, "place").send_keys(", Room 2")  # typed, not yet shown
    assert browser.find_element(By.ID, "stale").is_displayed()
    browser.find_element(By.CSS_SELECTOR, ".more-downloads summary").click()
    browser.find_element(By.LINK_TEXT, "Deck (.pptx)").click()
    deck = wait(lambda: next(iter(browser.downloads.glob("*.pptx")), None), timeout=60)
    # Named for the evening, so two evenings' files in one downloads folder stay apart.
    assert deck.name == "lincoln-middle-school-may-14-parent-night.pptx"
    first = Presentation(str(deck)).slides[0]
    shown = " ".join(shape.text_frame.text for shape in first.shapes if shape.has_text_frame
                     ).replace("\u00a0", " ")  # no-break spaces read as spaces
    assert "Lincoln Middle School" in shown and "Ms. Rivera" in shown, shown
    assert "Library, Room 2" in shown  # the download carries the details as typed

    browser.find_element(By.LINK_TEXT, "Download all").click()  # the evening's whole kit
    bundle = wait(lambda: next(iter(browser.downloads.glob("*.zip")), None), timeout=240)
    with zipfile.ZipFile(bundle) as archive:
        assert sorted(archive.namelist()) == [
            "lincoln-middle-school-may-14-parent-night-guide.pdf",
            "lincoln-middle-school-may-14-parent-night-handout.pdf",
            "lincoln-middle-school-may-14-parent-night.pptx"]
        assert archive.read("lincoln-middle-school-may-14-parent-night-handout.pdf"
                            ).startswith(b"%PDF")


def test_the_kit_page_shows_contrast_refuses_a_failing_kit_and_a_post_without_token(
        studio, browser, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    address, project, _ = studio
    kit = project / "decks" / "brands" / "example-county.yaml"
    before = kit.read_text(encoding="utf-8")
    browser.get(f"{address}/kit/decks/brands/example-county")
    # the logo as the decks show it, loaded and drawn (not a broken picture)
    preview = browser.find_element(By.CSS_SELECTOR, "img.logo-preview")
    assert preview.get_attribute("alt") == "The logo the decks show now"
    assert wait(lambda: browser.execute_script(
        "return arguments[0].complete && arguments[0].naturalWidth", preview)) == 900
    text = browser.find_element(By.ID, "color_text")
    text.clear()
    text.send_keys("#BBBBBB")
    pair = browser.find_element(By.CSS_SELECTOR, "[data-pair='text background']")
    assert pair.find_element(By.TAG_NAME, "output").text == "1.91:1"
    assert "fails" in pair.get_attribute("class")
    browser.find_element(By.CSS_SELECTOR, "form.kit button[type=submit]").click()
    problems = wait(lambda: browser.find_elements(By.CSS_SELECTOR, ".problems"))
    assert "The kit was not saved" in problems[0].text
    assert "Text color: text #BBBBBB on background #FFFFFF has a contrast of 1.91:1" in \
        problems[0].text.replace("\n", " ")
    assert kit.read_text(encoding="utf-8") == before
    browser.save_screenshot(str(tmp_path / "4-kit-refused.png"))

    footer = browser.find_element(By.ID, "footer_en")
    text = browser.find_element(By.ID, "color_text")
    text.clear()
    text.send_keys("#1A1A1A")
    accent = browser.find_element(By.ID, "color_accent")  # too light for charts: a caution
    pair = browser.find_element(By.CSS_SELECTOR, "[data-pair='accent background']")
    accent.clear()
    accent.send_keys("#7FD4E0")  # a light teal: offered a teal as vivid, only darker
    assert pair.find_element(By.CLASS_NAME, "suggest").text == "Use #2BA1B2"
    accent.clear()
    accent.send_keys("#DDDDDD")
    assert pair.find_element(By.TAG_NAME, "output").text == "1.35:1"
    # The nearest gray that passes is offered as one click (not taken here: the save below
    # shows what a too-light accent is told).
    assert pair.find_element(By.CLASS_NAME, "suggest").text == "Use #949494"
    footer.clear()
    footer.send_keys("Example County Schools · Parent nights")
    browser.find_element(By.CSS_SELECTOR, "form.kit .add-row").click()  # English resources
    browser.find_elements(By.NAME, "resource_en_name")[-1].send_keys("Lincoln PTA")
    browser.find_elements(By.NAME, "resource_en_detail")[-1].send_keys("pta@lincoln.example")
    browser.find_element(By.CSS_SELECTOR, "form.kit button[type=submit]").click()
    wait(lambda: browser.find_elements(By.CSS_SELECTOR, ".saved"))
    cautions = browser.find_element(By.CSS_SELECTOR, ".cautions")
    caution = cautions.text.replace("\n", " ")
    # in plain words first; the exact text, with its ratio, folded away beneath
    assert caution.startswith("Worth a second look Accent color: The accent color is too "
                              "light to see in charts and icons on a projector")
    cautions.find_element(By.CSS_SELECTOR, "details summary").click()
    assert ("accent #DDDDDD on background #FFFFFF has a contrast of 1.35:1; chart slices, "
            "icons and rules") in cautions.text.replace("\n", " ")
    saved = kit.read_text(encoding="utf-8")
    assert "  en: Example County Schools · Parent nights\n" in saved
    assert saved.startswith("# Example brand kit: a school district.")  # comments kept
    assert "    - {name: Family Resource Center, detail: " in saved
    assert "    - {name: Lincoln PTA, detail: pta@lincoln.example}\n  es:\n" in saved
    assert 'colors: {primary: "#1F4E79", accent: "#DDDDDD", background: "#FFFFFF", ' \
           'text: "#1A1A1A"}' in saved

    status = browser.execute_async_script(  # a post from the page without its token
        "const done = arguments[0];"
        "fetch(document.body.dataset.base + '/kit/decks/brands/example-county',"
        " {method: 'POST', body: new FormData()})"
        ".then(r => done(r.status));")
    assert status == 403
    request = urllib.request.Request(address + "/kit/decks/brands/example-county",
                                     data=b"name=Evil&token=forged", method="POST")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 403
    assert "did not come from this studio" in refused.value.read().decode()
    assert kit.read_text(encoding="utf-8") == saved


def test_a_spanish_decks_form_asks_for_its_details_in_spanish(studio) -> None:
    address, _, _ = studio
    with urllib.request.urlopen(address + "/deck/decks/es/noche-de-padres", timeout=120) as page:
        html = page.read().decode()
    # The form, its hints and examples, in Spanish: its presenter will give the talk in it.
    assert "p. ej. jueves 14 de noviembre, 6:30 p. m." in html
    assert ">Persona de apoyo esta noche<" in html and ">Actualizar las diapositivas<" in html
    assert ">Descargar todo<" in html and ">Notas para quien presenta<" in html


def test_serve_says_plainly_when_it_cannot_start(tmp_path: Path) -> None:
    """No decks/ folder, or a port another program holds: one line saying so, exit 1."""
    empty = subprocess.run([WORKSHOP, "serve", str(tmp_path)], capture_output=True, text=True,
                           timeout=60)
    assert empty.returncode == 1
    assert empty.stderr.endswith("no decks/ folder here. Make a project of your own first "
                                 "(workshop new my-night, then cd my-night and workshop "
                                 "serve), or give a project folder: workshop serve "
                                 "path/to/project\n")
    (tmp_path / "decks").mkdir()
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        busy = subprocess.run([WORKSHOP, "serve", str(tmp_path), "--port", str(port)],
                              capture_output=True, text=True, timeout=60)
    assert busy.returncode == 1 and busy.stdout == ""
    assert busy.stderr == (f"cannot listen on 127.0.0.1:{port}: Address already in use (is the "
                           "studio already running? choose another port with --port)\n")


def test_the_studio_refuses_other_sites_rebinding_oversized_bodies_and_links(
        studio, tmp_path: Path) -> None:
    """What an attacker's page or a booby-trapped project tries, refused with a message."""
    address, project, key = studio
    port = int(address.split("/")[2].rsplit(":", 1)[1])

    def ask(method: str, path: str, headers: dict[str, str], body=None) -> tuple[int, str]:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        connection.request(method, f"/{key}{path}", body=body, headers=headers)
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", "replace")

    # A page whose name was made to point at 127.0.0.1 (DNS rebinding) names its own host.
    status, page = ask("GET", "/kit/decks/brands/example-county",
                       {"Host": f"attacker.example:{port}"})
    assert (status, "answers only at its own address" in page) == (421, True)
    # A loopback name with more after it, or another local port, is another host.
    for host in (f"[::1]attacker.example:{port}", "localhost:3000", f"127.0.0.1.evil:{port}",
                 f"localhost:{port}:1", ""):
        status, _ = ask("GET", "/kit/decks/brands/example-county", {"Host": host})
        assert status == 421, host
    status, _ = ask("GET", "/kit/decks/brands/example-county", {"Host": f"localhost:{port}"})
    assert status == 200
    # Another site's page, fetching in the background or posting.
    status, page = ask("GET", "/deck/decks/parent-night", {"Sec-Fetch-Site": "cross-site",
                                                           "Sec-Fetch-Mode": "no-cors"})
    assert (status, "Another site's page cannot use this studio" in page) == (403, True)
    status, _ = ask("POST", "/kit/decks/brands/example-county",
                    {"Origin": "http://attacker.example", "Content-Type":
                     "application/x-www-form-urlencoded"}, b"name=Evil")
    assert status == 403
    # A body longer than the studio takes, sent in chunks whatever its length header says.
    with socket.create_connection(("127.0.0.1", port), timeout=60) as raw:
        raw.sendall(f"POST /{key}/kit/decks/brands/example-county HTTP/1.1\r\n".encode()
                    + b"Host: localhost\r\n"
                    + b"Content-Type: multipart/form-data; boundary=b\r\n"
                    b"Transfer-Encoding: chunked\r\n\r\n")
        head = (b'--b\r\nContent-Disposition: form-data; name="logo_file"; filename="a.png"'
                b"\r\nContent-Type: image/png\r\n\r\n")
        raw.sendall(f"{len(head):x}\r\n".encode() + head + b"\r\n")
        chunk = b"10000\r\n" + b"x" * 65536 + b"\r\n"
        try:
            for _ in range(120):  # 7.5 MB, more than the studio reads
                raw.sendall(chunk)
        except OSError:
            pass  # the studio answered and stopped reading: as it should
        answer = b""
        while b"</html>" not in answer and (data := raw.recv(65536)):
            answer += data  # the whole page, whether or not the studio closes the connection
    assert answer.startswith(b"HTTP/1.1 413 ") and b"larger than the studio takes" in answer
    # A token that is not even ASCII: refused, not a crash.
    status, _ = ask("POST", "/kit/decks/brands/example-county",
                    {"Content-Type": "application/x-www-form-urlencoded",
                     "Cookie": "workshop_studio=abc"}, "token=ééé".encode())
    assert status == 403
    # A slide picture that links elsewhere is never served.
    cache = next((tmp_path / "cache" / "workshop" / "studio").glob("*"), None) or (
        tmp_path / "cache" / "workshop" / "studio" / "x")
    (cache / "slides").mkdir(parents=True, exist_ok=True)
    (cache / "slides" / ("0" * 32 + ".png")).symlink_to("/etc/passwd")
    status, page = ask("GET", f"/slides/{'0' * 32}.png", {})
    assert status == 404 and "root:" not in page
    # A download of a deck whose name is not ASCII keeps its name.
    shutil.copy(project / "decks" / "parent-night-short.yaml",
                project / "decks" / "noche—corta.yaml")
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    connection.request("GET", f"/{key}/deck/decks/noche%E2%80%94corta/download/deck.pptx")
    response = connection.getresponse()
    response.read()
    assert response.status == 200
    assert response.getheader("Content-Disposition") == (
        "attachment; filename=\"noche_corta.pptx\"; filename*=UTF-8''noche%E2%80%94corta.pptx")


def test_a_kit_without_the_decks_language_is_said_once_with_where_to_add_it(studio) -> None:
    """A kit written only in English, with a Spanish deck: one plain message on the Spanish
    page naming the fields without Spanish text, linked to the kit's page, not one technical
    warning per field."""
    address, project, _ = studio
    (project / "decks" / "brands" / "english-only.yaml").write_text(
        "name: Lincoln PTA\ncolors: {primary: '#1F4E79', accent: '#1F4E79', background: "
        "'#FFFFFF', text: '#1A1A1A'}\nfooter: Lincoln PTA · Parent nights\n"
        "contact: pta@lincoln.example\n", encoding="utf-8")
    page = urllib.request.urlopen(
        address + "/deck/decks/es/noche-de-padres?kit=decks/brands/english-only",
        timeout=300).read().decode()
    assert page.count("Su kit no tiene texto en español") == 1
    assert ("Su kit no tiene texto en español para el pie de página, la línea de contacto: "
            "las diapositivas muestran ese texto en inglés.") in page
    assert '<a href="/' in page and "/kit/decks/brands/english-only\">Agréguelo en la " \
        "página de Lincoln PTA.</a>" in page
    assert "K602" not in page and "has no Spanish text" not in page


def test_a_half_filled_resource_row_is_a_message_on_the_page(studio) -> None:
    address, _, _ = studio
    page = urllib.request.urlopen(address + "/deck/decks/parent-night-short?resource_name="
                                  "Front+office&resource_detail=", timeout=120).read().decode()
    assert ("<li>local resource 1 needs its detail: give both a name and a phone, site or "
            "hours</li>") in page
    with pytest.raises(urllib.error.HTTPError) as download:
        urllib.request.urlopen(address + "/deck/decks/parent-night-short/download/deck.pptx"
                               "?resource_name=Front+office&resource_detail=", timeout=120)
    assert download.value.code == 422
    assert "local resource 1 needs its detail" in download.value.read().decode()


def test_without_libreoffice_the_page_says_why_the_pictures_are_missing(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(REPO / "decks", project / "decks")
    shutil.copytree(REPO / "speaker_notes", project / "speaker_notes")
    bare = tmp_path / "bin"  # a PATH with the tools the command needs, but no LibreOffice
    bare.mkdir()
    for tool in ("fc-match", "fc-list"):
        if shutil.which(tool):
            (bare / tool).symlink_to(shutil.which(tool))
    port = free_port()
    server = subprocess.Popen([WORKSHOP, "serve", str(project), "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "PATH": str(bare),
                                   "XDG_CACHE_HOME": str(tmp_path / "cache")})
    try:
        assert server.stdout is not None
        key = studio_key(server.stdout.readline())
        page = wait(lambda: _get(f"http://127.0.0.1:{port}/{key}/deck/decks/"
                                 "parent-night-short"), timeout=60)
        assert "The slide pictures cannot be shown" in page
        assert "need LibreOffice and poppler-utils" in page
        assert "Slide 1: Sextortion" in page  # the slides' text and notes all the same
    finally:
        server.terminate()
        server.communicate(timeout=30)


@pytest.mark.parametrize("after", [0.0, 1.5, 4.0])
def test_stopping_the_studio_while_it_renders_ends_it_cleanly(tmp_path: Path,
                                                              after: float) -> None:
    """Stopped while a page's slides are rendering (at once, as LibreOffice starts, and in
    the middle of a conversion), the studio says it stopped, prints no traceback and leaves
    no LibreOffice running."""
    require_tool("soffice")
    project = tmp_path / "project"
    shutil.copytree(REPO / "decks", project / "decks")
    shutil.copytree(REPO / "speaker_notes", project / "speaker_notes")
    cache = tmp_path / "cache"
    port = free_port()
    server = subprocess.Popen([WORKSHOP, "serve", str(project), "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env={**os.environ, "XDG_CACHE_HOME": str(cache)})
    try:
        assert server.stdout is not None
        key = studio_key(server.stdout.readline())
        page = wait(lambda: _get(f"http://127.0.0.1:{port}/{key}/deck/decks/es/"
                                 "noche-de-padres"), timeout=120)
        assert "Preparando las imágenes de" in page  # its slides are being rendered
        time.sleep(after)
    finally:
        server.terminate()
        out, errors = server.communicate(timeout=60)
    assert "Traceback" not in errors, errors
    assert "stopped the studio" in out
    assert not _processes_naming(str(cache)), "a LibreOffice of the studio still runs"


def _processes_naming(text: str) -> list[str]:
    """Return the command lines of this machine's running processes that contain `text`."""
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            command = cmdline.read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:  # a process that ended meanwhile
            continue
        if text in command:
            found.append(command)
    return found


def _get(address: str) -> str | None:
    """Return the page at `address`, or None while the server is not listening yet."""
    try:
        return urllib.request.urlopen(address, timeout=60).read().decode()
    except OSError:
        return None


def test_only_the_owner_with_the_key_drives_the_studio(studio, tmp_path: Path) -> None:
    """Another program on this machine, or another local web app, does not have the key
    `workshop serve` printed: every page, picture, stylesheet and post is refused without it,
    whatever cookies come along (a browser sends its localhost cookies to every local port,
    so the key is never one). An address with `?key=` moves it into the path; the pages'
    links keep it and send a Referer to the studio alone; a post from any origin but the
    studio's own (another port of localhost) is refused."""
    address, project, key = studio
    port = int(address.split("/")[2].rsplit(":", 1)[1])
    kit = project / "decks" / "brands" / "example-county.yaml"
    before = kit.read_bytes()

    def ask(method: str, path: str, headers: dict[str, str], body=None):
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        return response, response.read().decode("utf-8", "replace")

    form = {"Content-Type": "application/x-www-form-urlencoded"}
    for method, path in (("GET", "/"), ("GET", "/static/studio.css"), ("GET", "/events"),
                         ("GET", "/deck/decks/parent-night"), ("POST", "/kit/decks/brands/"
                                                               "example-county")):
        for cookie in ({}, {"Cookie": f"workshop_studio_key={key}"},
                       {"Cookie": f"workshop_studio={key}"}):
            for prefix in ("", "/guessed", f"/{key[:-1]}", f"/{key}x"):
                response, page = ask(method, prefix + path + "?key=wrong",
                                     {**form, **cookie}, b"name=Evil")
                assert response.status == 403, (method, prefix, path, cookie)
                assert "carries the studio's key" in page
    response, _ = ask("GET", f"/deck/decks/parent-night?look=warm&key={key}", {})
    assert response.status == 303 and response.getheader("Set-Cookie") is None
    assert response.getheader("Location") == f"/{key}/deck/decks/parent-night?look=warm"
    # A path that looks like another site's address stays on the studio.
    response, _ = ask("GET", f"//attacker.example/?key={key}", {})
    assert response.getheader("Location") == f"/{key}/attacker.example/"
    response, _ = ask("GET", f"/a%0d%0aSet-Cookie:%20x=1?key={key}", {})
    assert response.getheader("Location") == f"/{key}/a%0D%0ASet-Cookie:%20x=1"
    assert response.getheader("Set-Cookie") is None
    response, page = ask("GET", f"/{key}/", {})
    assert response.status == 200 and response.getheader("Referrer-Policy") == "same-origin"
    assert f'href="/{key}/deck/decks/parent-night"' in page
    assert f'href="/{key}/static/studio.css"' in page
    for origin in (f"http://localhost:{port + 1}", "http://127.0.0.1:3000", "null",
                   f"https://localhost:{port}", f"http://attacker.example:{port}"):
        response, page = ask("POST", f"/{key}/kit/decks/brands/example-county",
                             {**form, "Origin": origin}, b"name=Evil")
        assert response.status == 403 and "Another site" in page, origin
    # Its own origin exactly gets as far as the form's token (which a forger lacks).
    response, page = ask("POST", f"/{key}/kit/decks/brands/example-county",
                         {**form, "Origin": f"http://127.0.0.1:{port}",
                          "Host": f"127.0.0.1:{port}"}, b"name=Evil&token=forged")
    assert response.status == 403 and "did not come from this studio" in page
    assert kit.read_bytes() == before


def test_live_updates_watch_only_the_projects_own_folders(tmp_path: Path) -> None:
    """A link to a folder outside the project (or to a big tree inside it) is never
    watched, nor are hidden folders; the number of folders watched is bounded."""
    from workshop.studio.app import MAX_WATCHED_FOLDERS, project_folders

    project, outside = tmp_path / "project", tmp_path / "outside"
    (project / "decks" / "brands").mkdir(parents=True)
    (project / "speaker_notes" / "night").mkdir(parents=True)
    (project / ".git" / "objects").mkdir(parents=True)
    (outside / "deep").mkdir(parents=True)
    (project / "decks" / "elsewhere").symlink_to(outside, target_is_directory=True)
    (project / "loop").symlink_to(project, target_is_directory=True)
    found = {p.relative_to(project).as_posix() for p in project_folders(project)}
    assert found == {".", "decks", "decks/brands", "speaker_notes", "speaker_notes/night"}
    for n in range(MAX_WATCHED_FOLDERS + 50):
        (project / "speaker_notes" / f"f{n:04}").mkdir()
    assert len(project_folders(project)) == MAX_WATCHED_FOLDERS


def test_an_outline_the_listing_cannot_read_does_not_stop_it(tmp_path: Path) -> None:
    """An outline whose duration is "²" (a digit to str.isdigit, no number to int), or
    any other odd value, is listed without its minutes; the others are listed as ever."""
    from workshop.studio.project import StudioProject

    decks = tmp_path / "decks"
    decks.mkdir()
    body = "sections: [{title: S, slides: [{title: A, bullets: [a]}]}]\n"
    for name, duration in (("odd", '"²"'), ("list", "[1]"), ("huge", "9" * 40),
                           ("plain", "45"), ("text", '"60"')):
        (decks / f"{name}.yaml").write_text(f"title: {name}\nduration: {duration}\n{body}",
                                            encoding="utf-8")
    minutes = {deck.key: deck.minutes for deck in StudioProject(tmp_path).decks()}
    assert minutes == {"decks/huge": None, "decks/list": None, "decks/odd": None,
                       "decks/plain": 45, "decks/text": 60}


def test_a_new_kit_is_the_users_own_and_leaves_every_other_kit_alone(studio, browser) -> None:
    """"A kit of your own" on the start page makes a kit under the project's kits, with the
    chosen kit's look and none of that organization's details; a name already taken is said
    on the page, and no other kit's file changes."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    address, project, _ = studio
    brands = project / "decks" / "brands"
    before = {path.name: path.read_bytes() for path in brands.iterdir()}
    for attempt in range(2):
        browser.get(address + "/")
        browser.find_element(By.ID, "new-kit-name").send_keys("Lincoln Middle School PTA")
        Select(browser.find_element(By.ID, "new-kit-source")).select_by_visible_text(
            "The colors and fonts of Example County Schools")
        browser.find_element(By.CSS_SELECTOR, "form.new-kit button[type=submit]").click()
        if attempt == 0:  # on the new kit's page once the post has been answered
            wait(lambda: browser.current_url.endswith(
                "/kit/decks/brands/lincoln-middle-school-pta"))
            assert browser.find_element(By.TAG_NAME, "h1").text == "Lincoln Middle School PTA"
            # Its page leads on to a deck made with it.
            use = browser.find_element(By.PARTIAL_LINK_TEXT, "A 20-minute briefing")
            assert use.get_attribute("href").endswith(
                "/deck/decks/parent-night-short?kit=decks/brands/lincoln-middle-school-pta")
    problem = wait(lambda: browser.find_elements(By.CSS_SELECTOR, "form.new-kit .problems"))
    assert "there is a kit called lincoln-middle-school-pta already" in problem[0].text
    made = yaml.safe_load((brands / "lincoln-middle-school-pta.yaml").read_text("utf-8"))
    assert made["name"] == "Lincoln Middle School PTA"
    assert made["colors"]["primary"] == "#1F4E79"  # the look it started from
    assert "logo" not in made and "Example" not in str(made)  # not the county's details
    assert {p.name: p.read_bytes() for p in brands.iterdir() if p.name in before} == before


def test_the_shipped_example_kits_are_read_only_in_the_studio(tmp_path: Path) -> None:
    """Serving the library itself, an example kit's page offers a copy, and a save is refused."""
    port = free_port()
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache")}
    server = subprocess.Popen([WORKSHOP, "serve", str(REPO), "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=environment)
    try:
        assert server.stdout is not None
        address = f"http://127.0.0.1:{port}/{studio_key(server.stdout.readline())}"
        for _ in range(100):
            try:
                with urllib.request.urlopen(address + "/kit/decks/brands/example-county",
                                            timeout=5) as page:
                    html = page.read().decode()
                    cookie = page.headers["Set-Cookie"].split(";")[0]
                break
            except OSError:
                time.sleep(0.1)
        assert "example kit that comes with workshop" in html
        assert '<fieldset class="whole" disabled>' in html
        token = re.search(r'name="token" value="([^"]+)"', html).group(1)
        request = urllib.request.Request(  # the page's own token: refused all the same
            address + "/kit/decks/brands/example-county",
            data=f"token={token}&name=Changed".encode(), method="POST",
            headers={"Cookie": cookie, "Content-Type": "application/x-www-form-urlencoded"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=10)
        assert refused.value.code == 403
        assert "make a copy of it on the start page" in refused.value.read().decode()
    finally:
        server.terminate()
        server.communicate(timeout=30)


def test_on_a_phone_no_page_scrolls_sideways(studio, browser) -> None:
    """At 390 px wide (a phone), the start page, a deck's page and a kit's page fit the
    screen's width: the decks' table becomes one card per deck."""
    address, _, _ = studio
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True})
    for page in ("/", "/deck/decks/parent-night-short", "/kit/decks/brands/example-county"):
        browser.get(address + page)
        wide = browser.execute_script("return document.documentElement.scrollWidth")
        assert wide <= 390, (page, wide)


def test_an_events_details_come_back_when_its_deck_is_opened_again(studio, browser) -> None:
    """The details typed for a deck are kept in the project: the start page names the event,
    and opening the deck again, in any browser, fills them in."""
    from selenium.webdriver.common.by import By

    address, project, _ = studio
    browser.get(address + "/deck/decks/parent-night-short")
    browser.find_element(By.ID, "organization").send_keys("Lincoln Middle School PTA")
    browser.find_element(By.ID, "date").send_keys("March 12, 2027")
    browser.find_element(By.CSS_SELECTOR, "form.settings button[type=submit]").click()
    wait(lambda: "organization=Lincoln" in browser.current_url)
    browser.delete_all_cookies()  # nothing of it left in this browser
    browser.execute_script("window.localStorage.clear()")
    browser.get(address + "/")
    event = browser.find_element(By.CSS_SELECTOR, "a.event")
    assert event.text == "Lincoln Middle School PTA, March 12, 2027"
    event.click()
    filled = wait(lambda: browser.find_element(By.ID, "organization").get_attribute("value"))
    assert filled == "Lincoln Middle School PTA"
    assert browser.find_element(By.ID, "date").get_attribute("value") == "March 12, 2027"
    kept = json.loads((project / ".workshop" / "events.json").read_text(encoding="utf-8"))
    assert "organization=Lincoln+Middle+School+PTA" in kept["decks/parent-night-short"][0]

    # A season: a second evening of the same deck, from "New event", kept beside the first;
    # a date changed afterwards changes that evening, and adds no third.
    browser.find_element(By.LINK_TEXT, "New event").click()
    wait(lambda: browser.current_url.endswith("new=1"))
    assert browser.find_element(By.ID, "organization").get_attribute("value") == ""
    browser.find_element(By.ID, "organization").send_keys("Jefferson High PTSA")
    browser.find_element(By.ID, "date").send_keys("April 2, 2027")
    browser.find_element(By.ID, "update").click()
    wait(lambda: "organization=Jefferson" in browser.current_url)
    date = browser.find_element(By.ID, "date")
    date.clear()
    date.send_keys("April 9, 2027")
    browser.find_element(By.ID, "update").click()
    wait(lambda: "April+9" in browser.current_url)
    browser.get(address + "/")
    assert [link.text for link in browser.find_elements(By.CSS_SELECTOR, "a.event")] == [
        "Jefferson High PTSA, April 9, 2027", "Lincoln Middle School PTA, March 12, 2027"]
    browser.find_elements(By.CSS_SELECTOR, "a.event")[1].click()
    wait(lambda: browser.find_element(By.ID, "organization").get_attribute("value")
         == "Lincoln Middle School PTA")
    # The same evening in Spanish: the details typed for the English deck, in one click.
    browser.get(address + "/deck/decks/es/noche-de-padres")
    copy = browser.find_element(By.CSS_SELECTOR, ".copy-event a")
    assert copy.text.startswith("Usar los datos de Lincoln Middle School PTA, March 12, 2027")
    # the date is written in the room's language: the Spanish deck asks for it again
    hint = browser.find_element(By.CSS_SELECTOR, ".copy-event .hint").text
    assert hint == ("(luego escriba la fecha en español, como la lee la sala, y revise que "
                    "los nombres se lean bien en español)")
    copy.click()
    wait(lambda: browser.find_element(By.ID, "organization").get_attribute("value"))
    assert browser.find_element(By.ID, "date").get_attribute("value") == ""
    assert not browser.find_elements(By.CSS_SELECTOR, ".copy-event")  # its own now


def test_downloads_are_named_for_the_day_of_the_event() -> None:
    from workshop.events import event_file_name as download_name

    event = {"organization": "Lincoln Middle School PTA",
             "date": "Friday, March 12, 2027, 6:30 pm"}
    assert download_name("parent-night", event, "handout", "pdf") == (
        "lincoln-middle-school-pta-march-12-2027-parent-night-handout.pdf")  # no weekday
    assert download_name("parent-night", {}, "deck", "pptx") == "parent-night.pptx"
    # A long name gives way to the day (the year is what tells two evenings apart), cut at a
    # word that ends a name, not at "del"
    spanish = {"organization": "Casa Familiar del Valle de San Joaquín",
               "date": "jueves, 12 de marzo de 2027, 6:30 p. m."}
    assert download_name("noche-de-padres", spanish, "all", "zip") == (
        "casa-familiar-del-valle-12-de-marzo-de-2027-noche-de-padres.zip")
    # a Spanish deck's documents are named in Spanish: what a family's folder shows
    assert download_name("noche-de-padres", spanish, "handout", "pdf", "es").endswith(
        "-noche-de-padres-folleto.pdf")
    assert download_name("noche-de-padres", {}, "guide", "docx", "es") == (
        "noche-de-padres-guia.docx")


def test_the_deck_page_has_every_word_in_spanish_too() -> None:
    from workshop.studio.words import WORDS

    assert set(WORDS["en"]) <= set(WORDS["es"])
    assert not any(hasattr(dict, key) for key in WORDS["en"])  # t.key reads the word


@pytest.mark.parametrize("screen", [(1366, 900), (390, 844)], ids=["desktop", "phone"])
def test_a_volunteers_whole_evening_from_a_new_kit_to_the_downloads(
        screen: tuple[int, int], studio, browser, tmp_path: Path) -> None:
    """The volunteer's walk, on a desktop and on a phone: a kit of their own from a copy
    (a color by the picker, a logo, a too-light accent refused and the suggested color
    taken), an event with five local resources, Update, the slides as thumbnails, one opened,
    Download all; then the event reopened from the start page with every field as typed. The
    example kit it was copied from is untouched, no page scrolls sideways, and a Spanish
    deck's form is in Spanish."""
    from PIL import Image
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    address, project, _ = studio
    width, height = screen
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
        "width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})

    def fits_the_screen() -> None:
        assert browser.execute_script("return document.documentElement.scrollWidth") <= width

    brands = project / "decks" / "brands"
    example = {path.name: path.read_bytes() for path in brands.iterdir()
               if path.name.startswith("example-county")}
    logo = tmp_path / "pta-logo.png"
    Image.new("RGB", (480, 160), "#7A1F5C").save(logo)

    browser.get(address + "/")  # a kit of their own, from the county's look
    fits_the_screen()
    browser.find_element(By.ID, "new-kit-name").send_keys("Lincoln Middle School PTA")
    Select(browser.find_element(By.ID, "new-kit-source")).select_by_visible_text(
        "The colors and fonts of Example County Schools")
    browser.find_element(By.CSS_SELECTOR, "form.new-kit button[type=submit]").click()
    wait(lambda: browser.current_url.endswith("/kit/decks/brands/lincoln-middle-school-pta"))
    fits_the_screen()
    browser.execute_script(  # the primary color, chosen with the picker beside its field
        "const picker = document.querySelector('#color_primary + input[type=color]');"
        "picker.value = '#7a1f5c';"
        "picker.dispatchEvent(new Event('input', {bubbles: true}));")
    assert browser.find_element(By.ID, "color_primary").get_attribute("value") == "#7A1F5C"
    accent = browser.find_element(By.ID, "color_accent")
    accent.clear()
    accent.send_keys("DDDDDD")  # without "#", and too light for charts and icons
    pair = browser.find_element(By.CSS_SELECTOR, "[data-pair='accent background']")
    assert pair.find_element(By.TAG_NAME, "output").text == "1.35:1"
    suggest = pair.find_element(By.CLASS_NAME, "suggest")
    assert suggest.text == "Use #949494"
    suggest.click()  # the nearest gray that passes, taken
    assert accent.get_attribute("value") == "#949494"
    assert "fails" not in pair.get_attribute("class")
    browser.find_element(By.ID, "logo_file").send_keys(str(logo))
    browser.find_element(By.CSS_SELECTOR, "form.kit button[type=submit]").click()
    wait(lambda: browser.find_elements(By.CSS_SELECTOR, ".saved"))
    assert not browser.find_elements(By.CSS_SELECTOR, ".cautions")  # nothing left to fix
    saved = yaml.safe_load((brands / "lincoln-middle-school-pta.yaml").read_text("utf-8"))
    assert saved["colors"]["primary"] == "#7A1F5C" and saved["colors"]["accent"] == "#949494"
    assert (brands / saved["logo"]).read_bytes() == logo.read_bytes()  # stored as its own
    assert saved["logo"].startswith("lincoln-middle-school-pta")

    browser.find_element(By.PARTIAL_LINK_TEXT, "A 20-minute briefing").click()
    wait(lambda: browser.find_elements(By.ID, "settings"))
    assert Select(browser.find_element(By.ID, "kit")).first_selected_option.text == \
        "Lincoln Middle School PTA"
    typed = {"organization": "Lincoln Middle School PTA", "date": "March 12, 2027",
             "place": "Lincoln MS Library", "support_person": "Ms. Lee, school counselor"}
    for field, value in typed.items():
        browser.find_element(By.ID, field).send_keys(value)
    resources = [(f"Lincoln helper {n}", f"(555) 010-01{n}0") for n in range(1, 6)]
    for n, (name, detail) in enumerate(resources):
        if n:
            browser.find_element(By.ID, "add-resource").click()
        browser.find_elements(By.NAME, "resource_name")[n].send_keys(name)
        browser.find_elements(By.NAME, "resource_detail")[n].send_keys(detail)
    browser.find_element(By.ID, "update").click()  # in the bar at the top, always in reach

    thumbs = wait(lambda: browser.find_elements(By.CSS_SELECTOR, "li.thumb"))
    assert not browser.find_elements(By.CSS_SELECTOR, ".problems")  # five are no problem
    fits_the_screen()
    names = [thumb.text for thumb in thumbs]
    # five local contacts take a slide of their own before the national lines
    helps = [n for n, text in enumerate(names, start=1)
             if "Where to report and get help" in text or "Help in our community" in text]
    assert len(helps) == 2

    shown = ""
    for number in helps:  # every resource on the slides, as typed
        text = opened_slide(browser, number).find_element(By.CSS_SELECTOR, "details.slide-text")
        shown += text.get_attribute("textContent")
        browser.find_element(By.ID, "viewer-close").click()
    shown = shown.replace("\u2060", "").replace("\u00a0", " ")
    assert all(f"{name}: {detail}" in shown for name, detail in resources), shown
    viewer = opened_slide(browser, 1)  # the title slide, large, with its script
    fits_the_screen()
    assert viewer.find_element(By.TAG_NAME, "h3").text.startswith("Slide 1:")
    assert viewer.find_element(By.CLASS_NAME, "notes").text
    browser.find_element(By.ID, "viewer-close").click()

    browser.find_element(By.ID, "download-all").click()
    bundle = wait(lambda: next(iter(browser.downloads.glob("*.zip")), None), timeout=240)
    with zipfile.ZipFile(bundle) as archive:
        assert sorted(archive.namelist()) == [
            "lincoln-middle-school-pta-march-12-2027-parent-night-short-guide.pdf",
            "lincoln-middle-school-pta-march-12-2027-parent-night-short-handout.pdf",
            "lincoln-middle-school-pta-march-12-2027-parent-night-short.pptx"]

    browser.get(address + "/")  # another evening, later: the event comes back in one click
    browser.find_element(By.CSS_SELECTOR, "a.event[href*='/deck/decks/parent-night-short?']"
                         ).click()
    wait(lambda: browser.find_element(By.ID, "organization").get_attribute("value"))
    for field, value in typed.items():
        assert browser.find_element(By.ID, field).get_attribute("value") == value
    assert [(name.get_attribute("value"), detail.get_attribute("value")) for name, detail in zip(
        browser.find_elements(By.NAME, "resource_name"),
        browser.find_elements(By.NAME, "resource_detail"), strict=True)] == resources
    assert Select(browser.find_element(By.ID, "kit")).first_selected_option.text == \
        "Lincoln Middle School PTA"

    assert {path.name: path.read_bytes() for path in brands.iterdir()
            if path.name.startswith("example-county")} == example  # the copy's source untouched
    browser.get(address + "/deck/decks/es/noche-de-padres")  # a Spanish deck: its form too
    fits_the_screen()
    assert browser.find_element(By.ID, "update").text == "Actualizar las diapositivas"
    assert browser.find_element(By.CSS_SELECTOR, "label[for=date]").text == "Fecha"
    assert "p. ej." in browser.find_element(By.ID, "date-hint").text


def test_the_studios_address_is_the_same_at_every_start(tmp_path: Path) -> None:
    """A bookmarked studio keeps working: the key in its address is kept per project, for
    this user alone (not in the project, which others may share); another project has
    another."""
    config = tmp_path / "config"
    project, other = tmp_path / "night", tmp_path / "other"
    environment = {**os.environ, "XDG_CONFIG_HOME": str(config)}

    def started(folder: Path) -> str:
        (folder / "decks").mkdir(parents=True, exist_ok=True)
        server = subprocess.Popen([WORKSHOP, "serve", str(folder), "--port", str(free_port()),
                                   "--no-browser"], stdout=subprocess.PIPE, text=True,
                                  env=environment)
        try:
            return studio_key(server.stdout.readline())
        finally:
            server.terminate()
            server.communicate(timeout=30)

    first = started(project)
    assert started(project) == first
    assert started(other) != first
    kept = [path for path in config.rglob("key") if path.read_text() == first]
    assert len(kept) == 1 and kept[0].stat().st_mode & 0o777 == 0o600
    assert not list(project.rglob("*key*"))  # nothing of it in the project
    kept[0].write_text("not a key")  # a spoiled file: a new key, not that text
    assert started(project) not in (first, "not a key")


def test_the_start_page_counts_the_slides_the_remembered_event_makes(studio) -> None:
    """Five local contacts take a slide of their own: the start page counts the deck as its
    page will show it, with the event remembered for it, not as the bare outline."""
    address, project, _ = studio
    rows = "&".join(f"resource_name=Contact+{n}&resource_detail=555-010{n}" for n in range(5))
    kept = project / ".workshop" / "events.json"
    kept.parent.mkdir(exist_ok=True)
    kept.write_text(json.dumps({"decks/parent-night-short": f"organization=Lincoln&{rows}"}),
                    encoding="utf-8")
    with urllib.request.urlopen(address + "/", timeout=300) as page:
        html = page.read().decode()
    counts = dict(re.findall(r'<tr data-deck="([\w/-]+)">.*?'
                             r'data-label="Slides">(\d+)</td>', html, re.DOTALL))
    assert counts["decks/parent-night-short"] == "15"  # 14, and the local contacts' own
    assert counts["decks/parent-night"] == "36"
    kept.unlink()


def test_pictures_on_their_way_are_said_and_the_message_goes_when_they_come(
        studio, browser) -> None:
    """A first render of the slide pictures takes a while: grey boxes with a word about
    them, not grey boxes alone; the word goes once the pictures are there."""
    from selenium.webdriver.common.by import By

    address, _, _ = studio
    browser.get(address + "/deck/decks/parent-night-short")
    note = browser.find_element(By.CSS_SELECTOR, ".pictures-pending")
    assert note.text.startswith("Making the pictures of 14 slides")
    assert note.get_attribute("role") == "status"
    wait(lambda: not browser.find_elements(By.CSS_SELECTOR, ".pictures-pending"))
    first = browser.find_element(By.CSS_SELECTOR, ".thumbs img")
    assert browser.execute_script("return arguments[0].naturalWidth", first) > 0
    browser.refresh()  # made once: the page says nothing of them the next time
    assert not browser.find_elements(By.CSS_SELECTOR, ".pictures-pending")


def test_with_a_kit_the_colors_are_the_kits_and_the_page_says_where_to_change_them(
        studio, browser) -> None:
    """A kit sets the colors: with one chosen, the color style (which would change nothing
    the room sees) gives way to a link to the kit's page; the organization and support person
    fields say what the slides show when they are left empty."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    address, _, _ = studio
    browser.get(address + "/deck/decks/parent-night-short?organization=Lincoln")  # no kit
    look = browser.find_element(By.ID, "look")
    assert look.is_displayed() and look.is_enabled()
    assert Select(look).first_selected_option.text == "The deck's own colors"
    assert not browser.find_element(By.ID, "look-from-kit").is_displayed()
    assert not browser.find_element(By.ID, "organization-kit").is_displayed()

    Select(browser.find_element(By.ID, "kit")).select_by_value("decks/brands/example-county")
    assert not look.is_displayed() and not look.is_enabled()  # and not sent with the form
    said = browser.find_element(By.ID, "look-from-kit").text
    assert said == "Colors: your kit's. Change them on the page of Example County Schools."
    link = browser.find_element(By.LINK_TEXT, "Change them on the page of Example County "
                                              "Schools.")
    assert link.get_attribute("href").endswith("/kit/decks/brands/example-county")
    assert browser.find_element(By.ID, "organization-kit").text == \
        "Left empty, the slides show your kit's: Example County Schools"
    assert browser.find_element(By.ID, "organization").get_attribute("placeholder") == ""

    Select(browser.find_element(By.ID, "kit")).select_by_value("")
    assert look.is_displayed() and look.is_enabled()
    assert not browser.find_element(By.ID, "organization-kit").is_displayed()


def test_a_new_event_starts_with_the_kit_made_or_saved_here_last_and_a_fresh_project_with_none(
        studio, browser) -> None:
    """A project opened for the first time starts its decks with no kit (the example kits
    are examples, not the user's); once a kit is made or saved in the studio, it is the one
    being worked on, and a deck opened afresh starts with it."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    address, _, _ = studio
    browser.get(address + "/deck/decks/parent-night-short")
    assert Select(browser.find_element(By.ID, "kit")).first_selected_option \
        .get_attribute("value") == ""
    browser.get(address + "/")
    browser.find_element(By.ID, "new-kit-name").send_keys("Lincoln Middle School PTA")
    browser.find_element(By.CSS_SELECTOR, "form.new-kit button").click()
    wait(lambda: "/kit/decks/brands/" in browser.current_url)
    key = browser.current_url.split("/kit/", 1)[1]
    browser.get(address + "/deck/decks/parent-night-short")
    assert Select(browser.find_element(By.ID, "kit")).first_selected_option \
        .get_attribute("value") == key
    assert browser.find_element(By.ID, "organization-kit").text == \
        "Left empty, the slides show your kit's: Lincoln Middle School PTA"


def test_a_deck_of_the_library_is_added_to_the_project_from_the_start_page(
        tmp_path: Path, browser) -> None:
    """A project made with one deck is offered the library's others on the start page; "Add
    to my project" copies one in and opens its page, and the start page then lists it among
    the project's decks."""
    from selenium.webdriver.common.by import By

    from workshop.scaffold import new_project

    project = tmp_path / "night"
    new_project(project, ["parent-night"])
    port = free_port()
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"),
                   "XDG_CONFIG_HOME": str(tmp_path / "config")}
    server = subprocess.Popen([WORKSHOP, "serve", str(project), "--port", str(port),
                               "--no-browser"], stdout=subprocess.PIPE, text=True,
                              env=environment)
    try:
        key = studio_key(server.stdout.readline())
        address = f"http://127.0.0.1:{port}/{key}"
        wait(lambda: browser.get(address + "/") or browser.find_elements(By.TAG_NAME, "h1"),
             timeout=30)
        offered = [item.text for item in browser.find_elements(By.CSS_SELECTOR,
                                                               "ul.more-decks li")]
        assert any("A 20-minute briefing for parents" in text for text in offered), offered
        assert any("Spanish" in text for text in offered)
        browser.find_element(By.CSS_SELECTOR, "button[aria-label^='Add Sextortion: What "
                                              "Parents Can Do: A 20-minute']").click()
        wait(lambda: browser.current_url.endswith("/deck/decks/parent-night-short"))
        assert browser.find_element(By.TAG_NAME, "h1").text == \
            "Sextortion: What Parents Can Do"
        assert (project / "decks" / "parent-night-short.yaml").is_file()
        browser.get(address + "/")
        listed = [row.text for row in browser.find_elements(By.CSS_SELECTOR,
                                                            "table.list tbody tr")]
        assert any("A 20-minute briefing for parents" in row for row in listed)
        assert not any("20-minute" in item.text for item in browser.find_elements(
            By.CSS_SELECTOR, "ul.more-decks li"))
    finally:
        server.terminate()
        server.communicate(timeout=30)


def test_details_typed_are_kept_by_a_download_and_never_lost_without_a_word(
        studio, browser) -> None:
    """Details typed and then downloaded are the evening's: the studio keeps them as Update
    does. Details typed and neither updated nor downloaded make the browser ask before the
    page is left."""
    from selenium.webdriver.common.by import By

    address, project, _ = studio
    browser.get(address + "/deck/decks/parent-night-short")
    browser.find_element(By.ID, "organization").send_keys("Garfield PTA")
    browser.find_element(By.ID, "date").send_keys("April 2, 2027")
    browser.find_element(By.CSS_SELECTOR, ".more-downloads summary").click()
    browser.find_element(By.LINK_TEXT, "Deck (.pptx)").click()
    wait(lambda: next(iter(browser.downloads.glob("*.pptx")), None), timeout=120)
    kept = json.loads((project / ".workshop" / "events.json").read_text(encoding="utf-8"))
    assert "organization=Garfield+PTA" in kept["decks/parent-night-short"][0]

    leaving = ("const e = new Event('beforeunload', {cancelable: true});"
               "window.dispatchEvent(e); return e.defaultPrevented;")  # what a browser asks
    assert browser.execute_script(leaving) is False  # all kept: the page may go quietly
    browser.find_element(By.ID, "place").send_keys("Gym")  # typed, kept by nothing yet
    assert browser.execute_script(leaving) is True  # the browser asks "Leave site?"
    browser.find_element(By.ID, "update").click()
    wait(lambda: "place=Gym" in browser.current_url)
    assert browser.execute_script(leaving) is False


def test_a_kits_spanish_text_is_typed_on_its_page_whatever_the_kit_had(studio, browser
                                                                        ) -> None:
    """A kit with its texts in English only shows empty Spanish fields beside them; a footer
    and a resource typed there make the kit's texts per language, the English ones kept, and
    the Spanish deck stops saying it shows the English footer."""
    from selenium.webdriver.common.by import By

    from workshop.build import check

    address, project, _ = studio
    browser.get(address + "/")
    browser.find_element(By.ID, "new-kit-name").send_keys("Lincoln PTA")
    browser.find_element(By.CSS_SELECTOR, "form.new-kit button[type=submit]").click()
    wait(lambda: browser.current_url.endswith("/kit/decks/brands/lincoln-pta"))
    kit = project / "decks" / "brands" / "lincoln-pta.yaml"
    spanish = project / "decks" / "es" / "noche-de-padres.yaml"
    assert any(f.code == "K602" and "the kit's footer" in f.message
               for f in check(spanish, brand_path=kit))
    english = browser.find_element(By.ID, "footer_en").get_attribute("value")
    assert english and browser.find_element(By.ID, "footer_es").get_attribute("value") == ""
    browser.find_element(By.ID, "footer_es").send_keys("Lincoln PTA · Noches para familias")
    rows = browser.find_elements(By.CSS_SELECTOR, "[data-rows]")
    rows[1].find_element(By.NAME, "resource_es_name").send_keys("Consejería escolar")
    rows[1].find_element(By.NAME, "resource_es_detail").send_keys("(555) 010-0123")
    browser.find_element(By.CSS_SELECTOR, "form.kit button[type=submit]").click()
    wait(lambda: browser.find_elements(By.CSS_SELECTOR, ".saved"))
    saved = yaml.safe_load(kit.read_text(encoding="utf-8"))
    assert saved["footer"] == {"en": english, "es": "Lincoln PTA · Noches para familias"}
    assert saved["resources"]["es"] == [{"name": "Consejería escolar",
                                         "detail": "(555) 010-0123"}]
    assert not [f for f in check(spanish, brand_path=kit)
                if f.code == "K602" and ("the kit's footer" in f.message
                                         or "the kit's resources" in f.message)]


def test_an_unexpected_error_page_keeps_the_studios_key_in_its_links(tmp_path: Path) -> None:
    """A failure the studio did not foresee is answered as a styled page whose links (back,
    all decks, its stylesheet) carry the key, so the volunteer is never left at a refusal."""
    import asyncio

    from starlette.requests import Request

    from workshop.studio.app import create_app

    (tmp_path / "decks").mkdir()
    app = create_app(tmp_path, key="k" * 32)
    request = Request({"type": "http", "method": "GET", "path": f"/{'k' * 32}/deck/decks/x",
                       "root_path": "", "headers": [], "query_string": b""})
    response = asyncio.run(app.state.studio.error(request, RuntimeError("unforeseen")))
    page = response.body.decode()
    assert response.status_code == 500
    assert f'href="/{"k" * 32}/static/studio.css"' in page
    assert f'<a href="/{"k" * 32}/">Go back</a>' in page
    assert "RuntimeError" not in page and "unforeseen" not in page  # no traceback, no internals


def test_a_spanish_decks_findings_say_what_they_mean_in_spanish_first(studio) -> None:
    """A finding on a Spanish deck's page is said in Spanish first, then exactly, in English
    (marked as English for a screen reader), as the command line gives it, folded away."""
    address, _, _ = studio
    query = urllib.parse.urlencode({"date": "Thursday, March 12, 2027"})  # the wrong language
    with urllib.request.urlopen(f"{address}/deck/decks/es/noche-de-padres?{query}",
                                timeout=120) as page:
        html = page.read().decode()
    assert ("La fecha está escrita en otro idioma: escríbala como la lee la sala. "
            '<details class="detail"><summary>Texto exacto (en inglés, como lo da la línea de '
            'comandos)</summary><span lang="en">the event&#39;s date') in html
    with urllib.request.urlopen(f"{address}/deck/decks/parent-night?date=jueves+12+de+marzo",
                                timeout=120) as page:
        english = page.read().decode()
    assert "the event&#39;s date &#39;jueves 12 de marzo&#39; is written in Spanish" in english
    assert 'class="detail"' not in english  # an English page says it once, in English
