"""A cheap language guess from function words.

Written by hand because the ingest path must stay fast and dependency-light; it only has to tell
apart the languages of the pages we see (English, French, German, Spanish, Italian, Portuguese,
Russian, Ukrainian, Arabic). Anything else is reported as the default language.
"""
from __future__ import annotations

import re

__all__ = ["guess_language", "reads_as"]

_WORDS = re.compile(r"[^\W\d_]+", re.U)
_FUNCTION_WORDS = {
    "en": "the of and to in is that for it was on with as by at from he said were are has have",
    "fr": "le la les de des et est un une du dans pour que qui pas sur au avec",
    "de": "der die das und ist nicht ein eine zu den von mit sich auf für dem",
    "es": "el la los las de y que en un una por con para del se es al",
    "it": "il lo la gli di e che un una per con non del della sono nel",
    "pt": "o a os as de e que um uma do da em para com não no na",
    "ru": "и в не на что с по это как из он к а за но от",
    "uk": "і в не на що з та це як до він у за але від й",
}
_SETS = {lang: set(words.split()) for lang, words in _FUNCTION_WORDS.items()}


# A language's prose runs near one word in four of these; under one in twenty it is not that language.
_MIN_SHARE = 0.05


def _words(sample: str) -> list[str]:
    return [w.casefold() for w in _WORDS.findall(sample)]


def guess_language(text: str, default: str = "en") -> str:
    """ISO 639-1 code of the most likely language of `text`."""
    sample = text[:5000]
    arabic = sum(1 for ch in sample if "\u0600" <= ch <= "\u06ff")
    if arabic > len(sample) * 0.3:
        return "ar"
    words = _words(sample)
    if not words:
        return default
    scores = {lang: sum(1 for w in words if w in vocab) for lang, vocab in _SETS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] < max(3, len(words) * _MIN_SHARE):
        return default
    if best in ("ru", "uk"):
        # Ukrainian letters settle the tie between the two Cyrillic languages.
        ukr = sum(sample.count(ch) for ch in "іїєґ")
        return "uk" if ukr > len(words) * 0.02 else "ru"
    return best


def reads_as(text: str, language: str, min_words: int = 12) -> bool:
    """True when at least one word in twenty of `text` is a function word of `language` (a code
    `guess_language` knows), or when the text has fewer than `min_words` words: a headline is too
    short to judge. For a guess already made, to check that the text still reads that way.

    >>> reads_as("Uraganul a lovit coasta, iar autoritatile au evacuat mii de oameni din zona", "en")
    False
    >>> reads_as("Two soldiers were killed when shells hit the village of Krynky on Tuesday, the governor said", "en")
    True
    """
    words = _words(text[:5000])
    if len(words) < min_words:
        return True
    return sum(w in _SETS[language] for w in words) >= len(words) * _MIN_SHARE
