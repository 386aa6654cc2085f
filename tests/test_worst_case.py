"""extract() on text dense with cues, quote marks, dashes and names: no crash, no hang.

The hang tests run each family of benchmarks/worst_case.py at a modest size
under a wall-clock alarm set far above its normal time: a hang detector,
never a speed assertion. Each also checks something true of the output.
"""

from __future__ import annotations

import pytest

from quoteattr import extract


@pytest.mark.parametrize(
    "text",
    [
        "Как сообщил министр,",
        "Цены вырастут, заявил министр,",
        "По словам министра,",
        "Он заявил, что",
        "Он заявил:",
        "Об этом сообщил министр",
    ],
)
def test_text_ending_inside_an_attribution_has_no_quote(text: str) -> None:
    assert extract(text).quotes == ()
