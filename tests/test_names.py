"""Names: who a sentence names, by surname or by cue, behind the guards; the ner stage.

Every sentence here is written for these tests (invented people, real countries and
cities). A case lists the people ``extract_text`` must give, by name; a name's rule and
confidence are checked where they are the point. The gazetteers of ``rules/names.yaml``,
``rules/world_places.txt``, ``rules/not_names.txt`` and the surnames added for minority and
Tây Nguyên names get one sentence per entry, made from a template of ours.
"""
from __future__ import annotations

import pytest

import vnie
from vnie import extract_text
from vnie.errors import VnieError
from vnie.language import PROVIDERS, STAGES
from vnie.ruleset import load_rules
from vnie.stages import ner as ner_stage
from vnie.stages.names import extract_names, is_vietnamese_syllable, name_rules
from vnie.stages.ner import compile_template, extract_ner_names, features
from vnie.stages.segment import segment_text

RULES = load_rules()


def people(text: str) -> set[str]:
    return {p.name for p in extract_text(text).people}


def rules_of(text: str) -> dict[str, tuple[str, float]]:
    """Each person's rule and confidence as the names stage gave them (a role linked later adds
    "-titled" and makes the person sure: that is the people stage's, tested in test_people)."""
    return {p.name: (p.rule.removesuffix("-titled"), _named(p.name, text)) for p in extract_text(text).people}


def _named(name: str, text: str) -> float:
    doc = vnie.load()(text)
    return max((n.confidence for found in doc._.names.values() for n in found if n.text == name), default=0.0)


def names_found(text: str) -> set[str]:
    """What the names and ner stages found (before the people stage links titles: a title's body
    may take a foreign name into it, "Bộ trưởng Công an Pháp Gérald Martin")."""
    doc = vnie.load()(text)
    return {n.text for found in doc._.names.values() for n in found if n.confidence >= 0.5}


def mentions(text: str) -> dict[str, list[str]]:
    return {p.name: [m.text for m in p.mentions] for p in extract_text(text).people}


# ------------------------------------------------------------------ cues

CUES = [
    # honorifics, in lower case anywhere and capitalised where a clause starts
    ("Theo lời kể của ông Chẩu Văn Lâm, con đường được mở năm 1998.", {"Chẩu Văn Lâm"}),
    ("Bà Sử Thị Mai nhận giấy khen của xã.", {"Sử Thị Mai"}),
    ("Anh Tony An cho biết chương trình thu hút khán giả.", {"Tony An"}),
    ("Trong buổi gặp, chị Y Thị Bích Hạnh kể lại chuyện cũ.", {"Y Thị Bích Hạnh"}),
    ("Các đồng chí A Pớt, Nguyễn Văn Hòa tiếp tục tham gia Ban Thường vụ.", {"A Pớt", "Nguyễn Văn Hòa"}),
    ("Dr Anthony Fauci cảnh báo về dịch bệnh.", {"Anthony Fauci"}),
    ("Đội bóng vẫn nhớ thời Sir Alex Ferguson dẫn dắt.", {"Alex Ferguson"}),
    # positions, foreign ones included; the country before the name is left out
    ("Tổng thống Mỹ Donald Trump tiếp Thủ tướng Nhật Bản Shinzo Abe tại Nhà Trắng.", {"Donald Trump", "Shinzo Abe"}),
    ("Bộ trưởng Ngoại giao Nga Sergei Lavrov đến Hà Nội.", {"Sergei Lavrov"}),
    ("Chủ tịch Tập Cận Bình tiếp Tổng thống Pháp Emmanuel Macron.", {"Tập Cận Bình", "Emmanuel Macron"}),
    ("Thượng nghị sĩ Bernie Sanders phát biểu trước quốc hội.", {"Bernie Sanders"}),
    ("Chủ tịch nước đã tiếp Đại sứ Nga tại Việt Nam Gennady Ivanov.", {"Gennady Ivanov"}),
    ("Nhà vua Charles đón khách tại cung điện.", {"Charles"}),  # one foreign word after a cue is a name
    # occupations
    ("HLV Park Hang-seo gọi thêm ba cầu thủ.", {"Park Hang-seo"}),
    ("Ca sĩ Mỹ Tâm và ca sĩ Đức Phúc cùng biểu diễn.", {"Mỹ Tâm", "Đức Phúc"}),
    ("Nhà văn Nguyễn Nhật Ánh và nhà thơ Xuân Quỳnh được nhắc đến.", {"Nguyễn Nhật Ánh", "Xuân Quỳnh"}),
    ("Bị cáo Phạm Văn Q. khai nhận hành vi.", {"Phạm Văn Q."}),
    ("Bệnh nhân Lê Tuyết H., 64 tuổi, đã xuất viện.", {"Lê Tuyết H."}),
    ("Nhà báo Huyền Vũ tháp tùng đoàn.", {"Huyền Vũ"}),
    ("Đó là HLV người Đức Karl Heinz Weigang, người đưa đội tuyển đi xa.", {"Karl Heinz Weigang"}),
    ("Phim kể về họa sĩ nổi tiếng Jang Seung-up của thế kỷ 19.", {"Jang Seung-up"}),
    # a modifier between the occupation and a Vietnamese name too; not before a place or a club
    ("Bài hát ông song ca cùng cô học trò nhỏ Thu Sa năm ấy.", {"Thu Sa"}),
    ("Nhạc sĩ nổi tiếng Minh Long vừa ra mắt album.", {"Minh Long"}),
    ("Nhiều ca sĩ trẻ Hà Nội tham gia.", set()),
    ("Cầu thủ trẻ Hòa Phong FC ghi bàn.", set()),
    ("Diễn viên điện ảnh Hàn Quốc đến Hà Nội.", set()),
    ("Sự thất bại của đại tá Ducoroy đã rõ.", {"Ducoroy"}),
    ("Cô ấy hát với nghệ danh Thùy Dương từ năm 1960.", {"Thùy Dương"}),
    # a list shares its cue; weak names listed beside a name are names
    ("Tiền vệ Tuấn Anh, Xuân Trường và Văn Toàn cùng lên tuyển.", {"Tuấn Anh", "Xuân Trường", "Văn Toàn"}),
    ("Hai hậu vệ Tấn Tài, Đình Trọng chưa được ra sân.", {"Tấn Tài", "Đình Trọng"}),
    ("Cùng thi đấu có Lê Văn Thành, Nguyễn Đạt, Nguyễn Hưng.", {"Lê Văn Thành", "Nguyễn Đạt", "Nguyễn Hưng"}),
    # after an occupation, a foreign name of two words or a given name listed beside a Vietnamese one
    ("Ca sĩ Thu Hằng và Lena Morozova song ca.", {"Thu Hằng", "Lena Morozova"}),
    ("Diễn viên Bảo Ngọc và Sophie góp mặt trong phim.", {"Bảo Ngọc", "Sophie"}),
    ("Ca sĩ Thu Hằng và Samsung ký hợp đồng quảng cáo.", {"Thu Hằng"}),
    # Vietnamese names whose surname the list lacks: the middle name says so
    ("Hai đảng viên Quềnh Văn Lả và Mè Thị Ún nhận huy hiệu.", {"Quềnh Văn Lả", "Mè Thị Ún"}),
]


