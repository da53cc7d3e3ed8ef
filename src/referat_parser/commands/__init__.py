"""Click commands, one module each; `cli.py` loads them lazily."""
