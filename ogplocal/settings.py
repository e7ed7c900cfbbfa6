"""Settings for OGP Local Directory.

One module for every environment: each value comes from an environment variable (or a
``.env`` file in the project folder) with a safe local default. Production differs
from a laptop only by its environment; README.md lists every variable.
"""

from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
if (BASE_DIR / ".env").is_file():
    env.read_env(BASE_DIR / ".env")

# ---------------------------------------------------------------------------
# Core
# ---------------------------------------------------------------------------

DEBUG = env.bool("DEBUG", default=False)

SECRET_KEY = env.str("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DEBUG is off (export SECRET_KEY=… or use "
            "`make run`, which runs with DEBUG on)."
        )
    SECRET_KEY = "insecure-local-development-key-never-use-in-production"

ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])

INSTALLED_APPS = [
    # modeltranslation must precede the admin to patch its forms.
    "modeltranslation",
    # The admin with the directory's own site (index counts of missing translations).
    "common.apps.DirectoryAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django_countries",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "csp",
    "axes",
    "corsheaders",
    "simple_history",
    "import_export",
    "django_guid",
    # The project's apps, in the order they build on one another: each imports only
    # the ones above it (tests/common/test_import_structure.py).
    "common",
    "themes",
    "members",
    "plans",
    "reforms",
    "events",
    "circles",
    "website",
    "demo",
]

MIDDLEWARE = [
    # First, so every later middleware and its log lines have the request id.
    "django_guid.middleware.guid_middleware",
    # Outside everything that reads the database: a request whose database stops
    # answering is cut off after DATABASE_REQUEST_TIMEOUT seconds (a 503 page).
    "common.http.database_deadline.DatabaseDeadlineMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    # Outside whitenoise and the response cache, so static files and cached answers
    # carry it too.
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Outside everything that sets a cookie: such an answer is private, no-store.
    "common.http.private_cookies.PrivateWhenSettingCookiesMiddleware",
    # Before the response cache: an unreadable query string never gets a cached
    # answer, and unknown parameters are dropped before anything reads them.
    "common.http.query_string.QueryStringMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside the response cache, so cached answers get 304s too. It makes no ETag
    # of its own: public answers get theirs from common.caching.headers.
    "common.http.conditional_get.SuccessfulConditionalGetMiddleware",
    # Outside the response cache, so answers served from it are counted too.
    "common.api.rate_limit.ApiRateLimitMiddleware",
    "common.caching.middleware.PublicResponseCacheMiddleware",
    # Inside the response cache, so answers are stored already compressed (and
    # Vary: Accept-Encoding keeps plain and gzip copies apart).
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's LocaleMiddleware, activating the language request_language decides.
    "common.http.request_language.LanguageMiddleware",
    # CORS headers must be added before CommonMiddleware can answer (redirects too),
    # and inside the response cache, which keys answers by Origin (Vary).
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # After AuthenticationMiddleware: history records who made each change.
    "simple_history.middleware.HistoryRequestMiddleware",
    # Counts each sign-in attempt before it reaches authentication (django-axes
    # only checks a count it writes afterwards, which concurrent guesses outrun).
    "common.admin.login_limit.LoginAttemptLimitMiddleware",
    # Last, as django-axes asks: it turns a lockout into its own response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "ogplocal.urls"
WSGI_APPLICATION = "ogplocal.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# ---------------------------------------------------------------------------
# Data: database and cache
# ---------------------------------------------------------------------------

DATABASES = {
    "default": env.db_url(
        "DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"
    )
}
# Persistent connections in production (a new connection costs more than most
# requests); checked before reuse, so a connection PostgreSQL closed (a restart, a
# failover) is replaced instead of failing the request.
DATABASES["default"]["CONN_MAX_AGE"] = env.int(
    "CONN_MAX_AGE", default=0 if DEBUG else 60
)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
# A database that does not answer must fail the request fast (a 503 page), not hold
# a worker's thread: connecting gives up after DATABASE_CONNECT_TIMEOUT seconds, a
# statement after DATABASE_STATEMENT_TIMEOUT, and a request whose database stops
# answering altogether after DATABASE_REQUEST_TIMEOUT (common/http/database_deadline.py).
DATABASE_CONNECT_TIMEOUT = env.int("DATABASE_CONNECT_TIMEOUT", default=5)
DATABASE_STATEMENT_TIMEOUT = env.int("DATABASE_STATEMENT_TIMEOUT", default=10)
DATABASE_REQUEST_TIMEOUT = env.float("DATABASE_REQUEST_TIMEOUT", default=12.0)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        connect_timeout=DATABASE_CONNECT_TIMEOUT,
        options=f"-c statement_timeout={DATABASE_STATEMENT_TIMEOUT * 1000}",
    )
    # Parameters travel apart from the SQL (server-side binding), so a query the
    # app runs again and again has one text, which psycopg prepares after
    # DATABASE_PREPARE_THRESHOLD runs: PostgreSQL then skips planning it, which
    # costs more than running a 50-row list. A pooler in transaction mode
    # (PgBouncer before 1.21) cannot keep prepared statements: set it to 0 there.
    prepare_threshold = env.int("DATABASE_PREPARE_THRESHOLD", default=2)
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        server_side_binding=True,
        prepare_threshold=prepare_threshold or None,
    )

