# Thông tin về bản sao, bản ngoại tuyến và bản in.

## Thông tin về bản sao trên mọi trang (trực tuyến, ngoại tuyến và bản in)

edition-heading = Về bản sao này
edition-generated = Phiên bản này được tạo ngày:
edition-data = Danh sách cơ sở tính đến ngày:
edition-online = Hướng dẫn trực tuyến:
edition-no-address = hướng dẫn này chưa có địa chỉ trực tuyến.
edition-check-online = Tình trạng chỉ định có thể thay đổi. Hãy kiểm tra hướng dẫn trực tuyến trước khi hành động.

## Bản ngoại tuyến

# $size là dung lượng tệp tải về, ví dụ "1,4 MB".
offline-download = Tải về để đọc ngoại tuyến ({ $size })
offline-size-kb = { $n }{"\u00A0"}KB
offline-size-mb = { $n }{"\u00A0"}MB
offline-copy-note = Bạn đang đọc bản sao được lưu để đọc ngoại tuyến. Bản này không tự cập nhật.
offline-open = Mở hướng dẫn

## Bản in

print-edition-link = Toàn bộ hướng dẫn trên một trang, để in
print-title = Toàn bộ hướng dẫn trên một trang
print-intro = Trang này chứa toàn bộ hướng dẫn, để in hoặc lưu lại. Các phần được xếp theo thứ tự đọc. Bảng thuật ngữ ở cuối.
