"""vnie as a spaCy pipeline: the Language, its components' contracts, the facts on the Doc."""
from __future__ import annotations

import shutil

import pytest
from spacy import displacy
from spacy.language import Language
from spacy.tokens import Doc

import vnie
from conftest import ROOT
from vnie.errors import VnieError
from vnie.stages.clean import clean_text
from vnie.language import STAGES, default_pipeline, extract_text, load

TEXT = ("Hội nghị sơ kết công tác xây dựng Đảng\n\n"
        "Ngày 14/6/2024, tại huyện Ninh Hải, Ban Tổ chức Tỉnh ủy tổ chức Hội nghị sơ kết công tác "
        "xây dựng Đảng 6 tháng đầu năm 2024. Tham dự có các đồng chí UVTV Tỉnh ủy: Lâm Đông, "
        "Trưởng Ban Tổ chức Tỉnh ủy; Phan Tấn Cảnh, Bí thư Huyện ủy Ninh Hải.\n"
        "Đảng bộ tỉnh đã kết nạp được 269/805 đảng viên mới, hoàn thành 7/11 nhiệm vụ.")


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load()


@pytest.fixture(scope="module")
def doc(nlp) -> Doc:
    return nlp(TEXT)


def test_load_is_a_spacy_language_with_the_stages_in_order(nlp):
    assert isinstance(nlp, Language)
    assert nlp.pipe_names == list(STAGES)
    assert vnie.load().pipe_names == nlp.pipe_names


def test_analyze_pipes_shows_the_contract_and_finds_no_problem(nlp):
    analysis = nlp.analyze_pipes()
    assert analysis["problems"] == {name: [] for name in STAGES}
    summary = analysis["summary"]
    assert "doc._.date_spans" in summary["ratios"]["requires"]
    assert "doc._.date_spans" in summary["dates"]["assigns"]
    assert set(summary["record"]["assigns"]) >= {"doc.ents", "doc.spans", "doc._.extraction"}


def test_tokens_are_words_over_the_cleaned_text(nlp):
    doc = nlp("Hội nghị Tỉnh uỷ Khánh Hoà\n\nÔng Nguyễn Văn An phát biểu.")
    assert doc.text == "Hội nghị Tỉnh ủy Khánh Hòa\n\nÔng Nguyễn Văn An phát biểu."  # one tone placement
    assert "Nguyễn Văn An" in [t.text for t in doc]  # one token a word, syllables and spaces kept
    assert [s.text.strip() for s in doc.sents][-1] == "Ông Nguyễn Văn An phát biểu."


def test_people_with_roles_on_doc_spans(doc):
    people = {e.text for e in doc.ents if e.label_ == "PER"}
    assert {"Lâm Đông", "Phan Tấn Cảnh"} <= people
    roles = {(s.kb_id_, s.text) for s in doc.spans["roles"]}
    assert ("Lâm Đông", "UVTV Tỉnh ủy") in roles and ("Lâm Đông", "Trưởng Ban Tổ chức Tỉnh ủy") in roles
    assert ("Phan Tấn Cảnh", "Bí thư Huyện ủy Ninh Hải") in roles
    assert {s.id_ for s in doc.spans["roles"] if s.kb_id_ == "Lâm Đông"} >= {"Ủy viên Ban Thường vụ Tỉnh ủy"}


def test_dates_places_ratios_meetings_on_the_doc(doc):
    ents = {(e.text, e.label_) for e in doc.ents}
    assert ("Ngày 14/6/2024", "DATE") in ents and ("Ninh Hải", "LOC") in ents
    assert {s.text for s in doc.spans["ratios"]} == {"269/805", "7/11"}
    assert [s.text for s in doc.spans["meetings"]][0].startswith("Hội nghị sơ kết")
    assert "Bí thư Huyện ủy Ninh Hải" in {s.text for s in doc.spans["titles"]}


def test_doc_vnie_is_the_extraction_record(doc):
    rec = doc._.vnie
    assert rec == doc._.extraction.to_record()
    assert {p["name"] for p in rec["people"]} >= {"Lâm Đông", "Phan Tấn Cảnh"}
    assert {(r["numerator"], r["denominator"]) for r in rec["ratios"]} == {(269, 805), (7, 11)}


def test_fact_offsets_point_into_the_original_text(nlp):
    raw = "Chủ tịch UBND tỉnh Trần Văn Hoà\u200b phát biểu ngày 2/9/2024 tại Hà Nội."
    doc = nlp(raw)
    person = doc._.extraction.people[0]
    assert clean_text(raw[person.start:person.end]).text == "Trần Văn Hòa"
    assert [e.text for e in doc.ents if e.label_ == "PER"] == ["Trần Văn Hòa"]  # the Doc is the cleaned text