CACHES = {"default": env.cache_url("CACHE_URL", default="locmemcache://ogplocal")}
if CACHES["default"]["BACKEND"] == "django_redis.cache.RedisCache":
    # Redis only saves work: when it is down, every cache read misses and every
    # write is dropped (and logged), and the site goes on serving uncached.
    CACHES["default"].setdefault("OPTIONS", {}).update(
        IGNORE_EXCEPTIONS=True,
        SOCKET_CONNECT_TIMEOUT=env.float("CACHE_CONNECT_TIMEOUT", default=0.5),
        SOCKET_TIMEOUT=env.float("CACHE_TIMEOUT", default=0.5),
    )
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
DJANGO_REDIS_LOGGER = "common.caching"

# Public GET answers (pages and API) are cached under the content stamp, so every
# change to public content and every new day leaves them behind (common/caching/).
RESPONSE_CACHE = env.bool("RESPONSE_CACHE", default=True)
RESPONSE_CACHE_SECONDS = env.int("RESPONSE_CACHE_SECONDS", default=3600)
RESPONSE_CACHE_MAX_BYTES = env.int("RESPONSE_CACHE_MAX_BYTES", default=5 * 1024 * 1024)
# Each worker also keeps its most used responses in its own memory, up to this size.
RESPONSE_CACHE_PROCESS_BYTES = env.int(
    "RESPONSE_CACHE_PROCESS_BYTES", default=32 * 1024 * 1024
)
RESPONSE_CACHE_PROCESS_SECONDS = env.int("RESPONSE_CACHE_PROCESS_SECONDS", default=300)
# Seconds browsers and shared caches may reuse a public page or API answer (never
# past midnight in the site's time zone): Cache-Control: public, max-age=….
CACHE_MAX_AGE = env.int("CACHE_MAX_AGE", default=300)

# ---------------------------------------------------------------------------
# Query strings
# ---------------------------------------------------------------------------

# The FilterSet of every resource, shared by its page and its API list. Their
# parameters, and the few common.http.query_string reads beside them, are the only
# ones a public address keeps: any other is dropped before the response cache.
PUBLIC_FILTERSETS = [
    "themes.filters.ThemeFilter",
    "members.filters.JurisdictionFilter",
    "plans.filters.ActionPlanFilter",
    "plans.filters.CommitmentFilter",
    "plans.filters.DocumentFilter",
    "reforms.filters.ReformFilter",
    "events.filters.MeetingFilter",
    "events.filters.SessionFilter",
]

# ---------------------------------------------------------------------------
# Languages and time
# ---------------------------------------------------------------------------

# Adding a language: append it here, run makemigrations (modeltranslation adds the
# columns) and add locale/<code>/LC_MESSAGES/django.po. No code path names a language.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("es", _("Spanish")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# OGP Local has members in Kosovo, which ISO 3166-1 does not list: XK is the
# user-assigned code in common use for it (not an official ISO entry).
COUNTRIES_OVERRIDE = {"XK": _("Kosovo")}
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"

MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_LANGUAGES = tuple(code for code, _name in LANGUAGES)
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
# modeltranslation's tabbed admin would otherwise load jQuery UI from a CDN.
JQUERY_UI_URL = "vendor/jquery-ui/jquery-ui.min.js"
# The admin's language chooser (Django's set_language view) keeps the staff member's
# choice in this cookie for a year, across sign-outs and browser restarts. It is
# sent to the admin only: public pages take their language from the address.
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60

