"""griffe extension for the API reference: docstrings written for pydoc, read as Markdown.

The docstrings hold bare doctest blocks (``>>>`` lines and their output), which
Markdown would read as nested block quotes and link references; this wraps
each block in a ``pycon`` code fence before mkdocstrings renders it, and turns
Sphinx roles (``:func:`extract```) into plain code.
"""

import re

from griffe import Extension

SPHINX_ROLE = re.compile(r":(?:func|class|meth|data|mod|attr|exc):`~?([^`]+)`")


def fence_doctests(text: str) -> str:
    """``text`` with every run of ``>>>`` lines and their output inside a code fence."""
    out, block = [], []
    for line in text.splitlines() + [""]:
        if block and not line.strip():
            out.extend(["```pycon", *block, "```"])
            block = []
        if block or line.lstrip().startswith(">>>"):
            block.append(line)
        else:
            out.append(line)
    return "\n".join(out[:-1] if out and out[-1] == "" else out)


class DoctestFences(Extension):
    def on_instance(self, *, obj, **kwargs) -> None:
        if obj.docstring is not None:
            text = SPHINX_ROLE.sub(r"`\1`", obj.docstring.value)
            obj.docstring.value = fence_doctests(text) if ">>>" in text else text
