### Tiếng Việt (Vietnamese)
### Draft translation made from the English source; not yet reviewed by a native-speaker reviewer.

## Terms

-child-welfare-agency = Sở Trẻ em và Gia đình Massachusetts (DCF)

## Poster: heading and definitions

poster-title = Bóc lột tình dục trẻ em vì mục đích thương mại là gì?

poster-definition = Bóc lột tình dục trẻ em vì mục đích thương mại (CSEC) xảy ra khi một người đề nghị, mua, trao đổi hoặc bán hành vi tình dục với trẻ em dưới 18 tuổi.

poster-trafficking = Mua bán trẻ em vì mục đích tình dục là việc tuyển mộ, chứa chấp, vận chuyển, cung cấp hoặc chiếm giữ một trẻ em để thực hiện các hành vi tình dục.

poster-victims = Nạn nhân có thể thuộc bất kỳ giới tính nào, và thanh thiếu niên LGBTQ+ có nguy cơ cao hơn.

poster-exchange = Thứ được trao đổi không phải lúc nào cũng là tiền; đó có thể là bất cứ thứ gì có giá trị đối với trẻ.

poster-examples-heading = Các hình thức CSEC bao gồm:

## Poster: examples (one list item each)

poster-example-in-person = Hành vi tình dục trực tiếp/gặp mặt
poster-example-gang = Mua bán người do băng đảng điều hành
poster-example-escort = Dịch vụ đi kèm khách (escort)/tiệc riêng/múa thoát y
poster-example-online = Hình ảnh hoặc video trên mạng cho thấy trẻ em tham gia hành vi tình dục
poster-example-self-produced = Hình ảnh khiêu dâm do trẻ tự chụp hoặc tự quay

## Poster: warning signs (one list item each)

poster-signs-heading = Những dấu hiệu cần chú ý:

poster-sign-changes = Thay đổi về ngoại hình, sức khỏe tinh thần, sở thích cá nhân, cách ăn nói và thái độ
poster-sign-luxury = Có đồ xa xỉ như làm móng, quần áo hàng hiệu mà không giải thích được nguồn tiền
poster-sign-school = Ít hoặc không đi học, hoặc mất hứng thú rõ rệt với việc học
poster-sign-older = Giao du với nhóm bạn lớn tuổi hơn nhiều hoặc với người lớn
poster-sign-messages = Nhận cuộc gọi, tin nhắn điện thoại hoặc tin nhắn trên mạng từ người lớn
poster-sign-hotel-keys = Có chìa khóa hoặc thẻ phòng khách sạn
poster-sign-vapes = Có thuốc lá điện tử (vape) hoặc chất gây nghiện mà trẻ không có cách nào tự mua được
poster-sign-accounts = Có nhiều số điện thoại hoặc nhiều tài khoản mạng xã hội
poster-sign-missing = Bỏ đi khỏi nhà hoặc nơi nuôi dưỡng thay thế, hoặc mất tích trong thời gian dài

## Poster: what to do

poster-action-heading = Quý vị nên làm gì nếu nghi ngờ một trẻ em đang bị bóc lột tình dục vì mục đích thương mại?

poster-action-report = Nếu quý vị nghi ngờ một trẻ em dưới 18 tuổi có thể là nạn nhân, vui lòng báo ngay cho sở cảnh sát địa phương hoặc { -child-welfare-agency }.

poster-action-evidence = Quý vị không cần biết ai có thể là người gây ra, cũng không cần có bằng chứng xác thực rằng việc bóc lột đang xảy ra – chỉ cần có nghi ngờ hợp lý.

poster-action-call = Nếu quý vị có nghi ngờ hợp lý, vui lòng gọi đường dây nóng bảo vệ trẻ em { $hotline_name } theo số { $hotline }.

poster-hotline-label = Đường dây nóng: { $hotline_name }

poster-hotline-number = { $hotline }

poster-emergency = Nếu trẻ đang gặp nguy hiểm tức thời, hãy gọi ngay { $emergency }.

## Poster: about the organization

poster-about = { -org-name } phối hợp với các cơ quan tiểu bang và các tổ chức cộng đồng để hỗ trợ một cách đồng bộ, lấy nạn nhân làm trung tâm, cho tất cả nạn nhân của nạn bóc lột tình dục và mua bán trẻ em.

poster-free = Tất cả các dịch vụ đều miễn phí.

poster-learn-more = Để tìm hiểu thêm về trẻ em bị bóc lột tình dục vì mục đích thương mại và ảnh hưởng của vấn đề này đối với cộng đồng chúng ta, vui lòng liên hệ { -org-name }.

## Wallet card (3.5 x 2 in): very short lines, printed at 7 to 9 pt

card-title = Dấu hiệu trẻ em bị bóc lột tình dục

card-sign-changes = Bỗng thay đổi ngoại hình, tâm trạng, thái độ
card-sign-gifts = Có đồ đắt tiền không rõ nguồn gốc
card-sign-school = Nghỉ học hoặc chán học
card-sign-older = Chơi với bạn lớn tuổi hoặc người lớn
card-sign-messages = Người lớn gọi, nhắn tin hoặc nhắn qua mạng
card-sign-missing = Vắng nhà hoặc nơi nuôi dưỡng lâu ngày

card-action-heading = Cần làm gì

card-action-suspicion = Không cần bằng chứng. Chỉ cần nghi ngờ hợp lý.

card-action-call = Gọi đường dây nóng { $hotline_name }:

card-emergency = Đang nguy hiểm? Gọi { $emergency }.

card-org = { -org-name }: mọi dịch vụ đều miễn phí.

## Marks and descriptions that are not part of the flyer's text

draft-marking = Bản dịch nháp, chưa được duyệt

qr-hotline-alt = Mã QR: quét để gọi đường dây nóng bảo vệ trẻ em { $hotline_name } theo số { $hotline }
