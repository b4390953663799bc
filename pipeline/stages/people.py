"""People stage: who the article names, the titles it gives them, and later mentions.

Per sentence, the names of the names stage and the titles of the title grammar
(``titles.Grammar``) are linked by the genre's constructions, each with its own rule id:

- ``appos``: "Lâm Đông, UVTV Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy" (also " - ", "(")
- ``title-first``: "Chủ tịch UBND tỉnh Phạm Anh Tuấn"
- ``shared-colon``: "các đồng chí UVTV Tỉnh ủy: A, …; B, …", "Phó Chủ tịch UBND tỉnh: bà A, ông B"
- ``shared-list``: "các Phó Chủ tịch HĐND tỉnh A, B"
- ``appos-plural``: "các đồng chí A, B, Phó Chủ tịch UBND tỉnh" (a post several people hold)
- ``respectively``: "A và B lần lượt giữ chức T1 và T2"
- ``verb-role``: "trúng cử chức …", "miễn nhiệm chức vụ … đối với ông X"
- ``verb-anaphor``: "… bầu bổ sung chức danh T. Kết quả, ông X trúng cử …" (the post named before)
- ``mention-*``: "ông Long", "đồng chí Trưởng Ban Tổ chức Tỉnh ủy" linked to a named person.

Precision first: a two-syllable name needs an honorific or a title beside it.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import regex

from .. import patterns

from ..text import normalize
from ..models import Mention, Person, Role, RoleStatus
from ..ruleset import JOINED_SPACE, Rules, alternation, compiled
from .state import NameSpan, TitleSpan
from .titles import canonical_title, grammar


def _alt_joined(words) -> str:
    return alternation(words, JOINED_SPACE)


DASH = patterns.compile(r"\s*[-–—]")
SPACED_DASH = patterns.compile(r"^[ _]+[-–—][ _]+$")
DASH_OR_SPACE = patterns.compile(r"[ _]*(?:[-–][ _]*)?")
BODY_SEPARATOR = patterns.compile(r"\s*[,–—]\s*|\s+-\s+")  # between a body and the one it belongs to
NEW_MARKER = patterns.compile(r"^[Tt]ân\s+")
LIST_ENDS = patterns.compile(r"^\s*[.!]?\s*$")  # a list that ends its sentence
NEW_BEFORE = patterns.compile(r"(?<![\p{L}])[Tt]ân\s+$")
VERB_REACH = 140  # how far before a title its role verb may stand ("là thạc sĩ …, cử nhân …, T")
TITLE_ENDS = patterns.compile(r"\s*(?:[,;)]|[.!?]?\s*$)")
ITEM_NUMBER = patterns.compile(r"^\s*\d{1,2}\s*[.)]\s*$")
ITEM_MARK_SRC = r"(?:[-–+•*]|\d{1,2}\s*[.)/])"  # what opens a list's line: a dash, a bullet or a number
ITEM_MARK = patterns.compile(rf"^\s*{ITEM_MARK_SRC}")
COMRADE_BEFORE = patterns.compile(r"đồng[ _]chí[ _]*$", regex.I)

class PeopleRules:
    def __init__(self, r: Rules):
        p = r.people
        self.g = grammar(r)
        self.rules = r
        verbs = p["role_verbs"]
        self.verbs = verbs
        self.verb_end = patterns.compile(
            rf"(?:^|[\s,])(?P<verb>{_alt_joined(verbs)})(?:[ _]+(?:{_alt_joined(p['verb_adverbs'])}))?"
            rf"(?:[ _]+(?:{_alt_joined(p['verb_helpers'])}))?"
            rf"(?:[ _]+(?:{_alt_joined(p['verb_quantifiers'])}|\d{{1,2}}))?(?:[ _]+(?P<object>{_alt_joined(p['verb_objects'])}))?"
            rf"(?:[ _]+(?:{_alt_joined(p['verb_object_modifiers'])}))?"
            rf"(?:[ _]+(?:{_alt_joined(p['verb_object_places'])})(?:[ _]+(?:{_alt_joined(r.titles['levels'])}))?"
            rf"(?:[ _]+\p{{Lu}}[\p{{L}}\p{{M}}]*){{1,4}})?"  # "… tại Hưng Yên như"
            # after "chức vụ", "vị trí", "nhiệm vụ" …, up to six lower-case words of what the posts were about
            # before "như" ("nhiều vị trí quan trọng trong ngành giáo dục như T")
            rf"(?:(?(object)(?:[ _]+\p{{Ll}}[\p{{L}}\p{{M}}_]*){{0,6}}?)[ _]+(?:{_alt_joined(p['verb_object_joiners'])}))?"
            rf"(?:[ _]+(?:{_alt_joined(p['ranks'])})[ _]*,)?"
            rf"(?:[ _]+(?:{_alt_joined(p['degrees'])})[^,;.:]{{0,40}},)*[\s_:]*$", regex.I)  # "là thạc sĩ luật, T"
        # the verb before the person a role goes to ("chỉ định đồng chí A … giữ chức …")
        self.governing = patterns.compile(rf"(?:^|[\s,])(?P<verb>{_alt_joined(verbs)})[ _]+(?:(?:{alternation(p['list_honorifics'], JOINED_SPACE)})[ _]*)?$",
                                       regex.I)
        nominating = [v for v, s in verbs.items() if s == "nominated"]
        self.nominated_before = patterns.compile(rf"(?<![\p{{L}}])(?:{_alt_joined(nominating)})(?![\p{{L}}])[^.;]{{0,40}}$", regex.I)
        # "bầu ông A vào Ban Thường vụ": a membership is given by a verb and "vào"
        self.verb_into = patterns.compile(rf"(?:^|[\s,])(?P<verb>{_alt_joined(verbs)})[^.;:]{{0,200}}?[ _](?:vào|làm)[ _]*$",
                                       regex.I)
        self.agent_verbs = {v.casefold() for v in p["agent_verbs"]}
        self.copula_verbs = {v.casefold() for v in p["copula_role_verbs"]}
        self.passive_before = patterns.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_alt_joined(p['passive_markers'])})(?:,?[ _]+[^\s,;:]+){{0,12}},?[ _]*$",
                                            regex.I)
        self.nominalised = patterns.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_alt_joined(p['verb_nominalisers'])})[ _]+$", regex.I)
        self.byline = patterns.compile(rf"^\s*(?:{_alt_joined(p['byline_markers'])})")
        self.aliases = {normalize(k): v for k, v in p["aliases"].items()}
        self.alias_patterns = {alias: patterns.compile(regex.escape(alias)) for alias in self.aliases}
        self.past_opener = patterns.compile(rf"^\s*(?:{alternation(p['past_clause_openers'])})\s*,", regex.I)
        self.term_after = patterns.compile(rf"[\s,]*(?P<term>(?:{alternation(r.dates['term_spans'])})\s+"
                                        rf"(?:[IVXLC]+|\d{{4}}\s*[-–]\s*\d{{4}}|\d+)"
                                        rf"(?:\s*,?\s*nhiệm\s+k[ỳì]\s+\d{{4}}\s*[-–]\s*\d{{4}})?)(?![\p{{L}}\d])", regex.I)
        # "ông"/"bà" as a subject, a lower-case word after it: the person a biography is about
        self.pronoun = patterns.compile(rf"(?:^|[,:;]\s*|(?<![\p{{L}}])(?i:{alternation(p['subject_openers'], JOINED_SPACE)})[ _]+)"
                                     rf"(?P<p>ông|bà|Ông|Bà|đồng[ _]chí|Đồng[ _]chí)"
                                     rf"(?=[ _]+\p{{Ll}})"
                                     rf"|(?<![\p{{L}}_])(?P<p>ông|bà)(?=[ _]+(?:{alternation(p['pronoun_verbs'], JOINED_SPACE)})(?![\p{{L}}\p{{M}}]))")
        # "các ông, bà có tên sau …", "ông, bà": the honorific of a group, not a pronoun for the subject
        self.group_before = patterns.compile(
            rf"(?:(?<![\p{{L}}])(?:{alternation(p['plural_markers'], JOINED_SPACE)})|(?<![\p{{L}}])(?:ông|bà))[ _,]*$", regex.I)
        self.group_after = patterns.compile(r"[ _]*(?:,[ _]*|và[ _]+)?(?:ông|bà)(?![\p{L}])", regex.I)
        self.career_line = patterns.compile(
            rf"^\s*(?:[-–+•*]\s*)?(?:(?:{alternation(p['career_line_openers'])})\s[^:;.\n]{{0,50}}?\d{{4}}[^:;.\n]{{0,30}}?"
            rf"|[\d/.]{{0,8}}\d{{4}}(?:\s*[-–]\s*[\d/.]{{0,8}}(?:\d{{4}}|nay))?\s*"  # "- 8/2010 - 12/2015: …"
            rf"|(?:{alternation(p['biography_fields'])}))\s*:\s*")  # "Chức vụ hiện nay: …", "Quê quán: …"
        # a line of titles alone: a bullet before the first, terms and separators between and after them
        self.title_line_gap = patterns.compile(r"^\s*(?:[-–+•*]\s*)?$")
        self.title_line_rest = patterns.compile(r"^(?:[\s,;.()\-–_]|(?<![\p{L}])(?:[IVXLC]+|\d+)(?![\p{L}\p{M}]))*$")
        self.gender_before = patterns.compile(r"(?<![\p{L}])(?P<g>ông|bà)[\s_]*$", regex.I)
        # a title's term, and the comma before a second one ("Chủ tịch HĐND huyện khóa XX, nhiệm kỳ 2021-2026, …")
        self.term = patterns.compile(rf"(?:,[\s_]*)?(?<![\p{{L}}])(?:{alternation(r.dates['term_spans'], JOINED_SPACE)})[\s_]+"
                                  rf"(?:[IVXLC]+|\d{{4}}[\s_]*[-–][\s_]*\d{{4}}|\d+)"
                                  rf"(?![\p{{L}}\d])", regex.I)
        occupations = {v for w in p["occupation_roles"] for v in (w, w[:1].upper() + w[1:])}
        # "ca sĩ", or "vận động viên đua thuyền" when up to two lower-case words reach a comma or the end
        self.occupation = patterns.compile(
            rf"(?<![\p{{L}}\p{{M}}_])(?P<occ>{alternation(occupations, JOINED_SPACE)})(?![\p{{L}}\p{{M}}])"
            rf"(?P<ext>(?:[ _]+\p{{Ll}}[\p{{L}}\p{{M}}]*){{1,2}}(?=[ _]*(?:[,.;)]|$)))?")
        mods = alternation(p["occupation_modifiers"], JOINED_SPACE)
        self.occupation_gap = patterns.compile(rf"^[ _]*(?:[-–][ _]*)?(?:(?:{mods})[ _]+)?$")
        # what narrows an occupation down right before a name: "vận động viên bơi lội A", "tay vợt nữ A" (one or two
        # of occupation_fields), "tuyển thủ U19 Việt Nam - A" (a team, then a dash)
        fields = alternation(p["occupation_fields"], JOINED_SPACE)
        self.occupation_lead = patterns.compile(
            rf"(?:[ _]+(?:{fields})(?![\p{{L}}\p{{M}}])){{1,2}}(?=[ _]+\p{{Lu}})"
            rf"|(?:[ _]+[\p{{Lu}}\p{{N}}][\p{{L}}\p{{M}}\p{{N}}]*){{1,4}}(?=[ _]+[-–][ _]+\p{{Lu}})")
        self.occupation_chain = patterns.compile(r"^[ _]*(?:,|và)[ _]*$")
        self.occupation_after = patterns.compile(r"^\s*,\s*$")
        self._glue(p)

    def occupations_in(self, joined: str, titles: list[TitleSpan], names: list[NameSpan]) -> list[TitleSpan]:
        """Occupations outside the titles already found; the ``occupation`` construction decides
        where one is a person's role. Words that narrow one down are its own where a name follows them
        ("vận động viên bơi lội A", "tuyển thủ U19 Việt Nam - A")."""
        out = []
        starts = {n.start for n in names}
        for m in self.occupation.finditer(joined):
            if any(t.start < m.end() and m.start() < t.end for t in titles):
                continue
            start, end, position_end = m.start(), m.end(), m.end("occ")
            lead = self.occupation_lead.match(joined, position_end)
            if (lead and DASH_OR_SPACE.match(joined, lead.end()).end() in starts
                    and not any(position_end < n.end and n.start < lead.end() for n in names)):
                end = position_end = lead.end()  # not over a name ("ca sĩ A - B song ca")
            out.append(TitleSpan(start, end, joined[start:end].replace("_", " "), position_end=position_end,
                                 kind="occupation"))
        return out

    def _glue(self, p: dict) -> None:
        """The patterns of the text between names and titles, from the glue words of people.yaml."""
        hon = alternation(p["list_honorifics"])
        abbr = "|".join(regex.escape(h) for h in p["honorifics"] if "/" in h)  # "Đ/c"
        ws = r"[\s_]"
        ranks = alternation(p["ranks"])
        self.list_gap = patterns.compile(rf"^\s*(?:[,;:]|và|,\s*và)?\s*(?:(?:các\s+)?(?:{hon})\s+)?$", regex.I)
        self.direct_gap = patterns.compile(rf"^{ws}*(?:(?:{hon}|{abbr}){ws}+)?$", regex.I)
        self.bracket_gap = patterns.compile(rf"^{ws}*\({ws}*(?:(?:{hon}|{abbr}){ws}+)?$", regex.I)  # "T (ông A)"
        self.pending = patterns.compile(rf"(?<![\p{{L}}])(?:{alternation(p['pending_openers'])})\s+$", regex.I)
        self.passive_start = patterns.compile(rf"(?:{alternation(p['passive_markers'], JOINED_SPACE)})(?![\p{{L}}\p{{M}}])", regex.I)
        self.relative = patterns.compile(rf"[\s_]*(?:\([^()]{{0,40}}\)[\s_]*)?,[\s_]*(?:{_alt_joined(p['relative_openers'])})[\s_]"
                                   r"[^,;:.()]{0,60}$", regex.I)  # "…, người vừa được Bộ Chính trị điều động"
        self.replacing = patterns.compile(rf"[\s_]*(?:{_alt_joined(p['replacing_words'])})[\s_]+(?:(?:{hon}|{abbr})[\s_]+)?$", regex.I)
        self.comma_subject = patterns.compile(rf"^[^,;:]*,\s*(?:(?i:{hon})\s+)?$")  # "T (từ tháng 10/2020), ông A"
        self.comma_honorific = patterns.compile(rf"^\s*[,–-]\s*(?:(?i:{hon})|{ranks})\s+$")  # "T, ông A", "T - ông A", "T, Đại tá A"
        # "A, B", "A và ông B", "A (Tân Lạc), B (Đông Hà)": a bracket after a name of a list
        self.name_joiner = patterns.compile(rf"^\s*(?:\([^()]{{1,30}}\)\s*)?(?:,|và|,\s*và)\s*(?:(?:{hon}|{abbr})\s+)?$", regex.I)
        self.plural_before = patterns.compile(rf"(?:^|[\s(])các(?:\s+(?:{hon}))?\s*$", regex.I)
        copulas = alternation(p["appositive_copulas"])
        # "A (54 tuổi), T", and "A, 54 tuổi, T": an age between a name and its title
        # "A, sinh năm 1975, quê huyện Tân Lạc, tỉnh Hòa Phong, T": a birth year or a home place between a name and its title
        levels = alternation(self.rules.titles["levels"])
        one_aside = (rf"(?:{alternation(p['appositive_asides'])})\s+[^,;:()]{{1,40}}?"
                     rf"(?:,\s*(?:{levels})\s+[^,;:()]{{1,30}}?)*\s*")
        aside = rf",\s*{one_aside}"
        # in brackets: "A (SN 1965, T)", "A (53 tuổi, T)", "A (SN 1975, trú tại huyện Tân Lạc, T)"
        bracketed = rf"(?:\d{{1,3}}\s+tuổi|{one_aside})"
        self.appos_first = patterns.compile(rf"^\s*(?:\([^()]{{1,30}}\)\s*|,\s*\d{{1,3}}\s+tuổi\s*|(?:{aside}){{1,2}})?(?:,|-|–|—|\(|:|\t|\|)\s*"
                                      rf"(?:(?:{copulas})\s+)?$"
                                      rf"|^\s*\(\s*(?:{bracketed}\s*[,;]\s*){{1,3}}$")
        joiners = alternation(p["title_joiners"])
        # "A, T1, T2", "A - T1 - T2": the next title of one person's list (a dash with a space before it)
        grades = alternation(p["specialty_grades"])  # "A, Bác sĩ chuyên khoa II, Giám đốc …"
        self.appos_next = patterns.compile(rf"^\s*(?:(?:{grades})(?![\p{{L}}\p{{M}}])\s*)?(?:\([^()]{{1,60}}\)\s*)?(?:,|;|\s[-–—])?\s*"
                                        rf"(?:(?:{ranks})\s*,\s*)?"
                                        rf"(?:(?:,\s*)?(?:{joiners})|\)\s*,?)?\s*$")
        self.title_list_gap = patterns.compile(rf"^\s*(?:,|\s[-–—]|(?:,\s*)?(?:{alternation([j for j in p['title_joiners'] if j != 'và'])}))\s*$")
        self.same_list = patterns.compile(rf"^\s*(?:,|(?:,\s*)?(?:{joiners}))\s*$")  # a marker ("nguyên") goes on past these
        self.chain_start = patterns.compile(rf"(?:^|[:;,(]|(?<![\p{{L}}])(?:{hon}|{alternation(p['chain_openers'])}))\s*$", regex.I)
        self.not_chain_after = patterns.compile(rf"(?<![\p{{L}}])(?:{alternation(p['not_chain_after'])})\s*$", regex.I)
        self.colon_gap = patterns.compile(rf"^\s*:\s*(?:(?:{hon})\s+)?$", regex.I)  # "T: A", "T: ông A"
        counts = alternation(p["counts"])
        list_copulas = alternation(p["list_copulas"])
        self.counted_before = patterns.compile(rf"(?:^|[\s,;:(])(?P<n>{counts}|[2-9]|\d\d)(?:[\s_]+tân)?\s*$", regex.I)  # "Hai tân …"
        self.counts = {w.casefold(): n for n, w in enumerate(p["counts"], 2)}
        # a counted or plural subject, then the copula its complement follows: "Hai cầu thủ được gọi bổ sung là "
        self.counted_subject = patterns.compile(rf"(?:^|[\s,;:(])(?:{counts}|[2-9]|\d\d|các|những)\s+\p{{Ll}}[^,;:.()]{{0,60}}?"
                                             rf"\s(?:{list_copulas})\s*$", regex.I)
        self.counted_appos = patterns.compile(rf"^\s*,\s*(?:{counts}|[2-9])\s+$", regex.I)
        place = rf"(?:,?\s*(?:{alternation(p['verb_object_places'])})\s+[^,;:()]{{1,40}}?\s*)?"  # "… tại đơn vị bầu cử số 1 gồm: …"
        openers = alternation(p["list_copula_openers"])
        self.counted_gap = patterns.compile(
            rf"^\s*(?:\([^()]{{0,30}}\)\s*)?{place}(?:,\s*(?=(?:{openers}|{list_copulas})(?![\p{{L}}])))?"
            rf"(?:(?:(?:{openers})\s+)?(?:{list_copulas})\s*:?|:|\()\s*"
            rf"(?:(?:các\s+)?(?:{hon})(?:\s*,\s*(?:{hon}))*(?:\s*:\s*|\s+))?$", regex.I)  # "Hai Phó Chủ tịch (…) là/gồm/: ông A, …",
        # "… gồm các ông, bà: A, B và C"
        # "Ban Thường vụ Huyện ủy (khóa XX) gồm 13 đồng chí: A, B, …": the members listed after the body
        self.members_gap = patterns.compile(
            rf"^[\s,]*(?:{list_copulas})\s*(?:(?:{counts}|\d+)\s+)?(?:(?:các\s+)?(?:{hon})\s*)?:?\s*"
            rf"(?:(?:{hon})\s+)?$", regex.I)
        self.member_opener = patterns.compile(rf"(?<![\p{{L}}])(?:{alternation(p['membership_openers'])})\s*$", regex.I)
        self.bare_ok = patterns.compile(
            rf"^(?:(?:{alternation(self.rules.titles['markers'])})\s+)?(?:phó\s+)?(?:{alternation(p['bare_positions'])})"
            rf"(?:\s+(?:{alternation(self.rules.titles['qualifiers'])}))?$", regex.I)
        self.subject_gap = patterns.compile(
            rf"^\s*(?:(?:[,(]|\s-|\s–)\s*T(?:\s*,\s*T)*\s*\)?\s*)?(?:,|và|,\s*và)\s*(?:(?:{hon})\s+)?$", regex.I)
        # after "các": the items of one list, ";" between them ("Các ông A, T1; B, T2 được bầu …")
        self.plural_subject_gap = patterns.compile(
            rf"^\s*(?:(?:[,(]|\s-|\s–)\s*T(?:\s*,\s*T)*\s*\)?\s*)?(?:,|;|và|[,;]\s*và)\s*(?:(?:{hon})\s+)?$", regex.I)
        self.object_list = patterns.compile(
            rf"^[^.;]{{0,40}}?(?:{alternation(p['object_markers'], JOINED_SPACE)})[ _]+(?P<plural>các[ _]+)?"
            rf"(?:(?:{alternation(p['list_honorifics'], JOINED_SPACE)})[ _]*)?:?[ _]*", regex.I)
        # "công tác tại BODY với chức vụ T", "về BODY giữ chức T": where a post without its body is held
        self.workplace_before = patterns.compile(
            rf"(?:(?<![\p{{L}}])(?i:{alternation(p['workplace_links'], JOINED_SPACE)})[ _]+)(?P<link>)(?=\p{{Lu}})"
            rf"[^.;:]{{2,80}}?[ _,]+(?i:{alternation(p['workplace_verbs'], JOINED_SPACE)})[ _]+$")
        self.possessor_before = patterns.compile(
            rf"(?<![\p{{L}}])(?:{alternation(p['possessor_markers'], JOINED_SPACE)})[ _]+(?:(?:{hon})[ _]+)?$", regex.I)
        self.possessive_after = patterns.compile(rf"[ _]+(?:{alternation(p['possessives'], JOINED_SPACE)})[ _]+"
                                              rf"(?:(?:{alternation(p['list_honorifics'], JOINED_SPACE)})[ _]+)?", regex.I)
        # a list's header and its lines: "… gồm:" ends the one, "- Ông ", "2. Bà " opens the others
        # "…: ", "… gồm:", "… được bầu là:", "… đối với các ông:"
        giving = [v for v, status in p["role_verbs"].items() if status in ("elected", "appointed", "relieved")]
        self.header_end = patterns.compile(
            rf"^\s*{place}(?:(?:{alternation(p['passive_markers'])})\s+)?(?:(?:{alternation(giving)})(?![\p{{L}}\p{{M}}])\s*)?"
            rf"(?:(?:{alternation(p['object_markers'])})(?:\s+các)?(?:\s+(?:{hon})(?:\s*,\s*(?:{hon}))*)?\s*)?"
            rf"(?:(?:{list_copulas})\s*)?(?:(?:{alternation(p['list_header_tails'])})\s*)?:\s*$", regex.I)
        self.honorific_start = patterns.compile(rf"^\s*(?:[-–+•*]\s*)?(?:{hon})\s", regex.I)
        self.item_start = patterns.compile(rf"^\s*{ITEM_MARK_SRC}?\s*(?:(?i:{hon})\s+)?(?:(?:{ranks})\s+)?$")  # "3. Đại tá A"
        election = alternation(p["election_words"])
        self.election_before = patterns.compile(rf"(?<![\p{{L}}])(?:{election})\s*$", regex.I)  # "bầu cử đại biểu HĐND tỉnh"
        self.elected_header = patterns.compile(rf"^[^:;,.]{{0,40}}(?<![\p{{L}}])(?:{election})(?![\p{{L}}])[^:;,.]{{0,30}}:\s*$", regex.I)
        # a list's line opened by a label and its colon ("Đơn vị bầu cử số 1: ông A, T1; bà B, T2.")
        self.labelled_item = patterns.compile(rf"^\s*{ITEM_MARK_SRC}?\s*\p{{Lu}}[^:;,.()]{{0,50}}:\s*(?:(?:{hon})\s+)?$")
        self.item_opener = patterns.compile(rf"[;:]\s*(?:và\s+)?(?:(?:{hon})\s+)?$", regex.I)
        # the next item of a counted list, after the title and bracket of the one before ("…), và đại tá B")
        self.counted_item_opener = patterns.compile(rf"(?:[;:]\s*(?:và\s+)?|[\s,)]và\s+)(?:(?:{hon}|{ranks})\s+)?$", regex.I)
        # after a name: a verb of being elected or appointed, the post left to an earlier sentence ("ông A trúng cử với
        # 50/50 phiếu", "ông B được bầu giữ chức này")
        self.taking = patterns.compile(rf"[\s_,]*(?:\([^()]{{0,40}}\)[\s_,]*)?(?:(?:{_alt_joined(p['taking_adverbs'])})[ _]+)*"
                                    rf"(?P<verb>{_alt_joined(p['taking_verbs'])})(?![\p{{L}}\p{{M}}])", regex.I)
        self.former_marker = {m.casefold() for m in p["former_markers"]}
        sessions = alternation(p["session_words"])
        council = rf"(?<![\p{{L}}])(?:{alternation(p['councils'])})(?:[ ]+(?:{levels})(?![\p{{L}}\p{{M}}]))?"
        # "kỳ họp thứ 12 HĐND tỉnh", "HĐND tỉnh khai mạc kỳ họp thứ 12"
        self.session_council = patterns.compile(rf"(?:{sessions})[^.\n]{{0,80}}?(?P<council>{council})"
                                             rf"|(?P<council>{council})[^.\n]{{0,40}}?(?:{sessions})", regex.I)
        self.delegate_before = patterns.compile(rf"(?<![\p{{L}}\p{{M}}_])(?P<word>{_alt_joined(p['delegate_words'])})[ _]+$")
        # a sentence opened by what it is about, a name in it, then a comma: "Đối với gia đình bà A, …"
        self.object_opener = patterns.compile(rf"^\s*(?:{alternation(p['topic_openers'])})\s[^,;:]*$", regex.I)
        self.verb_after = patterns.compile(r"\s+\p{Ll}")  # the title goes on into its verb, no comma between
        self.respective = patterns.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{_alt_joined(p['respective_markers'])})(?![\p{{L}}\p{{M}}])",
                                        regex.I)
        t = self.rules.titles
        # a post several people hold at once ("Phó …", "Ủy viên …"), not one a qualifier makes one person's
        self.shared_title = patterns.compile(rf"^(?:(?:{alternation(t['markers'])})\s+)?(?:{alternation(t['shared_positions'])})"
                                          rf"(?![\p{{L}}\p{{M}}])", regex.I)
        self.one_person = patterns.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alternation(t['one_person_qualifiers'])})(?![\p{{L}}\p{{M}}])",
                                        regex.I)
        self.plural_list_before = patterns.compile(rf"(?:^|[\s(])các(?:\s+(?:{hon}))?\s*:?\s*$", regex.I)
        self.board_end = patterns.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alternation(t['company_boards'])})$", regex.I)
        self.company_start = patterns.compile(rf"^\s*(?:{alternation(t['company_bodies'])})(?![\p{{L}}\p{{M}}])", regex.I)

    def count_of(self, word: str) -> int:
        """"hai" -> 2, "12" -> 12."""
        return int(word) if word.isdigit() else self.counts.get(word.casefold(), 0)


def people_rules(rules: Rules) -> PeopleRules:
    return compiled(rules, PeopleRules)


# ------------------------------------------------------------------ linking

@dataclass
class Link:
    """What a construction makes of a title: the names it goes to, the rule, the status, and the
    marker ("nguyên") a list of titles gives all of them."""
    targets: list[NameSpan]
    rule: str
    status: str = "holds"
    assign: bool = True  # False: a title passed over in a list of titles, given to nobody
    marker: str = ""


class Clause:
    """A sentence as the constructions see it: its names and titles in text order, the text
    between them, and the links made so far (each title is linked once, in text order)."""

    def __init__(self, sent, names: list[NameSpan], titles: list[TitleSpan], pr: PeopleRules):
        self.text, self.joined, self.pr = sent.text, sent.joined, pr
        self.names, self.titles = names, titles
        self.items: list = sorted([*names, *titles], key=lambda x: x.start)
        self.links: dict[int, Link] = {}
        self.past = bool(pr.past_opener.match(self.text))  # "Trước đó, ông A là …": a past post

    def item(self, i: int):
        return self.items[i] if 0 <= i < len(self.items) else None

    def is_name(self, i: int) -> bool:
        return isinstance(self.item(i), NameSpan)

    def is_title(self, i: int) -> bool:
        return isinstance(self.item(i), TitleSpan)

    def is_membership(self, i: int) -> bool:
        return self.is_title(i) and self.items[i].kind == "membership"

    def gap(self, i: int, j: int) -> str:
        """The text between item ``i`` (-1: the sentence start) and item ``j`` (past the end: the sentence
        end), a title's term left out ("Bí thư Tỉnh ủy khóa XVI, nhiệm kỳ 2020 - 2025; …")."""
        a = self.items[i].end if i >= 0 else 0
        b = self.items[j].start if j < len(self.items) else len(self.text)
        return self.pr.term.sub("", self.text[a:b]) if i >= 0 else self.text[a:b]

    def before(self, i: int) -> str:
        return self.gap(i - 1, i)

    def after(self, i: int) -> str:
        return self.gap(i, i + 1)

    def weak(self, i: int) -> bool:
        """A bare title that is no role on its own: one whose body the grammar could not read ("Giám
        đốc truyền thông của …", "Giám đốc Quan Hệ Công Chúng …"); not one in apposition that the text
        ends there ("A, Phó Tổng Giám đốc, Chủ tịch …": a punctuation mark or the sentence's end after it)."""
        t = self.items[i]
        return self.bare(i) and not self.pr.bare_ok.match(t.text) and not (
            TITLE_ENDS.match(self.text, t.end) and self.in_apposition(i))

    def in_apposition(self, i: int) -> bool:
        """Does title ``i`` stand after a name or a title with only apposition's punctuation between
        ("A, T", "A, T1, T2"), not after a verb ("do lãnh đạo UBND tỉnh làm tổ trưởng")?"""
        before = self.before(i)
        if (self.is_name(i - 1) and self.pr.appos_first.match(before)
                or self.is_title(i - 1) and self.pr.appos_next.match(before)):
            return True
        t = self.items[i]  # or a post a verb gives by name ("được bầu giữ chức Phó Chủ tịch;"), not "làm tổ trưởng"
        verb = self.pr.verb_end.search(self.text[max(0, t.start - VERB_REACH):t.start])
        return bool(verb) and (verb.group("verb").casefold() not in self.pr.copula_verbs or bool(verb.group("object")))

    def bare(self, i: int) -> bool:
        """A title without a body, unless the next title of its family lends it one ("phó giám đốc rồi
        giám đốc Sở Giáo dục")."""
        return _bare(self.items[i]) and not self.completion(i)

    def completion(self, i: int) -> str:
        """The body a bare position takes from the next title of its family, joined to it by "rồi",
        "và" or a comma ("Phó Chủ tịch rồi Chủ tịch UBND tỉnh" -> " UBND tỉnh"), the company a
        company's board takes from the next title ("Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty X" -> " Công
        ty X"), and the place a Party committee without one takes from the next title of the same committee
        ("Phó Bí thư Tỉnh ủy, Bí thư Tỉnh ủy Sơn La" -> " Sơn La"), else ""."""
        item, nxt = self.items[i], self.item(i + 1)
        if self.is_name(i + 1) and _bare(item) and self.pr.name_joiner.match(self.after(i)):
            nxt = self.item(i + 2)  # "ông A, Chủ tịch và ông B, Phó Chủ tịch UBND tỉnh": the next person's title
            if not (isinstance(nxt, TitleSpan) and nxt.has_body and self.pr.appos_first.match(self.gap(i + 1, i + 2))
                    and self.is_name(i - 1) and self.pr.appos_first.match(self.before(i))):
                return ""
        elif not (isinstance(nxt, TitleSpan) and nxt.has_body
                  and (self.pr.same_list.match(self.after(i)) or SPACED_DASH.match(self.after(i)))):
            return ""
        body = nxt.text[nxt.position_end - nxt.start:]
        if item.kind == "title" and self.pr.board_end.search(item.text) and self.pr.company_start.match(body):
            return body
        own_body = item.text[item.position_end - item.start:].strip(" _")
        if (item.kind == "title" and item.has_body and self.pr.g.territorial.fullmatch(own_body)
                and body.strip(" _").startswith(own_body + " ")):
            return body.strip(" _")[len(own_body):]  # "Phó Bí thư Tỉnh ủy, Bí thư Tỉnh ủy Sơn La": the same province
        if not _bare(item):
            return ""
        if SPACED_DASH.match(self.after(i)):
            return body  # "Phó Chủ tịch - Tổng Thư ký Ủy ban …": two posts in one body
        own, theirs = _position(item).casefold(), _position(nxt).casefold()
        own, theirs = own.removeprefix("phó ").strip(), theirs.removeprefix("phó ").strip()
        if theirs and (own == theirs or theirs.startswith(own + " ")):  # "Bí thư rồi Bí thư Thường trực Trung ương Đoàn"
            return nxt.text[nxt.position_end - nxt.start:]
        return ""

    def names_before(self, i: int) -> list[NameSpan]:
        """The list of names ending right before item ``i`` ("A, B và C", "A, đồng chí B")."""
        out: list[NameSpan] = []
        k = i - 1
        while self.is_name(k):
            out.insert(0, self.items[k])
            if not self.pr.name_joiner.match(self.gap(k - 1, k)) or not self.is_name(k - 1):
                break
            k -= 1
        return out

    def list_after(self, i: int, first_gap) -> list[NameSpan]:
        """The names listed after title ``i``: the first after ``first_gap``, the next ones after list
        gaps, their own titles between them ("T: A, Trưởng ban …; B, Bí thư …")."""
        first = i + 1
        if (self.is_title(first) and self.items[first].kind == "title" and self.is_name(first + 1)
                and self.pr.direct_gap.match(self.after(first))):
            first += 1  # "Các Ủy viên UBND tỉnh là Giám đốc Sở Y tế A, Giám đốc Sở Nội vụ B": each name's own title first
        if not (self.is_name(first) and first_gap.match(self.gap(i, i + 1))):
            return []
        out = [self.items[first]]
        for k in range(first + 1, len(self.items)):
            if self.is_title(k):
                if self.pr.colon_gap.match(self.after(k)):
                    break  # another shared title opens its own list
                continue
            if not self.pr.list_gap.match(self.before(k)):
                break
            out.append(self.items[k])
        return out

    def title_list(self, i: int) -> tuple[int, int]:
        """The first and last index of the list of titles item ``i`` belongs to ("T1, T2 kiêm T3")."""
        first = last = i
        while self.is_title(first - 1) and self.pr.title_list_gap.match(self.gap(first - 1, first)):
            first -= 1
        while self.is_title(last + 1) and self.pr.title_list_gap.match(self.gap(last, last + 1)):
            last += 1
        return first, last

    def marker_of(self, i: int) -> str:
        """A former marker ("nguyên") given to the titles listed after it ("nguyên Bí thư, Chủ tịch huyện")."""
        own = self.items[i].marker
        if own:
            return own if own.casefold() in self.pr.former_marker else ""
        prev = self.links.get(i - 1)
        if self.is_title(i - 1) and prev is not None and self.pr.same_list.match(self.before(i)):
            return prev.marker or (self.items[i - 1].marker if self.items[i - 1].marker.casefold()
                                   in self.pr.former_marker else "")
        return ""


