// Workshop studio: resource rows, live slide updates, live contrast figures.
"use strict";

function resourceRows() {
  // Each list of rows (the deck's resources, a kit's per language) with its "Add" button.
  document.querySelectorAll("[data-rows]").forEach((list) => {
    const add = list.nextElementSibling;
    list.addEventListener("click", (event) => {
      if (!event.target.classList.contains("remove")) return;
      const row = event.target.closest(".resource");
      if (list.children.length > 1) { row.remove(); } else {
        row.querySelectorAll("input").forEach((input) => { input.value = ""; });
      }
      add.focus();
    });
    add.addEventListener("click", () => {
      const row = list.lastElementChild.cloneNode(true);
      row.querySelectorAll("input").forEach((input) => { input.value = ""; });
      list.appendChild(row);
      row.querySelector("input").focus();
    });
  });
}

function liveSlides() {
  const slides = document.getElementById("slides");
  const status = document.getElementById("status");
  if (!slides || !window.EventSource) return;
  const say = slides.dataset;  // the page's words, in the deck's language
  const source = new EventSource(`${document.body.dataset.base}/events`);
  source.addEventListener("change", async (event) => {
    const files = JSON.parse(event.data);
    const before = {};  // each slide as shown: its picture, notes, questions and findings
    slides.querySelectorAll(".slide").forEach((s) => { before[s.id] = s.innerHTML; });
    const response = await fetch(slides.dataset.live, { cache: "no-store" });
    if (!response.ok) return;
    slides.innerHTML = await response.text();
    const changed = [];
    slides.querySelectorAll(".slide").forEach((s) => {
      if (before[s.id] !== s.innerHTML) {
        const number = s.id.replace("slide-", "");
        s.classList.add("changed");
        document.getElementById(`thumb-${number}`)?.classList.add("changed");
        changed.push(number);
      }
    });
    const numbers = changed.join(", ");
    const what = !changed.length ? say.noneChanged
      : (changed.length > 1 ? say.slidesChanged : say.slideChanged).replace("{numbers}", numbers);
    status.textContent = `${say.changedAfter.replace("{files}", files.join(", "))} ${what}`;
    viewer.refresh();
  });
}

function picturesPending() {
  // "Making the pictures…" goes once the first picture has come: the deck's pictures are
  // made in one run, so the rest are ready with it (the others load lazily, as scrolled to).
  // Checked on every load, and on every live update, which brings a new message when
  // pictures are missing again.
  const slides = document.getElementById("slides");
  if (!slides) return;
  const check = () => {
    const note = slides.querySelector(".pictures-pending");
    const first = slides.querySelector(".thumbs img");
    if (note && first && first.complete && first.naturalWidth > 0) note.remove();
  };
  slides.addEventListener("load", check, true);  // load does not bubble: caught on its way
  check();
}

const viewer = {
  // One slide opened large, with its notes, questions and findings; Previous and Next (or
  // the arrow keys) step through the deck, Escape or Close go back to the grid.
  number: null,
  dialog: null,
  setUp() {
    this.dialog = document.getElementById("viewer");
    const slides = document.getElementById("slides");
    if (!this.dialog || !slides || !this.dialog.showModal) return;
    document.documentElement.classList.add("scripted");
    slides.addEventListener("click", (event) => {
      const link = event.target.closest("a[href^='#slide-']");
      if (!link) return;
      event.preventDefault();
      this.open(Number(link.getAttribute("href").replace("#slide-", "")));
    });
    document.getElementById("viewer-previous").addEventListener("click", () => this.step(-1));
    document.getElementById("viewer-next").addEventListener("click", () => this.step(1));
    document.getElementById("viewer-close").addEventListener("click", () => this.dialog.close());
    this.dialog.addEventListener("keydown", (event) => {
      if (event.key === "ArrowLeft") this.step(-1);
      if (event.key === "ArrowRight") this.step(1);
    });
    this.dialog.addEventListener("close", () => {
      // Back on the grid, at the slide just seen.
      document.querySelector(`#thumb-${this.number} a`)?.focus();
    });
  },
  open(number) {
    const slide = document.getElementById(`slide-${number}`);
    if (!slide) return;
    this.number = number;
    const body = document.getElementById("viewer-body");
    body.innerHTML = slide.innerHTML;
    body.querySelector("h3").id = "viewer-heading";
    body.querySelectorAll("img").forEach((img) => { img.loading = "eager"; });
    const count = document.querySelectorAll("#slides .slide").length;
    document.getElementById("viewer-previous").disabled = number <= 1;
    document.getElementById("viewer-next").disabled = number >= count;
    if (!this.dialog.open) this.dialog.showModal();
  },
  step(by) {
    if (this.number !== null) this.open(this.number + by);
  },
  refresh() {
    if (this.dialog?.open) this.open(this.number);
  },
};

function hexLuminance(hex) {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2];
}

