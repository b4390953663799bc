"""Rule files are checked when loaded; an error names the file, the line and the field."""
from __future__ import annotations

import shutil

import pytest

from conftest import ROOT
from vnie.errors import RuleError
from vnie.ruleset import load_rules


def copy_rules(tmp_path):
    d = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", d)
    return d


def test_shipped_rules_load():
    r = load_rules()
    assert "Nguyễn" in r.surnames and "Bình Định" in r.places
    assert r.abbreviations["UBND"] == "Ủy ban nhân dân"
    assert len(r.version) == 12


def test_every_rule_file_names_its_source():
    for path in (ROOT / "rules").iterdir():
        if path.suffix not in {".yaml", ".txt", ".jsonl"}:
            continue  # __init__.py (the package marker) and caches are not rules
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith(("# Source:", "# Written by us")), path.name


def test_unknown_field_is_refused(tmp_path):
    d = copy_rules(tmp_path)
    with open(d / "ratios.yaml", "a", encoding="utf-8") as fh:
        fh.write("colours: [red]\n")
    with pytest.raises(RuleError) as err:
        load_rules(str(d))
    assert "ratios.yaml:" in str(err.value) and "colours" in str(err.value) and "E020" in str(err.value)


def test_empty_group_is_refused(tmp_path):
    d = copy_rules(tmp_path)
    text = (d / "events.yaml").read_text(encoding="utf-8")
    (d / "events.yaml").write_text(text.replace("place_markers: [tại]", "place_markers: []"), encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_rules(str(d))
    assert "place_markers" in str(err.value)


@pytest.mark.parametrize("file, old, new, field", [
    # a group deleted is an error, not an empty group that would match everything (or nothing)
    ("ratios.yaml", "scores: [điểm]\n", "", "scores"),
    ("people.yaml", "  bầu: elected\n", "  bầu: chosen\n", "role_verbs.bầu"),
    ("dates.yaml", "  9 tháng: [1, 9]\n", "  9 tháng: [1, September]\n", "periods"),
    ("titles.yaml", "levels: [", "levels: [\"\", ", "levels"),
    ("events.yaml", "generic: [", "generic: {a: 1}\nunused: [", "generic"),
])
def test_a_group_of_the_wrong_shape_is_refused_naming_the_field(tmp_path, file, old, new, field):
    d = copy_rules(tmp_path)
    text = (d / file).read_text(encoding="utf-8")
    assert old in text
    (d / file).write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(RuleError) as err:
        load_rules(str(d))
    assert err.value.code == "E020" and f"{file}:" in str(err.value) and field in str(err.value)


def test_an_empty_alternation_is_an_error():
    from vnie.ruleset import alternation

    with pytest.raises(ValueError):
        alternation([])
    import regex

    pattern = regex.compile(rf"(?:{alternation(['ông', 'đồng chí', 'Phó Bí thư', 'Phó Bí thư Thường trực', 'Phó'], r'[ _]+')})$")
    assert all(pattern.match(p) for p in ["ông", "đồng_chí", "Phó Bí thư", "Phó Bí_thư Thường trực", "Phó"])
    assert not any(pattern.match(p) for p in ["đồng", "Bí thư", "Phó Bí"])
    longest = regex.compile(alternation(["Phó Bí thư", "Phó Bí thư Thường trực", "Phó"]))
    assert longest.match("Phó Bí thư Thường trực Tỉnh ủy").group() == "Phó Bí thư Thường trực"


def test_a_missing_list_file_is_an_e020_naming_it(tmp_path):
    d = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", d)
    (d / "surnames.txt").unlink()
    with pytest.raises(RuleError, match=r"E020.*surnames\.txt:0: file: No such file"):
        load_rules(str(d))