def test_leaving_a_needed_stage_out_is_an_error_naming_it():
    with pytest.raises(VnieError) as err:
        load(exclude=["dates"])
    assert err.value.code == "E060" and "'dates'" in str(err.value) and "'ratios'" in str(err.value)
    with pytest.raises(VnieError, match=r"E061.*nosuchstage; the stages are names, ner"):
        load(exclude=["nosuchstage"])


def test_a_stage_removed_after_loading_stops_the_next_with_e060():
    nlp = load()
    nlp.remove_pipe("dates")
    with pytest.raises(VnieError) as err:
        nlp("Ngày 4/6, Hội nghị kết nạp 7/11 đảng viên.")
    assert err.value.code == "E060" and "'dates'" in str(err.value)


def test_optional_stages_can_be_left_out():
    nlp = load(exclude=["events"])
    doc = nlp(TEXT)
    assert doc._.vnie["events"] == [] and doc._.vnie["ratios"]


def test_pipe_gives_the_same_records_in_one_and_two_processes(nlp):
    texts = [TEXT, "Ông Nguyễn Văn Bình, Chủ tịch UBND tỉnh, dự họp ngày 1/3/2024.", TEXT.replace("269", "270")]
    one = [d._.vnie for d in nlp.pipe(texts, batch_size=2)]
    two = [d._.vnie for d in nlp.pipe(texts, batch_size=1, n_process=2)]
    assert one == two
    assert [r["people"][0]["name"] for r in one][:2] == ["Lâm Đông", "Nguyễn Văn Bình"]


def test_docs_survive_serialisation(doc):
    again = Doc(doc.vocab).from_bytes(doc.to_bytes())
    assert again._.vnie == doc._.vnie
    assert [(e.text, e.label_) for e in again.ents] == [(e.text, e.label_) for e in doc.ents]
    assert [s.kb_id_ for s in again.spans["roles"]] == [s.kb_id_ for s in doc.spans["roles"]]


def test_a_component_reads_the_rules_it_is_handed(tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    titles = (rules / "titles.yaml").read_text(encoding="utf-8")
    (rules / "titles.yaml").write_text(titles.replace("  - Trưởng Ban\n", "").replace("  - Trưởng ban\n", ""),
                                       encoding="utf-8")
    ours = load(rules_dir=str(rules))(TEXT)
    theirs = default_pipeline()(TEXT)
    assert "Trưởng Ban Tổ chức Tỉnh ủy" in {s.text for s in theirs.spans["titles"]}
    assert "Trưởng Ban Tổ chức Tỉnh ủy" not in {s.text for s in ours.spans["titles"]}


def test_displacy_renders_the_facts(nlp):
    doc = nlp("Ông Nguyễn Văn An, Bí thư Tỉnh ủy, dự họp ngày 2/9/2024 tại huyện Ninh Hải.")
    html = displacy.render(doc, style="span", options={"spans_key": "facts"})
    assert "Nguyễn Văn An" in html
    assert all(label in html for label in ("PER", "DATE", "LOC", "TITLE"))


def test_a_fact_inside_a_word_splits_the_word():
    from vnie.language import _split_tokens

    nlp = load()
    doc = Doc(nlp.vocab, words=["huyện", "Tân Lạc giữ", "vững"], spaces=[True, True, False])
    _split_tokens(doc, {6, 13})
    assert [t.text for t in doc] == ["huyện", "Tân Lạc", " ", "giữ", "vững"]
    assert doc.char_span(6, 13).text == "Tân Lạc"


def test_extract_text_runs_the_same_pipeline(doc):
    assert extract_text(TEXT).to_record()["people"] == doc._.vnie["people"]


def _python(code: str) -> str:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_spacy_is_imported_without_its_command_line_which_still_works_when_asked_for():
    out = _python(
        "import sys, vnie\n"
        "nlp = vnie.load()\n"
        "print('cli' if 'spacy.cli' in sys.modules else 'no cli')\n"
        "import spacy\n"
        "print(spacy.info()['spacy_version'] == spacy.__version__)\n"
        "from spacy.cli import download\n"
        "print(callable(download), sys.modules['spacy.cli.info'].__file__.endswith('info.py'))\n"
        "print(len(nlp('Ông Nguyễn Văn An, Bí thư Tỉnh ủy, dự họp.')._.vnie['people']))\n")
    assert out.split("\n")[:4] == ["no cli", "True", "True True", "1"]


def test_spacy_imported_first_is_left_as_it_is():
    out = _python("import spacy, spacy.cli, vnie\n"
                  "print(vnie.load()('Ông Nguyễn Văn An dự họp.')._.vnie['people'][0]['name'])\n")
    assert out.strip() == "Nguyễn Văn An"
