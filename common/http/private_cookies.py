"""Answers that set a cookie are for one browser only.

A page carrying the join form sets the visitor's CSRF cookie, the admin its
session, the language chooser its language cookie. A shared cache (a proxy, a
CDN) that kept such an answer would hand the same Set-Cookie, and the token in
the form, to everyone after it. So an answer that sets a cookie says
``Cache-Control: private, no-store`` whatever it said before (``private`` takes
the place of ``public``): the browser does not keep it either, since it holds a
token minted for this visit. Answers that set no cookie keep the public policy
of common.caching.headers.

It sits outside every middleware that sets cookies (sessions, CSRF, messages,
axes), so it sees the answer as it leaves.
"""

from django.utils.cache import patch_cache_control


class PrivateWhenSettingCookiesMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.cookies:
            patch_cache_control(response, private=True, no_store=True)
        return response
