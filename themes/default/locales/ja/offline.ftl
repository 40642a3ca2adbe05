# 写しの表示、オフライン版、印刷版。

## すべてのページに出る写しの表示（オンライン・オフライン・印刷）

edition-heading = この写しについて
edition-generated = この版の作成日：
edition-data = 医療機関一覧の日付：
edition-online = オンライン版のガイド：
edition-no-address = このガイドにはまだオンラインのアドレスがありません。
edition-check-online = 指定の状況は変わります。行動する前に、オンライン版のガイドで確かめてください。

## オフライン版

# $size はダウンロードの大きさです（例：「1.4 MB」）。
offline-download = オフラインで読むためにダウンロード（{ $size }）
offline-size-kb = { $n }{"\u00A0"}KB
offline-size-mb = { $n }{"\u00A0"}MB
offline-copy-note = これはオフライン用に保存した写しです。自動では更新されません。
offline-open = ガイドを開く

## 印刷版

print-edition-link = ガイド全体を1ページで（印刷用）
print-title = ガイド全体を1ページで
print-intro = このページにはガイド全体が入っています。印刷や保存に使えます。読む順に並んでいて、用語集は最後にあります。
