"""events: Analysis -> Event[] in ACLED's taxonomy, and territorial-control claims."""
