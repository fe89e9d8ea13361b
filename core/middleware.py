import time


class PermissionsPolicyMiddleware:
    """Add a Permissions-Policy header: the portal needs no camera, microphone or location."""

    POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.setdefault("Permissions-Policy", self.POLICY)
        return response


class SessionIdleMiddleware:
    """Slide the expiry of signed-in sessions, so that they end after a period without activity.

    A session expires SESSION_COOKIE_AGE (SESSION_IDLE_TIMEOUT, 8 hours) after it was last saved,
    or SESSION_REMEMBER_ME_AGE after when "Se souvenir de moi" was ticked (ptca/accounts.py).
    Saving on every request would write the session store each time: we save at most once every
    TOUCH_INTERVAL seconds, so the idle timeout is exact to within that interval. The expiry itself
    is enforced by Django's session store (an expired session loads empty: signed out).
    """

    TOUCH_INTERVAL = 300
    KEY = "_ptca_seen"

    def __init__(self, get_response):
        self.get_response = get_response

    @classmethod
    def mark_seen(cls, sender=None, request=None, **kwargs):
        """user_logged_in: the login saves the session; the next save is due TOUCH_INTERVAL later."""
        session = getattr(request, "session", None)
        if session is not None:
            session[cls.KEY] = int(time.time())

    def __call__(self, request):
        session = getattr(request, "session", None)
        user = getattr(request, "user", None)
        if session is not None and user is not None and user.is_authenticated:
            now = int(time.time())
            if now - session.get(self.KEY, 0) >= self.TOUCH_INTERVAL:
                session[self.KEY] = now  # modified: saved with a fresh expiry and cookie
        return self.get_response(request)
