"""The title grammar: find "[marker] POSITION [qualifier] [BODY]" in a sentence.

Positions come from ``rules/titles.yaml`` and are matched case-insensitively; the body is
read word by word (underthesea's words, through the sentence's joined form) so that
"Bí thư Huyện ủy Ninh Hải" keeps its place name and "Chủ tịch UBND tỉnh Phạm Anh Tuấn"
stops before the person.
"""
from __future__ import annotations

import regex

from .. import patterns

from ..ruleset import JOINED_SPACE, Rules, alternation, compiled, load_rules
from ..text import is_vietnamese_syllable
from .state import TitleSpan

WS = JOINED_SPACE
CAP_SYLLABLE = patterns.compile(r"^(?:\p{Lu}\p{Ll}*|\p{Lu}')(?:-\p{Lu}\p{Ll}*)?$")


def _alt(phrases) -> str:
    return alternation(phrases, JOINED_SPACE)


WORD = patterns.compile(r"[\p{L}\p{M}\p{N}_'.&-]+")  # "KH&ĐT" is one word
CAPS_RUN = patterns.compile(r"(?:\p{Lu}\S*)(?: \p{Lu}\S*)*")
DASH_PARENT = patterns.compile(r"[ _]+[-–][ _]+")
COMMA_PARENT = patterns.compile(r",[ _]+")
BRACKET_PLACE = patterns.compile(r"[ _]*\([ _]*")
BRACKET_CLOSE = patterns.compile(r"[ _]*\)")
GLUED_PLACE = patterns.compile(r" ((?:\p{Lu}\p{Ll}*)(?:_\p{Lu}\p{Ll}*)?)_\p{Ll}")
HYPHENED = patterns.compile(r"[\p{L}\p{N}.&]+(?:-[\p{L}\p{N}.&]+)+")
SYLLABLE = patterns.compile(r"[\p{L}\p{N}.&]*[\p{L}\p{N}]")
LOWER_THEN_NAME = patterns.compile(r"\p{Ll}\S*[ _]\p{Lu}")
NUMBER_GOES_ON = patterns.compile(r"[/,.]\d")
LOWER_WORDS = patterns.compile(r"(?:[ _]+[\p{Ll}\p{M}][\p{L}\p{M}_]*){1,4}(?=[ _]\p{Lu})")
CONNECTOR = patterns.compile(r"(?:và|-|–|&)[ _]")
# a word of its own (no "_": the segmenter joined it to nothing), capitalised, of letters and digits
BRAND = patterns.compile(r"\p{Lu}[\p{L}\p{N}&]+(?:_\p{Lu}[\p{L}\p{N}&]*)*(?:\.[a-z]{2,3}(?:\.[a-z]{2})?)?"  # "Tiki.vn"
                      r"(?=_\p{Ll}|[^\p{L}\p{M}\p{N}_.]|\.(?!\p{L})|$)")
BRAND_DASH = patterns.compile(r"[ _]+[-–][ _]+")  # "Giám đốc điều hành - Oriflame Vietnam"
BODY_OF = patterns.compile(r"[ _]+của[ _]+")
JOINED_AND = patterns.compile(r"[ _]+và[ _]+")
BRAND_CLOSED = patterns.compile(r"[ _]*(?:[,;:.!?)]|[-–][ _]|$)")
# "Bộ Văn hóa, Thể thao và Du lịch": a comma inside a body's name, where one word and "và" a second follow
COMMA_IN_NAME = patterns.compile(r",[ _]+(?=\p{Lu}[\p{L}\p{M}_]*[ _]+và[ _]+\p{Lu}"
                              r"|\p{Lu}[\p{L}\p{M}_]*(?:[ _]+\p{Ll}[\p{L}\p{M}_]*)?[ _]+của[ _]+Quốc[ _]hội)")
# ("Ủy ban Tài chính, Ngân sách của Quốc hội": a committee of the National Assembly named by two fields)
COUNCIL_AFTER = patterns.compile(r",[ _]+(?=HĐND|Hội[ _]đồng[ _]nhân[ _]dân)")
GLUED = patterns.compile(r"(?<=(?:^|[\s_])\p{Ll}[\p{L}\p{M}]*)_(?=\p{Lu})")



