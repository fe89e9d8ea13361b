from django.http import HttpResponse
from django.urls import path

from ptca.urls import urlpatterns as portal_urlpatterns


def minimal(request):
    """The framework floor: a view that does nothing, through the same middleware stack."""
    return HttpResponse("ok")


urlpatterns = [path("__bench__/minimal/", minimal), *portal_urlpatterns]
