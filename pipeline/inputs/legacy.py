"""Legacy Vietnamese 8-bit encodings: TCVN3 (ABC) and VNI-Windows to Unicode, and back.

Before Unicode, Vietnamese documents were typed with font encodings: TCVN3 (the ".Vn"
fonts of the ABC keyboard) puts each precomposed lower-case letter on one byte, VNI-Windows
writes the base letter and then one or two bytes for the marks ("Vieät Nam"). Such files
decode as UTF-8 only by accident and as CP1258 into mojibake, so the reader decodes every
candidate and keeps the one that reads as Vietnamese: the share of words that are valid
Vietnamese syllables, with hits of very common words to break ties (``best_decoding``).

Sources of the facts in the tables below:
- TCVN3: TCVN 5712:1993 "Công nghệ thông tin - Bộ mã chuẩn 8-bit kí tự Việt dùng trong trao
  đổi thông tin", table VN3 (lower case and the seven upper-case base letters at 0xA1-0xAE);
  the upper-case letters that VN3 leaves out are placed where table VN1 puts them when that
  position is in 0xA0-0xFF. Cross-checked against glibc iconv's TCVN5712-1 for 0xA0-0xFF.
- VNI: the VNI-Windows font code chart (VNI Software, the "VNI for Windows" fonts), bytes
  read through Windows code page 1252 as the fonts are.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass


from .. import patterns

# ---------------------------------------------------------------- TCVN3

# byte -> letter, VN3: every precomposed lower-case letter, and Ă Â Ê Ô Ơ Ư Đ.
_TCVN3_VN3 = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}
# VN1 positions inside 0xA0-0xFF that VN3 leaves free: upper-case letters and the five tone marks.
_TCVN3_VN1 = {
    0xAF: "Ằ", 0xBA: "Ẳ", 0xBF: "Ẵ", 0xC0: "Ắ", 0xC1: "Ầ", 0xC2: "Ẩ", 0xC3: "Ẫ", 0xC4: "Ấ",
    0xC5: "Ề", 0xCD: "Ể", 0xD9: "Ễ", 0xDA: "Ế", 0xDB: "Ồ", 0xE0: "Ổ", 0xF0: "Ỗ", 0xFF: "Ố",
    0xB0: "\u0300", 0xB1: "\u0309", 0xB2: "\u0303", 0xB3: "\u0301", 0xB4: "\u0323",
}


def _cp1252_char(b: int) -> str:
    """One byte as Windows-1252 shows it (the fonts were used on Windows); latin-1 where 1252 has a hole."""
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)


_BYTE_1252 = "".join(_cp1252_char(b) for b in range(256))
_TCVN3_DECODE = "".join({**_TCVN3_VN1, **_TCVN3_VN3}.get(b, _BYTE_1252[b]) if b >= 0x80 else chr(b)
                        for b in range(256))
_TCVN3_ENCODE = {ch: bytes([b]) for b, ch in {**_TCVN3_VN1, **_TCVN3_VN3}.items() if len(ch) == 1
                 and not unicodedata.combining(ch)}


_TCVN3_DECODE_MAP = {i: _TCVN3_DECODE[i] for i in range(0x80, 256)}


def decode_tcvn3(data: bytes) -> str:
    """TCVN3 bytes to NFC text: ``decode_tcvn3(b"c\\xb8c") == "các"``."""
    return unicodedata.normalize("NFC", data.decode("latin-1").translate(_TCVN3_DECODE_MAP))


def encode_tcvn3(text: str) -> bytes:
    """NFC text to TCVN3; a letter the encoding cannot hold raises UnicodeEncodeError."""
    out = bytearray()
    for i, ch in enumerate(unicodedata.normalize("NFC", text)):
        if ord(ch) < 0x80:
            out.append(ord(ch))
        elif ch in _TCVN3_ENCODE:
            out += _TCVN3_ENCODE[ch]
        else:
            raise UnicodeEncodeError("tcvn3", text, i, i + 1, "not in TCVN3")
    return bytes(out)


# ---------------------------------------------------------------- VNI

# The five tones in the order sắc, huyền, hỏi, ngã, nặng and their combining marks.
_TONES = "\u0301\u0300\u0309\u0303\u0323"
# Mark bytes as cp1252 shows them, lower and upper case, in the tone order above.
_VNI_TONE = ("ùøûõï", "ÙØÛÕÏ")           # after any vowel
_VNI_CIRC_TONE = ("áàåãä", "ÁÀÅÃÄ")      # circumflex and tone, after a, e, o
_VNI_BREVE_TONE = ("éèúüë", "ÉÈÚÜË")     # breve and tone, after a
_VNI_I_TONE = ("íìæóò", "ÍÌÆÓÒ")         # i with its tone, one byte
_VNI_CIRC, _VNI_BREVE = ("â", "Â"), ("ê", "Ê")
_VNI_SINGLE = {"ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư", "ñ": "đ", "Ñ": "Đ"}
for _case in (0, 1):
    for _t, _ch in enumerate(_VNI_I_TONE[_case]):
        _VNI_SINGLE[_ch] = unicodedata.normalize("NFC", "iI"[_case] + _TONES[_t])

_ANY_TONE = "".join(_VNI_TONE)
_VNI_SYLLABLE = patterns.compile(
    rf"(?P<b>[aA])(?P<m>[{''.join(_VNI_CIRC + _VNI_BREVE + _VNI_CIRC_TONE + _VNI_BREVE_TONE)}])?(?P<t>[{_ANY_TONE}])?"
    rf"|(?P<b>[eEoO])(?P<m>[{''.join(_VNI_CIRC + _VNI_CIRC_TONE)}])?(?P<t>[{_ANY_TONE}])?"
    rf"|(?P<b>[iIuUyYôÔöÖ])(?P<t>[{_ANY_TONE}])"
    rf"|(?P<s>[{''.join(_VNI_SINGLE)}])")


def _vni_mark(mark: str) -> str:
    """The combining marks that one VNI mark byte stands for."""
    for table, prefix in ((_VNI_CIRC_TONE, "\u0302"), (_VNI_BREVE_TONE, "\u0306"), (_VNI_TONE, "")):
        for case in table:
            if mark in case:
                return prefix + _TONES[case.index(mark)]
    return "\u0302" if mark in _VNI_CIRC else "\u0306"


def _vni_compose(m) -> str:
    if m["s"]:
        return _VNI_SINGLE[m["s"]]
    base = _VNI_SINGLE.get(m["b"], m["b"])
    marks = "".join(_vni_mark(x) for x in (m["m"], m["t"]) if x)
    return unicodedata.normalize("NFC", base + marks)


def decode_vni(data: bytes) -> str:
    """VNI-Windows bytes to NFC text: ``decode_vni("Vieät Nam".encode("cp1252")) == "Việt Nam"``."""
    return vni_to_unicode(data.decode("latin-1").translate(_BYTE_1252_MAP))


def vni_to_unicode(shown: str) -> str:
    """VNI text as cp1252 shows it ("Vieät Nam") to Unicode ("Việt Nam")."""
    return unicodedata.normalize("NFC", _VNI_SYLLABLE.sub(_vni_compose, shown))


_BYTE_1252_MAP = {i: _BYTE_1252[i] for i in range(0x80, 0xA0)}


def encode_vni(text: str) -> bytes:
    """NFC text to VNI-Windows bytes; a character VNI cannot hold raises UnicodeEncodeError."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        out.append(_vni_letter(ch))
    shown = "".join(out)
    return shown.encode("cp1252")


