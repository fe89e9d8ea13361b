from django.contrib import admin
from django.urls import include, path

from ptca import coordination, outbox, shipped, views
from ptca.accounts import PortalLoginView, ThrottledPasswordResetView, UnlockingPasswordResetConfirmView

admin.site.site_header = "Administration du portail numérique libre et associations"
admin.site.site_title = "Administration du portail"
admin.site.index_title = "Contenus du portail"

urlpatterns = [
    path("", views.home, name="home"),
    path("", include("ptca.companion.urls")),
    path("accessibilite/", views.accessibility, name="accessibility"),
    path("mentions-legales/", views.legal, name="legal"),
    path("code-source.tar.gz", views.source_code, name="source_code"),
    path("style/", views.style_guide, name="style_guide"),
    path("sante/", views.health, name="health"),
    path("coordination/", coordination.coordination, name="coordination"),
    path("compte/arrivee/", coordination.after_login, name="after_login"),
    path("coordination/courriels/", outbox.outbox, name="outbox"),
    path("coordination/contenu-livre/", shipped.shipped_content, name="seed_content"),
    path("coordination/contenu-livre/choisir/", shipped.shipped_content_choose, name="seed_content_choose"),
    path("coordination/courriels/<int:pk>/reessayer/", outbox.outbox_retry, name="outbox_retry"),
    path("compte/login/", PortalLoginView.as_view(), name="login"),
    path("compte/password_reset/", ThrottledPasswordResetView.as_view(), name="password_reset"),
    path(
        "compte/reset/<uidb64>/<token>/",
        UnlockingPasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path("compte/", include("django.contrib.auth.urls")),
    path("admin/", admin.site.urls),
    path("outils/", include("tools_catalog.urls")),
    path("acteurs/", include("actors.urls")),
    path("formations/", include("trainings.urls")),
    path("enquetes/", include("surveys.urls")),
    path("accompagnement/", include("accompaniments.urls")),
    path("", include("campaigns.urls")),
    path("equipement/", include("equipment.urls")),
]

handler400 = "ptca.views.bad_request"
handler403 = "ptca.views.permission_denied"
handler404 = "ptca.views.page_not_found"
handler500 = "ptca.views.server_error"