class Grammar:
    def __init__(self, rules: Rules):
        t = rules.titles
        self.rules = rules
        self.abbrev = rules.abbreviations
        wholes = t["whole_titles"] + t["abbreviated_whole_titles"]
        pos = _alt(t["positions"] + t["abbreviated_positions"] + wholes)
        markers = _alt(t["markers"])
        quals = _alt(t["qualifiers"])
        self.position = patterns.compile(
            rf"(?<![\p{{L}}\p{{M}}_])(?:(?P<marker>{markers}){WS})?(?P<pos>{pos})(?:{WS}(?P<qual>{quals}))?(?![\p{{L}}\p{{M}}])",
            regex.I)
        # a marker the segmenter glued to the word before it ("giữ chức_quyền Bí_thư"): split there
        # "Bộ trưởng Tài chính": a minister's ministry without "Bộ" (not "Thứ trưởng Thường trực Bộ …")
        self.ministry_without_bo = patterns.compile(
            rf"^((?:(?:{markers}) )?(?:{_alt(t['positions_naming_a_ministry'])})) (?!(?:Bộ|{quals})(?![\p{{L}}\p{{M}}]))(?=\p{{Lu}})",
            regex.I)
        self.same_titles = {k.casefold(): v for k, v in t["same_titles"].items()}
        self.same_title = patterns.compile(rf"^(?P<marker>(?:{markers}) )?(?P<long>{_alt(list(t['same_titles']))})(?![\p{{L}}\p{{M}}])",
                                        regex.I) if t["same_titles"] else None
        self.glued_marker = patterns.compile(rf"(?<=(?:^|\s)\p{{Ll}}[\p{{L}}\p{{M}}]*)_(?=(?i:{markers})[ _]\p{{Lu}})")
        self.qualifier_start = patterns.compile(rf"(?:{quals})(?![\p{{L}}\p{{M}}])", regex.I)
        self.whole = {w.casefold() for w in wholes}
        self.territorial = patterns.compile(rf"(?:{_alt(t['bodies']['territorial'])})(?![\p{{L}}\p{{M}}])", regex.I)
        # case-insensitive, but a lower-case head is a body only with a name after it ("khoa sư phạm")
        self.org = patterns.compile(rf"(?:{_alt(t['bodies']['organisational'])})(?![\p{{L}}\p{{M}}])", regex.I)
        self.body_words = patterns.compile(rf"(?:{_alt(t['body_words'])})(?![\p{{L}}\p{{M}}])")
        self.body_words_folded = patterns.compile(rf"(?:{_alt(t['body_words'])})(?![\p{{L}}\p{{M}}])", regex.I)
        self.level = patterns.compile(rf"(?:{_alt(t['levels'])})(?![\p{{L}}\p{{M}}])")
        # "Trưởng Công an Thị xã", "Chủ tịch UBND Huyện": a local paper's own unit, its level capitalised and
        # standing for its name (nothing capitalised after it; "Thị xã Tây Ninh" is a level and a name)
        capitalised = [lv[:1].upper() + lv[1:] for lv in t["levels"] if lv[:1].islower()]
        self.own_level = patterns.compile(rf"(?:{_alt(capitalised)})(?![\p{{L}}\p{{M}}])(?![ _]+\p{{Lu}})")
        self.level_descriptor = patterns.compile(rf"[ _]+(?:{_alt(t['level_descriptors'])})[ _]+(?=\p{{Lu}})")
        self.places = rules.places
        # a known place at a position, its words joined by spaces or by the segmenter's "_"
        self.known_place = patterns.compile(rf"(?:{_alt(rules.places)})(?![\p{{L}}\p{{M}}])")
        # body words that are also verbs ("kiểm tra", "tổ chức"): part of a name only right after its head
        self.verb_like = set(t["verb_like_body_words"])
        self.surnames = rules.surnames
        self.named_heads = {w.casefold() for w in t["positions_naming_a_body"]}
        self.ministers = {w.casefold() for w in t["positions_naming_a_ministry"]}
        self.place_heads = {w.casefold() for w in t["positions_naming_a_place"]}
        self.province_posts = {w.casefold() for w in t["province_posts"]}
        provinces = sorted(rules.provinces - set(t["province_post_exceptions"]))
        self.province_after = patterns.compile(rf"[ _](?:{_alt(provinces)})(?![\p{{L}}\p{{M}}_])") if provinces else None
        posts = _alt(t["province_posts"])
        self.province_post = patterns.compile(rf"(?P<post>{posts}) (?P<seat>{_alt(provinces)})", regex.I) if provinces else None
        self.level_heads = {w.casefold() for w in t["levels"]}
        self.company_positions = {w.casefold() for w in t["company_positions"]}
        self.state_positions = {w.casefold() for w in t["state_and_company_positions"]}
        self.function_area = patterns.compile(rf"[ _]+(?:{_alt(t['function_areas'])})(?![\p{{L}}\p{{M}}])")
        self.editor_note = patterns.compile(rf"[-–][ _]+(?:{_alt(t['editor_notes'])})[ _]*\)")
        # the kind of business before a brand, and up to four lower-case words of it ("website thương mại điện tử ")
        self.brand_kind = patterns.compile(rf"[ _]+(?:{_alt(t['brand_kinds'])})(?:[ _]+\p{{Ll}}[\p{{L}}\p{{M}}]*){{0,4}}?[ _](?=\p{{Lu}})")
        self.company = patterns.compile(rf"(?:{_alt(t['company_bodies'])})$", regex.I)
        self.company_head = patterns.compile(rf"(?:{_alt(t['company_bodies'])})(?![\p{{L}}\p{{M}}])")
        self.country = patterns.compile(rf"(?:{_alt(sorted(rules.countries))})(?![\p{{L}}\p{{M}}])")
        self.world_place = patterns.compile(rf"(?:{_alt(sorted(rules.world_places))})(?![\p{{L}}\p{{M}}])")
        self.country_link = patterns.compile(rf"[ _]+(?:{_alt(t['country_links'])})[ _]+")
        self.named_after = patterns.compile(rf"(?:{_alt(t['bodies_named_after_people'])})$", regex.I)
        self.standalone = patterns.compile(rf"(?:{_alt(t['standalone_bodies'])})(?![\p{{L}}\p{{M}}])")
        self.lowercase_bodies = {w.casefold() for w in t["lowercase_bodies"]}
        # "Ban Chỉ đạo phòng, chống thiên tai tỉnh": a body named by its purpose, lower case up to a level
        self.purpose_head = patterns.compile(rf"(?:{_alt(t['purpose_bodies'])})[ _]*$", regex.I)
        self.purpose_name = patterns.compile(rf"(?:[\p{{Ll}}\p{{M}}_]+,?[ _]+){{1,10}}?(?=(?:{_alt(t['levels'])})(?![\p{{L}}\p{{M}}]))")
        self.membership = patterns.compile(rf"(?<![\p{{L}}\p{{M}}_])(?:(?P<ban>{_alt(t['membership_bodies'])})|"
                                        rf"{_alt(t['membership_bodies_short'])})(?=[ _])")
        self.member_word = t["member_word"][0]
        self.upper_level_after = patterns.compile(rf",[ _]+(?:{_alt(t['upper_levels'])})[ _]+(?=\p{{Lu}})")
        self.seated = patterns.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_alt(t['seated_body_words'])})$")
        self.seat_link = patterns.compile(rf"[ _]+(?:{_alt(t['seat_links'])})[ _]+")
        self.district_after = patterns.compile(rf",[ _]+(?:{_alt(t['district_levels'])})[ _]*(?=\p{{Lu}})")
        self.commune_level = patterns.compile(rf"(?<![\p{{L}}\p{{M}}])(?<!thị[ _])(?:{_alt(t['commune_levels'])})(?![\p{{L}}\p{{M}}])")
        self.lower_level = patterns.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_alt(t['lower_levels'])})(?![\p{{L}}\p{{M}}])", regex.I)
        self.parent = patterns.compile(rf"(?:{_alt(t['parent_bodies'])})(?![\p{{L}}\p{{M}}])")
        self.unit_word = patterns.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_alt(t['unit_words'])})(?![\p{{L}}\p{{M}}])")
        self.descriptive_head = patterns.compile(rf"(?:{_alt(t['descriptive_heads'])})(?![\p{{L}}\p{{M}}])")
        stops = _alt(t["descriptive_name_stops"])
        # lower-case words (and capitalised ones, an abbreviation, "và") to a comma, a bracket or a dash, to the
        # sentence's end after a capitalised word or a number ("… Quân khu 9."), or to a word that ends a noun
        # phrase ("… cho bà A"); none of them a stop
        word = rf"(?!(?:{stops})(?![\p{{L}}\p{{M}}]))[\p{{L}}\p{{M}}\p{{N}}&'_-]+(?:\.[\p{{L}}\p{{M}}\p{{N}}&'_-]+)*"
        self.descriptive_tail = patterns.compile(
            rf"(?:[ _]+{word}){{1,12}}?(?:(?=[ _]*(?:[,;()]|[ _][-–][ _]))|(?<=[ _](?:\p{{Lu}}[\p{{L}}\p{{M}}_.]*|\d{{1,3}}))(?=[ _]*[.!?]?$)"
            rf"|(?=[ _]+(?:{_alt(t['descriptive_name_ends'])})(?![\p{{L}}\p{{M}}])))")
        self.unit_parent = patterns.compile(rf"(?:{_alt(t['unit_parents'])})[ _]+(?=\p{{Lu}})")
        self.linked_body = patterns.compile(rf"[ _]+(?:{_alt(t['body_links'])})[ _]+(?=(?:{_alt(t['bodies']['organisational'])})(?![\p{{L}}\p{{M}}]))")

    # -- words

    def word_at(self, joined: str, i: int) -> str:
        m = WORD.match(joined, i)
        return m.group().rstrip(".-").replace("_", " ") if m else ""

    def is_capitalised(self, word: str) -> bool:
        return bool(word) and word[0].isupper()

    def looks_like_person(self, word: str) -> bool:
        """Every syllable capitalised, 2-5 of them, a known surname first, not a known place."""
        syl = word.split()
        if not 2 <= len(syl) <= 5 or not all(CAP_SYLLABLE.match(s) for s in syl):
            return False
        if word in self.places or word in self.rules.not_names:
            return False
        return syl[0] in self.surnames or " ".join(syl[:2]) in self.surnames

    def place_after(self, joined: str, i: int) -> int:
        """End of a place name starting at ``i`` (a capitalised word that is not a person), or ``i``."""
        word = self.word_at(joined, i)
        if word.isdigit():
            return i + len(word)  # "quận 8", "phường 3"
        # the tokenizer may glue a verb onto the place ("Tân_Lạc_giữ"): a place is capitalised syllables only
        caps = CAPS_RUN.match(word)  # None for "Ⅺ": upper case, not a letter
        word = caps.group() if caps else word
        if not self.is_capitalised(word) or word.isupper() and len(word) > 1 and word not in self.places:
            return i
        if self.org.match(joined, i):
            return i  # "Đảng ủy Trường Đại học …": an organisation, not a place
        known = self.known_place.match(joined, i)
        if known:
            return known.end()
        if self.looks_like_person(word) and len(word.split()) >= 3:
            return i
        if len(word.split()) > 3:
            return i + self._place_before_person(word)
        return i + len(word) + self._glued_rest(joined, i + len(word), word)

    def _place_before_person(self, word: str) -> int:
        """"Tân_Phú_Kiều_Văn_Nam": the segmenter glued a place to the person named after it; the length of the
        place (up to three syllables, before syllables that look like a person's name), or 0."""
        syl = word.split()
        for k in range(1, min(3, len(syl) - 2) + 1):
            if self.looks_like_person(" ".join(syl[k:])):
                return len(" ".join(syl[:k]))
        return 0

    def _rest_of_glued_place(self, joined: str, start: int, end: int) -> int:
        """"TP.Thủ Dầu_Một": glued to its level, a place's first syllable is a token of its own; the capitalised
        token after it is the rest of the place (up to three syllables in all), not a person, body or title."""
        if " " in joined[start:end].replace("_", " ") or joined[end:end + 1] != " ":
            return end
        nxt = self.word_at(joined, end + 1)
        caps = CAPS_RUN.match(nxt)
        if (not caps or caps.group() != nxt or len(nxt.split()) > 2 or nxt.isupper()
                or self.looks_like_person(nxt) or nxt in self.rules.not_names
                or self.org.match(joined, end + 1) or self.position.match(joined, end + 1)
                or self.territorial.match(joined, end + 1)):
            return end
        return end + 1 + len(nxt)

    def _glued_rest(self, joined: str, end: int, word: str) -> int:
        """Length of the place's second syllable when the tokenizer glued it to the next words
        ("Tỉnh_ủy_Hòa Phong_nhiệm_kỳ"): capitalised syllables then a lower-case one, in one token."""
        if " " in word or word in self.places or joined[end:end + 1] != " ":
            return 0
        m = GLUED_PLACE.match(joined, end)
        return len(m.group(1)) + 1 if m else 0

    # -- bodies

    def body_end(self, joined: str, i: int) -> int:
        """Read a body starting at ``i``; return where it ends (``i`` if there is none)."""
        end = i
        while True:
            j = end
            link = self.linked_body.match(joined, j) if j != i else None
            if link:
                j = link.end()  # "Ủy ban Quốc phòng và An ninh của Quốc hội"
            elif j < len(joined) and joined[j] in " _":
                j += 1
            elif j != i:
                break
            k = self._unit(joined, j)
            if k == j:
                break
            end = k
        return end

    def _unit(self, joined: str, j: int) -> int:
        syllable = HYPHENED.match(joined, j)
        if syllable and self._abbreviated(syllable.group()):
            return self._names(joined, syllable.end())  # "HĐND-UBND xã …"
        m = self.territorial.match(joined, j)
        if m and LOWER_THEN_NAME.match(m.group()):
            m = None  # "tỉnh Đoàn Văn Phi" is a place and a name, not "Tỉnh đoàn"
        if m:
            k = m.end()
            if k < len(joined) and joined[k] in " _":
                lv = self.level.match(joined, k + 1)
                after = lv.end() + 1 if lv else k + 1
                p = self.place_after(joined, after)
                if p > after:
                    return p
            # "Đảng ủy các cơ quan Đảng Trung ương", "Đảng ủy Cơ quan Tạp chí Cộng sản"
            return self._names(joined, k)
        purpose = self.purpose_name.match(joined, j) if self.purpose_head.search(joined, max(0, j - 30), j) else None
        if purpose:
            return self._unit(joined, purpose.end())  # "Ban Chỉ đạo phòng, chống thiên tai" + "tỉnh …"
        m = self.org.match(joined, j)
        if m:
            company = bool(self.company.match(m.group()))
            end = self._names(joined, m.end(), named_after_a_person=company or bool(self.named_after.match(m.group())),
                              company=company)
            if company:
                end = self._company_name(joined, end)
            if (m.group()[:1].islower() and end == m.end()
                    and m.group().replace("_", " ").casefold() not in self.lowercase_bodies):
                level = self.level.match(joined, end + 1) if joined[end:end + 1] in " _" else None
                if level:
                    return self._unit(joined, end + 1)  # "giám đốc công an tỉnh": its level names it
                return j  # a lower-case "sở" heads a body only with its name ("sở Kế hoạch - đầu tư")
            return end
        m = self.level.match(joined, j)
        if m:
            whole = self.known_place.match(joined, j)
            if whole and whole.end() > m.end():
                return whole.end()  # "TP.HCM": a level and its place written as one word
            k = m.end()
            described = self.level_descriptor.match(joined, k)
            if described and self.place_after(joined, described.end()) > described.end():
                return self.place_after(joined, described.end())  # "huyện miền núi Tây Giang"
            glued = joined[k:k + 1] == "." and joined[k + 1:k + 2].isupper()  # "TP.Hải_Phòng"
            if k < len(joined) and (joined[k] in " _" or glued):
                p = self.place_after(joined, k + 1)
                if p > k + 1 and glued:
                    p = self._rest_of_glued_place(joined, k + 1, p)
                if p > k + 1:
                    return p
            return k
        own = self.own_level.match(joined, j)
        if own and not self.territorial.match(joined, j):
            return own.end()
        standalone = self.standalone.match(joined, j)
        country = self.country.match(joined, j)
        if standalone and not (country and self.country_link.match(joined, country.end())):
            return standalone.end()  # "Trung ương", "Đảng", "Nhà nước"
        if country:
            place = self.known_place.match(joined, j)
            if place is None or place.end() <= country.end():  # not "Lào Cai"
                at = self.country_link.match(joined, country.end())
                there = (self.country.match(joined, at.end()) or self.world_place.match(joined, at.end())) if at else None
                return there.end() if there else country.end()  # "Nga", "Việt Nam tại Nhật Bản", "… tại Thượng Hải"
        syllable = SYLLABLE.match(joined, j)
        if syllable and self._abbreviated(syllable.group()):
            return self._names(joined, syllable.end())  # "VKSND tối cao", "BTV" (then "Tỉnh ủy" …)
        return j

    def _company_name(self, joined: str, end: int) -> int:
        """A company's name may hold lower-case words before its proper name ("Công ty CP Lọc hóa
        dầu Bình Sơn", "Công ty TNHH MTV Tư vấn du học Nhật Bản Bắc Nam"): read on while a few of
        them lead to a capitalised word that is no person's name."""
        while True:
            lower = LOWER_WORDS.match(joined, end)
            if not lower:
                return end
            word = self.word_at(joined, lower.end() + 1)
            if not self._org_capitalised(joined, lower.end() + 1, word):
                return end
            end = self._names(joined, lower.end())

    def _abbreviated(self, word: str) -> bool:
        """An abbreviated body ("UBND", "T.Ư"), or several joined by a hyphen ("HĐND-UBND")."""
        if word in self.abbrev:
            return True  # "LĐ-TB&XH"
        parts = word.replace(" ", "").split("-")
        return bool(word) and all(part in self.abbrev for part in parts)

    def _names(self, joined: str, k: int, named_after_a_person: bool = False, company: bool = False) -> int:
        """Words naming an organisation ("Tổ chức", "Kế hoạch và Đầu tư", "Văn hóa - thể thao", "Quân khu 1").
        A company or a school may be named after a person ("Công ty Hà Phát", "Trường THCS Nguyễn Du"):
        one word may look like a person's name; a school's or a hospital's only before its own
        proper name ("Bệnh viện Chợ Rẫy Phạm Thanh Việt" is a hospital and a person), a company's
        anywhere ("Cty TNHH Một thành viên CNTT Cái Lân")."""
        end = k
        while end < len(joined):
            comma = COMMA_IN_NAME.match(joined, end) if end > k else None
            if joined[end] not in " _" and not comma:
                break
            s = comma.end() if comma else end + 1
            first = end == k
            step = (self._name_word(joined, s, first) if comma
                    else self._name_word(joined, s, first) or self._connected_word(joined, s))
            if not step and named_after_a_person:
                word = self.word_at(joined, s)
                step = s + len(word) if self.is_capitalised(word) and self.looks_like_person(word) else 0
                named_after_a_person = False  # one name: "Công ty Hà Phát Trần Văn Dũng" is a company and a person
            if not step:
                break
            if named_after_a_person and not company and self._proper_word(joined, s):
                named_after_a_person = False  # "Bệnh viện Chợ Rẫy Phạm Thanh Việt": named, then a person
            end = step
        return end

    def _name_word(self, joined: str, s: int, first: bool) -> int:
        """End of one word of an organisation's name at ``s``, or 0."""
        word = self.word_at(joined, s)
        if self._org_capitalised(joined, s, word):
            return s + len(word)
        if len(word) <= 3 and word.isdigit() and not NUMBER_GOES_ON.match(joined, s + len(word)):
            return s + len(word)  # "Quân khu 1", "Sư đoàn 316"; not "Sở Công thương 44/83 phiếu"
        bw = self.body_words.match(joined, s)
        if bw and (first or bw.group().replace("_", " ") not in self.verb_like):
            return bw.end()
        return 0

    def _proper_word(self, joined: str, s: int) -> bool:
        """A capitalised word of a proper name ("Chợ Rẫy", "Hà Nội"), not an abbreviation ("THCS")
        nor a capitalised kind of body ("Tiểu học", "Đa khoa")."""
        word = self.word_at(joined, s)
        return (self.is_capitalised(word) and not word.isupper()
                and not self.body_words_folded.match(joined, s))

    def _connected_word(self, joined: str, s: int) -> int:
        """ "và Đào tạo", "- thể thao", "& XH": a connector and the word it joins, or 0."""
        conn = CONNECTOR.match(joined, s)
        if not conn:
            return 0
        t = conn.end()
        nxt = self.word_at(joined, t)
        if self.editor_note.match(joined, s):
            return 0  # "(A, Giám đốc Tiki.vn - PV)": the note is the reporter's, not the body's
        if self._org_capitalised(joined, t, nxt):
            return t + len(nxt)
        bw = self.body_words.match(joined, t)
        if bw and bw.group().replace("_", " ") not in self.verb_like:
            return bw.end()
        return 0

    def _org_capitalised(self, joined: str, s: int, word: str) -> bool:
        caps = CAPS_RUN.match(word)
        if caps and caps.end() < len(word) and self.looks_like_person(caps.group()):
            return False  # "Nguyễn_Hòa_Bình_dự": a name the segmenter glued to the next verb
        return (self.is_capitalised(word) and not self.looks_like_person(word)
                and not self.position.match(joined, s) and not self.level.match(joined, s)
                and not self.territorial.match(joined, s))

    # -- titles

    def _seat_after(self, joined: str, start: int, body: int) -> int:
        """"Chánh án TAND cấp cao tại Đà Nẵng": the seat of a body whose name ends in a seated word, after "tại"."""
        m = self.seat_link.match(joined, body)
        if not m or not self.seated.search(joined[start:body].replace("_", " ")):
            return body
        end = self.place_after(joined, m.end())
        return end if end > m.end() else body

    def _district_after_commune(self, joined: str, start: int, body: int) -> int:
        """"Chủ tịch UBND xã Tân Lạc, huyện Phú Điền": the district of a commune's body, after a comma."""
        m = self.district_after.match(joined, body)
        commune = self.commune_level.search(joined, start, body) if m else None
        if not m or not commune or not joined[commune.end():body].strip(" _"):
            return body  # "Chủ tịch UBND xã, huyện …": no commune named
        end = self.place_after(joined, m.end())
        return end if end > m.end() else body

    def _province_after_district(self, joined: str, start: int, body: int) -> int:
        """"Bí thư Huyện ủy Yên Lập, tỉnh Phú Thọ": the province of a district body, after a comma."""
        m = self.upper_level_after.match(joined, body)
        if not m or not self.lower_level.search(joined, start, body):
            return body
        end = self.place_after(joined, m.end())
        return end if end > m.end() else body

    def _parent_after_dash(self, joined: str, body: int) -> int:
        """"Tổng cục Giáo dục nghề nghiệp - Bộ LĐ-TB&XH": the body a body belongs to, after a dash."""
        m = DASH_PARENT.match(joined, body)
        syllable = SYLLABLE.match(joined, m.end()) if m else None
        known = m and (self.org.match(joined, m.end()) or syllable and syllable.group() in self.abbrev)
        if not known or self.position.match(joined, m.end()):
            return body  # a body after the dash: "… - Bộ LĐ-TB&XH", "… – TANDTC"
        end = self.body_end(joined, m.end())
        return end if end > m.end() else body

    def _parents_after_comma(self, joined: str, body: int) -> int:
        """"Phó Chủ nhiệm Chính trị Sư đoàn 316, Quân khu 2", "Trung đoàn trưởng, Trung đoàn 98, Sư
        đoàn 316": the bodies a title's body belongs to, each after a comma (rule group parent_bodies)."""
        while True:
            m = COMMA_PARENT.match(joined, body)
            if not m or not self.parent.match(joined, m.end()) or self.position.match(joined, m.end()):
                return body
            end = self.body_end(joined, m.end())
            if end <= m.end() or end == self.parent.match(joined, m.end()).end():
                return body  # the head alone ("…, Cơ quan …" read no further) is no body
            body = end

    def _parent_of_unit(self, joined: str, start: int, body: int) -> int:
        """"Phó Trưởng phòng Tổ chức cán bộ, Sở Nội vụ", "Vụ trưởng Vụ Pháp chế, Bộ Y tế": the department
        or ministry a unit belongs to, after a comma (rule groups unit_words, unit_parents)."""
        m = COMMA_PARENT.match(joined, body)
        if not m or not self.unit_parent.match(joined, m.end()) or not self.unit_word.search(joined, start, body):
            return body
        end = self.body_end(joined, m.end())
        return end if end > self.unit_parent.match(joined, m.end()).end() else body

    def province_seat(self, key: str) -> tuple[str, str] | None:
        """("bí thư", "đà nẵng") for a role's key that is a province post and its province alone ("bí thư đà nẵng")."""
        m = self.province_post.fullmatch(key) if self.province_post else None
        return (m.group("post").casefold(), m.group("seat").casefold()) if m else None

    def _descriptive_name(self, joined: str, start: int, body: int) -> int:
        """"Vụ trưởng Vụ Tài chính các ngân hàng và Tổ chức tài chính, …": a department named by what it does reads
        on in lower-case words to the end of its phrase (rule groups descriptive_heads, descriptive_name_stops)."""
        head = self.descriptive_head.match(joined, start + 1) if joined[start:start + 1] in " _" else None
        if not head or body < head.end():
            return body
        tail = self.descriptive_tail.match(joined, body)
        if not tail or any(self.looks_like_person(w) for w in tail.group().replace("_", " ").split() if w[:1].isupper()):
            return body
        return tail.end()

    def _place_in_brackets(self, joined: str, body: int) -> int:
        """"Giám đốc Sở Y tế (tỉnh Hòa Phong)": the place of a body, in brackets right after it."""
        m = BRACKET_PLACE.match(joined, body)
        lv = self.level.match(joined, m.end()) if m else None
        if not lv or joined[lv.end():lv.end() + 1] not in " _":
            return body
        end = self.place_after(joined, lv.end() + 1)
        close = BRACKET_CLOSE.match(joined, end) if end > lv.end() + 1 else None
        return close.end() if close else body

    def _linked_after(self, joined: str, body: int) -> int:
        """"Trưởng Ban Công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội": the body a position's own body (read
        with the position: "Trưởng Ban …") belongs to, after a body link, as ``body_end`` reads it after a body."""
        m = self.linked_body.match(joined, body)
        end = self.body_end(joined, m.end()) if m else body
        return end if m and end > m.end() else body

    def _council_after_ban(self, joined: str, body: int) -> int:
        """"Trưởng Ban Văn hóa - Xã hội, HĐND tỉnh": the council a committee belongs to, after a comma."""
        m = COUNCIL_AFTER.match(joined, body)
        if not m:
            return body
        end = self.body_end(joined, m.end())
        return end if end > m.end() else body

    def find_titles(self, joined: str) -> list[TitleSpan]:
        # the tokenizer sometimes glues a lower-case word to a title ("chức_Phó Trưởng_Ban"): split there
        joined = self.glued_marker.sub(" ", GLUED.sub(" ", joined))
        out = []
        i = 0
        while True:
            m = self.position.search(joined, i)
            if not m:
                break
            end = m.end()
            last = m.group("pos").replace("_", " ").split()[-1].casefold()
            if last in self.named_heads:
                end = self._names(joined, end)  # "Trưởng Ban Tổ chức …": the position holds the head
            elif m.group("pos").replace("_", " ").casefold() in self.ministers and not self.org.match(joined, end + 1):
                end = self._names(joined, end)  # "Bộ trưởng Tài chính": the ministry without "Bộ"
            elif (self.province_after and self._position(m).casefold() in self.province_posts
                  and (seat := self.province_after.match(joined, end))):
                end = seat.end()  # "Chủ tịch Hà Nội Trần Văn A": the city alone names the body
            elif (last in self.level_heads or self._ends_in_level(m.group("pos"))
                  or (m.group("qual") or m.group("pos")).replace("_", " ").split()[-1].casefold() in self.place_heads):
                end = self.place_after(joined, end + 1) if joined[end:end + 1] in " _" else end  # "Trưởng thôn Đông Hà"
                end = end if end > m.end() + 1 else m.end()
            body = self.body_end(joined, end)
            body = self._descriptive_name(joined, end, body)
            if body == m.end() and self._position(m).casefold() in self.company_positions:
                body = self._function_area(joined, body)
            if body == m.end() and self._position(m).casefold() in self.company_positions:
                body = self._brand(joined, body, closed=self._position(m).casefold() in self.state_positions)
            if end > m.end():
                body = self._council_after_ban(joined, body)
                body = self._linked_after(joined, body)
            body = self._seat_after(joined, m.start(), body)
            body = self._district_after_commune(joined, m.start(), body)
            body = self._province_after_district(joined, m.start(), body)
            body = self._parent_after_dash(joined, body) if body > m.end() else body
            body = self._parents_after_comma(joined, body)
            body = self._parent_of_unit(joined, m.start(), body) if body > m.end() else body
            body = self._place_in_brackets(joined, body) if body > m.end() else body
            whole = m.group("pos").replace("_", " ").casefold() in self.whole
            second = self._second_company(joined, m, body)
            end = second if second else body
            text = joined[m.start():end].replace("_", " ")
            out.append(TitleSpan(m.start(), end, text, (m.group("marker") or ""), end > m.end(), whole, m.end()))
            if second:  # "Chủ tịch Công ty A và Công ty B": the same post in each, a title of its own for B
                start = JOINED_AND.match(joined, second).end()
                role = f"{joined[m.start():m.end()]} {joined[start:body]}".replace("_", " ")
                out.append(TitleSpan(start, body, joined[start:body].replace("_", " "), "", True, False, start, role=role))
            i = max(body, m.start() + 1)
        return out

    @staticmethod
    def _position(m) -> str:
        return " ".join(m.group("pos").replace("_", " ").split())

    def _brand(self, joined: str, end: int, closed: bool = False) -> int:
        """A company named without a head word after its position ("Tổng Giám đốc Vietcombank",
        "TGĐ VFC", "Giám đốc điều hành Oriflame Vietnam"): a word of its own that is no Vietnamese
        syllable nor a known abbreviation, a place or a person, and the capitalised words after it.
        A dash may stand before it ("Giám đốc điều hành - Oriflame Vietnam"), or the kind of business
        it is ("CEO website thương mại điện tử Tiki.vn", "Chủ tịch quỹ đầu tư Mekong Capital"; rule group
        brand_kinds). After a position of a state as well (``closed``: "Chủ tịch Putin gặp …", "Chủ tịch Putin
        và …") the name must end the title: a punctuation mark or the sentence's end after it ("Chủ tịch Blue
        Ocean Group, …"), or "và" and a second company; but for one word in capitals ("Chủ tịch FLC phát
        biểu", "Chủ tịch FIFA Gianni Infantino")."""
        before = BRAND_DASH.match(joined, end) or self.brand_kind.match(joined, end)
        start = before.end() if before else end + 1
        if joined[start - 1:start] not in (" ", "_"):
            return end
        m = BRAND.match(joined, start)
        first = m.group().split("_")[0] if m else ""
        if not m or first in self.abbrev or m.group().replace("_", " ") in self.places or is_vietnamese_syllable(first):
            return end
        brand = self._names(joined, m.end())
        if not closed or BRAND_CLOSED.match(joined, brand) or self._company_after_and(joined, m.end(), brand):
            return brand  # "Chủ tịch X Group và Y Foundation phát biểu": "và" closes the first
        return m.end() if first.isupper() and first == m.group() else end

    def _second_company(self, joined: str, m: regex.Match, body: int) -> int:
        """Where a company position's first company ends when "và" joins a second to it ("Chủ tịch Tập đoàn A và
        Công ty CP B", "Chủ tịch Red Square Vietnam và Vietnam Foundation"), else 0. Not inside one body's name
        ("Sở Kế hoạch và Đầu tư"): what follows "và" must open a company or be a brand."""
        if self._position(m).casefold() not in self.company_positions or body <= m.end():
            return 0
        return self._company_after_and(joined, m.end(), body)

    def _company_after_and(self, joined: str, start: int, end: int) -> int:
        """Where "và" stands before a second company between ``start`` and ``end`` (a company's head or a brand
        after it), else 0."""
        for a in JOINED_AND.finditer(joined, start, end):
            nxt = joined[a.end():end]
            first = nxt.split("_")[0].split(" ")[0]
            if self.company_head.match(nxt) or (BRAND.match(nxt) and not is_vietnamese_syllable(first)
                                                  and first not in self.abbrev):
                return a.start()
        return 0

    def _function_area(self, joined: str, end: int) -> int:
        """The part of a company a company's position heads, in lower case ("Giám đốc truyền thông", "Giám đốc
        tài chính"; rule group function_areas), and what it belongs to after "của" ("Giám đốc kinh doanh của
        Công ty X", "… của Acme Vietnam"), read as its body."""
        area = self.function_area.match(joined, end)
        if not area:
            return end
        of = BODY_OF.match(joined, area.end())
        if of:
            whole = max(self.body_end(joined, of.end() - 1), self._brand(joined, of.end() - 1))
            if whole > of.end():
                return whole
        return area.end()

    def _ends_in_level(self, pos: str) -> bool:
        """ "Trưởng khu phố": a position whose last words are a level of two words, a place may follow."""
        words = pos.replace("_", " ").casefold().split()
        return len(words) > 2 and " ".join(words[-2:]) in self.level_heads

    def body_of(self, joined: str) -> str | None:
        """The organisation a title belongs to (the title in a sentence's joined form): a territorial
        Party body in it wins ("Trưởng Ban Tổ chức Tỉnh ủy" -> "Tỉnh ủy", "Bí thư Huyện ủy Tân Lạc" ->
        "Huyện ủy Tân Lạc"), else the body read after the position and its qualifier ("Phó Chủ tịch
        Thường trực UBND tỉnh" -> "UBND tỉnh"); None for a title without a body."""
        found = self.find_titles(joined)
        if not found or not found[0].has_body:
            return None
        t = found[0]
        body_start = t.position_end
        while joined[body_start:body_start + 1] in (" ", "_"):
            body_start += 1
        territorial = self.territorial.search(joined, body_start, t.end)
        if territorial:
            end = self._unit(joined, territorial.start())
            return joined[territorial.start():min(end, t.end)].replace("_", " ")
        return joined[body_start:t.end].replace("_", " ") or None

    def find_memberships(self, joined: str, titles: list[TitleSpan]) -> list[TitleSpan]:
        """Bodies that stand for their membership ("Ban Thường vụ Tỉnh ủy", "Thường vụ Huyện ủy"),
        outside the titles already found; the constructions decide where one makes a role."""
        out = []
        for m in self.membership.finditer(joined):
            end = self.body_end(joined, m.end())
            if end == m.end() or any(t.start <= m.start() < t.end for t in titles):
                continue
            text = joined[m.start():end].replace("_", " ")
            role = text if m.group("ban") is None else f"{self.member_word} {text}"
            out.append(TitleSpan(m.start(), end, text, "", True, False, m.end(), "membership", role))
        return out


