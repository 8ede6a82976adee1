"""Scripts that fit the project's shipped models on the tuning sets of ../shared/corpus (run by hand)."""
