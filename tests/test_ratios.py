"""Ratios: one invented sentence per "x/y" form, and the look-alikes that are not ratios.

Every sentence here is written for this test. Each case lists (numerator, denominator,
head noun the subject must contain, action) per ratio in text order; an action of None
is not checked.
"""
from __future__ import annotations

import pytest

from vnie import extract_text


def ratios(text: str, published: str | None = "2024-06-20"):
    return extract_text(text, title="Tin địa phương", published=published).ratios


CASES = [
    ("Đảng bộ huyện kết nạp được 269/805 đảng viên mới.", [(269, 805, "đảng viên", "kết nạp")]),
    ("Kỳ họp có mặt 50/53 đại biểu.", [(50, 53, "đại biểu", "có mặt")]),
    ("Nghị quyết nhận được 64/68 phiếu tán thành.", [(64, 68, "phiếu", None)]),
    ("Năm nay huyện đạt 24/28 chỉ tiêu.", [(24, 28, "chỉ tiêu", "đạt")]),
    ("Tổng thu ngân sách đạt 45.799/36.875 tỷ đồng.", [(45799, 36875, "tỷ đồng", "đạt")]),
    ("Xã giải ngân 35,5/40 tỷ đồng vốn đầu tư công.", [(35.5, 40, "tỷ đồng", "giải ngân")]),
    ("Trường hoàn thành 7/11 nhiệm vụ trọng tâm.", [(7, 11, "nhiệm vụ", "hoàn thành")]),
    ("Thành phố có 8/10 phường đạt chuẩn văn minh đô thị.", [(8, 10, "phường", None)]),
    ("Có 52/54 đại biểu HĐND tham dự kỳ họp.", [(52, 54, "đại biểu", None)]),
    ("Kết quả, 91/91 cán bộ chủ chốt đồng ý giới thiệu ông Hà.", [(91, 91, "cán bộ", "đồng ý")]),
    ("Sở giải quyết 120/125 hồ sơ đúng hạn.", [(120, 125, "hồ sơ", "giải quyết")]),
    ("Có 41/65 đảng bộ chưa có cán bộ trẻ trong ban thường vụ.", [(41, 65, "đảng bộ", None)]),
    ("49/49 phiếu tín nhiệm bầu ông Đỗ Văn Khang giữ chức bí thư nhiệm kỳ 2020-2025.", [(49, 49, "phiếu", None)]),
    ("Hai phó chủ tịch có số phiếu lần lượt là 68/74 và 60/74.", [(68, 74, "phiếu", None), (60, 74, "phiếu", None)]),
    # not ratios: days, document numbers, scores, percent pairs, rates, addresses
    ("Ngày 14/6, huyện tổ chức hội nghị.", []),
    ("Sáng 16.7, đoàn công tác về thăm xã.", []),
    ("Dịp kỷ niệm Ngày Thương binh liệt sỹ 27/7, xã thăm các gia đình.", []),
    ("Theo Nghị định 18/2017/NĐ-CP, thủ tục được rút gọn.", []),
    ("Thực hiện Quy định số 45-QĐ/TW, ngày 01/11/2011 của Ban Bí thư.", []),
    ("Thực hiện Chỉ thị 34/CT-TW về công tác thi đua.", []),
    ("Thành phố đạt 86,62/100 điểm theo đánh giá của hội đồng.", []),
    ("Tỷ lệ hộ nghèo giảm từ 83,2%/50% so với cùng kỳ.", []),
    ("Thu nhập bình quân đạt 63 triệu đồng/người/năm.", []),
    ("Trụ sở mới đặt tại số 12/3 đường Lê Lợi.", []),
    ("Công nhân cần chứng nhận bậc thợ 3/7, 4/6 trở lên.", []),
    ("Về vốn đầu tư, tỉnh xếp thứ 12/63 địa phương cả nước.", []),
    ("Đội bóng dừng bước ở vòng 1/16 giải châu lục.", []),
    ("Bị can có ĐKTT: 17/203 khu phố 4.", []),
    ("Lễ khai giảng của Trường Tiểu học 19/5 diễn ra trang trọng.", []),
    ("Mùa giải 2019/2020 khép lại với nhiều bất ngờ.", []),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_ratios(text, expected):
    found = ratios(text)
    assert [(r.numerator, r.denominator) for r in found] == [(x, y) for x, y, _, _ in expected]
    for r, (_, _, head, action) in zip(found, expected):
        assert head in r.subject_head.casefold() or head in r.subject.casefold()
        if action is not None:
            assert r.action.casefold().startswith(action)


def test_day_is_never_a_ratio_nor_a_ratio_a_day():
    r = extract_text("Ngày 14/6, Sở hoàn thành 7/11 nhiệm vụ và có 50/53 đại biểu dự.", title="Tin", published="2024-06-20")
    assert [d.value for d in r.dates] == ["2024-06-14"]
    assert [(x.numerator, x.denominator) for x in r.ratios] == [(7, 11), (50, 53)]