# ---------------------------------------------------------------------------
# Content kept in data files (demo/data/*.yaml, written by editors)
# ---------------------------------------------------------------------------

# The home page's figures of OGP Local's growth, each with its source (home/growth.py).
GROWTH_FILE = BASE_DIR / "demo" / "data" / "growth.yaml"
# Who publishes a source's host and the titles of sources whose address says nothing
# of them (common/citations.py).
CITATIONS_FILE = BASE_DIR / "demo" / "data" / "citations.yaml"

# ---------------------------------------------------------------------------
# Static files
# ---------------------------------------------------------------------------

STATIC_URL = "/static/"
# Where `collectstatic` writes; scripts/lighthouse.py collects into a scratch folder.
STATIC_ROOT = Path(env.str("STATIC_ROOT", default=str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
_STATIC_MANIFEST = env.bool("STATIC_MANIFEST", default=not DEBUG)
# Without collected files (local runs, tests) whitenoise serves from the app folders,
# looking each file up when it is asked for: listing all of them (some 2,000) took a
# tenth of a second whenever a handler started, and every test client starts one.
WHITENOISE_USE_FINDERS = not _STATIC_MANIFEST
WHITENOISE_AUTOREFRESH = not _STATIC_MANIFEST
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        # Hashed, compressed names need `collectstatic`; local runs and tests skip it.
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if _STATIC_MANIFEST
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

# ---------------------------------------------------------------------------
# Email
# ---------------------------------------------------------------------------

_email = env.email_url("EMAIL_URL", default="consolemail://")
EMAIL_BACKEND = _email["EMAIL_BACKEND"]
# Join requests are personal data. The console and file backends write every
# message (name, address, organisation, message) into the server's log or disk and
# the memory one keeps it in the worker: none of them delivers mail, so production
# refuses to start with them rather than trusting a deploy check someone may skip.
# A throwaway server (CI, benchmarks, `make serve` on a laptop) may discard mail
# with EMAIL_URL=dummymail:// only when EMAIL_DISCARD=true says so explicitly.
EMAIL_DISCARD = env.bool("EMAIL_DISCARD", default=False)
if not DEBUG:
    _email_backend = EMAIL_BACKEND.rsplit(".", 2)[-2]
    if _email_backend in {"console", "locmem", "filebased"}:
        raise ImproperlyConfigured(
            "EMAIL_URL must name a real mail server when DEBUG is off (e.g. "
            "smtp+tls://user:pass@mail.example.org:587): the console, file and "
            "memory backends would write join requests' personal data to the log "
            "or disk instead of sending them. A throwaway server may set "
            "EMAIL_URL=dummymail:// together with EMAIL_DISCARD=true."
        )
    if _email_backend == "dummy" and not EMAIL_DISCARD:
        raise ImproperlyConfigured(
            "EMAIL_URL=dummymail:// discards every email (join requests could never "
            "be confirmed): set EMAIL_DISCARD=true to say that this server is a "
            "throwaway one, or give a real mail server."
        )
EMAIL_HOST = _email.get("EMAIL_HOST", "")
EMAIL_PORT = _email.get("EMAIL_PORT") or 25
EMAIL_HOST_USER = _email.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = _email.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _email.get("EMAIL_USE_TLS", False)
EMAIL_USE_SSL = _email.get("EMAIL_USE_SSL", False)
DEFAULT_FROM_EMAIL = env.str(
    "DEFAULT_FROM_EMAIL", default="OGP Local <noreply@localhost>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# ---------------------------------------------------------------------------
# Security
# ---------------------------------------------------------------------------

# HTTPS: the site is served over TLS (directly or behind a proxy). It turns on the
# redirect, HSTS and Secure, __Host- prefixed cookies. `make serve` turns it off to
# run over plain http on 127.0.0.1.
HTTPS = env.bool("HTTPS", default=not DEBUG)
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=HTTPS)
# Load balancers probe health over plain http.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
# Behind a TLS-terminating proxy that sets X-Forwarded-Proto (set only then: a client
# could otherwise claim https itself).
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https")
    if env.bool("BEHIND_TLS_PROXY", default=False)
    else None
)
# How many reverse proxies append to X-Forwarded-For (common/http/client_ip.py).
TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31_536_000 if HTTPS else 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool(
    "SECURE_HSTS_INCLUDE_SUBDOMAINS", default=HTTPS
)
SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=HTTPS)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS
# __Host- cookies are bound to this exact host and path, and require Secure.
SESSION_COOKIE_NAME = "__Host-sessionid" if HTTPS else "sessionid"
CSRF_COOKIE_NAME = "__Host-csrftoken" if HTTPS else "csrftoken"
CSRF_COOKIE_HTTPONLY = True
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SESSION_COOKIE_AGE = env.int("SESSION_COOKIE_AGE", default=8 * 60 * 60)
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# Staff passwords: long, not common, not like the user's name, not only digits.
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Admin: its address is configurable; failed logins lock out (django-axes) by
# username and client address, the address read behind proxies by common/http/client_ip.py.
ADMIN_URL = env.str("ADMIN_URL", default="admin/")
LANGUAGE_COOKIE_PATH = f"/{ADMIN_URL}"
LANGUAGE_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_HTTPONLY = True
# Failed logins past the limit get an admin page in the staff member's language
# (axes alone answers with a bare line of English text).
AXES_LOCKOUT_CALLABLE = "common.admin.lockout.lockout_response"
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = env.float("AXES_COOLOFF_HOURS", default=1.0)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "common.http.client_ip.axes_client_ip"
AXES_RESET_ON_SUCCESS = True
AXES_SENSITIVE_PARAMETERS = ["password"]

