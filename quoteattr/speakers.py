"""Speakers: cluster source mentions into entities (stub)."""

from __future__ import annotations

from .model import Document


def build_document(text, norm, tokens, links, morph):
    return Document(text)
