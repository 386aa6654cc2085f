"""The docstring examples of every module of the installed package run."""

import doctest
import importlib
import pkgutil

import pytest

import quoteattr

MODULES = [m.name for m in pkgutil.iter_modules(quoteattr.__path__, "quoteattr.") if m.name != "quoteattr.spark"]


@pytest.mark.parametrize("name", ["quoteattr", *MODULES])
def test_docstring_examples(name):
    module = importlib.import_module(name)
    flags = doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS
    result = doctest.testmod(module, optionflags=flags)
    assert result.failed == 0
