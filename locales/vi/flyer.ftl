### Tiếng Việt (Vietnamese)
### Draft translation made from the English source; not yet reviewed by a native-speaker reviewer.

## Terms

# The state child-welfare agency, named in full with its abbreviation. Keep the
# abbreviation "DCF" in every language: it is what people hear on the phone.
# Requires: (DCF)
-child-welfare-agency = Sở Trẻ em và Gia đình Massachusetts (DCF)

## Poster: heading and definitions

# The main heading at the top of the poster. Also the PDF's document title.
poster-title = Bóc lột tình dục trẻ em vì mục đích thương mại là gì?

# First paragraph: the definition. "CSEC" is the English abbreviation used by
# agencies; keep it in parentheses after the translated term.
# Requires: (CSEC)
poster-definition = Bóc lột tình dục trẻ em vì mục đích thương mại (CSEC) xảy ra khi một người đề nghị, mua, trao đổi hoặc bán hành vi tình dục với trẻ em dưới 18 tuổi.

# Definition of child sex trafficking, in the legal sense.
poster-trafficking = Mua bán trẻ em vì mục đích tình dục là việc tuyển mộ, chứa chấp, vận chuyển, cung cấp hoặc chiếm giữ một trẻ em để thực hiện các hành vi tình dục.

# Who can be a victim. LGBTQ+ may stay as it is or use the term local LGBTQ+
# organizations use.
poster-victims = Nạn nhân có thể thuộc bất kỳ giới tính nào, và thanh thiếu niên LGBTQ+ có nguy cơ cao hơn.

# "Exchange" means what the child is given in return.
poster-exchange = Thứ được trao đổi không phải lúc nào cũng là tiền; đó có thể là bất cứ thứ gì có giá trị đối với trẻ.

# Lead-in to the list of examples below it.
poster-examples-heading = Các hình thức CSEC bao gồm:

## Poster: examples (one list item each)

# Example list item: sexual acts in person.
poster-example-in-person = Hành vi tình dục trực tiếp/gặp mặt
# Example list item: trafficking run by gangs.
poster-example-gang = Mua bán người do băng đảng điều hành
# Example list item: escort services, private parties, stripping.
poster-example-escort = Dịch vụ đi kèm khách (escort)/tiệc riêng/múa thoát y
# Example list item: photos or videos of a child online.
poster-example-online = Hình ảnh hoặc video trên mạng cho thấy trẻ em tham gia hành vi tình dục
# Example list item: explicit images a child makes of themselves.
poster-example-self-produced = Hình ảnh khiêu dâm do trẻ tự chụp hoặc tự quay

## Poster: warning signs (one list item each)

# Heading of the list of warning signs.
poster-signs-heading = Những dấu hiệu cần chú ý:

# Warning sign list item.
poster-sign-changes = Thay đổi về ngoại hình, sức khỏe tinh thần, sở thích cá nhân, cách ăn nói và thái độ
# Warning sign list item: expensive things with no known source of money.
poster-sign-luxury = Có đồ xa xỉ như làm móng, quần áo hàng hiệu mà không giải thích được nguồn tiền
# Warning sign list item.
poster-sign-school = Ít hoặc không đi học, hoặc mất hứng thú rõ rệt với việc học
# Warning sign list item: spending time with much older people.
poster-sign-older = Giao du với nhóm bạn lớn tuổi hơn nhiều hoặc với người lớn
# Warning sign list item.
poster-sign-messages = Nhận cuộc gọi, tin nhắn điện thoại hoặc tin nhắn trên mạng từ người lớn
# Warning sign list item.
poster-sign-hotel-keys = Có chìa khóa hoặc thẻ phòng khách sạn
# Vapes: electronic cigarettes. "No means of access": the child has no way to buy them.
poster-sign-vapes = Có thuốc lá điện tử (vape) hoặc chất gây nghiện mà trẻ không có cách nào tự mua được
# Warning sign list item.
poster-sign-accounts = Có nhiều số điện thoại hoặc nhiều tài khoản mạng xã hội
# "Care": foster care or a group home, as well as the family home.
poster-sign-missing = Bỏ đi khỏi nhà hoặc nơi nuôi dưỡng thay thế, hoặc mất tích trong thời gian dài

## Poster: what to do

# Heading of the section that says how to report.
poster-action-heading = Quý vị nên làm gì nếu nghi ngờ một trẻ em đang bị bóc lột tình dục vì mục đích thương mại?