# The constructions, tried in this order for each title; the first that links it wins.

def occupation(c: Clause, i: int) -> Link | None:
    """An occupation is a role right before a name ("ca sĩ Tùng Dương", "Đạo diễn, NSND Nguyễn Hữu
    Phần": each of a list) or between commas right after it ("Nguyễn Thị Hương, vận động viên đua
    thuyền,"); anywhere else ("các ca sĩ trẻ") it is nobody's."""
    item = c.items[i]
    if item.kind != "occupation":
        return None
    k = i
    while c.is_title(k + 1) and c.items[k + 1].kind == "occupation" and c.pr.occupation_chain.match(c.after(k)):
        k += 1
    if c.is_name(k + 1) and c.pr.occupation_gap.match(c.after(k)) and item.end == item.position_end:
        return Link(_plural_names(c, i, k + 1, occupation=True), "occupation")
    if c.is_name(i - 1) and c.pr.occupation_after.match(c.before(i)) and not c.is_name(i + 1):
        return Link([c.items[i - 1]], "occupation-appos")
    return Link([], "occupation", assign=False)


def weak_title(c: Clause, i: int) -> Link | None:
    """A bare title that is no role ("A, Phó Tổng Biên tập, Phó Bí thư Đảng ủy …") is given to
    nobody, but a list of appositive titles goes on past it."""
    if not c.weak(i) or listed(c, i):
        return None if not c.weak(i) else listed(c, i)
    appos = appositive(c, i)
    return Link(appos.targets if appos else [], "passed", assign=False)


