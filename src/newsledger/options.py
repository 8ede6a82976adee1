"""One options object per stage, passed down instead of keyword flags."""
from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ExtractOptions", "DEFAULT_MAX_BYTES"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    max_bytes: int = DEFAULT_MAX_BYTES     # larger inputs are rejected as "too_large"
    min_body_chars: int = 250              # shorter bodies are "not_article: too_short"
    keep_removed: bool = True              # record what boilerplate was cut, and why
    default_language: str = "en"
