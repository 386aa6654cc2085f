"""Attribution: link quotations to cues and source mentions (stub)."""

from __future__ import annotations


def attribute(tokens, quotes, cues, morph):
    return ()
