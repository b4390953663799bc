"""Load and check the data files in ``rules/``.

Rules are data: this module reads them, checks their shape (an error names the file,
the line and the field), normalises every entry once (NFC, one tone placement) and
exposes them as plain Python structures. The rules' version is a hash of the files,
so a changed rule file makes the nightly ingest re-extract.
"""
from __future__ import annotations

import hashlib
import importlib.resources
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Callable, Literal, Optional, TypeVar

import regex
import yaml
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, RootModel, ValidationError

from .text import normalize
from .errors import RuleError



def default_rules_dir() -> Path:
    """``$VNIE_RULES`` when set, else the rules shipped inside the package (``vnie.rules``)."""
    env = os.environ.get("VNIE_RULES")
    if env:
        return Path(env)
    return Path(str(importlib.resources.files("vnie.rules")))


RULES_DIR = default_rules_dir()

# ------------------------------------------------------------------ the shape of each file

def _phrase(value) -> str:
    """An entry: a non-empty string (or a number written bare), normalised once, here."""
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"entry {value!r} is not a non-empty string")
    return normalize(value)


Phrase = Annotated[str, BeforeValidator(_phrase)]
# A group of words: never empty, so no group can become an alternation that matches everything.
Words = Annotated[list[Phrase], Field(min_length=1)]


V = TypeVar("V")
# A non-empty mapping from phrases to values: ``Table[int]``.
Table = Annotated[dict[Phrase, V], Field(min_length=1)]


class RuleFile(BaseModel):
    """A rule file: every group is required and typed; a group not listed here is refused."""
    model_config = ConfigDict(extra="forbid")


class Bodies(RuleFile):
    territorial: Words
    organisational: Words


class TitlesFile(RuleFile):
    positions: Words
    abbreviated_positions: Words  # titles, but no cue for a name ("TGĐ Vinashin")
    whole_titles: Words
    abbreviated_whole_titles: Words  # whole titles, but no cue for a name ("TUV", "BTĐU")
    positions_naming_a_body: Words
    positions_naming_a_ministry: Words
    positions_naming_a_place: Words  # a place right after ("Trưởng đoàn ĐBQH Hòa Phong")
    province_posts: Words  # "Chủ tịch Hà Nội": a province alone names the body
    same_titles: dict[str, str]  # one office written two ways: the canonical key is the second
    province_post_exceptions: Words  # "Chủ tịch Hồ Chí Minh" is a person
    verb_like_body_words: Words
    company_bodies: Words
    company_boards: Words  # a title ending in one shares the company of the next title
    company_positions: Words  # a company's name alone may follow ("Tổng Giám đốc Vietcombank")
    state_and_company_positions: Words  # ... a person's name may follow too ("Chủ tịch Putin")
    function_areas: Words  # the part of a company a company's position heads ("Giám đốc tài chính")
    brand_kinds: Words  # the kind of business between such a position and the name ("CEO hãng xe X")
    editor_notes: Words  # who wrote a bracket's note ("(…, Giám đốc X - PV)"): no word of a body
    bodies_named_after_people: Words
    standalone_bodies: Words
    lowercase_bodies: Words
    purpose_bodies: Words
    body_links: Words
    parent_bodies: Words  # after a comma, the body a title's body belongs to ("…, Sư đoàn 316")
    unit_words: Words  # a unit of a department or ministry ("phòng", "Vụ", "Cục")
    unit_parents: Words  # after a comma, the department or ministry a unit belongs to ("…, Sở Nội vụ")
    descriptive_heads: Words  # a department named in lower-case words ("Vụ Tài chính các ngân hàng …")
    descriptive_name_ends: Words  # words a name may end before ("… Vụ Ngân sách nhà nước cho bà A")
    descriptive_name_stops: Words  # words that end such a name ("…, Vụ trưởng Vụ Pháp chế cho biết")
    country_links: Words
    membership_bodies: Words
    membership_bodies_short: Words
    member_word: Words
    markers: Words
    qualifiers: Words
    bodies: Bodies
    body_words: Words
    seated_body_words: Words  # a body ending in one names its seat after a seat link ("TAND cấp cao tại Đà Nẵng")
    seat_links: Words
    upper_levels: Words
    lower_levels: Words
    commune_levels: Words  # a commune's body: its district may follow after a comma
    district_levels: Words
    levels: Words
    level_descriptors: Words  # between a level and its place's name ("huyện miền núi Tây Giang")
    shared_positions: Words  # posts several hold at once: vnie post flags no overlap for them
    one_person_qualifiers: Words  # ... unless so qualified ("Phó Bí thư Thường trực")


