"""Contact addresses the public pages give, and whether one is only an example."""

# Domains reserved for examples (RFC 2606, RFC 6761): mail there reaches nobody.
EXAMPLE_DOMAINS = ("example.org", "example.com", "example.net", "localhost")
EXAMPLE_TOP_LEVEL = (".example", ".test", ".invalid", ".localhost")


def is_example_address(address):
    """Whether ``address`` is at a domain reserved for examples, as in a demo or
    test run: a page giving it then says it is only an example."""
    domain = address.rpartition("@")[2].lower()
    return domain.endswith(EXAMPLE_TOP_LEVEL) or any(
        domain == reserved or domain.endswith(f".{reserved}")
        for reserved in EXAMPLE_DOMAINS
    )


def contact_context(address):
    """The template variables a page gives a contact address with:
    ``contact_email`` and ``contact_is_example``."""
    return {"contact_email": address, "contact_is_example": is_example_address(address)}
