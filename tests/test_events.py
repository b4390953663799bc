"""Meetings: one invented text per construction and per thing that is no meeting.

Every text is written for this test. Each case gives the text, the publication date and the
meetings the pipeline must give as (name starts with, date, location), in order.
"""
from __future__ import annotations

import pytest

from vnie import extract_text


def meetings(text: str, published: str | None = None) -> list[tuple[str, str | None, str]]:
    return [(e.name, e.date, e.location) for e in extract_text(text, title="Tin địa phương", published=published).events]


CASES = [
    # a body met ("họp") on a day the sentence gives, at the place it gives
    ("Chiều 15/3/2024, tại Hội trường Huyện ủy, Ban Thường vụ Huyện ủy họp để cho ý kiến về công tác cán bộ.", None,
     [("họp", "2024-03-15", "Hội trường Huyện ủy")]),
    # held: after a verb that holds it, with the place of the sentence
    ("Ngày 14/6/2024, tại huyện Ninh Sơn, Ban Tổ chức Tỉnh ủy tổ chức Hội nghị sơ kết công tác xây dựng Đảng.", None,
     [("Hội nghị sơ kết công tác xây dựng Đảng", "2024-06-14", "huyện Ninh Sơn")]),
    # one meeting mentioned twice is one event
    ("Sáng 5/3/2024, HĐND tỉnh khai mạc Kỳ họp thứ 12. Kỳ họp thứ 12 sẽ kéo dài hai ngày.", None,
     [("Kỳ họp thứ 12", "2024-03-05", "")]),
    # the agenda of a meeting under way; a meeting whose date is only in the lead
    ("Tiếp tục chương trình Đại hội, chiều 23/9/2020, các đại biểu thảo luận văn kiện.", None,
     [("Đại hội", "2020-09-23", "")]),
    # a congress opening a term is in its first year
    ("Sáng 24/9, Đại hội Đảng bộ huyện Tân Lạc nhiệm kỳ 2020 - 2025 khai mạc.", None,
     [("Đại hội Đảng bộ huyện Tân Lạc nhiệm kỳ 2020 - 2025", "2020-09-24", "")]),
    # a meeting reviewing a year is held after it
    ("Sáng 10/1, Đảng ủy xã Phú Lộc tổ chức hội nghị tổng kết công tác năm 2020.", None,
     [("hội nghị tổng kết công tác năm 2020", "2021-01-10", "")]),
    # several days: the interval of its days
    ("Từ ngày 3 đến 5/12/2019, HĐND huyện tổ chức Kỳ họp thứ 10 tại Hội trường Huyện ủy.", None,
     [("Kỳ họp thứ 10", "2019-12-03/2019-12-05", "Hội trường Huyện ủy")]),
    # … unless the lead reports it on one of them
    ("Chiều 30/12, HĐND tỉnh công bố kết quả lấy phiếu tín nhiệm.\n\nKỳ họp thứ 12 diễn ra trong hai ngày 30 và 31/12.",
     "2014-12-31", [("Kỳ họp thứ 12", "2014-12-30", "")]),
    ("Trong hai ngày 9-10/4, Hội đồng nhân dân huyện họp kỳ họp chuyên đề.", "2024-04-12",
     [("họp kỳ họp chuyên đề", "2024-04-09/2024-04-10", "")]),
    ("Từ 9 đến 11/12/2023, HĐND tỉnh tổ chức Kỳ họp thứ 7.", None, [("Kỳ họp thứ 7", "2023-12-09/2023-12-11", "")]),
    ("Trong 2 ngày (9 và 10/12/2023), HĐND tỉnh tổ chức Kỳ họp thứ 7.", None,
     [("Kỳ họp thứ 7", "2023-12-09/2023-12-10", "")]),
    ("Từ ngày 30/11 đến ngày 2/12/2023, HĐND tỉnh tổ chức Kỳ họp thứ 7.", None,
     [("Kỳ họp thứ 7", "2023-11-30/2023-12-02", "")]),
    # … a day after "từ" alone starts something else
    ("Từ ngày 1/7/2024, Luật Đất đai có hiệu lực. Ngày 5/7/2024, Sở Tư pháp tổ chức Hội nghị phổ biến Luật.", None,
     [("Hội nghị phổ biến Luật", "2024-07-05", "")]),
    # the scene of a sentence, when the article names no other meeting; no date, no place
    ("Cũng tại hội nghị, Ban Chấp hành bỏ phiếu bầu Bí thư Tỉnh ủy.", None, [("hội nghị", None, "")]),
    # ceremonies told by their verb, one a place, when no meeting is named
    ("Sáng 25.5, tại Huyện ủy Tân Lạc, lãnh đạo tỉnh trao quyết định điều động cán bộ. Sáng cùng ngày, tại Thành ủy "
     "Phong Châu, lãnh đạo tỉnh trao quyết định cho Bí thư Thành ủy.", "2024-05-26",
     [("trao quyết định điều động cán bộ", "2024-05-25", "Huyện ủy Tân Lạc"),
      ("trao quyết định cho Bí thư Thành ủy", "2024-05-25", "Thành ủy Phong Châu")]),
    ("Ngày 27/8, Đảng ủy xã Mường Phú tổ chức trao tặng Huy hiệu Đảng cho các đảng viên.", "2025-08-28",
     [("trao tặng Huy hiệu Đảng cho các đảng viên", "2025-08-27", "")]),
    # a ceremony named by a noun keeps its verb in the name, and is one event with it
    ("Ngày 9/9, tại huyện đảo Cồn Thạch, Ban Thường vụ Tỉnh ủy tổ chức lễ công bố quyết định bổ nhiệm cán bộ.",
     "2024-09-10", [("lễ công bố quyết định bổ nhiệm cán bộ", "2024-09-09", "huyện đảo Cồn Thạch")]),
    # places: a list of communes; the city after a comma
    ("Ngày 2/9, Phó Bí thư Tỉnh ủy trao Huy hiệu Đảng tại các xã Sông Lam, Chiềng Khay, Mường Hoa.", "2024-09-03",
     [("trao Huy hiệu Đảng", "2024-09-02", "các xã Sông Lam, Chiềng Khay, Mường Hoa")]),
    ("Tối 1/1, Lễ trao giải thưởng Báo chí diễn ra tại Nhà hát Lớn, Hà Nội.", "2025-01-02",
     [("Lễ trao giải thưởng Báo chí", "2025-01-01", "Nhà hát Lớn, Hà Nội")]),
    # a place ends before the day told after it; a capitalised name keeps its words
    ("Hội nghị tổng kết diễn ra tại Nhà văn hóa xã Tân Lập sáng 5/3/2024.", None,
     [("Hội nghị tổng kết", "2024-03-05", "Nhà văn hóa xã Tân Lập")]),
    ("Ngày 5/3/2024, Hội nghị tổng kết diễn ra tại Hội trường Sáng Tạo.", None,
     [("Hội nghị tổng kết", "2024-03-05", "Hội trường Sáng Tạo")]),
    # talks between leaders are meetings
    ("Chiều 15/9, Chủ tịch nước đã có cuộc hội đàm với Tổng thống Ba Lan tại Phủ Chủ tịch.", "2024-09-16",
     [("cuộc hội đàm với Tổng thống Ba Lan", "2024-09-15", "Phủ Chủ tịch")]),
    # a town abbreviated "TP." keeps its name; a ceremony "tại A và B" of one kind of place is one at each
    ("Ngày 3/4/2024, Hội nghị tổng kết diễn ra tại TP. Hồ Chí Minh.", None,
     [("Hội nghị tổng kết", "2024-04-03", "TP. Hồ Chí Minh")]),
    ("Sáng 25/5/2024, tại Thành ủy TP.Long Xuyên và Thành ủy TP.Châu Đốc, lãnh đạo tỉnh trao quyết định cho cán bộ.",
     None, [("trao quyết định cho cán bộ", "2024-05-25", "Thành ủy TP.Long Xuyên"),
            ("trao quyết định cho cán bộ", "2024-05-25", "Thành ủy TP.Châu Đốc")]),
    # what came first on the day a sentence opens with was held that day
    ("Chiều 15/9, sau lễ đón chính thức, Chủ tịch nước đã có cuộc hội đàm với Tổng thống Ba Lan.", "2024-09-16",
     [("lễ đón chính thức", "2024-09-15", ""), ("cuộc hội đàm với Tổng thống Ba Lan", "2024-09-15", "")]),
    # an undated "họp" just after a meeting is told is that meeting
    ("Chiều 27/6/2025, Chính phủ tổ chức Hội nghị trực tuyến về chuyển đổi số. Phó Thủ tướng chủ trì họp rà soát "
     "tiến độ các nhiệm vụ.", None, [("Hội nghị trực tuyến về chuyển đổi số", "2025-06-27", "")]),
    # a meeting noun opening its clause that did something was held, undated when nothing dates it
    ("Thực hiện công tác nhân sự, Đại hội đã bầu 45 Ủy viên Ban Chấp hành.", None, [("Đại hội", None, "")]),
    # "lần họp" (a sitting) is a meeting; "Hội nghị trực tuyến …" and a later "Hội nghị" are one
    ("Theo phụ huynh, trong lần họp phụ huynh cuối học kỳ 1 vừa qua, giáo viên thông báo học phí.", None,
     [("lần họp phụ huynh cuối học kỳ 1", None, "")]),
    ("Chiều 27/6/2025, Bộ tổ chức Hội nghị trực tuyến về chuyển đổi số. (Ảnh: TTXVN) Thứ trưởng chủ trì Hội nghị.", None,
     [("Hội nghị trực tuyến về chuyển đổi số", "2025-06-27", "")]),
    # the place only a later mention of the meeting gives
    ("Tại phiên họp thứ 30, Ủy ban Thường vụ Quốc hội cho ý kiến về dự án Luật. Phiên họp diễn ra ngày 12/3/2024 tại "
     "Nhà Quốc hội.", None, [("phiên họp thứ 30", "2024-03-12", "Nhà Quốc hội")]),
    # a reception is a meeting, told by its verb and the guest
    ("Chiều 12/3, Chủ tịch nước đã tiếp Đại sứ Pháp tại Việt Nam.", "2024-03-13",
     [("tiếp Đại sứ Pháp", "2024-03-12", "Việt Nam")]),
    ("Sáng 4/10, Bí thư Tỉnh ủy tiếp đoàn công tác của tỉnh Viêng Chăn.", "2024-10-05",
     [("tiếp đoàn công tác của tỉnh Viêng Chăn", "2024-10-04", "")]),
    # the occasion of a speech, undated, is only the scene: a meeting where the article names no other
    ("Phát biểu bế mạc kỳ họp, Chủ tịch HĐND tỉnh đề nghị các cấp triển khai nghị quyết.", None, [("kỳ họp", None, "")]),
    ("Chiều 11/12/2024, HĐND tỉnh Hòa Phong tổ chức Kỳ họp thứ 20. Ông Lê Văn Nam nhắc lại bài phát biểu bế mạc "
     "Hội nghị Tỉnh ủy lần thứ 18 về chuyển đổi số.", None, [("Kỳ họp thứ 20", "2024-12-11", "")]),
    ("Chiều 11/12/2024, Quốc hội tổ chức Phiên họp toàn thể. Diễn văn khai mạc Đại hội Đảng bộ tỉnh Hòa Phong được "
     "nhắc lại.", None, [("Phiên họp toàn thể", "2024-12-11", "")]),
    # … dated, the speech's day is the meeting's
    ("Sáng 5/3/2024, phát biểu khai mạc Hội nghị tổng kết, Bí thư Tỉnh ủy nhấn mạnh nhiệm vụ năm 2024.", None,
     [("Hội nghị tổng kết", "2024-03-05", "")]),
    # a sentence parted by ";" dates a meeting by the day of its own part
    ("Ngày 1/3/2024, UBND tỉnh ban hành quyết định; sáng 5/3/2024, Sở Nội vụ tổ chức Hội nghị công bố quyết định.", None,
     [("Hội nghị công bố quyết định", "2024-03-05", "")]),
    ("Căn cứ đơn từ nhiệm ngày 6/4/2021 của ông Lê Văn Nam; căn cứ kết quả biểu quyết tại cuộc họp ngày 13/4/2021, "
     "HĐQT ban hành nghị quyết.", None, [("cuộc họp", "2021-04-13", "")]),
    # … and one part the first day of the sentence, not a document's day after it
    ("Sáng 5/3/2024, căn cứ Quyết định ngày 1/3/2024 của UBND tỉnh, Sở Nội vụ tổ chức Hội nghị công bố quyết định.", None,
     [("Hội nghị công bố quyết định", "2024-03-05", "")]),
    # two meetings of one kind at different hours of a day are two; one that gives no hour is either
    ("Ngày 13/4/2021, HĐQT Công ty Hòa Phong họp lúc 10h15. Tại cuộc họp lúc 10h45 cùng ngày, HĐQT bầu Chủ tịch.", None,
     [("họp lúc 10h15", "2021-04-13", ""), ("cuộc họp lúc 10h45 cùng", "2021-04-13", "")]),
    ("Căn cứ kết quả tại cuộc họp ngày 13/4/2021 vào lúc 10h15 và cuộc họp lúc 10h45, HĐQT ban hành nghị quyết. Nghị quyết "
     "khác căn cứ kết quả tại cuộc họp HĐQT vào lúc 11 giờ 10 ngày 13/4/2021.", None,
     [("cuộc họp", "2021-04-13", ""), ("cuộc họp lúc 10h45", "2021-04-13", ""), ("cuộc họp HĐQT", "2021-04-13", "")]),
    ("Sáng 13/4/2021, HĐQT Công ty Hòa Phong tổ chức cuộc họp thường kỳ. Chiều cùng ngày, cuộc họp HĐQT lúc 14 giờ bầu "
     "Chủ tịch.", None, [("cuộc họp thường kỳ", "2021-04-13", "")]),
    # … the hour it ended is not the hour it began
    ("Sáng 13/4/2021, HĐQT Công ty Hòa Phong tổ chức cuộc họp lúc 9h. Chiều 13/4/2021, cuộc họp kết thúc lúc 17h.", None,
     [("cuộc họp lúc 9h", "2021-04-13", "")]),
    # "buổi lễ", "buổi họp" are the ceremony, the meeting the article told, of the kind of the noun after "buổi"
    ("Sáng 5/3/2024, Thủ tướng dự Lễ khởi công cầu Tân Lập. Ngày 5/3/2024, tại buổi lễ, Thủ tướng phát biểu.", None,
     [("Lễ khởi công cầu Tân Lập", "2024-03-05", "")]),
    ("Sáng 5/3/2024, UBND tỉnh tổ chức Hội nghị công bố quyết định bổ nhiệm. Tại buổi lễ sáng 5/3/2024, ông Lê Văn Nam "
     "phát biểu nhận nhiệm vụ.", None, [("Hội nghị công bố quyết định bổ nhiệm", "2024-03-05", "")]),
    ("Chiều 5/3/2024, Ban Thường vụ Huyện ủy họp để cho ý kiến về nhân sự. Chiều 5/3/2024, tại buổi họp, ông Lê Văn Nam "
     "đề nghị các ngành phối hợp.", None, [("họp", "2024-03-05", "")]),
    # … alone, a meeting where the article names no other; "buổi" before what is no meeting noun is one still
    ("Tại buổi họp báo, Công an huyện Tân Lạc cho biết đã khởi tố vụ án.", None, [("buổi họp báo", None, "")]),
    ("Ngày 5/3/2024, tại buổi giám sát của HĐND tỉnh, ông Lê Văn Nam báo cáo.", None,
     [("buổi giám sát của HĐND tỉnh", "2024-03-05", "")]),
    # where something was said, undated: a meeting where the article names no other
    ("Ông Lê Văn Nam chia sẻ kinh nghiệm tại buổi thảo luận về khởi nghiệp.", None,
     [("buổi thảo luận về khởi nghiệp", None, "")]),
    ("Sáng 5/3/2024, Sở Y tế tổ chức Hội nghị tổng kết. Ông Lê Văn Nam từng phát biểu tại Hội thảo khoa học về y tế.", None,
     [("Hội nghị tổng kết", "2024-03-05", "")]),
    # a document's day dates no meeting: undated, or the day the sentence tells
    ("Tại hội nghị, Phó Chủ tịch UBND tỉnh Lê Văn Nam công bố Quyết định số 123/QĐ-UBND ngày 1/3/2024 của UBND tỉnh.",
     None, [("công bố Quyết định số 123/QĐ-UBND", None, "")]),
    ("Tại hội nghị, ông Lê Văn Nam quán triệt Kế hoạch 45/KH-UBND ngày 1/3/2024 của UBND tỉnh.", None,
     [("hội nghị", None, "")]),
    ("Sáng 7/3/2024, tại hội nghị, ông Lê Văn Nam công bố Quyết định số 123/QĐ-UBND ngày 1/3/2024 của UBND tỉnh.",
     None, [("công bố Quyết định số 123/QĐ-UBND", "2024-03-07", "")]),
    # what must still be meetings beside the documents, the past and the holidays
    ("Sáng 2/9/2024, tỉnh tổ chức Lễ kỷ niệm Quốc khánh tại Quảng trường tỉnh.", None,
     [("Lễ kỷ niệm Quốc khánh", "2024-09-02", "Quảng trường tỉnh")]),
    ("Sáng 5/3/2024, Ban Chấp hành Trung ương khai mạc Hội nghị Trung ương 10. Hội nghị thông qua Nghị quyết của "
     "Hội nghị Trung ương 10.", None, [("Hội nghị Trung ương 10", "2024-03-05", "")]),
    ("Ngày 10/1/2024, UBND xã tổ chức Hội nghị tổng kết công tác năm trước.", None,
     [("Hội nghị tổng kết công tác năm trước", "2024-01-10", "")]),
    ("Sáng 5/3/2024, tại Kỳ họp thứ 15 vừa qua, HĐND tỉnh bầu Chủ tịch UBND tỉnh.", None,
     [("Kỳ họp thứ 15", "2024-03-05", "")]),
    # a meeting that opens its sentence as its scene is placed by the opening phrase, not by the clause after it
    ("Sáng 12/5/2023, tại buổi họp báo do UBND tỉnh tổ chức, đại diện Công an huyện cho biết đã bắt giữ đối tượng "
     "tại chợ Đông Hà.", None, [("buổi họp báo", "2023-05-12", "")]),
    ("Tại buổi họp báo diễn ra tại Nhà khách Tỉnh ủy chiều 4/6/2023, ông Lê Văn Nam cho biết số vụ cháy tại khu "
     "công nghiệp đã giảm.", None, [("buổi họp báo", "2023-06-04", "Nhà khách Tỉnh ủy")]),
]

