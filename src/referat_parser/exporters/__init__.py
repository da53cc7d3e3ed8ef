"""Output formats, apart from extraction: flat tables (CSV, SQLite) from `Referat` models."""
