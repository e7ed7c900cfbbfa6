"""Languages: reading translated fields, and Spanish for third-party screens."""
