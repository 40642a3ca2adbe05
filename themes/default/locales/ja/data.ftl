# 指定医療機関のデータ：タクシー用の住所、ダウンロード、指定状況の変更ページ。

taxi-show-driver = タクシーの運転手にこの住所を見せてください
data-heading = この一覧をほかで使う
data-download-csv = 表計算ファイルでダウンロード（CSV、{ $kb }{"\u00A0"}KB）
data-download-json = データファイルでダウンロード（JSON、{ $kb }{"\u00A0"}KB）
data-downloads-note = どのファイルにも、このページのすべての医療機関と、一覧の日付、出典が入っています。指定は変わることがあります。保存したファイルをもとに決める前に、このガイドをもう一度確認してください。
changes-link = 指定停止・取り消しの一覧と日付
changes-title = 指定停止・取り消し
changes-intro = 次の医療機関は、指定が停止されたか、取り消されました。このような医療機関は、先端再生医療の治療をしてはいけません。以前に治療を受けた医療機関を確かめられるように、一覧から外れた後もこのページに残します。
changes-date = 日付
changes-institution = 医療機関
changes-change = 変更の内容
changes-now = 現在の状況
changes-not-listed = 現在の一覧にはありません
changes-none = 一覧の医療機関で、指定が停止された、または取り消されたところはありません。