def membership(c: Clause, i: int) -> Link | None:
    """A body standing for its membership makes a role only in these constructions: "bầu ông A vào
    Ban Thường vụ Tỉnh ủy", "các đồng chí trong Ban Thường vụ Thành ủy: A, …", "A, Thường vụ Tỉnh ủy"."""
    if not c.is_membership(i):
        return None
    item = c.items[i]
    window = max(0, item.start - 240)
    into = c.pr.verb_into.search(c.text[window:item.start])
    if into:
        # "bầu các đồng chí A, B và C vào Ban Thường vụ": each of the list before "vào"
        between = [n for n in c.names if window + into.start("verb") < n.start and n.end <= item.start]
        subjects = [n for n in c.names if n.end <= window + into.start("verb")]
        passive = c.pr.passive_before.search(c.text, max(0, window + into.end("verb") - 80), window + into.end("verb"))
        # "bầu các đồng chí A, B vào …": the list after the verb; "A được bầu bổ sung vào …": the subject
        targets = _subject_list(c, between) if between else _subject_list(c, subjects) if subjects and passive else []
        status = c.pr.verbs.get(into.group("verb").casefold(), "holds")
        return Link(targets, "membership-verb", status) if targets else Link([], "membership", assign=False)
    if c.pr.member_opener.search(c.before(i)):
        targets = c.list_after(i, c.pr.colon_gap)
        if targets:
            return Link(targets, "membership-list")
    targets = c.list_after(i, c.pr.members_gap)
    if targets:
        return Link(targets, "membership-members")
    if not item.text.casefold().startswith(("ban ", "btv", "bch")):
        appos = appositive(c, i)
        if appos:
            return Link(appos.targets, "membership-appos", appos.status)
    return Link([], "membership", assign=False)