@pytest.mark.parametrize("text,expected", CUES, ids=[c[0][:40] for c in CUES])
def test_cues(text, expected):
    assert people(text) == expected


def test_a_name_carries_its_rule_and_confidence():
    found = rules_of("Tổng thống Mỹ Donald Trump tiếp ông Lê Văn Tám, Giám đốc Sở Y tế.")
    assert found["Donald Trump"] == ("name-title", 0.85)
    assert found["Lê Văn Tám"] == ("name-surname", 0.95)
    assert rules_of("HLV Park Hang-seo đến sân.")["Park Hang-seo"] == ("name-occupation", 0.8)


# ------------------------------------------------------------------ the examples of a plural occupation

EXAMPLES = [
    # a plural, an occupation (a club after it), then "như": its examples; the list goes on
    ("Ông từng bất hòa với nhiều cầu thủ Hòa Phong FC như Marco Tessaro, Luis Abrego.", {"Marco Tessaro", "Luis Abrego"}),
    ("Các ca sĩ trẻ như Lam Trường và Hồng Ngọc sẽ biểu diễn tối nay.", {"Lam Trường", "Hồng Ngọc"}),
    ("Chương trình có sự tham gia của hai nghệ sĩ là Thu Sa và Đinh Long.", {"Thu Sa", "Đinh Long"}),
    # the rest of the clause between, clubs in brackets stepped over (a capitalised one too)
    ("Những cầu thủ đang thi đấu tốt ở giải hạng Nhất là Hữu Khang (Hòa Phong FC), Văn Lực, Bảo Tín (Sanna), Minh Lực.",
     {"Hữu Khang", "Văn Lực", "Bảo Tín", "Minh Lực"}),
    # not: another plural nearer ("các tỉnh"), places, a school, capitalised common words, a clause ended
    ("Nhiều cầu thủ đến từ các tỉnh như Hòa Phong, Tân Lập.", set()),
    ("Các cầu thủ như Hà Nội và Hải Phòng đều có sân mới.", set()),
    ("Các cầu thủ của đội là niềm tự hào của Hòa Phong.", set()),
    ("Các học sinh như Trường THPT Hòa Phong đều đạt giải.", set()),
    ("Các bác sĩ là Thanh Niên xung phong năm xưa.", set()),
    ("Các cầu thủ đã về nước. Như Hòa Phong, nhiều tỉnh mở lớp bóng đá.", set()),
    ("Cầu thủ Real Madrid như Iker Ramos không ưa ông.", set()),  # no plural: one player, not examples
    ("Các nhà đầu tư như Tân Long, Minh Phát đã rót vốn.", set()),  # firms are investors too
]


@pytest.mark.parametrize("text,expected", EXAMPLES, ids=[c[0][:40] for c in EXAMPLES])
def test_examples_of_a_plural_occupation(text, expected):
    assert people(text) == expected


def test_an_example_carries_its_rule():
    assert rules_of("Đội có nhiều hậu vệ như Marco Tessaro.")["Marco Tessaro"] == ("name-example", 0.75)


# ------------------------------------------------------------------ a title, its body, then the name

TITLE_BODY_NAME = [
    # a ministry, an abbreviation between the title and the name; two connectors in a name
    ("Người phát ngôn Bộ Ngoại giao Pháp Camille Durand trả lời báo chí.", {"Camille Durand"}),
    ("Tổng giám đốc WTO Amara Okafor dự hội nghị.", {"Amara Okafor"}),
    ("Ngoại trưởng Đức gặp người đồng cấp Trung Quốc Lưu Kiến Hoa tại Berlin.", {"Lưu Kiến Hoa"}),
    ("Bà Margarethe von der Heide thăm Huế.", {"Margarethe von der Heide"}),
    ("Cua-rơ Matteo Brandi về nhất chặng đua.", {"Matteo Brandi"}),
    # a suffix keeps its dot
    ("Thống đốc Harold Quimby Jr. ký sắc lệnh.", {"Harold Quimby Jr."}),
    ("Ông Harold Quimby Sr. qua đời.", {"Harold Quimby Sr."}),
    # a regnal number after a foreign name; not after a Vietnamese one, not a list's number
    ("Vua Frederik IX tiếp đoàn tại cung điện.", {"Frederik IX"}),
    ("Ông Lê Văn Tám đọc phần II của báo cáo.", {"Lê Văn Tám"}),
    # not: the title and its body alone; a connector that joins no capitalised word
    ("Người phát ngôn Bộ Ngoại giao Pháp trả lời báo chí.", set()),
    ("Tổng giám đốc WTO dự hội nghị tại Genève.", set()),
    ("Đoàn đến Paris von der tháng trước.", set()),
]


@pytest.mark.parametrize("text,expected", TITLE_BODY_NAME, ids=[c[0][:40] for c in TITLE_BODY_NAME])
def test_a_title_its_body_then_the_name(text, expected):
    assert people(text) == expected


# ------------------------------------------------------------------ a foreign name before a verb only a person does

