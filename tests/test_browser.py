"""The HTML view in a real browser: Debian's Chromium, driven by playwright.

playwright's own browser download is not used: the tests launch the system
Chromium through ``executable_path`` (``apt-get install chromium``; .ci/run
installs it) and skip, saying so, only where no Chromium binary is found.
"""

import base64
import shutil

import pytest
from playwright.sync_api import sync_playwright

from quoteattr import Document, Quote, Result, Speaker, render_html
from quoteattr.cli import main
from quoteattr.render import BatchPage
from test_render import HOSTILE_TEXT, hostile, interview, span

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no Chromium binary on PATH (install it with: apt-get install chromium)",
)

TRANSPARENT = "rgba(0, 0, 0, 0)"


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    """A page that records dialogs, console errors and uncaught exceptions."""
    context = browser.new_context(viewport={"width": 1000, "height": 800})
    page = context.new_page()
    page.incidents = []
    page.on("dialog", lambda dialog: (page.incidents.append(f"dialog: {dialog.message}"), dialog.dismiss()))
    page.on("console", lambda msg: msg.type == "error" and page.incidents.append(f"console: {msg.text}"))
    page.on("pageerror", lambda error: page.incidents.append(f"pageerror: {error}"))
    yield page
    context.close()


def open_html(page, tmp_path, html, name="view.html"):
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    page.goto(path.as_uri())


def background(locator):
    return locator.evaluate("e => getComputedStyle(e).backgroundColor")


def test_example_article_shows_ten_quotations_and_eight_by_the_mayor(page, tmp_path):
    out = tmp_path / "verkhnegorsk.html"
    assert main(["--format", "html", "docs/examples/verkhnegorsk.txt", "-o", str(out)]) == 0
    page.goto(out.as_uri())
    quotes = page.locator(".qa-text .qa-q")
    assert quotes.count() == 10
    for i in range(10):
        quote = quotes.nth(i)
        assert quote.is_visible()
        assert background(quote) != TRANSPARENT
        box = quote.bounding_box()
        assert box["width"] > 0 and box["height"] > 0
    mayor = page.locator(".qa-speaker", has_text="Андрей Соловьев")
    assert mayor.locator(".qa-count").inner_text() == "8"
    assert page.locator(".qa-label", has_text="Андрей Соловьев").count() == 8
    assert page.incidents == []


def test_kinds_have_their_own_colour_and_line(page, tmp_path):
    open_html(page, tmp_path, render_html(interview()))
    looks = {}
    for kind in ("direct", "indirect", "mixed"):
        quote = page.locator(f".qa-text .qa-{kind}").first
        looks[kind] = quote.evaluate(
            "e => { const s = getComputedStyle(e); return [s.backgroundColor, s.borderBottomStyle]; }"
        )
    assert len({colour for colour, _ in looks.values()}) == 3
    assert {kind: line for kind, (_, line) in looks.items()} == {
        "direct": "solid", "indirect": "dashed", "mixed": "dotted"
    }


def test_hover_and_keyboard_focus_show_the_details(page, tmp_path):
    open_html(page, tmp_path, render_html(interview()))
    tip = page.locator("#qa-q4")
    assert not tip.is_visible()
    page.locator('.qa-text .qa-q[data-q="4"]').hover(position={"x": 5, "y": 5})
    assert tip.is_visible()
    assert "курс стабилен" not in tip.inner_text() and "уверены" in tip.inner_text()
    page.mouse.move(0, 0)
    assert not tip.is_visible()
    # Tab through the labels: the focused one shows its quote's details
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "qa-label"
    first_tip = page.locator("#qa-q1")  # the direct fragment ends before the mixed quote around it
    assert first_tip.is_visible() and "direct" in first_tip.inner_text()
    # hovering the inner (direct) quote shows its details, not those of the mixed quote around it
    page.evaluate("document.activeElement.blur()")
    page.locator('.qa-text .qa-q[data-q="1"]').hover(position={"x": 5, "y": 5})
    assert first_tip.is_visible() and not page.locator("#qa-q0").is_visible()


def test_choosing_a_speaker_highlights_its_quotes(page, tmp_path):
    open_html(page, tmp_path, render_html(interview()))
    quotes = page.locator(".qa-text .qa-q")
    speakers = [quotes.nth(i).get_attribute("data-s") for i in range(quotes.count())]
    assert speakers == ["0", "0", "0", "0", "1", "none"]
    page.locator('.qa-pick[data-s="1"]').check()
    lit = [background(quotes.nth(i)) != TRANSPARENT for i in range(quotes.count())]
    assert lit == [False, False, False, False, True, False]
    page.locator('.qa-pick[data-s="0"]').focus()
    page.keyboard.press("Space")
    lit = [background(quotes.nth(i)) != TRANSPARENT for i in range(quotes.count())]
    assert lit == [True, True, True, True, False, False]
    page.locator(".qa-all").check()
    assert all(background(quotes.nth(i)) != TRANSPARENT for i in range(quotes.count()))