# Content Security Policy (django-csp): nothing from other hosts, no inline script.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
    }
}

# Permissions-Policy (django-permissions-policy): the site uses none of the
# browser's powerful features, so no page, nor anything framed or injected into
# one, may ask for them. Only features Chromium knows: it logs a console warning
# for any other (ambient-light-sensor and bluetooth are behind its flags).
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "encrypted-media",
        "gamepad",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "interest-cohort",
        "local-fonts",
        "magnetometer",
        "microphone",
        "midi",
        "otp-credentials",
        "payment",
        "publickey-credentials-create",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "window-management",
        "xr-spatial-tracking",
    )
}

# ---------------------------------------------------------------------------
# Logging
# ---------------------------------------------------------------------------

# One line per record, with the request id; request errors (4xx warnings, 5xx with
# their traceback) come from the django.request logger. Nothing logs request bodies.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        # The request id (settings.DJANGO_GUID) as record.correlation_id; None
        # outside a request.
        "correlation_id": {"()": "django_guid.log_filters.CorrelationId"},
        # Cache failures (ours and django-redis'): noted for /healthz, logged once
        # per half minute rather than once per request.
        "cache_failures": {
            "()": "common.http.health.PartFailureFilter",
            "part": "cache",
        },
        # A request with a bad Host: one WARNING line, not an ERROR with a
        # traceback (common/http/security_log.py).
        "one_warning_line": {"()": "common.http.security_log.OneWarningLineFilter"},
    },
    "formatters": {
        "line": {
            "format": "%(asctime)s %(levelname)s [%(correlation_id)s] %(name)s: %(message)s"
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "filters": ["correlation_id"],
            "formatter": "line",
        }
    },
    "loggers": {
        "common.caching": {"filters": ["cache_failures"]},
        "django.security.DisallowedHost": {"filters": ["one_warning_line"]},
        # django-guid notes each request's id at INFO; only a replaced id is news.
        "django_guid": {"level": "WARNING"},
    },
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}

# The request id (django-guid): the proxy's X-Request-ID when it is a UUID (nginx's
# $request_id, 32 hex digits, is one), else a new one (uuid4, 32 hex digits), so a
# forged header cannot inject text into the log. Returned on every response.
DJANGO_GUID = {
    "GUID_HEADER_NAME": "X-Request-ID",
    "VALIDATE_GUID": True,
    "RETURN_HEADER": True,
    # It would overwrite the API's Access-Control-Expose-Headers (CORS_EXPOSE_HEADERS).
    "EXPOSE_HEADER": False,
    "UUID_FORMAT": "hex",
    "UUID_LENGTH": 32,
}

# ---------------------------------------------------------------------------
# Who runs the site: the about, contact, accessibility and privacy pages
# ---------------------------------------------------------------------------

# Where visitors write to the directory's editors (corrections, accessibility,
# privacy). The pages would otherwise promise answers from an address nobody reads.
SITE_CONTACT_EMAIL = env.str("SITE_CONTACT_EMAIL", default="")
if not SITE_CONTACT_EMAIL:
    if not DEBUG:
        raise ImproperlyConfigured(
            "SITE_CONTACT_EMAIL must be set when DEBUG is off: the about, contact, "
            "accessibility and privacy pages give it as the editors' address."
        )
    SITE_CONTACT_EMAIL = "ogp-local-directory@example.org"