RESPECTIVE_BREAK = patterns.compile(r"[,;:.!?()]|.{61}", regex.S)  # between "lần lượt" and its titles


def respectively(c: Clause, i: int) -> Link | None:
    """"A và B lần lượt được bầu giữ chức Chủ tịch và Phó Chủ tịch HĐND huyện", "A, B lần lượt là T1, T2":
    the titles of the list go to the names of the list before "lần lượt", in order; where the lists
    differ in length, to nobody. After one name the titles are all its own, held one after another."""
    first = i
    while c.is_title(first - 1) and c.pr.same_list.match(c.gap(first - 1, first)):
        first -= 1
    if c.is_title(first - 1):
        return None
    k = first - 1
    while k >= 0 and not c.is_name(k):
        k -= 1
    if k < 0:
        return None
    marker = c.pr.respective.search(c.text, c.items[k].end, c.items[first].start)
    if not marker or RESPECTIVE_BREAK.search(c.text, marker.end(), c.items[first].start):
        return None  # "A và B lần lượt phát biểu; Chủ tịch UBND tỉnh C kết luận": another clause's title
    names = _subject_list(c, [n for n in c.names if n.end <= c.items[k].end])
    if len(names) < 2:
        return None  # "ông A lần lượt giữ các chức vụ T1, T2": one after another, all A's
    last = i
    while c.is_title(last + 1) and c.pr.same_list.match(c.after(last)):
        last += 1
    if len(names) != last - first + 1:
        return Link([], "respectively", assign=False)
    verb = c.pr.verb_end.search(c.text, c.items[k].end, c.items[first].start)
    status = c.pr.verbs.get(verb.group("verb").casefold(), "holds") if verb else "holds"
    return Link([names[i - first]], "respectively", status)


def verb_role(c: Clause, i: int) -> Link | None:
    """"được bầu giữ chức T", "miễn nhiệm chức vụ T đối với ông X", "A từng là T": the verb's status."""
    title = c.items[i]
    window = max(0, title.start - VERB_REACH)
    verb = c.pr.verb_end.search(c.text[window:title.start])
    if not verb and title.marker:  # "giao quyền Giám đốc Sở Y tế cho ông A": the title's marker ends the verb too
        verb = c.pr.verb_end.search(c.text[window:title.start + len(title.marker)])
    if not verb:
        return None
    at = window + verb.start("verb")
    if c.pr.pending.search(c.text, max(0, at - 30), at) and not c.pr.passive_start.match(c.text, at):
        return Link([], "verb-pending", assign=False)  # "… cho đến khi kiện toàn chức danh Giám đốc": nobody's yet
        # (not "… cho đến khi được điều động giữ chức T": a passive's post is the subject's)
    passive = c.pr.passive_before.search(c.text, max(0, at - 80), at)
    agent = " ".join(verb.group("verb").replace("_", " ").split()).casefold() in c.pr.agent_verbs
    nominal = not passive and (bool(c.pr.nominalised.search(c.text, max(0, at - 20), at))
                               or agent and not _governed_before(c, title))
    # the holder of a passive electing verb stands before its marker ("A được Chủ tịch B bổ nhiệm giữ chức T")
    upto = passive.start() if passive and agent else title.start
    targets = _verb_targets(c, title, subject=not nominal, upto=upto)
    if not targets:
        return Link([], "verb-nominal", assign=False) if nominal else None
    earlier = [n for n in c.names if n.end <= targets[0].start]
    if len(targets) == 1 and earlier and c.pr.replacing.match(c.text, earlier[-1].end, targets[0].start):
        targets = [earlier[-1]]  # "A thay đồng chí B giữ chức T": T is A's (the gold gives B no role for it)
    own = [n for n in c.names if n.end <= at]
    if own and c.pr.relative.match(c.text, own[-1].end, at):
        targets = [own[-1]]  # "A thay ông B, người vừa được điều động giữ chức T": a relative clause of B's
    status = c.pr.verbs.get(verb.group("verb").casefold(), "holds")
    if status == "holds" or status == "elected" and c.pr.nominated_before.search(c.text[:targets[0].start]):
        status = _governing_status(c, targets[0], status)
    return Link(targets, "verb-role", "former" if c.past and status == "holds" else status)


def _governed_before(c: Clause, title: TitleSpan) -> bool:
    """Is the last name before the title a role verb's object ("giới thiệu đồng chí A để HĐND bầu giữ
    chức T")? Then it holds the title an active verb of electing gives; any other name before such a
    verb ("Ông A cho biết, HĐND tỉnh sẽ bầu T") elects or speaks, and holds nothing (rule group
    agent_verbs), unless a passive marker stands in the verb's clause ("được … bổ nhiệm giữ chức T")."""
    before = [n for n in c.names if n.end <= title.start]
    return bool(before and c.pr.governing.search(c.text[max(0, before[-1].start - 40):before[-1].start]))


