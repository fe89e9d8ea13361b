from core import manage_pages


def test_registry_groups_pages_and_shortcuts_in_order_and_lists_what_is_still_expected(monkeypatch):
    monkeypatch.setattr(manage_pages, "_pages", {})
    monkeypatch.setattr(manage_pages, "_shortcuts", {})
    monkeypatch.setattr(manage_pages, "_expected", {})
    monkeypatch.setattr(manage_pages, "_exempt", {})
    manage_pages.register("b.model", "b:list", "B", group="Deux", order=20)
    manage_pages.register("A.Model", "a:list", "A", group="Un", order=10)
    manage_pages.register("a.other", "a:list", "A bis", group="Un", order=11)  # same page: listed once
    manage_pages.shortcut("queue", "File", group="Un", order=12)
    manage_pages.expect("c.model", "someone")
    manage_pages.expect("b.model", "someone")  # registered since: no longer expected
    manage_pages.exempt("d.model", "derived")
    assert manage_pages.page_for("a.model").url_name == "a:list"
    assert [(group, [page.label for page in pages]) for group, pages in manage_pages.grouped()] == [
        ("Un", ["A", "File"]),
        ("Deux", ["B"]),
    ]
    assert manage_pages.expected() == {"c.model": "someone"}
    assert manage_pages.exempted() == {"d.model": "derived"}
