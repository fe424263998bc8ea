"""Name lexicons and the matching the proper-noun normalizer (PRN) uses."""

from .lexicon import LexiconError, NameLexicon, shipped, with_user_files

__all__ = ["LexiconError", "NameLexicon", "shipped", "with_user_files"]