SUBJECT_VERBS = [
    ("Hôm qua, Teodor Vasilenko kêu gọi các nước láng giềng hỗ trợ.", {"Teodor Vasilenko"}),
    ("Phút 12, Ethan Marlowe đánh đầu dội xà ngang.", {"Ethan Marlowe"}),
    ("Sau trận, Luca De Santis thừa nhận đội đã chơi kém.", {"Luca De Santis"}),
    ("Aiko Tanabe phát biểu tại lễ khai mạc triển lãm.", {"Aiko Tanabe"}),
    # not: a club, a city or a firm before the same verbs, Vietnamese syllables, one word, other verbs
    ("Bayern Munich thừa nhận đã sai lầm khi bán cầu thủ.", set()),
    ("Real Madrid kiến tạo nhiều cơ hội hơn.", set()),
    ("Hòa Phong FC chia sẻ hình ảnh buổi tập.", set()),
    ("Đông Hải phát biểu ý kiến về dự án.", set()),
    ("Vasilenko phát biểu tại hội nghị.", set()),
    ("Hamas bác bỏ đề xuất mới.", set()),
    ("Athletic Bilbao ghi bàn ở phút cuối.", set()),
    ("Sau khi CLB Ethan Marlowe ra mắt, Ethan Marlowe chia sẻ kế hoạch.", set()),
    # one word: only before what only a player does; not a speaker (a club, a firm), not a place
    ("Trong hiệp hai, Dembowski đá chính thay người đồng đội.", {"Dembowski"}),
    ("Vasilenko chia sẻ niềm vui với người hâm mộ.", set()),
    ("Sau bàn thua, Madrid đá chính đội hình mạnh nhất.", set()),
    # Vietnamese syllables: two or three before what only a player does; not a place, not common words
    ("Phút 40, Hữu Lộc đánh đầu dội cột dọc.", {"Hữu Lộc"}),
    ("Ở trận này, Nam Định đá chính đội hình dự bị.", set()),
    ("Thanh Niên đá chính trong trận giao hữu.", set()),
    ("Hữu Lộc chia sẻ niềm vui với đồng đội.", set()),
]


