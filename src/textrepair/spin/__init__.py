"""The spinner normalizer's parts: lexicon parsing and inflection, the phrase
matcher, case transfer, spintax detection and the evidence model.

The normalizer itself is :class:`textrepair.normalizers.spinner.UnspinPhrases`.
Nothing here is imported until a text is checked for spinner phrases.
"""