def _vni_letter(ch: str) -> str:
    if ch in "đĐ":
        return "ñ" if ch == "đ" else "Ñ"
    nfd = unicodedata.normalize("NFD", ch)
    base, marks = nfd[0], nfd[1:]
    if not marks or not base.isascii():
        return ch
    upper = int(base.isupper())
    tone = next((_TONES.index(c) for c in marks if c in _TONES), None)
    if base in "iI":
        return base if tone is None else _VNI_I_TONE[upper][tone]
    if "\u031b" in marks:  # horn: ơ, ư are one byte each
        base = {"o": "ô", "O": "Ô", "u": "ö", "U": "Ö"}[base]
    elif "\u0302" in marks:
        return base + (_VNI_CIRC[upper] if tone is None else _VNI_CIRC_TONE[upper][tone])
    elif "\u0306" in marks:
        return base + (_VNI_BREVE[upper] if tone is None else _VNI_BREVE_TONE[upper][tone])
    return base + ("" if tone is None else _VNI_TONE[upper][tone])


# ---------------------------------------------------------------- CP1258

def encode_cp1258(text: str, combining: bool = False) -> bytes:
    """NFC text to Windows-1258 as Vietnamese Windows writes it: the letters the code page
    holds as one byte, the others as letter plus combining tone (``combining=True``: every
    tone as a combining mark). Python's own cp1258 codec refuses "ạ", "ủ", "ệ" ..."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        if not combining or not any(t in unicodedata.normalize("NFD", ch) for t in _TONES):
            try:
                out += ch.encode("cp1258")
                continue
            except UnicodeEncodeError:
                pass
        nfd = unicodedata.normalize("NFD", ch)
        tone = "".join(c for c in nfd if c in _TONES)
        out += (unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONES)) + tone).encode("cp1258")
    return bytes(out)


# ---------------------------------------------------------------- telling Vietnamese from mojibake

_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
_NUCLEUS = ("iêu|yêu|oai|oay|oeo|uây|uôi|ươi|ươu|uya|uyê|uyu|uơi|oao|"
            "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|oo|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|ya|yê|"
            "a|ă|â|e|ê|i|o|ô|ơ|u|ư|y")
_SYLLABLE = patterns.compile(rf"{_ONSET}(?:{_NUCLEUS})(?:ch|ng|nh|[cmnpt])?")
_WORD = patterns.compile(r"[\p{L}\p{M}]+")
# Letters of the Vietnamese alphabet (and ASCII), typographic punctuation: never counted as junk.
_VIET = set("ăâêôơưđĂÂÊÔƠƯĐ") | {unicodedata.normalize("NFC", b + t) for b in "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY"
                                 for t in _TONES}
_PUNCT = set("“”‘’–—…•·°«»€№\u00a0\u00ad\ufeff\u200b\u200c\u200d")
COMMON_WORDS = frozenset(
    "của và các được người năm tỉnh đồng chí trong có là cho với những không này đã để tại một theo công tác "
    "huyện xã hội nghị việc về đến từ ngày tháng thực hiện phát triển kinh tế đảng nhân dân ủy ban chủ tịch "
    "bí thư cán bộ đại biểu học sinh nước quốc gia nhiều cũng như khi sẽ đang trên dưới thành phố".split())


def is_syllable(word: str) -> bool:
    """Whether ``word`` is a well-formed Vietnamese syllable ("người" yes, "ngöôøi" no)."""
    nfd = unicodedata.normalize("NFD", word.lower())
    if sum(nfd.count(t) for t in _TONES) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(c for c in nfd if c not in _TONES))
    return _SYLLABLE.fullmatch(bare) is not None


@dataclass(frozen=True)
class Score:
    quality: float  # share of judged words that read as Vietnamese, 0..1
    judged: int  # words with a non-ASCII letter, plus junk characters
    common: int  # hits of very common Vietnamese words

    @property
    def key(self):
        return (round(self.quality, 2), self.common)


SAMPLE = 50_000  # characters (bytes when choosing a decoding) judged: enough to tell, cheap on big files


def score(text: str) -> Score:
    """How Vietnamese ``text`` reads: valid syllables among its non-ASCII words, junk counted against."""
    text = unicodedata.normalize("NFC", text[:SAMPLE])
    words = _WORD.findall(text)
    accented = [w for w in words if not w.isascii()]
    valid = sum(1 for w in accented if is_syllable(w))
    junk = sum(1 for c in text if _is_junk(c))
    common = sum(1 for w in words if w.lower() in COMMON_WORDS)
    judged = len(accented) + junk
    return Score(valid / judged if judged else 1.0, judged, common)


def _is_junk(ch: str) -> bool:
    if ch.isascii() or ch in _VIET or ch in _PUNCT:
        return False
    return ord(ch) < 0x2000 or unicodedata.category(ch)[0] in "CM"


# ---------------------------------------------------------------- choosing a decoding

@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # utf-8, utf-16, cp1258, tcvn3, vni; "+mojibake" when repaired from UTF-8
    score: Score | None  # None when no judging was needed (UTF-8, UTF-16)


CANDIDATES = (("cp1258", lambda b: unicodedata.normalize("NFC", b.decode("cp1258", "replace"))),
              ("tcvn3", decode_tcvn3),
              ("vni", decode_vni))
MIN_QUALITY = 0.6  # below this no decoding reads as Vietnamese
MARGIN = 0.15  # a legacy decoding must beat CP1258 by this much: CP1258 is never misread as legacy
MIN_JUDGED = 3  # fewer non-ASCII words than this cannot tell encodings apart


def best_decoding(data: bytes) -> Decoded | None:
    """The decoding of non-UTF-8 ``data`` that reads best as Vietnamese, or None when none does."""
    scored = [(name, fn, score(fn(data[:SAMPLE]))) for name, fn in CANDIDATES]
    cp1258, legacy = scored[0], max(scored[1:], key=lambda c: c[2].key)
    chosen = None
    if legacy[2].quality >= MIN_QUALITY and legacy[2].quality > cp1258[2].quality + MARGIN:
        chosen = legacy
    elif legacy[2].quality > cp1258[2].quality and legacy[2].common > 2 * cp1258[2].common + 2:
        chosen = legacy
    elif cp1258[2].quality >= MIN_QUALITY or cp1258[2].judged < MIN_JUDGED:
        chosen = cp1258
    if chosen is None:
        return None
    name, fn, s = chosen
    text = fn(data)
    return None if "\ufffd" in text else Decoded(text, name, s)


def repair_mojibake(text: str) -> Decoded | None:
    """Valid UTF-8 that is really TCVN3/VNI read as cp1252 ("c¸c", "Vieät"): the repaired text, else None.

    Only text whose every character is a cp1252 character qualifies (real Vietnamese has ơ,
    ư, ạ ... that cp1252 lacks), and the repair must read far better than the text itself.
    """
    try:
        raw = text.encode("cp1252")  # fails at once on real Vietnamese: the cheap test comes first
    except UnicodeEncodeError:
        return None
    own = score(text)
    if own.quality >= MIN_QUALITY or own.judged < MIN_JUDGED:
        return None
    for name, fn in CANDIDATES[1:]:
        fixed = fn(raw)
        s = score(fixed)
        if s.quality >= 0.8 and s.quality > own.quality + 0.3:
            return Decoded(fixed, f"{name}+mojibake", s)
    return None
