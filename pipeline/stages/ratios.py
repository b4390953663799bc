"""Ratios stage: "x/y" figures that mean x of y, with what was counted and the verb.

A candidate is dropped when a date already holds its characters ("Ngày 14/6"), when it
is part of a document number ("18/2017/NĐ-CP", "số 29/2011"), or when neither a counted
noun nor a verb stands beside it and x > y. Percentages and counts that report an
achievement ("đạt 96,15%", "kết nạp 134 đảng viên") become figures of their own kind.
"""
from __future__ import annotations

import regex

from .. import patterns

from ..models import Figure, Ratio
from ..ruleset import JOINED_SPACE, Rules, alternation, compiled
from .titles import grammar

NUMBER = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?"
_RATIO = patterns.compile(rf"(?<![\d/.,-]|\d\s)(?P<x>{NUMBER})\s*/\s*(?P<y>{NUMBER})(?![\d/%]|[.,]\d|-\p{{L}}|\s*-\s*\p{{Lu}}{{2}})")
_DOC_BEFORE = patterns.compile(
    r"(?:số|Nghị định|Nghị quyết|Quyết định|Thông tư|Chỉ thị|Kết luận|Quy định|Luật|Công văn|Kế hoạch|Hướng dẫn|Thông báo|Tờ trình|Đề án|NĐ|QĐ)\s*$",
    regex.I)
# Nouns after "x/y" that make it a score, not x of y ("86,62/100 điểm"); a "scores" group in
# ratios.yaml overrides them once the rule schema (pipeline/rules.py) lists it.
_PERCENT = patterns.compile(rf"^[^.;]{{0,25}}?(?:đạt|chiếm|bằng|tỷ lệ|tỉ lệ|=)?\s*(?P<p>{NUMBER})\s*%")


def parse_number(text: str) -> float:
    """Vietnamese number: "." groups thousands, "," marks decimals ("45.799" -> 45799, "35,5" -> 35.5)."""
    return float(text.replace(".", "").replace(",", "."))



class RatioRules:
    def __init__(self, rules: Rules):
        r = rules.ratios
        self.verbs = patterns.compile(rf"(?<![\p{{L}}])(?P<v>{alternation(r['verbs'])})(?![\p{{L}}])", regex.I)
        # "lần lượt" (respectively) is no count of "lượt"
        self.counted = patterns.compile(rf"(?<![\p{{L}}])(?<!lần\s)(?P<n>{alternation(r['counted'])})(?![\p{{L}}])", regex.I)
        self.score = patterns.compile(rf"^\s*(?:{alternation(r['scores'])})(?![\p{{L}}])", regex.I)
        self.named = patterns.compile(rf"(?<![\p{{L}}])(?:{alternation(r['named_before'])})\s+$", regex.I)
        self.address = patterns.compile(rf"(?<![\p{{L}}])(?:{alternation(r['address_before'])})\s*:?\s*$", regex.I)
        # a level on a scale, alone or listed: "bậc thợ 4/7, 3/6 hoặc …"
        self.scale = patterns.compile(rf"(?<![\p{{L}}])(?:{alternation(r['scales'])})\s+(?:\d+\s*/\s*\d+\s*(?:,|;|hoặc|và)\s*)*$", regex.I)
        # whose figure: the last body or place named in the clause before the verb ("Đảng bộ huyện Tân Lạc
        # kết nạp được …"), read to its end by the title grammar
        self.owner_head = patterns.compile(rf"(?<![\p{{L}}\p{{M}}_])(?:(?:toàn|cả)[ _]+)?(?P<head>{alternation(r['owners'], JOINED_SPACE)})"
                                        rf"(?![\p{{L}}\p{{M}}])", regex.I)
        self.levels = {w.casefold() for w in rules.titles["levels"]}
        self.grammar = grammar(rules)
        self.meeting = patterns.compile(rf"(?:{alternation(rules.events['nouns'], JOINED_SPACE)})(?![\p{{L}}\p{{M}}])", regex.I)
        self.weak_verbs = {w.casefold() for w in r["weak_verbs"]}
        # what was counted: the words after "x/y" up to a comma, a bracket or a word that ends it
        self.subject_phrase = patterns.compile(
            rf"^\s*([^,.;:()“”\"%]{{0,60}}?)(?=\s*(?:[,.;:()“”\"%]|$|(?<![\p{{L}}])(?:{alternation(r['subject_ends'])})\s))")
        self.percent_subject = patterns.compile(
            rf"^\s*(?:(?:{alternation(r['percent_links'])})\s+)?([\p{{L}}\s]{{0,40}}?)(?=[,.;]|$)")


