"""Make docs/img/verkhnegorsk.png: the HTML view of the bundled example, in headless Chromium.

Run from the repository root after a change to the view:

    python docs/make_screenshot.py

Needs playwright (the ``test`` extra) and a Chromium binary on PATH (Debian:
``apt-get install chromium``); playwright's own browser download is not used.
"""

import shutil
import sys
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

import quoteattr

DOCS = Path(__file__).resolve().parent
ARTICLE = DOCS / "examples" / "verkhnegorsk.txt"
TARGET = DOCS / "img" / "verkhnegorsk.png"
VIEWPORT = {"width": 900, "height": 900}


def main() -> int:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("no Chromium on PATH: apt-get install chromium", file=sys.stderr)
        return 1
    doc = quoteattr.extract(ARTICLE.read_text(encoding="utf-8"))
    html = quoteattr.render_html(doc, title=ARTICLE.name)
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as playwright:
        page_path = Path(tmp) / "view.html"
        page_path.write_text(html, encoding="utf-8")
        browser = playwright.chromium.launch(executable_path=chromium)
        page = browser.new_page(viewport=VIEWPORT, color_scheme="light")
        page.goto(page_path.as_uri())
        # Show one quotation's details, as a reader hovering over it would see them.
        page.locator(".qa-text .qa-direct").first.hover(position={"x": 20, "y": 5})
        TARGET.parent.mkdir(exist_ok=True)
        page.screenshot(path=str(TARGET), full_page=True)
        browser.close()
    print(f"wrote {TARGET.relative_to(DOCS.parent)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
