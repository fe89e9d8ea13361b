from django.http import QueryDict

from equipment.visit import EquipmentAnswers


def answers(query):
    return EquipmentAnswers.from_query(QueryDict(query))


def test_reads_the_equipment_part_and_writes_it_back():
    read = answers("ordinateurs=3&systemes=linux,windows-10&age=4-7-ans&achat=subvention&financeur=etat")
    assert read.computers == 3
    assert read.systems == ["windows-10", "linux"]  # the list's order
    assert read.before_buying and read.purchase_planned
    assert read.params() == [
        ("ordinateurs", "3"),
        ("systemes", "windows-10,linux"),
        ("age", "4-7-ans"),
        ("achat", "subvention"),
        ("financeur", "etat"),
    ]
    assert not read.notices


def test_bounds_and_unknown_values_are_ignored_with_a_french_message():
    for bad in ("501", "-1", "trois", "1e3"):
        read = answers(f"ordinateurs={bad}")
        assert read.computers is None
        assert read.notices == ["Le nombre d'ordinateurs doit être un nombre entier entre 0 et 500 ; il a été ignoré."]
    assert answers("ordinateurs=0").computers == 0
    assert answers("ordinateurs=500").computers == 500
    read = answers("systemes=windows-10,beos&achat=leasing&financeur=banque&age=vieux")
    assert read.systems == ["windows-10"]
    assert "Un système indiqué n'est pas dans la liste ; il a été ignoré." in read.notices
    assert "Le projet d'achat indiqué n'est pas reconnu ; il a été ignoré." in read.notices
    assert "Le financeur indiqué n'est pas dans la liste ; il a été ignoré." in read.notices
    assert "L'âge des ordinateurs indiqué n'est pas reconnu ; il a été ignoré." in read.notices


def test_funder_only_with_a_grant_and_when_the_section_applies():
    assert answers("achat=prevu&financeur=etat").funder is None
    assert not answers("systemes=windows-11&achat=aucun").before_buying
    assert answers("systemes=windows-10&achat=aucun").before_buying
    assert answers("systemes=mobiles&achat=prevu").phones_only