def ratio_rules(rules: Rules) -> RatioRules:
    return compiled(rules, RatioRules)


_DIGIT = patterns.compile(r"\d")


def _subject(after: str, before: str, rr: RatioRules) -> tuple[str, str]:
    """What was counted: the phrase after "x/y" (up to a comma, a verb or 6 words), its head
    noun; else the last counted noun before it ("với số phiếu … là 68/74")."""
    phrase = rr.subject_phrase.match(after)
    words = (phrase.group(1) if phrase else after).split()[:6]
    words = words[: next((i for i, w in enumerate(words) if _DIGIT.search(w)), len(words))]
    phrase = " ".join(words)
    verb = rr.verbs.search(phrase, 1)
    if verb:  # "cán bộ chủ chốt đồng ý …": the verb that follows is the action, not the subject
        phrase = phrase[: verb.start()].strip()
        words = phrase.split()
    head = rr.counted.match(phrase)
    if head:
        return phrase, head.group("n")
    if phrase and words[0][0].islower():
        return phrase, " ".join(words[:2])
    heads = list(rr.counted.finditer(before[-80:]))
    if heads:
        return heads[-1].group("n"), heads[-1].group("n")
    return "", ""


def _action(before: str, after_subject: str, rr: RatioRules) -> str:
    near = list(rr.verbs.finditer(before[-45:]))
    strong = [m for m in near if m.group("v").casefold() not in rr.weak_verbs]
    if strong:
        return strong[-1].group("v")
    m = rr.verbs.match(after_subject.lstrip()) or rr.verbs.search(after_subject[:25])
    if m and m.group("v").casefold() not in rr.weak_verbs:
        return m.group("v")
    return near[-1].group("v") if near else ""


def _candidates(text: str):
    """ "x/y" matches in text order."""
    return list(_RATIO.finditer(text))


def _owner(joined: str, end: int, rr: RatioRules) -> str:
    """The body or place named last in the clause before ``end``, read to its end ("Đảng bộ huyện
    Tân Lạc", "Ủy ban Kiểm tra Tỉnh ủy", "toàn tỉnh"), or ""."""
    start = max(joined.rfind(c, 0, end) for c in ",;:(") + 1
    heads = [h for h in rr.owner_head.finditer(joined, start, end) if not rr.meeting.match(joined, h.start())]
    if not heads:
        return ""
    ends = [max(h.end(), min(_owner_end(joined, h, rr), end)) for h in heads]
    k = len(heads) - 1
    while k > 0 and ends[k - 1] >= heads[k].start():  # "Đảng bộ huyện Tân Lạc": the head whose body holds the next
        k -= 1
    return joined[heads[k].start():ends[k]].replace("_", " ").strip()


def _owner_end(joined: str, head: regex.Match, rr: RatioRules) -> int:
    """Where an owner ends: a level's place ("Xã Phú Lộc"), else a body read by the title grammar."""
    if head.group("head").replace("_", " ").casefold() in rr.levels and joined[head.end():head.end() + 1] in " _":
        return max(head.end(), rr.grammar.place_after(joined, head.end() + 1))
    return rr.grammar.body_end(joined, head.start("head"))


