"""Names stage: the people a sentence names, read on syllables, by cues, behind guards.

A candidate is a *run* of capitalised syllables, read on the text and not on the segmenter's
words (it glues a title's last syllable to the surname, a whole name into one word, the next
verb to the given name). A run's non-name head is stripped (an honorific or an opener that
starts the sentence, "Theo", "Ông"; a place before a name, "Hà Nội Trần Thị Hà"; after a
foreign title, the department and the country, "Bộ trưởng Ngoại giao Nga Sergei Lavrov"),
its tail is cut before a position ("Nguyễn Văn A Phó …"). The constructions of CONSTRUCTIONS
then say whether what is left is a name, the first that applies giving the rule id:

- ``name-surname``: a known surname first (``rules/surnames.txt``), 2-5 syllables
- ``name-honorific``, ``name-title``, ``name-occupation``: after "ông", a position ("Tổng
  thống") or an occupation ("HLV", "nhạc sĩ"): Vietnamese or foreign, whatever its surname;
  one Vietnamese syllable there is a given name alone (``mention-given``, a short form)
- ``name-middle``: "X Văn Y", "X Thị Y" ("Quàng Thị Dương")

GUARDS keep out a run after a house number, a place, a company, a school or a work ("trú tại 45
Lê Lợi", "Trường THPT Phan Bội Châu", "Công ty TNHH Minh Long", "phim Hoa sữa"), a run in quotes,
and the places of Viet Nam and of the world. Over the whole article (``link_article``) a run
listed beside a name is one (``name-list``), and short forms ("ông Tùng", "Putin", "Hữu Thắng")
are linked to the one full name the article gives (``mention-short``). Runs nothing explains
are left to the ner stage (:mod:`vnie.stages.ner`).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

import regex

from ..ruleset import Rules, compiled
from ..text import normalize
from .state import NameSpan, Sentence
from .titles import grammar

# A syllable: letters (an apostrophe or a hyphen inside: "K'Ho", "Hang-seo"); "K'", "H'" (the
# prefixes of Tây Nguyên names); a capital and a dot before more text (an initial: "Thomas A.
# Bussiere", "Nguyễn Thanh Q. khai").
SYLLABLE = regex.compile(r"\p{Lu}['’](?!\p{L})|\p{Lu}\.(?=[ ]+\S)|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*(?:-[\p{L}\p{M}\p{N}]+)*")
# Where a clause starts: a capitalised word there may be an ordinary word ("Theo", "Ông").
CLAUSE_START = regex.compile(r"(?:^|[.:;!?“\"'(\[–—-]|…)\s*$")
QUOTE_OPEN = regex.compile(r"[“\"‘']\s*$")
DOMAIN = regex.compile(r"^\.\p{Ll}{2,}")
QUOTE_CLOSE = regex.compile(r"^[^“\"‘'”’]{0,60}[”\"’']")
HOUSE_NUMBER = regex.compile(r"(?:^|\s)(?:số\s+)?\d+[A-Za-z]?(?:[/-]\d+[A-Za-z]?)*\s+$")
PLACE_PAIR = regex.compile(r"(\p{Lu}[\p{L}\p{M}_ ]*?)\s[-–]\s$")
LIST_GAP = regex.compile(r"^\s*(?:\([^()]{0,40}\)\s*)?(?:,|;|và|cùng|hay|hoặc|,\s*và|,\s*cùng)\s*$")
VIET_SYLLABLE = regex.compile(
    r"^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}(?:ch|nh|ng|[cmnpt])?$")
TONES = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))

# confidence of each construction (a name below 0.5 becomes a person only with a title linked)
SURNAME_CONF = {(True, True): 0.95, (True, False): 0.85, (False, True): 0.75, (False, False): 0.45}
CUE_CONF = {"honorific": 0.8, "title": 0.85, "occupation": 0.8, "rank": 0.85}
MIDDLE_CONF = 0.8
LIST_CONF = 0.7
GIVEN_CONF = 0.3


def _alt(words):
    return "|".join(regex.escape(w).replace(r"\ ", r"[ _]+") for w in sorted(set(words), key=len, reverse=True))


def _capitalised(words):
    return [w[:1].upper() + w[1:] for w in words]


@lru_cache(maxsize=1)
def common_words() -> frozenset:
    """The common words of two syllables or more of underthesea's bundled dictionary (Viet74K;
    its capitalised entries, names of people and places, left out): a run made of them ("Quan Hệ
    Công Chúng") or glued to one ("Chính_phủ") is no name."""
    import underthesea.corpus

    path = Path(underthesea.corpus.__file__).parent / "data" / "Viet74K.txt"
    with open(path, encoding="utf-8") as fh:
        return frozenset(normalize(w) for w in map(str.strip, fh) if " " in w and w == w.lower())


def tiled_by_words(words: list[str]) -> bool:
    """Can ``words`` be cut into dictionary words of two syllables or more ("Quan Hệ | Công Chúng")?"""
    low, known = [w.casefold() for w in words], common_words()
    ok = [True] + [False] * len(low)
    for end in range(2, len(low) + 1):
        ok[end] = any(ok[a] and " ".join(low[a:end]) in known for a in range(0, end - 1))
    return ok[-1]


def is_vietnamese_syllable(word: str) -> bool:
    """Could ``word`` be one Vietnamese syllable ("Thắng", "Kim"), or is it foreign ("Fred", "Putin")?"""
    base = unicodedata.normalize("NFC", unicodedata.normalize("NFD", word.casefold()).translate(TONES))
    return bool(VIET_SYLLABLE.match(base))


def is_capitalised(word: str) -> bool:
    """A capital first and a lower-case letter after it ("Lâm", "McTominay", "K'Ho"), or a lone
    capital ("A", "K'", "Q."); not an abbreviation ("UBND", "THPT") nor a word with digits ("U23")."""
    if not word[:1].isupper() or any(c.isdigit() for c in word):
        return False
    return len(word) == 1 or word[1:] in ("'", "’", ".") or any(c.islower() for c in word)


class NameRules:
    """The names stage's compiled rules (``rules/names.yaml``, ``people.yaml``, ``surnames.txt``,
    ``places.yaml``, ``world_places.txt``, ``not_names.txt``), built once per rules folder."""

    def __init__(self, r: Rules):
        p, n = r.people, r.names
        self.g = grammar(r)
        self.surnames = r.surnames
        self.places = r.places | r.world_places
        self.world_places = r.world_places
        self.not_names = r.not_names
        honorifics = sorted(set(p["honorifics"]) | set(n["honorifics"]))
        self.honorific_words = {h.casefold() for h in honorifics}
        # lower case anywhere; capitalised where a clause starts ("Ông Lò Văn Phớ")
        self.honorific_end = regex.compile(
            rf"(?:(?:^|[\s(,;:\"“])(?:{_alt(honorifics)})|(?:^|[.:;,!?“\"(–—-]|…)\s*(?:{_alt(_capitalised(honorifics))}))[\s_]*$")
        self.rank_end = regex.compile(rf"(?:{_alt(p['ranks'])})[\s_]*$")
        self.quoted_honorific = regex.compile(rf"[“\"‘']\s*(?:{_alt(honorifics + _capitalised(honorifics))})[\s_]*$")
        occupations = n["occupations"]
        self.occupation_end = regex.compile(
            rf"(?:^|[^\p{{L}}\p{{M}}])(?:{_alt(occupations + _capitalised(occupations))})[\s_]*$")
        t = r.titles
        titles = t["positions"] + t["whole_titles"] + n["titles"]
        self.title_end = regex.compile(
            rf"(?:^|[^\p{{L}}\p{{M}}])(?:{_alt(titles)})(?:[\s_]+(?:của|bang|tiểu bang|nước|thành phố))?[\s_]*$", regex.I)
        self.single_titles = {w for w in n["titles"] + t["positions"] if " " not in w}
        self.not_person_end = regex.compile(rf"(?:^|[\s(,;:\"“])(?:{_alt(p['not_person_before'])})[\s_]*$")
        # (an abbreviation may stand between: "Cty Cổ phần CNTT Hoàng Anh")
        self.not_person_strict = regex.compile(
            rf"(?:^|[\s(,;:\"“])(?:{_alt(n['not_person_before'])})(?:[\s_]+\p{{Lu}}[\p{{Lu}}\d&-]+)*[\s_]*$")
        self.levels = regex.compile(rf"(?:^|[\s(,;:])(?:{_alt(t['levels'])})[\s_]*$")
        self.departments = set(n["departments"])
        self.openers = set(n["sentence_openers"])
        self.middle = set(n["middle_names"])
        self.org_heads = set(n["org_heads"])
        self.prefixes = set(n["name_prefixes"])
        self.connectors = set(n["connectors"])
        self.org_words = set(n["org_words"])
        self.not_name_heads = {x for x in r.not_names if " " in x}
        # what follows a name without being part of it ("Nguyễn Văn A Phó …", "… Thượng tá …")
        self.not_given = {"Phó", "Thứ", "Ủy", "Uỷ"}
        self.rank_start = regex.compile(rf"(?:{_alt(p['ranks'])})(?![\p{{L}}\p{{M}}])")
        self.longest_place = max(len(x.split()) for x in self.places | self.departments)


def name_rules(rules: Rules) -> NameRules:
    return compiled(rules, NameRules)


# ------------------------------------------------------------------ runs

@dataclass
class Run:
    """Capitalised syllables in a row (offsets in the sentence), and what was read of them."""
    syl: list[tuple[int, int]]
    words: list[str]
    i: int = 0  # the name, if any, is syl[i:j]
    j: int = 0
    cue: str = ""  # honorific, title, occupation, rank
    title_in_run: bool = False  # the cue is a capitalised title inside the run ("Giám Đốc Điều Hành")
    clause_start: bool = False
    stripped: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.syl[self.i][0]

    @property
    def end(self) -> int:
        return self.syl[self.j - 1][1]

    @property
    def name_words(self) -> list[str]:
        return self.words[self.i:self.j]


def runs_of(text: str, nr: NameRules) -> list[Run]:
    """The runs of capitalised syllables of a sentence; a connector ("van", "de") joins two
    capitalised syllables of one foreign name."""
    sylls = [(m.start(), m.end()) for m in SYLLABLE.finditer(text)]
    out: list[Run] = []
    cur: list[tuple[int, int]] = []
    k = 0
    while k < len(sylls):
        s, e = sylls[k]
        word = text[s:e]
        joined = bool(cur) and text[cur[-1][1]:s] == " "
        if is_capitalised(word):
            if not joined and cur:
                out.append(cur)
                cur = []
            cur.append((s, e))
        elif (joined and word in nr.connectors and k + 1 < len(sylls) and text[e:sylls[k + 1][0]] == " "
              and is_capitalised(text[sylls[k + 1][0]:sylls[k + 1][1]])):
            cur.append((s, e))
        elif cur:
            out.append(cur)
            cur = []
        k += 1
    if cur:
        out.append(cur)
    return [Run(r, [text[a:b] for a, b in r], 0, len(r)) for r in out]


def _match_known(words: list[str], k: int, known: set, longest: int) -> int:
    """Length of the longest phrase of ``known`` that starts at ``words[k]`` (0 if none)."""
    for n in range(min(longest, len(words) - k), 0, -1):
        if " ".join(words[k:k + n]) in known:
            return n
    return 0


def read_run(text: str, run: Run, nr: NameRules, starts: frozenset = frozenset()) -> Run:
    """Strip the run's non-name head, find the cue before the name, cut its tail. ``starts``
    are where the segmenter's words start: with no cue, a surname that starts a word after an
    unknown head starts the name ("Huyện ủy Tân Lạc Lâm Văn Đông")."""
    words, i = run.words, 0
    lead = text[:run.syl[0][0]]
    run.clause_start = bool(CLAUSE_START.search(lead))
    run.cue = _cue(lead, nr)
    while i < len(words):
        m = nr.g.position.match(text, run.syl[i][0])  # "Phó Chủ tịch", "Tổng Bí thư": a title, not a name
        if not m:
            break
        while i < len(words) and run.syl[i][0] < m.end():
            i += 1
        run.cue, run.title_in_run = "title", True
    if i >= len(words):
        run.i = run.j = i
        return run
    if run.clause_start and i == 0 and not run.cue and len(words) > 1:
        if words[0].casefold() in nr.honorific_words:
            i, run.cue = 1, "honorific"  # "Ông Lò Văn Phớ": "Ông" is no surname here
        elif words[0] in nr.single_titles:
            i, run.cue = 1, "title"  # "Vua Charles"
        elif words[0] in nr.openers and not (len(words) > 2 and words[1] in nr.middle):
            i = 1  # "Theo Donald Trump"; not "Vì Văn Lặt"
    # a place or a department before the name ("Hà Nội Trần Thị Hà", "Ngoại giao Nga Sergei Lavrov")
    while i < len(words) - 1:
        n = _match_known(words, i, nr.places | nr.departments, nr.longest_place)
        if not n or len(words) - i - n < 1:
            break
        single_world = n == 1 and words[i] in nr.world_places
        if single_world and run.cue != "title":
            break  # "ca sĩ Đức Phúc", "Mỹ Tâm": a one-syllable country is a given name there
        if len(words) - i - n < 2 and not (run.cue == "title" and not is_vietnamese_syllable(words[i + n])):
            break
        run.stripped.append(" ".join(words[i:i + n]))
        i += n
    if not run.cue and i < len(words) and words[i] not in nr.surnames and " ".join(words[i:i + 2]) not in nr.surnames:
        for k in range(i + 1, len(words) - 1):
            if words[k] in nr.surnames and words[k] not in nr.middle and run.syl[k][0] in starts:
                run.stripped.append(" ".join(words[i:k]))
                i = k
                break
    j = i + 1
    while j < len(words):
        at = run.syl[j][0]
        if words[j] in nr.not_given or nr.g.position.match(text, at) or nr.rank_start.match(text, at):
            break
        if words[j - 1].endswith(".") and len(words[j - 1]) == 2 and is_vietnamese_syllable(words[j]):
            break  # "ông Q. Đồng thời …": a Vietnamese initial ends the name
        j += 1
    if j - i > 1 and _glued_word(text, run, j, starts) and words[j - 2] not in nr.middle:
        j -= 1  # "Phó Đội_trưởng", "Văn Phòng Chính_phủ": the last syllable starts a common word
    run.i, run.j = i, j
    return run


def _glued_word(text: str, run: Run, j: int, starts: frozenset) -> bool:
    """Does the syllable before ``j`` start a dictionary word with the lower-case syllable after
    it, glued to it by the segmenter ("Đội_trưởng", "Công_ty")?"""
    end = run.syl[j - 1][1]
    if j < len(run.syl) or not starts:
        return False
    m = SYLLABLE.match(text, end + 1) if text[end:end + 1] == " " else None
    if not m or m.start() in starts or not m.group()[:1].islower():
        return False
    return f"{run.words[j - 1]} {m.group()}".casefold() in common_words()


def _cue(lead: str, nr: NameRules) -> str:
    tail = lead[-60:]
    if nr.honorific_end.search(tail):
        return "honorific"
    if nr.rank_end.search(tail):
        return "rank"
    if nr.occupation_end.search(tail):
        return "occupation"
    if nr.title_end.search(tail):
        return "title"
    return ""


# ------------------------------------------------------------------ guards

def guard_house_number(text, run, nr) -> bool:
    """ "trú tại 45 Lê Lợi": a number before a run makes it a street."""
    return bool(HOUSE_NUMBER.search(text[max(0, run.start - 20):run.start]))


def guard_place_word(text, run, nr) -> bool:
    """"huyện Ninh Hải", "Trường THPT Phan Bội Châu", "Công ty TNHH Minh Long", "phim Hoa Sữa";
    but "Chủ tịch UBND tỉnh Phạm Anh Tuấn" is a person (a position and its body before the
    level word, three syllables)."""
    before = text[max(0, run.start - 300):run.start]
    if nr.not_person_strict.search(before[-60:]):
        return True
    g = nr.g
    territorial = g.territorial.search(before[-12:]) and regex.search(r"(?i)ủy\s*$", before)
    if not (nr.not_person_end.search(before) or territorial):
        return False
    if len(run.name_words) < 3 or not (territorial or nr.levels.search(before)):
        return True
    pos = list(g.position.finditer(before[-60:]))
    return not pos or bool(regex.search(r"[(),;.:]", before[-60:][pos[-1].end():]))


def guard_place_pair(text, run, nr) -> bool:
    """"hầm chui Điện Biên Phủ - Nguyễn Tri Phương": a junction of two streets."""
    before = text[max(0, run.start - 300):run.start]
    m = PLACE_PAIR.search(before)
    if not m:
        return False
    words = before[:m.start(1)].split() + m.group(1).replace("_", " ").split()
    # the place is a street after a lower-case word ("hầm chui Điện Biên Phủ - …"), not a team
    # after its age group ("Tuyển thủ U19 Việt Nam - Đoàn Văn Hậu")
    return any(" ".join(words[k:]) in nr.places and words[k - 1].islower() for k in range(1, len(words)))


def guard_known(text, run, nr) -> bool:
    """A place of Viet Nam or of the world, or a phrase listed as no name ("Hồ Chí Minh", "Đoàn
    Thanh niên", and what starts with one: "Văn Phòng Chính phủ")."""
    w = run.name_words
    name = " ".join(w)
    if name in nr.places or name in nr.not_names:
        return True
    return len(w) > 2 and any(" ".join(w[:k]) in nr.not_name_heads for k in range(2, len(w)))


def guard_organisation(text, run, nr) -> bool:
    """"Lafelle Limited", "Forbes Vietnam", "Sài Gòn FC", "Tiki.vn": an organisation or a domain;
    "Quan Hệ Công Chúng": capitalised common words, no name."""
    w = run.name_words
    if any(x in nr.org_words for x in w) or DOMAIN.match(text, run.end):
        return True
    if len(w) > 1 and w[-1] in nr.world_places and _foreign(w[:-1]):
        return True  # "Real Madrid", "Inter Milan": a club named after its city
    return len(w) >= 3 and tiled_by_words(w)


def guard_org_head(text, run, nr) -> bool:
    """"Nhà Văn Hóa", "Sở Văn Hóa", "Làng Văn Giang": a capitalised head noun, not a surname."""
    w = run.name_words
    return w[0] in nr.org_heads or len(w) > 1 and f"{w[0]} {w[1]}" in nr.org_heads


def guard_quoted(text, run, nr) -> bool:
    """"“Hoa cúc vàng” cũng là ca khúc …": a run that opens a short quotation is a title or a
    nickname, unless a cue stands before the quotation (ca sĩ “Tùng Dương”)."""
    before = text[max(0, run.start - 40):run.start]
    if run.cue == "honorific" and nr.quoted_honorific.search(before):
        return bool(QUOTE_CLOSE.match(text[run.start:]))  # "“ông Phần Ma làng”": a nickname
    if not QUOTE_OPEN.search(before) or not QUOTE_CLOSE.match(text[run.start:]):
        return False
    return not _cue(QUOTE_OPEN.sub("", before), nr)


GUARDS = (guard_known, guard_org_head, guard_organisation, guard_house_number, guard_place_word, guard_place_pair,
          guard_quoted)


def guarded(text: str, run: Run, nr: NameRules) -> bool:
    return any(guard(text, run, nr) for guard in GUARDS)


# ------------------------------------------------------------------ constructions

def by_surname(text, run, nr):
    """A known surname first, 2-5 syllables ("Lâm Văn Đông", "Y Biêr Niê")."""
    w = run.name_words
    if not 2 <= len(w) <= 5 or not (w[0] in nr.surnames or " ".join(w[:2]) in nr.surnames):
        return None
    if is_vietnamese_syllable(w[0]) and w[0] not in nr.prefixes and _foreign(w):
        return None  # "La Liga", "Kim Jong-un": a Vietnamese surname before foreign syllables
    if run.cue == "honorific" and len(w) == 2 and w[0] in nr.prefixes:
        return None  # "A Pớt": a prefix name, read by its cue
    honorific = run.cue in ("honorific", "rank")
    return "name-surname", SURNAME_CONF[(len(w) >= 3, honorific)], honorific


def by_cue(text, run, nr):
    """After an honorific, a position or an occupation: a name whatever its surname, Vietnamese
    ("ông Chẩu Văn Lâm", "nhạc sĩ Thanh Tùng") or foreign ("HLV Park Hang-seo", "HLV Mourinho")."""
    w = run.name_words
    if not run.cue or len(w) > 5:
        return None
    if len(w) == 1 and is_vietnamese_syllable(w[0]):
        if run.cue in ("honorific", "occupation", "rank") and not w[0].endswith("."):
            return "mention-given", GIVEN_CONF, True  # "ông Tùng": a given name alone, linked later
        return None
    if len(w) == 1 and len(w[0]) < 3:
        return None
    if run.cue == "title" and all(map(is_vietnamese_syllable, w)):
        # a Vietnamese official's surname is listed; after a title, Vietnamese syllables without one
        # are the rest of a capitalised title ("Giám Đốc Điều Hành") unless they read as a Chinese name
        if len(w) != 3 or run.title_in_run:
            return None
    return f"name-{run.cue}", CUE_CONF[run.cue], run.cue in ("honorific", "rank")


def by_middle_name(text, run, nr):
    """"Quàng Thị Dương", "Vì Văn Lặt": a Vietnamese name whose surname the list lacks."""
    w = run.name_words
    if 3 <= len(w) <= 4 and w[1] in nr.middle and w[0] not in nr.middle and is_vietnamese_syllable(w[0]):
        return "name-middle", MIDDLE_CONF, False
    return None


CONSTRUCTIONS = (by_surname, by_cue, by_middle_name)


def _span(text: str, run: Run, rule: str, conf: float, honorific: bool) -> NameSpan:
    s, e = run.start, run.end
    return NameSpan(s, e, text[s:e], honorific=honorific, rule=rule, confidence=conf,
                    short=rule == "mention-given")


def read_sentence(sent: Sentence, nr: NameRules) -> tuple[list[NameSpan], list[Run]]:
    """The names of a sentence and its *loose* runs: capitalised runs no rule explained (not a
    name, not a place, not guarded), left to the list construction and to the ner stage."""
    text = sent.text
    names, loose = [], []
    starts = frozenset(s for s, _ in sent.tokens)
    for run in runs_of(text, nr):
        if len(run.words) == 1 and CLAUSE_START.search(text[:run.syl[0][0]]):
            continue  # a capitalised word that opens the sentence
        read_run(text, run, nr, starts)
        if run.i >= run.j or guarded(text, run, nr):
            continue
        for construction in CONSTRUCTIONS:
            found = construction(text, run, nr)
            if found:
                names.append(_span(text, run, *found))
                break
        else:
            if len(run.name_words) > 1 or not is_vietnamese_syllable(run.words[run.i]):
                loose.append(run)  # one Vietnamese syllable with no cue is a word ("Chính phủ")
    return names, loose


def extract_names(sentences: list[Sentence], rules: Rules) -> dict[int, list[NameSpan]]:
    """The names of each sentence (by sentence index), in text order, short forms linked."""
    nr = name_rules(rules)
    names, loose = {}, {}
    for s in sentences:
        found, rest = read_sentence(s, nr)
        names[s.index], loose[s.index] = found, rest
    return link_article(sentences, names, loose, nr)


def find_names(sent: Sentence, nr: NameRules) -> list[NameSpan]:
    """The names of one sentence read alone (no article to link short forms to)."""
    return read_sentence(sent, nr)[0]


# ------------------------------------------------------------------ the article

def link_article(sentences, names: dict[int, list[NameSpan]], loose: dict[int, list[Run]],
                 nr: NameRules) -> dict[int, list[NameSpan]]:
    """Over the whole article: runs listed beside a name are names, and short forms are linked
    to the one full name they can stand for. Sentences without names are left out."""
    texts = {s.index: s.text for s in sentences}
    for index, runs in loose.items():
        names[index] = names.get(index, []) + _listed(texts[index], names.get(index, []), runs)
    full = _full_names(names)
    out = {}
    for index, found in names.items():
        linked = [_link_short(n, full) for n in found]
        linked += _repeated(texts[index], found, loose.get(index, []), full)
        if linked:
            out[index] = sorted(linked, key=lambda n: n.start)
    return out


def _full_names(names) -> dict[str, str]:
    """Each short form that stands for exactly one full name of the article ("" when several do):
    the name itself, its last syllable (a given name, a foreign surname), and for a Vietnamese
    name of three syllables or more its last two ("Hữu Thắng")."""
    forms: dict[str, set] = {}
    for found in names.values():
        for n in found:
            if n.short or n.person or n.confidence < 0.5:
                continue
            words = n.text.split()
            keys = {n.text, words[-1]}
            if len(words) >= 3:
                keys.add(" ".join(words[-2:]))
            for k in keys:
                forms.setdefault(k, set()).add(n.text)
    longest = {}
    for k, full in forms.items():
        # "Thanh Bình" is the full name "Thanh Bình" and the short form of "Phạm Thanh Bình": the longer one
        full = {f for f in full if not any(o != f and o.endswith(" " + f) for o in full)} or full
        longest[k] = next(iter(full)) if len(full) == 1 else ""
    return longest


def _link_short(n: NameSpan, full: dict[str, str]) -> NameSpan:
    target = full.get(n.text, "")
    if target and target != n.text and (n.short or len(n.text.split()) < len(target.split())):
        return replace(n, person=target, short=True)
    return n


def _repeated(text, found, runs, full) -> list[NameSpan]:
    """A loose run that repeats a name of the article, whole or short ("Putin", "Mourinho")."""
    out = []
    for run in runs:
        key = " ".join(run.name_words)
        target = full.get(key, "")
        if not target or any(n.start < run.end and run.start < n.end for n in found):
            continue
        if len(run.name_words) == 1 and is_vietnamese_syllable(key) and not run.cue:
            continue  # a bare Vietnamese syllable ("Minh", "Nam") is too often a word
        out.append(NameSpan(run.start, run.end, key, rule="mention-short", confidence=0.8,
                            person="" if target == key else target, short=target != key))
    return out


def _listed(text, found, runs) -> list[NameSpan]:
    """"tiền vệ Tuấn Anh, Xuân Trường", "Văn Kiên, Thành Chung (Hà Nội FC)": loose runs in a list
    (commas, "và") with a name of the sentence are names too."""
    items = sorted([(n.start, n.end, n) for n in found if not n.short and n.confidence >= 0.5]
                   + [(r.start, r.end, r) for r in runs if _listable(r)], key=lambda x: x[0])
    out: list[NameSpan] = []
    chain: list = []
    for k, item in enumerate(items):
        if chain and LIST_GAP.match(text[chain[-1][1]:item[0]]):
            chain.append(item)
        else:
            out += _chain_names(text, chain)
            chain = [item]
    out += _chain_names(text, chain)
    return out


def _listable(run: Run) -> bool:
    w = run.name_words
    return 1 <= len(w) <= 4 and (len(w) >= 2 or not is_vietnamese_syllable(w[0]))


def _foreign(words) -> bool:
    return not all(map(is_vietnamese_syllable, words))


def _chain_names(text, chain) -> list[NameSpan]:
    """The loose runs of a list with a name in it, of the same kind as its names (Vietnamese or
    foreign): "ông Trần Công Cận, Lafelle Limited" lists a person and a company."""
    kinds = {_foreign(x.text.split()) for _, _, x in chain if isinstance(x, NameSpan)}
    return [NameSpan(s, e, text[s:e], rule="name-list", confidence=LIST_CONF) for s, e, x in chain
            if isinstance(x, Run) and _foreign(x.name_words) in kinds]