class PlacesFile(RuleFile):
    provinces: Words
    other: Words


class DatesFile(RuleFile):
    day_parts: Words
    weekdays: Words
    month_names: Table[int]
    numbers: Table[int]
    quarters: Table[int]
    period_sides: Table[Literal["first", "last"]]
    periods: Table[Optional[tuple[int, int]]]
    durations: Words
    before_day: Words
    day_occasions: Words
    term_openers: Words
    review_words: Words
    spans: Words
    relative: Table[int]
    term_spans: Words
    birth_before: Words
    target_before: Words
    compare_before: Words
    future_words: Words
    bare_year_before: Words
    rest_of_year: Words  # the months after a period the text named ("những tháng còn lại của năm 2019")
    relative_years: Table[int]
    year_count_before: Words
    another_year_after: Words
    numbering_words: Words
    edition_before: Words
    decade_words: Words
    lunar_stems: Words
    lunar_branches: Words
    lunar_markers: Words
    same_day_markers: Words


class RatiosFile(RuleFile):
    verbs: Words
    counted: Words
    owners: Words
    owner_levels: Table[Annotated[list[Phrase], Field(min_length=1)]]
    scores: Words
    scales: Words
    named_before: Words
    address_before: Words
    subject_ends: Words
    weak_verbs: Words
    percent_links: Words


class PeopleFile(RuleFile):
    honorifics: Words
    ranks: Words
    not_person_before: Words
    role_verbs: Table[Literal["holds", "elected", "appointed", "nominated", "relieved", "former"]]
    byline_markers: Words
    list_honorifics: Words
    appositive_copulas: Words
    taking_verbs: Words  # after a name, they take a post an electing verb named before without its holder
    taking_adverbs: Words  # "ông A đã trúng cử với …": between a name and a verb taking a post named before
    appositive_asides: Words  # "A, sinh năm 1975, quê huyện Tân Lạc, T": between a name and its title
    title_joiners: Words
    list_copulas: Words
    list_header_tails: Words
    election_words: Words
    list_copula_openers: Words
    counts: Words
    bare_positions: Words
    verb_helpers: Words
    verb_adverbs: Words  # how a post is given: "bổ nhiệm có thời hạn chức vụ T"
    verb_quantifiers: Words
    verb_objects: Words
    verb_object_joiners: Words
    verb_nominalisers: Words  # "Nghị quyết bầu T": the verb names a document, no one's role
    agent_verbs: Words  # "HĐND bầu T": the name before an active one is who elects, not who is elected
    passive_markers: Words  # "được (HĐND tỉnh) bầu T": the name before is who is elected
    copula_role_verbs: Words  # "làm tổ trưởng": a bare title after one is no post by name
    past_clause_openers: Words
    subject_openers: Words
    pronoun_verbs: Words  # "… ông từng kinh qua …": a pronoun for the subject without a comma before it
    plural_markers: Words  # "các ông, bà": honorifics standing for a group, no pronoun of the subject's
    career_line_openers: Words  # "- Từ năm 2010 đến 2015: Giám đốc Sở …": a line of a career history
    biography_fields: Words  # "Chức vụ hiện nay: …", "Quê quán: …": a line of a biography's card
    degrees: Words  # "là thạc sĩ luật, Trưởng đoàn …": degrees between a role verb and its titles
    verb_object_modifiers: Words  # "từng giữ nhiều chức vụ quan trọng như: …"
    verb_object_places: Words  # "giữ các chức vụ tại Hòa Phong như …"
    former_markers: Words
    membership_openers: Words
    object_markers: Words
    possessives: Words
    possessor_markers: Words  # "người tiền nhiệm của bà A, ông B": A owns the noun, B is the subject
    workplace_links: Words  # "công tác tại BODY …": where a person is sent to work
    workplace_verbs: Words  # "… với chức vụ T": the post given there, without its body
    chain_openers: Words
    not_chain_after: Words
    aliases: Table[Phrase]
    occupation_roles: Words
    occupation_modifiers: Words
    topic_openers: Words  # "Đối với ông A, Chủ tịch UBND tỉnh giao …": the title after the comma is no apposition
    occupation_fields: Words  # what narrows an occupation down before a name ("vận động viên bơi lội A")
    occupation_abbreviations: Table[Phrase]  # "BTV Nguyễn Thu Hà": a newsreader, not a standing committee
    session_words: Words  # "kỳ họp thứ 12 HĐND tỉnh": the session whose council the delegates are of
    councils: Words
    delegate_words: Words  # "Đại biểu A (Tổ đại biểu huyện X) chất vấn": a delegate of that council
    specialty_grades: Words  # "A, Bác sĩ chuyên khoa II, Giám đốc …": a grade between two titles
    replacing_words: Words
    relative_openers: Words
    pending_openers: Words
    respective_markers: Words  # "A và B lần lượt giữ chức T1 và T2": the titles go in order


