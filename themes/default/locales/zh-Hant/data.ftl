# 指定醫療機構資料：給計程車司機看的地址、下載檔案、指定狀態變更頁面。

taxi-show-driver = 請把這個地址給計程車司機看
data-heading = 在其他地方使用這份名單
data-download-csv = 下載試算表檔案（CSV，{ $kb }{"\u00A0"}KB）
data-download-json = 下載資料檔案（JSON，{ $kb }{"\u00A0"}KB）
data-downloads-note = 每個檔案都包含本頁的所有醫療機構，以及名單日期和資料來源。指定狀態可能會改變。依據儲存的檔案做決定之前，請再查看一次本指南。
changes-link = 暫停和撤銷指定的醫療機構及日期
changes-title = 暫停和撤銷指定
changes-intro = 以下醫療機構的指定資格已被暫停或撤銷。這些醫療機構不得提供先進再生醫療的治療。為了讓您能查證以前接受治療的醫療機構，即使它們已從名單中移除，也會保留在本頁。
changes-date = 日期
changes-institution = 醫療機構
changes-change = 變更內容
changes-now = 目前狀態
changes-not-listed = 已不在名單中
changes-none = 名單中沒有被暫停或撤銷指定資格的醫療機構。
