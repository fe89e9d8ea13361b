import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("viewport", ["phone", "desktop"])
@pytest.mark.parametrize(
    "path", ["/", "/compte/login/", "/page-qui-n-existe-pas/", "/accessibilite/", "/mentions-legales/"]
)
def test_site_pages_pass_axe(live_server, new_page, accessible, path, viewport):
    page = new_page(viewport)
    page.goto(live_server.url + path)
    assert page.locator("h1").count() == 1
    accessible(page)


def test_skip_link_moves_focus_to_main(live_server, page):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused.strip() == "Aller au contenu"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#contenu"
