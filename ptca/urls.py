from django.contrib import admin
from django.contrib.auth.views import LoginView
from django.urls import include, path

from ptca import views
from ptca.accounts import LoginForm

admin.site.site_header = "Administration du portail numérique libre et associations"
admin.site.site_title = "Administration du portail"
admin.site.index_title = "Contenus du portail"

urlpatterns = [
    path("", views.home, name="home"),
    path("", include("ptca.companion.urls")),
    path("accessibilite/", views.accessibility, name="accessibility"),
    path("mentions-legales/", views.legal, name="legal"),
    path("style/", views.style_guide, name="style_guide"),
    path("sante/", views.health, name="health"),
    path("compte/login/", LoginView.as_view(authentication_form=LoginForm), name="login"),
    path("compte/", include("django.contrib.auth.urls")),
    path("admin/", admin.site.urls),
    path("outils/", include("tools_catalog.urls")),
    path("acteurs/", include("actors.urls")),
    path("formations/", include("trainings.urls")),
    path("enquetes/", include("surveys.urls")),
    path("accompagnement/", include("accompaniments.urls")),
]

handler400 = "ptca.views.bad_request"
handler403 = "ptca.views.permission_denied"
handler404 = "ptca.views.page_not_found"
handler500 = "ptca.views.server_error"
