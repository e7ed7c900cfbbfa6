from django.middleware.http import ConditionalGetMiddleware


class SuccessfulConditionalGetMiddleware(ConditionalGetMiddleware):
    """Django's conditional GET (ETag, Last-Modified, 304) for successful answers
    only: an error is not a representation a client should revalidate."""

    def needs_etag(self, response):
        return response.status_code == 200 and super().needs_etag(response)