def _governing_status(c: Clause, target: NameSpan, status: str) -> str:
    """"chỉ định đồng chí A - …, giữ chức T": the verb before the person says how T came to them
    ("giữ" only says they hold it); "giới thiệu đồng chí A để HĐND bầu giữ chức T": A is nominated."""
    governing = c.pr.governing.search(c.text[max(0, target.start - 40):target.start])
    if governing:
        return c.pr.verbs.get(governing.group("verb").casefold(), status)
    return status


def listed(c: Clause, i: int) -> Link | None:
    """"Hai Phó Chủ tịch UBND tỉnh gồm ông A và bà B", "các Phó Trưởng ban là ông A, bà B", "các đồng
    chí nguyên Huyện ủy viên, Phó Chủ tịch UBND huyện là A, B và C": the titles go to each name listed;
    a title that opens the sentence, to the one name after "là" ("Tân Chủ tịch UBND tỉnh là ông A"), or to
    each name after its colon ("Phó Chủ tịch UBND tỉnh: bà A, ông B")."""
    first, last = c.title_list(i)
    targets = c.list_after(last, c.pr.counted_gap)
    before = c.before(first)
    count = c.pr.counted_before.search(before)
    opens = not before.strip() or (c.pr.chain_start.search(before) and not c.pr.not_chain_after.search(before)
                                    and not (c.is_name(first - 1) and c.pr.appos_first.match(before))
                                    and not c.pr.colon_gap.match(c.after(last)))  # "…; T: A, B" is a list
    if targets and opens and not count and not c.pr.plural_before.search(before):
        if not before.strip() and ":" in c.after(last):  # a header: "Phó Chủ tịch UBND tỉnh: bà A, ông B" is each one's
            return Link(targets, "shared-colon" if len(targets) > 1 else "title-copula")
        # "Tân Chủ tịch UBND tỉnh là ông A, …", "Thường trực HĐND tỉnh gồm: Chủ tịch là ông A; …": a clause opens with it;
        # the whole list where it ends the sentence ("Phó Chủ tịch UBND tỉnh là bà A và ông B.")
        last_one = c.items.index(targets[-1])
        whole = len(targets) > 1 and " và " in c.text[targets[0].end:targets[-1].start] and (
            LIST_ENDS.match(c.gap(last_one, last_one + 1)) and last_one == len(c.items) - 1
            or c.is_title(last_one + 1) and last_one + 1 == len(c.items) - 1 and LIST_ENDS.match(c.after(last_one + 1)))
        return Link(targets if whole else targets[:1], "title-copula")
    if not targets or not (count or c.pr.plural_before.search(before)):
        return None
    wanted = c.pr.count_of(count.group("n")) if count else 0
    if len(targets) < wanted:  # "Hai phó chủ tịch … là bà A được 50 phiếu …; ông B được 53 phiếu …"
        targets += [n for n in _list_after(c, targets[-1]) if n not in targets][: wanted - len(targets)]
    return Link(targets, "shared-counted")


def bare_needs_a_name(c: Clause, i: int) -> Link | None:
    """A bare "Phó Bí thư" is a role only as an appositive of a name it describes, or right before
    a full name ("Phó bí thư Võ Văn Hùng")."""
    if not c.bare(i) or appositive(c, i):
        return None
    nxt = c.item(i + 1)
    full = 2 if c.pr.bare_ok.match(c.items[i].text) else 3  # "Đại sứ Marshall Billingslea": a role alone, before two words
    if isinstance(nxt, NameSpan) and not nxt.person and len(nxt.text.split()) >= full and not c.after(i).strip(" _"):
        return None
    if full == 2 and title_chain(c, i):
        return None  # "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ A": the first of a chain before a name
    return Link([], "bare", assign=False)


def title_first(c: Clause, i: int) -> Link | None:
    """"Chủ tịch UBND tỉnh Phạm Anh Tuấn", "Giám đốc Công an tỉnh, ông A"; after "các" the title
    goes to the whole list ("các Phó Chủ tịch HĐND tỉnh A, B")."""
    if not c.is_name(i + 1):
        return None
    gap = c.after(i)
    if c.pr.bracket_gap.match(gap) and c.after(i + 1).lstrip().startswith(")"):
        return Link([c.items[i + 1]], "title-first")  # "Phó Chủ tịch UBND tỉnh (ông A) trả lời": the one name
    if not (c.pr.direct_gap.match(gap) or c.pr.comma_honorific.match(gap) and not appositive(c, i)
            and not _own_appositive(c, i + 1)):
        return None
    targets = _plural_names(c, i, i + 1)
    return Link(targets, "title-first" if len(targets) == 1 else "shared-list")


def _plural_names(c: Clause, i: int, k: int, occupation: bool = False) -> list[NameSpan]:
    """The name ``k`` after title ``i``; after "các" or a count before the title, the names listed with
    it too ("các Phó Chủ tịch HĐND tỉnh A, B", "hai hậu vệ A, B"); an occupation's, after a counted or
    plural subject it is the complement of ("Hai cầu thủ được gọi bổ sung là tiền vệ A, B")."""
    targets = [c.items[k]]
    first = c.title_list(i)[0] if c.items[i].kind == "title" else i  # "các đồng chí T1, T2 A, B": the list's opening
    before = c.before(first)
    if (c.pr.plural_before.search(before) or c.pr.counted_before.search(before)
            or occupation and c.pr.counted_subject.search(c.text, max(0, c.items[i].start - 100), c.items[i].start)):
        k += 1
        while c.is_name(k) and c.pr.name_joiner.match(c.before(k)):
            targets.append(c.items[k])
            k += 1
    return targets


def _own_appositive(c: Clause, k: int) -> bool:
    """Does name ``k`` carry its own title, in apposition ("Thay mặt Chủ tịch UBND tỉnh, đồng chí A, Phó
    Chủ tịch UBND tỉnh, …") or by a role verb right after it ("Đại hội bầu Bí thư, Phó Bí thư Chi bộ,
    đồng chí A tái đắc cử Bí thư Chi bộ")? Then a title before it and a comma is not A's."""
    if not c.is_title(k + 1):
        return False
    gap = c.before(k + 1)
    return bool(c.pr.appos_first.match(gap)) or bool(c.pr.verb_end.match(gap)) and len(gap) < 40


def shared_colon(c: Clause, i: int) -> Link | None:
    """"các đồng chí UVTV Tỉnh ủy: A, Trưởng Ban …; B, Bí thư …", "Trưởng Ban Pháp chế: ông A": the title goes
    to each name listed; not the title of a name before it ("A, Giám đốc Sở Y tế: ông B …")."""
    if appositive(c, i):
        return None
    targets = c.list_after(i, c.pr.colon_gap)
    return Link(targets, "shared-colon") if targets else None


def title_chain(c: Clause, i: int) -> Link | None:
    """"Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh Bùi Quang Cẩm": titles listed before a title-first one
    go to its name too, when the list opens a clause (not "ý kiến của Phó Thủ tướng, Phó Chủ tịch …")."""
    before = c.before(i)
    # a bare title only where it is a post by its name alone ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ A")
    bare = _bare(c.items[i]) and not c.pr.bare_ok.fullmatch(c.items[i].text)
    if (bare or appositive(c, i) or not c.pr.chain_start.search(before)
            or c.pr.not_chain_after.search(before)):
        return None
    k = i
    while c.is_title(k + 1) and c.pr.title_list_gap.match(c.after(k)):
        k += 1
        first = title_first(c, k)
        if first:
            return Link(first.targets, first.rule)
    return None


def appositive(c: Clause, i: int) -> Link | None:
    """"A, T", "A - T", "A (T)"; "A, T1, T2 kiêm T3": after a name, or after a title of the same list.
    After a dash the title goes to every name of the list before it ("Các ông A, B - Phó Chủ tịch …").
    Without punctuation only a title with its body ("đồng chí A Bí thư Đảng ủy xã", "A Phó Chủ tịch UBND
    tỉnh"), and only where no name follows it (that is "title first")."""
    gap = c.before(i)
    if c.is_name(i - 1) and (c.pr.appos_first.match(gap) or not gap.strip(" _") and not _bare(c.items[i])):
        names = c.names_before(i)
        if _topic_subject(c, i, names[0]):
            return None
        if len(names) > 1 and not DASH.match(gap) and _plural_list(c, names, c.items[i]):
            return Link(names, "appos-plural")
        return Link(names if DASH.match(gap) else names[-1:], "appos")
    if c.is_name(i - 1) and c.pr.counted_appos.match(gap):
        return Link(c.names_before(i), "appos-counted")  # "A và B, hai Phó Chủ tịch UBND tỉnh, …"
    prev = c.links.get(i - 1)
    if c.is_title(i - 1) and prev is not None and prev.targets and c.pr.appos_next.match(gap):
        targets = prev.targets
        if _topic_subject(c, i, targets[0]):
            return None
        if prev.rule == "appos-plural" and not _shared(c, c.items[i]):
            targets = targets[-1:]  # a list's shared post, then one person's: the last name's
        return Link(targets, prev.rule if len(targets) > 1 else "appos", prev.status if prev.assign else "holds")
    return None


def _topic_subject(c: Clause, i: int, first: NameSpan) -> bool:
    """"Đối với gia đình bà A, Chủ tịch UBND tỉnh giao …": in a sentence opened by what it is about, a title
    after the name that runs on into its verb is the subject of the next clause, not the name's."""
    return bool(c.pr.object_opener.match(c.text, 0, first.start)) and bool(c.pr.verb_after.match(c.text, c.items[i].end))


def _plural_list(c: Clause, names: list[NameSpan], title: TitleSpan) -> bool:
    """"Các đồng chí A, B, Phó Chủ tịch UBND tỉnh": a list opened by "các", a post several people hold at
    once after it (not "Phó Bí thư Thường trực", one person's): the post is each one's."""
    return bool(c.pr.plural_list_before.search(c.text, max(0, names[0].start - 30), names[0].start)) and _shared(c, title)


def _shared(c: Clause, title: TitleSpan) -> bool:
    return bool(c.pr.shared_title.match(title.text)) and not c.pr.one_person.search(title.text)


CONSTRUCTIONS = [occupation, weak_title, membership, respectively, verb_role, listed, bare_needs_a_name, title_first, shared_colon,
                 title_chain, appositive]


def link(sent, names: list[NameSpan], titles: list[TitleSpan], pr: PeopleRules) -> Clause:
    """Give each title to the names its construction names (in ``NameSpan.titles``); the clause, its links made."""
    c = Clause(sent, names, titles, pr)
    for i, item in enumerate(c.items):
        if not isinstance(item, TitleSpan):
            continue
        made = next((made for construction in CONSTRUCTIONS if (made := construction(c, i)) is not None), None)
        if made is None:
            continue
        made.marker = c.marker_of(i)
        if made.marker and made.status == "holds":
            made.status = "former"
        c.links[i] = made
        if made.assign:
            given = _title_given(c, i, made.marker)
            for name in made.targets:
                name.titles.append((item, made.rule, made.status, given))
    return c


