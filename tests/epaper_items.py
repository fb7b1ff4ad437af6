"""Invented e-paper items that the photo tests set a photo after (layout48): a page label,
a news item with its dateline and byline but no end credit, and the next item, so a test
sees where a photo's caption and credit land between two items."""

TOP = "第03版：综合新闻\n"
REPORT = (
    "南湖区总工会举办职工书法比赛\n"
    "本报讯（记者 苏明远）5月6日，南湖区总工会在区职工服务中心举办职工书法比赛，"
    "来自32家基层工会的120名职工参赛。\n"
    "比赛分硬笔、软笔两个组别，共评出一等奖6名。\n"
)
NEXT = (
    "江北区工会驿站新增医疗箱\n"
    "本报讯（通讯员 韩立秋）近日，江北区总工会为辖区40个工会驿站配备了医疗箱。\n"
)
