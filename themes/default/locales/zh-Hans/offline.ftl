# 副本说明、离线版和打印版。

## 每页都有的副本说明（在线、离线和打印）

edition-heading = 关于本副本
edition-generated = 本版本制作日期：
edition-data = 机构名录日期：
edition-online = 在线指南：
edition-no-address = 本指南暂无在线地址。
edition-check-online = 指定情况会发生变化。采取行动前，请先查看在线指南。

## 离线版

# $size 是下载文件的大小，例如“1.4 MB”。
offline-download = 下载离线阅读版（{ $size }）
offline-size-kb = { $n }{"\u00A0"}KB
offline-size-mb = { $n }{"\u00A0"}MB
offline-copy-note = 您正在阅读供离线使用的副本。它不会自动更新。
offline-open = 打开指南

## 打印版

print-edition-link = 整本指南一页看完（供打印）
print-title = 整本指南一页看完
print-intro = 本页包含整本指南，可以打印或保存。各部分按阅读顺序排列，术语表在最后。