def grammar(rules: Rules | None = None) -> Grammar:
    """The title grammar of ``rules`` (the shipped rules by default), built once per rules folder."""
    return compiled(rules or load_rules(), Grammar)


def canonical_title(title: str, rules: Rules | None = None, occupation: bool = False) -> str:
    """Abbreviations expanded, one tone placement, single spaces: the key roles are compared by. An
    ``occupation``'s own abbreviations come first ("BTV" before a name is a newsreader, biên tập viên)."""
    rules = rules or load_rules()
    own = rules.people["occupation_abbreviations"] if occupation else {}
    words = []
    for w in title.split():
        words.append(own.get(w) or rules.abbreviations.get(w, w))
    text = " ".join(words)
    text = _ministry_named(text, rules)
    text = _same_title(text, rules)
    return text[:1].upper() + text[1:]


def _same_title(text: str, rules: Rules) -> str:
    """One office written two ways has one key (rule group same_titles): "Ủy viên Ban Chấp hành Trung ương Đảng"
    -> "Ủy viên Trung ương Đảng", a marker before it kept."""
    g = grammar(rules)
    m = g.same_title.match(text) if g.same_title else None
    return f"{m.group('marker') or ''}{g.same_titles[m.group('long').casefold()]}{text[m.end():]}" if m else text


def _ministry_named(text: str, rules: Rules) -> str:
    """"Bộ trưởng Tài chính" is "Bộ trưởng Bộ Tài chính": a minister's ministry named without "Bộ" gets it back,
    so the two spellings are one role (rule group positions_naming_a_ministry)."""
    m = grammar(rules).ministry_without_bo.match(text)
    return f"{m.group(1)} Bộ {text[m.end():]}" if m else text