# held twice, in two sentences, each named by what sets it apart (an ordinal; a body's proper name): two meetings
TWICE_HELD = [
    ("Sáng 2/6/2024, tại Hà Nội, Ban Chấp hành Hội Nông dân tổ chức Hội nghị lần thứ 9. Chiều cùng ngày, Ban Chấp hành "
     "Hội Nông dân tổ chức hội nghị Chủ nhiệm Hợp tác xã Tân Lạc sơ kết sáu tháng.", None,
     [("Hội nghị lần thứ 9", "2024-06-02", "Hà Nội"), ("hội nghị Chủ nhiệm Hợp tác xã Tân Lạc sơ kết sáu tháng", "2024-06-02", "")]),
    # … one meeting where the second names nothing of its own
    ("Sáng 2/6/2024, Tỉnh ủy tổ chức Hội nghị lần thứ 9. Chiều cùng ngày, Tỉnh ủy tiếp tục tổ chức hội nghị Ban Chấp hành.",
     None, [("Hội nghị lần thứ 9", "2024-06-02", "")]),
]


NOT_MEETINGS = [
    # many meetings at once
    "Hầu hết các tổ chức cơ sở đảng đều tổ chức đại hội thành công.",
    "Tính đến hết ngày 8.8.2020, có 40/50 đảng bộ đã tổ chức thành công đại hội nhiệm kỳ 2020 - 2025.",
    "Theo Chỉ thị ngày 30.5.2019 về đại hội Đảng bộ các cấp tiến tới Đại hội XIII của Đảng.",
    # a court hearing, a place, a time of day, the future
    "Ngày 31/1/2024, phiên tòa sơ thẩm tuyên án các bị cáo.",
    "Ngày 22/3/2016, lễ viếng được tổ chức tại Nhà tang lễ Bộ Quốc phòng.".replace("lễ viếng được tổ chức", "đoàn đến"),
    "Buổi sáng ngày 3/5/2024, trời mưa to.",
    "Hội nghị sẽ được tổ chức vào ngày 20/5/2024.",
    # many sittings
    "Năm 2023, Ban chấp hành đã tổ chức 2 lần họp.",
    # after a meeting, undated: background; a meeting noun that is not the subject of its clause
    "Trước khi Đại hội đã bầu Ban Chấp hành, các đại biểu thảo luận.",
    "Sau Đại hội, các chi bộ triển khai nghị quyết.",
    # a document named after a meeting refers to it ("của", "số …" may stand between)
    "Ngày 5/3/2024, Tỉnh ủy ban hành kế hoạch thực hiện Nghị quyết của Hội nghị Trung ương 8 khóa XIII.",
    "Ngày 5/3/2024, Ban Thường vụ quán triệt Kết luận số 12 của Hội nghị Trung ương 9.",
    "Ngày 5/3/2024, huyện triển khai Thông báo kết luận của Hội nghị Tỉnh ủy lần thứ 20.",
    "Ngày 5/3/2024, Sở phổ biến Chỉ thị của Hội nghị Chính phủ với địa phương.",
    "Ngày 5/3/2024, đảng viên nghiên cứu Văn kiện Đại hội XIII của Đảng.",
    "Ngày 5/3/2024, Sở Tư pháp tuyên truyền Luật tại Kỳ họp thứ 7 Quốc hội khóa XV.",
    "Ngày 5/3/2024, Chính phủ ban hành Nghị định của Phiên họp Chính phủ thường kỳ tháng 2.",
    "Ngày 5/3/2024, xã rà soát Quy định của Đại hội Đảng bộ huyện lần thứ XX.",
    "Ngày 5/3/2024, Hội đồng sửa đổi Quy chế của Kỳ họp HĐND huyện Tân Lạc.",
    "Ngày 5/3/2024, cán bộ học tập tinh thần của Hội nghị Trung ương 10.",
    # a meeting the article looks back on, inside its name or after it
    "Ngày 5/3/2024, ông Lê Văn Nam cho biết tại Hội nghị Trung ương 10 trước đó, Ban Chấp hành đã thống nhất chủ trương.",
    "Ngày 5/3/2024, ông Lê Văn Nam nhắc lại Hội nghị Tỉnh ủy lần thứ 18 trước đây đã bàn việc này.",
    "Ngày 5/3/2024, HĐND huyện nhắc lại kết quả Kỳ họp lần trước của HĐND tỉnh Hòa Phong.",
    "Ngày 5/3/2024, cử tri hỏi lại việc Kỳ họp kỳ trước HĐND tỉnh Hòa Phong đã hứa.",
    "Ngày 5/3/2024, cử tri nhắc tới Kỳ họp thứ 14 diễn ra hồi tháng 12 của HĐND tỉnh Hòa Phong.",
    "Ngày 5/3/2024, cử tri nhắc tới Kỳ họp thứ 14 tổ chức hồi năm 2023 của HĐND tỉnh Hòa Phong.",
    "Ngày 5/3/2024, cử tri nhắc tới Hội nghị Tỉnh ủy hồi đầu năm của tỉnh Hòa Phong.",
    "Ngày 5/3/2024, cử tri nhắc tới Hội nghị Tỉnh ủy hồi cuối năm 2023 của tỉnh Hòa Phong.",
    # a festival or a holiday is no ceremony held; nor are words of manners and rites
    "Ngày 15/4/2024, Lễ hội Đền Hùng thu hút hàng vạn du khách.",
    "Ngày 10/2/2024, người dân Hòa Phong vui lễ Tết bên gia đình.",
    "Ngày 25/12/2024, Lễ Giáng sinh diễn ra trong không khí ấm áp.",
    "Ngày 31/3/2024, Lễ Phục sinh năm nay đông vui.",
    "Ngày 23/8/2024, Lễ Vu Lan được người dân đón nhận.",
    "Ngày 1/5/2024, người lao động đón Lễ Quốc tế Lao động.",
    "Ngày 2/9/2024, cả nước vui Lễ Quốc khánh.",
    "Ngày 5/3/2024, học sinh Trường Tân Lập được dạy lễ phép với thầy cô.",
    "Ngày 5/3/2024, đoàn tìm hiểu lễ nghi cổ truyền của người Mường.",
    "Ngày 5/3/2024, gia đình chuẩn bị lễ vật dâng cúng.",
    "Ngày 5/3/2024, nhà may giới thiệu lễ phục của các cụ cao niên.",
    "Ngày 5/3/2024, khách sạn tuyển nhân viên lễ tân mới.",
    "Ngày 30/4/2024, dịp lễ chiến thắng thu hút du khách đến Hòa Phong.",
    "Ngày 30/4/2024, kỳ nghỉ lễ kéo dài 5 ngày.",
    "Ngày 30/4/2024, ngày lễ chiến thắng thu hút du khách đến Hòa Phong.",
    "Ngày 5/3/2024, mùa lễ hội đầu xuân bắt đầu ở Hòa Phong.",
    "Ngày 5/3/2024, bà con đi lễ chùa đầu năm.",
    # chosen or marching at a meeting is not saying something there
    "Ông Lê Văn Nam được chỉ định tại đại hội Đảng bộ huyện Tân Lạc.",
    "Các chiến sĩ chuẩn bị diễu hành tại Lễ kỷ niệm 50 năm Ngày Giải phóng.",
    # "tiếp" that continues, or takes in, is no reception
    "Ngày 3/5/2024, tỉnh tiếp tục đôn đốc các đoàn kiểm tra.",
    "Ngày 3/5/2024, Sở tiếp nhận hồ sơ của các đoàn viên.",
]