class EventsFile(RuleFile):
    nouns: Words
    ceremonies: Words
    verbs: Words
    speeches: Words
    said_at: Words
    agenda: Words
    organiser_verbs: Words
    acted: Words
    kind_modifiers: Words
    noun_prefixes: Words
    clock_markers: Words
    scene_openers: Words
    not_meetings: Words
    many_openers: Words
    many_in_name: Words
    acts: Table[Annotated[list[Phrase], Field(min_length=1)]]
    place_markers: Words
    place_stops: Words
    anaphora: Words
    name_stops: Words
    future: Words
    background: Words
    documents: Words
    document_markers: Words
    past_after: Words
    not_meeting_before: Words
    many: Words
    biography: Words
    generic: Words




class NamesGlue(RuleFile):
    after_title: Words
    held_at: Words
    nationality: Words
    house_number: Words
    list_joiners: Words
    prepositions: Words
    plural: Words
    examples: Words
    not_subject_before: Words
    companies_too: Words


class NamesFile(RuleFile):
    """rules/names.yaml: the cues and guards of the names and ner stages."""
    honorifics: Words
    occupations: Words
    titles: Words
    modifiers: Words
    departments: Words
    sentence_openers: Words
    connectives: Words
    middle_names: Words
    org_heads: Words
    name_prefixes: Words
    connectors: Words
    org_words: Words
    not_person_before: Words
    stage_name_cues: Words
    person_brackets: Words
    subject_verbs: Words
    player_verbs: Words
    foreign_given_names: Words
    name_suffixes: Words
    glue: NamesGlue


class AbbreviationsFile(RootModel[Annotated[dict[str, str], Field(min_length=1)]]):
    """Abbreviation (as written, case-sensitive, not normalised) -> expansion."""


SCHEMAS: dict[str, type[BaseModel]] = {
    "abbreviations.yaml": AbbreviationsFile, "titles.yaml": TitlesFile, "places.yaml": PlacesFile,
    "dates.yaml": DatesFile, "ratios.yaml": RatiosFile, "people.yaml": PeopleFile, "events.yaml": EventsFile,
    "names.yaml": NamesFile,
}


def _line_of(path: Path, needle: str) -> int:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if needle in line:
            return n
    return 1


