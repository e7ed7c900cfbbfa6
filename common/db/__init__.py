"""Database pieces: indexes, search text, how lists load links, backups."""
