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
- ``name-prefix``: a Tây Nguyên name whose prefix is fused to a capital ("H'Hen Niê", "K'Điệp")
- ``name-described``: a bracket after the name describes a person ("Bảo Tín (SN 1990)", "Hoàng
  Anh (đang cư trú tại Đức)")
- ``name-stage``: a stage name in capitals after an artist's occupation ("ca sĩ RHYDER")
- ``name-subject``: a foreign name before a verb only a person is the subject of ("Volodymyr
  Zelensky kêu gọi", "Bukayo Saka đánh đầu")
- ``mention-subject``: a given name alone that opens a clause before a verb only a person is the
  subject of ("Khang chia sẻ"), kept only where it stands for one full name of the article
- ``mention-after-title``: a given name or a Korean surname alone after a position ("Thủ tướng
  Chính", "Tổng thống Lee"), kept only where it stands for one full name of the article
- ``name-given-first``: a foreign given name first ("Jannik Sinner", "của Robert Lewandowski")
- ``name-example``: the examples of a plural occupation ("nhiều cầu thủ Real Madrid như Sergio
  Ramos", "những cầu thủ … là Hữu Dũng"); the list after it goes on by ``name-list``

GUARDS keep out a run after a house number, a place, a company, a school or a work ("trú tại 45
Lê Lợi", "Trường THPT Phan Bội Châu", "Công ty TNHH Minh Long", "phim Hoa sữa"), a run in quotes,
and the places of Viet Nam and of the world. Over the whole article (``link_article``) a run
listed beside a name is one (``name-list``), and short forms ("ông Tùng", "Putin", "Hữu Thắng")
are linked to the one full name the article gives (``mention-short``). Runs nothing explains
are left to the ner stage (:mod:`vnie.stages.ner`).
"""
from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple
from functools import lru_cache
from pathlib import Path

import regex

from .. import patterns

from ..ruleset import Rules, alternation, compiled
from ..text import fold_tones, is_vietnamese_syllable
from .state import NameRun, NameSpan, Sentence
from .titles import grammar

# A syllable: letters (an apostrophe or a hyphen inside: "K'Ho", "Hang-seo"); "K'", "H'" (the
# prefixes of Tây Nguyên names); a capital and a dot before more text (an initial: "Thomas A.
# Bussiere", "Nguyễn Thanh Q. khai").
SYLLABLE = patterns.compile(r"\p{Lu}['’](?!\p{L})|\p{Lu}\.(?=[ ]+\S|[,;)])|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*(?:-[\p{L}\p{M}\p{N}]+)*")
# A capitalised syllable (see SYLLABLE), not inside a word nor an initialism ("N.V.A", "Tiki.vn").
CAP_SYLLABLE = patterns.compile(r"(?<![\p{L}\p{M}\p{N}'’.-])(?:\p{Lu}['’](?!\p{L})|\p{Lu}\.(?=[ ]+\S|[,;)])|"
                             r"\p{Lu}[\p{L}\p{M}\p{N}]*+(?:['’][\p{L}\p{M}\p{N}]+)*+(?:-[\p{L}\p{M}\p{N}]+)*+(?!\.\p{L}))")
# Where a clause starts: a capitalised word there may be an ordinary word ("Theo", "Ông"); a bullet
# ("+", "•") opens a list item as a dash does.
CLAUSE_MARKS = frozenset(".:;!?“\"'([–—-…+•*·")


def _before_space(text: str, at: int) -> tuple[str, bool]:
    """The character before ``at`` past white space ("" at the text's start), and whether a tab
    (a table's cell) is in that white space."""
    k = at
    while k and text[k - 1].isspace():
        k -= 1
    return (text[k - 1] if k else ""), "\t" in text[k:at]


def clause_start(text: str, at: int) -> bool:
    """Does a clause start at ``at`` (the text's start, or after a full stop, a colon, a quote, a dash, or a
    table's cell: a tab)?"""
    mark, tab = _before_space(text, at)
    return tab or not mark or mark in CLAUSE_MARKS


def _starts_word(text: str, syl: tuple[int, int]) -> bool:
    """Does the syllable start a dictionary word of two with the next ("Quốc hội", "Chính phủ")?"""
    nxt = text[syl[1]:syl[1] + 12].split()[:1]
    return bool(nxt) and fold_tones(f"{text[syl[0]:syl[1]]} {nxt[0]}".casefold()) in common_words()


def _after_comma(text: str, at: int) -> bool:
    """Does a comma stand right before ``at`` (white space between)?"""
    return _before_space(text, at)[0] == ","


# a regnal number after a foreign name ("Elizabeth II", "Charles III"), not a Roman numeral of a list
REGNAL = patterns.compile(r"[ ](?:I{1,3}|IV|VI{0,3}|IX|XI{0,3}|XIV|XV|XVI)(?![\p{L}\p{N}.-])")
QUOTE_OPEN = patterns.compile(r"[“\"‘']\s*$")
QUOTE_HONORIFIC = patterns.compile(r"[“\"‘']\s*(\p{L}+(?: \p{L}+)?)\s+$")
DOMAIN = patterns.compile(r"^\.\p{Ll}{2,}")
QUOTE_CLOSE = patterns.compile(r"^[^“\"‘'”’]{0,60}[”\"’']")
PLACE_PAIR = patterns.compile(r"(\p{Lu}[\p{L}\p{M}_ ]*?)\s[-–]\s$")
# a word in capitals, alone (not one of a run of them: a headline), not inside a domain ("RHYDER")
CAPITALS_WORD = patterns.compile(r"(?<![\p{L}\p{M}\p{N}'’.-])\p{Lu}{4,}(?![\p{L}\p{M}\p{N}'’-]|\.\p{L}|\s+\p{Lu}{2})")

# confidence of each construction (a name below 0.5 becomes a person only with a title linked)
SURNAME_CONF = {(True, True): 0.95, (True, False): 0.85, (False, True): 0.75, (False, False): 0.45}
CUE_CONF = {"honorific": 0.8, "title": 0.85, "occupation": 0.8, "rank": 0.85, "example": 0.75}
EXAMPLE_REACH = 20  # words the clause of a plural occupation may run before its examples ("… như", "… là")
MIDDLE_CONF = 0.8
LIST_CONF = 0.7
GIVEN_CONF = 0.3
LINKED_CONF = 0.7  # a given name alone linked to the one full name of the article that ends with it
STAGE_CONF = 0.75
PREFIX_CONF = 0.8
DESCRIBED_CONF = 0.8
SUBJECT_CONF = 0.7
GIVEN_FIRST_CONF = 0.75


def _capitalised(words):
    return [w[:1].upper() + w[1:] for w in words]


@lru_cache(maxsize=1)
def common_words() -> frozenset:
    """The common words of two syllables or more of underthesea's bundled dictionary (Viet74K;
    its capitalised entries, names of people and places, left out): a run made of them ("Quan Hệ
    Công Chúng") or glued to one ("Chính_phủ") is no name."""
    import underthesea.corpus

    path = Path(underthesea.corpus.__file__).parent / "data" / "Viet74K.txt"
    # the tones folded over the whole file at once: the same keys as normalize() word by word, in half the time
    lines = map(str.strip, fold_tones(path.read_text(encoding="utf-8")).splitlines())
    return frozenset(" ".join(w.split()) for w in lines if " " in w and w == w.lower())


def tiled_by_words(words: list[str]) -> bool:
    """Can ``words`` be cut into dictionary words of two syllables or more ("Quan Hệ | Công Chúng")?"""
    low, known = [w.casefold() for w in words], common_words()
    ok = [True] + [False] * len(low)
    for end in range(2, len(low) + 1):
        ok[end] = any(ok[a] and " ".join(low[a:end]) in known for a in range(0, end - 1))
    return ok[-1]


def is_capitalised(word: str) -> bool:
    """A capital first and a lower-case letter after it ("Lâm", "McTominay", "K'Ho"), or a lone
    capital ("A", "K'", "Q."); not an abbreviation ("UBND", "THPT") nor a word with digits ("U23")."""
    if not word[:1].isupper() or any(c.isdigit() for c in word):
        return False
    return len(word) == 1 or word[1:] in ("'", "’", ".") or any(c.islower() for c in word)


class PhraseEnd:
    """Does a text end with one of some phrases and white space ("… ông ", "… Tổng thống Nga ")?
    A look-up of its last words (``words_before``), cheaper than a regular expression searched
    from every position. ``fold``: compare in lower case; ``then``: words that may follow the
    phrase ("Thống đốc bang"); ``abbreviations``: capitalised abbreviations that may follow it
    ("Công ty Cổ phần CNTT")."""

    ABBREVIATION = patterns.compile(r"\p{Lu}[\p{Lu}\d&-]+")

    def __init__(self, phrases, fold: bool = False, then=(), abbreviations: bool = False, compounds=()):
        self.fold = fold
        self.compounds = bool(compounds)
        self.prepositions = frozenset(w.casefold() for w in compounds)
        self.phrases = {self.key(p) for p in phrases}
        self.last_words = {p.rsplit(" ", 1)[-1] for p in self.phrases}
        self.longest = max(len(p.split()) for p in phrases)
        self.then = {self.key(p) for p in then}
        self.extras = (0,) + tuple(sorted({len(t.split()) for t in self.then}))
        self.firsts = {p.split()[0] for p in self.phrases}
        self.abbreviations = abbreviations

    def key(self, phrase: str) -> str:
        phrase = " ".join(phrase.replace("_", " ").split())
        return phrase.casefold() if self.fold else phrase

    def length(self, words: list[str]) -> int:
        """How many of the last ``words`` the phrase takes (0: none ends them)."""
        end = len(words)
        while self.abbreviations and end and self.ABBREVIATION.fullmatch(words[end - 1]):
            end -= 1
        for extra in self.extras:
            if extra and (extra > end or self.key(" ".join(words[end - extra:end])) not in self.then):
                continue
            last = end - extra
            if not last:
                continue
            tail = words[last - 1].lstrip(OPENING)
            if (tail.casefold() if self.fold else tail) not in self.last_words:
                continue
            for k in range(1, min(self.longest, last) + 1):
                phrase = " ".join(words[last - k:last]).lstrip(OPENING)
                if (phrase.casefold() if self.fold else phrase) in self.phrases:
                    if self.compounds and last - k > 0 and _compound(words[last - k - 1], phrase, self.prepositions):
                        continue  # "nhà báo", "đồng đội": the word is part of another (a longer phrase may be listed)
                    return len(words) - (last - k)
        return 0


OPENING = "(“\"'‘["


def _compound(before: str, phrase: str, prepositions: frozenset = frozenset()) -> bool:
    """Is ``phrase`` the end of a longer common word with the word before it ("nhà báo", "đồng đội"),
    not a preposition before it ("từ đường Hà Huy Tập" is "from … street", not "từ đường")?"""
    before = before.lstrip(OPENING)
    return before.casefold() not in prepositions and f"{before} {phrase}".casefold() in common_words()


def words_before(text: str, at: int, reach: int = 80) -> list[str]:
    """The words before ``at`` (up to ``reach`` characters back), none unless white space ends them."""
    if at == 0 or not text[at - 1].isspace():
        return []
    return text[max(0, at - reach):at].split()


class NameRules:
    """The names stage's compiled rules (``rules/names.yaml``, ``people.yaml``, ``surnames.txt``,
    ``places.yaml``, ``world_places.txt``, ``not_names.txt``), built once per rules folder."""

    def __init__(self, r: Rules):
        p, n = r.people, r.names
        self.g = grammar(r)
        self.surnames = r.surnames
        self.places = r.places | r.world_places
        self.world_places = r.world_places
        self.vn_places = r.places
        self.places_folded = {p.casefold() for p in self.places}
        self.not_names = r.not_names
        honorifics = sorted(set(p["honorifics"]) | set(n["honorifics"]))
        self.honorific_words = {h.casefold() for h in honorifics}
        self.foreign_honorifics = {h for h in honorifics if h[:1].isupper()}
        # lower case anywhere; capitalised where a clause starts ("Ông Lò Văn Phớ")
        self.honorific_end = PhraseEnd(honorifics)
        self.honorific_cap_end = PhraseEnd(_capitalised(honorifics))
        self.rank_end = PhraseEnd(p["ranks"], fold=True)
        occupations = n["occupations"]
        self.occupation_end = PhraseEnd(occupations + _capitalised(occupations))
        self.stage_name_end = PhraseEnd(n["stage_name_cues"] + _capitalised(n["stage_name_cues"]))
        self.abbreviations = set(r.abbreviations)
        self.person_bracket = patterns.compile(
            rf"[ ]?\((?:\d{{1,3}}[ ]+)?(?:{alternation(n['person_brackets'])})(?![\p{{L}}\p{{M}}])", regex.I)
        t = r.titles
        titles = t["positions"] + t["whole_titles"] + n["titles"]
        self.title_end = PhraseEnd(titles, fold=True, then=n["glue"]["after_title"])
        self.single_titles = {w for w in n["titles"] + t["positions"] if " " not in w}
        prepositions = n["glue"]["prepositions"]
        self.not_person_end = PhraseEnd(p["not_person_before"], compounds=prepositions)
        # (an abbreviation may stand between: "Cty Cổ phần CNTT Hoàng Anh")
        # capitalised too where a sentence starts with one of two words or more ("Ca khúc Nối Vòng Tay Lớn")
        not_person = n["not_person_before"] + [w for w in _capitalised(n["not_person_before"]) if " " in w]
        self.not_person_strict = PhraseEnd(not_person, abbreviations=True, compounds=prepositions)
        self.not_person_word = PhraseEnd(not_person, compounds=prepositions)
        # the nouns of a street, a school, a lake … ("Đường Trần Huy Liệu", "Trường Huỳnh Văn Ngà")
        self.place_nouns = {w.casefold() for w in p["not_person_before"] + n["org_heads"] + n["not_person_before"]
                            if " " not in w}
        self.levels = PhraseEnd(t["levels"])
        self.credit_end = PhraseEnd([m for m in p["byline_markers"] if m.endswith(":")])
        self.departments = set(n["departments"])
        self.openers = set(n["sentence_openers"])
        self.connectives = set(n["connectives"])
        self.middle = set(n["middle_names"])
        self.org_heads = set(n["org_heads"])
        self.org_heads_folded = {h.casefold() for h in self.org_heads if " " in h}
        self.prefixes = set(n["name_prefixes"])
        self.fused_prefixes = tuple(p for p in n["name_prefixes"] if p.endswith("'"))
        self.connectors = set(n["connectors"])
        self.org_words = set(n["org_words"])
        self.modifiers = set(n["modifiers"])
        self.longest_modifier = max(len(m.split()) for m in self.modifiers)
        self.modifier_ends = {m.rsplit(" ", 1)[-1] for m in self.modifiers}
        self.not_name_heads = {x for x in r.not_names if " " in x}
        # what follows a name without being part of it ("Nguyễn Văn A Phó …", "… Thượng tá …")
        self.not_given = {"Phó", "Thứ", "Ủy", "Uỷ"}
        self.rank_start = patterns.compile(rf"(?:{alternation(p['ranks'])})(?![\p{{L}}\p{{M}}])")
        g = n["glue"]
        # a number and a space before the street ("45 Lê Lợi"); a tab is a table's cell, no address ("1\tÔng A\tT")
        self.house_number = patterns.compile(
            rf"(?:^|\s)(?:(?:{alternation(g['house_number'])})\s+)?\d+[A-Za-z]?(?:[/-]\d+[A-Za-z]?)*[ \u00a0]+$")
        joiners = alternation(g["list_joiners"])
        self.list_gap = patterns.compile(rf"^\s*(?:\([^()]{{0,40}}\)\s*)?(?:,|;|,?\s*(?:{joiners}))\s*$")
        self.subject_verb = patterns.compile(rf"[ ]+(?:{alternation(n['subject_verbs'])})(?![\p{{L}}\p{{M}}])")
        self.player_verb = patterns.compile(rf"[ ]+(?:{alternation(n['player_verbs'])})(?![\p{{L}}\p{{M}}])")
        self.foreign_given = set(n["foreign_given_names"])
        self.name_suffixes = set(n["name_suffixes"])
        self.held_at = set(g["held_at"])
        self.not_subject_before = set(g["not_subject_before"])
        self.nationality = set(g["nationality"])
        self.plural = set(g["plural"])
        self.companies_too = {w.casefold() for w in g["companies_too"]}
        self.examples_end = PhraseEnd(g["examples"] + _capitalised(g["examples"]))
        self.given_cue_ends = {w.casefold() for pe in (self.honorific_end, self.rank_end, self.occupation_end)
                               for w in pe.last_words}
        self.cue_firsts = {w.casefold() for pe in (self.honorific_cap_end, self.rank_end, self.occupation_end, self.title_end)
                           for w in pe.firsts}
        self.known_heads = self.places | self.departments
        self.longest_place = max(len(x.split()) for x in self.known_heads)


    def may_start_cue(self, word: str) -> bool:
        return word.casefold() in self.cue_firsts


def name_rules(rules: Rules) -> NameRules:
    return compiled(rules, NameRules)


# ------------------------------------------------------------------ runs

def runs_of(text: str, nr: NameRules) -> list[NameRun]:
    """The runs of capitalised syllables of a sentence, one space apart; a connector ("van",
    "de") or two ("von der") join two capitalised syllables of one foreign name ("Robin van
    Persie", "Ursula von der Leyen")."""
    out: list[list[tuple[int, int]]] = []
    for m in CAP_SYLLABLE.finditer(text):
        s, e = m.span()
        if not is_capitalised(m.group()):
            continue
        hyphen = text.find("-", s, e)
        if hyphen > s and nr.g.position.match(text, hyphen + 1):
            e = hyphen  # "Nguyễn Văn An-Chủ tịch UBND tỉnh": a dash typed without its spaces, then a title
        if out:
            gap = text[out[-1][-1][1]:s]
            if gap == " ":
                out[-1].append((s, e))
                continue
            if gap[:1] == " " and gap[-1:] == " " and gap[1:-1] and all(w in nr.connectors for w in gap[1:-1].split(" ")):
                out[-1] += [(s - len(gap) + 1, s - 1), (s, e)]
                continue
        out.append([(s, e)])
    return [NameRun(r, [text[a:b] for a, b in r], 0, len(r)) for r in out]


def _last_word(text: str) -> str:
    words = text[-40:].split()
    return words[-1] if words else ""


def _match_known(words: list[str], k: int, known: set, longest: int) -> int:
    """Length of the longest phrase of ``known`` that starts at ``words[k]`` (0 if none)."""
    for n in range(min(longest, len(words) - k), 0, -1):
        if " ".join(words[k:k + n]) in known:
            return n
    return 0


def read_run(text: str, run: NameRun, nr: NameRules, starts: frozenset = frozenset(), joined: str = "") -> NameRun:
    """Strip the run's non-name head, find the cue before the name, cut its tail. ``starts``
    are where the segmenter's words start: with no cue, a surname that starts a word after an
    unknown head starts the name ("Huyện ủy Tân Lạc Lâm Văn Đông"); ``joined`` is the sentence's
    joined form, where the title grammar reads a body named in capitals before the name ("Bộ Công
    Thương Nguyễn Hồng Diên")."""
    k = _after_capitalised_body(run, nr, starts, joined)
    if k:
        run.stripped.append(" ".join(run.words[:k]))
        del run.syl[:k], run.words[:k]
        return read_run(text, run, nr, starts, joined)
    words, i = run.words, 0
    lead = text[:run.syl[0][0]]
    run.clause_start = clause_start(lead, len(lead))
    run.cue, run.cue_len = _cue(lead, nr)
    # a Vietnamese name only after a modifier ("cô học trò nhỏ Mỹ Dung"), a foreign one after a place too
    if not run.cue and len(words) > 1 and (_foreign(words) or lead[-1:] == " " and _last_word(lead) in nr.modifier_ends):
        run.cue, run.cue_len = _cue_near(lead, nr)
    if not run.cue:
        run.cue, run.cue_len = _cue_examples(lead, nr)
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
    if i == 0 and len(words) > 1 and words[0] in nr.foreign_honorifics:
        i, run.cue, run.cue_len = 1, "honorific", 1  # "Sir Alex Ferguson", "Dr Anthony Fauci"
    elif i == 0 and len(words) > 1 and words[0].casefold() not in nr.honorific_words and nr.may_start_cue(words[0]):
        for k in (3, 2, 1):  # "ThS Nguyễn …", "Vua Charles": the cue is the run's head
            kind, n = _cue(" ".join(words[:k]) + " ", nr) if k < len(words) else ("", 0)
            if kind and n == k:
                i, run.cue, run.cue_len, run.title_in_run = k, kind, k, kind == "title"
                break
    if run.clause_start and i == 0 and not run.cue and len(words) > 1:
        if words[0].casefold() in nr.honorific_words:
            i, run.cue = 1, "honorific"  # "Ông Lò Văn Phớ": "Ông" is no surname here
        elif words[0] in nr.single_titles:
            i, run.cue = 1, "title"  # "Vua Charles"
        elif words[0] in nr.openers and not (len(words) > 2 and words[1] in nr.middle):
            i = 1  # "Theo Donald Trump"; not "Vì Văn Lặt"
    lead_word = lead.rsplit(None, 1)[-1] if lead.strip() and lead[-1:] == " " else ""
    if lead_word.islower() and f"{lead_word} {words[0]}".casefold() in nr.places_folded and len(words) > 1:
        del run.syl[:1], run.words[:1]  # "Ủy ban châu Âu Ursula von der Leyen": the place began before the run
        return read_run(text, run, nr, starts, joined)
    lead_words = words_before(lead, len(lead), 20)
    n = _match_known(words, i, nr.world_places, nr.longest_place) if lead_words[-1:] and lead_words[-1] in nr.nationality else 0
    if n and len(words) > i + n and _foreign(words[i + n:]):
        # "HLV người Đức Karl Heinz Weigang": a nationality, then the name; the run starts after it
        del run.syl[:i + n], run.words[:i + n]
        return read_run(text, run, nr, starts, joined)
    # a place or a department before the name ("Hà Nội Trần Thị Hà", "Ngoại giao Nga Sergei Lavrov")
    while i < len(words) - 1:
        n = _match_known(words, i, nr.known_heads, nr.longest_place)
        if not n or len(words) - i - n < 1:
            break
        single_world = n == 1 and words[i] in nr.world_places
        if single_world and run.cue != "title":
            break  # "ca sĩ Đức Phúc", "Mỹ Tâm": a one-syllable country is a given name there
        if len(words) - i - n < 2 and not (run.cue == "title" and not is_vietnamese_syllable(words[i + n])):
            break
        run.stripped.append(" ".join(words[i:i + n]))
        i += n
    cued_surname = run.cue in ("honorific", "occupation", "rank", "title") and words[i] in nr.surnames
    if (len(words) - i >= 3 and words[i].casefold() in nr.place_nouns and words[i + 1] in nr.surnames
            and words[i + 1] not in nr.middle and not cued_surname):  # "ông Hồ Quang Minh" is a person
        run.i = run.j = i  # "Đường Trần Huy Liệu", "Trường Huỳnh Văn Ngà": a street, a school
        return run
    if " ".join(words[i:]) in nr.places:
        run.i = run.j = i  # "Bắc Từ Liêm": a place, though "Từ" is a surname
        return run
    head = " ".join(words[i:i + 2]).casefold()
    if (run.cue in ("", "title") and i < len(words) and words[i] not in nr.surnames
            and " ".join(words[i:i + 2]) not in nr.surnames
            and words[i] not in nr.org_heads and head not in nr.org_heads_folded):
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
        if (words[j - 1].endswith(".") and len(words[j - 1]) == 2 and is_vietnamese_syllable(words[j])
                and all(map(is_vietnamese_syllable, words[i:j - 1]))):
            break  # "ông Q. Đồng thời …": a Vietnamese initial ends the name ("Jonathan S. Kim" goes on)
        j += 1
    # "Đoàn Thiên Long ra": a name of a listed surname, then a verb; the cut is for other runs
    surname_led = words[i] in nr.surnames and j - i >= 3
    if j - i > 1 and _glued_word(text, run, j, starts, nr, surname_led) and words[j - 2] not in nr.middle:
        j -= 1  # "Phó Đội_trưởng", "Văn Phòng Chính_phủ": the last syllable starts a common word
    run.i, run.j = i, j
    return run


def _after_capitalised_body(run: NameRun, nr: NameRules, starts: frozenset, joined: str) -> int:
    """Where a name starts after a body named in capitals that the run starts inside, as the title
    grammar reads it ("Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên", "Phó Giám đốc Bệnh viện Chợ
    Rẫy Phạm Thanh Việt"): the word after the body, when a surname starts it and two syllables or
    more are left; else 0."""
    words = run.words
    if not joined or len(words) < 3 or not any(w in nr.surnames for w in words[1:-1]):
        return 0
    at = run.syl[0][0]
    title = next((t for t in nr.g.find_titles(joined[:run.syl[-1][1]]) if t.position_end <= at < t.end), None)
    k = next((k for k in range(1, len(words) - 1) if title and run.syl[k][0] == title.end + 1), 0)
    if not k or words[k] not in nr.surnames or run.syl[k][0] not in starts:
        return 0
    return 0 if _match_known(words, 0, nr.places, nr.longest_place) > k else k  # not "quận Bắc Từ Liêm"


def _glued_word(text: str, run: NameRun, j: int, starts: frozenset, nr: NameRules, connectives_only: bool) -> bool:
    """Does the syllable before ``j`` start a dictionary word with the lower-case syllable after
    it, glued to it by the segmenter ("Đội_trưởng", "Công_ty") or opening a sentence the crawl
    ran into the name ("Ảnh: Phương Hằng Theo đó, …")?"""
    end = run.syl[j - 1][1]
    if j < len(run.syl) or not starts:
        return False
    m = SYLLABLE.match(text, end + 1) if text[end:end + 1] == " " else None
    if not m or not m.group()[:1].islower():
        return False
    pair = f"{run.words[j - 1]} {m.group()}"
    if pair in nr.connectives:
        return True
    return not connectives_only and m.start() not in starts and pair.casefold() in common_words()


def _cue(lead: str, nr: NameRules, words: list[str] | None = None) -> tuple[str, int]:
    """What the words right before a run say it is ("honorific", "rank", "occupation", "title"
    or ""), and how many words say it."""
    words = words_before(lead, len(lead)) if words is None else words
    if not words:
        return "", 0
    k = nr.honorific_end.length(words)
    if k:
        return "honorific", k
    k = nr.honorific_cap_end.length(words)
    if k and (k == len(words) or words[-k - 1][-1:] in ".:;!?“\"(–—-…,"):
        return "honorific", k  # "Ông" capitalised where a clause starts
    for kind, phrases in (("rank", nr.rank_end), ("occupation", nr.occupation_end), ("title", nr.title_end)):
        k = phrases.length(words)
        if k:
            return kind, k
    return "", 0


def _cue_near(lead: str, nr: NameRules) -> tuple[str, int]:
    """A cue a few words before a name: after modifiers ("họa sĩ nổi tiếng Jang Seung", "cô học trò
    nhỏ Mỹ Dung"), or a title and where it is held ("Đại sứ Nga tại Việt Nam Gennady Bezdetko")."""
    words = words_before(lead, len(lead))
    for drop in range(1, nr.longest_modifier + 1):
        if len(words) > drop and " ".join(words[-drop:]) in nr.modifiers:
            kind, k = _cue(lead, nr, words[:-drop])
            if kind in ("occupation", "title", "rank"):
                return kind, k + drop
    end, places = len(words), 0
    while end and places < 3:
        n = next((n for n in range(nr.longest_place, 0, -1) if n <= end and " ".join(words[end - n:end]) in nr.known_heads), 0)
        if n:
            end, places = end - n, places + 1
        elif words[end - 1] in nr.held_at:
            end -= 1
        elif places and words[end - 1] in nr.org_heads or PhraseEnd.ABBREVIATION.fullmatch(words[end - 1]):
            # the body the title is of: "Người phát ngôn Bộ Ngoại giao Nga Maria Zakharova",
            # "Tổng giám đốc IAEA Rafael Grossi"
            end, places = end - 1, places + 1
        else:
            break
    if places and nr.title_end.length(words[:end]):
        return "title", len(words) - end + nr.title_end.length(words[:end])
    return "", 0


def _cue_examples(lead: str, nr: NameRules) -> tuple[str, int]:
    """The examples of a plural occupation: "nhiều cầu thủ Real Madrid như Sergio Ramos", "những
    cầu thủ đang thi đấu ở V.League là Hữu Dũng": a plural, an occupation, the rest of its clause
    (no punctuation, up to EXAMPLE_REACH words), then "như", "là", "gồm" right before the run. Another
    plural between is the nearer head ("cầu thủ đến từ các tỉnh như Hòa Phong": provinces)."""
    if lead[-1:] != " " or _last_word(lead).casefold() not in nr.examples_end.last_words:
        return "", 0
    words = words_before(lead, len(lead), 160)
    k = nr.examples_end.length(words)
    if not k:
        return "", 0
    for end in range(len(words) - k, max(0, len(words) - k - EXAMPLE_REACH), -1):
        last = words[end - 1]
        if last[-1:] in CLAUSE_MARKS or last[-1:] in ",)":
            break
        n = nr.occupation_end.length(words[:end])
        if n and " ".join(words[end - n:end]).casefold() in nr.companies_too:
            break
        if n and end - n > 0 and words[end - n - 1].casefold() in nr.plural or n and end - n > 1 and (
                " ".join(words[end - n - 2:end - n]).casefold() in nr.plural):
            return "example", k
        if last.casefold() in nr.plural:
            break
    return "", 0


# ------------------------------------------------------------------ guards

def guard_house_number(text, run, nr) -> bool:
    """ "trú tại 45 Lê Lợi": a number before a run makes it a street."""
    return bool(nr.house_number.search(text[max(0, run.start - 20):run.start]))


def guard_place_word(text, run, nr) -> bool:
    """"huyện Ninh Hải", "Trường THPT Phan Bội Châu", "Công ty TNHH Minh Long", "phim Hoa Sữa";
    but "Chủ tịch UBND tỉnh Phạm Anh Tuấn" is a person (a position before the level word, three
    syllables)."""
    # what stands before the run, not its own head ("Ông Lê Văn A", "Thủ tướng Nhật Bản Shinzo Abe")
    words = words_before(text, run.syl[0][0])
    strict = nr.not_person_strict.length(words)
    if strict and not run.cue or nr.not_person_word.length(words) > run.cue_len:
        return True  # "nhà báo Huyền Vũ" is a journalist: the cue is the longer phrase
    before = text[max(0, run.start - 60):run.start]
    g = nr.g
    territorial = before[-5:].rstrip().casefold().endswith("ủy") and g.territorial.search(before[-12:])
    lenient = nr.not_person_end.length(words)
    if not (territorial or lenient) or lenient and lenient <= run.cue_len:
        return False
    if len(run.name_words) < 3 or not (territorial or nr.levels.length(words)):
        return True
    return not g.position.search(before)


def guard_place_pair(text, run, nr) -> bool:
    """"hầm chui Điện Biên Phủ - Nguyễn Tri Phương": a junction of two streets."""
    before = text[max(0, run.start - 300):run.start]
    m = PLACE_PAIR.search(before) if before.rstrip()[-1:] in ("-", "–") else None
    if not m:
        return False
    words = before[:m.start(1)].split() + m.group(1).replace("_", " ").split()
    # the place is a street after a lower-case word ("hầm chui Điện Biên Phủ - …"), not a team
    # after its age group ("Tuyển thủ U19 Việt Nam - Đoàn Văn Hậu"); or a street word stands before
    # the first ("ngã tư Trần Huy Liệu - Nguyễn Trọng Tuyển")
    if any(" ".join(words[k:]) in nr.vn_places and words[k - 1].islower() for k in range(1, len(words))):
        return True
    q = len(words)
    while q and words[q - 1][:1].isupper():
        q -= 1
    return bool(q and (nr.not_person_word.length(words[:q]) or nr.not_person_end.length(words[:q])))


def guard_known(text, run, nr) -> bool:
    """A place of Viet Nam or of the world, or a phrase listed as no name ("Hồ Chí Minh", "Đoàn
    Thanh niên", and what starts with one: "Văn Phòng Chính phủ")."""
    w = run.name_words
    name = " ".join(w)
    if name in nr.places or name in nr.not_names:
        return True
    if not run.cue and len(w) > 2 and " ".join(w[:2]) in nr.places:
        return True  # "Đồng Tháp Mười": a place named after a place
    if not run.cue and len(w) > 2 and w[0] not in nr.surnames and " ".join(w[-2:]) in nr.places:
        return True  # "Nhi Đà Nẵng": a hospital's name ends with its city
    return len(w) > 2 and any(" ".join(w[:k]) in nr.not_name_heads for k in range(2, len(w)))


def guard_organisation(text, run, nr) -> bool:
    """"Lafelle Limited", "Forbes Vietnam", "Sài Gòn FC", "Tiki.vn": an organisation or a domain;
    "Quan Hệ Công Chúng": capitalised common words, no name."""
    w = run.name_words
    after = text[run.end:run.end + 12].split()[:1]
    if any(x in nr.org_words for x in w + after) or DOMAIN.match(text, run.end):
        return True  # "Lafelle Limited", "Sài Gòn FC", "Tiki.vn"
    if text[max(0, run.start - 2):run.start] == "& ":
        return True  # "Quỹ Bill & Melinda Gates", "Johnson & Johnson": a firm's or a fund's name
    if len(w) > 1 and w[-1] in nr.world_places and _foreign(w[:-1]):
        return True  # "Real Madrid", "Inter Milan": a club named after its city
    return len(w) >= 3 and tiled_by_words(w)


def guard_org_head(text, run, nr) -> bool:
    """"Nhà Văn Hóa", "Sở Văn Hóa", "Làng Văn Giang": a capitalised head noun, not a surname."""
    w = run.name_words
    return w[0] in nr.org_heads or len(w) > 1 and f"{w[0]} {w[1]}".casefold() in nr.org_heads_folded


def guard_quoted(text, run, nr) -> bool:
    """"“Hoa cúc vàng” cũng là ca khúc …": a run that opens a short quotation is a title or a
    nickname, unless a cue stands before the quotation (ca sĩ “Tùng Dương”)."""
    before = text[max(0, run.start - 40):run.start]
    if run.cue == "honorific" and QUOTE_HONORIFIC.search(before) and nr.honorific_end.length(
            QUOTE_HONORIFIC.search(before).group(1).split()):
        return bool(QUOTE_CLOSE.match(text[run.start:]))  # "“ông Phần Ma làng”": a nickname
    if not QUOTE_OPEN.search(before) or not QUOTE_CLOSE.match(text[run.start:]) or _closes_quotation(text, run.start):
        return False
    return not _cue(QUOTE_OPEN.sub("", before), nr)[0]


def _closes_quotation(text: str, at: int) -> bool:
    """Is the straight double quote before ``at`` the end of a quotation, not the start of one
    (an even count of them up to it: "… trong phim "Nhà bên sông," Thu Sa kể …")? Curly quotes
    say which they are; a straight single quote is also an apostrophe ("K'Ho"), so is left alone."""
    q = text[:at].rstrip()
    return q[-1:] == '"' and q.count('"') % 2 == 0


def guard_credit(text, run, nr) -> bool:
    """"Ảnh: Phương Hằng", "Tin, ảnh: Ngọc Ánh": a name right after a credit is the author's."""
    return bool(nr.credit_end.length(words_before(text, run.syl[0][0])))


GUARDS = (guard_credit, guard_known, guard_org_head, guard_organisation, guard_house_number, guard_place_word, guard_place_pair,
          guard_quoted)


def guarded(text: str, run: NameRun, nr: NameRules) -> bool:
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
    return "name-surname", SURNAME_CONF[(len(w) >= 3, bool(run.cue))], honorific


def by_cue(text, run, nr):
    """After an honorific, a position or an occupation: a name whatever its surname, Vietnamese
    ("ông Chẩu Văn Lâm", "nhạc sĩ Thanh Tùng") or foreign ("HLV Park Hang-seo", "HLV Mourinho")."""
    w = run.name_words
    if not run.cue or len(w) > 5:
        return None
    if run.cue == "example" and (len(w) > 4 or not _foreign(w) and tiled_by_words(w)):
        return None  # "các cầu thủ như Thanh Niên": common words, capitalised
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


def by_prefix(text, run, nr):
    """A Tây Nguyên name whose first syllable is a prefix fused to a capital ("H'Hen Niê", "K'Điệp"):
    no Vietnamese word is written so, though a people's name may be ("H'Mông", listed as no name)."""
    w = run.name_words
    if len(w) <= 4 and w[0] not in nr.not_names and any(
            w[0].startswith(p) and w[0][len(p):len(p) + 1].isupper() for p in nr.fused_prefixes):
        return "name-prefix", PREFIX_CONF, False
    return None


def by_description(text, run, nr):
    """A bracket that describes a person right after the run: an age, a year of birth, where the
    person lives ("Bảo Tín (SN 1990)", "Hoàng Anh (đang cư trú tại Đức)"). A surname and three
    syllables say more (``by_surname``); Vietnamese and foreign syllables mixed are no name here
    ("Nhóm Sanna Crew")."""
    w = run.name_words
    if run.cue or not 2 <= len(w) <= 4 or len(w) >= 3 and w[0] in nr.surnames or not nr.person_bracket.match(text, run.end):
        return None
    if len({is_vietnamese_syllable(x) for x in w}) > 1:
        return None
    return "name-described", DESCRIBED_CONF, False


def by_subject_verb(text, run, nr):
    """A foreign name of two syllables or more, no cue, right before a verb only a person is the
    subject of (``subject_verbs``: "Volodymyr Zelensky kêu gọi", "Bukayo Saka đánh đầu"), or of
    one word before what only a player does (``player_verbs``: "Rodrygo đá chính"); no place in
    it ("Bayern Munich"), no organisation (its guards)."""
    w = run.name_words
    if run.cue or not 1 <= len(w) <= 4 or not nr.subject_verb.match(text, run.end):
        return None
    before = words_before(text, run.syl[run.i][0], 12)
    if before and before[-1] in nr.not_subject_before:
        return None  # "Tiền đạo của Al Hilal lập cú đúp": the run is no subject
    if not _foreign(w):
        # Vietnamese syllables: two or three, before what only a player does ("Tiến Linh đánh đầu"),
        # no common word ("Thanh Niên")
        if not 2 <= len(w) <= 3 or tiled_by_words(w) or not nr.player_verb.match(text, run.end):
            return None
    elif len(w) == 1 and (len(w[0]) < 3 or not nr.player_verb.match(text, run.end)):
        return None  # one word: a player's name before what only a player does ("Rodrygo đá chính")
    if any(x in nr.places or x in nr.not_names for x in w):
        return None
    return "name-subject", SUBJECT_CONF, False


def by_given_first(text, run, nr):
    """A foreign given name first (``foreign_given_names``: "Jannik Sinner", "Robert Lewandowski"),
    two to four syllables, no place in them ("Victoria Harbour" is none if listed), no cue needed."""
    w = run.name_words
    if not 2 <= len(w) <= 4 or w[0] not in nr.foreign_given or not _foreign(w):
        return None
    if any(x in nr.places or x in nr.not_names for x in w):
        return None
    return "name-given-first", GIVEN_FIRST_CONF, False


CONSTRUCTIONS = (by_description, by_surname, by_cue, by_middle_name, by_prefix, by_subject_verb, by_given_first)


def _span(text: str, run: NameRun, rule: str, conf: float, honorific: bool, nr: NameRules) -> NameSpan:
    s, e = run.start, run.end
    if run.name_words[-1] in nr.name_suffixes and text[e:e + 1] == ".":
        e += 1  # "Ferdinand Marcos Jr.": the suffix's dot is the name's
    elif _foreign(run.name_words) and (m := REGNAL.match(text, e)):
        e = m.end()  # "Nữ hoàng Elizabeth II", "Vua Charles III": a regnal number
    return NameSpan(s, e, text[s:e], honorific=honorific, rule=rule, confidence=conf,
                    short=rule == "mention-given")


class Reading(NamedTuple):
    """What the names stage read in a sentence: its names, its *loose* runs (capitalised runs no
    rule explained: not a name, not a place, not guarded; left to the list construction and to
    the ner stage), and the runs a guard refused ("CLB Chelsea": "Chelsea" is no person here)."""
    names: list[NameSpan]
    loose: list[NameRun]
    refused: list[str]


def read_sentence(sent: Sentence, nr: NameRules) -> Reading:
    text = sent.text
    names, loose, refused = [], [], []
    starts = frozenset(s for s, _ in sent.tokens)
    for run in runs_of(text, nr):
        if len(run.words) == 1 and is_vietnamese_syllable(run.words[0]):
            if clause_start(text, run.syl[0][0]) or _after_comma(text, run.syl[0][0]):
                if nr.subject_verb.match(text, run.syl[0][1]):
                    # "Khang chia sẻ": a given name alone as a clause's subject, a name only where it
                    # stands for a full name of the article (link_article drops it otherwise)
                    a, b = run.syl[0]
                    names.append(NameSpan(a, b, text[a:b], rule="mention-subject", confidence=GIVEN_CONF, short=True))
                if clause_start(text, run.syl[0][0]):
                    continue  # a capitalised word that opens the sentence (not "Putin")
            before = words_before(text, run.syl[0][0], 16)
            last = before[-1].casefold() if before else ""
            if (last in nr.title_end.last_words and last not in nr.given_cue_ends and nr.title_end.length(before)
                    and not _starts_word(text, run.syl[0])):
                # "Tổng thống Lee", "Thủ tướng Chính": after a position, a short form only where it
                # stands for one full name of the article (link_article drops it otherwise)
                a, b = run.syl[0]
                names.append(NameSpan(a, b, text[a:b], rule="mention-after-title", confidence=GIVEN_CONF, short=True))
                continue
            if sent.joined[run.syl[0][1]:run.syl[0][1] + 1] == "_":
                continue  # the first syllable of a word ("thạc sĩ Quản_trị kinh doanh"), not a given name
            if not before or before[-1].lstrip(OPENING).casefold() not in nr.given_cue_ends:
                continue  # one Vietnamese syllable is a name only as a given name after its cue ("ông Tùng")
        read_run(text, run, nr, starts, sent.joined)
        if run.i >= run.j:
            continue
        if guarded(text, run, nr):
            refused.append(" ".join(run.name_words))
            continue
        for construction in CONSTRUCTIONS:
            found = construction(text, run, nr)
            if found:
                rule, conf, honorific = found
                names.append(_span(text, run, rule, conf, honorific, nr))
                break
        else:
            if len(run.name_words) > 1 or not is_vietnamese_syllable(run.words[run.i]):
                loose.append(run)  # one Vietnamese syllable with no cue is a word ("Chính phủ")
    names += [n for n in stage_names(text, nr) if not any(m.start < n.end and n.start < m.end for m in names)]
    return Reading(sorted(names, key=lambda n: n.start), loose, refused)


def stage_names(text: str, nr: NameRules) -> list[NameSpan]:
    """A stage name in capitals after an artist's occupation ("ca sĩ RHYDER"; rule ``name-stage``):
    one foreign-looking word of two vowels or more, no abbreviation ("diễn viên VTV") nor
    organisation word."""
    out = []
    for m in CAPITALS_WORD.finditer(text):
        word = m.group()
        if word in nr.abbreviations or sum(c in "AEIOUY" for c in word) < 2 or word.capitalize() in nr.org_words:
            continue
        if is_vietnamese_syllable(word) or not nr.stage_name_end.length(words_before(text, m.start())):
            continue
        out.append(NameSpan(m.start(), m.end(), word, rule="name-stage", confidence=STAGE_CONF))
    return out


def extract_names(sentences: list[Sentence], rules: Rules, left: dict | None = None) -> dict[int, list[NameSpan]]:
    """The names of each sentence (by sentence index), in text order, short forms linked. What
    is left for the ner stage goes into ``left``: "loose", the loose runs by sentence index, and
    "refused", what the guards refused (see ``leftovers``)."""
    nr = name_rules(rules)
    names, loose, refused = {}, {}, set()
    for s in sentences:
        reading = read_sentence(s, nr)
        names[s.index], loose[s.index] = reading.names, reading.loose
        refused.update(reading.refused)
    linked = link_article(sentences, names, loose, refused, nr)
    if left is not None:
        left.update(loose={k: runs for k, runs in loose.items() if runs}, refused=sorted(refused))
    return linked


def leftovers(sentences: list[Sentence], nr: NameRules) -> dict:
    """What ``extract_names`` leaves in ``left``, read again from the sentences."""
    loose, refused = {}, set()
    for s in sentences:
        reading = read_sentence(s, nr)
        if reading.loose:
            loose[s.index] = reading.loose
        refused.update(reading.refused)
    return {"loose": loose, "refused": sorted(refused)}


def find_names(sent: Sentence, nr: NameRules) -> list[NameSpan]:
    """The names of one sentence read alone (no article to link short forms to)."""
    return read_sentence(sent, nr)[0]


# ------------------------------------------------------------------ the article

# rules whose names a refusal elsewhere in the article overrules ("CLB Chelsea" … "giúp Chelsea giành")
OVERRULED = {"ner", "name-list", "mention-short", "name-occupation", "name-title", "name-example", "name-subject", "name-given-first"}


def link_article(sentences, names: dict[int, list[NameSpan]], loose: dict[int, list[NameRun]],
                 refused: set, nr: NameRules) -> dict[int, list[NameSpan]]:
    """Over the whole article: a name the guards refused elsewhere is none where only a weak
    rule found it; short forms are linked to the one full name they can stand for; runs and
    weak names listed beside a name are names. Sentences without names are left out."""
    texts = {s.index: s.text for s in sentences}
    refused = set(refused)
    names = {k: [n for n in found if not (n.rule in OVERRULED and n.text in refused)] for k, found in names.items()}
    loose = {k: [r for r in runs if " ".join(r.name_words) not in refused] for k, runs in loose.items()}
    full = _full_names(names)
    out = {}
    for index in set(names) | set(loose):
        found = [_link_short(n, full) for n in names.get(index, [])]
        found = [n for n in found if n.rule not in ("mention-subject", "mention-after-title") or n.person]
        # a run that repeats a name is one before the lists are read: "tin dùng Pogba, Van De Beek",
        # where "Van De Beek" is named in full elsewhere, lists Pogba beside a name
        found += _repeated(texts[index], found, loose.get(index, []), full)
        runs = [r for r in loose.get(index, []) if not any(n.start < r.end and r.start < n.end for n in found)]
        listed = [_link_short(n, full) for n in _listed(texts[index], found, runs, nr)]
        found = [n for n in found if not any(n.start == m.start and n.end == m.end for m in listed)] + listed
        if found:
            out[index] = sorted(found, key=lambda n: n.start)
    return out


def _full_names(names) -> dict[str, str]:
    """Each short form that stands for exactly one full name of the article ("" when several do):
    the name itself, its last syllable (a given name, a foreign surname), for a Vietnamese name of
    three syllables or more its last two ("Hữu Thắng"), and for a Korean name (a hyphenated given
    name last) its surname first ("Yoon Suk-yeol": "ông Yoon")."""
    forms: dict[str, set] = {}
    for found in names.values():
        for n in found:
            if n.short or n.person or n.confidence < 0.5:
                continue
            words = n.text.split()
            keys = {n.text, words[-1]}
            if len(words) >= 3:
                keys.add(" ".join(words[-2:]))
            if _korean_surname(words[0], n.text):
                keys.add(words[0])  # a Korean name, its surname first ("Yoon Suk-yeol" … "ông Yoon")
            for k in keys:
                forms.setdefault(k, set()).add(n.text)
    longest = {}
    for k, full in forms.items():
        # "Thanh Bình" is the full name "Thanh Bình" and the short form of "Phạm Thanh Bình": the longer one
        full = {f for f in full if not any(o != f and (o.endswith(" " + f) or _korean_surname(f, o)) for o in full)} or full
        longest[k] = next(iter(full)) if len(full) == 1 else ""
    return longest


def _korean_surname(short: str, name: str) -> bool:
    """Is ``short`` the surname of the Korean name ``name`` ("Park" of "Park Hang-seo")?"""
    words = name.split()
    return 2 <= len(words) <= 3 and "-" in words[-1] and words[0] == short


def _link_short(n: NameSpan, full: dict[str, str]) -> NameSpan:
    """``n`` linked to the one full name it stands for; a given name alone after its cue ("ông
    Tùng", weak alone) is then a sure mention of that person."""
    target = full.get(n.text, "")
    if target and target != n.text and (n.short or len(n.text.split()) < len(target.split())):
        return replace(n, person=target, short=True, confidence=max(n.confidence, LINKED_CONF))
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


def _listed(text, found, runs, nr) -> list[NameSpan]:
    """"tiền vệ Tuấn Anh, Xuân Trường", "Văn Kiên, Thành Chung (Hà Nội FC)": loose runs and weak
    names (two syllables, no cue) in a list (commas, "và") with a name of the sentence are names."""
    items = sorted([(n.start, n.end, n) for n in found if n.person or not n.short]
                   + [(r.start, r.end, r) for r in runs if _listable(r) and not _parenthesised(text, r.start, r.end)],
                   key=lambda x: x[0])
    out: list[NameSpan] = []
    chain: list = []
    for item in items:
        if chain and nr.list_gap.match(text[chain[-1][1]:item[0]]):
            chain.append(item)
        else:
            out += _chain_names(text, chain, nr)
            chain = [item]
    out += _chain_names(text, chain, nr)
    return out


def _parenthesised(text: str, start: int, end: int) -> bool:
    """Is the span inside a short parenthesis ("Ti Phông (Sanna), Thanh Hậu"), which a list steps
    over between its items (``glue.list_joiners``' gap) and which is no item of it?"""
    opened, closed = text.rfind("(", max(0, start - 40), start), text.rfind(")", max(0, start - 40), start)
    return opened > closed and ")" in text[end:end + 40].split("(", 1)[0]


def _listable(run: NameRun) -> bool:
    w = run.name_words
    return 1 <= len(w) <= 4 and (len(w) >= 2 or not is_vietnamese_syllable(w[0]))


def _foreign(words) -> bool:
    """Is a syllable foreign ("Putin", "Hang-seo")? A lone capital or an initial says nothing."""
    return not all(is_vietnamese_syllable(w) or len(w.rstrip(".")) == 1 for w in words)


def _anchor(x) -> bool:
    return isinstance(x, NameSpan) and (bool(x.person) or x.confidence >= 0.5)


def _chain_names(text, chain, nr) -> list[NameSpan]:
    """The loose runs and weak names of a list with a name in it, of the same kind as its names
    (Vietnamese or foreign): "ông Trần Công Cận, Lafelle Limited" lists a person and a company."""
    anchors = [x for _, _, x in chain if _anchor(x)]
    kinds = {_foreign(x.text.split()) for x in anchors}
    if len(anchors) >= 2:
        kinds.add(True)  # a list of several people takes foreign names among them ("Lê Văn A, Michon, Trần B")
    # so does a list after an occupation, of two words or a given name ("ca sĩ Bích Phương và Erik",
    # "danh hài Trấn Thành và Hari Won"; not "ca sĩ Mỹ Tâm và Samsung")
    cued = any(x.rule == "name-occupation" for x in anchors)
    out = []
    for s, e, x in chain:
        if isinstance(x, NameRun) and (_foreign(x.name_words) in kinds or _foreign(x.name_words) and cued and (
                len(x.name_words) >= 2 or x.name_words[0] in nr.foreign_given)):
            out.append(NameSpan(s, e, text[s:e], rule="name-list", confidence=LIST_CONF))
        elif isinstance(x, NameSpan) and not _anchor(x) and not x.short and _foreign(x.text.split()) in kinds:
            out.append(replace(x, rule="name-list", confidence=LIST_CONF))
    return out