def find_ratios(text: str, taken, rr: RatioRules, joined: str = "") -> list[dict]:
    joined = joined or text
    out = []
    for m in _candidates(text):
        s, e = m.span()
        if any(s < b and a < e for a, b in taken):
            continue
        before, after = text[:s], text[e:]
        x, y = parse_number(m["x"]), parse_number(m["y"])
        if rr.score.match(after) or rr.scale.search(text, max(0, s - 60), s) or rr.address.search(text, max(0, s - 30), s):
            continue
        if rr.named.search(text, max(0, s - 20), s) and not rr.counted.match(after.lstrip()):
            continue  # "Trường Mầm non 3/2": a name
        if y == 0 or _DOC_BEFORE.search(before) and not rr.counted.match(after.lstrip()):
            continue
        if 1900 <= y <= 2100 and x < 1000 and "." not in m["y"] and not rr.counted.match(after.lstrip()):
            continue
        subject, head = _subject(after, before, rr)
        rest = after[len(after) - len(after.lstrip()) + len(subject):] if subject and after.lstrip().startswith(subject) else after
        action = _action(before, rest, rr)
        if x > y and not (rr.counted.match(head) or action.casefold() not in rr.weak_verbs | {""}):
            continue  # more than the whole: only a counted noun or an achievement verb makes it x of y
        pct = _PERCENT.match(rest)
        cut = before.rfind(action) if action else -1
        out.append({"start": s, "end": e, "x": x, "y": y, "subject": subject, "head": head, "action": action,
                    "percent": parse_number(pct["p"]) if pct else None,
                    "owner": _owner(joined, cut, rr) if cut > 0 else ""})
    return out


_COUNT = patterns.compile(rf"(?<![\d/.,])(?P<n>{NUMBER})(?P<pct>\s*%)?(?![\d/%]|[.,]\d)")


def find_figures(text: str, taken, rr: RatioRules) -> list[dict]:
    """Percentages and counts right after an achievement verb ("đạt 67%", "kết nạp 134 đảng viên")."""
    out = []
    for v in rr.verbs.finditer(text):
        if v.group("v").casefold() in rr.weak_verbs:
            continue
        m = _COUNT.match(text, v.end() + 1) if text[v.end():v.end() + 1] == " " else None
        if not m or any(m.start() < b and a < m.end() for a, b in taken):
            continue
        after = text[m.end():]
        if m["pct"]:
            subject = rr.percent_subject.match(after)
            out.append({"start": v.start(), "end": m.end(), "kind": "percent", "value": parse_number(m["n"]),
                        "unit": "%", "subject": subject.group(1).strip() if subject else "", "action": v.group("v")})
            continue
        noun = rr.counted.match(after.lstrip())
        if noun:
            out.append({"start": v.start(), "end": m.end() + (len(after) - len(after.lstrip())) + noun.end(),
                        "kind": "count", "value": parse_number(m["n"]), "unit": "",
                        "subject": noun.group("n"), "action": v.group("v")})
    return out


def extract_ratios(sentences, to_original, dates_by_sentence, rules: Rules) -> tuple[list[Ratio], list[Figure]]:
    rr = ratio_rules(rules)
    ratios, figures = [], []
    for s in sentences:
        taken = dates_by_sentence.get(s.index, [])
        found = find_ratios(s.text, taken, rr, s.joined)
        for r in found:
            a, b = to_original(s.start + r["start"], s.start + r["end"])
            ratios.append(Ratio(text=s.text[r["start"]:r["end"]], numerator=r["x"], denominator=r["y"],
                                subject=r["subject"], subject_head=r["head"], action=r["action"],
                                percent=r["percent"], owner=r["owner"], sentence=s.index, start=a, end=b,
                                rule="ratio-x/y" + ("-subject" if r["head"] else ""),
                                confidence=0.95 if r["head"] else 0.7))
        busy = taken + [(r["start"], r["end"]) for r in found]
        for f in find_figures(s.text, busy, rr):
            a, b = to_original(s.start + f["start"], s.start + f["end"])
            figures.append(Figure(text=s.text[f["start"]:f["end"]], kind=f["kind"], value=f["value"], unit=f["unit"],
                                  subject=f["subject"], action=f["action"], sentence=s.index, start=a, end=b,
                                  rule=f"figure-{f['kind']}", confidence=0.8))
    return ratios, figures