# The organisation that curates the directory, and its web address. The sources
# the content comes from do not name one, so none is assumed: left empty, the
# about page says the directory's editors curate it.
SITE_PUBLISHER = env.str("SITE_PUBLISHER", default="")
SITE_PUBLISHER_URL = env.str("SITE_PUBLISHER_URL", default="")

# ---------------------------------------------------------------------------
# Local Circles: join requests (circles app)
# ---------------------------------------------------------------------------

# Who is told about each new join request (one address; use a list alias for more).
# It is also the contact the privacy notice gives for deletion requests.
CIRCLES_STAFF_EMAIL = env.str("CIRCLES_STAFF_EMAIL", default="")
if not CIRCLES_STAFF_EMAIL:
    # The privacy notice would otherwise promise deletion at an address nobody reads.
    if not DEBUG:
        raise ImproperlyConfigured(
            "CIRCLES_STAFF_EMAIL must be set when DEBUG is off: it receives join "
            "requests and is the contact the privacy notice gives."
        )
    CIRCLES_STAFF_EMAIL = "ogp-local-circles@example.org"
# Join requests accepted per visitor: "5/hour", "20/day", "10/15m"…
CIRCLES_JOIN_RATE = env.str("CIRCLES_JOIN_RATE", default="5/hour")
# Links to confirm a join request mailed to one address, whoever asks for them and
# from wherever: past it a request is dropped (the page says the same), and the
# owner still has the links already sent.
CIRCLES_CONFIRMATION_RATE = env.str("CIRCLES_CONFIRMATION_RATE", default="3/day")
# Every per-client limit (this one, the API's, the admin sign-in's) is counted
# atomically by django-ratelimit in the shared cache (common/http/rate_limit.py).
# A cache outage leaves them open rather than refusing everyone; the admin sign-in
# then still has django-axes' lockout, kept in the database.
RATELIMIT_USE_CACHE = "default"
RATELIMIT_FAIL_OPEN = True
# A form sent sooner than this after the page was served is a bot's (silently
# dropped); one older than the maximum asks the visitor to send it again.
CIRCLES_MIN_FILL_SECONDS = env.float("CIRCLES_MIN_FILL_SECONDS", default=3.0)
CIRCLES_FORM_MAX_AGE = env.int("CIRCLES_FORM_MAX_AGE", default=24 * 3600)
# Seconds the link mailed to confirm a join request works; unconfirmed requests
# are deleted after this by purge_join_requests.
CIRCLES_CONFIRM_MAX_AGE = env.int("CIRCLES_CONFIRM_MAX_AGE", default=3 * 24 * 3600)
# Join requests are deleted this many days after they were last sent, by
# `manage.py purge_join_requests --execute` (run it daily from cron).
CIRCLES_RETENTION_DAYS = env.int("CIRCLES_RETENTION_DAYS", default=365)
# A mail server that hangs must not hold a visitor's request for minutes.
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)

# Staff admin: edit history, spreadsheets, roles
# ---------------------------------------------------------------------------

# The staff groups and what each may do with which model: the project's table,
# which common's sync_roles applies after every migrate.
STAFF_ROLES = "ogplocal.roles.ROLES"

# Imports run in one transaction: a file with any bad row writes nothing.
IMPORT_EXPORT_USE_TRANSACTIONS = True
# Only roles holding the custom import_<model> / export_<model> permissions
# (ogplocal/roles.py) see the buttons.
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "import"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "export"
# Between the preview and the confirm step the uploaded file waits in the shared
# cache when there is one (several app servers), else in the temporary folder. It
# is deleted when the preview shows problems, when the staff member starts another
# import, and after IMPORT_UPLOAD_LIFETIME seconds in any case.
IMPORT_EXPORT_TMP_STORAGE_CLASS = (
    "common.admin.spreadsheets.ImportUploadStorage"
    if env.str("CACHE_URL", default="")
    else "common.admin.spreadsheets.ImportUploadFolder"
)
IMPORT_UPLOAD_LIFETIME = env.int("IMPORT_UPLOAD_LIFETIME", default=30 * 60)
# The largest file an import takes, refused before it is read: its size in bytes,
# then its rows (the header not counted). A preview and a confirm of IMPORT_MAX_ROWS
# rows must fit in IMPORT_TIME_BUDGET on the production database: `make
# bench-import` measures it (README, "Spreadsheet imports").
IMPORT_MAX_BYTES = env.int("IMPORT_MAX_BYTES", default=2 * 1024 * 1024)
IMPORT_MAX_ROWS = env.int("IMPORT_MAX_ROWS", default=500)
# Seconds an import may spend on its rows before the rest are reported as not
# checked (a plain message, nothing written); unset: three quarters of
# DATABASE_REQUEST_TIMEOUT, so that a slow import never meets the deadline's 503.
IMPORT_TIME_BUDGET = env.float("IMPORT_TIME_BUDGET", default=None)
# django-import-export's own escaping only removes a leading "=" (changing the
# text, keeping "+", "-", "@") and turns numbers into text: the exports escape
# formulae themselves (common.spreadsheet_safety).
IMPORT_EXPORT_ESCAPE_FORMULAE_ON_EXPORT = False

