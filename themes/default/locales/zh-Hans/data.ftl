# 指定机构数据：给出租车司机看的地址、下载文件、指定状态变更页面。

taxi-show-driver = 请把这个地址给出租车司机看
data-heading = 在其他地方使用这份名录
data-download-csv = 下载表格文件（CSV，{ $kb }{"\u00A0"}KB）
data-download-json = 下载数据文件（JSON，{ $kb }{"\u00A0"}KB）
data-downloads-note = 每个文件都包含本页的所有机构，以及名录日期和来源。指定状态可能会变化。根据保存的文件做决定之前，请再查看一次本指南。
changes-link = 暂停和取消指定的机构及日期
changes-title = 暂停和取消指定
changes-intro = 以下机构的指定已被暂停或取消。这些机构不得提供先进再生医疗治疗。为了让您能查看以前接受治疗的机构，即使它们已从名录中删除，也会保留在本页。
changes-date = 日期
changes-institution = 机构
changes-change = 变更内容
changes-now = 目前状态
changes-not-listed = 已不在名录中
changes-none = 名录中没有被暂停或取消指定的机构。
