"""People and roles: one invented sentence per construction and per kind of body.

Every sentence here is written for this test (invented people and places); each case lists the
(name, title) pairs the pipeline must give, titles as written. A name with no role is (name, None).
"""
from __future__ import annotations

import pytest

from vnie import extract_text


def pairs(text: str) -> set[tuple[str, str | None]]:
    out = set()
    for p in extract_text(text).people:
        if not p.roles:
            out.add((p.name, None))
        for r in p.roles:
            out.add((p.name, r.title))
    return out


CASES = [
    # --- apposition: comma, dash, parenthesis, several titles
    ("Ông Lâm Văn Đông, Bí thư Tỉnh ủy, phát biểu tại hội nghị.",
     {("Lâm Văn Đông", "Bí thư Tỉnh ủy")}),
    ("Bà Trần Thị Mai Hương - Phó Chủ tịch UBND tỉnh chủ trì buổi làm việc.",
     {("Trần Thị Mai Hương", "Phó Chủ tịch UBND tỉnh")}),
    ("Đồng chí Phan Quốc Bảo (Giám đốc Sở Tài chính) báo cáo tình hình thu ngân sách.",
     {("Phan Quốc Bảo", "Giám đốc Sở Tài chính")}),
    ("Đồng chí Lê Hữu Khang, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy dự hội nghị.",
     {("Lê Hữu Khang", "Ủy viên Ban Thường vụ Tỉnh ủy"), ("Lê Hữu Khang", "Trưởng Ban Tổ chức Tỉnh ủy")}),
    ("Ông Vũ Đình Toàn, Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh Sơn Vĩ phát biểu.",
     {("Vũ Đình Toàn", "Phó Bí thư Thường trực Tỉnh ủy"), ("Vũ Đình Toàn", "Chủ tịch HĐND tỉnh Sơn Vĩ")}),
    ("Ông Đặng Minh Trí (54 tuổi), Bí thư Huyện ủy Tân Lạc được điều động công tác.",
     {("Đặng Minh Trí", "Bí thư Huyện ủy Tân Lạc")}),
    ("Ông Mạc Văn Lợi, Phó Bí thư, Chủ tịch UBND huyện Phú Điền trả lời cử tri.",
     {("Mạc Văn Lợi", "Phó Bí thư"), ("Mạc Văn Lợi", "Chủ tịch UBND huyện Phú Điền")}),
    ("Ông Tạ Quang Vinh, Phó Tổng Biên tập, Phó Bí thư Đảng ủy cơ quan Tạp chí Nông thôn trình bày báo cáo.",
     {("Tạ Quang Vinh", "Phó Tổng Biên tập"), ("Tạ Quang Vinh", "Phó Bí thư Đảng ủy cơ quan Tạp chí Nông thôn")}),
    # a counted title in apposition to a list of names; a delegates' group
    ("Ông Lê Văn Hòa và ông Trần Văn Bình, hai Phó Chủ tịch UBND tỉnh, dự lễ.",
     {("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh"), ("Trần Văn Bình", "Phó Chủ tịch UBND tỉnh")}),
    ("Ông Lê Văn Hòa và ông Trần Văn Bình, Phó Chủ tịch UBND tỉnh, dự lễ.",
     {("Lê Văn Hòa", None), ("Trần Văn Bình", "Phó Chủ tịch UBND tỉnh")}),
    ("Ông Lê Văn Hòa, Tổ trưởng Tổ đại biểu HĐND tỉnh, tiếp xúc cử tri.",
     {("Lê Văn Hòa", "Tổ trưởng Tổ đại biểu HĐND tỉnh")}),
    # a title with its body right after a name, no punctuation between
    ("Tặng hoa chúc mừng Lê Văn Hòa Phó Chủ tịch UBND tỉnh nhân dịp nhận nhiệm vụ.",
     {("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh")}),
    # a bare title is a role where the text ends it (a comma, the end); not where its body went unread
    ("Ông Lê Xuân Huy, Phó Tổng Giám đốc, Chủ tịch Hội đồng Khoa học Tập đoàn phát biểu.",
     {("Lê Xuân Huy", "Phó Tổng Giám đốc"), ("Lê Xuân Huy", "Chủ tịch Hội đồng Khoa học Tập đoàn")}),
    ("Ông Trần Văn Minh, Giám đốc vùng phía Nam của dự án, cho biết.", {("Trần Văn Minh", None)}),
    ("Ông Trần Quốc Bảo đề nghị thành lập tổ công tác, do lãnh đạo UBND tỉnh làm tổ trưởng; các sở phối hợp.",
     {("Trần Quốc Bảo", None)}),
    ("Bà Hà Thị Ngọc Lan, Trưởng Ban Văn hóa - Xã hội HĐND tỉnh giải trình.",
     {("Hà Thị Ngọc Lan", "Trưởng Ban Văn hóa - Xã hội HĐND tỉnh")}),
    ("Ông Trịnh Công Hậu, Trưởng ban Kinh tế và ngân sách, HĐND tỉnh có 60 phiếu.",
     {("Trịnh Công Hậu", "Trưởng ban Kinh tế và ngân sách, HĐND tỉnh")}),
    ("Các ông Lâm Văn Đông, Trần Hữu Tài - Phó Chủ tịch UBND tỉnh - dự lễ khánh thành.",
     {("Lâm Văn Đông", "Phó Chủ tịch UBND tỉnh"), ("Trần Hữu Tài", "Phó Chủ tịch UBND tỉnh")}),
    # bodies of the central state: a comma inside a ministry's name, a delegation's place, the army's
    # Party committee, a name the segmenter glued to the verb after it
    ("Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Nguyễn Văn Hùng trả lời chất vấn.",
     {("Nguyễn Văn Hùng", "Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch")}),
    ("Ông Lê Văn Tâm, Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Phong phát biểu.",
     {("Lê Văn Tâm", "Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Phong")}),
    ("Ông Lê Văn Tâm, Giám đốc Sở Tài chính, Trần Văn Bình và Lê Thị Cúc dự họp.",
     {("Lê Văn Tâm", "Giám đốc Sở Tài chính"), ("Trần Văn Bình", None), ("Lê Thị Cúc", None)}),
    ("Ông Đinh Văn Dũng, Bí thư Thành ủy Hòa Phong, Trưởng đoàn ĐBQH Hòa Phong phát biểu.",
     {("Đinh Văn Dũng", "Bí thư Thành ủy Hòa Phong"), ("Đinh Văn Dũng", "Trưởng đoàn ĐBQH Hòa Phong")}),
    ("Trưởng đoàn ĐBQH Lê Thị Hà báo cáo kết quả giám sát.", {("Lê Thị Hà", "Trưởng đoàn ĐBQH")}),
    ("Đại tướng Phan Văn Giao, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Bộ Quốc phòng phát biểu.",
     {("Phan Văn Giao", "Phó Bí thư Quân ủy Trung ương"), ("Phan Văn Giao", "Bộ trưởng Bộ Quốc phòng")}),
    ("Ông Võ Văn Thiện, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư dự lễ.",
     {("Võ Văn Thiện", "Ủy viên Bộ Chính trị"), ("Võ Văn Thiện", "Thường trực Ban Bí thư")}),
    ("Trưởng ban Công tác đại biểu Nguyễn Thị Thơ trình bày tờ trình.",
     {("Nguyễn Thị Thơ", "Trưởng ban Công tác đại biểu")}),
    ("Phó Thủ tướng Thường trực Chính phủ Nguyễn Hòa Bình dự hội nghị.",
     {("Nguyễn Hòa Bình", "Phó Thủ tướng Thường trực Chính phủ")}),
    ("Bộ trưởng Bộ Nội vụ Phạm Thị Thanh Trà trao quyết định.",
     {("Phạm Thị Thanh Trà", "Bộ trưởng Bộ Nội vụ")}),
    # a board's members listed after a count, the term in brackets between; a court's chamber; a school's deputy head
    ("Cổ đông đề nghị miễn nhiệm 3 thành viên HĐQT Vinabank nhiệm kỳ VI (2015-2020) gồm: ông Lê Minh Quân, "
     "ông Cao Xuân Ninh, bà Lương Thị Cẩm Tú.",
     {("Lê Minh Quân", "thành viên HĐQT Vinabank"), ("Cao Xuân Ninh", "thành viên HĐQT Vinabank"),
      ("Lương Thị Cẩm Tú", "thành viên HĐQT Vinabank")}),
    ("Phiên tòa do thẩm phán Đào Thị Ngân, Phó Chánh tòa Phúc thẩm – TANDTC làm chủ tọa.",
     {("Đào Thị Ngân", "thẩm phán"), ("Đào Thị Ngân", "Phó Chánh tòa Phúc thẩm – TANDTC")}),
    ("Ông Lê Văn Chiêm bị giáng chức, điều xuống làm hiệu phó Trường Tiểu học và THCS Tân An 1.",
     {("Lê Văn Chiêm", "hiệu phó Trường Tiểu học và THCS Tân An 1")}),
    ("PGS.TS Chu Kỳ Sơn, Hiệu trưởng Trường Hóa và Khoa học sự sống - Đại học Bách khoa Hòa Phong phát biểu.",
     {("Chu Kỳ Sơn", "Hiệu trưởng Trường Hóa và Khoa học sự sống - Đại học Bách khoa Hòa Phong")}),
    ("Đại tá Lê Hồng Thắm, Trưởng Phòng CSĐT tội phạm hình sự Công an TP.Hải Phòng cho biết.",
     {("Lê Hồng Thắm", "Trưởng Phòng CSĐT tội phạm hình sự Công an TP.Hải Phòng")}),
    ("Ông Lê Văn An tốt nghiệp đại học năm 1990.", {("Lê Văn An", None)}),
    # unit heads of hospitals and schools: the unit's name, then the hospital or school (after a comma too)
    ("Bác sĩ Lê Thị Hoa, Trưởng khoa Hồi sức tích cực Bệnh viện Đa khoa tỉnh cho biết.",
     {("Lê Thị Hoa", "Bác sĩ"), ("Lê Thị Hoa", "Trưởng khoa Hồi sức tích cực Bệnh viện Đa khoa tỉnh")}),
    ("Trưởng khoa Hồi sức tích cực Bệnh viện Đa khoa tỉnh Lê Thị Hoa cho biết.",
     {("Lê Thị Hoa", "Trưởng khoa Hồi sức tích cực Bệnh viện Đa khoa tỉnh")}),
    ("BS Lê Thị Hoa, Phó trưởng khoa Cấp cứu, Bệnh viện Đa khoa tỉnh Hòa Phong cho biết.",
     {("Lê Thị Hoa", "Phó trưởng khoa Cấp cứu, Bệnh viện Đa khoa tỉnh Hòa Phong")}),
    ("TS Lê Văn Bình, Trưởng khoa Ngữ văn, Trường Đại học Sư phạm Hòa Phong cho biết.",
     {("Lê Văn Bình", "Trưởng khoa Ngữ văn, Trường Đại học Sư phạm Hòa Phong")}),
    # an international body before a foreign name
    ("Tổng Thư ký Liên hợp quốc António Guterres kêu gọi các bên kiềm chế.",
     {("António Guterres", "Tổng Thư ký Liên hợp quốc")}),
    ("Tổng Thư ký Liên Hợp Quốc António Guterres phát biểu.",
     {("António Guterres", "Tổng Thư ký Liên Hợp Quốc")}),
    # diplomats: "Việt Nam tại …" (a country where the post is held, a city too), "đặc mệnh toàn quyền"
    ("Đại sứ Việt Nam tại Nhật Bản Phạm Quang Hiển dự lễ.", {("Phạm Quang Hiển", "Đại sứ Việt Nam tại Nhật Bản")}),
    ("Ông Lê Văn Hòa, Đại sứ đặc mệnh toàn quyền Việt Nam tại Pháp, trình quốc thư.",
     {("Lê Văn Hòa", "Đại sứ đặc mệnh toàn quyền Việt Nam tại Pháp")}),
    ("Tổng Lãnh sự Việt Nam tại Thượng Hải Lê Văn Hòa tiếp đoàn.",
     {("Lê Văn Hòa", "Tổng Lãnh sự Việt Nam tại Thượng Hải")}),
    ("Ủy viên Trung ương Hội Nông dân Việt Nam Lê Văn Hòa phát biểu.",
     {("Lê Văn Hòa", "Ủy viên Trung ương Hội Nông dân Việt Nam")}),
    # a role verb's title and the subject that opens the next clause
    ("Theo cáo trạng, trong thời gian giữ chức Chủ tịch UBND huyện Tân Phú, Lê Văn Hòa đã ký nhiều quyết định sai.",
     {("Lê Văn Hòa", "Chủ tịch UBND huyện Tân Phú")}),
    ("Với cương vị là Chủ tịch UBND huyện, ông Lê Văn Hòa đã chỉ đạo cấp dưới.",
     {("Lê Văn Hòa", "Chủ tịch UBND huyện")}),
    # a career history: lines that open with a time and a colon are the biography's subject's;
    # "từng giữ nhiều chức vụ quan trọng như: …"
    ("Ông Lê Văn Hòa sinh năm 1972, quê huyện Tân Phú.\nÔng từng giữ nhiều chức vụ quan trọng như: "
     "Phó Giám đốc Sở Tài chính, Giám đốc Sở Nội vụ.\nQuá trình công tác:\n"
     "- Từ năm 2010 đến 2015: Giám đốc Sở Kế hoạch và Đầu tư.\n- Tháng 10/2015: Bí thư Huyện ủy Tân Lạc.\n"
     "- Năm 2020: Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy.\nHội nghị kết thúc lúc 11 giờ.",
     {("Lê Văn Hòa", "Phó Giám đốc Sở Tài chính"), ("Lê Văn Hòa", "Giám đốc Sở Nội vụ"),
      ("Lê Văn Hòa", "Giám đốc Sở Kế hoạch và Đầu tư"), ("Lê Văn Hòa", "Bí thư Huyện ủy Tân Lạc"),
      ("Lê Văn Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy"), ("Lê Văn Hòa", "Trưởng Ban Tổ chức Tỉnh ủy")}),
    ("Hội nghị có 200 đại biểu dự.\n- Năm 2020: Chủ tịch UBND tỉnh ký quyết định thành lập.\nÔng Lê Văn Hòa phát biểu.",
     {("Lê Văn Hòa", None)}),
    # a header with a title and a colon, then one line a person: the title goes to each line's person
    ("HĐND tỉnh bầu các Ủy viên UBND tỉnh gồm:\n- Ông Lê Văn An, Giám đốc Sở Tài chính;\n"
     "- Ông Trần Văn Bình, Giám đốc Sở Nội vụ.\nSau đó, ông Lê Văn Khải phát biểu.",
     {("Lê Văn An", "Ủy viên UBND tỉnh"), ("Lê Văn An", "Giám đốc Sở Tài chính"),
      ("Trần Văn Bình", "Ủy viên UBND tỉnh"), ("Trần Văn Bình", "Giám đốc Sở Nội vụ"), ("Lê Văn Khải", None)}),
    ("Danh sách Phó Chủ tịch HĐND tỉnh nhiệm kỳ 2021-2026:\n1. Ông Lê Văn Dũng;\n2. Bà Võ Thị Phương.\nKỳ họp bế mạc chiều cùng ngày.",
     {("Lê Văn Dũng", "Phó Chủ tịch HĐND tỉnh"), ("Võ Thị Phương", "Phó Chủ tịch HĐND tỉnh")}),
    ("Chủ tịch UBND tỉnh chủ trì hội nghị.\nÔng Lê Văn Dũng phát biểu.", {("Lê Văn Dũng", None)}),
    # a counted title and its list after a colon; a verb's title and the names after "là"
    ("HĐND tỉnh đã bầu 3 Phó Chủ tịch HĐND tỉnh: ông Lý Văn Khoa, ông Mai Văn Long, bà Đinh Thị Mơ.",
     {("Lý Văn Khoa", "Phó Chủ tịch HĐND tỉnh"), ("Mai Văn Long", "Phó Chủ tịch HĐND tỉnh"),
      ("Đinh Thị Mơ", "Phó Chủ tịch HĐND tỉnh")}),
    ("Trúng cử Phó Chủ tịch HĐND tỉnh là ông Lê Văn Sang và bà Trần Thị Tâm.",
     {("Lê Văn Sang", "Phó Chủ tịch HĐND tỉnh"), ("Trần Thị Tâm", "Phó Chủ tịch HĐND tỉnh")}),
    ("Được bầu làm Chủ tịch UBND tỉnh là người có nhiều kinh nghiệm, theo ông Lê Văn Sang.", {("Lê Văn Sang", None)}),
    # "cựu" (former) kept like "nguyên"; inspectorate, audit and judgment-enforcement bodies of the state
    ("Cựu Bộ trưởng Bộ Y tế Nguyễn Thanh Lâm bị tuyên phạt 18 năm tù.",
     {("Nguyễn Thanh Lâm", "Cựu Bộ trưởng Bộ Y tế")}),
    ("Bị cáo Nguyễn Thanh Lâm, cựu Giám đốc Sở Y tế, bị đề nghị mức án 8 năm tù.",
     {("Nguyễn Thanh Lâm", "cựu Giám đốc Sở Y tế")}),
    ("Ông Lê Văn Hòa, cựu chiến binh, phát biểu.", {("Lê Văn Hòa", None)}),
    ("Tổng Thanh tra Chính phủ Đoàn Hồng Phương phát biểu.", {("Đoàn Hồng Phương", "Tổng Thanh tra Chính phủ")}),
    ("Kiểm toán trưởng Kiểm toán Nhà nước khu vực IV Lê Văn Hòa phát biểu.",
     {("Lê Văn Hòa", "Kiểm toán trưởng Kiểm toán Nhà nước khu vực IV")}),
    ("Cục trưởng Cục Thi hành án dân sự tỉnh Lê Văn Hòa phát biểu.",
     {("Lê Văn Hòa", "Cục trưởng Cục Thi hành án dân sự tỉnh")}),
    # "nhiệm vụ" as the object of a role verb; a title that opens the sentence, then "là" and the name
    ("HĐND tỉnh cho thôi làm nhiệm vụ đại biểu HĐND tỉnh đối với ông Lê Văn Hòa.",
     {("Lê Văn Hòa", "đại biểu HĐND tỉnh")}),
    ("Ông Lê Văn Hòa nhận nhiệm vụ mới tại Hòa Phong.", {("Lê Văn Hòa", None)}),
    ("Tân Chủ tịch UBND tỉnh là ông Lê Văn Hòa, Phó Bí thư Tỉnh ủy.",
     {("Lê Văn Hòa", "Chủ tịch UBND tỉnh"), ("Lê Văn Hòa", "Phó Bí thư Tỉnh ủy")}),
    ("Chủ tịch UBND tỉnh là người đứng đầu, ông Lê Văn Hòa nói.", {("Lê Văn Hòa", None)}),
    # an active verb of electing or appointing: the name before it elects, the holder is its object;
    # after a passive marker in its clause the name before it is the holder
    ("Ông Lê Văn An cho biết, HĐND tỉnh sẽ bầu Chủ tịch UBND tỉnh vào tuần tới.", {("Lê Văn An", None)}),
    ("Ông Lê Văn An giới thiệu nhân sự để HĐND tỉnh bầu Chủ tịch UBND tỉnh.", {("Lê Văn An", None)}),
    ("Tại kỳ họp, ông Lê Văn An, Chủ tịch HĐND tỉnh điều hành, các đại biểu đã bầu Phó Chủ tịch UBND tỉnh.",
     {("Lê Văn An", "Chủ tịch HĐND tỉnh")}),
    ("Ông Lê Văn An được HĐND tỉnh bầu làm Chủ tịch UBND tỉnh.", {("Lê Văn An", "Chủ tịch UBND tỉnh")}),
    ("Năm 2013, ông Lê Văn Bình được Ban Thường vụ Tỉnh ủy Hòa Phong điều động, bổ nhiệm giữ chức vụ Bí thư Thị ủy Tân Châu.",
     {("Lê Văn Bình", "Bí thư Thị ủy Tân Châu")}),
    ("Ông Lê Văn An bị cách chức Bí thư Huyện ủy.", {("Lê Văn An", "Bí thư Huyện ủy")}),
    # a passive verb's agent between "được" and the verb is not its holder; "trung ương" in lower case is a body
    ("Năm 2015, ông Võ Văn Hòa được Chủ tịch UBND tỉnh Lê Hoàng Quang bổ nhiệm giữ chức vụ Chánh Văn phòng UBND tỉnh.",
     {("Võ Văn Hòa", "Chánh Văn phòng UBND tỉnh"), ("Lê Hoàng Quang", "Chủ tịch UBND tỉnh")}),
    ("Trước khi được bầu làm phó bí thư Tỉnh ủy, ông Lê Văn Hùng là chỉ huy trưởng Bộ chỉ huy Quân sự tỉnh.",
     {("Lê Văn Hùng", "phó bí thư Tỉnh ủy"), ("Lê Văn Hùng", "chỉ huy trưởng Bộ chỉ huy Quân sự tỉnh")}),
    ("Bà Nguyễn Thị Thơ, ủy viên dự khuyết trung ương đã tái đắc cử Bí thư Tỉnh ủy.",
     {("Nguyễn Thị Thơ", "ủy viên dự khuyết trung ương"), ("Nguyễn Thị Thơ", "Bí thư Tỉnh ủy")}),
    # the subject of a biography: "Đồng chí" as its pronoun; a name given without "ông"/"bà" takes either
    ("Đồng chí Lê Văn Hòa được bầu giữ chức Chủ tịch UBND tỉnh. Đồng chí sinh năm 1970. "
     "Đồng chí từng giữ chức Giám đốc Sở Nội vụ.",
     {("Lê Văn Hòa", "Chủ tịch UBND tỉnh"), ("Lê Văn Hòa", "Giám đốc Sở Nội vụ")}),
    ("Lê Văn Hòa được bầu giữ chức Chủ tịch UBND tỉnh. Ông sinh năm 1970, từng giữ chức Giám đốc Sở Nội vụ.",
     {("Lê Văn Hòa", "Chủ tịch UBND tỉnh"), ("Lê Văn Hòa", "Giám đốc Sở Nội vụ")}),
    ("Bà Trần Thị Mai được bầu giữ chức Phó Chủ tịch UBND tỉnh. Ông từng giữ chức Giám đốc Sở Nội vụ.",
     {("Trần Thị Mai", "Phó Chủ tịch UBND tỉnh")}),
    # more verbs of a career: "trải qua các chức vụ", "với cương vị"
    ("Ông Lê Văn Hòa đã trải qua các chức vụ: Phó Giám đốc Sở Nội vụ, Bí thư Huyện ủy Tân Phú.",
     {("Lê Văn Hòa", "Phó Giám đốc Sở Nội vụ"), ("Lê Văn Hòa", "Bí thư Huyện ủy Tân Phú")}),
    ("Ông Lê Văn Hòa có nhiều năm công tác tại Sở Nội vụ với cương vị Giám đốc Sở Nội vụ.",
     {("Lê Văn Hòa", "Giám đốc Sở Nội vụ")}),
    ("Ông Lê Văn Hòa trải qua nhiều khó khăn khi làm việc với Giám đốc Sở Nội vụ.", {("Lê Văn Hòa", None)}),
    # the place where the posts were held, between a role verb's object and its titles
    ("Ông Lê Văn Thông sinh năm 1956 tại xã Long Hưng. Từ tháng 7/2008, ông chuyển ngành và giữ các chức vụ chủ chốt "
     "tại Hòa Phong như Phó Bí thư Tỉnh ủy, Chủ tịch HĐND, Chủ tịch UBND tỉnh.",
     {("Lê Văn Thông", "Phó Bí thư Tỉnh ủy"), ("Lê Văn Thông", "Chủ tịch HĐND"), ("Lê Văn Thông", "Chủ tịch UBND tỉnh")}),
    ("Ông Lê Văn Thông làm việc tại Hòa Phong với Giám đốc Sở Nội vụ.", {("Lê Văn Thông", None)}),
    # degrees between "là" and the titles; a degree's capitalised word is no given name ("Thạc sĩ Quản trị …")
    ("Ông Lê Văn Hòa là thạc sĩ kinh tế, Phó Giám đốc Sở Nội vụ.", {("Lê Văn Hòa", "Phó Giám đốc Sở Nội vụ")}),
    ("Bà Nguyễn Thị Thơ sinh năm 1967 tại xã Yên Nhân, là Thạc sĩ Quản trị kinh doanh, cử nhân Luật, "
     "Trưởng đoàn đại biểu Quốc hội tỉnh Hòa Phong.",
     {("Nguyễn Thị Thơ", "Trưởng đoàn đại biểu Quốc hội tỉnh Hòa Phong")}),
    # "nhận quyết định …": the subject receives the post; "A được bầu bổ sung vào Ban Chấp hành …": A is the member
    ("Ông Lê Văn Hòa nhận quyết định bổ nhiệm Giám đốc Sở Nội vụ.", {("Lê Văn Hòa", "Giám đốc Sở Nội vụ")}),
    ("Ông Lê Văn Hòa nhận quyết định giữ chức Giám đốc Sở Nội vụ.", {("Lê Văn Hòa", "Giám đốc Sở Nội vụ")}),
    ("Ông Lê Văn Hòa được bầu bổ sung vào Ban Chấp hành Đảng bộ tỉnh.",
     {("Lê Văn Hòa", "Ủy viên Ban Chấp hành Đảng bộ tỉnh")}),
    ("Ông Lê Văn Hòa đề nghị bầu bổ sung vào Ban Chấp hành Đảng bộ tỉnh những người trẻ.", {("Lê Văn Hòa", None)}),
    # a role verb made a noun by the word before it names a document, nobody's role unless its owner follows
    ("Đồng chí Trần Văn Bình, Giám đốc Sở Nội vụ đọc Nghị quyết bầu Chủ tịch UBND tỉnh.",
     {("Trần Văn Bình", "Giám đốc Sở Nội vụ")}),
    ("Kỳ họp thông qua Nghị quyết miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Lê Văn Hòa.",
     {("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh")}),
    # a birth year, then the title, in brackets after the name
    ("Ông Trần Văn Bình (SN 1965, nguyên Chủ tịch UBND huyện Tân Phú) bị bắt tạm giam.",
     {("Trần Văn Bình", "nguyên Chủ tịch UBND huyện Tân Phú")}),
    # the bodies a title's body belongs to, after a comma (parent_bodies) or its place in brackets
    ("Trung tá Nguyễn Ngọc Bá - Trung đoàn trưởng, Trung đoàn 98, Sư đoàn 316 báo cáo.",
     {("Nguyễn Ngọc Bá", "Trung đoàn trưởng, Trung đoàn 98, Sư đoàn 316")}),
    ("Thượng tá Lê Trí Thành - Phó Chủ nhiệm Chính trị Sư đoàn 316, Quân khu 2 dự lễ.",
     {("Lê Trí Thành", "Phó Chủ nhiệm Chính trị Sư đoàn 316, Quân khu 2")}),
    ("Dự họp có ông Trần Đăng Phú, Phó Chánh Thanh tra, Cơ quan Thanh tra Ngân hàng Nhà nước.",
     {("Trần Đăng Phú", "Phó Chánh Thanh tra, Cơ quan Thanh tra Ngân hàng Nhà nước")}),
    ("Giám đốc Sở Y tế (tỉnh Hòa Phong) Nguyễn Văn Cường cho biết.",
     {("Nguyễn Văn Cường", "Giám đốc Sở Y tế (tỉnh Hòa Phong)")}),
    ("Ông Nguyễn Văn Cường, Giám đốc Sở Y tế (ảnh), cho biết.", {("Nguyễn Văn Cường", "Giám đốc Sở Y tế")}),
    ("Ông Nguyễn Văn Cường, Phó Tư lệnh Quân khu 9, Đại tá Lê Văn Dũng, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh dự lễ.",
     {("Nguyễn Văn Cường", "Phó Tư lệnh Quân khu 9"), ("Lê Văn Dũng", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh")}),
    # a company named by one word of its own after a company's position, no head word before it
    ("Tổng Giám đốc Vinacombank Nguyễn Thanh Tâm phát biểu.",
     {("Nguyễn Thanh Tâm", "Tổng Giám đốc Vinacombank")}),
    ("Ông Nguyễn Thanh Tâm, Tổng Giám đốc Vinacombank, cho biết lãi suất sẽ giảm.",
     {("Nguyễn Thanh Tâm", "Tổng Giám đốc Vinacombank")}),
    ("Ông Đặng Hoàng Ân, Giám đốc HPX cho biết.", {("Đặng Hoàng Ân", "Giám đốc HPX")}),
    ("Lê Gia Hiệp (nguyên Phó TGĐ HPC) bị phạt 13 năm tù.", {("Lê Gia Hiệp", "nguyên Phó TGĐ HPC")}),
    ("Bà Trâm Hương, Giám đốc điều hành Lotusa Vietnam cho biết.",
     {("Trâm Hương", "Giám đốc điều hành Lotusa Vietnam")}),
    ("Ông Lê Văn Bình, Giám đốc Sở Y tế, cho biết.", {("Lê Văn Bình", "Giám đốc Sở Y tế")}),
    ("Phó Giám đốc Trần Văn Cường cho biết.", {("Trần Văn Cường", None)}),
    ("Tổng thống Barack Obama phát biểu tại Hà Nội.", {("Barack Obama", "Tổng thống")}),
    # lower-case titles: a lower-case head with its level is a body; a count after the verb
    ("Đại tá Nguyễn Văn Thuận, giám đốc công an tỉnh, báo cáo tình hình.",
     {("Nguyễn Văn Thuận", "giám đốc công an tỉnh")}),
    ("Ông Lê Văn Hòa và ông Trần Văn Lâm đã trở thành hai phó chủ tịch UBND tỉnh.",
     {("Lê Văn Hòa", "phó chủ tịch UBND tỉnh"), ("Trần Văn Lâm", "phó chủ tịch UBND tỉnh")}),
    ("Ông Lê Văn Hòa cho biết công an tỉnh đã vào cuộc.", {("Lê Văn Hòa", None)}),
    # --- title first
    # a body named in capitals, then the name: the body as the title grammar reads it ends the run's head
    ("Bộ trưởng Bộ Công Thương Nguyễn Hồng Diên phát biểu khai mạc.",
     {("Nguyễn Hồng Diên", "Bộ trưởng Bộ Công Thương")}),
    ("Phó Giám đốc Bệnh viện Chợ Rẫy Phạm Thanh Việt cho biết ca mổ thành công.",
     {("Phạm Thanh Việt", "Phó Giám đốc Bệnh viện Chợ Rẫy")}),
    ("Hiệu trưởng Trường Đại học Y Hòa Phong Nguyễn Hữu Tài phát biểu.",
     {("Nguyễn Hữu Tài", "Hiệu trưởng Trường Đại học Y Hòa Phong")}),
    ("Hiệu trưởng Trường THPT Lê Quý Đôn Phạm Văn Dũng phát biểu.",
     {("Phạm Văn Dũng", "Hiệu trưởng Trường THPT Lê Quý Đôn")}),
    ("Ông Phạm Văn Dũng, Hiệu trưởng Trường Tiểu học Nguyễn Du, phát biểu.",
     {("Phạm Văn Dũng", "Hiệu trưởng Trường Tiểu học Nguyễn Du")}),
    ("Chủ tịch UBND tỉnh Lâm Văn Đông kiểm tra tiến độ dự án.",
     {("Lâm Văn Đông", "Chủ tịch UBND tỉnh")}),
    ("Phó Bí thư Tỉnh ủy Trần Thị Mai Hương trao quyết định.",
     {("Trần Thị Mai Hương", "Phó Bí thư Tỉnh ủy")}),
    ("Giám đốc Công an tỉnh Hà Lĩnh, ông Nguyễn Văn Kiên được 55 phiếu tín nhiệm cao.",
     {("Nguyễn Văn Kiên", "Giám đốc Công an tỉnh Hà Lĩnh")}),
    ("Dự hội nghị có: Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh Hồ Ngọc Sơn.",
     {("Hồ Ngọc Sơn", "Tỉnh ủy viên"), ("Hồ Ngọc Sơn", "Phó Chủ tịch UBND tỉnh")}),
    ("Theo ý kiến của Phó Thủ tướng Chính phủ, Phó Chủ tịch UBND tỉnh Lương Thế Anh yêu cầu các sở khẩn trương.",
     {("Lương Thế Anh", "Phó Chủ tịch UBND tỉnh")}),
    ("Tân Chủ tịch UBND tỉnh Quách Văn Hiếu phát biểu nhận nhiệm vụ.",
     {("Quách Văn Hiếu", "Chủ tịch UBND tỉnh")}),
    ("Thượng tá Đoàn Minh Quý, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh báo cáo.",
     {("Đoàn Minh Quý", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh")}),
    ("Thiếu tướng Lò Văn Sinh, Phó Tư lệnh Quân khu 9 dự lễ.",
     {("Lò Văn Sinh", "Phó Tư lệnh Quân khu 9")}),
    # --- a title shared by a list
    ("Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy: Lâm Văn Đông, Trưởng Ban Dân vận Tỉnh ủy; Phan Tấn Lực, Bí thư Huyện ủy Ninh Thạch.",
     {("Lâm Văn Đông", "Ủy viên Ban Thường vụ Tỉnh ủy"), ("Lâm Văn Đông", "Trưởng Ban Dân vận Tỉnh ủy"),
      ("Phan Tấn Lực", "Ủy viên Ban Thường vụ Tỉnh ủy"), ("Phan Tấn Lực", "Bí thư Huyện ủy Ninh Thạch")}),
    ("Cùng dự có các Phó Chủ tịch HĐND tỉnh Lâm Văn Đông, Trần Thị Mai Hương.",
     {("Lâm Văn Đông", "Phó Chủ tịch HĐND tỉnh"), ("Trần Thị Mai Hương", "Phó Chủ tịch HĐND tỉnh")}),
    # --- elections, appointments, dismissals
    ("Ông Lâm Văn Đông được bầu giữ chức Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026.",
     {("Lâm Văn Đông", "Chủ tịch UBND tỉnh")}),
    ("Với 50/52 phiếu, ông Cao Văn Thịnh đã trúng cử chức Chủ tịch HĐND tỉnh Bình Sơn.",
     {("Cao Văn Thịnh", "Chủ tịch HĐND tỉnh Bình Sơn")}),
    ("Kỳ họp đã miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh đối với ông Lâm Văn Đông.",
     {("Lâm Văn Đông", "Phó Chủ tịch UBND tỉnh")}),
    ("Ông Đỗ Văn Bình, bà Kiều Thị Nhung và ông Tôn Thất Hào (Trưởng ban Nội chính) được bầu giữ chức Phó Bí thư.",
     {("Đỗ Văn Bình", "Phó Bí thư"), ("Kiều Thị Nhung", "Phó Bí thư"),
      ("Tôn Thất Hào", "Trưởng ban Nội chính"), ("Tôn Thất Hào", "Phó Bí thư")}),
    ("Ông La Văn Cảnh, ông Mai Thế Hùng tái đắc cử Phó Bí thư Tỉnh ủy.",
     {("La Văn Cảnh", "Phó Bí thư Tỉnh ủy"), ("Mai Thế Hùng", "Phó Bí thư Tỉnh ủy")}),
    ("Ban Chấp hành đã bầu ông Âu Văn Phúc, Phó Bí thư Thường trực giữ chức Bí thư Tỉnh ủy.",
     {("Âu Văn Phúc", "Phó Bí thư Thường trực"), ("Âu Văn Phúc", "Bí thư Tỉnh ủy")}),
    # a counted title shared by the list after it
    ("Hai Phó Chủ tịch UBND tỉnh gồm ông Lê Văn Bảy và bà Trần Thị Tư.",
     {("Lê Văn Bảy", "Phó Chủ tịch UBND tỉnh"), ("Trần Thị Tư", "Phó Chủ tịch UBND tỉnh")}),
    ("Hai phó chủ tịch UBND tỉnh còn lại là bà Đoàn Thị Lệ Hoa được 50 phiếu tín nhiệm cao.",
     {("Đoàn Thị Lệ Hoa", "phó chủ tịch UBND tỉnh")}),
    # the tokenizer glues an unknown province's second syllable to the next words ("Phong_nhiệm_kỳ")
    ("Bộ Chính trị đồng ý để ông Kha Văn Tùng thôi giữ chức Bí thư Tỉnh ủy Hòa Phong nhiệm kỳ 2020-2025 để nghỉ hưu.",
     {("Kha Văn Tùng", "Bí thư Tỉnh ủy Hòa Phong")}),
    ("Bộ Chính trị điều động ông Kha Văn Tùng thôi giữ chức Bí thư Tỉnh ủy để giữ chức Phó Trưởng Ban Nội chính Trung ương.",
     {("Kha Văn Tùng", "Bí thư Tỉnh ủy"), ("Kha Văn Tùng", "Phó Trưởng Ban Nội chính Trung ương")}),
    ("Chủ tịch nước bổ nhiệm ông Lục Văn Thái giữ chức Thứ trưởng Bộ Tài chính.",
     {("Lục Văn Thái", "Thứ trưởng Bộ Tài chính")}),
    ("HĐND tỉnh miễn nhiệm chức danh Ủy viên UBND tỉnh đối với các ông: Lâm Văn Đông - nguyên Giám đốc Sở Xây dựng, đã nghỉ hưu; Trần Hữu Tài - nguyên Giám đốc Sở Du lịch, đã chuyển công tác.",  # noqa: E501 - one sentence
     {("Lâm Văn Đông", "Ủy viên UBND tỉnh"), ("Lâm Văn Đông", "nguyên Giám đốc Sở Xây dựng"),
      ("Trần Hữu Tài", "Ủy viên UBND tỉnh"), ("Trần Hữu Tài", "nguyên Giám đốc Sở Du lịch")}),
    ("Trước đó, ông Lâm Văn Đông từng đảm nhận các chức vụ Bí thư Huyện đoàn, Phó Chủ tịch UBND huyện, Bí thư Huyện ủy Tân Lạc.",
     {("Lâm Văn Đông", "Bí thư Huyện đoàn"), ("Lâm Văn Đông", "Phó Chủ tịch UBND huyện"),
      ("Lâm Văn Đông", "Bí thư Huyện ủy Tân Lạc")}),
    # --- former roles keep their marker
    ("Ông Lâm Văn Đông, nguyên Bí thư Tỉnh ủy, về thăm trường cũ.",
     {("Lâm Văn Đông", "nguyên Bí thư Tỉnh ủy")}),
    ("Bà Trần Thị Mai Hương - nguyên Giám đốc Sở Y tế được khen thưởng.",
     {("Trần Thị Mai Hương", "nguyên Giám đốc Sở Y tế")}),
    ("Ông Đinh Công Tráng - Quyền Giám đốc Sở Nội vụ báo cáo.",
     {("Đinh Công Tráng", "Quyền Giám đốc Sở Nội vụ")}),
    # --- later mentions
    ("Ông Lâm Văn Đông sinh năm 1970. Ông Đông từng là Bí thư Tỉnh đoàn.",
     {("Lâm Văn Đông", "Bí thư Tỉnh đoàn")}),
    ("Bà Trần Thị Mai Hương quê ở xã Phú An. Trước khi được bầu, bà Hương là Phó Bí thư Huyện ủy Tân Lạc.",
     {("Trần Thị Mai Hương", "Phó Bí thư Huyện ủy Tân Lạc")}),
    ("Ông Lâm Văn Đông, Chủ tịch HĐND tỉnh phát biểu. Sau đó, Chủ tịch HĐND tỉnh Lâm Văn Đông bế mạc kỳ họp.",
     {("Lâm Văn Đông", "Chủ tịch HĐND tỉnh")}),
    # --- territorial and party bodies
    ("Ông Nông Văn Thạch, Bí thư Đảng ủy xã Phú Lộc dự lễ.",
     {("Nông Văn Thạch", "Bí thư Đảng ủy xã Phú Lộc")}),
    ("Ông Lê Hoài Phong, Phó Bí thư Thường trực Đảng ủy các cơ quan Đảng tỉnh phát biểu.",
     {("Lê Hoài Phong", "Phó Bí thư Thường trực Đảng ủy các cơ quan Đảng tỉnh")}),
    ("Ông Bạch Văn Hòa, Phó Bí thư Đảng ủy Trường Đại học Phú Sơn, phát biểu.",
     {("Bạch Văn Hòa", "Phó Bí thư Đảng ủy Trường Đại học Phú Sơn")}),
    ("Bà Lạc Thị Tuyết, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy công bố quyết định.",
     {("Lạc Thị Tuyết", "Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy")}),
    ("Ông Khúc Văn Nam, Bí thư Thành ủy TP. Hồ Chí Minh tiếp đoàn.",
     {("Khúc Văn Nam", "Bí thư Thành ủy TP. Hồ Chí Minh")}),
    ("Ông Hứa Văn Tài, Chủ tịch UBND TP. HCM ký quyết định.",
     {("Hứa Văn Tài", "Chủ tịch UBND TP. HCM")}),
    ("Ông Mông Văn Tư, Bí thư Thị ủy Tân Hà tiếp khách.",
     {("Mông Văn Tư", "Bí thư Thị ủy Tân Hà")}),
    ("Ông Lý Văn Sáu, Chủ tịch UBND phường 8 kiểm tra chợ.",
     {("Lý Văn Sáu", "Chủ tịch UBND phường 8")}),
    # --- councils, committees and departments
    ("Ông Giang Văn Mạnh, Chủ tịch HĐND xã Phú Lộc điều hành phiên họp.",
     {("Giang Văn Mạnh", "Chủ tịch HĐND xã Phú Lộc")}),
    ("Ông Lâm Văn Đông, Giám đốc Sở Kế hoạch và Đầu tư trình bày tờ trình.",
     {("Lâm Văn Đông", "Giám đốc Sở Kế hoạch và Đầu tư")}),
    ("Ông Phí Văn Lâm - giám đốc Sở Văn hóa - thể thao được 41/81 phiếu.",
     {("Phí Văn Lâm", "giám đốc Sở Văn hóa - thể thao")}),
    ("Kế đó là Giám đốc sở Kế hoạch - đầu tư Bồ Thị Ngân với 47 phiếu.",
     {("Bồ Thị Ngân", "Giám đốc sở Kế hoạch - đầu tư")}),
    ("Ông Viên Văn Tài - giám đốc Sở LĐ - TB & XH trả lời chất vấn.",
     {("Viên Văn Tài", "giám đốc Sở LĐ - TB & XH")}),
    ("Ông Tống Văn Lực, phó giám đốc Sở Giao thông vận tải tỉnh trả lời.",
     {("Tống Văn Lực", "phó giám đốc Sở Giao thông vận tải tỉnh")}),
    # --- police, army
    ("Đại tá Lâm Văn Đông, Giám đốc Công an tỉnh báo cáo tình hình an ninh.",
     {("Lâm Văn Đông", "Giám đốc Công an tỉnh")}),
    ("Đại tá Vi Văn Thắng, Sư đoàn trưởng Sư đoàn 7 dự lễ.",
     {("Vi Văn Thắng", "Sư đoàn trưởng Sư đoàn 7")}),
    # --- Front, mass organisations
    ("Bà Trần Thị Mai Hương, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu.",
     {("Trần Thị Mai Hương", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh")}),
    ("Bà Âu Thị Hạnh, Chủ tịch Hội Liên hiệp Phụ nữ tỉnh trao quà.",
     {("Âu Thị Hạnh", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh")}),
    ("Ông Diệp Văn Sang, Chủ tịch Hội Nông dân tỉnh dự lễ.",
     {("Diệp Văn Sang", "Chủ tịch Hội Nông dân tỉnh")}),
    ("Ông Lâm Văn Đông, Chủ tịch Hội luật gia tỉnh Phú Sơn báo cáo.",
     {("Lâm Văn Đông", "Chủ tịch Hội luật gia tỉnh Phú Sơn")}),
    ("Anh Lưu Văn Khải, Bí thư Tỉnh đoàn trao học bổng.",
     {("Lưu Văn Khải", "Bí thư Tỉnh đoàn")}),
    # --- ministries, National Assembly, Government
    ("Ông Lâm Văn Đông, Thứ trưởng Bộ Kế hoạch và Đầu tư làm việc với tỉnh.",
     {("Lâm Văn Đông", "Thứ trưởng Bộ Kế hoạch và Đầu tư")}),
    ("Phó Thủ tướng Chính phủ Trần Hữu Tài dự hội nghị trực tuyến.",
     {("Trần Hữu Tài", "Phó Thủ tướng Chính phủ")}),
    ("Bà Trần Thị Mai Hương, Trưởng đoàn đại biểu Quốc hội tỉnh tiếp xúc cử tri.",
     {("Trần Thị Mai Hương", "Trưởng đoàn đại biểu Quốc hội tỉnh")}),
    ("Ông Lâm Văn Đông, Ủy viên Trung ương Đảng, tái đắc cử chức Bí thư Tỉnh ủy Phú Sơn.",
     {("Lâm Văn Đông", "Ủy viên Trung ương Đảng"), ("Lâm Văn Đông", "Bí thư Tỉnh ủy Phú Sơn")}),
    ("Ông Cù Văn Lộc, Phó Trưởng ban Tổ chức Trung ương trao quyết định.",
     {("Cù Văn Lộc", "Phó Trưởng ban Tổ chức Trung ương")}),
    # --- names the tokenizer splits; Central Highlands names
    ("Ông Êban Y Khoa, Phó Bí thư Tỉnh ủy phát biểu.",
     {("Êban Y Khoa", "Phó Bí thư Tỉnh ủy")}),
    ("Một Phó Chủ tịch khác là ông Trương Quang Hoài Nam có 27 phiếu.",
     {("Trương Quang Hoài Nam", None)}),
    # --- abbreviated positions ("TGĐ", "GĐ", "PBT") and "Cty"; what follows "TGĐ" is no name
    ("Ông Trần Văn Bảy, nguyên TGĐ Cty CP Thép Nam Hà, bị tuyên 10 năm tù.",
     {("Trần Văn Bảy", "nguyên TGĐ Cty CP Thép Nam Hà")}),
    ("Ông Trần Văn Bảy (nguyên GĐ Cty Vận tải Biển Đông) bị tuyên 10 năm tù.",
     {("Trần Văn Bảy", "nguyên GĐ Cty Vận tải Biển Đông")}),
    ("Ông Võ Văn Sang, PBT Đảng ủy xã cho biết.", {("Võ Văn Sang", "PBT Đảng ủy xã")}),
    # --- bodies of the Party's blocs, the armed forces, mass organisations; positions of a commune
    ("Ông Lâm Văn Đông, Bí thư Đảng ủy Khối các cơ quan tỉnh cho biết.",
     {("Lâm Văn Đông", "Bí thư Đảng ủy Khối các cơ quan tỉnh")}),
    ("Ông Lâm Văn Đông, Bí thư Đảng ủy Quân sự tỉnh cho biết.", {("Lâm Văn Đông", "Bí thư Đảng ủy Quân sự tỉnh")}),
    ("Ông Lâm Văn Đông, Giám đốc Ngân hàng Chính sách xã hội chi nhánh tỉnh cho biết.",
     {("Lâm Văn Đông", "Giám đốc Ngân hàng Chính sách xã hội chi nhánh tỉnh")}),
    ("Ông Lâm Văn Đông, Giám đốc Bảo hiểm xã hội tỉnh cho biết.", {("Lâm Văn Đông", "Giám đốc Bảo hiểm xã hội tỉnh")}),
    ("Ông Lâm Văn Đông, Bí thư Đoàn Thanh niên xã cho biết.", {("Lâm Văn Đông", "Bí thư Đoàn Thanh niên xã")}),
    ("Ông Lâm Văn Đông, Chủ nhiệm Hợp tác xã Nông nghiệp Tân Lập cho biết.",
     {("Lâm Văn Đông", "Chủ nhiệm Hợp tác xã Nông nghiệp Tân Lập")}),
    ("Ông Lâm Văn Đông, Chính trị viên Ban Chỉ huy Quân sự huyện cho biết.",
     {("Lâm Văn Đông", "Chính trị viên Ban Chỉ huy Quân sự huyện")}),
    ("Ông Lâm Văn Đông, Xã đội trưởng xã Tân Lập cho biết.", {("Lâm Văn Đông", "Xã đội trưởng xã Tân Lập")}),
    ("Ông Lâm Văn Đông, Trưởng khu phố 3 cho biết.", {("Lâm Văn Đông", "Trưởng khu phố 3")}),
    # --- members of a body: listed after it with "gồm", or each of a list elected "vào" it
    ("Ban Thường vụ Huyện ủy khóa XX, nhiệm kỳ 2020 - 2025 gồm 3 đồng chí: Lâm Văn Đông, Trần Thị Hoa và Phạm Văn Ba.",
     {("Lâm Văn Đông", "Ủy viên Ban Thường vụ Huyện ủy"), ("Trần Thị Hoa", "Ủy viên Ban Thường vụ Huyện ủy"),
      ("Phạm Văn Ba", "Ủy viên Ban Thường vụ Huyện ủy")}),
    ("Hội nghị đã bầu các đồng chí Lâm Văn Đông, Trần Thị Hoa vào Ban Thường vụ Huyện ủy.",
     {("Lâm Văn Đông", "Ủy viên Ban Thường vụ Huyện ủy"), ("Trần Thị Hoa", "Ủy viên Ban Thường vụ Huyện ủy")}),
    ("Ông Trần Văn Tư cho biết, hội nghị đã bầu ông Lâm Văn Đông vào Ban Chấp hành Đảng bộ huyện.",
     {("Trần Văn Tư", None), ("Lâm Văn Đông", "Ủy viên Ban Chấp hành Đảng bộ huyện")}),
    ("Ban Thường vụ Huyện ủy khóa XX gồm 15 đồng chí; đồng chí Lâm Văn Đông được bầu làm Bí thư Huyện ủy.",
     {("Lâm Văn Đông", "Bí thư Huyện ủy")}),
    # --- a level and its place in one word ("TP.HCM"); associations; the police's departments
    ("Ông Lâm Văn Đông, Phó Giám đốc Công an TP.HCM cho biết.", {("Lâm Văn Đông", "Phó Giám đốc Công an TP.HCM")}),
    ("Ông Lâm Văn Đông, Phó Chủ tịch Hiệp hội Bất động sản TP.HCM cho biết.",
     {("Lâm Văn Đông", "Phó Chủ tịch Hiệp hội Bất động sản TP.HCM")}),
    ("Ông Lâm Văn Đông, Phó Trưởng Phòng Cảnh sát hình sự Công an TP Hà Nội cho biết.",
     {("Lâm Văn Đông", "Phó Trưởng Phòng Cảnh sát hình sự Công an TP Hà Nội")}),
    ("Ông Lâm Văn Đông, Giám đốc điều hành Công ty ABC cho biết.", {("Lâm Văn Đông", "Giám đốc điều hành Công ty ABC")}),
    # --- a school's level in lower case before its name
    ("Cô Lê Thị Hoa – Hiệu trưởng Trường tiểu học Tân Lập cho biết.",
     {("Lê Thị Hoa", "Hiệu trưởng Trường tiểu học Tân Lập")}),
    ("Cô Lê Thị Hoa, Hiệu trưởng Trường mầm non Sơn Ca cho biết.", {("Lê Thị Hoa", "Hiệu trưởng Trường mầm non Sơn Ca")}),
    # --- a country or the United Nations as the body of a title
    ("Thủ tướng Ấn Độ Narendra Modi hội đàm.", {("Narendra Modi", "Thủ tướng Ấn Độ")}),
    ("Thủ tướng Úc Anthony Albanese hội đàm.", {("Anthony Albanese", "Thủ tướng Úc")}),
    ("Tổng thư ký LHQ António Guterres phát biểu.", {("António Guterres", "Tổng thư ký LHQ")}),
    # --- an age between a name and its title; bodies of urban management, power, disease control
    ("Ông Lâm Văn Đông, 54 tuổi, Giám đốc Sở Xây dựng cho biết.", {("Lâm Văn Đông", "Giám đốc Sở Xây dựng")}),
    ("Ông Lâm Văn Đông, 54 tuổi, trú xã Tân Lập, bị bắt.", {("Lâm Văn Đông", None)}),
    ("Ông Lâm Văn Đông - Trưởng phòng Quản lý đô thị quận Hoàn Kiếm cho biết.",
     {("Lâm Văn Đông", "Trưởng phòng Quản lý đô thị quận Hoàn Kiếm")}),
    ("Ông Lâm Văn Đông, Giám đốc Điện lực huyện cho biết.", {("Lâm Văn Đông", "Giám đốc Điện lực huyện")}),
    # --- the investigating police, the trial panel, a chief executive
    ("Ông Lâm Văn Đông, Phó Giám đốc Công an tỉnh, Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh cho biết.",
     {("Lâm Văn Đông", "Phó Giám đốc Công an tỉnh"),
      ("Lâm Văn Đông", "Thủ trưởng Cơ quan Cảnh sát điều tra Công an tỉnh")}),
    ("Ông Lâm Văn Đông, Chủ tịch Hội đồng xét xử tuyên án.", {("Lâm Văn Đông", "Chủ tịch Hội đồng xét xử")}),
    ("Ông Lâm Văn Đông, CEO Công ty ABC cho biết.", {("Lâm Văn Đông", "CEO Công ty ABC")}),
]

# Constructions that hold on articles nobody tuned to (issue 11), one or more sentences of our own each.
CASES += [
    # a chain of titles before one name, opened by a clause, "có" or a comma
    ("Phát biểu tại hội nghị, Ủy viên dự khuyết Trung ương Đảng, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh, Trưởng Ban "
     "Chỉ đạo phòng, chống thiên tai tỉnh Trần Văn Bình nhấn mạnh ba nhiệm vụ.",
     {("Trần Văn Bình", "Ủy viên dự khuyết Trung ương Đảng"), ("Trần Văn Bình", "Phó Bí thư Tỉnh ủy"),
      ("Trần Văn Bình", "Chủ tịch UBND tỉnh"), ("Trần Văn Bình", "Trưởng Ban Chỉ đạo phòng, chống thiên tai tỉnh")}),
    ("Dự lễ có Ủy viên Bộ Chính trị, Chủ tịch Quốc hội Trần Văn Mẫn.",
     {("Trần Văn Mẫn", "Ủy viên Bộ Chính trị"), ("Trần Văn Mẫn", "Chủ tịch Quốc hội")}),
    # membership: a body standing for its members
    ("Dự hội nghị có các đồng chí trong Ban Thường vụ Thành ủy: Lê Văn Khải, Trưởng Ban Dân vận Thành ủy; "
     "Đào Thị Hạnh, Chủ nhiệm Ủy ban Kiểm tra Thành ủy.",
     {("Lê Văn Khải", "Ủy viên Ban Thường vụ Thành ủy"), ("Lê Văn Khải", "Trưởng Ban Dân vận Thành ủy"),
      ("Đào Thị Hạnh", "Ủy viên Ban Thường vụ Thành ủy"), ("Đào Thị Hạnh", "Chủ nhiệm Ủy ban Kiểm tra Thành ủy")}),
    ("Hội nghị đã bầu ông Hà Văn Tú vào Ban Thường vụ Tỉnh ủy.", {("Hà Văn Tú", "Ủy viên Ban Thường vụ Tỉnh ủy")}),
    ("Ban Thường vụ Tỉnh ủy đã họp, đồng chí Nguyễn Văn Quý, Bí thư Tỉnh ủy chủ trì.",
     {("Nguyễn Văn Quý", "Bí thư Tỉnh ủy")}),
    # lists after "là", "gồm": every title of the list (its marker too) to every name
    ("Được khen thưởng có các đồng chí nguyên Huyện ủy viên, Phó Chủ tịch UBND huyện là Lò Văn Sĩ, Trần Văn Tâm và "
     "Lê Thị Hoa.",
     {(n, t) for n in ("Lò Văn Sĩ", "Trần Văn Tâm", "Lê Thị Hoa")
      for t in ("nguyên Huyện ủy viên", "nguyên Phó Chủ tịch UBND huyện")}),
    ("Các Phó Trưởng ban là ông Hồ Văn Lực, bà Kim Thị Thu.",
     {("Hồ Văn Lực", "Phó Trưởng ban"), ("Kim Thị Thu", "Phó Trưởng ban")}),
    ("Các Phó Bí thư gồm: ông Mai Văn Sơn - Chủ tịch UBND tỉnh, bà Đinh Thị Dung - Phó Chủ tịch UBND tỉnh.",
     {("Mai Văn Sơn", "Phó Bí thư"), ("Mai Văn Sơn", "Chủ tịch UBND tỉnh"), ("Đinh Thị Dung", "Phó Bí thư"),
      ("Đinh Thị Dung", "Phó Chủ tịch UBND tỉnh")}),
    # abbreviations and spellings
    ("Đ/c Nguyễn Văn Phú, UV BTV Huyện ủy, Phó Chủ tịch UBND huyện dự lễ.",
     {("Nguyễn Văn Phú", "UV BTV Huyện ủy"), ("Nguyễn Văn Phú", "Phó Chủ tịch UBND huyện")}),
    ("Ông Lê Văn Hải, Phó Bí thư TU, Chủ tịch HĐND tỉnh phát biểu.",
     {("Lê Văn Hải", "Phó Bí thư TU"), ("Lê Văn Hải", "Chủ tịch HĐND tỉnh")}),
    ("Đồng chí Trần Văn Lâm, Ủy viên T.Ư Đảng, Bí thư Tỉnh ủy dự lễ.",
     {("Trần Văn Lâm", "Ủy viên T.Ư Đảng"), ("Trần Văn Lâm", "Bí thư Tỉnh ủy")}),
    ("Ông Đỗ Văn Tư, Chủ tịch HĐND-UBND xã Tân Hòa báo cáo.", {("Đỗ Văn Tư", "Chủ tịch HĐND-UBND xã Tân Hòa")}),
    ("Ông Ðinh Văn Thắng, Bí thư Ðảng ủy xã Phú Lộc dự lễ.", {("Đinh Văn Thắng", "Bí thư Đảng ủy xã Phú Lộc")}),
    ("Bà Lý Thị Mai, Trưởng ban Tuyên giáo Huyện ủy trình bày.", {("Lý Thị Mai", "Trưởng ban Tuyên giáo Huyện ủy")}),
    ("Tham dự có đồng chí Võ Tấn Lạt Bí thư Đảng ủy xã Tân An.", {("Võ Tấn Lạt", "Bí thư Đảng ủy xã Tân An")}),
    # national and sector titles
    ("Thủ tướng Chính phủ Phạm Văn An dự hội nghị.", {("Phạm Văn An", "Thủ tướng Chính phủ")}),
    ("Phó Chủ tịch nước Võ Thị Ánh tiếp đoàn.", {("Võ Thị Ánh", "Phó Chủ tịch nước")}),
    ("Viện trưởng VKSND tối cao Lê Văn Trí phát biểu.", {("Lê Văn Trí", "Viện trưởng VKSND tối cao")}),
    ("Chánh án TAND tối cao Nguyễn Văn Hòa trả lời chất vấn.", {("Nguyễn Văn Hòa", "Chánh án TAND tối cao")}),
    ("Bộ trưởng Bộ Nội vụ Phạm Thị Hằng trao quyết định.", {("Phạm Thị Hằng", "Bộ trưởng Bộ Nội vụ")}),
    ("Trưởng thôn Đông Hà Nguyễn Văn Tỵ cho biết thêm.", {("Nguyễn Văn Tỵ", "Trưởng thôn Đông Hà")}),
    ("Ông Lê Văn Tám, Trưởng phòng Tài chính - Kế hoạch huyện Tân Lạc báo cáo.",
     {("Lê Văn Tám", "Trưởng phòng Tài chính - Kế hoạch huyện Tân Lạc")}),
    ("Ông Dương Văn Tràng đã đảm nhiệm nhiều vị trí công tác như Ủy viên Ủy ban Quốc phòng và An ninh của Quốc hội "
     "khóa XII; Thường vụ Tỉnh ủy, Đại tá, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Gia Lai.",
     {("Dương Văn Tràng", "Ủy viên Ủy ban Quốc phòng và An ninh của Quốc hội"),
      ("Dương Văn Tràng", "Thường vụ Tỉnh ủy"), ("Dương Văn Tràng", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Gia Lai")}),
    ("Về dự có đồng chí Vũ Thị Lan, đồng chí Vũ Đức Hạnh – Ủy viên Ban Chấp hành Đảng bộ bộ phận Trung tâm Khuyến nông.",
     {("Vũ Thị Lan", "Ủy viên Ban Chấp hành Đảng bộ bộ phận Trung tâm Khuyến nông"),
      ("Vũ Đức Hạnh", "Ủy viên Ban Chấp hành Đảng bộ bộ phận Trung tâm Khuyến nông")}),
    ("Đồng chí Vũ Quang Viện - Bí thư chi bộ nhiệm kì 2020-2022 báo cáo.", {("Vũ Quang Viện", "Bí thư chi bộ")}),
    # career history: lists after a verb, a marker shared by a list, a bare position completed by its neighbour
    ("Ông Chu Văn Lâm từng kinh qua các chức vụ: Phó Bí thư Tỉnh ủy, Phó Chủ tịch rồi Chủ tịch UBND tỉnh, "
     "Giám đốc Sở Kế hoạch và Đầu tư.",
     {("Chu Văn Lâm", "Phó Bí thư Tỉnh ủy"), ("Chu Văn Lâm", "Phó Chủ tịch UBND tỉnh"),
      ("Chu Văn Lâm", "Chủ tịch UBND tỉnh"), ("Chu Văn Lâm", "Giám đốc Sở Kế hoạch và Đầu tư")}),
    ("Ông Võ Viết Cường từng đảm trách các chức vụ như Trưởng phòng Giá, Trưởng phòng Ngân sách (Sở Tài chính "
     "Quảng Trị), Phó Chánh Văn phòng Tỉnh ủy Quảng Trị.",
     {("Võ Viết Cường", "Trưởng phòng Giá"), ("Võ Viết Cường", "Trưởng phòng Ngân sách"),
      ("Võ Viết Cường", "Phó Chánh Văn phòng Tỉnh ủy Quảng Trị")}),
    ("Ông Lê Minh Tâm, nguyên Bí thư, Chủ tịch huyện đảo Cồn Thạch, nhận nhiệm vụ mới.",
     {("Lê Minh Tâm", "nguyên Bí thư"), ("Lê Minh Tâm", "nguyên Chủ tịch huyện đảo Cồn Thạch")}),
    # attribution: the post goes to the person the clause names
    ("Hội nghị bầu bổ sung ông Lâm Văn Đông làm Phó Bí thư Tỉnh ủy; trong đó bà Võ Thị Thu Trang tiếp tục giữ chức "
     "Phó Bí thư Thường trực.",
     {("Lâm Văn Đông", "Phó Bí thư Tỉnh ủy"), ("Võ Thị Thu Trang", "Phó Bí thư Thường trực")}),
]

# a biography's pronoun stands for the person it is about
CASES += [
    ("Ông Lương Văn Khanh sinh năm 1968 tại xã Phú An.\nÔng hiện là Thiếu tướng, Thành ủy viên, Phó Giám đốc Công an "
     "thành phố.\nTừ tháng 3/2000 đến tháng 9/2002: Ông là Chi ủy viên, Phó Trưởng phòng Bảo vệ Chính trị 1.",
     {("Lương Văn Khanh", "Thành ủy viên"), ("Lương Văn Khanh", "Phó Giám đốc Công an thành phố"),
      ("Lương Văn Khanh", "Chi ủy viên"), ("Lương Văn Khanh", "Phó Trưởng phòng Bảo vệ Chính trị 1")}),
    ("Bà Đặng Thị Thu, sinh năm 1972, quê xã Phú An. Tại đây, bà giữ chức vụ phó chủ nhiệm khoa sư phạm. Sau đó bà được bổ nhiệm chức vụ "
     "phó giám đốc rồi giám đốc Sở Giáo dục và Đào tạo tỉnh.",
     {("Đặng Thị Thu", "phó chủ nhiệm khoa sư phạm"), ("Đặng Thị Thu", "phó giám đốc Sở Giáo dục và Đào tạo tỉnh"),
      ("Đặng Thị Thu", "giám đốc Sở Giáo dục và Đào tạo tỉnh")}),
    # the pronoun is the last person named with that honorific, not another one
    ("Ông Lương Văn Khanh sinh năm 1968. Bà Đặng Thị Thu, Phó Bí thư Huyện ủy, dự lễ. Sau đó ông được bổ nhiệm chức vụ Giám đốc Sở Nội vụ.",
     {("Lương Văn Khanh", None), ("Đặng Thị Thu", "Phó Bí thư Huyện ủy")}),
    ("Ông Lương Văn Khanh đang là đại biểu Quốc hội khóa XV.", {("Lương Văn Khanh", "đại biểu Quốc hội")}),
]

CASES += [
    # a bare position right before a full name
    ("Báo cáo của Phó bí thư Võ Văn Hùng cho thấy thành phố gặp nhiều khó khăn.", {("Võ Văn Hùng", "Phó bí thư")}),
    # a counted title before its holders, with or without a copula; the holders of a counted list by item
    ("Hai Phó Chủ tịch tỉnh Trần Minh Quý và Lê Văn Vĩnh được nhiều phiếu.",
     {("Trần Minh Quý", "Phó Chủ tịch tỉnh"), ("Lê Văn Vĩnh", "Phó Chủ tịch tỉnh")}),
    ("Hai phó chủ tịch UBND tỉnh còn lại là bà Đinh Thị Lệ được 50 phiếu tín nhiệm cao; ông Huỳnh Văn Điền được "
     "53 phiếu tín nhiệm cao.",
     {("Đinh Thị Lệ", "phó chủ tịch UBND tỉnh"), ("Huỳnh Văn Điền", "phó chủ tịch UBND tỉnh")}),
    # companies: a name with lower-case words before its proper name; a board and its company
    ("Ông Lê Việt Hòa, Phó Tổng Giám đốc Công ty CP Lọc hóa dầu Bình Lâm phát biểu.",
     {("Lê Việt Hòa", "Phó Tổng Giám đốc Công ty CP Lọc hóa dầu Bình Lâm")}),
    ("Ông Trần Quang Thọ, Chủ tịch HĐQT Vinabank đã ký quyết định.", {("Trần Quang Thọ", "Chủ tịch HĐQT Vinabank")}),
    ("Bà Lê Thị Tuyết Mai, Hiệu trưởng Trường THCS Vĩnh Phong 2, cho biết.",
     {("Lê Thị Tuyết Mai", "Hiệu trưởng Trường THCS Vĩnh Phong 2")}),
    # a district's body with its province after a comma
    ("Ông Lê Hữu Đông từng là Chủ tịch và Bí thư Huyện ủy Yên Lập, tỉnh Phú Thọ; nguyên Trưởng Ban Nội chính Tỉnh ủy.",
     {("Lê Hữu Đông", "Chủ tịch"), ("Lê Hữu Đông", "Bí thư Huyện ủy Yên Lập, tỉnh Phú Thọ"),
      ("Lê Hữu Đông", "nguyên Trưởng Ban Nội chính Tỉnh ủy")}),
    # a given name after a list of full names in the same sentence
    ("Các đồng chí Võ Thị Thu Trang, Trần Quốc Bảo và Lâm Văn Đông được bầu giữ chức Phó Bí thư Tỉnh ủy; trong đó bà "
     "Trang tiếp tục giữ chức Phó Bí thư Thường trực Tỉnh ủy.",
     {("Võ Thị Thu Trang", "Phó Bí thư Tỉnh ủy"), ("Trần Quốc Bảo", "Phó Bí thư Tỉnh ủy"),
      ("Lâm Văn Đông", "Phó Bí thư Tỉnh ủy"), ("Võ Thị Thu Trang", "Phó Bí thư Thường trực Tỉnh ủy")}),
    # the holder after "của"
    ("Ông Nguyễn Văn Hải công bố quyết định về việc thôi giữ chức Bí thư Tỉnh ủy của ông Mai Văn Hòa.",
     {("Nguyễn Văn Hải", None), ("Mai Văn Hòa", "Bí thư Tỉnh ủy")}),
]

CASES += [
    # general news: occupations right before a name (each of a list) or between commas after it
    ("Ca sĩ Hồ Quang Lộc và HLV Park Min-ho dự buổi lễ.", {("Hồ Quang Lộc", "Ca sĩ"), ("Park Min-ho", "HLV")}),
    ("Đạo diễn, NSND Đặng Văn Tường cho biết phim sắp ra mắt.",
     {("Đặng Văn Tường", "Đạo diễn"), ("Đặng Văn Tường", "NSND")}),
    ("Giải thưởng trao cho Phạm Thị Huệ, vận động viên chèo thuyền, và tiền vệ Quang Hải.",
     {("Phạm Thị Huệ", "vận động viên chèo thuyền"), ("Quang Hải", "tiền vệ")}),
    ("Các ca sĩ trẻ hát rất hay; bị cáo Lê Văn Tám nghe tuyên án.", {("Lê Văn Tám", None)}),
    # other countries' posts: a country is the body, where the post is held follows "tại"
    ("Tổng thống Pháp Emmanuel Macron thăm Hà Nội.", {("Emmanuel Macron", "Tổng thống Pháp")}),
    ("Bộ trưởng tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki.", {("Ito Naoki", "Đại sứ Nhật Bản tại Việt Nam")}),
    ("Đại sứ Daniel Kritenbrink gặp lãnh đạo thành phố.", {("Daniel Kritenbrink", "Đại sứ")}),
    ("Chủ tịch UBND tỉnh Lào Cai Trịnh Xuân Trường dự họp.", {("Trịnh Xuân Trường", "Chủ tịch UBND tỉnh Lào Cai")}),
    # a company or school named after a person
    ("Ông Đỗ Văn Minh, Giám đốc Công ty Hoàng Phát, cho biết.", {("Đỗ Văn Minh", "Giám đốc Công ty Hoàng Phát")}),
    ("Bà Lê Thị Hoa, Hiệu trưởng Trường THCS Nguyễn Du, phát biểu.",
     {("Lê Thị Hoa", "Hiệu trưởng Trường THCS Nguyễn Du")}),
]

CASES += [
    # state and sector titles
    ("Bộ trưởng Tài chính Hồ Văn Phúc giải trình.", {("Hồ Văn Phúc", "Bộ trưởng Tài chính")}),
    ("Tổng cục trưởng Tổng cục Thuế Mai Văn Thành báo cáo.", {("Mai Văn Thành", "Tổng cục trưởng Tổng cục Thuế")}),
    ("Cục trưởng Cục Quản lý thị trường tỉnh Trần Văn Hòa cho biết.",
     {("Trần Văn Hòa", "Cục trưởng Cục Quản lý thị trường tỉnh")}),
    ("Tổng Kiểm toán Nhà nước Ngô Văn Tuấn trình bày.", {("Ngô Văn Tuấn", "Tổng Kiểm toán Nhà nước")}),
    ("Bà Lê Thị Hương, Phó Tổng cục trưởng Tổng cục Giáo dục nghề nghiệp - Bộ LĐ-TB&XH, cho biết.",
     {("Lê Thị Hương", "Phó Tổng cục trưởng Tổng cục Giáo dục nghề nghiệp - Bộ LĐ-TB&XH")}),
    ("Ông Lê Văn Nam, Giám đốc Sở KH&ĐT, phát biểu.", {("Lê Văn Nam", "Giám đốc Sở KH&ĐT")}),
    ("Giám đốc Sở Y tế - ông Lê Văn Bình cho biết.", {("Lê Văn Bình", "Giám đốc Sở Y tế")}),
    # the one who replaces takes the post, not the one replaced
    ("Ông Lê Văn Kha thay đồng chí Trần Văn Lộc giữ chức Bí thư Huyện ủy.",
     {("Lê Văn Kha", "Bí thư Huyện ủy"), ("Trần Văn Lộc", None)}),
]

# a title, a comma and a name: the name's, unless the name carries its own title in apposition
# (then the title before is whose authority the person acts on)
CASES += [
    ("Giám đốc Công an tỉnh, Đại tá Trần Minh Khoa cho biết.", {("Trần Minh Khoa", "Giám đốc Công an tỉnh")}),
    ("Thay mặt Chủ tịch UBND tỉnh, đồng chí Lê Văn Hòa, Phó Chủ tịch UBND tỉnh trao quyết định.",
     {("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh")}),
    ("Thừa ủy quyền của Chủ tịch UBND tỉnh, đồng chí Đỗ Thị Hằng, Giám đốc Sở Nội vụ trao quyết định.",
     {("Đỗ Thị Hằng", "Giám đốc Sở Nội vụ")}),
    ("Thay mặt Bí thư Tỉnh ủy, ông Phan Văn Tài - Trưởng Ban Tổ chức Tỉnh ủy tặng hoa.",
     {("Phan Văn Tài", "Trưởng Ban Tổ chức Tỉnh ủy")}),
    # or a role verb gives the name its own title right after it
    ("Đại hội đã bầu Bí thư, Phó Bí thư Chi bộ, đồng chí Vũ Thị Lan tái đắc cử Bí thư Chi bộ.",
     {("Vũ Thị Lan", "Bí thư Chi bộ")}),
    ("Phó Chủ tịch UBND tỉnh, ông Đinh Văn Sáu cho biết tỉnh sẽ bầu Chủ tịch mới.",
     {("Đinh Văn Sáu", "Phó Chủ tịch UBND tỉnh")}),
]

# whole titles as papers abbreviate them; not a cue for a name
CASES += [
    ("Đồng chí Trần Văn Bình – TUV, Bí thư Huyện ủy Tân Lạc phát biểu.",
     {("Trần Văn Bình", "TUV"), ("Trần Văn Bình", "Bí thư Huyện ủy Tân Lạc")}),
    ("Đồng chí Vi Văn Khánh, HUV, Bí thư Đảng ủy xã Đông Hà phát biểu.",
     {("Vi Văn Khánh", "HUV"), ("Vi Văn Khánh", "Bí thư Đảng ủy xã Đông Hà")}),
    ("Ông Lò Văn Sinh, ĐUV, Trưởng Công an xã Đông Hà cho biết.",
     {("Lò Văn Sinh", "ĐUV"), ("Lò Văn Sinh", "Trưởng Công an xã Đông Hà")}),
    ("Tham dự có đồng chí Hà Văn Lực BTĐU cùng đoàn viên xã Đông Hà.", {("Hà Văn Lực", "BTĐU")}),
    ("Công ty TUV Rheinland Việt Nam cấp chứng nhận cho ông Lê Văn Hòa.", {("Lê Văn Hòa", None)}),
]

# a company's board takes the company of the next title of its list
CASES += [
    ("Ông Tạ Văn Tâm, Chủ tịch HĐQT kiêm Tổng Giám đốc Công ty CP Thép Hòa Phong phát biểu.",
     {("Tạ Văn Tâm", "Chủ tịch HĐQT Công ty CP Thép Hòa Phong"), ("Tạ Văn Tâm", "Tổng Giám đốc Công ty CP Thép Hòa Phong")}),
    ("Bà Kiều Thị Hạnh, Chủ tịch Hội đồng quản trị kiêm Tổng giám đốc Tập đoàn Hòa Phong, cho biết.",
     {("Kiều Thị Hạnh", "Chủ tịch Hội đồng quản trị Tập đoàn Hòa Phong"),
      ("Kiều Thị Hạnh", "Tổng giám đốc Tập đoàn Hòa Phong")}),
    ("Ông Mai Văn Bình, Chủ tịch HĐTV kiêm Giám đốc Công ty TNHH MTV Xổ số Hòa Phong, dự lễ.",
     {("Mai Văn Bình", "Chủ tịch HĐTV Công ty TNHH MTV Xổ số Hòa Phong"),
      ("Mai Văn Bình", "Giám đốc Công ty TNHH MTV Xổ số Hòa Phong")}),
    ("Ông Mai Văn Bình, Trưởng Ban Kiểm soát, Kế toán trưởng Công ty CP Đông Hà phát biểu.",
     {("Mai Văn Bình", "Trưởng Ban Kiểm soát Công ty CP Đông Hà"), ("Mai Văn Bình", "Kế toán trưởng Công ty CP Đông Hà")}),
    # a board with its own company keeps it; the next title's body is no company; another person's title
    ("Ông Mai Văn Bình, Chủ tịch HĐQT Ngân hàng Hòa Phong kiêm Tổng Giám đốc Công ty CP Chứng khoán Đông Hà phát biểu.",
     {("Mai Văn Bình", "Chủ tịch HĐQT Ngân hàng Hòa Phong"),
      ("Mai Văn Bình", "Tổng Giám đốc Công ty CP Chứng khoán Đông Hà")}),
    ("Ông Mai Văn Bình, Chủ tịch HĐQT kiêm Giám đốc Sở Tài chính phát biểu.",
     {("Mai Văn Bình", "Chủ tịch HĐQT"), ("Mai Văn Bình", "Giám đốc Sở Tài chính")}),
    ("Ông Mai Văn Bình, Chủ tịch HĐQT và ông Lê Văn Hòa, Tổng Giám đốc Công ty CP Đông Hà ký kết.",
     {("Mai Văn Bình", "Chủ tịch HĐQT"), ("Lê Văn Hòa", "Tổng Giám đốc Công ty CP Đông Hà")}),
]

# a counted title given to the object of "đối với": as many holders as the count says, each item
# of the list opened by "và" or ";" after the title and bracket of the one before
CASES += [
    ("HĐND tỉnh bầu bổ sung hai Ủy viên UBND tỉnh đối với ông Lê Văn Hòa, Giám đốc Sở Nội vụ (đạt 50/52 phiếu) "
     "và đại tá Trần Văn Bình, Giám đốc Công an tỉnh (đạt 52/52 phiếu).",
     {("Lê Văn Hòa", "Ủy viên UBND tỉnh"), ("Lê Văn Hòa", "Giám đốc Sở Nội vụ"),
      ("Trần Văn Bình", "Ủy viên UBND tỉnh"), ("Trần Văn Bình", "Giám đốc Công an tỉnh")}),
    ("HĐND tỉnh miễn nhiệm hai Phó Chủ tịch UBND tỉnh đối với ông Lê Văn Hòa và ông Trần Văn Bình.",
     {("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh"), ("Trần Văn Bình", "Phó Chủ tịch UBND tỉnh")}),
    # without a count the title stays the first one's
    ("HĐND tỉnh bầu bổ sung Ủy viên UBND tỉnh đối với ông Lê Văn Hòa, Giám đốc Sở Nội vụ và ông Trần Văn Bình, "
     "Giám đốc Công an tỉnh.",
     {("Lê Văn Hòa", "Ủy viên UBND tỉnh"), ("Lê Văn Hòa", "Giám đốc Sở Nội vụ"),
      ("Trần Văn Bình", "Giám đốc Công an tỉnh")}),
    # a count of two, a third name after it is not one of them
    ("HĐND tỉnh bầu hai Ủy viên UBND tỉnh đối với ông Lê Văn Hòa và ông Trần Văn Bình, theo đề nghị của ông Phạm "
     "Quốc Việt và bà Lê Thị Hạnh.",
     {("Lê Văn Hòa", "Ủy viên UBND tỉnh"), ("Trần Văn Bình", "Ủy viên UBND tỉnh"), ("Phạm Quốc Việt", None),
      ("Lê Thị Hạnh", None)}),
]

# a list opened by "các", then a post several people hold at once: each one's; a one-person post
# after it, or a list without "các", stays the last name's
CASES += [
    ("Các đồng chí Lê Văn Hòa, Trần Văn Bình, Phó Chủ tịch UBND tỉnh dự.",
     {("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh"), ("Trần Văn Bình", "Phó Chủ tịch UBND tỉnh")}),
    ("Dự có các đồng chí: Lê Văn Hòa, Trần Văn Bình, Phó Bí thư Tỉnh ủy; Phạm Quốc Việt, Phó Chủ tịch UBND tỉnh.",
     {("Lê Văn Hòa", "Phó Bí thư Tỉnh ủy"), ("Trần Văn Bình", "Phó Bí thư Tỉnh ủy"),
      ("Phạm Quốc Việt", "Phó Chủ tịch UBND tỉnh")}),
    ("Dự có các đồng chí Lê Văn Hòa, Trần Văn Bình và Phạm Quốc Việt, Ủy viên Ban Thường vụ Tỉnh ủy.",
     {("Lê Văn Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy"), ("Trần Văn Bình", "Ủy viên Ban Thường vụ Tỉnh ủy"),
      ("Phạm Quốc Việt", "Ủy viên Ban Thường vụ Tỉnh ủy")}),
    ("Dự có các đồng chí Lê Văn Hòa, Trần Văn Bình, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.",
     {("Lê Văn Hòa", "Phó Bí thư Tỉnh ủy"), ("Trần Văn Bình", "Phó Bí thư Tỉnh ủy"),
      ("Trần Văn Bình", "Chủ tịch UBND tỉnh")}),
    ("Dự có các đồng chí Lê Văn Hòa, Trần Văn Bình, Bí thư Tỉnh ủy.",
     {("Lê Văn Hòa", None), ("Trần Văn Bình", "Bí thư Tỉnh ủy")}),
    ("Dự có các đồng chí Lê Văn Hòa, Trần Văn Bình, Phó Chủ tịch Thường trực UBND tỉnh.",
     {("Lê Văn Hòa", None), ("Trần Văn Bình", "Phó Chủ tịch Thường trực UBND tỉnh")}),
    ("Cùng dự có đồng chí Lê Văn Hòa và Trần Văn Bình, Phó Bí thư Tỉnh ủy.",
     {("Lê Văn Hòa", None), ("Trần Văn Bình", "Phó Bí thư Tỉnh ủy")}),
]

# an occupation after "các" or a count goes to each name listed after it; without them, to the first
CASES += [
    ("Hai hậu vệ Văn Thanh, Đình Trọng đều vắng mặt.", {("Văn Thanh", "hậu vệ"), ("Đình Trọng", "hậu vệ")}),
    ("Các tiền vệ Tuấn Anh, Xuân Trường và Quang Hải được triệu tập.",
     {("Tuấn Anh", "tiền vệ"), ("Xuân Trường", "tiền vệ"), ("Quang Hải", "tiền vệ")}),
    ("Các ca sĩ trẻ Hà My, Lan Chi biểu diễn tại Hòa Phong.", {("Hà My", "ca sĩ"), ("Lan Chi", "ca sĩ")}),
    ("HLV Park Sung-min, Quang Hải, Công Phượng đã có mặt tại sân bay.", {("Park Sung-min", "HLV")}),
    # … or after a counted or plural subject it is the complement of
    ("Hai cầu thủ được triệu tập bổ sung là tiền vệ Văn Toàn, Quang Hải.",
     {("Văn Toàn", "tiền vệ"), ("Quang Hải", "tiền vệ")}),
    ("Hai cầu thủ đã quá quen thuộc với người hâm mộ là hậu vệ Văn Thanh và Đình Trọng.",
     {("Văn Thanh", "hậu vệ"), ("Đình Trọng", "hậu vệ")}),
    ("Người ghi bàn là tiền đạo Văn Toàn, Quang Hải kiến tạo.", {("Văn Toàn", "tiền đạo"), ("Quang Hải", None)}),
]

# words that narrow an occupation down right before a name are part of its role: a sport, an art, a rank
# (occupation_fields), or a team before a dash; not where no name follows them
CASES += [
    ("Tối 3/5, vận động viên bơi lội Trần Minh Khoa nhận bằng khen.", {("Trần Minh Khoa", "vận động viên bơi lội")}),
    ("Tay vợt nữ Lê Thu Hà giành huy chương vàng.", {("Lê Thu Hà", "Tay vợt nữ")}),
    ("HLV trưởng Park Sung-min gọi thêm cầu thủ.", {("Park Sung-min", "HLV trưởng")}),
    ("Tuyển thủ U23 Việt Nam - Hoàng Văn Lộc ghi bàn.", {("Hoàng Văn Lộc", "Tuyển thủ U23 Việt Nam")}),
    ("Ca sĩ trẻ Hà Thu Trang biểu diễn.", {("Hà Thu Trang", "Ca sĩ")}),
    ("Chị Lan Anh, bác sĩ của Bệnh viện Hòa Phong, cho biết.", {("Lan Anh", "bác sĩ")}),
    ("Ông Lê Văn Tám, cầu thủ của Hòa Phong FC, cho biết.", {("Lê Văn Tám", "cầu thủ")}),
    ("Ca sĩ Lê Mỹ Tâm - Hà Anh Tuấn song ca trong đêm nhạc.", {("Lê Mỹ Tâm", "Ca sĩ"), ("Hà Anh Tuấn", None)}),
    # a verb between them: the name is not the occupation's
    ("Tay vợt hạ Lý Hoàng Nam ở chung kết là ai?", {("Lý Hoàng Nam", None)}),
    ("Nhà thiết kế thời trang Lê Minh Hải ra mắt bộ sưu tập.", {("Lê Minh Hải", "Nhà thiết kế thời trang")}),
]

# the part of a company a company's position heads, in lower case, is its body, with what it belongs to after "của"
CASES += [
    ("Ông Lê Quốc Bảo, Giám đốc sáng tạo của dự án, cho biết sản phẩm sẽ ra mắt.", {("Lê Quốc Bảo", "Giám đốc sáng tạo")}),
    ("Bà Trần Thu Hà, Giám đốc kinh doanh của Công ty CP Đông Hà, cho biết.",
     {("Trần Thu Hà", "Giám đốc kinh doanh của Công ty CP Đông Hà")}),
    ("Bà Trần Thu Hà, Giám đốc tài chính của Acme Vietnam cho biết.", {("Trần Thu Hà", "Giám đốc tài chính của Acme Vietnam")}),
    ("Giám đốc kinh doanh Lê Văn Hòa cho biết.", {("Lê Văn Hòa", "Giám đốc kinh doanh")}),
]

# "học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh": the person, as "Bác Hồ" is
CASES += [
    ("Chi bộ thôn Đông Hà đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
     {("Hồ Chí Minh", None)}),
    ("Đoàn viên xã Hòa Phong noi theo tấm gương đạo đức Hồ Chí Minh.", {("Hồ Chí Minh", None)}),
]

# a Party committee without its place takes it from the next title of its list of the same committee;
# another body's place is not its own
CASES += [
    ("Ông Lê Văn Hòa, nguyên Phó Bí thư Tỉnh ủy, Bí thư Tỉnh ủy Hòa Phong khóa XV, nhận nhiệm vụ mới.",
     {("Lê Văn Hòa", "nguyên Phó Bí thư Tỉnh ủy Hòa Phong"), ("Lê Văn Hòa", "nguyên Bí thư Tỉnh ủy Hòa Phong")}),
    ("Ông Trần Văn Minh, Ủy viên Ban Thường vụ Huyện ủy, Phó Bí thư Huyện ủy Đông Hà phát biểu.",
     {("Trần Văn Minh", "Ủy viên Ban Thường vụ Huyện ủy"), ("Trần Văn Minh", "Phó Bí thư Huyện ủy Đông Hà")}),
    ("Ông Trần Văn Bình, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Đông Hà phát biểu.",
     {("Trần Văn Bình", "Phó Bí thư Huyện ủy"), ("Trần Văn Bình", "Chủ tịch UBND huyện Đông Hà")}),
]

# a sentence opened by what it is about: a title after the name that runs on into its verb is the next
# clause's subject; one closed by a comma is the name's
CASES += [
    ("Đối với gia đình ông Lê Văn Tám, Chủ tịch UBND huyện giao phòng Tài nguyên kiểm tra lại.", {("Lê Văn Tám", None)}),
    ("Đối với ông Lê Văn Tám, Phó Giám đốc Sở Y tế, Chủ tịch UBND tỉnh đề nghị kiểm điểm.",
     {("Lê Văn Tám", "Phó Giám đốc Sở Y tế")}),
    ("Đối với ông Lê Văn Tám, Chủ tịch UBND huyện, tỉnh đã có kết luận.", {("Lê Văn Tám", "Chủ tịch UBND huyện")}),
    ("Ông Lê Văn Tám, Chủ tịch UBND huyện cho biết sẽ kiểm tra lại.", {("Lê Văn Tám", "Chủ tịch UBND huyện")}),
]

# "BTV" right before a name is a newsreader's occupation (biên tập viên); before a Party body it stays
# its standing committee
CASES += [
    ("Chương trình do các BTV Minh Châu, Quang Huy dẫn dắt.", {("Minh Châu", "BTV"), ("Quang Huy", "BTV")}),
    ("BTV Hoàng Thu Trang dẫn bản tin thời sự.", {("Hoàng Thu Trang", "BTV")}),
    ("Đồng chí Lê Văn Hòa, UV BTV Tỉnh ủy, dự hội nghị.", {("Lê Văn Hòa", "UV BTV Tỉnh ủy")}),
]

# what a place is like, between its level and its name, is part of the body
CASES += [
    ("Ông Lý Văn Hải vừa nhận nhiệm vụ mới là Bí thư huyện miền núi Tây Giang.",
     {("Lý Văn Hải", "Bí thư huyện miền núi Tây Giang")}),
    ("Bà Lò Thị Mai, Chủ tịch UBND xã vùng cao Pà Cò, cho biết.", {("Lò Thị Mai", "Chủ tịch UBND xã vùng cao Pà Cò")}),
    ("Ông Hà Văn Tú, Chủ tịch xã biên giới Na Mèo phát biểu.", {("Hà Văn Tú", "Chủ tịch xã biên giới Na Mèo")}),
    ("Bí thư huyện miền núi Tây Giang Lê Văn Hòa phát biểu.", {("Lê Văn Hòa", "Bí thư huyện miền núi Tây Giang")}),
]

# "CA", the police as papers abbreviate it
CASES += [
    ("Đại tá Lê Văn Hòa - Trưởng CA quận Đông Hà cho biết.", {("Lê Văn Hòa", "Trưởng CA quận Đông Hà")}),
    ("Thượng tá Lê Văn Hòa, Phó Trưởng CA huyện Tân Lạc cho biết.", {("Lê Văn Hòa", "Phó Trưởng CA huyện Tân Lạc")}),
    ("Giám đốc CA tỉnh Hòa Phong Lê Văn Hòa cho biết.", {("Lê Văn Hòa", "Giám đốc CA tỉnh Hòa Phong")}),
    ("Văn phòng tại Los Angeles, CA của ông Lê Văn Hòa.", {("Lê Văn Hòa", None)}),
]

# positions as local papers abbreviate them
CASES += [
    ("Đồng chí Lê Văn Hòa, PCT UBND huyện Tân Lạc phát biểu.", {("Lê Văn Hòa", "PCT UBND huyện Tân Lạc")}),
    ("Đồng chí Lê Văn Hòa, CT UBND xã Đông Hà phát biểu.", {("Lê Văn Hòa", "CT UBND xã Đông Hà")}),
    ("Đồng chí Lê Văn Hòa, Phó CT UBND huyện phát biểu.", {("Lê Văn Hòa", "Phó CT UBND huyện")}),
    ("Đồng chí Lê Văn Hòa, Trưởng BTC Huyện ủy phát biểu.", {("Lê Văn Hòa", "Trưởng BTC Huyện ủy")}),
    ("Bà Lê Thị Hạnh, Phó Trưởng BTG Huyện ủy phát biểu.", {("Lê Thị Hạnh", "Phó Trưởng BTG Huyện ủy")}),
    ("Ông Hà Văn Sơn, Trưởng BDV Huyện ủy phát biểu.", {("Hà Văn Sơn", "Trưởng BDV Huyện ủy")}),
    ("Kết quả chụp CT cho thấy ông Lê Văn Hòa bị gãy xương.", {("Lê Văn Hòa", None)}),
    ("Bệnh viện vừa đưa vào sử dụng máy chụp CT Lê Văn Hòa tài trợ.", {("Lê Văn Hòa", None)}),
]

# "lần lượt": the titles of a list go to the names of the list before it, in order
CASES += [
    ("Ông Lê Văn Hòa và ông Trần Văn Bình lần lượt được bầu giữ chức Chủ tịch và Phó Chủ tịch HĐND huyện.",
     {("Lê Văn Hòa", "Chủ tịch HĐND huyện"), ("Trần Văn Bình", "Phó Chủ tịch HĐND huyện")}),
    ("Ông Lê Văn Hòa, ông Trần Văn Bình lần lượt là Giám đốc Sở Y tế, Giám đốc Sở Tài chính.",
     {("Lê Văn Hòa", "Giám đốc Sở Y tế"), ("Trần Văn Bình", "Giám đốc Sở Tài chính")}),
    # lists of different lengths: nobody's; another clause's title after "lần lượt" is not in it
    ("Ông Lê Văn Hòa và ông Trần Văn Bình lần lượt được bầu giữ chức Chủ tịch HĐND huyện.",
     {("Lê Văn Hòa", None), ("Trần Văn Bình", None)}),
    ("Ông Lê Văn Hòa và ông Trần Văn Bình lần lượt phát biểu; Chủ tịch UBND tỉnh Phạm Quốc Việt kết luận.",
     {("Lê Văn Hòa", None), ("Trần Văn Bình", None), ("Phạm Quốc Việt", "Chủ tịch UBND tỉnh")}),
    # one name: the titles are all its own, held one after another
    ("Ông Lê Văn Hòa lần lượt giữ chức Phó Giám đốc Sở Y tế, Giám đốc Sở Y tế và Phó Chủ tịch UBND tỉnh.",
     {("Lê Văn Hòa", "Phó Giám đốc Sở Y tế"), ("Lê Văn Hòa", "Giám đốc Sở Y tế"), ("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh")}),
]

# "cơ sở", a grassroots body's word ("Công đoàn cơ sở", "Đảng bộ cơ sở")
CASES += [
    ("Đồng chí Lê Văn Hòa, Chủ tịch Công đoàn cơ sở Trường THCS Đông Hà phát biểu.",
     {("Lê Văn Hòa", "Chủ tịch Công đoàn cơ sở Trường THCS Đông Hà")}),
    ("Đồng chí Lê Văn Hòa, Bí thư Đảng bộ cơ sở xã Đông Hà phát biểu.", {("Lê Văn Hòa", "Bí thư Đảng bộ cơ sở xã Đông Hà")}),
    ("Ông Lê Văn Hòa, Chủ tịch UBND xã, cho biết cơ sở vật chất còn thiếu.", {("Lê Văn Hòa", "Chủ tịch UBND xã")}),
]

# a unit of a department or ministry takes the body it belongs to, after a comma
CASES += [
    ("UBND tỉnh bổ nhiệm ông Trần Văn Bình làm Phó Trưởng phòng Tổ chức cán bộ, Sở Nội vụ.",
     {("Trần Văn Bình", "Phó Trưởng phòng Tổ chức cán bộ, Sở Nội vụ")}),
    ("Ông Trần Văn Bình, Vụ trưởng Vụ Pháp chế, Bộ Y tế phát biểu.", {("Trần Văn Bình", "Vụ trưởng Vụ Pháp chế, Bộ Y tế")}),
    ("Bà Lê Thị Hạnh, Giám đốc Trung tâm Kiểm soát bệnh tật, Sở Y tế tỉnh Hòa Phong cho biết.",
     {("Lê Thị Hạnh", "Giám đốc Trung tâm Kiểm soát bệnh tật, Sở Y tế tỉnh Hòa Phong")}),
    # not after a department's own title; a lower-case word after "Sở" is no department's name
    ("Ông Trần Văn Bình, Giám đốc Sở Tài chính, Sở Kế hoạch và Đầu tư cùng dự.", {("Trần Văn Bình", "Giám đốc Sở Tài chính")}),
    ("Ông Trần Văn Bình, Trưởng phòng Kinh tế, Sở ngành liên quan cùng dự.", {("Trần Văn Bình", "Trưởng phòng Kinh tế")}),
    # the same post written with a dash and with a comma is one role
    ("Bà Lê Thị Hạnh, Vụ trưởng Vụ Pháp chế - Bộ Y tế, phát biểu. Theo bà Lê Thị Hạnh, Vụ trưởng Vụ Pháp chế, Bộ Y tế, "
     "dự thảo đã xong.", {("Lê Thị Hạnh", "Vụ trưởng Vụ Pháp chế - Bộ Y tế")}),
]

# a company named by its brand after a company's position: after a dash, after the kind of business it
# is, a web address; after a founder; after "Chủ tịch" only where the title ends or the brand is an
# abbreviation, else a foreign name after it may be a person's
CASES += [
    ("Bà Ngọc Lan, Giám Đốc Điều Hành - Acme Vietnam cho rằng thị trường còn rộng.",
     {("Ngọc Lan", "Giám Đốc Điều Hành - Acme Vietnam")}),
    ("Ông Phan Tuấn Kiệt – CEO ứng dụng gọi xe FastGo cho biết.", {("Phan Tuấn Kiệt", "CEO ứng dụng gọi xe FastGo")}),
    ("Ông Phan Tuấn Kiệt – CEO sàn thương mại điện tử GoMart.vn cho biết.",
     {("Phan Tuấn Kiệt", "CEO sàn thương mại điện tử GoMart.vn")}),
    ("Anh Minh (Đỗ Văn Minh, người sáng lập Shopmart.vn - PV) cho biết.",
     {("Đỗ Văn Minh", "người sáng lập Shopmart.vn")}),
    ("Ông Hoàng Gia Phúc - Chủ tịch Blue Ocean Group, nguyên Chủ tịch VBF phát biểu.",
     {("Hoàng Gia Phúc", "Chủ tịch Blue Ocean Group"), ("Hoàng Gia Phúc", "nguyên Chủ tịch VBF")}),
    # two companies joined by "và" after one position: the post in each (not "và" inside one body's name)
    ("Ông Hoàng Gia Phúc - Chủ tịch Blue Ocean Group và Green Light Foundation phát biểu.",
     {("Hoàng Gia Phúc", "Chủ tịch Blue Ocean Group"), ("Hoàng Gia Phúc", "Chủ tịch Green Light Foundation")}),
    ("Ông Phạm Văn An, Chủ tịch Tập đoàn Hòa Phong và Công ty CP Đông Hà phát biểu.",
     {("Phạm Văn An", "Chủ tịch Tập đoàn Hòa Phong"), ("Phạm Văn An", "Chủ tịch Công ty CP Đông Hà")}),
    ("Ông Lê Văn Hòa, Giám đốc Sở Kế hoạch và Đầu tư, cho biết.", {("Lê Văn Hòa", "Giám đốc Sở Kế hoạch và Đầu tư")}),
    ("Ông Trịnh Văn Quyết, Chủ tịch FLC phát biểu.", {("Trịnh Văn Quyết", "Chủ tịch FLC")}),
    ("Chủ tịch FIFA Gianni Infantino đến Hà Nội.", {("Gianni Infantino", "Chủ tịch FIFA")}),
    ("Chủ tịch Putin và Thủ tướng Modi hội đàm.", {("Putin", None), ("Modi", "Thủ tướng")}),
    ("Bà Lê Thu Trang, Giám đốc hãng thời trang Mira Fashion, cho biết.",
     {("Lê Thu Trang", "Giám đốc hãng thời trang Mira Fashion")}),
]


# a list's honorifics before its names: "gồm các ông, bà: A, B", "T: ông A" (a title, a colon, an honorific)
CASES += [
    ("Các Phó Chủ tịch UBND tỉnh gồm các ông, bà: Lê Văn Hòa, Trần Thị Bình và Phạm Quốc Việt.",
     {("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh"), ("Trần Thị Bình", "Phó Chủ tịch UBND tỉnh"),
      ("Phạm Quốc Việt", "Phó Chủ tịch UBND tỉnh")}),
    ("Các Ủy viên UBND tỉnh gồm các ông: Lê Văn Hòa, Trần Văn Bình.",
     {("Lê Văn Hòa", "Ủy viên UBND tỉnh"), ("Trần Văn Bình", "Ủy viên UBND tỉnh")}),
    ("Trưởng Ban Pháp chế HĐND tỉnh: ông Lê Văn Hòa.", {("Lê Văn Hòa", "Trưởng Ban Pháp chế HĐND tỉnh")}),
    ("Thường trực HĐND huyện. Chủ tịch HĐND huyện: ông Lê Văn Hòa; Phó Chủ tịch HĐND huyện: bà Trần Thị Bình, ông "
     "Phạm Quốc Việt.", {("Lê Văn Hòa", "Chủ tịch HĐND huyện"), ("Trần Thị Bình", "Phó Chủ tịch HĐND huyện"),
                          ("Phạm Quốc Việt", "Phó Chủ tịch HĐND huyện")}),
    ("Hội nghị kiện toàn chức danh Trưởng Ban Dân vận Huyện ủy: đồng chí Lê Văn Hòa, Phó Chủ tịch UBND huyện, được "
     "điều động giữ chức.", {("Lê Văn Hòa", "Trưởng Ban Dân vận Huyện ủy"), ("Lê Văn Hòa", "Phó Chủ tịch UBND huyện")}),
    # two people, a title each
    ("Ông Lê Văn Hòa, Giám đốc Sở Y tế: ông Trần Văn Bình đã được phân công theo dõi.",
     {("Lê Văn Hòa", "Giám đốc Sở Y tế"), ("Trần Văn Bình", None)}),
]

# an electing verb's title, its holders listed after it ("là", "gồm", a colon); not a name before the verb
CASES += [
    ("HĐND tỉnh bầu hai Phó Chủ tịch UBND tỉnh là ông Lê Văn Hòa và bà Trần Thị Bình.",
     {("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh"), ("Trần Thị Bình", "Phó Chủ tịch UBND tỉnh")}),
    ("HĐND tỉnh bầu các Ủy viên UBND tỉnh gồm: ông Lê Văn Hòa, Giám đốc Sở Nội vụ; ông Trần Văn Bình, Giám đốc Sở "
     "Tài chính.", {("Lê Văn Hòa", "Ủy viên UBND tỉnh"), ("Lê Văn Hòa", "Giám đốc Sở Nội vụ"),
                    ("Trần Văn Bình", "Ủy viên UBND tỉnh"), ("Trần Văn Bình", "Giám đốc Sở Tài chính")}),
    ("Kết quả bầu: Chủ tịch HĐND huyện: ông Lê Văn Hòa; Phó Chủ tịch HĐND huyện: bà Trần Thị Bình, ông Phạm Quốc Việt.",
     {("Lê Văn Hòa", "Chủ tịch HĐND huyện"), ("Trần Thị Bình", "Phó Chủ tịch HĐND huyện"),
      ("Phạm Quốc Việt", "Phó Chủ tịch HĐND huyện")}),
    ("HĐND huyện đã bầu các chức danh: Chủ tịch UBND huyện: ông Lê Văn Hòa; Phó Chủ tịch UBND huyện: ông Trần Văn Bình.",
     {("Lê Văn Hòa", "Chủ tịch UBND huyện"), ("Trần Văn Bình", "Phó Chủ tịch UBND huyện")}),
    ("Ông Lê Văn Hòa cho biết HĐND tỉnh sẽ bầu Chủ tịch UBND tỉnh, ông Trần Văn Bình phát biểu thêm.",
     {("Lê Văn Hòa", None), ("Trần Văn Bình", None)}),
]

# the object of "đối với" after "các": each name of its list, joined by commas and "và" or opening an item
CASES += [
    ("HĐND tỉnh miễn nhiệm chức vụ Ủy viên UBND tỉnh đối với các ông: Lê Văn Hòa, Trần Văn Bình.",
     {("Lê Văn Hòa", "Ủy viên UBND tỉnh"), ("Trần Văn Bình", "Ủy viên UBND tỉnh")}),
    ("HĐND huyện cho thôi làm nhiệm vụ đại biểu HĐND huyện đối với các ông Lê Văn Hòa, Trần Văn Bình và bà Phạm Thị "
     "Hạnh.", {("Lê Văn Hòa", "đại biểu HĐND huyện"), ("Trần Văn Bình", "đại biểu HĐND huyện"),
               ("Phạm Thị Hạnh", "đại biểu HĐND huyện")}),
    # not a name after the list's clause
    ("HĐND tỉnh miễn nhiệm chức vụ Ủy viên UBND tỉnh đối với các ông: Lê Văn Hòa, Trần Văn Bình; ông Phạm Quốc Việt, "
     "Chủ tịch HĐND tỉnh, chủ trì.", {("Lê Văn Hòa", "Ủy viên UBND tỉnh"), ("Trần Văn Bình", "Ủy viên UBND tỉnh"),
                                        ("Phạm Quốc Việt", "Chủ tịch HĐND tỉnh")}),
]

# a line of a list after its header, its person after a military rank ("3. Đại tá A, …")
CASES += [
    ("HĐND tỉnh bầu các Ủy viên UBND tỉnh gồm:\n1. Ông Lê Văn An, Giám đốc Sở Tài chính;\n2. Đại tá Trần Văn Bình, Giám "
     "đốc Công an tỉnh;\n3. Bà Phạm Thị Hạnh, Chánh Văn phòng UBND tỉnh.",
     {("Lê Văn An", "Ủy viên UBND tỉnh"), ("Lê Văn An", "Giám đốc Sở Tài chính"),
      ("Trần Văn Bình", "Ủy viên UBND tỉnh"), ("Trần Văn Bình", "Giám đốc Công an tỉnh"),
      ("Phạm Thị Hạnh", "Ủy viên UBND tỉnh"), ("Phạm Thị Hạnh", "Chánh Văn phòng UBND tỉnh")}),
    ("Danh sách Ủy viên Ban Pháp chế HĐND tỉnh:\n- Thượng tá Lê Văn An, Phó Giám đốc Công an tỉnh;\n- Ông Trần Văn Bình.",
     {("Lê Văn An", "Ủy viên Ban Pháp chế HĐND tỉnh"), ("Lê Văn An", "Phó Giám đốc Công an tỉnh"),
      ("Trần Văn Bình", "Ủy viên Ban Pháp chế HĐND tỉnh")}),
]

# a list's header whose title a role verb or "đối với" follows before the colon
CASES += [
    ("Các Phó Chủ tịch UBND tỉnh được bầu là:\n- Ông Lê Văn An;\n- Bà Trần Thị Bình.",
     {("Lê Văn An", "Phó Chủ tịch UBND tỉnh"), ("Trần Thị Bình", "Phó Chủ tịch UBND tỉnh")}),
    ("Các Phó Chủ tịch UBND huyện được bầu:\n- Ông Lê Văn An;\n- Bà Trần Thị Bình.",
     {("Lê Văn An", "Phó Chủ tịch UBND huyện"), ("Trần Thị Bình", "Phó Chủ tịch UBND huyện")}),
    ("HĐND tỉnh miễn nhiệm chức vụ Ủy viên UBND tỉnh đối với các ông:\n- Ông Lê Văn An, nguyên Giám đốc Sở Y tế;\n"
     "- Ông Trần Văn Bình.", {("Lê Văn An", "Ủy viên UBND tỉnh"), ("Lê Văn An", "nguyên Giám đốc Sở Y tế"),
                               ("Trần Văn Bình", "Ủy viên UBND tỉnh")}),
    # a header that says what the list does, no post given: nothing to give
    ("Các Phó Chủ tịch UBND tỉnh phát biểu:\n- Ông Lê Văn An đề nghị tăng vốn.", {("Lê Văn An", None)}),
]

# a commune's body with its district after a comma (and the province after that)
CASES += [
    ("Bà Lê Thị Hạnh, Chủ tịch UBND xã Tân Lạc, huyện Phú Điền, phát biểu.",
     {("Lê Thị Hạnh", "Chủ tịch UBND xã Tân Lạc, huyện Phú Điền")}),
    ("Ông Lê Văn Hòa, Bí thư Đảng ủy xã Tân Lạc, huyện Phú Điền, tỉnh Hòa Phong dự.",
     {("Lê Văn Hòa", "Bí thư Đảng ủy xã Tân Lạc, huyện Phú Điền, tỉnh Hòa Phong")}),
    ("Ông Lê Văn Hòa, Chủ tịch UBND phường 3, TP Đông Hà dự.", {("Lê Văn Hòa", "Chủ tịch UBND phường 3, TP Đông Hà")}),
    # no commune named; a district's own body; the next person after "và"
    ("Ông Lê Văn Hòa, Chủ tịch UBND xã, huyện Phú Điền dự.", {("Lê Văn Hòa", "Chủ tịch UBND xã")}),
    ("Ông Lê Văn Hòa, Chủ tịch UBND thị xã Đông Hà, huyện Phú Điền dự.", {("Lê Văn Hòa", "Chủ tịch UBND thị xã Đông Hà")}),
    ("Ông Lê Văn Hòa, Chủ tịch UBND xã Tân Lạc, huyện Phú Điền và ông Trần Văn Bình, Chủ tịch UBND huyện Phú Điền dự.",
     {("Lê Văn Hòa", "Chủ tịch UBND xã Tân Lạc, huyện Phú Điền"), ("Trần Văn Bình", "Chủ tịch UBND huyện Phú Điền")}),
]

# the bodies of an election: "Ủy ban bầu cử", "Ban bầu cử", "Tổ bầu cử"
CASES += [
    ("Ông Lê Văn Hòa, Chủ tịch Ủy ban bầu cử tỉnh, Chủ tịch UBND tỉnh, công bố kết quả.",
     {("Lê Văn Hòa", "Chủ tịch Ủy ban bầu cử tỉnh"), ("Lê Văn Hòa", "Chủ tịch UBND tỉnh")}),
    ("Bà Trần Thị Bình, Phó Chủ tịch Ủy ban bầu cử thành phố, kiểm tra công tác chuẩn bị.",
     {("Trần Thị Bình", "Phó Chủ tịch Ủy ban bầu cử thành phố")}),
    ("Ông Lê Văn Hòa, Trưởng Ban bầu cử đại biểu HĐND tỉnh, báo cáo.",
     {("Lê Văn Hòa", "Trưởng Ban bầu cử đại biểu HĐND tỉnh")}),
    ("Ông Lê Văn Hòa, Tổ trưởng Tổ bầu cử, cho biết cử tri đi bầu đông.", {("Lê Văn Hòa", "Tổ trưởng Tổ bầu cử")}),
]

# a high court or procuracy, its seat after "tại"
CASES += [
    ("Ông Lê Văn Hòa, Chánh án TAND cấp cao tại Đà Nẵng, phát biểu.", {("Lê Văn Hòa", "Chánh án TAND cấp cao tại Đà Nẵng")}),
    ("Phó Viện trưởng VKSND cấp cao tại TP.HCM Trần Văn Bình dự phiên tòa.",
     {("Trần Văn Bình", "Phó Viện trưởng VKSND cấp cao tại TP.HCM")}),
    # not another body's place
    ("Ông Lê Văn Hòa, Giám đốc Sở Y tế tại Hòa Phong, phát biểu.", {("Lê Văn Hòa", "Giám đốc Sở Y tế")}),
]

# a bare position of one person takes the body of the next person's title of its family
CASES += [
    ("Ông Lê Văn Hòa, Chủ tịch và ông Trần Văn Bình, Phó Chủ tịch UBND huyện Tân Lạc cùng dự.",
     {("Lê Văn Hòa", "Chủ tịch UBND huyện Tân Lạc"), ("Trần Văn Bình", "Phó Chủ tịch UBND huyện Tân Lạc")}),
    ("Ông Lê Văn Hòa, Giám đốc và bà Trần Thị Bình, Phó Giám đốc Sở Y tế tiếp đoàn.",
     {("Lê Văn Hòa", "Giám đốc Sở Y tế"), ("Trần Thị Bình", "Phó Giám đốc Sở Y tế")}),
    # another family: the bare position stays as it was
    ("Ông Lê Văn Hòa, Bí thư và ông Trần Văn Bình, Phó Chủ tịch UBND huyện Tân Lạc cùng dự.",
     {("Lê Văn Hòa", "Bí thư"), ("Trần Văn Bình", "Phó Chủ tịch UBND huyện Tân Lạc")}),
]

# a biography's card: its field lines go on with its subject ("Quê quán: …", "Chức vụ hiện nay: T"), and a line of
# the career history may open with its years, no word before them ("- 8/2010 - 12/2015: T")
CASES += [
    ("Tiểu sử ông Lê Văn Hòa.\nNgày sinh: 12/3/1974\nQuê quán: xã Đông Hà, huyện Tân Lạc\nTrình độ chuyên môn: Thạc sĩ "
     "Kinh tế\nQuá trình công tác:\n- 2005 - 2010: Phó Trưởng phòng Tổng hợp, Sở Tài chính.\n"
     "- 8/2010 - 12/2015: Phó Giám đốc Sở Tài chính.\n- 01/2016 - nay: Bí thư Huyện ủy Tân Lạc.",
     {("Lê Văn Hòa", "Phó Trưởng phòng Tổng hợp, Sở Tài chính"), ("Lê Văn Hòa", "Phó Giám đốc Sở Tài chính"),
      ("Lê Văn Hòa", "Bí thư Huyện ủy Tân Lạc")}),
    ("Ông Lê Văn Hòa được bổ nhiệm.\nNăm sinh: 1974\nDân tộc: Kinh\nTrình độ lý luận chính trị: Cao cấp\nNgày vào Đảng: "
     "3/2/1998\nChức vụ hiện nay: Phó Giám đốc Sở Y tế.",
     {("Lê Văn Hòa", "Phó Giám đốc Sở Y tế")}),
    # no subject named before: a year and a colon give nobody a title
    ("Hội nghị có 200 đại biểu dự.\n- 2020: Chủ tịch UBND tỉnh ký quyết định thành lập.\nÔng Lê Văn Hòa phát biểu.",
     {("Lê Văn Hòa", None)}),
]

# a minister named by the position alone, right before the name or in apposition; a fuller spelling later wins
CASES += [
    ("Bộ trưởng Lê Văn Hòa đề nghị tỉnh quan tâm công tác cán bộ.", {("Lê Văn Hòa", "Bộ trưởng")}),
    ("Thứ trưởng Trần Văn Bình và Bộ trưởng Lê Văn Hòa cùng dự.", {("Trần Văn Bình", "Thứ trưởng"), ("Lê Văn Hòa", "Bộ trưởng")}),
    ("Ông Trần Văn Bình, Thứ trưởng, cho biết.", {("Trần Văn Bình", "Thứ trưởng")}),
    ("Bộ trưởng Bộ Nội vụ Lê Văn Hòa dự. Bộ trưởng Lê Văn Hòa đề nghị tỉnh sắp xếp bộ máy.",
     {("Lê Văn Hòa", "Bộ trưởng Bộ Nội vụ")}),
]

# "bổ nhiệm lại", a verb of appointing again (passive, active, and its agent before it)
CASES += [
    ("Ông Lê Văn Hòa được bổ nhiệm lại chức vụ Phó Giám đốc Sở Xây dựng.", {("Lê Văn Hòa", "Phó Giám đốc Sở Xây dựng")}),
    ("UBND tỉnh bổ nhiệm lại bà Trần Thị Bình giữ chức Phó Giám đốc Sở Y tế.", {("Trần Thị Bình", "Phó Giám đốc Sở Y tế")}),
    ("Ông Lê Văn Hòa cho biết UBND tỉnh sẽ bổ nhiệm lại Phó Giám đốc Sở Xây dựng.", {("Lê Văn Hòa", None)}),
]

# the body a committee named with its position belongs to, after "thuộc" or "của"
CASES += [
    ("Ông Lê Văn Hòa, Trưởng Ban Công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội, phát biểu.",
     {("Lê Văn Hòa", "Trưởng Ban Công tác đại biểu thuộc Ủy ban Thường vụ Quốc hội")}),
    ("Bà Trần Thị Bình, Phó Trưởng Ban Dân nguyện của Ủy ban Thường vụ Quốc hội, dự.",
     {("Trần Thị Bình", "Phó Trưởng Ban Dân nguyện của Ủy ban Thường vụ Quốc hội")}),
    # not a clause after the title
    ("Ông Lê Văn Hòa, Trưởng Ban Tổ chức Tỉnh ủy, thuộc diện luân chuyển, phát biểu.",
     {("Lê Văn Hòa", "Trưởng Ban Tổ chức Tỉnh ủy")}),
]

# a birth year or a home place between a name and its title, each after a comma
CASES += [
    ("Ông Lê Văn Hòa, sinh năm 1975, Phó Giám đốc Sở Y tế, được bổ nhiệm giữ chức Giám đốc Sở Y tế.",
     {("Lê Văn Hòa", "Phó Giám đốc Sở Y tế"), ("Lê Văn Hòa", "Giám đốc Sở Y tế")}),
    ("Bà Trần Thị Bình, sinh năm 1978, quê huyện Tân Lạc, tỉnh Hòa Phong, Phó Chủ tịch UBND huyện, nhận quyết định.",
     {("Trần Thị Bình", "Phó Chủ tịch UBND huyện")}),
    # the aside, then another person's title
    ("Ông Lê Văn Hòa, quê Tân Lạc, Chủ tịch UBND tỉnh Trần Văn Bình phát biểu.",
     {("Lê Văn Hòa", None), ("Trần Văn Bình", "Chủ tịch UBND tỉnh")}),
]

# a place between a title and the list of its holders ("tại", "ở")
CASES += [
    ("Những người trúng cử đại biểu HĐND tỉnh tại đơn vị bầu cử số 1 gồm: ông Lê Văn Hòa, bà Trần Thị Bình và ông "
     "Phạm Quốc Việt.", {("Lê Văn Hòa", "đại biểu HĐND tỉnh"), ("Trần Thị Bình", "đại biểu HĐND tỉnh"),
                          ("Phạm Quốc Việt", "đại biểu HĐND tỉnh")}),
    ("Hai Phó Chủ tịch UBND huyện tại kỳ họp này là ông Lê Văn Hòa và bà Trần Thị Bình.",
     {("Lê Văn Hòa", "Phó Chủ tịch UBND huyện"), ("Trần Thị Bình", "Phó Chủ tịch UBND huyện")}),
    # a clause after the place: not a list of holders
    ("Hai Phó Chủ tịch UBND huyện tại kỳ họp, theo ông Lê Văn Hòa, đều trả lời thẳng thắn.", {("Lê Văn Hòa", None)}),
]

# "Thành viên", a member of a body as a position ("Thành viên UBND tỉnh"); not a bare member of a group
CASES += [
    ("Ông Lê Văn Hòa, Thành viên UBND tỉnh, Giám đốc Sở Y tế dự.",
     {("Lê Văn Hòa", "Thành viên UBND tỉnh"), ("Lê Văn Hòa", "Giám đốc Sở Y tế")}),
    ("Bà Trần Thị Bình, thành viên Ban Chỉ đạo phòng, chống thiên tai tỉnh, phát biểu.",
     {("Trần Thị Bình", "thành viên Ban Chỉ đạo phòng, chống thiên tai tỉnh")}),
    ("Ông Lê Văn Hòa, thành viên của nhóm, phát biểu.", {("Lê Văn Hòa", None)}),
    ("Các thành viên đoàn công tác gồm ông Lê Văn Hòa và ông Trần Văn Bình.", {("Lê Văn Hòa", None), ("Trần Văn Bình", None)}),
]

# a bracket after each name of a list ("A (Tân Lạc), B (Đông Hà)"): still one list
CASES += [
    ("Các đại biểu HĐND tỉnh Lê Văn Hòa (Tân Lạc), Trần Thị Bình (Đông Hà) chất vấn.",
     {("Lê Văn Hòa", "đại biểu HĐND tỉnh"), ("Trần Thị Bình", "đại biểu HĐND tỉnh")}),
    ("Các ông Lê Văn Hòa (SN 1970), Trần Văn Bình (SN 1972), Phó Chủ tịch UBND tỉnh, dự.",
     {("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh"), ("Trần Văn Bình", "Phó Chủ tịch UBND tỉnh")}),
    # without "các" a one-person title stays the last name's
    ("Ông Lê Văn Hòa (SN 1970), ông Trần Văn Bình, Chủ tịch UBND tỉnh, dự.",
     {("Lê Văn Hòa", None), ("Trần Văn Bình", "Chủ tịch UBND tỉnh")}),
]

# the head of a department's branch ("Chi cục trưởng"), a fund ("Quỹ") as a body
CASES += [
    ("Ông Lê Văn Hòa, Chi cục trưởng Chi cục Kiểm lâm tỉnh, phát biểu.", {("Lê Văn Hòa", "Chi cục trưởng Chi cục Kiểm lâm tỉnh")}),
    ("Bà Trần Thị Bình, Phó Chi cục trưởng Chi cục Thủy lợi, Sở Nông nghiệp và Phát triển nông thôn, báo cáo.",
     {("Trần Thị Bình", "Phó Chi cục trưởng Chi cục Thủy lợi, Sở Nông nghiệp và Phát triển nông thôn")}),
    ("Ông Lê Văn Hòa, Giám đốc Quỹ Đầu tư phát triển tỉnh, phát biểu.", {("Lê Văn Hòa", "Giám đốc Quỹ Đầu tư phát triển tỉnh")}),
]

# lower-case words of the state's units ("Vụ Chính quyền địa phương", "Cục Quản lý giá", "hành chính công")
CASES += [
    ("Ông Lê Văn Hòa, Vụ trưởng Vụ Chính quyền địa phương, Bộ Nội vụ, phát biểu.",
     {("Lê Văn Hòa", "Vụ trưởng Vụ Chính quyền địa phương, Bộ Nội vụ")}),
    ("Ông Lê Văn Hòa, Cục trưởng Cục Quản lý giá, Bộ Tài chính, cho biết.", {("Lê Văn Hòa", "Cục trưởng Cục Quản lý giá, Bộ Tài chính")}),
    ("Bà Trần Thị Bình, Giám đốc Trung tâm Phục vụ hành chính công tỉnh, báo cáo.",
     {("Trần Thị Bình", "Giám đốc Trung tâm Phục vụ hành chính công tỉnh")}),
    ("Ông Lê Văn Hòa, Trưởng phòng Cải cách hành chính, Sở Nội vụ, phát biểu.",
     {("Lê Văn Hòa", "Trưởng phòng Cải cách hành chính, Sở Nội vụ")}),
    ("Ông Lê Văn Hòa, Chi cục trưởng Chi cục Văn thư - Lưu trữ tỉnh, phát biểu.",
     {("Lê Văn Hòa", "Chi cục trưởng Chi cục Văn thư - Lưu trữ tỉnh")}),
    # a title, then what the sentence says
    ("Ông Lê Văn Hòa, Giám đốc Sở Tài chính cho biết giá xăng sẽ giảm.", {("Lê Văn Hòa", "Giám đốc Sở Tài chính")}),
]

# a chain of titles after "các", then the list of its holders: every title to each name
CASES += [
    ("Tham dự có các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Lê Văn Hòa, Trần Thị Bình.",
     {("Lê Văn Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy"), ("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh"),
      ("Trần Thị Bình", "Ủy viên Ban Thường vụ Tỉnh ủy"), ("Trần Thị Bình", "Phó Chủ tịch UBND tỉnh")}),
    # without "các": the first name's; a title of its own after the first name
    ("Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Lê Văn Hòa, Trần Thị Bình cùng dự.",
     {("Lê Văn Hòa", "Phó Bí thư Tỉnh ủy"), ("Lê Văn Hòa", "Chủ tịch UBND tỉnh"), ("Trần Thị Bình", None)}),
    ("Dự có các đồng chí Tỉnh ủy viên, Phó Chủ tịch UBND tỉnh Lê Văn Hòa, Giám đốc Sở Y tế Trần Thị Bình.",
     {("Lê Văn Hòa", "Tỉnh ủy viên"), ("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh"), ("Trần Thị Bình", "Giám đốc Sở Y tế")}),
]

# a title that opens a clause (after ":", ";", "có"), then "là" and its one holder
CASES += [
    ("Thường trực HĐND huyện gồm: Chủ tịch là ông Lê Văn Hòa; các Phó Chủ tịch là bà Trần Thị Bình và ông Phạm Quốc Việt.",
     # the body before the colon completes the bare titles after it (see BODY_HEADERS)
     {("Lê Văn Hòa", "Chủ tịch HĐND huyện"), ("Trần Thị Bình", "Phó Chủ tịch HĐND huyện"),
      ("Phạm Quốc Việt", "Phó Chủ tịch HĐND huyện")}),
    ("Kỳ họp đã bầu xong các chức danh; Chủ tịch UBND huyện là ông Lê Văn Hòa, Phó Bí thư Huyện ủy.",
     {("Lê Văn Hòa", "Chủ tịch UBND huyện"), ("Lê Văn Hòa", "Phó Bí thư Huyện ủy")}),
    # a name before it in apposition: the title is that name's
    ("Theo ông Trần Văn Bình, Giám đốc Sở Y tế là ông Lê Văn Hòa.",
     {("Trần Văn Bình", "Giám đốc Sở Y tế"), ("Lê Văn Hòa", None)}),
]

# a post an electing verb names without its holder, then a name and a verb of being elected with no title of its
# own: the post is that name's, in the same sentence or the next two ("kiện toàn chức danh" names one too)
CASES += [
    ("Kỳ họp tiến hành bầu bổ sung chức danh Phó Chủ tịch UBND tỉnh. Kết quả, ông Lê Văn Hòa trúng cử với số phiếu 50/50.",
     {("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh")}),
    ("HĐND tỉnh bầu Chủ tịch UBND tỉnh nhiệm kỳ 2021-2026. Ông Lê Văn Hòa, Phó Bí thư Tỉnh ủy, được bầu với 100% đại "
     "biểu tán thành.", {("Lê Văn Hòa", "Chủ tịch UBND tỉnh"), ("Lê Văn Hòa", "Phó Bí thư Tỉnh ủy")}),
    ("HĐND huyện tiến hành kiện toàn chức danh Chủ tịch UBND huyện; ông Lê Văn Hòa được bầu với 100% số phiếu.",
     {("Lê Văn Hòa", "Chủ tịch UBND huyện")}),
    # a title of its own after the verb; another verb; too far; one holder
    ("HĐND tỉnh bầu Chủ tịch UBND tỉnh. Ông Lê Văn Hòa được bầu làm đại biểu Quốc hội năm 2021.",
     {("Lê Văn Hòa", "đại biểu Quốc hội")}),
    ("HĐND tỉnh bầu Chủ tịch UBND tỉnh. Ông Lê Văn Hòa được cử làm thư ký kỳ họp.", {("Lê Văn Hòa", None)}),
    ("Kỳ họp bầu Chủ tịch UBND tỉnh. Hội nghị sau đó thảo luận. Đại biểu thảo luận tiếp. Ông Lê Văn Hòa được bầu với 50 "
     "phiếu.", {("Lê Văn Hòa", None)}),
    ("HĐND tỉnh bầu Chủ tịch UBND tỉnh. Ông Lê Văn Hòa trúng cử; ông Trần Văn Bình được bầu với 40 phiếu.",
     {("Lê Văn Hòa", "Chủ tịch UBND tỉnh"), ("Trần Văn Bình", None)}),
    ("Ông Lê Văn Hòa đề nghị kiện toàn chức danh Phó Chủ tịch UBND huyện.", {("Lê Văn Hòa", None)}),
]

# titles of one person between dashes ("A – T1 – T2"); a dash inside a body's name is still the body's
CASES += [
    ("Ông Lê Văn Hòa – Ủy viên BTV Tỉnh ủy – Phó Chủ tịch UBND tỉnh dự lễ.",
     {("Lê Văn Hòa", "Ủy viên BTV Tỉnh ủy"), ("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh")}),
    ("Đồng chí Lê Văn Hòa - Tỉnh ủy viên - Giám đốc Sở Y tế báo cáo.",
     {("Lê Văn Hòa", "Tỉnh ủy viên"), ("Lê Văn Hòa", "Giám đốc Sở Y tế")}),
    ("Bà Trần Thị Bình - Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh - trình bày báo cáo.",
     {("Trần Thị Bình", "Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh")}),
]

# a chain of titles before one name, its titles between dashes
CASES += [
    ("Ủy viên BTV Tỉnh ủy – Phó Chủ tịch UBND tỉnh Lê Văn Hòa phát biểu.",
     {("Lê Văn Hòa", "Ủy viên BTV Tỉnh ủy"), ("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh")}),
    ("Tham dự có đồng chí Tỉnh ủy viên - Giám đốc Sở Y tế Lê Văn Hòa.",
     {("Lê Văn Hòa", "Tỉnh ủy viên"), ("Lê Văn Hòa", "Giám đốc Sở Y tế")}),
    # another person's title before the dash
    ("Ông Trần Văn Bình, Chủ tịch HĐND tỉnh - Phó Chủ tịch UBND tỉnh Lê Văn Hòa cùng dự.",
     {("Trần Văn Bình", "Chủ tịch HĐND tỉnh"), ("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh")}),
]

# a trial's and a procuracy's posts: lay assessors, the clerk, a grade after the position, the investigating body
CASES += [
    ("Ông Lê Văn Hòa, Hội thẩm nhân dân TAND tỉnh, cho biết.", {("Lê Văn Hòa", "Hội thẩm nhân dân TAND tỉnh")}),
    ("Hội thẩm Lê Văn Hòa tham gia xét xử.", {("Lê Văn Hòa", "Hội thẩm")}),
    ("Bà Trần Thị Bình, Thư ký phiên tòa, đọc lệnh trích xuất.", {("Trần Thị Bình", "Thư ký phiên tòa")}),
    ("Ông Lê Văn Hòa, Kiểm sát viên cao cấp VKSND tối cao, cho biết.", {("Lê Văn Hòa", "Kiểm sát viên cao cấp VKSND tối cao")}),
    ("Ông Lê Văn Hòa, Thẩm phán trung cấp TAND tỉnh, chủ trì.", {("Lê Văn Hòa", "Thẩm phán trung cấp TAND tỉnh")}),
    ("Ông Lê Văn Hòa, Thủ trưởng Cơ quan điều tra VKSND tối cao, cho biết.",
     {("Lê Văn Hòa", "Thủ trưởng Cơ quan điều tra VKSND tối cao")}),
    # an occupation stays one; a verb after the body is no word of it
    ("Điều tra viên Lê Văn Hòa lấy lời khai.", {("Lê Văn Hòa", "Điều tra viên")}),
    ("Ông Lê Văn Hòa, Thủ trưởng Cơ quan CSĐT Công an tỉnh điều tra vụ án.",
     {("Lê Văn Hòa", "Thủ trưởng Cơ quan CSĐT Công an tỉnh")}),
]

# the holder after "cho": "trao quyết định bổ nhiệm T cho bà B"
CASES += [
    ("Phó Chủ tịch UBND tỉnh Lê Văn Hòa trao quyết định bổ nhiệm chức vụ Phó Giám đốc Sở Y tế cho bà Trần Thị Bình.",
     {("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh"), ("Trần Thị Bình", "Phó Giám đốc Sở Y tế")}),
    ("Ông Lê Văn Hòa trao quyết định bổ nhiệm Giám đốc Sở Y tế cho ông Trần Văn Bình.",
     {("Lê Văn Hòa", None), ("Trần Văn Bình", "Giám đốc Sở Y tế")}),
    # no name right after "cho"
    ("HĐND tỉnh miễn nhiệm chức vụ Phó Chủ tịch UBND tỉnh cho phù hợp, theo ông Trần Văn Bình.", {("Trần Văn Bình", None)}),
    ("Lãnh đạo tỉnh trao quyết định nghỉ hưu cho ông Trần Văn Bình.", {("Trần Văn Bình", None)}),
]

# "giao quyền T cho ông A": the verb ends with the word the title keeps as its marker ("quyền")
CASES += [
    ("Chủ tịch UBND tỉnh giao quyền Giám đốc Sở Y tế cho ông Lê Văn Hòa, Phó Giám đốc Sở.",
     {("Lê Văn Hòa", "quyền Giám đốc Sở Y tế"), ("Lê Văn Hòa", "Phó Giám đốc Sở")}),
    ("UBND tỉnh giao quyền Chánh Thanh tra tỉnh cho bà Trần Thị Bình từ ngày 1/6.", {("Trần Thị Bình", "quyền Chánh Thanh tra tỉnh")}),
]

# asides in brackets before the title: an age, a birth year, a residence
CASES += [
    ("Lê Văn Hòa (53 tuổi, cựu Giám đốc Sở Y tế) bị khởi tố.", {("Lê Văn Hòa", "cựu Giám đốc Sở Y tế")}),
    ("Lê Văn Hòa (SN 1975, trú tại huyện Tân Lạc, Phó Giám đốc Sở Xây dựng) bị bắt.",
     {("Lê Văn Hòa", "Phó Giám đốc Sở Xây dựng")}),
    ("Bị cáo Trần Văn Bình (sinh năm 1970; nguyên Chủ tịch UBND xã Tân Lạc) bị tuyên phạt.",
     {("Trần Văn Bình", "nguyên Chủ tịch UBND xã Tân Lạc")}),
    # a residence after a comma, then the title
    ("Ông Lê Văn Hòa, trú tại xã Đông Hà, Trưởng thôn Đông, cho biết.", {("Lê Văn Hòa", "Trưởng thôn Đông")}),
]

# a committee of the National Assembly named by two fields with a comma between, then "của Quốc hội"
CASES += [
    ("Ông Lê Văn Hòa, Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội, phát biểu.",
     {("Lê Văn Hòa", "Chủ nhiệm Ủy ban Tài chính, Ngân sách của Quốc hội")}),
    ("Bà Trần Thị Bình, Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội, phát biểu.",
     {("Trần Thị Bình", "Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội")}),
    # a name after the comma is not the committee's
    ("Ông Lê Văn Hòa, Chủ tịch UBND tỉnh, Nguyễn Văn Hùng của Quốc hội dự.", {("Lê Văn Hòa", "Chủ tịch UBND tỉnh"), ("Nguyễn Văn Hùng", None)}),
]

# a count, then "tân" (newly elected), then the title shared by the list after it
CASES += [
    ("Hai tân Phó Chủ tịch UBND tỉnh là ông Lê Văn Hòa và bà Trần Thị Bình.",
     {("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh"), ("Trần Thị Bình", "Phó Chủ tịch UBND tỉnh")}),
]

# a shared title's holders listed after "là", each with its own title before the name
CASES += [
    ("Các Ủy viên UBND tỉnh là Giám đốc Sở Y tế Lê Văn Hòa, Giám đốc Sở Nội vụ Trần Thị Bình.",
     {("Lê Văn Hòa", "Ủy viên UBND tỉnh"), ("Lê Văn Hòa", "Giám đốc Sở Y tế"), ("Trần Thị Bình", "Ủy viên UBND tỉnh"),
      ("Trần Thị Bình", "Giám đốc Sở Nội vụ")}),
    ("HĐND tỉnh bầu 2 Ủy viên UBND tỉnh là Giám đốc Sở Y tế Lê Văn Hòa và Giám đốc Sở Nội vụ Trần Thị Bình.",
     {("Lê Văn Hòa", "Ủy viên UBND tỉnh"), ("Lê Văn Hòa", "Giám đốc Sở Y tế"), ("Trần Thị Bình", "Ủy viên UBND tỉnh"),
      ("Trần Thị Bình", "Giám đốc Sở Nội vụ")}),
    ("Tân Chủ tịch UBND tỉnh là Phó Chủ tịch UBND tỉnh Lê Văn Hòa.",
     {("Lê Văn Hòa", "Chủ tịch UBND tỉnh"), ("Lê Văn Hòa", "Phó Chủ tịch UBND tỉnh")}),
]

# "quản lý" a word of a body's name right after its head ("Hội đồng quản lý", "Ban quản lý dự án"), not a verb after it
CASES += [
    ("Ông Lê Văn Hòa, Giám đốc Sở Tài chính kiêm Chủ tịch Hội đồng quản lý Quỹ Đầu tư phát triển tỉnh, phát biểu.",
     {("Lê Văn Hòa", "Giám đốc Sở Tài chính"), ("Lê Văn Hòa", "Chủ tịch Hội đồng quản lý Quỹ Đầu tư phát triển tỉnh")}),
    ("Ông Lê Văn Hòa, Giám đốc Ban quản lý dự án, phát biểu.", {("Lê Văn Hòa", "Giám đốc Ban quản lý dự án")}),
    ("Ông Lê Văn Hòa, Giám đốc Sở Xây dựng quản lý dự án này.", {("Lê Văn Hòa", "Giám đốc Sở Xây dựng")}),
]

# a list's header with a place after its title ("… tại tỉnh Hòa Phong:")
CASES += [
    ("Danh sách người trúng cử đại biểu Quốc hội khóa XV tại tỉnh Hòa Phong:\n1. Ông Lê Văn Hòa\n2. Bà Trần Thị Bình\n"
     "Ủy ban bầu cử tỉnh đã công bố kết quả vào chiều cùng ngày.",
     {("Lê Văn Hòa", "đại biểu Quốc hội"), ("Trần Thị Bình", "đại biểu Quốc hội")}),
]

# a line of a list near the article's end, opened by an honorific, is a person, not the byline
CASES += [
    ("Danh sách Phó Chủ tịch HĐND tỉnh:\n1. Ông Lê Văn Hòa\n2. Bà Trần Thị Bình\nKỳ họp bế mạc chiều cùng ngày.",
     {("Lê Văn Hòa", "Phó Chủ tịch HĐND tỉnh"), ("Trần Thị Bình", "Phó Chủ tịch HĐND tỉnh")}),
]

# a list opened by "các", ";" between its items, then a role verb: each name of the list is its subject
CASES += [
    ("Các ông Lê Văn Hòa, Giám đốc Sở Y tế; Trần Văn Bình, Giám đốc Sở Nội vụ đã được bầu làm Ủy viên UBND tỉnh.",
     {("Lê Văn Hòa", "Ủy viên UBND tỉnh"), ("Lê Văn Hòa", "Giám đốc Sở Y tế"), ("Trần Văn Bình", "Ủy viên UBND tỉnh"),
      ("Trần Văn Bình", "Giám đốc Sở Nội vụ")}),
    # without "các" the clause before ";" is another one
    ("Ông Lê Văn Hòa, Giám đốc Sở Y tế; ông Trần Văn Bình, Giám đốc Sở Nội vụ được bầu làm Ủy viên UBND tỉnh.",
     {("Lê Văn Hòa", "Giám đốc Sở Y tế"), ("Trần Văn Bình", "Ủy viên UBND tỉnh"), ("Trần Văn Bình", "Giám đốc Sở Nội vụ")}),
]

# (sentence, name, title, status, term): the status and term the text gives a role
STATUSES = [
    ("Ông Nguyễn Văn Tùng từng là Bí thư Huyện ủy Ninh Sơn.", "Nguyễn Văn Tùng", "Bí thư Huyện ủy Ninh Sơn", "former", ""),
    ("Trước đó, ông Hồ Văn Lâm là Giám đốc Sở Nội vụ.", "Hồ Văn Lâm", "Giám đốc Sở Nội vụ", "former", ""),
    ("Ông Lê Minh Tâm, nguyên Bí thư, Chủ tịch huyện đảo Cồn Thạch, nhận nhiệm vụ mới.", "Lê Minh Tâm",
     "nguyên Chủ tịch huyện đảo Cồn Thạch", "former", ""),
    ("Hội nghị đã bầu ông Hà Văn Tú vào Ban Thường vụ Tỉnh ủy.", "Hà Văn Tú", "Ủy viên Ban Thường vụ Tỉnh ủy",
     "elected", ""),
    ("Ông Hà Văn Tú, Chủ tịch UBND tỉnh khóa XVII phát biểu.", "Hà Văn Tú", "Chủ tịch UBND tỉnh", "holds", "khóa XVII"),
    ("Ông Lê Văn Bình được bầu giữ chức Bí thư Tỉnh ủy khóa XVI, nhiệm kỳ 2020 - 2025.", "Lê Văn Bình",
     "Bí thư Tỉnh ủy", "elected", "khóa XVI, nhiệm kỳ 2020 - 2025"),
    ("Đồng chí Vũ Quang Viện - Bí thư chi bộ nhiệm kì 2020-2022 báo cáo.", "Vũ Quang Viện", "Bí thư chi bộ", "holds",
     "nhiệm kì 2020-2022"),
    # "khỏi": the post the subject leaves, or the object of the verb before it is relieved of
    ("Kỳ họp đã miễn nhiệm ông Lê Văn Hòa khỏi chức vụ Phó Chủ tịch UBND tỉnh.", "Lê Văn Hòa",
     "Phó Chủ tịch UBND tỉnh", "relieved", ""),
    ("Ông Lê Văn Hòa vừa rời khỏi chức vụ Giám đốc Sở Y tế.", "Lê Văn Hòa", "Giám đốc Sở Y tế", "relieved", ""),
    ("Ông Lê Văn Hòa, Giám đốc Sở Y tế, ra khỏi phòng họp.", "Lê Văn Hòa", "Giám đốc Sở Y tế", "holds", ""),
    # the verb before the person says how the post came to them
    ("Bộ Chính trị chỉ định đồng chí Hồ Minh Toàn - Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh giữ chức Bí thư Tỉnh ủy.",
     "Hồ Minh Toàn", "Bí thư Tỉnh ủy", "appointed", ""),
    ("Hội nghị giao Ban Thường vụ Tỉnh ủy giới thiệu đồng chí Trần Quốc Bình để HĐND tỉnh bầu giữ chức Chủ tịch UBND "
     "tỉnh.", "Trần Quốc Bình", "Chủ tịch UBND tỉnh", "nominated", ""),
]


@pytest.mark.parametrize("text,name,title,status,term", STATUSES, ids=[c[0][:40] for c in STATUSES])
def test_role_status_and_term(text, name, title, status, term):
    roles = {r.title: r for p in extract_text(text).people if p.name == name for r in p.roles}
    assert title in roles, roles
    assert (roles[title].status, roles[title].term) == (status, term)


NO_PERSON = [
    "Dự án nâng cấp đường Nguyễn Thị Minh Khai hoàn thành trong tháng 6.",
    "Người dân phường Lê Lợi tham gia ngày hội đoàn kết.",
    "Trường THPT Trần Quang Khải đạt chuẩn quốc gia.",
    "Tác phẩm được trao Giải thưởng Hồ Chí Minh năm 2022.",
    "Hội thi tìm hiểu tư tưởng Hồ Chí Minh thu hút 200 đoàn viên.",
    "Ông N.V.A bị xử phạt hành chính vì vi phạm quy định.",
    "Tin, ảnh: Phạm Hòa Bình",
    "Đồng chí Trưởng Ban Tổ chức Tỉnh ủy phát biểu chỉ đạo.",
    "Hầm chui Điện Biên Phủ - Nguyễn Tri Phương sẽ thông xe cuối tháng.",
    "Giám đốc Sở Công Thương trình bày báo cáo.",
    "Theo đó, tỉnh sẽ tổ chức hội nghị vào cuối tháng.",
    "Khu di tích Nguyễn Sinh Sắc đón hàng nghìn lượt khách.",
    "Học sinh Trường THCS Trần Hưng Đạo Hòa Phong đạt giải nhất.",
    "Giám đốc Bệnh viện Chợ Rẫy Hòa Phong trình bày báo cáo.",
]


@pytest.mark.parametrize("text,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_people_and_roles(text, expected):
    assert pairs(text) == expected


@pytest.mark.parametrize("text", NO_PERSON, ids=[t[:40] for t in NO_PERSON])
def test_no_person(text):
    assert pairs(text) == set()


def test_byline_at_the_end_is_not_a_person():
    text = ("Chủ tịch UBND tỉnh Lâm Văn Đông kiểm tra công trình.\n"
            "Công trình dự kiến hoàn thành vào cuối năm.\n"
            "Ngọc Ánh - Minh Thư")
    assert pairs(text) == {("Lâm Văn Đông", "Chủ tịch UBND tỉnh")}


# The canonical key (what roles are compared and posts looked up by): an occupation's abbreviation
# is its own ("BTV" before a name: biên tập viên), a title's the body's (UV BTV: Ban Thường vụ).
CANONICAL = [
    ("Bản tin do các BTV Hà Thu Trang, Lê Minh Quân dẫn dắt.", "Hà Thu Trang", "Biên tập viên"),
    ("HLV Park Jun-ho hài lòng với các học trò.", "Park Jun-ho", "Huấn luyện viên"),
    ("NSND Trần Minh Khoa biểu diễn trích đoạn tuồng.", "Trần Minh Khoa", "Nghệ sĩ nhân dân"),
    ("Đồng chí Lê Văn Hòa, UV BTV Tỉnh ủy, dự hội nghị.", "Lê Văn Hòa", "Ủy viên Ban Thường vụ Tỉnh ủy"),
    # a minister's ministry named without "Bộ" gets it back; a qualifier after the position is no ministry
    ("Bộ trưởng Nội vụ Lê Văn Hòa ký quyết định.", "Lê Văn Hòa", "Bộ trưởng Bộ Nội vụ"),
    ("Thứ trưởng Thường trực Bộ Nội vụ Lê Văn Hòa ký quyết định.", "Lê Văn Hòa", "Thứ trưởng Thường trực Bộ Nội vụ"),
    ("Ông Lê Văn Hòa, Chánh VP UBND tỉnh, dự họp.", "Lê Văn Hòa", "Chánh Văn phòng Ủy ban nhân dân tỉnh"),
    # one office written two ways has one key
    ("Đồng chí Lê Văn Hòa, Ủy viên BCH T.Ư Đảng, dự họp.", "Lê Văn Hòa", "Ủy viên Trung ương Đảng"),
]


@pytest.mark.parametrize("text,name,canonical", CANONICAL, ids=[c[0][:40] for c in CANONICAL])
def test_canonical_key_of_a_role(text, name, canonical):
    roles = [r for p in extract_text(text).people if p.name == name for r in p.roles]
    assert [r.canonical for r in roles] == [canonical]


# "ĐBQH" alone is a whole title, as "đại biểu Quốc hội" written out is (its term kept apart).
DEPUTIES = [
    ("Ông Đồng Văn Tâm, ĐBQH tỉnh Hòa Phong, đặt câu hỏi.", {("Đồng Văn Tâm", "ĐBQH tỉnh Hòa Phong")}),
    ("Ông Lê Văn Sáu, ĐBQH khóa XV, chất vấn Bộ trưởng.", {("Lê Văn Sáu", "ĐBQH")}),
    ("ĐBQH Nguyễn Thị Chín đề nghị làm rõ trách nhiệm.", {("Nguyễn Thị Chín", "ĐBQH")}),
    ("Ông Đỗ Văn Hai, Ủy viên Thường trực HĐND tỉnh, ĐBQH khóa XV, phát biểu.",
     {("Đỗ Văn Hai", "Ủy viên Thường trực HĐND tỉnh"), ("Đỗ Văn Hai", "ĐBQH")}),
    ("Ông Phạm Văn Mười, Trưởng Đoàn ĐBQH tỉnh, phát biểu.", {("Phạm Văn Mười", "Trưởng Đoàn ĐBQH tỉnh")}),
]



# A gifted school ("trường chuyên") is a school's name, the person it is named after no person here.
GIFTED_SCHOOLS = [
    ("Ông Lê Trọng Nghĩa, Hiệu trưởng Trường THPT chuyên Lê Quý Đôn, nhận bằng khen.",
     {("Lê Trọng Nghĩa", "Hiệu trưởng Trường THPT chuyên Lê Quý Đôn")}),
    ("Bà Hà Thị Minh, Hiệu trưởng Trường THPT chuyên Hòa Phong, phát biểu.",
     {("Hà Thị Minh", "Hiệu trưởng Trường THPT chuyên Hòa Phong")}),
    ("Em Trần Minh Anh, học sinh trường chuyên Nguyễn Huệ, đoạt huy chương vàng.", {("Trần Minh Anh", None)}),
]



# A chain of titles after a dash goes on after the next dash: "A - T1 - T2" gives A both.
DASH_CHAINS = [
    ("Dự có đồng chí Nguyễn Văn Bình - Ủy viên Ban Thường vụ Tỉnh ủy - Phó Chủ tịch Thường trực UBND tỉnh.",
     {("Nguyễn Văn Bình", "Ủy viên Ban Thường vụ Tỉnh ủy"), ("Nguyễn Văn Bình", "Phó Chủ tịch Thường trực UBND tỉnh")}),
    ("Đồng chí Trần Thị Lan – Phó Bí thư Thường trực Tỉnh ủy – Chủ tịch HĐND tỉnh phát biểu khai mạc.",
     {("Trần Thị Lan", "Phó Bí thư Thường trực Tỉnh ủy"), ("Trần Thị Lan", "Chủ tịch HĐND tỉnh")}),
    ("Ông Lê Văn Hải, Giám đốc Sở Y tế - Phó Trưởng Ban Chỉ đạo phòng, chống dịch tỉnh, báo cáo.",
     {("Lê Văn Hải", "Giám đốc Sở Y tế"), ("Lê Văn Hải", "Phó Trưởng Ban Chỉ đạo phòng, chống dịch tỉnh")}),
    ("Ông Lê Văn Hải - Giám đốc Sở Y tế - cho biết, bà Trần Thu Hà - Phó Giám đốc Sở Y tế - sẽ phụ trách.",
     {("Lê Văn Hải", "Giám đốc Sở Y tế"), ("Trần Thu Hà", "Phó Giám đốc Sở Y tế")}),
]



# A title opening its sentence, then a colon: each name listed after it holds it (a header), as a
# plural or counted title's list does; after "là" only the first ("Tân Chủ tịch … là ông A, …").
HEADERS = [
    ("Phó Chủ tịch UBND tỉnh: bà Quan Thị Hằng, ông Tống Văn Khoa.",
     {("Quan Thị Hằng", "Phó Chủ tịch UBND tỉnh"), ("Tống Văn Khoa", "Phó Chủ tịch UBND tỉnh")}),
    ("Phó Chủ tịch UBND tỉnh: bà Quan Thị Hằng, Giám đốc Sở Tài chính; ông Tống Văn Khoa, Giám đốc Sở Xây dựng.",
     {("Quan Thị Hằng", "Phó Chủ tịch UBND tỉnh"), ("Quan Thị Hằng", "Giám đốc Sở Tài chính"),
      ("Tống Văn Khoa", "Phó Chủ tịch UBND tỉnh"), ("Tống Văn Khoa", "Giám đốc Sở Xây dựng")}),
    ("Chủ tịch UBND tỉnh khóa XI: ông Lý Văn Hưng.", {("Lý Văn Hưng", "Chủ tịch UBND tỉnh")}),
    ("Tân Chủ tịch UBND huyện là ông Lý Văn Hưng, bà Quan Thị Hằng chúc mừng.",
     {("Lý Văn Hưng", "Chủ tịch UBND huyện"), ("Quan Thị Hằng", None)}),
]



# A list of lines opened by a dash or a number ends at the first line without one: the paragraph
# after it ("Bà C, Quyền Giám đốc Sở Y tế, được giao …") is not a line of the list.
LIST_ENDS = [
    ("Kỳ họp bầu bổ sung 2 Ủy viên UBND tỉnh gồm:\n- Ông Lê Văn An, Giám đốc Sở Nội vụ;\n"
     "- Ông Trần Văn Bình, Giám đốc Công an tỉnh.\nBà Phạm Thị Hạnh, Quyền Giám đốc Sở Y tế, được giao phụ trách Sở.",
     {("Lê Văn An", "Ủy viên UBND tỉnh"), ("Lê Văn An", "Giám đốc Sở Nội vụ"),
      ("Trần Văn Bình", "Ủy viên UBND tỉnh"), ("Trần Văn Bình", "Giám đốc Công an tỉnh"),
      ("Phạm Thị Hạnh", "Quyền Giám đốc Sở Y tế")}),
    ("Danh sách Phó Chủ tịch HĐND huyện:\n1. Ông Lê Văn An\n2. Bà Trần Thị Bình\nÔng Phạm Văn Cường phát biểu chúc mừng.",
     {("Lê Văn An", "Phó Chủ tịch HĐND huyện"), ("Trần Thị Bình", "Phó Chủ tịch HĐND huyện"), ("Phạm Văn Cường", None)}),
    # lines without a mark go on while each opens with its person
    ("Danh sách Ủy viên UBND huyện:\nÔng Lê Văn An, Trưởng Công an huyện;\nBà Trần Thị Bình, Chánh Văn phòng.",
     {("Lê Văn An", "Ủy viên UBND huyện"), ("Lê Văn An", "Trưởng Công an huyện"),
      ("Trần Thị Bình", "Ủy viên UBND huyện"), ("Trần Thị Bình", "Chánh Văn phòng")}),
]



# A header naming a body, then lines of people with bare titles: each bare title takes the body
# ("- Ông A - Phó Chủ tịch" under "Thường trực HĐND tỉnh … như sau:" is "Phó Chủ tịch HĐND tỉnh"); a
# body opening a line before its colon lends itself to that line's bare titles ("Trưởng ban" there is
# "Trưởng Ban Pháp chế"). Titles with a body of their own keep it.
BODY_HEADERS = [
    ("Kết quả bầu Thường trực HĐND tỉnh khóa XI như sau:\n- Ông Lê Văn An - Phó Chủ tịch\n"
     "- Bà Trần Thị Bình - Ủy viên Thường trực\nKỳ họp bế mạc lúc 17 giờ.",
     {("Lê Văn An", "Phó Chủ tịch HĐND tỉnh"), ("Trần Thị Bình", "Ủy viên Thường trực HĐND tỉnh")}),
    ("Danh sách UBND huyện Tân Lạc nhiệm kỳ 2021 - 2026:\n1. Ông Lê Văn An - Chủ tịch\n"
     "2. Ông Trần Văn Bình - Ủy viên, Trưởng Công an huyện",
     {("Lê Văn An", "Chủ tịch UBND huyện Tân Lạc"), ("Trần Văn Bình", "Ủy viên UBND huyện Tân Lạc"),
      ("Trần Văn Bình", "Trưởng Công an huyện")}),
    ("Thường trực HĐND xã gồm:\n- Ông Lê Văn An, Chủ tịch;\n- Bà Trần Thị Bình, Phó Chủ tịch.",
     {("Lê Văn An", "Chủ tịch HĐND xã"), ("Trần Thị Bình", "Phó Chủ tịch HĐND xã")}),
    ("Ban Kinh tế - Ngân sách: ông Lê Văn An, Trưởng ban; bà Trần Thị Bình, Phó Trưởng ban.",
     {("Lê Văn An", "Trưởng Ban Kinh tế - Ngân sách"), ("Trần Thị Bình", "Phó Trưởng Ban Kinh tế - Ngân sách")}),
    ("2. Ban Pháp chế: ông Lê Văn An, Trưởng ban.", {("Lê Văn An", "Trưởng Ban Pháp chế")}),
    # a line opened by a bare title and its colon: each name listed after it
    ("Kết quả bầu Thường trực HĐND huyện:\n- Chủ tịch: ông Lê Văn An\n- Phó Chủ tịch: bà Trần Thị Bình, ông Phạm Văn Cường",
     {("Lê Văn An", "Chủ tịch HĐND huyện"), ("Trần Thị Bình", "Phó Chủ tịch HĐND huyện"),
      ("Phạm Văn Cường", "Phó Chủ tịch HĐND huyện")}),
    ("Kết quả bầu các chức danh UBND tỉnh:\n- Chủ tịch: ông Lê Văn An, Phó Bí thư Tỉnh ủy.\n"
     "- Phó Chủ tịch: bà Trần Thị Bình, Giám đốc Sở Y tế; ông Phạm Văn Cường, Giám đốc Sở Nội vụ.",
     {("Lê Văn An", "Chủ tịch UBND tỉnh"), ("Lê Văn An", "Phó Bí thư Tỉnh ủy"),
      ("Trần Thị Bình", "Phó Chủ tịch UBND tỉnh"), ("Trần Thị Bình", "Giám đốc Sở Y tế"),
      ("Phạm Văn Cường", "Phó Chủ tịch UBND tỉnh"), ("Phạm Văn Cường", "Giám đốc Sở Nội vụ")}),
    # the list has ended: a bare title later is left as it is
    ("Danh sách UBND huyện Tân Lạc:\n- Ông Lê Văn An - Chủ tịch\nÔng Phạm Văn Cường, Phó Giám đốc Sở Nội vụ, phát biểu.",
     {("Lê Văn An", "Chủ tịch UBND huyện Tân Lạc"), ("Phạm Văn Cường", "Phó Giám đốc Sở Nội vụ")}),
    # a header without a body gives nothing
    ("Thành phần tham dự:\n- Ông Lê Văn An - Chủ tịch Công ty Hòa Bình",
     {("Lê Văn An", "Chủ tịch Công ty Hòa Bình")}),
]



# "kiêm nhiệm" joins two titles of one person and gives a post as "kiêm" does.
CONCURRENT_POSTS = [
    ("Ông Lê Văn An, Phó Chủ tịch HĐND huyện, kiêm nhiệm Trưởng Ban Kinh tế - Xã hội HĐND huyện.",
     {("Lê Văn An", "Phó Chủ tịch HĐND huyện"), ("Lê Văn An", "Trưởng Ban Kinh tế - Xã hội HĐND huyện")}),
    ("Ông Lê Văn An, Phó Giám đốc Sở, được giao kiêm nhiệm Chánh Văn phòng Sở Y tế.",
     {("Lê Văn An", "Phó Giám đốc Sở"), ("Lê Văn An", "Chánh Văn phòng Sở Y tế")}),
    ("Bà Trần Thị Bình được phân công kiêm nhiệm Chủ tịch Hội Liên hiệp Phụ nữ huyện.",
     {("Trần Thị Bình", "Chủ tịch Hội Liên hiệp Phụ nữ huyện")}),
    ("Ông Lê Văn An kiêm nhiệm nhiều việc nên ông Phạm Văn Cường, Phó Giám đốc Sở, điều hành.",
     {("Lê Văn An", None), ("Phạm Văn Cường", "Phó Giám đốc Sở")}),
]



# A title given by a verb and its list after a colon or "gồm": a term between them is no gap
# ("… đại biểu HĐND tỉnh khóa XII gồm: ông A, bà B"), and after a colon each line's person takes it.
VERB_LISTS = [
    ("Những người trúng cử đại biểu HĐND tỉnh khóa XII gồm: ông Lê Văn An, bà Trần Thị Bình.",
     {("Lê Văn An", "đại biểu HĐND tỉnh"), ("Trần Thị Bình", "đại biểu HĐND tỉnh")}),
    ("Những người trúng cử Phó Chủ tịch HĐND huyện nhiệm kỳ 2026 - 2031 gồm: ông Lê Văn An, bà Trần Thị Bình.",
     {("Lê Văn An", "Phó Chủ tịch HĐND huyện"), ("Trần Thị Bình", "Phó Chủ tịch HĐND huyện")}),
    ("HĐND tỉnh đã bầu các ông, bà có tên sau giữ chức Ủy viên UBND tỉnh: ông Lê Văn An; bà Trần Thị Bình.",
     {("Lê Văn An", "Ủy viên UBND tỉnh"), ("Trần Thị Bình", "Ủy viên UBND tỉnh")}),
    ("HĐND tỉnh đã bầu các ông, bà sau đây giữ chức Ủy viên UBND tỉnh: ông Lê Văn An, Giám đốc Sở Tài chính; "
     "bà Trần Thị Bình, Giám đốc Sở Y tế.",
     {("Lê Văn An", "Ủy viên UBND tỉnh"), ("Lê Văn An", "Giám đốc Sở Tài chính"),
      ("Trần Thị Bình", "Ủy viên UBND tỉnh"), ("Trần Thị Bình", "Giám đốc Sở Y tế")}),
    # another title and its colon opens a list of its own
    ("Kỳ họp bầu giữ chức Chủ tịch UBND huyện: ông Lê Văn An; Phó Chủ tịch UBND huyện: bà Trần Thị Bình.",
     {("Lê Văn An", "Chủ tịch UBND huyện"), ("Trần Thị Bình", "Phó Chủ tịch UBND huyện")}),
]



# A relative clause after a name and a comma ("…, người vừa được … giữ chức T"): its role verb's title is
# that name's, not the sentence subject's.
RELATIVE_CLAUSES = [
    ("Ông Lê Văn An thay ông Phạm Văn Cường, người vừa được Bộ Chính trị điều động giữ chức Thứ trưởng Bộ Tài chính.",
     {("Lê Văn An", None), ("Phạm Văn Cường", "Thứ trưởng Bộ Tài chính")}),
    ("Bà Trần Thị Bình chúc mừng ông Lê Văn An, người vừa được bổ nhiệm làm Giám đốc Sở Y tế.",
     {("Trần Thị Bình", None), ("Lê Văn An", "Giám đốc Sở Y tế")}),
    ("Ông Lê Văn An, người được HĐND tỉnh bầu làm Chủ tịch UBND tỉnh, cam kết hành động.",
     {("Lê Văn An", "Chủ tịch UBND tỉnh")}),
    # the comma after the relative clause ends it: the verb after is the subject's
    ("Ông Lê Văn An thay ông Phạm Văn Cường, người đã nghỉ hưu, giữ chức Giám đốc Sở Y tế.",
     {("Lê Văn An", "Giám đốc Sở Y tế"), ("Phạm Văn Cường", None)}),
]



# A title and its holder's name in brackets after it ("Phó Chủ tịch UBND tỉnh (ông A) trả lời"): the one name.
BRACKETED_HOLDERS = [
    ("Phó Chủ tịch UBND tỉnh (ông Lê Văn An) trả lời chất vấn.", {("Lê Văn An", "Phó Chủ tịch UBND tỉnh")}),
    ("Theo Giám đốc Sở Y tế (bà Trần Thị Bình), bệnh viện đã đủ thuốc.", {("Trần Thị Bình", "Giám đốc Sở Y tế")}),
    # a bracket that says more than the name is not the holder
    ("Đoàn công tác của Sở Y tế (do ông Lê Văn An dẫn đầu) đã đến thăm.", {("Lê Văn An", None)}),
    ("Ông Phạm Văn Cường, Phó Chủ tịch UBND tỉnh (thay ông Lê Văn An), phát biểu.",
     {("Phạm Văn Cường", "Phó Chủ tịch UBND tỉnh"), ("Lê Văn An", None)}),
]



# A list of the elected whose header names no post ("Danh sách người trúng cử:", "Kết quả bầu cử:") takes the
# post of the election the text named before ("… kết quả bầu cử đại biểu HĐND tỉnh khóa XII."); a line opened
# by a label and its colon ("Đơn vị bầu cử số 1: ông A, T1; bà B, T2.") gives it to each item's person.
ELECTED_LISTS = [
    ("Ủy ban bầu cử tỉnh công bố kết quả bầu cử đại biểu HĐND tỉnh khóa XII.\nDanh sách người trúng cử:\n"
     "- Ông Lê Văn An\n- Bà Trần Thị Bình",
     {("Lê Văn An", "đại biểu HĐND tỉnh"), ("Trần Thị Bình", "đại biểu HĐND tỉnh")}),
    ("Huyện công bố kết quả bầu cử đại biểu HĐND huyện.\nKết quả bầu cử:\n"
     "Đơn vị bầu cử số 1: ông Lê Văn An, Bí thư Huyện ủy; bà Trần Thị Bình, Trưởng Công an huyện.\n"
     "Đơn vị bầu cử số 2: ông Phạm Văn Cường, Giám đốc Trung tâm Y tế huyện.\nCử tri đi bầu đạt 99%.",
     {("Lê Văn An", "đại biểu HĐND huyện"), ("Lê Văn An", "Bí thư Huyện ủy"),
      ("Trần Thị Bình", "đại biểu HĐND huyện"), ("Trần Thị Bình", "Trưởng Công an huyện"),
      ("Phạm Văn Cường", "đại biểu HĐND huyện"), ("Phạm Văn Cường", "Giám đốc Trung tâm Y tế huyện")}),
    # no election named before: nothing to give
    ("Danh sách người trúng cử:\n- Ông Lê Văn An\n- Bà Trần Thị Bình", {("Lê Văn An", None), ("Trần Thị Bình", None)}),
    # the list has ended: a later person keeps only their own title
    ("Tỉnh công bố kết quả bầu cử đại biểu HĐND tỉnh.\nDanh sách người trúng cử:\n- Ông Lê Văn An\n"
     "Ông Phạm Văn Cường, Chủ tịch Ủy ban bầu cử tỉnh, phát biểu.",
     {("Lê Văn An", "đại biểu HĐND tỉnh"), ("Phạm Văn Cường", "Chủ tịch Ủy ban bầu cử tỉnh")}),
]



# A new post named without its holder ("Hòa Phong có tân Chủ tịch UBND tỉnh", an article's title line), then a
# name and a verb of being elected with no title of its own: the post is that name's, as after an electing verb.
NEW_POSTS = [
    ("Hòa Phong có tân Chủ tịch UBND tỉnh\nChiều 5/7/2026, HĐND tỉnh tổ chức kỳ họp chuyên đề. "
     "Với 100% đại biểu tán thành, ông Lê Văn An đã trúng cử.",
     {("Lê Văn An", "Chủ tịch UBND tỉnh")}),
    ("Huyện Tân Lạc có tân Phó Chủ tịch UBND huyện\nBà Trần Thị Bình được bầu với 30/31 phiếu.",
     {("Trần Thị Bình", "Phó Chủ tịch UBND huyện")}),
    # a verb that takes no post: nothing
    ("Hòa Phong có tân Chủ tịch UBND tỉnh\nÔng Lê Văn An phát biểu chúc mừng.", {("Lê Văn An", None)}),
]



# A title opening its sentence, then "là" and a list joined by "và" that ends the sentence: each name holds it
# (only the first did); a verb after the list leaves it to the first ("Tân Chủ tịch … là ông A và bà B chúc mừng").
COPULA_LISTS = [
    ("Phó Chủ tịch UBND tỉnh là bà Trần Thị Bình và ông Phạm Văn Cường.",
     {("Trần Thị Bình", "Phó Chủ tịch UBND tỉnh"), ("Phạm Văn Cường", "Phó Chủ tịch UBND tỉnh")}),
    ("Phó Chủ tịch HĐND huyện là ông Lê Văn An, Trưởng Ban Pháp chế và bà Trần Thị Bình, Chánh Văn phòng.",
     {("Lê Văn An", "Phó Chủ tịch HĐND huyện"), ("Lê Văn An", "Trưởng Ban Pháp chế"),
      ("Trần Thị Bình", "Phó Chủ tịch HĐND huyện"), ("Trần Thị Bình", "Chánh Văn phòng")}),
    ("Tân Chủ tịch UBND huyện là ông Lý Văn Hưng và bà Quan Thị Hằng chúc mừng ông.",
     {("Lý Văn Hưng", "Chủ tịch UBND huyện"), ("Quan Thị Hằng", None)}),
]



# A post still to be filled ("… cho đến khi kiện toàn chức danh Giám đốc") is nobody's; after a passive marker
# ("cho đến khi được điều động giữ chức T") it is the subject's.
PENDING_POSTS = [
    ("Bà Trần Thị Bình, Quyền Giám đốc Sở Y tế, được giao phụ trách Sở cho đến khi kiện toàn chức danh Giám đốc.",
     {("Trần Thị Bình", "Quyền Giám đốc Sở Y tế")}),
    ("Ông Lê Văn An điều hành UBND huyện cho đến khi bầu được Chủ tịch UBND huyện mới.", {("Lê Văn An", None)}),
    ("Ông Lê Văn An làm Bí thư Huyện ủy Tân Lạc cho đến khi được điều động giữ chức Giám đốc Sở Nội vụ.",
     {("Lê Văn An", "Bí thư Huyện ủy Tân Lạc"), ("Lê Văn An", "Giám đốc Sở Nội vụ")}),
]



# A table's row: a tab or a bar between a name and its title is an apposition's separator.
TABLE_ROWS = [
    ("Danh sách Ủy viên UBND tỉnh:\n1. Ông Lê Văn An\tGiám đốc Sở Tài chính\n2. Bà Trần Thị Bình | Giám đốc Sở Y tế",
     {("Lê Văn An", "Ủy viên UBND tỉnh"), ("Lê Văn An", "Giám đốc Sở Tài chính"),
      ("Trần Thị Bình", "Ủy viên UBND tỉnh"), ("Trần Thị Bình", "Giám đốc Sở Y tế")}),
    ("Bà Trần Thị Bình\tPhó Chủ tịch HĐND huyện", {("Trần Thị Bình", "Phó Chủ tịch HĐND huyện")}),
]



# A post an electing verb names without its holders (a count in digits too: "bầu bổ sung 2 Phó Chủ tịch UBND
# tỉnh"), then a list of names and a verb of being elected: each name of the list holds it (only the last did).
ANAPHOR_LISTS = [
    ("HĐND tỉnh đã tiến hành bầu bổ sung 2 Phó Chủ tịch UBND tỉnh. Kết quả, ông Lê Văn An và bà Trần Thị Bình trúng cử.",
     {("Lê Văn An", "Phó Chủ tịch UBND tỉnh"), ("Trần Thị Bình", "Phó Chủ tịch UBND tỉnh")}),
    ("HĐND tỉnh bầu các Ủy viên UBND tỉnh. Kết quả, các ông Lê Văn An, Phạm Văn Cường và bà Trần Thị Bình đều "
     "trúng cử với số phiếu cao.",
     {("Lê Văn An", "Ủy viên UBND tỉnh"), ("Phạm Văn Cường", "Ủy viên UBND tỉnh"), ("Trần Thị Bình", "Ủy viên UBND tỉnh")}),
    ("HĐND tỉnh bầu Phó Chủ tịch HĐND tỉnh. Kết quả, ông Lê Văn An, Trưởng Ban Pháp chế, và bà Trần Thị Bình, "
     "Trưởng Ban Dân tộc, trúng cử.",
     {("Lê Văn An", "Phó Chủ tịch HĐND tỉnh"), ("Lê Văn An", "Trưởng Ban Pháp chế"),
      ("Trần Thị Bình", "Phó Chủ tịch HĐND tỉnh"), ("Trần Thị Bình", "Trưởng Ban Dân tộc")}),
    # another clause's person is not on the list
    ("Kỳ họp bầu Chủ tịch UBND huyện. Ông Lê Văn An trúng cử với 30/31 phiếu; bà Trần Thị Bình, Bí thư Huyện ủy, chúc mừng.",
     {("Lê Văn An", "Chủ tịch UBND huyện"), ("Trần Thị Bình", "Bí thư Huyện ủy")}),
]



# A list's header that is a body standing for its membership ("Ban Thường vụ Tỉnh ủy gồm:"): each line's person
# is a member ("Ủy viên Ban Thường vụ Tỉnh ủy"), besides their own title.
MEMBERSHIP_HEADERS = [
    ("Ban Thường vụ Tỉnh ủy khóa XV gồm:\n- Ông Lê Văn An, Bí thư Tỉnh ủy\n- Bà Trần Thị Bình, Phó Bí thư Tỉnh ủy",
     {("Lê Văn An", "Ủy viên Ban Thường vụ Tỉnh ủy"), ("Lê Văn An", "Bí thư Tỉnh ủy"),
      ("Trần Thị Bình", "Ủy viên Ban Thường vụ Tỉnh ủy"), ("Trần Thị Bình", "Phó Bí thư Tỉnh ủy")}),
    ("Danh sách Ban Thường vụ Huyện ủy:\n1. Ông Lê Văn An\n2. Bà Trần Thị Bình",
     {("Lê Văn An", "Ủy viên Ban Thường vụ Huyện ủy"), ("Trần Thị Bình", "Ủy viên Ban Thường vụ Huyện ủy")}),
    ("Ban Thường vụ Tỉnh ủy đã họp:\n- Ông Lê Văn An phát biểu.", {("Lê Văn An", None)}),
]



# A counted or plural title, then its holders in brackets ("bầu 3 Phó Chủ tịch UBND tỉnh (ông A, bà B và ông C)").
BRACKETED_LISTS = [
    ("Kỳ họp đã bầu 3 Phó Chủ tịch UBND tỉnh (ông Lê Văn An, bà Trần Thị Bình và ông Phạm Văn Cường).",
     {("Lê Văn An", "Phó Chủ tịch UBND tỉnh"), ("Trần Thị Bình", "Phó Chủ tịch UBND tỉnh"),
      ("Phạm Văn Cường", "Phó Chủ tịch UBND tỉnh")}),
    ("Hai Phó Chủ tịch UBND tỉnh (bà Trần Thị Bình, ông Lê Văn An) dự họp.",
     {("Trần Thị Bình", "Phó Chủ tịch UBND tỉnh"), ("Lê Văn An", "Phó Chủ tịch UBND tỉnh")}),
    ("Ông Phạm Văn Cường được bầu làm Phó Chủ tịch UBND tỉnh (thay ông Lê Văn An).",
     {("Phạm Văn Cường", "Phó Chủ tịch UBND tỉnh"), ("Lê Văn An", None)}),
]



# A table's row, its cells split by tabs: a number in the first cell is no house number, and the
# honorific opening the next cell is no part of the name; an address's number still makes a street.
TABLE_CELLS = [
    ("Danh sách:\n1\tÔng Nguyễn Văn An\tGiám đốc Sở Y tế\n2\tBà Trần Thị Bình\tGiám đốc Sở Tài chính\n",
     {("Nguyễn Văn An", "Giám đốc Sở Y tế"), ("Trần Thị Bình", "Giám đốc Sở Tài chính")}),
    ("Ông Lê Văn Cường trú tại 45 Lê Lợi, phường 2.", {("Lê Văn Cường", None)}),
    ("Cửa hàng ở số 12 Bà Triệu bán sách cũ.", set()),
]


# A delegate written before a name in a council's session is that council's delegate ("đại biểu HĐND tỉnh",
# a role by the guidelines, its body left implicit); outside a session the word alone is no role.
DELEGATES = [
    ("Sáng 10/7, HĐND tỉnh khai mạc kỳ họp thứ 12.\n\nĐại biểu Nguyễn Văn Hùng (Tổ đại biểu huyện Tân Lạc) chất vấn.",
     {("Nguyễn Văn Hùng", "đại biểu HĐND tỉnh")}),
    ("Kỳ họp thứ 12 HĐND tỉnh khóa XI\n\nCác đại biểu Phạm Văn Đức, Hoàng Thị Mai phát biểu.\n\nĐB Vũ Văn Nam nêu ý kiến.",
     {("Phạm Văn Đức", "đại biểu HĐND tỉnh"), ("Hoàng Thị Mai", "đại biểu HĐND tỉnh"), ("Vũ Văn Nam", "đại biểu HĐND tỉnh")}),
    ("Sáng 20/5, Quốc hội khai mạc kỳ họp thứ 7.\n\nĐại biểu Nguyễn Thị Hà (đoàn Hòa Phong) chất vấn Bộ trưởng.",
     {("Nguyễn Thị Hà", "đại biểu Quốc hội")}),
    ("Kỳ họp thứ 12 HĐND tỉnh\n\nĐại biểu HĐND tỉnh Lê Văn Tú, Trưởng Ban Pháp chế HĐND tỉnh, phát biểu.",
     {("Lê Văn Tú", "Đại biểu HĐND tỉnh"), ("Lê Văn Tú", "Trưởng Ban Pháp chế HĐND tỉnh")}),
    ("Hội nghị tổng kết công tác Mặt trận năm 2024.\n\nĐại biểu Nguyễn Văn Hùng phát biểu tham luận.",
     {("Nguyễn Văn Hùng", None)}),
]


# A physician's grade after the occupation does not break the list of a person's titles.
SPECIALTY_GRADES = [
    ("Ông Võ Văn Tư, Bác sĩ chuyên khoa II, Giám đốc Bệnh viện tỉnh, phát biểu.",
     {("Võ Văn Tư", "Bác sĩ"), ("Võ Văn Tư", "Giám đốc Bệnh viện tỉnh")}),
    ("Bà Lê Thị Hoa, bác sĩ CKI, Trưởng khoa Nhi Bệnh viện huyện, cho biết.",
     {("Lê Thị Hoa", "bác sĩ"), ("Lê Thị Hoa", "Trưởng khoa Nhi Bệnh viện huyện")}),
]


# "ông"/"bà" in a plural or a pair ("các ông, bà có tên sau", "Ông, bà nào") is a group: no pronoun for the subject
# of the sentences before, who would take the list's title.
GROUP_HONORIFICS = [
    ("Bà Cù Thị Hương, Giám đốc Sở Y tế, được bầu giữ chức Ủy viên UBND tỉnh. Kết quả, các ông, bà có tên sau đã "
     "trúng cử Ủy viên UBND tỉnh: ông Lý Văn Cường, Giám đốc Sở Xây dựng; bà Mai Thị Lý, Giám đốc Sở Tư pháp.",
     {("Cù Thị Hương", "Giám đốc Sở Y tế"), ("Cù Thị Hương", "Ủy viên UBND tỉnh"),
      ("Lý Văn Cường", "Ủy viên UBND tỉnh"), ("Lý Văn Cường", "Giám đốc Sở Xây dựng"),
      ("Mai Thị Lý", "Ủy viên UBND tỉnh"), ("Mai Thị Lý", "Giám đốc Sở Tư pháp")}),
    ("Ông Lý Văn Cường, Giám đốc Sở Xây dựng, phát biểu. Những ông bà có tên trên được bầu làm Ủy viên UBND tỉnh.",
     {("Lý Văn Cường", "Giám đốc Sở Xây dựng")}),
    ("Bà Cù Thị Hương chủ trì. Ông, bà được giới thiệu ứng cử Phó Chủ tịch HĐND tỉnh phải có mặt.",
     {("Cù Thị Hương", None)}),
    # the subject's own pronoun still is one
    ("Bà Cù Thị Hương, Giám đốc Sở Tư pháp, phát biểu. Sau đó bà được bổ nhiệm giữ chức Phó Chủ tịch UBND tỉnh.",
     {("Cù Thị Hương", "Giám đốc Sở Tư pháp"), ("Cù Thị Hương", "Phó Chủ tịch UBND tỉnh")}),
]


# A comma before the list's copula ("bầu 3 Phó Chủ tịch UBND tỉnh, gồm: A, B, C") still opens the list.
COMMA_COPULAS = [
    ("HĐND tỉnh đã bầu 3 Phó Chủ tịch UBND tỉnh, gồm: ông Kha Văn Tùng, ông Lục Minh Quân, bà Lưu Thị Ngọc.",
     {("Kha Văn Tùng", "Phó Chủ tịch UBND tỉnh"), ("Lục Minh Quân", "Phó Chủ tịch UBND tỉnh"),
      ("Lưu Thị Ngọc", "Phó Chủ tịch UBND tỉnh")}),
    ("HĐND huyện bầu hai Phó Chủ tịch UBND huyện, là ông Kha Văn Tùng và bà Lưu Thị Ngọc.",
     {("Kha Văn Tùng", "Phó Chủ tịch UBND huyện"), ("Lưu Thị Ngọc", "Phó Chủ tịch UBND huyện")}),
    # a comma before anything else is no list's opening
    ("HĐND tỉnh đã bầu Phó Chủ tịch UBND tỉnh, ông Kha Văn Tùng cho biết.", {("Kha Văn Tùng", None)}),
]


# "đặc khu", the special zone (Phú Quốc, Côn Đảo, Vân Đồn …), is a level with its place named after it.
SPECIAL_ZONES = [
    ("Ông Trương Văn Giáp, Chủ tịch UBND đặc khu Phú Quốc; bà Lê Thị Mơ, Bí thư Đảng ủy đặc khu Côn Đảo phát biểu.",
     {("Trương Văn Giáp", "Chủ tịch UBND đặc khu Phú Quốc"), ("Lê Thị Mơ", "Bí thư Đảng ủy đặc khu Côn Đảo")}),
    ("Đặc khu Vân Đồn có 12 thôn. Chủ tịch UBND đặc khu Lý Văn Sơn cho biết.",
     {("Lý Văn Sơn", "Chủ tịch UBND đặc khu")}),  # the level without its place, then the name: no place of a person
]


# The construction tables after CASES, one test over them all (each case's id: its table and sentence).
# --- Constructions of state-body appointment news (stop 23; written against half of dev2's d1* part)
# A department named by what it does, in lower-case words: to a comma, a bracket, the sentence's end after a
# capitalised word, or a word that ends a noun phrase ("cho", "đã"); a verb ("cho biết", "phát biểu") stops it.
DESCRIPTIVE_DEPARTMENTS = [
    ("Ông Quách Văn Thịnh, Vụ trưởng Vụ Tài chính các ngân hàng và Tổ chức tài chính, trình bày dự thảo.",
     {("Quách Văn Thịnh", "Vụ trưởng Vụ Tài chính các ngân hàng và Tổ chức tài chính")}),
    ("Bà Kiều Thị Nhàn, Phó Vụ trưởng Vụ Kiểm sát thi hành án hình sự (VKSND tối cao) dự họp.",
     {("Kiều Thị Nhàn", "Phó Vụ trưởng Vụ Kiểm sát thi hành án hình sự")}),
    ("Ông Quách Văn Thịnh được bổ nhiệm làm Viện trưởng Viện kiểm sát quân sự Quân khu 9.",
     {("Quách Văn Thịnh", "Viện trưởng Viện kiểm sát quân sự Quân khu 9")}),
    ("Bộ trưởng trao quyết định bổ nhiệm chức vụ Cục trưởng Cục Quản lý đấu thầu cho ông Quách Văn Thịnh.",
     {("Quách Văn Thịnh", "Cục trưởng Cục Quản lý đấu thầu")}),
    ("Ông Quách Văn Thịnh, Cục trưởng Cục Phòng chống tệ nạn xã hội phát biểu.",
     {("Quách Văn Thịnh", "Cục trưởng Cục Phòng chống")}),
    ("Vụ trưởng Vụ Pháp chế Quách Văn Thịnh cho biết, dự thảo sẽ được sửa.",
     {("Quách Văn Thịnh", "Vụ trưởng Vụ Pháp chế")}),
    ("Ông Quách Văn Thịnh là Vụ trưởng Vụ Tổng hợp mới được bổ nhiệm.",
     {("Quách Văn Thịnh", "Vụ trưởng Vụ Tổng hợp")}),
]
# A local paper's own unit, its level capitalised and standing for its name ("Công an Thị xã", "UBND Huyện").
OWN_LEVELS = [
    ("Ông Lục Văn Đạt, Trưởng Công an Thị xã trúng cử Ủy viên UBND Thị xã.",
     {("Lục Văn Đạt", "Trưởng Công an Thị xã"), ("Lục Văn Đạt", "Ủy viên UBND Thị xã")}),
    ("Ông Lục Văn Đạt, Phó Trưởng Công an Huyện, báo cáo tình hình an ninh.",
     {("Lục Văn Đạt", "Phó Trưởng Công an Huyện")}),
    ("Ông Lục Văn Đạt, Chủ tịch UBND Thị xã Phú Lâm, phát biểu.", {("Lục Văn Đạt", "Chủ tịch UBND Thị xã Phú Lâm")}),
]
# "VP" for "Văn phòng" in an office chief's title.
OFFICE_ABBREVIATIONS = [
    ("Ông Hứa Văn Lực, Chánh VP HĐND thành phố, đọc tờ trình.", {("Hứa Văn Lực", "Chánh VP HĐND thành phố")}),
    ("Bà Hứa Thị Mận, Phó Chánh VP UBND tỉnh Hòa Phong dự họp.", {("Hứa Thị Mận", "Phó Chánh VP UBND tỉnh Hòa Phong")}),
]
# "anh", "chị" after a title and a comma, as the youth union's papers write them.
YOUTH_HONORIFICS = [
    ("Bí thư Tỉnh đoàn, anh Vi Đức Hậu, trao cờ thi đua.", {("Vi Đức Hậu", "Bí thư Tỉnh đoàn")}),
    ("Phó Bí thư Thành đoàn, chị Vi Thị Hạnh tặng quà các em.", {("Vi Thị Hạnh", "Phó Bí thư Thành đoàn")}),
]
# Two posts joined by a spaced dash share the body after the second; a post with its own body keeps it.
DASHED_POSTS = [
    ("Ông Đàm Văn Khởi, Phó Chủ tịch - Tổng Thư ký Hội Nông dân tỉnh, dự lễ.",
     {("Đàm Văn Khởi", "Phó Chủ tịch Hội Nông dân tỉnh"), ("Đàm Văn Khởi", "Tổng Thư ký Hội Nông dân tỉnh")}),
    ("Ông Đàm Văn Khởi, Bí thư Chi bộ - Trưởng thôn Đồng Me phát biểu.",
     {("Đàm Văn Khởi", "Bí thư Chi bộ"), ("Đàm Văn Khởi", "Trưởng thôn Đồng Me")}),
]
# A career history: "A rồi B" (the first takes the body of the second, a qualifier apart), a marker the
# segmenter glues to "chức", the subject's pronoun before a verb of holding posts with no comma before it.
CAREER_CHAINS = [
    ("Ông Tô Văn Hiếu từng làm Phó Bí thư rồi Bí thư Thường trực Tỉnh đoàn Hòa Phong.",
     {("Tô Văn Hiếu", "Phó Bí thư Tỉnh đoàn Hòa Phong"), ("Tô Văn Hiếu", "Bí thư Thường trực Tỉnh đoàn Hòa Phong")}),
    ("Sau ba năm giữ chức quyền Bí thư thứ nhất rồi Bí thư thứ nhất Trung ương Đoàn, ông Tô Văn Hiếu về tỉnh.",
     {("Tô Văn Hiếu", "quyền Bí thư thứ nhất Trung ương Đoàn"), ("Tô Văn Hiếu", "Bí thư thứ nhất Trung ương Đoàn")}),
    ("Ông Tô Văn Hiếu sinh năm 1971. Trước khi được bầu làm Chủ tịch UBND tỉnh ông từng kinh qua các chức vụ như "
     "Bí thư Huyện ủy Tân Lạc; Giám đốc Sở Nội vụ.",
     {("Tô Văn Hiếu", "Chủ tịch UBND tỉnh"), ("Tô Văn Hiếu", "Bí thư Huyện ủy Tân Lạc"),
      ("Tô Văn Hiếu", "Giám đốc Sở Nội vụ")}),
    # not a pronoun: "bà con" are the people of a place
    ("Ông Tô Văn Hiếu thăm xã. Trước khi đoàn về bà con từng gửi kiến nghị lên Chủ tịch UBND huyện.",
     {("Tô Văn Hiếu", None)}),
]
# A minister's ministry with or without "Bộ" is one role.
MINISTRY_SPELLINGS = [
    ("Bộ trưởng Tài chính Lạc Văn Phúc phát biểu. Bộ trưởng Bộ Tài chính Lạc Văn Phúc cho biết thêm.",
     {("Lạc Văn Phúc", "Bộ trưởng Tài chính")}),
    ("Thứ trưởng Thường trực Bộ Ngoại giao Lạc Văn Phúc tiếp đoàn.",
     {("Lạc Văn Phúc", "Thứ trưởng Thường trực Bộ Ngoại giao")}),
]
# A title's term between two titles of one person's chain, with its comma.
TERMS_IN_CHAINS = [
    ("Ông Mông Văn Sáu, Chủ tịch HĐND huyện khóa XX, nhiệm kỳ 2021-2026, Bí thư Huyện ủy Tân Lạc được điều động.",
     {("Mông Văn Sáu", "Chủ tịch HĐND huyện"), ("Mông Văn Sáu", "Bí thư Huyện ủy Tân Lạc")}),
    ("Hội nghị bổ sung ông Mông Văn Sáu, Ủy viên Ủy ban MTTQ tỉnh, nhiệm kỳ 2019-2024, Trưởng Ban Dân vận Tỉnh ủy "
     "giữ chức Phó Chủ tịch Ủy ban MTTQ tỉnh.",
     {("Mông Văn Sáu", "Ủy viên Ủy ban MTTQ tỉnh"), ("Mông Văn Sáu", "Trưởng Ban Dân vận Tỉnh ủy"),
      ("Mông Văn Sáu", "Phó Chủ tịch Ủy ban MTTQ tỉnh")}),
]
# Relieved of a membership: "không tiếp tục tham gia T1, T2"; a post given for a term: "bổ nhiệm có thời hạn
# chức vụ T cho bà A"; a rank equal to a post ("Hàm Vụ phó") between a name and its title, and a trainee's post.
RELIEVED_AND_TERMED = [
    ("Hội nghị đồng ý để bà Ninh Thị Cúc thôi giữ chức Chủ tịch Hội Phụ nữ tỉnh và không tiếp tục tham gia "
     "Ủy viên Đoàn Chủ tịch, Ủy viên Ban Chấp hành Hội Phụ nữ tỉnh.",
     {("Ninh Thị Cúc", "Chủ tịch Hội Phụ nữ tỉnh"), ("Ninh Thị Cúc", "Ủy viên Đoàn Chủ tịch"),
      ("Ninh Thị Cúc", "Ủy viên Ban Chấp hành Hội Phụ nữ tỉnh")}),
    ("Giám đốc Sở trao quyết định bổ nhiệm có thời hạn chức vụ Trưởng phòng Tổ chức cán bộ cho bà Ninh Thị Cúc.",
     {("Ninh Thị Cúc", "Trưởng phòng Tổ chức cán bộ")}),
    ("Bổ nhiệm ông Ninh Văn Toản, Hàm Vụ phó, tập sự Phó Vụ trưởng Vụ Pháp chế, giữ chức Phó Vụ trưởng Vụ Pháp chế.",
     {("Ninh Văn Toản", "tập sự Phó Vụ trưởng Vụ Pháp chế"), ("Ninh Văn Toản", "Phó Vụ trưởng Vụ Pháp chế")}),
]
# A name after "của" owns a noun; the name in apposition to that noun is the verb's subject.
POSSESSORS = [
    ("Người tiền nhiệm của bà Ninh Thị Cúc, ông Ninh Văn Toản, đã được điều động giữ chức Phó Giám đốc Sở Tư pháp.",
     {("Ninh Thị Cúc", None), ("Ninh Văn Toản", "Phó Giám đốc Sở Tư pháp")}),
]

# A post the press names by its province or city alone ("Chủ tịch Hà Nội A"); the same post spelled in full
# later is one role; "Chủ tịch Hồ Chí Minh" is the President, no city's chairman.
PROVINCE_POSTS = [
    ("Chủ tịch Cần Thơ Trịnh Văn Lực chỉ đạo các quận khắc phục sạt lở.", {("Trịnh Văn Lực", "Chủ tịch Cần Thơ")}),
    ("Bí thư Hải Phòng Trịnh Văn Lực thăm công nhân. Bí thư Thành ủy Hải Phòng Trịnh Văn Lực yêu cầu làm ngay.",
     {("Trịnh Văn Lực", "Bí thư Thành ủy Hải Phòng")}),
    ("Ông Trịnh Văn Lực, Phó Chủ tịch Đà Nẵng, cho biết dự án sẽ khởi công.", {("Trịnh Văn Lực", "Phó Chủ tịch Đà Nẵng")}),
    ("Lời dạy của Chủ tịch Hồ Chí Minh được ông Trịnh Văn Lực nhắc lại.",
     {("Hồ Chí Minh", None), ("Trịnh Văn Lực", None)}),
]
# A place glued to its abbreviated level ("TP.Thủ Dầu Một", "TX.Bến Cát"): the level's stop ends no sentence and
# the place's name goes on past its first syllable; a person's name after it is no part of it.
GLUED_LEVELS = [
    ("Ông Nguyễn Đình Khải, Chủ tịch UBND TP.Thủ Dầu Một, phát biểu.",
     {("Nguyễn Đình Khải", "Chủ tịch UBND TP.Thủ Dầu Một")}),
    ("Chủ tịch UBND TX.Bến Lức Nguyễn Đình Khải tiếp dân.", {("Nguyễn Đình Khải", "Chủ tịch UBND TX.Bến Lức")}),
    ("Ông Nguyễn Đình Khải, Bí thư Thị ủy TX. Bến Lức, dự họp.", {("Nguyễn Đình Khải", "Bí thư Thị ủy TX. Bến Lức")}),
    ("Chủ tịch UBND TP.Vinh Nguyễn Đình Khải tiếp dân.", {("Nguyễn Đình Khải", "Chủ tịch UBND TP.Vinh")}),
]
# Crawled lists and hurried typing: a "+" bullet opens an item as a dash does ("+ Ông A, T"); a dash typed
# without spaces between a name and its title ("A-Chủ tịch …") ends the name; a foreign name keeps its hyphen.
NOISY_SEPARATORS = [
    ("Thành phần gồm:\n+ Ông Thạch Văn Lũy, Giám đốc Sở Tài chính;\n+ Bà Thạch Thị Mơ, Giám đốc Sở Nội vụ.",
     {("Thạch Văn Lũy", "Giám đốc Sở Tài chính"), ("Thạch Thị Mơ", "Giám đốc Sở Nội vụ")}),
    ("• Bà Thạch Thị Mơ, Phó Giám đốc Sở Y tế.", {("Thạch Thị Mơ", "Phó Giám đốc Sở Y tế")}),
    ("Ông Thạch Văn Lũy-Phó Chủ tịch UBND huyện trả lời cử tri.", {("Thạch Văn Lũy", "Phó Chủ tịch UBND huyện")}),
    ("Ông Jean-Pierre Moreau, Đại sứ Pháp, thăm tỉnh.", {("Jean-Pierre Moreau", "Đại sứ Pháp")}),
]
# A biography's card: a line of titles alone right after a labelled line ("Dân tộc: Kinh.") is the card's
# subject's, and so is the next such line; a line that goes on past its title ("… cho biết …") is not.
BIOGRAPHY_CARDS = [
    ("Đồng chí Lã Văn Thọ, sinh ngày 5-3-1968, tại xã Tân Lạc. Dân tộc: Mường. Ngày vào Đảng: 2-9-1990. "
     "Ủy viên Ban Chấp hành Trung ương Đảng khóa XII; XIII. Đại biểu Quốc hội khóa XIV; XV.",
     {("Lã Văn Thọ", "Ủy viên Ban Chấp hành Trung ương Đảng"), ("Lã Văn Thọ", "Đại biểu Quốc hội")}),
    ("Tiểu sử đồng chí Lã Văn Thọ:\n- Sinh ngày: 5/3/1968\n- Quê quán: xã Tân Lạc\n- Ủy viên Trung ương Đảng khóa XIII\n"
     "- Bí thư Tỉnh ủy Hòa Phong.",
     {("Lã Văn Thọ", "Ủy viên Trung ương Đảng"), ("Lã Văn Thọ", "Bí thư Tỉnh ủy Hòa Phong")}),
    ("Ông Lã Văn Thọ sinh năm 1968. Dân tộc: Mường. Giám đốc Sở Y tế cho biết sẽ kiểm tra.", {("Lã Văn Thọ", None)}),
    # the same office written two ways is one role
    ("Đồng chí Lã Văn Thọ, Ủy viên Trung ương Đảng, dự lễ. Dân tộc: Mường. Ủy viên Ban Chấp hành Trung ương Đảng khóa XIII.",
     {("Lã Văn Thọ", "Ủy viên Trung ương Đảng")}),
]
# A post by its name alone ("Bộ trưởng", "Bí thư") opening a chain of titles before a name is that name's too;
# not after a word that makes the chain another's ("Ý kiến của Phó Thủ tướng, …").
CHAINED_BARE_POSTS = [
    ("Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ Kiều Văn Nam chủ trì họp báo.",
     {("Kiều Văn Nam", "Bộ trưởng"), ("Kiều Văn Nam", "Chủ nhiệm Văn phòng Chính phủ")}),
    ("Bí thư, Chủ tịch UBND xã Tân Phú Kiều Văn Nam báo cáo.",
     {("Kiều Văn Nam", "Bí thư"), ("Kiều Văn Nam", "Chủ tịch UBND xã Tân Phú")}),
    ("Ý kiến của Phó Thủ tướng, Chủ tịch UBND tỉnh Kiều Văn Nam được ghi nhận.",
     {("Kiều Văn Nam", "Chủ tịch UBND tỉnh")}),
]
# The segmenter glues a place to the person named after it ("Tân_Phú_Kiều_Văn_Nam"): the place ends where
# syllables that look like a person's name begin.
GLUED_PLACE_AND_NAME = [
    ("Chủ tịch UBND xã Tân Phú Kiều Văn Nam báo cáo.", {("Kiều Văn Nam", "Chủ tịch UBND xã Tân Phú")}),
]
# A post given without its body after the body a person is sent to work at ("về nhận công tác tại Ban Tuyên
# giáo Thành ủy với chức vụ Trưởng ban"): the post of that body; a post with a body of its own keeps it.
WORKPLACES = [
    ("Ban Thường vụ điều động ông Mẫn Văn Tài về nhận công tác tại Ban Dân vận Tỉnh ủy với chức vụ Trưởng ban.",
     {("Mẫn Văn Tài", "Trưởng ban Dân vận Tỉnh ủy")}),
    ("UBND tỉnh điều động bà Mẫn Thị Lụa đến nhận công tác tại Sở Xây dựng và bổ nhiệm giữ chức Phó Giám đốc.",
     {("Mẫn Thị Lụa", "Phó Giám đốc Sở Xây dựng")}),
    ("Ông Mẫn Văn Tài được điều động đến công tác tại Sở Tư pháp, giữ chức Giám đốc Sở.",
     {("Mẫn Văn Tài", "Giám đốc Sở Tư pháp")}),
    ("Ông Mẫn Văn Tài được điều động về Văn phòng UBND tỉnh giữ chức Chánh Văn phòng.",
     {("Mẫn Văn Tài", "Chánh Văn phòng UBND tỉnh")}),
    ("Ông Mẫn Văn Tài được điều động về Sở Tư pháp giữ chức Phó Chủ tịch UBND huyện Tân Lạc.",
     {("Mẫn Văn Tài", "Phó Chủ tịch UBND huyện Tân Lạc")}),
]
# "nắm giữ nhiều vị trí quan trọng trong ngành giáo dục như T1 rồi T2": after "vị trí", "chức vụ", "nhiệm vụ",
# a few words of what the posts were about before "như"; without such a word, no post ("có nhiều đóng góp như T").
POSTS_ABOUT = [
    ("Xuất thân từ cán bộ xã, ông Lục Văn Khoa lần lượt nắm giữ nhiều vị trí quan trọng trong ngành giáo dục như "
     "Phó Trưởng phòng rồi Trưởng phòng Giáo dục huyện Tân Lạc.",
     {("Lục Văn Khoa", "Phó Trưởng phòng Giáo dục huyện Tân Lạc"), ("Lục Văn Khoa", "Trưởng phòng Giáo dục huyện Tân Lạc")}),
    ("Ông Lục Văn Khoa là người có nhiều đóng góp như Chủ tịch UBND huyện Tân Lạc đã ghi nhận.", {("Lục Văn Khoa", None)}),
]
TABLES = {name: globals()[name] for name in (
    "DEPUTIES",
    "GIFTED_SCHOOLS",
    "DASH_CHAINS",
    "HEADERS",
    "LIST_ENDS",
    "BODY_HEADERS",
    "CONCURRENT_POSTS",
    "VERB_LISTS",
    "RELATIVE_CLAUSES",
    "BRACKETED_HOLDERS",
    "ELECTED_LISTS",
    "NEW_POSTS",
    "COPULA_LISTS",
    "PENDING_POSTS",
    "TABLE_ROWS",
    "ANAPHOR_LISTS",
    "MEMBERSHIP_HEADERS",
    "BRACKETED_LISTS",
    "TABLE_CELLS",
    "DELEGATES",
    "SPECIALTY_GRADES",
    "GROUP_HONORIFICS",
    "COMMA_COPULAS",
    "SPECIAL_ZONES",
    "DESCRIPTIVE_DEPARTMENTS",
    "OWN_LEVELS",
    "OFFICE_ABBREVIATIONS",
    "YOUTH_HONORIFICS",
    "DASHED_POSTS",
    "CAREER_CHAINS",
    "MINISTRY_SPELLINGS",
    "TERMS_IN_CHAINS",
    "RELIEVED_AND_TERMED",
    "POSSESSORS",
    "PROVINCE_POSTS",
    "GLUED_LEVELS",
    "NOISY_SEPARATORS",
    "BIOGRAPHY_CARDS",
    "CHAINED_BARE_POSTS",
    "GLUED_PLACE_AND_NAME",
    "WORKPLACES",
    "POSTS_ABOUT",
)}


@pytest.mark.parametrize("text,expected", [c for table in TABLES.values() for c in table],
                         ids=[f"{name}:{c[0][:40]}" for name, table in TABLES.items() for c in table])
def test_construction_tables(text, expected):
    assert pairs(text) == expected
