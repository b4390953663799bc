"""vnie's word segmentation builds underthesea's CRF features itself (pipeline/stages/wordseg.py);
these tests hold it to underthesea: the same feature strings as ``CRFFeaturizer``, the same
words as ``word_tokenize``, on our own sentences, the demo corpus and (slow) the real articles."""
from __future__ import annotations

from pathlib import Path

import pytest

from vnie.stages.wordseg import MODEL, Featurizer, PreTokenizer, _load_pickle, segmenter

from conftest import CORPUS

underthesea_core = pytest.importorskip("underthesea_core")

# our own sentences, chosen for the featurizer's edge cases: numbers that do and do not fit a
# 32-bit integer, signs, non-ASCII digits, letters whose upper case is another string (ß, İ),
# U+00D0 written for Đ, a sentence of one token, punctuation runs, mixed scripts
OWN = [
    "Ngày 14/6, tại huyện Hòa Phong, Ban Tổ chức Tỉnh ủy tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2024.",
    "Tham dự có đồng chí Trần Văn Bình, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.",
    "Đảng bộ tỉnh đã kết nạp được 269/805 đảng viên mới, đạt 33,4% kế hoạch.",
    "Nhiệt độ hạ xuống -5 độ, có nơi +3 độ; mã số 2147483647 và 2147483648, cả -2147483648.",
    "Số liệu ١٢ và ５ được ghi lại; ông Straße gặp bà İpek tại İstanbul, ΟΔΟΣ Athens.",
    "ÐẢNG BỘ XÃ TÂN LẬP Ð nhiệm kỳ 2020 - 2025 !!! ... ???",
    "Xin chào",
    "A",
    "UBND-HĐND tỉnh (T.Ư) họp sáng 3/12; e-mail: ban@tinhuy.vn, giá 1.250.000 đồng.",
    "Nguyễn Thị Minh Khai, Lê Lợi, Phan Bội Châu là tên đường ở thành phố Hòa Phong.",
    # for the pre-tokeniser: old spellings its token map rewrites ("nghành", "baì"), ð for đ, a
    # web address, a telephone number, a time, a date with dashes, emoji and symbols
    "Cán bộ nghành giáo dục nộp baì lúc 7h30 ngày 03-12-2024, gọi 0912.345.678 hoặc xem https://tinhuy.vn/tin?id=5 😀 ≥ 5%.",
    "Ðoàn ðại biểu gồm TS. Lê Văn Minh, ThS Trần An và PGS.TS Võ Hà; tỷ lệ 1:2, nhiệt độ 30°C.",
]


def _corpus_sentences() -> list[str]:
    from underthesea import sent_tokenize

    out = []
    for path in sorted(CORPUS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out.extend(sent_tokenize(line))
    return out


@pytest.fixture(scope="module")
def model():
    seg = segmenter()
    if seg is None:
        pytest.skip(f"this underthesea does not ship the {MODEL} model vnie's featurizer reads")
    import joblib
    from underthesea.pipeline.word_tokenize import __file__ as wt

    folder = Path(wt).parent / "models" / MODEL
    features, dictionary = joblib.load(folder / "features.bin"), joblib.load(folder / "dictionary.bin")
    return seg, underthesea_core.CRFFeaturizer(features, dictionary), features, dictionary


def _same_features(seg, reference, sentences):
    from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize

    differ = []
    for sentence in sentences:
        tokens = tokenize(sentence)
        if not tokens:
            continue
        ours = seg.featurizer.sentence(tokens)
        theirs = reference.process([[[t] for t in tokens]])[0]
        if ours != theirs:
            differ.append(sentence)
    return differ


def _same_tokens(sentences):
    from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize

    ours = PreTokenizer()
    return [s for s in sentences if ours(s) != tokenize(s)]


def _same_words(seg, sentences):
    from underthesea import word_tokenize

    return [s for s in sentences if seg.words(s) != word_tokenize(s)]


def test_features_equal_underthesea_core_on_our_sentences(model):
    seg, reference, *_ = model
    assert _same_features(seg, reference, OWN + _corpus_sentences()) == []


def test_words_equal_word_tokenize_on_our_sentences(model):
    seg, *_ = model
    sentences = OWN + _corpus_sentences()
    assert len(sentences) > 100
    assert _same_words(seg, sentences) == []


def test_pre_tokeniser_gives_underthesea_tokens_on_our_sentences():
    sentences = OWN + _corpus_sentences()
    assert _same_tokens(sentences) == []
    small = PreTokenizer(limit=20)  # a cache emptied, never grown past its bound
    for sentence in sentences[:40]:
        small(sentence)
        assert len(small.known) <= 20 + len(sentence.split()) * 3


def test_pre_tokeniser_rewrites_as_underthesea_does():
    assert PreTokenizer()("Ðoàn nghành baì") == ["Đoàn", "ngành", "bài"]


def test_model_files_read_as_joblib_reads_them(model):
    from underthesea.pipeline.word_tokenize import __file__ as wt

    *_, features, dictionary = model
    folder = Path(wt).parent / "models" / MODEL
    assert _load_pickle(folder / "features.bin") == features
    assert _load_pickle(folder / "dictionary.bin") == dictionary


@pytest.mark.parametrize("token", ["2147483647", "2147483648", "-2147483648", "-2147483649", "+7", "٣", "５", "0x1F", "1_000"])
def test_isdigit_is_a_32_bit_integer_as_underthesea_core_reads_it(model, token):
    seg, reference, *_ = model
    tokens = ["số", token, "là"]
    assert seg.featurizer.sentence(tokens) == reference.process([[[t] for t in tokens]])[0]


def test_a_small_cache_is_emptied_not_grown_and_gives_the_same_features(model):
    seg, reference, features, dictionary = model
    small = Featurizer(features, dictionary, limit=50)
    from underthesea.pipeline.word_tokenize.regex_tokenize import tokenize

    for sentence in OWN + _corpus_sentences()[:60]:
        tokens = tokenize(sentence)
        assert small.sentence(tokens) == reference.process([[[t] for t in tokens]])[0]
        assert len(small.known) <= 50 + len(tokens)


@pytest.mark.parametrize("template", ["T[0].upper", "W[0]", "T[1,0]", "T[0].lower.extra"])
def test_a_template_it_does_not_read_is_refused(template):
    with pytest.raises(ValueError, match="template"):
        Featurizer(["T[0]", template], set())


@pytest.mark.slow
def test_same_words_and_features_on_the_real_articles(model, shared):
    from underthesea import sent_tokenize

    seg, reference, *_ = model
    sentences = []
    for folder in (shared / "seeds", shared / "dev" / "articles", shared / "dev2" / "articles"):
        for path in sorted(folder.glob("*.txt")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    sentences.extend(sent_tokenize(line))
    assert len(sentences) > 1000
    assert _same_tokens(sentences) == []
    assert _same_features(seg, reference, sentences) == []
    assert _same_words(seg, sentences) == []
