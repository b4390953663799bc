"""The rules of vnie: data files only (YAML, TXT), checked when loaded by ``vnie.ruleset``.

This file makes the folder the package ``vnie.rules``, so the rules ship inside wheels and load
through ``importlib.resources`` in every kind of install.
"""
