# Dữ liệu danh sách: địa chỉ cho tài xế taxi, tệp tải xuống, trang thay đổi trạng thái.

taxi-show-driver = Đưa địa chỉ này cho tài xế taxi xem
data-heading = Dùng danh sách này ở nơi khác
data-download-csv = Tải xuống dạng bảng tính (CSV, { $kb }{"\u00A0"}KB)
data-download-json = Tải xuống dạng dữ liệu (JSON, { $kb }{"\u00A0"}KB)
data-downloads-note = Mỗi tệp có tất cả các cơ sở trên trang này, cùng ngày của danh sách và nguồn. Việc chỉ định có thể thay đổi: hãy xem lại hướng dẫn này trước khi quyết định dựa trên tệp đã lưu.
changes-link = Các cơ sở bị đình chỉ hoặc thu hồi chỉ định, kèm ngày
changes-title = Đình chỉ và thu hồi chỉ định
changes-intro = Các cơ sở dưới đây đã bị đình chỉ hoặc thu hồi chỉ định. Cơ sở bị đình chỉ hoặc thu hồi không được điều trị bằng y học tái tạo tiên tiến. Các cơ sở này vẫn ở lại trang này sau khi bị đưa ra khỏi danh sách, để bạn có thể kiểm tra nơi bạn từng điều trị.
changes-date = Ngày
changes-institution = Cơ sở
changes-change = Thay đổi
changes-now = Trạng thái hiện nay
changes-not-listed = Không còn trong danh sách
changes-none = Không có cơ sở nào trong danh sách bị đình chỉ hoặc thu hồi chỉ định.