def _title_given(c: Clause, i: int, marker: str) -> str:
    """The title as the text gives it to the person: as written, with the marker of its list
    ("nguyên Bí thư, Chủ tịch huyện" -> "nguyên Chủ tịch huyện"), and a bare position completed by
    the body of the next title of its family ("Phó Chủ tịch rồi Chủ tịch UBND tỉnh")."""
    item = c.items[i]
    text = (item.role or item.text) + c.completion(i)
    if item.kind == "title" and not item.role and text == item.text:
        text = _at_workplace(c, item) or text
    if marker and not item.marker:
        text = f"{marker} {text}"
    return text


def _at_workplace(c: Clause, title: TitleSpan) -> str:
    """"về nhận công tác tại Ban Tuyên giáo Thành ủy với chức vụ Trưởng ban" -> "Trưởng ban Tuyên giáo Thành ủy":
    a post given without its body ("Trưởng ban", "Phó Giám đốc", "Giám đốc Sở") after the body the person was
    sent to work at (rule group workplace_links) takes that body; "" where the text names none."""
    joined = c.joined
    m = c.pr.workplace_before.search(joined, max(0, title.start - 160), title.start)
    if not m:
        return ""
    g = c.pr.g
    start = m.end("link")
    end = g.body_end(joined, start)
    body = joined[start:end].replace("_", " ").strip()
    head = g.org.match(joined, start)
    if not head or end <= head.end() or not body:
        return ""  # "về Sở" alone names no body
    position = _position(title)
    own = title.text[len(title.text) - len(title.text.lstrip()):][len(title.marker):].strip()
    own_body = own[len(position):].strip()
    if own_body and not body.casefold().startswith(own_body.casefold()):
        return ""  # "Giám đốc Sở" at "Sở Tư pháp" takes it; "Giám đốc Công an tỉnh" keeps its own
    words, first = position.split(), body.split()[0]
    if words and words[-1].casefold() == first.casefold() or position.casefold().endswith(" " + " ".join(body.split()[:2]).casefold()):
        overlap = 1 if words[-1].casefold() == first.casefold() else 2
        body = " ".join(body.split()[overlap:])  # "Trưởng ban" + "Ban Tuyên giáo …", "Chánh Văn phòng" + "Văn phòng …"
    marker = f"{title.marker} " if title.marker else ""
    return f"{marker}{position} {body}".strip()


def _position(title: TitleSpan) -> str:
    """The position of a title without its marker ("nguyên Phó Chủ tịch UBND tỉnh" -> "Phó Chủ tịch")."""
    text = title.text[: max(0, title.position_end - title.start)]
    return text[len(title.marker):].strip() if title.marker else text.strip()


MASKED_TITLES = patterns.compile(r"^(?:\s*,\s*T)+")  # the titles _mask_titles wrote as "T", after a comma
CLAUSE_MARK = patterns.compile(r"[,;:]")


def _verb_targets(c: Clause, title: TitleSpan, subject: bool = True, upto: int | None = None) -> list[NameSpan]:
    """Who a verb's role goes to: the owner right after it ("thôi giữ chức Bí thư Tỉnh ủy của ông A"),
    the object of "đối với", else (``subject``: the verb is no noun's) the subject list before it, before
    ``upto`` (a passive marker: "A được Chủ tịch UBND tỉnh B bổ nhiệm giữ chức T" is A's)."""
    owner = c.pr.possessive_after.match(c.text, title.end)
    if owner:
        found = [n for n in c.names if n.start == owner.end()]
        if found:
            return found
    m = c.pr.object_list.match(c.text[title.end:title.end + 80])
    if m:
        first = [n for n in c.names if n.start == title.end + m.end()]
        if first and m.group("plural"):  # "đối với các ông: A - T1; B - T2", "đối với các ông: A, B và C"
            joined = _list_after_copula(c, [n for n in c.names if n.start >= first[0].start])
            return first + (joined or _list_after(c, first[0]))
        if first:
            return first + _counted_items(c, title, first[0])
    before = [n for n in c.names if n.end <= (title.start if upto is None else upto)]
    if before and subject:
        return _subject_list(c, before)
    if not subject:  # "HĐND tỉnh bầu hai Phó Chủ tịch UBND tỉnh là ông A và bà B", "bầu các chức danh: Chủ tịch …: ông A; …"
        return c.list_after(c.items.index(title), c.pr.counted_gap)
    later = [n for n in c.names if n.start >= title.end]
    gap = c.pr.term.sub("", c.text[title.end:later[0].start]) if later else ""  # "… khóa XII gồm: ông A, bà B"
    if later and c.pr.counted_gap.match(gap):
        if ":" in gap:  # "bầu các ông, bà có tên sau giữ chức T: ông A, T1; bà B, T2": each line of the list
            return c.list_after(c.items.index(title), c.pr.counted_gap) or [later[0]]
        return [later[0]] + _list_after_copula(c, later)  # "Trúng cử Phó Chủ tịch HĐND tỉnh là ông A và bà B"
    # the one name after it, in the same clause, after more titles ("là Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh A")
    # or opening the next clause ("Trong thời gian giữ chức T, A đã …"); not "…, theo ông A"
    between = _mask_titles(c.text, title.end, later[0].start, c.titles) if later else ""
    rest = MASKED_TITLES.sub("", between)
    alone = len(later) == 1 and (not CLAUSE_MARK.search(rest) or bool(c.pr.comma_subject.match(rest)))
    return later[:1] if alone else []


def _counted_items(c: Clause, title: TitleSpan, first: NameSpan) -> list[NameSpan]:
    """A counted title's holders after the first ("bầu bổ sung hai Ủy viên UBND tỉnh đối với ông A, T1
    (…) và đại tá B, T2"): the names that open the next items of the list, as many as the count says."""
    count = c.pr.counted_before.search(c.text, max(0, title.start - 20), title.start)
    wanted = c.pr.count_of(count.group("n")) - 1 if count else 0
    if wanted <= 0:
        return []
    later = [n for n in c.names if n.start > first.start and c.pr.counted_item_opener.search(c.text, first.end, n.start)]
    return later[:wanted]


def _list_after_copula(c: Clause, later: list[NameSpan]) -> list[NameSpan]:
    """The names listed after the first of ``later`` ("… là ông A, ông B và bà C")."""
    out: list[NameSpan] = []
    for prev, n in zip(later, later[1:]):
        if not c.pr.name_joiner.match(c.text[prev.end:n.start]):
            break
        out.append(n)
    return out


def _subject_list(c: Clause, before: list[NameSpan]) -> list[NameSpan]:
    """The last name before the verb and the names listed with it ("A, B và ông C (…)")."""
    lists = []
    for gap in (c.pr.subject_gap, c.pr.plural_subject_gap):
        out = [before[-1]]
        for prev in reversed(before[:-1]):
            if not gap.match(_mask_titles(c.text, prev.end, out[0].start, c.titles)):
                break
            out.insert(0, prev)
        lists.append(out)
    narrow, wide = lists
    if len(narrow) > 1 and c.pr.possessor_before.search(c.text, max(0, narrow[0].start - 20), narrow[0].start):
        narrow = narrow[1:]  # "người tiền nhiệm của bà A, ông B, …": A is the noun's owner, B the subject
    if len(wide) > len(narrow) and c.pr.plural_list_before.search(c.text, max(0, wide[0].start - 30), wide[0].start):
        return wide  # "Các ông A, T1; B, T2 được bầu làm T"
    return narrow


def _list_after(c: Clause, first: NameSpan) -> list[NameSpan]:
    """"đối với các ông: A - …; B - …; ông C - …": the names that open each item of the list."""
    return [n for n in c.names if n.start > first.start and c.pr.item_opener.search(c.text[:n.start])]


def _mask_titles(text, start, end, titles) -> str:
    """The text between two offsets with each title inside it written as "T"."""
    out, i = [], start
    for t in sorted(titles, key=lambda t: t.start):
        if start <= t.start and t.end <= end:
            out.append(text[i:t.start] + "T")
            i = t.end
    return "".join(out) + text[i:end]


def _bare(title: TitleSpan) -> bool:
    return not (title.has_body or title.whole)


# ------------------------------------------------------------------ article level

def extract_people(sentences, names_by_sentence, to_original, rules: Rules) -> tuple[list[Person], list[tuple[int, int]]]:
    """The people of an article (the names found, the titles the constructions link to them, later
    mentions), and every title the grammar found, as offsets into the cleaned text."""
    pr = people_rules(rules)
    people: dict[str, Person] = {}
    pending_mentions = []
    last = len(sentences) - 1
    subject = _Subject()
    header: tuple | None = None
    body: tuple | None = None
    election: tuple | None = None
    post: tuple | None = None
    council = _session_council(sentences, pr)
    for sent in sentences:
        if _is_byline(sent, last, pr):
            continue
        names = [dataclasses.replace(n, titles=[]) for n in names_by_sentence.get(sent.index, [])]
        names += _given_name_mentions(sent, names, people) + subject.pronouns(sent, names, pr)
        names += subject.career_line(sent, names, pr)
        names += subject.card_line(sent, names, pr)
        names.sort(key=lambda n: n.start)
        titles = _names_end_titles(pr.g.find_titles(sent.joined), names, sent.joined)
        names = [n for n in names if n.end == n.start or not any(t.start <= n.start and n.end <= t.end for t in titles)]
        titles += pr.g.find_memberships(sent.joined, titles)
        if names:  # an occupation is only ever a named person's
            titles += pr.occupations_in(sent.joined, titles, names)
        if council and names:
            titles += _delegates(sent, names, titles, council, pr)
        clause = link(sent, names, titles, pr)
        post = _post_taken(post, sent, clause, pr)
        header = _header_item(header, sent, names, pr)
        header = header or _list_header(sent, names, titles, pr) or _elected_header(election, sent, names, titles, pr)
        election = _election_post(election, sent, titles, pr)
        body = _body_lines(body, sent, names, clause, pr)
        body = body or _body_header(sent, names, titles, pr)
        for n in names:
            _add_person(people, sent, n, to_original, pr)
        subject.saw(sent, names, pr)
        pending_mentions.append((sent, titles, names))
    _aliases(people, sentences, to_original, pr)
    _later_mentions(people, pending_mentions, to_original, pr)
    for person in people.values():
        person.roles = _drop_shorter_spellings(person.roles, pr)
    found = [(sent.start + t.start, sent.start + t.end) for sent, titles, _ in pending_mentions for t in titles
             if t.kind == "title"]
    return [p for p in people.values() if p.confidence >= 0.5], found


