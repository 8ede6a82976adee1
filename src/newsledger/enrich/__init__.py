"""enrich: Article -> Analysis (entities, quotes and claims, figures, places, dates)."""
