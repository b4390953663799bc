"""Segment: the sentences of a paragraph (underthesea's ``sent_tokenize``, then vnie's repairs).

Every sentence here is written for these tests (invented people and places).
"""
from __future__ import annotations

import pytest

from vnie.ruleset import load_rules
from vnie.stages.segment import segment_text

RULES = load_rules()

SENTENCES = [
    # a dot inside a word ends no sentence: a domain, an abbreviation of a club
    ("Ông Lê Văn Tám, người sáng lập Sanna.vn, cho biết thêm.", ["Ông Lê Văn Tám, người sáng lập Sanna.vn, cho biết thêm."]),
    ("(hoaphong.gov.vn) - Sáng nay, tỉnh họp.", ["(hoaphong.gov.vn) - Sáng nay, tỉnh họp."]),
    ("Các CLB như HPFC.HP và Sanna.KH có cầu thủ trẻ.", ["Các CLB như HPFC.HP và Sanna.KH có cầu thủ trẻ."]),
    # a full stop whose space the crawl lost still ends one before a word
    ("Việc đã xong.Với tinh thần đó, ông về.", ["Việc đã xong.", "Với tinh thần đó, ông về."]),
    ("Năm 2014.Theo đó, xã có đường mới.", ["Năm 2014.", "Theo đó, xã có đường mới."]),
    # an abbreviated level's full stop ends no sentence: the place's name follows, glued or after a space
    ("Chủ tịch UBND TX.Bến Lức Lê Văn Tám dự.", ["Chủ tịch UBND TX.Bến Lức Lê Văn Tám dự."]),
    ("Ông Lê Văn Tám, Bí thư Thành ủy TP. Sa Đéc, dự. Ông Lê Văn Chín về.",
     ["Ông Lê Văn Tám, Bí thư Thành ủy TP. Sa Đéc, dự.", "Ông Lê Văn Chín về."]),
    # across a paragraph break it still does
    ("Đoàn về TX.\nÔng Lê Văn Tám dự.", ["Đoàn về TX.", "Ông Lê Văn Tám dự."]),
]


@pytest.mark.parametrize("text,expected", SENTENCES, ids=[s[0][:40] for s in SENTENCES])
def test_sentences(text, expected):
    assert [s.text for s in segment_text(text, RULES)] == expected
