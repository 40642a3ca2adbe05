# 사본 안내, 오프라인판, 인쇄판.

## 모든 페이지의 사본 안내 (온라인, 오프라인, 인쇄)

edition-heading = 이 사본에 대하여
edition-generated = 이 판을 만든 날:
edition-data = 기관 목록 기준일:
edition-online = 온라인 안내서:
edition-no-address = 이 안내서에는 아직 온라인 주소가 없습니다.
edition-check-online = 지정 현황은 바뀝니다. 행동하기 전에 온라인 안내서를 확인하십시오.

## 오프라인판

# $size는 내려받을 파일의 크기입니다. 예: "1.4 MB".
offline-download = 오프라인에서 읽도록 내려받기 ({ $size })
offline-size-kb = { $n }KB
offline-size-mb = { $n }MB
offline-copy-note = 오프라인용으로 저장한 사본을 읽고 있습니다. 이 사본은 저절로 갱신되지 않습니다.
offline-open = 안내서 열기

## 인쇄판

print-edition-link = 한 페이지로 보는 안내서 전체 (인쇄용)
print-title = 한 페이지로 보는 안내서 전체
print-intro = 이 페이지에는 안내서 전체가 들어 있습니다. 인쇄하거나 저장할 수 있습니다. 읽는 순서대로 실었고, 용어집은 맨 끝에 있습니다.