# API (/api/v1/: Django REST framework, OpenAPI docs, CORS). docs/api.md
# describes the behaviour partners rely on.
# ---------------------------------------------------------------------------

# Anonymous requests allowed per client address, e.g. "1000/hour" or "50/minute".
API_ANON_RATE = env.str("API_ANON_RATE", default="1000/hour")

REST_FRAMEWORK = {
    # A public, read-only API: no sessions, no CSRF, no users.
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "UNAUTHENTICATED_USER": None,
    "DEFAULT_RENDERER_CLASSES": ["common.api.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": [],
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "common.api.negotiation.FormatNegotiation",
    "DEFAULT_FILTER_BACKENDS": ["common.api.filtering.FilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "common.api.pagination.PageNumberPagination",
    "PAGE_SIZE": 20,
    # The per-client limit is common.api.rate_limit's middleware (API_ANON_RATE).
    "DEFAULT_THROTTLE_CLASSES": [],
    "EXCEPTION_HANDLER": "common.api.exceptions.exception_handler",
    "DEFAULT_SCHEMA_CLASS": "common.api.schema.ResourceSchema",
    "DEFAULT_VERSIONING_CLASS": None,
    "URL_FORMAT_OVERRIDE": "format",
    "UNICODE_JSON": True,
    "COMPACT_JSON": True,
    "STRICT_JSON": True,
}

SPECTACULAR_SETTINGS = {
    "TITLE": "OGP Local Directory API",
    "DESCRIPTION": (
        "Read-only data on OGP Local members, themes, reforms, regional meetings "
        "and their sessions, in English and Spanish. The [API guide](/api/v1/guide/) "
        "(docs/api.md) explains languages, filters, formats, pagination, caching, "
        "limits and the compatibility promise, with examples."
    ),
    "VERSION": "1.0.0",
    "SCHEMA_PATH_PREFIX": r"/api/v1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_AUTHENTICATION": [],
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    # Swagger UI and Redoc come from drf-spectacular-sidecar's files: no CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    # validatorUrl null: Swagger UI would otherwise send the schema to swagger.io.
    # No deep links: Swagger UI puts them inside the operation's toggle button (a link
    # in a button, which screen readers cannot reach).
    "SWAGGER_UI_SETTINGS": {"deepLinking": False, "validatorUrl": None},
    "ENUM_NAME_OVERRIDES": {
        "JurisdictionKindEnum": "members.enums.JurisdictionKind",
        "MembershipStatusEnum": "members.enums.MembershipStatus",
        "RegionEnum": "members.enums.Region",
        "MemberRegionEnum": "members.enums.MemberRegion",
        "ReformStatusEnum": "reforms.enums.ReformStatus",
        "PlanStatusEnum": "plans.enums.PlanStatus",
        "CompletionEnum": "plans.enums.Completion",
        "PotentialImpactEnum": "plans.enums.PotentialImpact",
        "OgpValueEnum": "plans.enums.OgpValue",
        "DocumentKindEnum": "plans.enums.DocumentKind",
        "MeetingKindEnum": "events.enums.MeetingKind",
        "SessionKindEnum": "events.enums.SessionKind",
    },
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "common.api.schema.add_shared_components",
    ],
}

CORS_ALLOW_ALL_ORIGINS = True
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_HEADERS = [
    "accept",
    "accept-language",
    "if-modified-since",
    "if-none-match",
    "user-agent",
]
CORS_EXPOSE_HEADERS = ["Content-Disposition", "ETag", "Retry-After"]