def _post_taken(post, sent, c: Clause, pr: PeopleRules) -> tuple | None:
    """A post an electing verb names without its holder ("HĐND tỉnh tiến hành bầu bổ sung chức danh Phó Chủ tịch UBND
    tỉnh."), then a name and a verb of being elected with no title of its own in its clause ("Kết quả, ông A trúng cử
    với 50/50 phiếu", "… và bầu ông B giữ chức này"): the post is that name's (rule verb-anaphor), in the same sentence
    or the next two. Returns the post still open: (sentence, title, as given)."""
    if post is not None and sent.index - post[0].index > 2:
        post = None
    for i, item in enumerate(c.items):
        made = c.links.get(i)
        if isinstance(item, TitleSpan) and made is not None and made.rule == "verb-nominal":
            post = (sent, item, _title_given(c, i, ""))
            continue
        if isinstance(item, TitleSpan) and not c.names and item.kind == "title" and item.has_body \
                and (NEW_MARKER.match(item.marker + " ") or NEW_BEFORE.search(c.text, 0, item.start)):
            post = (sent, item, _title_given(c, i, ""))  # "Hòa Phong có tân Chủ tịch UBND tỉnh", its holder unnamed
            continue
        if post is None or not isinstance(item, NameSpan):
            continue
        if post[0] is sent and item.start < post[1].end:
            continue
        # the verb after the name and its own titles in apposition ("ông A, Phó Bí thư Tỉnh ủy, được bầu với …")
        m = pr.taking.match(c.text, max([item.end] + [t.end for t, rule, *_ in item.titles if rule.startswith("appos")]))
        if not m or any(m.start() <= t.start < _clause_end(c.text, m.end()) for t in c.titles):
            continue
        head_sent, t, given = post
        shift = head_sent.start - sent.start
        span = dataclasses.replace(t, start=t.start + shift, end=t.end + shift, text=head_sent.text[t.start:t.end])
        status = pr.verbs.get(" ".join(m.group("verb").replace("_", " ").split()).casefold(), "elected")
        # the name and the subjects listed with it ("ông A và bà B trúng cử", "các ông A, B và bà C đều trúng cử")
        for holder in _subject_list(c, [n for n in c.names if n.end <= item.end and (post[0] is not sent
                                                                                    or n.start >= post[1].end)]):
            holder.titles.append((span, "verb-anaphor", status, _clean_title(given)))
        post = None  # one verb's holders; a second post is named again
    return post


def _clause_end(text: str, i: int) -> int:
    m = CLAUSE_END.search(text, i)
    return m.start() if m else len(text)


CLAUSE_END = patterns.compile(r"[.;:!?]|,\s*(?=\p{Lu})")


def _list_header(sent, names, titles, pr) -> tuple | None:
    """A sentence without names that ends with a title and a colon ("HĐND tỉnh bầu các Ủy viên UBND
    tỉnh gồm:", "Danh sách Phó Chủ tịch HĐND tỉnh:"), or with a body standing for its membership ("Ban Thường vụ
    Tỉnh ủy khóa XV gồm:"): the title of the list of lines after it."""
    last = max((t for t in titles if t.kind in ("title", "membership")), key=lambda t: t.end, default=None)
    if names or last is None or not pr.header_end.match(pr.term.sub("", sent.text[last.end:])):
        return None
    return (sent, last), None, False


def _header_item(header, sent, names, pr) -> tuple | None:
    """A line of the list after a header ("- Ông A, Giám đốc Sở Tài chính;", "2. Bà B"): its first
    name, which opens it, takes the header's title too (rule shared-header); the header goes on to
    the next line. Any other sentence ends the list."""
    header = _list_line(header, sent, names, pr)
    if header is None or not names:
        return header
    head_sent, t = header[0]
    shift = head_sent.start - sent.start  # the title's offsets, from this sentence's start
    span = dataclasses.replace(t, start=t.start + shift, end=t.end + shift, text=head_sent.text[t.start:t.end])
    holders = names[:1]
    if pr.labelled_item.match(sent.text[:names[0].start]):  # "Đơn vị bầu cử số 1: ông A, T1; bà B, T2": each item's
        holders += [n for n in names[1:] if pr.item_opener.search(sent.text[:n.start])]
    for n in holders:
        n.titles.append((span, "shared-header", "holds", _clean_title(t.role or span.text)))
    return header


def _list_line(header, sent, names, pr) -> tuple | None:
    """Does the list after a header, (what it gives, its lines marked, a number just split off), go on
    to this sentence? A line opened by its person ("- Ông A …", "2. Bà B", "Ông C, …"), all marked by a
    dash or a number if the first was; "1." split off as a sentence of its own keeps it open."""
    if header is None:
        return None
    given, marked, numbered = header
    if not names:
        return (given, marked, True) if ITEM_NUMBER.match(sent.text) else None
    if not (pr.item_start.match(sent.text[:names[0].start]) or pr.labelled_item.match(sent.text[:names[0].start])):
        return None
    opens = numbered or bool(ITEM_MARK.match(sent.text))
    if marked and not opens:
        return None  # a list of marked lines ends at a line without a mark ("Bà C, Quyền Giám đốc …, được giao …")
    return given, marked if marked is not None else opens, False


def _election_post(election, sent, titles, pr) -> tuple | None:
    """The post an election the text names is for ("công bố kết quả bầu cử đại biểu HĐND tỉnh khóa XII"): the
    last title right after an election's words, kept for a list of the elected that names none."""
    for t in titles:
        if t.kind == "title" and t.has_body and pr.election_before.search(sent.text[:t.start]):
            election = (sent, t)
    return election


def _elected_header(election, sent, names, titles, pr) -> tuple | None:
    """A list's header of the elected without a post of its own ("Danh sách người trúng cử:", "Kết quả bầu cử:"):
    its lines' persons take the post of the election named before."""
    if election is None or names or any(t.kind == "title" for t in titles) or not pr.elected_header.match(sent.text):
        return None
    return election, None, False


def _session_council(sentences, pr) -> str:
    """The council whose session the article reports ("kỳ họp thứ 12 HĐND tỉnh" -> "HĐND tỉnh", "kỳ họp thứ 8,
    Quốc hội khóa XV" -> "Quốc hội"): its first such mention, else ""."""
    for sent in sentences:
        m = pr.session_council.search(sent.text)
        if m:
            return " ".join(m.group("council").split())
    return ""


def _delegates(sent, names, titles, council: str, pr) -> list[TitleSpan]:
    """"Đại biểu A (Tổ đại biểu huyện X)", "ĐB B", "các đại biểu C, D" in a council's session: a delegate of that
    council ("đại biểu HĐND tỉnh"), the word written right before a name no title holds."""
    out = []
    for n in names:
        m = pr.delegate_before.search(sent.joined, max(0, n.start - 12), n.start)
        if m is None or any(t.start <= m.start() < t.end or m.start() <= t.start < n.start for t in titles):
            continue
        start, end = m.start("word"), m.end("word")
        out.append(TitleSpan(start, end, sent.text[start:end], "", True, True, end, "title", f"đại biểu {council}"))
    return out


def _body_header(sent, names, titles, pr) -> tuple | None:
    """A sentence without names or titles that ends with a body and a colon ("Kết quả bầu Thường trực HĐND tỉnh
    khóa XII như sau:", "Danh sách UBND huyện Tân Lạc:"): the body of the bare titles of the lines after it."""
    if names or any(t.kind in ("title", "membership") for t in titles):
        return None
    body = _body_before_colon(sent, pr, 0)
    return (body, None, False) if body else None


def _body_before_colon(sent, pr, start: int) -> str:
    """The body (read by the title grammar) from the first capitalised word after ``start`` on which one ends
    right before a list's colon, else ""."""
    if not sent.text.rstrip().endswith(":"):
        return ""  # no list's colon ends it (what ``header_end`` reads last): no body before one
    j = sent.joined
    for m in BODY_WORD.finditer(j, start):
        end = pr.g.body_end(j, m.start())
        if end > m.start() and pr.header_end.match(pr.term.sub("", sent.text[end:])):
            return sent.text[m.start():end]
    return ""


BODY_WORD = patterns.compile(r"(?<![\p{L}\p{M}_])\p{Lu}")


def _body_lines(body, sent, names, c: Clause, pr) -> tuple | None:
    """Bare titles ("Phó Chủ tịch", "Trưởng ban") in the lines of a body's list, and after a body opening a line
    and its colon ("Ban Pháp chế: ông A, Trưởng ban; bà B, Phó Trưởng ban."), take that body (rule header-body):
    "Phó Chủ tịch HĐND tỉnh", "Trưởng Ban Pháp chế". Returns the list still open."""
    body = _list_line(body, sent, names, pr)
    own = LINE_BODY.match(sent.text)
    if own and names and own.end() <= names[0].start:
        text = _body_before_colon(dataclasses.replace(sent, text=sent.text[:own.end()], joined=sent.joined[:own.end()]),
                                  pr, own.start("body"))
        if text:
            _give_body(names, text)
            return body
    if body is not None and names:
        _give_body(names, body[0])
        _labelled_by_title(c, body[0])
    return body


def _labelled_by_title(c: Clause, body: str) -> None:
    """A line of a body's list opened by a bare title and its colon ("- Phó Chủ tịch: bà A, ông B"): each name
    listed after it holds the title with the list's body ("Phó Chủ tịch UBND tỉnh")."""
    first = c.item(0)
    if not (isinstance(first, TitleSpan) and first.kind == "title" and _bare(first)
            and ITEM_MARK_OR_START.fullmatch(c.before(0)) and c.after(0).lstrip().startswith(":")):
        return
    title = _with_body(_clean_title(first.role or first.text), body)
    for n in c.list_after(0, c.pr.counted_gap):
        n.titles.append((first, "header-body", "holds", title))


ITEM_MARK_OR_START = patterns.compile(rf"\s*{ITEM_MARK_SRC}?\s*")


LINE_BODY = patterns.compile(rf"^\s*{ITEM_MARK_SRC}?\s*(?P<body>\p{{Lu}}[^:;,.()]{{1,60}}?):")


def _give_body(names, body: str) -> None:
    for n in names:
        for k, (t, _rule, status, given) in enumerate(n.titles):
            if t.start < 0 or t.kind != "title" or not _bare(t) or _clean_title(given) != _clean_title(t.role or t.text):
                continue
            n.titles[k] = (t, "header-body", status, _with_body(_clean_title(given), body))


def _with_body(position: str, body: str) -> str:
    """A bare position completed by a list's body: "Phó Chủ tịch" + "HĐND tỉnh", "Trưởng ban" + "Ban Pháp chế"."""
    words = position.split()
    words = words[:-1] if words[-1].casefold() == body.split()[0].casefold() else words
    return " ".join([*words, body])


def _names_end_titles(titles: list[TitleSpan], names: list[NameSpan], joined: str) -> list[TitleSpan]:
    """A title's body read on into the name after it ("Thị trưởng thành phố Amadou Karembeu",
    "Tổng thống Đài Loan Lại Thanh Đức" as a body's words) ends where a sure name begins, when the
    name ends the title: the name is the person's, not the body's."""
    out = []
    for t in titles:
        inside = [n for n in names if t.start < n.start and n.end == t.end and n.confidence >= 0.8
                  and n.start > t.position_end and not n.short and not _brand_alone(t, n, joined)]
        if inside and t.kind == "title":
            end = inside[0].start
            while end > t.start and joined[end - 1] in " _,;:-–":  # what _clean_title strips
                end -= 1
            t = dataclasses.replace(t, end=end, text=joined[t.start:end].replace("_", " "))
        out.append(t)
    return out


def _brand_alone(t: TitleSpan, n: NameSpan, joined: str) -> bool:
    """A company named by one word right after its position ("Tổng Giám đốc Vietcombank"): the
    body, not a person, though the names stage read a name after a title there."""
    return " " not in n.text and not joined[t.position_end:n.start].strip(" _")


