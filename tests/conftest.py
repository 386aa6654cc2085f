"""Settings shared by the test modules."""

from hypothesis import Phase, settings

# For .ci/mutation.py: a broken extractor fails property tests at once; shrinking the
# failing example would only cost time, and no example database is written.
settings.register_profile("mutation", phases=[Phase.explicit, Phase.reuse, Phase.generate], database=None)