@pytest.mark.parametrize("text,expected", SUBJECT_VERBS, ids=[c[0][:40] for c in SUBJECT_VERBS])
def test_a_foreign_name_before_a_verb_only_a_person_does(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("verb", RULES.names["player_verbs"])
def test_each_player_verb_makes_a_foreign_name_of_one_word(verb):
    assert verb in RULES.names["subject_verbs"]
    assert rules_of(f"Tối qua, Dembowski {verb} trước đông đảo khán giả.") == {"Dembowski": ("name-subject", 0.7)}


@pytest.mark.parametrize("verb", RULES.names["subject_verbs"])
def test_each_subject_verb_makes_a_foreign_name(verb):
    assert rules_of(f"Tối qua, Teodor Vasilenko {verb} trước đông đảo khán giả.") == {
        "Teodor Vasilenko": ("name-subject", 0.7)}


# ------------------------------------------------------------------ a foreign given name first

GIVEN_FIRST = [
    # a place, a line, a fashion house, a school or a park named after a person, a club after "của"
    ("Du khách đổ về George Town để thưởng thức ẩm thực.", set()),
    ("Tuyến Victoria Line ở London tạm dừng chạy.", set()),
    ("Hãng thời trang Pierre Lamotte ra mắt bộ sưu tập mới.", set()),
    ("Trường Quốc tế Alexander Brodsky tuyển sinh lớp 1.", set()),
    ("Công viên Anna Kessler mở cửa miễn phí.", set()),
    ("Quỹ Peter & Anna Kessler tài trợ học bổng.", set()),
    ("Đại diện Harper & Sophie Collins có mặt.", set()),
    ("Ông Lê Văn Tám gặp Sophie Collins tại Paris.", {"Lê Văn Tám", "Sophie Collins"}),
    ("Tiền đạo của Ethan Marlowe FC lập cú đúp.", set()),
    ("Tay vợt Lê Minh Khoa thua Carlos Barreto sau ba set.", {"Lê Minh Khoa", "Carlos Barreto"}),
    ("Bàn thắng của Robert Kowalczyk đến ở phút 80.", {"Robert Kowalczyk"}),
    ("Theo Dmitry Sorokin, cuộc đàm phán sẽ kéo dài.", {"Dmitry Sorokin"}),
    ("Đoàn gồm Joe Harlan, Rishi Kapadia và Giorgia Bellini.", {"Joe Harlan", "Rishi Kapadia", "Giorgia Bellini"}),
    # not: a place in the run, an organisation, a work, a street or a school named after a person
    ("Đội bóng Inter Miami vừa mua thêm hậu vệ.", set()),
    ("Cầu thủ của Inter Miami được nghỉ hai tuần.", set()),
    ("Khách sạn Victoria Sydney mở cửa lại.", set()),
    ("Thương hiệu Louis Vuitton mở cửa hàng ở Hà Nội.", set()),
    ("Phim Harry Potter được chiếu lại.", set()),
    ("Sân bay Charles de Gaulle đông khách.", set()),
    ("Đại học Johns Hopkins công bố nghiên cứu mới.", set()),
    ("Đường Alexandre de Rhodes rợp bóng cây.", set()),
    ("Giải thưởng Albert Einstein năm nay trao cho hai nhà khoa học.", set()),
]


@pytest.mark.parametrize("text,expected", GIVEN_FIRST, ids=[c[0][:40] for c in GIVEN_FIRST])
def test_a_foreign_given_name_first(text, expected):
    assert people(text) == expected


def test_no_foreign_given_name_is_a_vietnamese_syllable_a_surname_or_a_place():
    for name in RULES.names["foreign_given_names"]:
        assert not is_vietnamese_syllable(name) and name not in RULES.surnames, name
        assert name not in RULES.world_places and name not in RULES.places, name


# ------------------------------------------------------------------ a bracket that describes a person

DESCRIBED = [
    ("Qua mạng xã hội, Liễu quen Bảo Tín (đang cư trú tại Đức) và nhờ giúp đỡ.", {"Bảo Tín"}),
    ("Cơ quan điều tra đã bắt Bảo Tín (SN 1990, trú tại xã Tân Lập).", {"Bảo Tín"}),
    ("Cùng đi có Minh Lực (35 tuổi, ngụ quận 3).", {"Minh Lực"}),
    ("Hoàng Lực (đang cư trú tại Đức) có nhiều người quen.", {"Hoàng Lực"}),  # a surname, two syllables
    # not: a place described, a company, Vietnamese and foreign syllables mixed
    ("Đoàn đến thăm Tân Lập (quê hương của nhạc sĩ) vào sáng nay.", set()),
    ("Đoàn đến thăm Tân Lập (tỉnh Hòa Phong) vào sáng nay.", set()),
    ("Nhóm Sanna Crew (trú tại Hà Nội) biểu diễn.", set()),
    ("Công ty Minh Long (trú sở tại Hà Nội) phá sản.", set()),
]


@pytest.mark.parametrize("text,expected", DESCRIBED, ids=[c[0][:40] for c in DESCRIBED])
def test_a_bracket_that_describes_a_person(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("word", RULES.names["person_brackets"])
def test_each_person_bracket_makes_a_name(word):
    inside = f"35 {word}" if word == "tuổi" else f"{word} Hòa Phong"
    assert rules_of(f"Cơ quan điều tra đã làm việc với Bảo Tín ({inside}).") == {"Bảo Tín": ("name-described", 0.8)}


# ------------------------------------------------------------------ stage names in capitals

STAGE_NAMES = [
    ("Giải thưởng thuộc về ca sĩ SANNOR (lĩnh vực nghệ thuật).", {"SANNOR"}),
    ("Ca sĩ SANNOR là gương mặt trẻ nổi bật.", {"SANNOR"}),
    # not: an abbreviation (no two vowels), a headline in capitals, a domain
    ("Diễn viên VTV đến trường quay.", set()),
    ("CA SĨ TRẺ ĐẾN HÒA PHONG", set()),
    ("Ca sĩ sannor.vn là trang mới.", set()),
]


@pytest.mark.parametrize("text,expected", STAGE_NAMES, ids=[c[0][:40] for c in STAGE_NAMES])
def test_stage_names_in_capitals(text, expected):
    assert people(text) == expected


# ------------------------------------------------------------------ minority and Tây Nguyên names

MINORITY = [
    ("Ông Lò Văn Pọm, Bí thư Đảng ủy xã, phát biểu.", {"Lò Văn Pọm"}),
    ("Bà Vì Thị Ún là đảng viên lâu năm.", {"Vì Thị Ún"}),
    ("Quàng Văn Thái, Phó Chủ tịch UBND xã, dự lễ.", {"Quàng Văn Thái"}),
    ("Bà Cầm Thị Nga trao quà cho học sinh.", {"Cầm Thị Nga"}),
    ("Đồng chí Y Thanh Hà Niê Kđăm phát biểu.", {"Y Thanh Hà Niê Kđăm"}),
    ("Chị K'Thị Nghiệm và anh K' Brói đều là người Cơ Ho.", {"K'Thị Nghiệm", "K' Brói"}),
    ("Ông Ksor Phước, Chủ tịch Hội đồng Dân tộc, tiếp đoàn.", {"Ksor Phước"}),
    ("Bà Rơ Châm H'Yâo dự họp.", {"Rơ Châm H'Yâo"}),
    ("Ông Êban Y Khoa, Phó Bí thư Tỉnh ủy, phát biểu.", {"Êban Y Khoa"}),
    ("Năm nay, Điểu Thị Lanh và Đàng Năng Lực về thăm trường cũ.", {"Điểu Thị Lanh", "Đàng Năng Lực"}),
    # a surname that starts a common word is no name there
    ("Chế độ ăn của Bành Văn Lực rất lạ.", {"Bành Văn Lực"}),
    ("Danh sách gồm ông Chiêm Quốc Lực.", {"Chiêm Quốc Lực"}),
]


@pytest.mark.parametrize("text,expected", MINORITY, ids=[c[0][:40] for c in MINORITY])
def test_minority_and_tay_nguyen_names(text, expected):
    assert people(text) == expected


NEW_SURNAMES = ["Vì", "Quàng", "Chẩu", "Sử", "Uông", "Lèo", "Lù", "Chảo", "Tẩn", "Bàn", "Phùn", "Sình", "Tráng",
                "Khà", "Cà", "Rơ Châm", "Rcom", "Puih", "Rmah", "Kpuih", "Rah Lan", "Liêng",
                "Danh", "Điểu", "Đàng", "Chế", "Bành", "Khưu", "Đới", "Chiêm"]


@pytest.mark.parametrize("surname", NEW_SURNAMES)
def test_each_added_surname_starts_a_name(surname):
    # no cue, no middle name: only the surname makes "… Hồng Lĩnh" a name
    text = f"{surname} Hồng Lĩnh, Giám đốc Sở Y tế, báo cáo tình hình."
    assert surname in RULES.surnames
    assert people(text) == {f"{surname} Hồng Lĩnh"}


# ------------------------------------------------------------------ boundaries on syllables

BOUNDARIES = [
    # the segmenter glues the next verb to the given name ("Lâm_trú"): the name ends on the syllable
    ("Ông Chẩu Văn Lâm trú tại xã Phúc Ứng.", {"Chẩu Văn Lâm"}),
    # a whole three-syllable name in one word, a given name left out, a prefix name
    ("Một Phó Chủ tịch khác là ông Trương Quang Hoài Nam có 27 phiếu.", {"Trương Quang Hoài Nam"}),
    # a position after the name ends it
    ("Ông Ngô Văn Tổng - nguyên Giám đốc Sở Công Thương, nghỉ hưu.", {"Ngô Văn Tổng"}),
    # an initial ends a Vietnamese name, not a foreign one
    ("Em ruột ông Q. Đồng thời tung ảnh lên mạng.", set()),
    ("Ông Jonathan S. Kim phụ trách phát triển kinh doanh.", {"Jonathan S. Kim"}),
    # a crawl that lost a full stop runs a sentence into the name
    ("Người dự lễ có ông Trần Văn Tư Theo đó, lễ kết thúc sớm.", {"Trần Văn Tư"}),
    # a place before the name, in the same run
    ("Giám đốc Sở Y tế Hà Nội Trần Thị Nhị Hà báo cáo.", {"Trần Thị Nhị Hà"}),
    # a connector inside a foreign name
    ("HLV Robin van Persie trả lời phỏng vấn.", {"Robin van Persie"}),
]


@pytest.mark.parametrize("text,expected", BOUNDARIES, ids=[c[0][:40] for c in BOUNDARIES])
def test_name_boundaries_on_syllables(text, expected):
    assert people(text) == expected


# ------------------------------------------------------------------ short forms

def test_given_name_alone_is_a_mention_of_the_full_name():
    text = "Ông Nguyễn Đức Tùng sinh năm 1970. Năm 2020, ông Tùng được bầu làm Chủ tịch."
    assert mentions(text) == {"Nguyễn Đức Tùng": ["Tùng"]}


def test_given_name_alone_without_a_full_name_is_no_person_but_an_entity():
    nlp = vnie.load()
    doc = nlp("Ông Tùng nói rằng dự án sẽ xong trong năm nay.")
    assert doc._.extraction.people == []
    assert [(e.text, e.label_) for e in doc.ents if e.label_ == "PER"] == [("Tùng", "PER")]


GIVEN_AFTER_ANY_CUE = [
    # a given name alone after any honorific or occupation, linked to the one full name it ends
    ("Anh Lâm Quốc Hiển là thợ mộc. Mỗi sáng, anh Hiển mở xưởng lúc 6 giờ.", {"Lâm Quốc Hiển": ["Hiển"]}),
    ("Chị Đoàn Thu Nguyệt bán hoa. Theo chị Nguyệt, hoa Tết năm nay đắt.", {"Đoàn Thu Nguyệt": ["Nguyệt"]}),
    ("Cụ Tạ Văn Khiêm năm nay 90 tuổi. Cụ Khiêm vẫn làm vườn.", {"Tạ Văn Khiêm": ["Khiêm"]}),
    ("Thầy Lương Đức Mạnh dạy văn. Học trò quý thầy Mạnh.", {"Lương Đức Mạnh": ["Mạnh"]}),
    ("Ông Henrik Dalsgaard thăm nhà máy. Ông Dalsgaard hứa mở rộng đầu tư.", {"Henrik Dalsgaard": ["Dalsgaard"]}),
    # not: no full name ends with it, or two do
    ("Anh Lâm Quốc Hiển và anh Tạ Văn Hiển góp vốn. Anh Hiển giữ sổ sách.", {"Lâm Quốc Hiển": [], "Tạ Văn Hiển": []}),
    ("Anh Lâm Quốc Hiển mở xưởng. Anh Khiêm làm thợ phụ.", {"Lâm Quốc Hiển": []}),
]


GIVEN_AS_SUBJECT = [
    # a given name alone that opens a clause before a verb only a person does: a mention of the full name
    ("Em Tạ Minh Khôi đoạt giải nhất. Khôi chia sẻ rằng em tự học.", {"Tạ Minh Khôi": ["Khôi"]}),
    ("Chị Đoàn Thu Nguyệt mở tiệm. Sau đó, Nguyệt nói rằng sẽ mở thêm.", {"Đoàn Thu Nguyệt": ["Nguyệt"]}),
    # not: no full name it ends, another verb, two full names it ends
    ("Em Tạ Minh Khôi đoạt giải nhất. Hùng chia sẻ rằng em tự học.", {"Tạ Minh Khôi": []}),
    ("Em Tạ Minh Khôi đoạt giải nhất. Khôi đã học rất chăm.", {"Tạ Minh Khôi": []}),
    ("Anh Tạ Minh Khôi và anh Lê Văn Khôi góp vốn. Khôi nói rằng sẽ mở rộng.", {"Tạ Minh Khôi": [], "Lê Văn Khôi": []}),
]


@pytest.mark.parametrize("text,expected", GIVEN_AS_SUBJECT, ids=[c[0][:40] for c in GIVEN_AS_SUBJECT])
def test_given_name_alone_as_a_clause_s_subject_is_a_mention(text, expected):
    assert mentions(text) == expected


KOREAN_SURNAMES = [
    # a Korean name's surname comes first: alone after an honorific, it is the short form
    ("Tổng thống Hàn Quốc Yoon Seok-min đến Hà Nội. Ông Yoon dự tiệc tối.", {"Yoon Seok-min": ["Yoon"]}),
    ("HLV Park Min-jun đến sân. Ông Park hài lòng với học trò.", {"Park Min-jun": ["Park"]}),
    ("Ông Kim Dae-ho thị sát nhà máy. Ông Kim nói rằng sẽ mở rộng.", {"Kim Dae-ho": ["Kim"]}),
    # after a position too, linked or dropped; not the first syllable of a word ("Quốc hội")
    ("Tổng thống Yoon Seok-min đến Hà Nội. Tổng thống Yoon dự tiệc tối.", {"Yoon Seok-min": ["Yoon"]}),
    ("Tổng thống Yoon phát biểu tại hội nghị.", {}),
    ("Ông Nguyễn Bảo Quốc dự họp. Chủ tịch Quốc hội phát biểu.", {"Nguyễn Bảo Quốc": []}),
]


@pytest.mark.parametrize("text,expected", KOREAN_SURNAMES, ids=[c[0][:40] for c in KOREAN_SURNAMES])
def test_a_korean_surname_alone_is_a_short_form(text, expected):
    assert mentions(text) == expected


@pytest.mark.parametrize("text,expected", GIVEN_AFTER_ANY_CUE, ids=[c[0][:40] for c in GIVEN_AFTER_ANY_CUE])
def test_given_name_after_any_cue_is_a_mention_of_the_full_name(text, expected):
    assert mentions(text) == expected


def test_given_name_shared_by_two_people_is_left_unlinked():
    text = "Ông Trần Văn Dũng và ông Nguyễn Tiến Dũng dự họp. Ông Dũng phát biểu đầu tiên."
    assert mentions(text) == {"Trần Văn Dũng": [], "Nguyễn Tiến Dũng": []}


def test_foreign_surname_and_vietnamese_given_names_are_short_forms():
    assert mentions("Tổng thống Vladimir Putin đến Bắc Kinh. Putin nói chuyện với báo chí.") == {
        "Vladimir Putin": ["Putin"]}
    assert mentions("HLV Nguyễn Hữu Thắng họp báo. HLV Hữu Thắng cho biết đội đã sẵn sàng.") == {
        "Nguyễn Hữu Thắng": ["Hữu Thắng"]}


def test_a_repeated_name_anchors_a_list():
    # "Tessaro" repeats the full name of the article: the foreign name listed beside it is a name
    text = "HLV Marco Tessaro đến Hòa Phong. Đội tin dùng Brandao, Tessaro ở trận này."
    assert rules_of(text)["Brandao"][0] == "name-list"
    assert mentions(text)["Marco Tessaro"] == ["Tessaro"]
    # a Vietnamese run beside it is not (a foreign name lists foreign ones)
    assert people("HLV Marco Tessaro đến Hòa Phong. Tessaro và Hòa Phong đã ký hợp đồng.") == {"Marco Tessaro"}


# ------------------------------------------------------------------ guards

GUARDS = [
    # a work, a school, a firm named by a phrase of two words that opens the sentence, capitalised
    ("Ca khúc Nối Vòng Tay Lớn được hát vang.", set()),
    ("Bài hát Lê Văn Tám được phổ biến rộng rãi.", set()),
    ("Cuốn sách Hoàng Thị Lan được tái bản.", set()),
    ("Ca khúc của nhạc sĩ Trịnh Văn Hòa được hát vang.", {"Trịnh Văn Hòa"}),
    # a house number before a street
    ("Ông Trần Văn Tám trú tại 45 Lê Lợi, phường 4.", {"Trần Văn Tám"}),
    ("Bệnh nhân làm việc tại tòa nhà 414 Nguyễn Thị Minh Khai, quận 3.", set()),
    ("Bệnh nhân đi ăn giỗ tại số 3 Lê Văn Long.", set()),
    # streets and junctions
    ("Đường Trần Huy Liệu đang được đào lên.", set()),
    ("Tại ngã tư Trần Huy Liệu - Nguyễn Trọng Tuyển, đường bị đào lên.", set()),
    ("Quán nằm trên đường Phan Văn Hớn, Bà Điểm, Hóc Môn.", set()),
    ("Bệnh nhân trú tại địa chỉ Trần Khát Chân, Thanh Nhàn, Hai Bà Trưng.", set()),
    ("Chủ tịch UBND quận Bắc Từ Liêm cho biết số ca bệnh giảm.", set()),
    ("Chị là nhân viên Bệnh viện Phụ sản - Nhi Đà Nẵng.", set()),
    # schools and companies named after people
    ("Trường THPT Phan Bội Châu đạt chuẩn quốc gia.", set()),
    ("Công ty TNHH Minh Long vừa khai trương nhà máy.", set()),
    ("Ông Nguyễn Văn Tuyên, nguyên Giám đốc Cty Cổ phần CNTT Hoàng Anh Vinashin, bị tuyên án.", {"Nguyễn Văn Tuyên"}),
    ("Trận đấu giữa Trường Huỳnh Văn Ngà và đội học sinh thành phố diễn ra sáng nay.", set()),
    # works and contests
    ("Bộ phim Đồng Tháp Mười giành giải.", set()),
    ("“Hoa cúc vàng” cũng là ca khúc mà ông yêu thích.", set()),
    ("Ông gọi anh là “ông Phần Ma làng” trong lời tiễn biệt.", set()),
    ('Khán giả nhớ mãi "Nhà bên sông" và "Thu Sa" của ca sĩ Minh Long.', {"Minh Long"}),
    # a straight quote that closes a quotation opens none: the name after it is not refused
    ('Diễn viên Thu Sa đóng vai chính trong "Nhà bên sông," Thu Sa kể lại những ngày quay.', {"Thu Sa"}),
    ("Cô giành huy chương vàng tại Asiad năm ấy.", set()),
    # places of the world and of Viet Nam
    ("Đoàn đại biểu Bồ Đào Nha thăm Hà Nội.", set()),
    ("Đoàn học sinh Sài Gòn và Gia Định thi đấu giao hữu.", set()),
    ("Khách du lịch đến Đồng Tháp Mười ngày càng đông.", set()),
    # organisations, clubs, domains, capitalised common words
    ("Nhóm cổ đông gồm ông Trần Công Cận và Lafelle Limited.", {"Trần Công Cận"}),
    ("Cầu thủ Real Madrid như Iker Ramos không ưa ông.", set()),
    ("CEO Forbes Vietnam phát biểu tại hội thảo.", set()),
    ("Ông Lê Văn Tám, người sáng lập Sanna.vn, cho biết thêm.", {"Lê Văn Tám"}),  # one sentence, a domain
    ("Bà Đường Thu Hương là Giám đốc Quan Hệ Công Chúng của công ty.", {"Đường Thu Hương"}),
    ("Các bộ, Văn Phòng Chính phủ đã triển khai.", set()),
    ("Ông được bổ nhiệm Phó Đội trưởng Đội An ninh.", set()),
    # a newspaper after an occupation, a credit's author
    ("Phóng viên Tuổi Trẻ đã có mặt ở hiện trường.", set()),
    ("Ảnh: Phương Hằng Theo đó, tại hội nghị, lãnh đạo Ban Tổ chức công bố quyết định.", set()),
    # a nationality is no name
    ("Người Mông ở bản Phìn Hồ đón tết sớm.", set()),
]


@pytest.mark.parametrize("text,expected", GUARDS, ids=[c[0][:40] for c in GUARDS])
def test_guards(text, expected):
    assert people(text) == expected


def test_a_refusal_elsewhere_in_the_article_overrules_a_weak_rule():
    # "CLB Tottenham" says Tottenham is a club: "HLV của Tottenham" then names no one
    text = "HLV Mourinho dẫn dắt CLB Tottenham. Ông được bổ nhiệm làm HLV của Tottenham năm 2019."
    assert people(text) == {"Mourinho"}


# ------------------------------------------------------------------ gazetteers, one sentence per entry

NAMES = RULES.names


@pytest.mark.parametrize("word", sorted(set(NAMES["honorifics"]) - {"các đồng chí", "Đ/c", "đ/c"}))
def test_each_honorific_cues_a_name(word):
    lead = f"Theo lời kể, {word}" if word.islower() else word
    found = rules_of(f"{lead} Eduardo Mendes đã sống ở đây nhiều năm.")
    assert {k: v[0] for k, v in found.items()} == {"Eduardo Mendes": "name-honorific"}


@pytest.mark.parametrize("word", ["các đồng chí", "Đ/c", "đ/c"])
def test_each_collective_or_abbreviated_honorific_cues_a_name(word):
    found = rules_of(f"Hội nghị có {word} Eduardo Mendes tham dự.")
    assert {k: v[0] for k, v in found.items()} == {"Eduardo Mendes": "name-honorific"}


@pytest.mark.parametrize("word", NAMES["occupations"])
def test_each_occupation_cues_a_name(word):
    found = rules_of(f"Hôm qua, {word} Zalinsky Borodai đã đến thăm trường.")
    assert {k: v[0] for k, v in found.items()} in ({"Zalinsky Borodai": "name-occupation"},
                                                  {"Zalinsky Borodai": "name-rank"})  # "TS", "GS" are ranks too


@pytest.mark.parametrize("word", NAMES["stage_name_cues"])
def test_each_stage_name_cue_cues_a_name_in_capitals(word):
    found = rules_of(f"Hôm qua, {word} KEVARO đã đến thăm trường.")
    assert {k: v[0] for k, v in found.items()} == {"KEVARO": "name-stage"}


@pytest.mark.parametrize("word", NAMES["titles"])
def test_each_title_cues_a_name(word):
    found = rules_of(f"Hôm qua, {word} Amadou Karembeu phát biểu tại hội nghị.")
    assert {k: v[0] for k, v in found.items()} == {"Amadou Karembeu": "name-title"}


@pytest.mark.parametrize("word", NAMES["departments"])
def test_each_department_is_left_out_of_the_name(word):
    assert names_found(f"Bộ trưởng {word} Pháp Gérald Martin đã tới Hà Nội.") == {"Gérald Martin"}


@pytest.mark.parametrize("word", NAMES["modifiers"])
def test_each_modifier_may_stand_between_an_occupation_and_a_foreign_name(word):
    found = rules_of(f"Khán giả chờ diễn viên {word} Kwon Sang-woo ở sân bay.")
    assert {k: v[0] for k, v in found.items()} == {"Kwon Sang-woo": "name-occupation"}


@pytest.mark.parametrize("word", NAMES["sentence_openers"])
def test_each_opener_is_left_out_of_the_name(word):
    assert people(f"{word} Nguyễn Văn Tám, Giám đốc Sở Y tế, có mặt.") == {"Nguyễn Văn Tám"}


@pytest.mark.parametrize("word", NAMES["connectives"])
def test_each_connective_ends_the_name_before_it(word):
    assert people(f"Người dự lễ có ông Trần Văn Tư {word} có nhiều người khác.") == {"Trần Văn Tư"}


@pytest.mark.parametrize("word", NAMES["middle_names"])
def test_each_middle_name_makes_a_name_of_an_unlisted_surname(word):
    assert people(f"Đảng viên Quềnh {word} Lả nhận huy hiệu.") == {f"Quềnh {word} Lả"}


@pytest.mark.parametrize("word", NAMES["org_heads"])
def test_each_organisation_head_is_no_surname(word):
    head = " ".join(w[:1].upper() + w[1:] for w in word.split())  # "Trung Tâm Văn Minh Khoa", all capitalised
    assert people(f"Buổi lễ diễn ra tại {head} Văn Minh Khoa.") == set()


@pytest.mark.parametrize("word", NAMES["name_prefixes"])
def test_each_prefix_name_needs_a_cue(word):
    name = f"{word}Lơi" if word.endswith("'") else f"{word} Lơi"
    assert people(f"Hội nghị ghi nhận ý kiến của ông {name} về đất rẫy.") == {name}
    if word.endswith("'"):  # fused to a capital: a name without a cue
        assert rules_of(f"Đất rẫy của {name} bị sạt lở.") == {name: ("name-prefix", 0.8)}
    elif word not in RULES.surnames:  # "Y" is listed as a surname too (Ê Đê names): the tagger may read it
        assert people(f"Đất rẫy của {name} bị sạt lở.") == set()


PREFIXED = [
    ("Năm nay, H'Lơi Niê đã về thăm buôn cũ.", {"H'Lơi Niê"}),
    ("Năm nay, K'Điệp đã về thăm buôn cũ.", {"K'Điệp"}),
    # a people written so is no name
    ("Phụ nữ H'Mông ở bản Phìn Hồ dệt vải.", set()),
    ("Đồng bào K'Ho đón tết.", set()),
    # nor a place whose name holds one ("Đạ K'Nàng")
    ("Người dân xã Đạ K'Nàng đón tết.", set()),
]


@pytest.mark.parametrize("text,expected", PREFIXED, ids=[c[0][:40] for c in PREFIXED])
def test_a_prefix_fused_to_a_capital_makes_a_name(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("word", NAMES["connectors"])
def test_each_connector_joins_a_foreign_name(word):
    assert rules_of(f"HLV Marco {word} Basten trả lời phỏng vấn.")[f"Marco {word} Basten"][0] == "name-occupation"


@pytest.mark.parametrize("word", NAMES["org_words"])
def test_each_organisation_word_makes_a_run_no_name(word):
    assert people(f"CEO Ardenne {word} phát biểu tại hội thảo.") == set()


@pytest.mark.parametrize("word", NAMES["not_person_before"])
def test_each_word_before_a_company_work_or_place_guards(word):
    # a listed surname and three syllables: a name anywhere else
    assert people(f"Hôm qua, ông Lê Văn Tám nói về {word} Nguyễn Minh Long với chúng tôi.") == {"Lê Văn Tám"}


GLUE = {
    "after_title": ("Hôm qua, Thống đốc {w} Amadou Karembeu phát biểu.", {"Amadou Karembeu"}),
    "held_at": ("Chủ tịch nước tiếp Đại sứ Nga {w} Việt Nam Gennady Ivanov.", {"Gennady Ivanov"}),
    "nationality": ("Đó là HLV {w} Đức Karl Heinz Weigang.", {"Karl Heinz Weigang"}),
    "house_number": ("Ông Trần Văn Tám bán hàng ở {w} 12 Nguyễn Văn Cừ.", {"Trần Văn Tám"}),
    "list_joiners": ("Tiền vệ Tuấn Anh {w} Văn Toàn cùng lên tuyển.", {"Tuấn Anh", "Văn Toàn"}),
    "prepositions": ("Ông Lê Văn Tám chở hàng {w} đường Hà Huy Tập về kho.", {"Lê Văn Tám"}),
    "plural": ("Đội có {w} cầu thủ như Marco Tessaro và Luis Abrego.", {"Marco Tessaro", "Luis Abrego"}),
    "examples": ("Nhiều cầu thủ {w} Marco Tessaro và Luis Abrego đã đến.", {"Marco Tessaro", "Luis Abrego"}),
    "companies_too": ("Nhiều {w} như Kavarin và Sanna đã đến.", set()),
    # "Dembowski đá chính" alone is a player (test_each_player_verb_makes_a_foreign_name_of_one_word)
    "not_subject_before": ("Trong trận, đội bóng {w} Dembowski đá chính.", set()),
}


@pytest.mark.parametrize("group,word", [(g, w) for g, words in NAMES["glue"].items() for w in words])
def test_each_glue_word(group, word):
    template, expected = GLUE[group]
    assert people(template.format(w=word)) == expected


@pytest.mark.parametrize("place", sorted(RULES.world_places))
def test_each_world_place_is_left_out_of_the_name(place):
    assert people(f"Hôm qua, Thị trưởng {place} Amadou Karembeu phát biểu.") == {"Amadou Karembeu"}


@pytest.mark.parametrize("phrase", sorted(RULES.not_names))
def test_each_listed_phrase_is_no_name(phrase):
    assert people(f"Phóng viên {phrase} phỏng vấn ông Lê Văn Tám.") == {"Lê Văn Tám"}


def test_the_gazetteers_do_not_contradict_each_other():
    n = NAMES
    assert not set(n["org_heads"]) & RULES.surnames  # "Hồ" and "Đường" are surnames, not org heads
    assert not {w for w in RULES.world_places if " " not in w} & RULES.surnames - {"Y", "Lào"}
    assert is_vietnamese_syllable("Thắng") and not is_vietnamese_syllable("Putin")


# ------------------------------------------------------------------ the ner stage

def test_ner_sits_between_names_and_people_and_names_provides_the_names():
    assert STAGES.index("names") < STAGES.index("ner") < STAGES.index("people")
    assert PROVIDERS["doc._.names"] == "names"
    with pytest.raises(VnieError) as err:
        vnie.load(exclude=["names"])
    assert "E060" in str(err.value) and "'names'" in str(err.value)


TAGGED = [  # given names no rule lists (rules/names.yaml: foreign_given_names)
    "Trong trận đấu tối qua, Ousmane Dembele đã ghi hai bàn thắng.",
    "Việc để Iker Fernandes ngồi ngoài khiến nhiều người bất ngờ.",
]


@pytest.mark.parametrize("text", TAGGED)
def test_the_tagger_finds_a_foreign_name_no_rule_explains(text):
    with_ner = rules_of(text)
    assert [rule for rule, _ in with_ner.values()] == ["ner"]
    assert all(0.5 <= conf <= 1 for _, conf in with_ner.values())
    nlp = vnie.load(exclude=["ner"])
    assert nlp(text)._.extraction.people == []


def test_the_tagger_does_not_take_a_vietnamese_place_or_a_one_word_organisation():
    assert people("Cuộc họp của Eximbank tiếp tục bất thành.") == set()
    assert people("Người dân xã Thanh Nguyên đón tết sớm.") == set()


def test_the_tagger_runs_only_where_a_run_is_unexplained(monkeypatch):
    calls = []
    chain = ner_stage.crf_chain()

    class Counting:
        def tag(self, words):
            calls.append(words)
            return chain.tag(words)

    monkeypatch.setattr(ner_stage, "crf_chain", lambda: Counting())
    extract_text("Chủ tịch UBND tỉnh Lâm Văn Đông kiểm tra tiến độ dự án tại huyện Tân Lạc.")
    assert calls == []
    extract_text("Ông Lâm Văn Đông tiếp. Khán giả vỗ tay khi Ousmane Dembele bước ra sân.")
    assert len(calls) == 1 and "Ousmane Dembele" in calls[0] and "Đông" not in " ".join(calls[0])


def test_our_features_are_underthesea_s():
    from underthesea.pipeline.chunking.model_crf import CRFChunkingPredictor
    from underthesea.pipeline.ner.model_crf import CRFNERPredictor
    from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

    words = ["Tổng thống", "Nga", "Vladimir Putin", "đã", "tiếp", "HLV", "Park Hang-seo", "hôm", "19-8-2005", "."]
    rows = {CRFPOSTagPredictor: [(w, "X") for w in words],
            CRFChunkingPredictor: [(w, "N", "X") for w in words],
            CRFNERPredictor: [(w, "Np", "B-NP", "X") for w in words]}
    for predictor, sample in rows.items():
        transformer = predictor.Instance().transformer
        assert features(sample, compile_template(transformer.template)) == transformer.transform([sample])[0][0]


def test_the_names_stage_hands_its_loose_runs_over_or_they_are_read_again():
    sentences = segment_text("Ông Lâm Văn Đông tiếp. Khán giả vỗ tay khi Ousmane Dembele bước ra sân.", RULES)
    left: dict = {}
    names = extract_names(sentences, RULES, left)
    assert left["loose"] and name_rules(RULES)
    assert extract_ner_names(sentences, names, RULES, left) == extract_ner_names(sentences, names, RULES)