def _drop_shorter_spellings(roles, pr):
    """"Chủ tịch HĐND" and later "Chủ tịch HĐND tỉnh Hòa Phong" are one role: keep the fuller spelling;
    "Vụ trưởng Vụ X, Bộ Y" and "Vụ trưởng Vụ X - Bộ Y" are one too (a comma or a dash between bodies), and so
    are "Bí thư Đà Nẵng" and "Bí thư Thành ủy Đà Nẵng" (a post the press names by its city alone).

    A longer title that only adds a qualifier ("Phó Bí thư" / "Phó Bí thư Thường trực") is another role.
    """
    keys = [" ".join(BODY_SEPARATOR.sub(" ", r.canonical).casefold().split()) for r in roles]
    out = []
    for i, role in enumerate(roles):
        longer = [k for j, k in enumerate(keys) if j != i and k.startswith(keys[i] + " ")]
        if any(not pr.g.qualifier_start.match(k[len(keys[i]) + 1:]) for k in longer):
            continue
        seat = pr.g.province_seat(keys[i])
        if seat and any(j != i and k.startswith(seat[0] + " ") and k.endswith(" " + seat[1]) for j, k in enumerate(keys)):
            continue  # "Bí thư Đà Nẵng" and "Bí thư Thành ủy Đà Nẵng": the press's short spelling of one post
        if keys[i] in keys[:i]:
            continue
        out.append(role)
    return out


class _Subject:
    """The person a biography is about, for the pronoun that stands for them ("Ông hiện là …",
    "Tại đây, ông giữ chức vụ …", "Đồng chí sinh năm …"): the last person named in full or referred
    to, within three sentences, whose honorific ("ông", "bà") is the pronoun's where the text gave one."""

    def __init__(self):
        self.name, self.gender, self.seen_at = "", "", -10
        self.card_at = -10  # the last line of a biography's card or career history ("Dân tộc: Kinh.")

    def pronouns(self, sent, names, pr) -> list[NameSpan]:
        if not self.name or sent.index - self.seen_at > 3:
            return []
        out = []
        for m in pr.pronoun.finditer(sent.joined):
            said = m.group("p").replace("_", " ").casefold()
            fits = said in (self.gender, NO_GENDER) or not self.gender  # "đồng chí", or a subject of unknown gender
            plural = pr.group_before.search(sent.joined, 0, m.start("p")) or pr.group_after.match(sent.joined, m.end("p"))
            if fits and not plural and not any(n.start <= m.start("p") < n.end for n in names):
                out.append(NameSpan(m.start("p"), m.end("p"), m.group("p").replace("_", " "), honorific=True, person=self.name,
                                    rule="mention-pronoun"))
        return out

    def career_line(self, sent, names, pr) -> list[NameSpan]:
        """A line of the subject's career history ("- Từ năm 2010 đến 2015: Giám đốc Sở Nội vụ"): its
        time stands for the subject, so the titles after the colon are theirs (rule mention-career)."""
        m = pr.career_line.match(sent.text) if self.name and sent.index - self.seen_at <= 3 and not names else None
        if not m:
            return []
        end = len(m.group().rstrip(": "))
        return [NameSpan(m.start(), end, sent.text[:end], honorific=True, person=self.name, rule="mention-career")]

    def card_line(self, sent, names, pr) -> list[NameSpan]:
        """A line of a biography's card that is titles alone, right after another line of the card ("Dân tộc: Kinh.
        Ủy viên Ban Chấp hành Trung ương Đảng khóa XII. Đại biểu Quốc hội khóa XIII; XIV."): the card's subject's
        (rule mention-career, as a line with a label)."""
        if not self.name or names or sent.index - self.card_at != 1:
            return []
        titles = [t for t in pr.g.find_titles(sent.joined) if t.kind == "title" and (t.has_body or t.whole)]
        if not titles or not pr.title_line_gap.match(sent.joined[:titles[0].start]):
            return []
        rest = pr.term.sub("", _outside(sent.joined, titles))
        if not pr.title_line_rest.match(rest):
            return []
        at = titles[0].start
        return [NameSpan(at, at, "", honorific=True, person=self.name, rule="mention-career")]

    def saw(self, sent, names, pr) -> None:
        for n in names:
            if n.rule == "mention-career":
                self.seen_at = self.card_at = sent.index  # the history goes on, line after line
                continue
            gender = pr.gender_before.search(sent.joined[max(0, n.start - 12):n.start])
            if n.rule == "mention-pronoun":
                said = n.text.replace("_", " ").casefold()
                self.name, self.seen_at = n.name, sent.index
                self.gender = self.gender if said == NO_GENDER else said
            elif len(n.name.split()) >= 2 and not n.person:
                # a full name: the subject now; its gender where "ông"/"bà" says it, else unknown
                self.name, self.seen_at = n.name, sent.index
                self.gender = gender.group("g").casefold() if gender else ""


NO_GENDER = "đồng chí"  # a pronoun for either


def _outside(text: str, spans) -> str:
    """The text outside ``spans`` (sorted, not overlapping), the pieces joined."""
    out, at = [], 0
    for sp in spans:
        out.append(text[at:sp.start])
        at = max(at, sp.end)
    return "".join(out) + text[at:]

GIVEN_NAME = patterns.compile(
    r"(?:^|[\s(,;:])(?:[ôÔ]ng|[bB]à|[đĐ]ồng[ _]chí)[ _]+(\p{Lu}\p{Ll}+)(?![ _]*\p{Lu})(?![\p{L}\p{M}])")


def _given_name_mentions(sent, names, people) -> list[NameSpan]:
    """"ông Long" after "ông Nguyễn Đức Long": a mention of the one person named so far (in this
    sentence too: "Các đồng chí A, B …; trong đó bà B …") with that given name."""
    out = []
    for m in GIVEN_NAME.finditer(sent.joined):
        if any(n.start <= m.start(1) < n.end for n in names):
            continue
        earlier = {normalize(p.name).casefold(): p.name for p in people.values()}
        earlier.update({normalize(n.name).casefold(): n.name for n in names if n.end <= m.start() and not n.person})
        cands = {key: name for key, name in earlier.items() if name.split()[-1] == m.group(1) and len(name.split()) > 1}
        if len(cands) == 1:
            out.append(NameSpan(m.start(1), m.end(1), m.group(1), honorific=True, person=next(iter(cands.values())),
                                rule="mention-name"))
    return out


BRACKETED = patterns.compile(r"\([^()]*\)")


def _is_byline(sent, last, pr) -> bool:
    """The author line: "Tin, ảnh: Ngọc Ánh" anywhere, or a short unpunctuated line of names near the end."""
    words = sent.text.split()
    m = pr.byline.match(sent.text)
    # "Ảnh: Trưởng Ban Tổ chức Trung ương Phạm Minh Chính trao quyết định …" is a caption: a
    # sentence of its own, many lower-case words (outside brackets) after the marker
    rest = BRACKETED.sub("", sent.text[m.end():]).split() if m else []
    caption = len(rest) > 8 and sum(w[:1].islower() for w in rest) >= 3
    if m and not caption and (m.group().rstrip().endswith(":") or len(words) <= 6):
        return True  # "Theo đó, …" opens an ordinary sentence; "Theo Phạm Hòa" is a credit
    if sent.index < last - 2 or len(words) > 6 or sent.text.rstrip().endswith((".", ":", "!", "?", ";")):
        return False
    if pr.honorific_start.match(sent.text):
        return False  # "Bà Trần Thị Bình", a line of a list that ends the article: a person, not its author
    return sent.index == last or all(w[:1].isupper() or not w[:1].isalpha() for w in words)


def _add_person(people, sent, n: NameSpan, to_original, pr):
    # the names stage says how sure a name is; a title linked to it makes it sure. A short form
    # ("ông Tùng") is a person only through the full name it stands for.
    if n.short and not n.person or n.confidence < 0.5 and not n.titles:
        return
    key = normalize(n.name).casefold()
    s, e = to_original(sent.start + n.start, sent.start + n.end)
    person = people.get(key)
    if person is None:
        if n.person:
            return  # a mention of someone not (yet) among the people
        conf = 0.95 if n.titles else n.confidence
        person = Person(name=n.text, sentence=sent.index, start=s, end=e, text=n.text,
                        rule=n.rule + ("-titled" if n.titles else ""), confidence=conf)
        people[key] = person
    else:
        person.mentions.append(Mention(start=s, end=e, text=n.text,
                                       rule=n.rule if n.rule.startswith("mention") else "mention-name"))
        if n.titles:
            person.confidence = max(person.confidence, 0.95)
    seen = {r.canonical.casefold(): r for r in person.roles}
    status: RoleStatus  # what the constructions give: "holds", "former" or a role verb's status
    for t, rule, status, given in n.titles:
        title = _clean_title(given)
        canon = canonical_title(title, pr.rules, occupation=t.kind == "occupation")
        ts, te = to_original(sent.start + t.start, sent.start + t.end)
        if t.marker and t.marker.casefold() in pr.former_marker:
            status = "former"
        known = seen.get(canon.casefold())
        written = (sent.text[t.start:t.end] if t.start >= 0 else t.text).strip(" ,;:-–")  # a header's: its own
        if known is not None:  # the role again: one role, this mention kept, the status the text gives it
            known.mentions.append(Mention(start=ts, end=te, text=written, rule=rule))
            if known.status == "holds" and status != "holds":
                known.status = status
            continue
        term = pr.term_after.match(sent.text, t.end) if t.start >= 0 else None
        role = Role(title=title, canonical=canon, status=status, sentence=sent.index,
                    start=ts, end=te, text=written, rule=rule,
                    term=term.group("term") if term else "", confidence=0.9 if rule in {"appos", "title-first"} else 0.8)
        person.roles.append(role)
        seen[canon.casefold()] = role


def _clean_title(text: str) -> str:
    text = NEW_MARKER.sub("", text.strip())
    return text.strip(" ,;:-–")


def _aliases(people, sentences, to_original, pr):
    for sent in sentences:
        for alias, name in pr.aliases.items():
            for m in pr.alias_patterns[alias].finditer(sent.text):
                key = normalize(name).casefold()
                s, e = to_original(sent.start + m.start(), sent.start + m.end())
                if key in people:
                    people[key].mentions.append(Mention(start=s, end=e, text=m.group(), rule="alias"))
                else:
                    people[key] = Person(name=name, sentence=sent.index, start=s, end=e, text=m.group(),
                                         rule="alias", confidence=0.9)


def _later_mentions(people, pending, to_original, pr):
    by_title: dict[str, list[Person]] = {}
    for p in people.values():
        for r in p.roles:
            by_title.setdefault(r.canonical.casefold(), []).append(p)
    for sent, titles, names in pending:
        for t in titles:
            if any(n.start >= t.end and n.start - t.end < 3 for n in names):
                continue
            if not COMRADE_BEFORE.search(sent.joined, max(0, t.start - 24), t.start):  # anchored at $: a window, not the sentence
                continue
            cands = by_title.get(canonical_title(_clean_title(t.text), pr.rules).casefold(), [])
            if len(cands) == 1:
                s, e = to_original(sent.start + t.start, sent.start + t.end)
                cands[0].mentions.append(Mention(start=s, end=e, text=t.text, rule="mention-title"))