# First step: report to the police or the child-welfare agency (the term).
poster-action-report = Nếu quý vị nghi ngờ một trẻ em dưới 18 tuổi có thể là nạn nhân, vui lòng báo ngay cho sở cảnh sát địa phương hoặc { -child-welfare-agency }.

# Reassurance: a reasonable suspicion is enough; no proof is needed.
poster-action-evidence = Quý vị không cần biết ai có thể là người gây ra, cũng không cần có bằng chứng xác thực rằng việc bóc lột đang xảy ra – chỉ cần có nghi ngờ hợp lý.

# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
#     Translations give the name in their language and keep the English name in
#     parentheses: callers hear it in English on the phone.
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
# Requires: ({ $hotline_name })
poster-action-call = Nếu quý vị có nghi ngờ hợp lý, vui lòng gọi đường dây nóng về trẻ em có nguy cơ ({ $hotline_name }) theo số { $hotline }.

# The hotline box: a short label above the number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
poster-hotline-label = Đường dây nóng: { $hotline_name }

# The hotline box: the number, printed large.
# Variables:
#   $hotline (String) - the hotline's phone number, e.g. "1-800-792-5200".
poster-hotline-number = { $hotline }

# The red emergency banner.
# Variables:
#   $emergency (String) - the emergency number, "911".
poster-emergency = Nếu trẻ đang gặp nguy hiểm tức thời, hãy gọi ngay { $emergency }.

## Poster: about the organization

# Uses the organization's name from flyer.toml.
poster-about = { -org-name } phối hợp với các cơ quan tiểu bang và các tổ chức cộng đồng để hỗ trợ một cách đồng bộ, lấy nạn nhân làm trung tâm, cho tất cả nạn nhân của nạn bóc lột tình dục và mua bán trẻ em.

# About the organization: its services cost nothing.
poster-free = Tất cả các dịch vụ đều miễn phí.

# Closing line. Uses the organization's name from flyer.toml.
poster-learn-more = Để tìm hiểu thêm về trẻ em bị bóc lột tình dục vì mục đích thương mại và ảnh hưởng của vấn đề này đối với cộng đồng chúng ta, vui lòng liên hệ { -org-name }.

## Wallet card (3.5 x 2 in): very short lines, printed at 7 to 9 pt

# Front of the card: the title.
card-title = Dấu hiệu trẻ em bị bóc lột tình dục

# Front of the card: the most telling signs, one list item each.
card-sign-changes = Bỗng thay đổi ngoại hình, tâm trạng, thái độ
# Card sign (short): gifts or expensive things.
card-sign-gifts = Có đồ đắt tiền không rõ nguồn gốc
# Card sign (short).
card-sign-school = Nghỉ học hoặc chán học
# Card sign (short).
card-sign-older = Chơi với bạn lớn tuổi hoặc người lớn
# Card sign (short).
card-sign-messages = Người lớn gọi, nhắn tin hoặc nhắn qua mạng
# Card sign (short).
card-sign-missing = Vắng nhà hoặc nơi nuôi dưỡng lâu ngày

# Back of the card: the heading.
card-action-heading = Cần làm gì

# Back of the card: no proof is needed.
card-action-suspicion = Không cần bằng chứng. Chỉ cần nghi ngờ hợp lý.

# Back of the card: the line above the hotline number.
# Variables:
#   $hotline_name (String) - the hotline's English name, e.g. "Child-at-Risk Hotline".
card-action-call = Gọi đường dây nóng { $hotline_name }:

# Back of the card: the emergency line.
# Variables:
#   $emergency (String) - the emergency number, "911".
card-emergency = Đang nguy hiểm? Gọi { $emergency }.

# Back of the card: who offers help. Uses the organization's name from flyer.toml.
card-org = { -org-name }: mọi dịch vụ đều miễn phí.

## Marks and descriptions that are not part of the flyer's text

# Printed small at the edge of every page made from a translation nobody has
# reviewed yet. Translate it; flyer prints the English beside it.
draft-marking = Bản dịch nháp, chưa được duyệt

# Printed small at the edge of every page on which some text is in English
# because this language's translation of it is missing (flyer build
# --allow-fallback). Translate it; flyer prints the English beside it.
fallback-marking = Văn bản tiếng Anh: chưa được dịch

# Alternative text of the QR code that dials the hotline (read by screen readers).
# Variables:
#   $hotline_name (String) - the hotline's English name.
#   $hotline (String) - the hotline's phone number.
qr-hotline-alt = Mã QR: quét để gọi đường dây nóng về trẻ em có nguy cơ ({ $hotline_name }) theo số { $hotline }