# A page whose text opens with the body, its title given apart: the first sentence is no title, so an undated
# meeting in it does not take the lead's day; where the text opens with the title, the title's meeting does.
TITLED = [
    ("Tại Kỳ họp thứ 7, Quốc hội đã thông qua Luật Đất đai sửa đổi.\n\nNgày 18/1/2024, Chủ tịch nước ký lệnh công bố Luật.",
     "Luật Đất đai sửa đổi có hiệu lực", [("Kỳ họp thứ 7", None, "")]),
    ("Khai mạc Hội nghị Tỉnh ủy Hòa Phong lần thứ 20\n\nNgày 14/6/2024, Ban Chấp hành Đảng bộ tỉnh bàn công tác cán bộ.",
     "Khai mạc Hội nghị Tỉnh ủy Hòa Phong lần thứ 20", [("Hội nghị Tỉnh ủy Hòa Phong lần thứ 20", "2024-06-14", "")]),
]


@pytest.mark.parametrize("text,title,expected", TITLED, ids=[c[1] for c in TITLED])
def test_the_title_only_where_the_text_opens_with_it(text, title, expected):
    found = extract_text(text, title=title).events
    assert [(e.name, e.date, e.location) for e in found] == expected


@pytest.mark.parametrize("text,published,expected", CASES + TWICE_HELD, ids=[c[0][:40] for c in CASES + TWICE_HELD])
def test_meetings(text, published, expected):
    assert meetings(text, published) == expected


@pytest.mark.parametrize("text", NOT_MEETINGS, ids=[t[:40] for t in NOT_MEETINGS])
def test_no_meeting(text):
    assert meetings(text) == []


# The organiser: the body before the verb that holds the meeting, a dot inside its name ("Ủy ban T.Ư MTTQ"),
# and a body that met ("họp"), the noun its own verb.
ORGANISERS = [
    ("Ngày 2/6/2024, tại Hà Nội, Ủy ban T.Ư MTTQ Việt Nam tổ chức Hội nghị lần thứ 9 hiệp thương.",
     "Ủy ban T.Ư MTTQ Việt Nam"),
    ("Ngày 15/3/2024, Ban Thường vụ Huyện ủy Tân Lạc họp phiên thường kỳ tháng 3.", "Ban Thường vụ Huyện ủy Tân Lạc"),
    ("Sáng 5/3/2024, UBND TP.Hòa Phong tổ chức hội nghị giao ban quý I.", "UBND TP.Hòa Phong"),
]


@pytest.mark.parametrize("text,organiser", ORGANISERS, ids=[c[0][:40] for c in ORGANISERS])
def test_organiser(text, organiser):
    assert [e.organizer for e in extract_text(text, title="Tin địa phương").events] == [organiser]
