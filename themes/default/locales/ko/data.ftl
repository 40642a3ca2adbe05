# 지정 기관 데이터: 택시용 주소, 내려받기, 지정 상태 변경 페이지.

taxi-show-driver = 택시 기사님께 이 주소를 보여 주세요
data-heading = 이 목록을 다른 곳에서 쓰기
data-download-csv = 표 파일로 내려받기 (CSV, { $kb }KB)
data-download-json = 데이터 파일로 내려받기 (JSON, { $kb }KB)
data-downloads-note = 각 파일에는 이 페이지의 모든 기관과 목록 기준일, 출처가 들어 있습니다. 지정 상태는 바뀔 수 있으니, 저장해 둔 파일을 보고 결정하기 전에 이 안내서를 다시 확인하세요.
changes-link = 지정 효력 정지·취소 기관과 날짜
changes-title = 지정 효력 정지·취소
changes-intro = 아래 기관은 지정 효력이 정지되었거나 지정이 취소되었습니다. 이런 기관은 첨단재생의료 치료를 할 수 없습니다. 예전에 치료받은 곳을 확인할 수 있도록, 목록에서 빠진 뒤에도 이 페이지에 남겨 둡니다.
changes-date = 날짜
changes-institution = 기관
changes-change = 변경 내용
changes-now = 현재 상태
changes-not-listed = 현재 목록에 없음
changes-none = 목록에 있는 기관 중 지정 효력이 정지되거나 지정이 취소된 곳은 없습니다.