# libyaml's loader where PyYAML was built with it: the same data, a tenth of the start-up time
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(path: Path) -> dict:
    """A YAML rule file checked against its schema; an error names the file, the line and the field."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", 0) + 1
        raise RuleError(path, line, "yaml", str(exc).splitlines()[0]) from None
    except OSError as exc:
        raise RuleError(path, 0, "file", exc.strerror or str(exc)) from None
    if not isinstance(data, dict):
        raise RuleError(path, 1, "top level", "expected a mapping")
    try:
        return SCHEMAS[path.name].model_validate(data).model_dump()
    except ValidationError as exc:
        err = exc.errors()[0]
        where = [str(x) for x in err["loc"] if not str(x).startswith("function-")]
        field = ".".join(where) or "top level"
        reason = {"missing": "missing group", "extra_forbidden": "unknown field",
                  "too_short": "empty group"}.get(err["type"], err["msg"])
        bad = err.get("input")
        needle = f"{where[0]}:" if where and err["type"] != "value_error" else str(bad)
        raise RuleError(path, _line_of(path, needle), field, reason) from None


def load_lines(path: Path) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:  # a rules folder without surnames.txt: E020 naming the file, not a traceback
        raise RuleError(path, 0, "file", exc.strerror or str(exc)) from None
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if len(line) > 80:
            raise RuleError(path, n, "entry", "longer than 80 characters")
        out.append(normalize(line))
    return out


@dataclass(eq=False)
class Rules:
    version: str
    abbreviations: dict
    titles: dict
    places: set
    surnames: set
    not_names: set
    dates: dict
    ratios: dict
    events: dict
    people: dict
    names: dict
    world_places: set  # countries included
    countries: set
    provinces: set = field(default_factory=set)  # the provinces and centrally-run cities (places.yaml)
    directory: Path = field(default=RULES_DIR)
    # what the stages build from these rules (compiled patterns, grammars), built once: see compiled()
    built: dict = field(default_factory=dict, repr=False)


T = TypeVar("T")

SPACE = r"\s+"  # between the words of a phrase in running text
JOINED_SPACE = r"[ _]+"  # in a sentence's joined form ("Phan_Tấn_Cảnh"), where words keep "_" inside


def whole_words(phrases, space: str = SPACE) -> str:
    """``alternation`` of ``phrases`` as whole words: not inside a longer word on either side."""
    return rf"(?<![\p{{L}}])(?:{alternation(phrases, space)})(?![\p{{L}}])"


def alternation(phrases, space: str = SPACE) -> str:
    """A regex matching each phrase, the longest one where several start alike, each space between
    words matching ``space``. The phrases share their first words as a tree ("Phó (?:Bí thư|Chủ
    tịch)"), so a group of a hundred titles costs a regex little more than one of a few.

    An empty group is an error here (and the rule files refuse one when loaded): an empty
    alternation would match everywhere.
    """
    words = [p.split() for p in set(phrases) if p.split()]
    if not words:
        raise ValueError("an empty group of words")
    tree: dict = {}
    for phrase in words:
        node = tree
        for word in phrase:
            node = node.setdefault(word, {})
        node[""] = {}  # a phrase ends here
    return _branches(tree, space)


def _branches(node: dict, space: str) -> str:
    """The alternatives of a tree node, longer words first, each word's longer phrases before its end."""
    out = []
    for word in sorted((w for w in node if w), key=lambda w: (-len(w), w)):
        child = node[word]
        rest = _branches(child, space) if any(child) else ""
        if rest and "" in child:
            out.append(f"{regex.escape(word)}(?:{space}(?:{rest}))?")
        elif rest:
            out.append(f"{regex.escape(word)}{space}(?:{rest})")
        else:
            out.append(regex.escape(word))
    return "|".join(out)


def compiled(rules: Rules, build: Callable[[Rules], T]) -> T:
    """What ``build`` makes of ``rules`` (a stage's compiled patterns), made once per rules folder."""
    try:
        return rules.built[build]
    except KeyError:
        made = rules.built[build] = build(rules)
        return made


def rules_version(directory: Path = RULES_DIR) -> str:
    h = hashlib.sha256()
    for path in sorted(directory.iterdir()):
        if path.suffix in {".yaml", ".txt", ".jsonl"}:
            h.update(path.name.encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:12]


@lru_cache(maxsize=4)
def load_rules(directory: str | None = None) -> Rules:
    d = Path(directory) if directory else RULES_DIR
    if not d.is_dir():
        raise RuleError(d, 0, "directory", "rules directory not found (set VNIE_RULES)")
    places = load_yaml(d / "places.yaml")
    countries = set(load_lines(d / "countries.txt"))
    return Rules(
        version=rules_version(d),
        abbreviations=load_yaml(d / "abbreviations.yaml"),
        titles=load_yaml(d / "titles.yaml"),
        places=set(places["provinces"]) | set(places["other"]),
        surnames=set(load_lines(d / "surnames.txt")),
        not_names=set(load_lines(d / "not_names.txt")),
        dates=load_yaml(d / "dates.yaml"),
        ratios=load_yaml(d / "ratios.yaml"),
        events=load_yaml(d / "events.yaml"),
        people=load_yaml(d / "people.yaml"),
        names=load_yaml(d / "names.yaml"),
        world_places=set(load_lines(d / "world_places.txt")) | countries,
        countries=countries,
        provinces=set(places["provinces"]),
        directory=d,
    )