def test_a_hostile_article_runs_nothing_and_reads_literally(page, tmp_path):
    doc = hostile()
    open_html(page, tmp_path, render_html(doc))
    for element in page.locator(".qa-text *").all():
        if element.is_visible():
            element.hover()
    page.keyboard.press("Tab")
    assert page.incidents == []
    assert page.evaluate("document.scripts.length") == 0
    assert page.locator("img").count() == 0
    text = page.locator(".qa-text").evaluate(
        "e => { const c = e.cloneNode(true); c.querySelectorAll('.qa-label').forEach(l => l.remove());"
        " return c.textContent; }"
    )
    assert text == HOSTILE_TEXT
    assert "<b onclick=" in page.locator(".qa-label").first.inner_text()


def test_a_hostile_article_runs_nothing_in_a_notebook_fragment(page, tmp_path):
    """Without the page's Content-Security-Policy, escaping alone must hold."""
    open_html(page, tmp_path, f"<!DOCTYPE html><meta charset=utf-8><body>{hostile()._repr_html_()}")
    for element in page.locator(".qa-text *").all():
        if element.is_visible():
            element.hover()
    assert page.incidents == []
    assert page.evaluate("document.scripts.length") == 0


def test_screenshot_is_not_blank(page, tmp_path):
    open_html(page, tmp_path, render_html(interview(), title="Интервью"))
    png = page.screenshot(full_page=True)
    decoder = page.context.new_page()  # the view's Content-Security-Policy forbids data: images
    colours = decoder.evaluate(
        """async (data) => {
            const img = new Image();
            img.src = "data:image/png;base64," + data;
            await img.decode();
            const canvas = document.createElement("canvas");
            canvas.width = img.width; canvas.height = img.height;
            const ctx = canvas.getContext("2d");
            ctx.drawImage(img, 0, 0);
            const pixels = ctx.getImageData(0, 0, img.width, img.height).data;
            const seen = new Set();
            let inked = 0;
            for (let i = 0; i < pixels.length; i += 4) {
                seen.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
                if (pixels[i] < 200 || pixels[i + 1] < 200 || pixels[i + 2] < 200) inked++;
            }
            return [seen.size, inked / (pixels.length / 4)];
        }""",
        base64.b64encode(png).decode(),
    )
    distinct, inked = colours
    assert distinct > 50 and inked > 0.01


def test_dark_mode_and_phone_width(browser, tmp_path):
    path = tmp_path / "view.html"
    path.write_text(render_html(interview()), encoding="utf-8")
    context = browser.new_context(viewport={"width": 360, "height": 640}, color_scheme="dark")
    page = context.new_page()
    page.goto(path.as_uri())
    root = page.locator(".qa-root")
    assert root.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(22, 22, 22)"
    assert page.evaluate("document.documentElement.scrollWidth") <= 360  # nothing sticks out sideways
    page.locator(".qa-label").first.focus()
    tip = page.locator(".qa-tip").first.bounding_box()
    assert tip["x"] >= 0 and tip["x"] + tip["width"] <= 360
    context.close()


def test_a_thousand_documents_open_collapsed_and_a_link_opens_one(page, tmp_path):
    sentence = "«Мост откроют к осени», — сказала мэр Анна Смирнова. "
    text = sentence * 12
    mayor = Speaker("Анна Смирнова", "person")
    quotes = tuple(
        Quote(span(text, "Мост откроют к осени", i), "direct", span(text, "сказала", i),
              span(text, "Анна Смирнова", i), mayor, "quote-cue")
        for i in range(0, len(text), len(sentence))
    )
    doc = Document(text, quotes, (mayor,))
    batch = BatchPage()
    for n in range(1000):
        batch.add(f"article-{n}", Result(n, n, doc))
    open_html(page, tmp_path, batch.html(), "batch.html")
    entries = page.locator(".qa-entry")
    assert entries.count() == 1000
    assert page.evaluate("[...document.querySelectorAll('.qa-entry')].filter(d => d.open).length") == 0
    page.locator('a[href="#d737"]').first.click()
    assert page.evaluate("document.querySelector('#d737').closest('details').open")
    assert page.locator("#d737 .qa-q").first.is_visible()
    page.locator("#d737 .qa-pick").check()
    assert background(page.locator("#d737 .qa-q").first) != TRANSPARENT
    assert page.incidents == []
