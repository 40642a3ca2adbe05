# 副本說明、離線版和列印版。

## 每頁都有的副本說明（線上、離線和列印）

edition-heading = 關於本副本
edition-generated = 本版本製作日期：
edition-data = 機構名單日期：
edition-online = 線上指南：
edition-no-address = 本指南尚無線上網址。
edition-check-online = 指定情況會改變。採取行動前，請先查看線上指南。

## 離線版

# $size 是下載檔案的大小，例如「1.4 MB」。
offline-download = 下載離線閱讀版（{ $size }）
offline-size-kb = { $n }{"\u00A0"}KB
offline-size-mb = { $n }{"\u00A0"}MB
offline-copy-note = 您正在閱讀供離線使用的副本。它不會自動更新。
offline-open = 開啟指南

## 列印版

print-edition-link = 整本指南一頁看完（供列印）
print-title = 整本指南一頁看完
print-intro = 本頁包含整本指南，可以列印或儲存。各部分依閱讀順序排列，詞彙表在最後。
