# Văn bản trợ năng của giao diện mặc định: tiếng Việt.

## Bộ lọc danh bạ

filter-apply = Hiển thị kết quả
