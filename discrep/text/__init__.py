"""Text-level recognisers: numbers, dates and sentences. No knowledge of claims or rules."""
