"""mkdocs hook: the gallery's HTML view, made from the bundled example at build time.

The page is quoteattr's own output, so it is generated rather than copied
into the repository, and it always shows what the installed quoteattr does.
"""

from pathlib import Path

from mkdocs.structure.files import File

GALLERY = {"gallery/verkhnegorsk.html": ("examples/verkhnegorsk.txt", "verkhnegorsk.txt: a mayor on a new bridge")}


def on_files(files, config):
    import quoteattr

    for target, (source, title) in GALLERY.items():
        text = (Path(config["docs_dir"]) / source).read_text(encoding="utf-8")
        html = quoteattr.render_html(quoteattr.extract(text), title=title)
        files.append(File.generated(config, target, content=html))
    return files
