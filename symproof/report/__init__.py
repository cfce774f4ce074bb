"""The separation report and tables as data, and their renderings (terminal, JSON)."""