function contrastOf(a, b) {
  const [l1, l2] = [hexLuminance(a), hexLuminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
}

function toHsl(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? ((g - b) / d + (g < b ? 6 : 0)) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

function fromHsl(h, s, l) {
  const channel = (n) => {
    const k = (n + h * 12) % 12;
    const a = s * Math.min(l, 1 - l);
    return Math.round(255 * (l - a * Math.max(-1, Math.min(k - 3, 9 - k, 1))));
  };
  return `#${[0, 8, 4].map((n) => channel(n).toString(16).padStart(2, "0")).join("").toUpperCase()}`;
}

function nearestPassing(color, other, minimum) {
  // The same hue and saturation, darker (on a light partner) or lighter (on a dark one), a
  // step of lightness at a time until it reaches `minimum` against `other`: the nearest
  // color that passes, as vivid as the one chosen (mixing with black greys it).
  const [h, s, l] = toHsl(color);
  const darker = hexLuminance(other) > 0.18;
  for (let step = 1; step <= 100; step += 1) {
    const lightness = darker ? l * (1 - step / 100) : l + (1 - l) * (step / 100);
    const hex = fromHsl(h, s, lightness);
    if (contrastOf(hex, other) >= minimum) return hex;
  }
  return null;
}

function liveContrast() {
  const inputs = document.querySelectorAll("[data-colour]");
  if (!inputs.length) return;
  const hex = (v) => (/^#?[0-9A-Fa-f]{6}$/.test(v.trim()) ? `#${v.trim().replace("#", "")}` : null);
  const valid = (v) => hex(v) !== null;
  const sample = document.getElementById("sample");
  const update = () => {
    inputs.forEach((input) => {
      const picker = input.parentElement.querySelector("input[type=color]");
      if (picker && valid(input.value)) picker.value = hex(input.value).toLowerCase();
      if (sample && valid(input.value)) {
        sample.style.setProperty(`--${input.id.replace("color_", "")}`, hex(input.value));
      }
    });
    document.querySelectorAll("[data-pair]").forEach((item) => {
      const [fg, bg] = item.dataset.pair.split(" ");
      const a = hex(document.getElementById(`color_${fg}`).value);
      const b = hex(document.getElementById(`color_${bg}`).value);
      const out = item.querySelector("output");
      if (!a || !b) { out.textContent = "?"; return; }
      const ratio = contrastOf(a, b);
      const minimum = parseFloat(item.dataset.minimum);
      out.textContent = `${(Math.floor(ratio * 100) / 100).toFixed(2)}:1`;
      item.classList.toggle("fails", ratio < minimum);
      // For a failing pair, the nearest color of the same hue that passes, as one click.
      const suggest = item.querySelector(".suggest");
      const adjust = item.dataset.adjust;
      const fixed = ratio < minimum ? nearestPassing(adjust === fg ? a : b, adjust === fg ? b : a, minimum) : null;
      suggest.hidden = !fixed;
      if (fixed) {
        suggest.textContent = `Use ${fixed}`;
        suggest.dataset.color = fixed;
      }
    });
  };
  document.querySelectorAll("[data-pair] .suggest").forEach((button) => {
    button.addEventListener("click", () => {
      const input = document.getElementById(`color_${button.closest("[data-pair]").dataset.adjust}`);
      input.value = button.dataset.color;
      update();
      input.focus();
    });
  });
  inputs.forEach((input) => {
    input.addEventListener("input", update);
    const picker = input.parentElement.querySelector("input[type=color]");
    if (picker) {
      picker.hidden = false;  // without scripts, the hex field alone
      picker.addEventListener("input", () => { input.value = picker.value.toUpperCase(); update(); });
    }
  });
  update();
}

function settingsForm() {
  // The downloads always carry the details as typed; "Update the slides" says it is working.
  const form = document.getElementById("settings");
  if (!form) return;
  const stale = document.getElementById("stale");
  const links = document.querySelectorAll(".actions a");
  let unsaved = false;  // details typed since the last Update or download: kept by neither
  window.addEventListener("beforeunload", (event) => {
    if (unsaved) event.preventDefault();  // the browser asks before they are lost
  });
  const refresh = () => {
    unsaved = true;
    const query = new URLSearchParams(new FormData(form));
    for (const [key, value] of [...query.entries()]) { if (!value) query.delete(key); }
    links.forEach((link) => { link.search = query.toString(); });
    if (stale) stale.hidden = false;
  };
  form.addEventListener("input", refresh);
  let said = null;
  links.forEach((link) => link.addEventListener("click", () => {
    unsaved = false;  // the download keeps them
    const status = document.getElementById("status");
    status.textContent = form.dataset.preparing;
    clearTimeout(said);  // then, rather than "preparing" for ever, where it went
    said = setTimeout(() => { status.textContent = form.dataset.downloaded; }, 15000);
  }));
  form.addEventListener("click", (event) => {
    if (event.target.classList.contains("remove")) setTimeout(refresh);
  });
  form.addEventListener("submit", () => {
    unsaved = false;
    document.querySelectorAll("#update, form.settings button[type=submit]").forEach((button) => {
      button.disabled = true;
    });
    document.getElementById("status").textContent = form.dataset.working;
  });
}

function kitOrganization() {
  // The kit names the organization and a support person: the hint under each field says
  // what the slides show when it is left empty. A kit sets the colors: with one, the color
  // style gives way to a link to the kit's page, where its colors are changed.
  const kit = document.getElementById("kit");
  if (!kit) return;
  kit.addEventListener("change", () => {
    const chosen = kit.value ? kit.selectedOptions[0] : null;
    ["organization", "support_person"].forEach((key) => {
      const hint = document.getElementById(`${key}-kit`);
      const value = chosen?.dataset[key] || "";
      if (!hint) return;
      hint.textContent = hint.dataset.template.replace("{value}", value);
      hint.hidden = !value;
    });
    const lookField = document.getElementById("look-field");
    const look = document.getElementById("look");
    const fromKit = document.getElementById("look-from-kit");
    if (lookField && look && fromKit) {
      lookField.hidden = Boolean(chosen);
      look.disabled = Boolean(chosen);
      fromKit.hidden = !chosen;
      fromKit.querySelectorAll("a[data-kit]").forEach((link) => {
        link.hidden = link.dataset.kit !== kit.value;
      });
    }
  });
}

document.addEventListener("DOMContentLoaded", () => {
  resourceRows();
  kitOrganization();
  settingsForm();
  viewer.setUp();
  liveSlides();
  picturesPending();
  liveContrast();
});
