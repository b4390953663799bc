"""Dates: one invented sentence per date form and per source of a missing year.

Every sentence here is written for this test. Each case gives the text, the title, the
publication date and the values the pipeline must give, in text order (None: a date found
whose year cannot be known). The last cases are things that are not dates at all.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from vnie import extract_text


def values(text: str, title: str = "", published: str | None = None) -> list[str | None]:
    return [d.value for d in extract_text(text, title=title or "Tin địa phương", published=published).dates]


PUB = "2024-06-20"

CASES = [
    # --- day forms, year from the publication date
    ("Ngày 14/6, Ban Tổ chức Huyện ủy họp giao ban.", "", PUB, ["2024-06-14"]),
    ("Sáng 16.7, đoàn công tác về thăm xã biên giới.", "", "2024-07-20", ["2024-07-16"]),
    ("Chiều 3-5, lãnh đạo tỉnh làm việc với Sở Nội vụ.", "", "2024-05-04", ["2024-05-03"]),
    ("Tối 2/6 vừa qua, đoàn nghệ thuật biểu diễn tại quảng trường.", "", PUB, ["2024-06-02"]),
    ("Ngày 28/12, hội nghị tổng kết năm diễn ra tại huyện.", "", "2025-01-03", ["2024-12-28"]),
    ("Cuối phiên họp ngày 6 - 12, HĐND thành phố công bố kết quả.", "", "2024-12-08", ["2024-12-06"]),
    ("Trong hai ngày 19 - 20/4, các tổ lấy ý kiến cử tri.", "", "2025-04-22", ["2025-04-19", "2025-04-20"]),
    ("Dịp kỷ niệm Ngày Quốc khánh 2/9, xã tặng quà gia đình chính sách.", "", "2024-09-05", ["2024-09-02"]),
    ("Trong tuần lễ Ngày Thương binh liệt sỹ 27/7, huyện thăm hỏi các gia đình.", "", "2024-07-28", ["2024-07-27"]),
    # --- day forms with their own year
    ("Văn bản được ký ngày 14/6/2024 tại trụ sở.", "", None, ["2024-06-14"]),
    ("Văn bản được ký ngày 14-6-2024 tại trụ sở.", "", None, ["2024-06-14"]),
    ("Lễ ra mắt tổ chức ngày 14 tháng 6 năm 2024.", "", None, ["2024-06-14"]),
    ("Thứ 6, 21/03/2025 | 15:45", "", None, ["2025-03-21"]),
    ("Chủ nhật, 14/6/2024 - 08:10", "", None, ["2024-06-14"]),
    ("2025-06-28T08:53:00+07:00", "", None, ["2025-06-28"]),
    ("Thực hiện Quy định số 45-QĐ/TW, ngày 01/11/2011 của Ban Bí thư.", "", None, ["2011-11-01"]),
    ("Hội nghị họp từ ngày 1/6 đến ngày 5/6/2024 tại tỉnh.", "", None, ["2024-06-01", "2024-06-05"]),
    # --- months, quarters, periods, years and spans
    ("Tháng 6/2024, huyện khởi công cầu mới.", "", None, ["2024-06"]),
    ("Trong tháng 6 năm 2024, xã hoàn thành đường giao thông.", "", None, ["2024-06"]),
    ("Từ tháng 12-2023, ông giữ chức Chánh Văn phòng.", "", None, ["2023-12"]),
    ("Trong tháng Sáu, huyện ra quân làm sạch kênh mương.", "", "2024-07-01", ["2024-06"]),
    ("Hà Nội đăng cai hội nghị vào đầu tháng 11.", "", "2015-11-05", ["2015-11"]),
    ("Năm 2024, tỉnh thu hút nhiều dự án.", "", None, ["2024"]),
    ("Cuối năm 2024, ông nghỉ hưu theo chế độ.", "", None, ["2024"]),
    ("Kết quả quý I/2024 khả quan.", "", None, ["2024-01-01/2024-03-31"]),
    ("Tăng trưởng quý IV năm 2023 đạt khá.", "", None, ["2023-10-01/2023-12-31"]),
    ("Kết quả quý 1 được báo cáo tại hội nghị.", "", PUB, ["2024-01-01/2024-03-31"]),
    ("Hội nghị sơ kết 6 tháng đầu năm được tổ chức tại huyện.", "", "2024-07-05", ["2024-01-01/2024-06-30"]),
    ("Trong 9 tháng, tỉnh thu ngân sách vượt dự toán.", "", "2024-10-02", ["2024-01-01/2024-09-30"]),
    ("Nhiệm vụ 3 tháng cuối năm rất nặng nề.", "", "2024-09-30", ["2024-10-01/2024-12-31"]),
    ("Triển khai nhiệm vụ 6 tháng cuối năm 2024.", "", None, ["2024-07-01/2024-12-31"]),
    ("Kết quả nửa đầu năm 2024 vượt kế hoạch.", "", None, ["2024-01-01/2024-06-30"]),
    # any count of months from the start or the end of a year, in digits or words
    ("Thu ngân sách 7 tháng đầu năm 2019 tăng khá.", "", None, ["2019-01-01/2019-07-31"]),
    ("Nhiệm vụ 5 tháng cuối năm 2019 còn nặng.", "", None, ["2019-08-01/2019-12-31"]),
    ("Bảy tháng đầu năm, xã giải ngân hết vốn.", "", "2019-08-02", ["2019-01-01/2019-07-31"]),
    ("Hai tháng cuối năm 2020 là thời gian nước rút.", "", None, ["2020-11-01/2020-12-31"]),
    ("Giải bóng đá hè 2018 thu hút nhiều đội.", "", None, ["2018"]),
    ("Đảng ủy trao Huy hiệu Đảng đợt 2/9 cho đảng viên.", "", "2025-08-27", ["2025-09-02"]),
    ("Nhân dịp 30/4, huyện thăm các gia đình chính sách.", "", "2025-04-25", ["2025-04-30"]),
    ("2020-02", "", None, ["2020-02"]),
    ("Kỳ họp diễn ra từ ngày 3 đến 5/12/2019 tại trụ sở.", "", None, ["2019-12-03", "2019-12-05"]),
    ("Kỳ họp diễn ra từ ngày 3 đến ngày 5/12 tại trụ sở.", "", "2019-12-06", ["2019-12-03", "2019-12-05"]),
    ("Trong hai ngày 9-10/4, các đoàn giám sát làm việc.", "", "2024-04-12", ["2024-04-09", "2024-04-10"]),
    # two days of a month without "ngày" before the first: after "từ", or in brackets after "ngày"
    ("Kỳ họp diễn ra từ 9 đến 11/12/2023 tại trụ sở.", "", None, ["2023-12-09", "2023-12-11"]),
    ("Trong 2 ngày (9 và 10/12/2023), HĐND tỉnh họp.", "", None, ["2023-12-09", "2023-12-10"]),
    # … not when the first day is the later one
    ("Giá tăng từ 12 đến 11/12/2023 là sai.", "", None, ["2023-12-11"]),
    ("Đến nay, xã đã có 12 hợp tác xã.", "", PUB, ["2024-06-20"]),
    ("Hiện nay, xã đã có 12 hợp tác xã.", "", PUB, ["2024-06-20"]),
    ("Hiện nay, xã đã có 12 hợp tác xã.", "", None, [None]),
    ("Ban chấp hành nhiệm kỳ 2020-2025 gồm 45 người.", "", None, ["2020/2025"]),
    ("Ông là đại biểu Quốc hội nhiệm kì 2016-2021.", "", None, ["2016/2021"]),
    ("Kế hoạch giai đoạn 2021 - 2025 đã được thông qua.", "", None, ["2021/2025"]),
    ("Vốn đầu tư tăng so với giai đoạn năm 2014 - 2015.", "", None, ["2014/2015"]),
    # a school year, a season: spans of years too
    ("Năm học 2024-2025, toàn huyện có 40 trường đạt chuẩn.", "", None, ["2024/2025"]),
    ("Mùa giải 2023-2024, đội bóng đứng thứ ba.", "", None, ["2023/2024"]),
    ("Ông từng là Bí thư Tỉnh đoàn từ năm 1997-2001.", "", None, ["1997/2001"]),
    ("Ông Lê Văn Hòa (SN 1970, quê xã Bình Minh).", "", None, ["1970"]),
    ("Quy hoạch tỉnh định hướng đến năm 2030.", "", None, ["2030"]),
    ("Nếu không đổi mới thì tới 2020 cũng không hoàn thành.", "", None, ["2020"]),
    # --- relative expressions: the publication date only
    ("Hôm nay, Ban Nội chính tổ chức hội nghị.", "", PUB, ["2024-06-20"]),
    ("Hôm qua, Sở Y tế kiểm tra bệnh viện huyện.", "", PUB, ["2024-06-19"]),
    ("Sáng mai, kỳ họp sẽ bế mạc.", "", PUB, ["2024-06-21"]),
    ("Tuần trước, đoàn kiểm tra làm việc tại xã.", "", PUB, ["2024-06-13"]),
    ("Hôm nay, Ban Nội chính tổ chức hội nghị.", "", None, [None]),
    # --- a missing year without a publication date: sentence, paragraph, title, article, none
    ("Sáng 4/4, đoàn tàu về ga chuẩn bị kỷ niệm (30/4/1975 - 30/4/2025).", "", None,
     ["2025-04-04", "1975-04-30", "2025-04-30"]),
    ("Ngày 10/3, huyện họp tổng kết. Kết quả năm 2023 được đánh giá cao.", "", None, ["2023-03-10", "2023"]),
    # a meeting reviewing a year is held near its end or after it (the gold guidelines' rule)
    ("Ngày 15/1, huyện tổng kết công tác xây dựng Đảng.", "Tổng kết công tác năm 2023", None, ["2024-01-15"]),
    ("Ngày 18/12, huyện tổng kết công tác xây dựng Đảng.", "Tổng kết công tác năm 2023", None, ["2023-12-18"]),
    ("Sáng 10/1, Đảng ủy xã tổng kết công tác năm 2020.", "", None, ["2021-01-10", "2020"]),
    # a period still running since a month: a day without a year is not before it; a closed one says nothing
    ("Từ tháng 9/2016, cô giáo mở lớp dạy thêm tại nhà. Tối 6/2, phóng viên ghi nhận lớp vẫn mở.", "", None,
     ["2016-09", "2017-02-06"]),
    ("Từ tháng 9/2016 đến tháng 12/2016, cô giáo mở lớp dạy thêm. Ngày 6/2, phóng viên ghi nhận.", "", None,
     ["2016-09", "2016-12", "2016-02-06"]),
    ("Từ tháng 3/2016, cô giáo mở lớp. Ngày 6/5, phóng viên ghi nhận.", "", None, ["2016-03", "2016-05-06"]),
    ("Ngày 5/7, huyện sơ kết 6 tháng đầu năm 2024.", "", None, ["2024-07-05", "2024-01-01/2024-06-30"]),
    ("Sáng 8/4, Sở tổ chức sơ kết quý I/2024.", "", None, ["2024-04-08", "2024-01-01/2024-03-31"]),
    ("Ngày 30-12, tỉnh trao quyết định nghỉ hưu cho ông Lâm.\n\nÔng Lâm nghỉ hưu từ ngày 1-1-2018.", "", None,
     ["2017-12-30", "2018-01-01"]),
    ("Chiều 17/4, thành phố gặp mặt báo chí.\n\nLễ công bố diễn ra vào ngày 20/04/2019.", "", None,
     ["2019-04-17", "2019-04-20"]),
    ("Ngày 24/9, Đại hội Đảng bộ tỉnh nhiệm kỳ 2015-2020 bầu Ban chấp hành.", "", None, ["2015-09-24", "2015/2020"]),
    # a first session opens the term too, wherever the sentence names it
    ("Sáng 24/9, Ban Chấp hành khóa XVI, nhiệm kỳ 2020 - 2025 họp phiên thứ nhất.", "", None,
     ["2020-09-24", "2020/2025"]),
    # the same day written in full a paragraph or two on gives the year
    ("Chiều 17/4, thành phố công bố quyết định.\n\nĐoàn đến thăm xã.\n\nQuyết định ký ngày 17/4/2019.", "", None,
     ["2019-04-17", "2019-04-17"]),
    ("Quý I, tăng trưởng đạt 7,5% (cùng kỳ quý I/2024 tăng 6,2%).\n\nĐảng bộ thành lập ngày 7/2/2025.", "", None,
     ["2025-01-01/2025-03-31", "2024-01-01/2024-03-31", "2025-02-07"]),
    ("Chiều 18/4, Chủ tịch UBND tỉnh tiếp công dân.", "", None, [None]),
    ("Ngày 31/12, đại biểu thảo luận quy hoạch đến năm 2030.", "", None, [None, "2030"]),
    ("Sáng 20/5, hội nghị sẽ bàn kế hoạch năm 2026.", "", None, [None, "2026"]),
    # a year-end meeting sets out next year's tasks: that year is not the meeting's
    ("Ngày 20/12, Huyện ủy tổng kết năm 2023 và triển khai nhiệm vụ năm 2024.", "", None,
     ["2023-12-20", "2023", "2024"]),
    ("Ngày 18/12, Sở tổng kết năm 2022, triển khai phương hướng, nhiệm vụ năm 2023.", "", None,
     ["2022-12-18", "2022", "2023"]),
    ("Ngày 5/7, huyện sơ kết 6 tháng thực hiện nhiệm vụ năm 2023.", "", None, ["2023-07-05", "2023"]),
    ("Sáng 20/4, HĐND tỉnh bầu Chủ tịch UBND tỉnh nhiệm kỳ 2011-2016.\n\nÔng Long sinh năm 1959.", "", None,
     [None, "2011/2016", "1959"]),
    ("Sáng 11/5, kỳ họp HĐND thành phố khóa IX nhiệm kỳ 2016-2021 diễn ra.\n\n"
     "Ngày 13/11/2015, ông được bổ nhiệm Chánh Văn phòng.", "", None, [None, "2016/2021", "2015-11-13"]),
    # --- general news: years named from the publication's, editions, seasons, decades, lists, lunar days
    ("Trong năm qua, hợp tác xã mở thêm hai cửa hàng; năm nay sẽ mở thêm một.", "", "2025-03-02", ["2024", "2025"]),
    ("Nhìn lại năm qua, câu lạc bộ đã có nhiều khởi sắc.", "", "2024-12-20", ["2024"]),  # a year-end review
    ("Những năm qua, làng nghề đổi khác; 3 năm trước còn nghèo, nửa năm trước mới có đường.", "", PUB, []),
    ("Năm nay bà cụ vẫn đi chợ mỗi sáng.", "", None, [None]),  # relative, no publication date
    ("Ban nhạc sẽ diễn live show 2019 tại nhà hát thành phố.", "", None, ["2019"]),
    ("Cô từng đoạt giải Mai Vàng 2021 và Làn Sóng Xanh 2022.", "", None, ["2021", "2022"]),
    ("Hơn 2000 người dự lễ; Phòng 2019 của khách sạn vẫn trống.", "", PUB, []),
    # the rest of a year: the months after the period from its start named before, else the year
    ("Trong 7 tháng đầu năm 2019, huyện thu ngân sách đạt 60% dự toán. Những tháng còn lại của năm 2019, huyện "
     "tập trung thu nợ đọng.", "", None, ["2019-01-01/2019-07-31", "2019-08-01/2019-12-31"]),
    ("Các tháng còn lại của năm 2020, xã làm xong đường liên thôn.", "", None, ["2020"]),
    # an edition named with lower-case words before its year; a new year, a Tết
    ("Liên hoan phim quốc tế 2024 và Hội thi tin học toàn quốc 2023 đều ở Hòa Phong.", "", None, ["2024", "2023"]),
    ("Đêm nhạc Chào năm mới 2026 kéo dài đến sáng; Tết 2026 đến sớm.", "", None, ["2026", "2026"]),
    ("Ở mùa giải 2019/20, đội bóng xếp thứ ba; niên khóa 2003/2004 anh vào trường.", "", None,
     ["2019/2020", "2003/2004"]),
    ("Những bài hát thập niên 80 và những năm 2000 vẫn được yêu thích.", "", None, ["1980/1989", "2000/2009"]),
    ("Quãng năm 75 – 78, gia đình ông chuyển vào Nam.", "", None, ["1975/1978"]),
    ("Đội đã vô địch các năm 2005, 2009 và 2012.", "", None, ["2005", "2009", "2012"]),
    ("Đại hội Hội Nông dân khóa IV (2018-2023) bầu ban chấp hành.", "", None, ["2018/2023"]),
    ("Chợ phiên họp ngày 10/2/2024 (tức mùng 1 tháng Giêng năm Giáp Thìn).", "", None, ["2024-02-10", "2024-02-10"]),
    ("Giỗ tổ vào ngày 10 tháng 3 âm lịch hằng năm.", "", PUB, [None]),
    ("Chiều ngày 8 và 9-5, đoàn làm việc tại huyện.", "", "2024-05-12", ["2024-05-08", "2024-05-09"]),
    ("Học trò gọi điện tặng quà 20/11 cho thầy.", "", "2021-04-20", ["2020-11-20"]),
    # --- not dates: ratios, document numbers, ages, ordinals, times, durations
    ("Xe phát cơm từ thiện lúc 11-12h mỗi ngày.", "", PUB, []),
    ("Công nhân cần chứng nhận bậc thợ 3/7, 4/6 trở lên.", "", PUB, []),
    ("Sở hoàn thành 7/11 nhiệm vụ trọng tâm.", "", PUB, []),
    ("Theo Nghị định 18/2017/NĐ-CP, thủ tục được rút gọn.", "", PUB, []),
    ("Hội nghị bắt đầu lúc 15:45 tại hội trường.", "", PUB, []),
    ("Ông Nguyễn Văn An, 54 tuổi, được bầu làm Bí thư.", "", PUB, []),
    ("Đại hội lần thứ 11 bầu ban chấp hành khóa XV.", "", PUB, []),
    ("Sau 6 tháng thực hiện, mô hình phát huy hiệu quả.", "", PUB, []),
    ("Kỳ họp có mặt 50/53 đại biểu.", "", PUB, []),
    ("Quyết định số 29/2011 của UBND tỉnh vẫn còn hiệu lực.", "", PUB, []),
]


@pytest.mark.parametrize("text,title,published,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_date_values(text, title, published, expected):
    assert values(text, title, published) == expected


def test_day_and_ratio_and_document_number_in_one_sentence():
    r = extract_text("Ngày 14/6, Sở hoàn thành 7/11 nhiệm vụ theo Nghị định 18/2017/NĐ-CP.", title="Tin", published=PUB)
    assert [d.value for d in r.dates] == ["2024-06-14"]
    assert [(x.numerator, x.denominator) for x in r.ratios] == [(7, 11)]


def test_prefilter_keeps_every_date(shared):
    """The shortcut (no digit and no date word: no date pattern tried) finds the same dates as
    trying every pattern on every sentence of dev, dev2 and the corpus."""
    from vnie.ruleset import load_rules
    from vnie.stages.clean import clean_text
    from vnie.stages.dates import date_rules, find_dates
    from vnie.stages.segment import paragraphs

    dr = date_rules(load_rules())
    files = [*sorted((shared / "dev" / "articles").glob("*.txt")), *sorted((shared / "dev2" / "articles").glob("*.txt")),
             *sorted(Path(__file__).resolve().parent.parent.joinpath("corpus").rglob("*.txt"))]
    lines = 0
    for f in files:
        text = clean_text(f.read_text(encoding="utf-8")).text
        for a, b in paragraphs(text):
            lines += 1
            assert find_dates(text[a:b], dr) == find_dates(text[a:b], dr, prefilter=False), f"{f.name}: {text[a:b][:80]}"
    assert lines > 1000
