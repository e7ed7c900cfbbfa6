from django.middleware.http import ConditionalGetMiddleware


class SuccessfulConditionalGetMiddleware(ConditionalGetMiddleware):
    """Django's conditional GET (If-None-Match, If-Modified-Since, 304) against the
    validators public answers carry (common.caching.headers, the one producer of
    them): it makes no ETag of its own, and an error is not a representation a
    client should revalidate."""

    def needs_etag(self, response):
        return False
