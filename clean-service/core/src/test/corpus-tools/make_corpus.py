#!/usr/bin/env python3
"""Writes the generated part of the labeled corpus (src/test/resources/corpus): for each hand-written article
NAME.html (in its encoding), NAME.expected.json (title, publish time, language) and NAME.body.txt (expected
body, one paragraph a line). Run from the module directory: python3 src/test/corpus-tools/make_corpus.py"""
import html, json, os
from articles_zh import ZH, BIG5
from articles_en import EN

OUT = "src/test/resources/corpus"
e = html.escape

def head(a, charset, extra=""):
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    return (f'<!DOCTYPE html>\n<html><head>{meta}\n<title>{e(a["title"])}_{e(a["site"])}</title>\n'
            f'<meta name="keywords" content="新闻,资讯,{e(a["site"])}">\n<link rel="stylesheet" href="/css/main.css">\n'
            f'<script>var _hmt=_hmt||[];(function(){{var hm=document.createElement("script");hm.src="//hm.example.com/hm.js";}})();</script>\n{extra}</head>\n')

FOOTER_ZH = ('<div class="footer"><p><a href="/about">关于我们</a> | <a href="/contact">联系我们</a> | <a href="/map">网站地图</a></p>'
             '<p>主办单位:{site} 版权所有 Copyright © 2023 All Rights Reserved</p><p>备案号:京ICP备12345678号-1 京公网安备 11010502030143号</p>'
             '<p>网站标识码:1100000088 建议使用1024×768分辨率浏览</p></div>')
NAV_ZH = ('<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/news">要闻</a></li><li><a href="/gov">政务公开</a></li>'
          '<li><a href="/service">办事服务</a></li><li><a href="/hd">互动交流</a></li><li><a href="/zt">专题专栏</a></li></ul></div>')
SHARE_ZH = '<div class="share">分享到:<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>'
RELATED_ZH = ('<div class="related"><h3>相关新闻</h3><ul><li><a href="/a/1.html">全市召开重点项目建设推进会</a></li>'
              '<li><a href="/a/2.html">我市启动第二批城市更新项目 涉及38个老旧小区</a></li><li><a href="/a/3.html">市领导调研文旅产业发展情况</a></li></ul></div>')
HOT_ZH = ('<div class="sidebar"><h3>热点排行</h3><ol><li><a href="/h/1">暑期文旅消费持续火热</a></li><li><a href="/h/2">高考成绩今日可查</a></li>'
          '<li><a href="/h/3">这些新规下月起施行</a></li><li><a href="/h/4">我市再添3家国家4A级景区</a></li></ol>'
          '<div class="ad"><a href="/ad"><img src="/ad/banner.gif" alt="广告"></a>广告</div></div>')

def meta_line(a):
    parts = [f'发布时间:{a["date"]}']
    if a.get("source"): parts.append(f'来源:{a["source"]}')
    if a.get("reporter"): parts.append(f'记者:{a["reporter"]}')
    return "&nbsp;&nbsp;".join(parts)

def paras_html(a, tag="p", style=' style="text-indent:2em;"'):
    return "\n".join(f'<{tag}{style}>{e(p)}</{tag}>' for p in a["paras"])

def editor_line(a):
    return f'<div class="editor">(责任编辑:{a["editor"]})</div>' if a.get("editor") else ""

def tpl_gov_table(a, cs):
    att = "".join(f'<p><a href="/att/{i}.doc">{e(x)}</a></p>' for i, x in enumerate(a.get("attachments", [])))
    return head(a, cs) + f'''<body><table width="1000" align="center" cellpadding="0" cellspacing="0">
<tr><td><img src="/images/banner.jpg" alt="{e(a["site"])}"></td></tr>
<tr><td class="nav"><a href="/">网站首页</a> | <a href="/zwgk">政务公开</a> | <a href="/jgzn">机构职能</a> | <a href="/bsfw">办事服务</a> | <a href="/gzhd">公众互动</a></td></tr>
<tr><td>当前位置:<a href="/">首页</a> &gt;&gt; <a href="/zwgk">政务公开</a> &gt;&gt; 工作动态</td></tr>
<tr><td><table width="100%"><tr><td width="220" valign="top"><table><tr><td><a href="/l/1">通知公告</a></td></tr><tr><td><a href="/l/2">工作动态</a></td></tr><tr><td><a href="/l/3">政策法规</a></td></tr><tr><td><a href="/l/4">规划计划</a></td></tr></table></td>
<td valign="top"><table width="100%"><tr><td align="center" class="title"><b>{e(a["title"])}</b></td></tr>
<tr><td align="center" class="info">{meta_line(a)}&nbsp;&nbsp;浏览次数:<span id="hits">1286</span>&nbsp;&nbsp;【字体:<a href="#">大</a> <a href="#">中</a> <a href="#">小</a>】</td></tr>
<tr><td class="content">{paras_html(a)}
{att}</td></tr>
<tr><td align="right"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></td></tr>
</table></td></tr></table></td></tr>
<tr><td>{FOOTER_ZH.format(site=e(a["site"]))}</td></tr></table></body></html>'''

def tpl_gov_div(a, cs):
    return head(a, cs) + f'''<body><div class="top">{NAV_ZH}</div>
<div class="crumb">您当前的位置:<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/zcjd">政策解读</a></div>
<div class="main"><div class="article"><h1>{e(a["title"])}</h1>
<div class="info"><span>{meta_line(a)}</span><span class="font">字号:<a>大</a> <a>中</a> <a>小</a></span></div>
<div class="TRS_Editor">{paras_html(a)}</div>
{SHARE_ZH}<div class="print"><a href="#">打印</a> <a href="#">关闭</a></div></div>
<div class="side"><h3>政策解读</h3><ul><li><a href="/p/1">一图读懂2023年政府工作报告</a></li><li><a href="/p/2">优化营商环境条例解读</a></li></ul></div></div>
{FOOTER_ZH.format(site=e(a["site"]))}</body></html>'''

def tpl_portal_div(a, cs):
    return head(a, cs, f'<meta property="og:title" content="{e(a["title"])}">\n') + f'''<body><div id="header"><div class="logo"><a href="/"><img src="/logo.png" alt="{e(a["site"])}"></a></div>{NAV_ZH}
<div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div></div>
<div id="wrap"><div class="left"><div class="location"><a href="/">首页</a> &gt; <a href="/news">新闻</a> &gt; 正文</div>
<h1 class="article-title">{e(a["title"])}</h1><div class="article-info">{meta_line(a)}</div>
{SHARE_ZH}<div id="article-content">{paras_html(a, style="")}</div>{editor_line(a)}
{RELATED_ZH}</div><div class="right">{HOT_ZH}</div></div>
{FOOTER_ZH.format(site=e(a["site"]))}</body></html>'''

def tpl_epaper(a, cs):
    return head(a, cs) + f'''<body><div class="paper-top">{e(a["site"])} <span>第A05版:城市新闻</span> <a href="#">上一版</a> <a href="#">下一版</a> <a href="#">往期回顾</a></div>
<div class="paper-body"><div class="bmnr"><h3>本版新闻</h3><ul><li><a href="/c/1">地铁施工路段交通组织方案公布</a></li><li><a href="/c/2">市区新增停车泊位3000个</a></li><li><a href="/c/3">夏季用电高峰来临 电力部门提醒错峰用电</a></li></ul></div>
<article class="news"><h2 class="yt">民生关注</h2><h1>{e(a["title"])}</h1><div class="info">{e(a["date"])} 来源:{e(a["source"])}</div>
<div id="ozoom">{paras_html(a, style="")}</div>{editor_line(a)}</article>
<div class="paper-nav"><a href="#">上一篇</a> <a href="#">下一篇</a></div></div>
<div class="copyright">{e(a["site"])}版权所有,未经书面授权禁止使用 Copyright © 2023 地址:人民路100号 邮编:100000 ICP备案号:豫ICP备05000000号</div></body></html>'''

def tpl_br_td(a, cs):
    body = "<br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + e(p) for p in a["paras"])
    return head(a, cs) + f'''<body bgcolor="#ffffff"><table width="780" align="center" border="0"><tr><td colspan="2"><img src="/top.gif"></td></tr>
<tr><td colspan="2" bgcolor="#e5e5e5"><a href="/">首页</a> | <a href="/tzgg">通知公告</a> | <a href="/xxgk">信息公开</a> | <a href="/bmfw">便民服务</a></td></tr>
<tr><td colspan="2" align="center"><font size="4" color="#cc0000"><b>{e(a["title"])}</b></font></td></tr>
<tr><td colspan="2" align="center"><font size="2">{meta_line(a)}</font></td></tr>
<tr><td colspan="2"><font size="3">{body}<br><br></font></td></tr>
<tr><td align="right" colspan="2">{e(a["source"])}<br>{e(a["date"][:10])}</td></tr>
<tr><td colspan="2" align="center"><font size="2">{e(a["site"])} 主办 联系电话:0371-12345678 豫ICP备09000001号</font></td></tr></table></body></html>'''

def tpl_photo_news(a, cs):
    caps = a["captions"]
    ps = [f'<p>{e(p)}</p>' for p in a["paras"]]
    ps.insert(1, f'<p class="pic" style="text-align:center"><img src="/pic/1.jpg"></p><p class="pic-text" style="text-align:center">{e(caps[0])}</p>')
    ps.insert(4, f'<div class="img-box"><img src="/pic/2.jpg"><p class="caption">{e(caps[1])}</p></div>')
    return head(a, cs) + f'''<body><div class="header">{NAV_ZH}</div><div class="container"><div class="crumbs"><a href="/">首页</a> &gt; <a href="/xc">乡村振兴</a></div>
<div class="main-left"><h1>{e(a["title"])}</h1><div class="source">{meta_line(a)}</div>
<div class="content">{"".join(ps)}</div>{editor_line(a)}
<div class="tags">标签:<a>春耕</a> <a>农业</a> <a>乡村振兴</a></div>{SHARE_ZH}{RELATED_ZH}</div>
<div class="main-right">{HOT_ZH}</div></div>{FOOTER_ZH.format(site=e(a["site"]))}</body></html>'''

def tpl_paginated(a, cs):
    return head(a, cs) + f'''<body>{NAV_ZH}<div class="w1000"><div class="pos"><a href="/">首页</a> &gt; <a href="/sh">社会</a> &gt; 正文</div>
<h1>{e(a["title"])}</h1><p class="info">{meta_line(a)} <a href="#comments">评论(36)</a></p>
<div class="text">{paras_html(a, style="")}</div>{editor_line(a)}
<div class="page"><span>第1页</span> <a href="?p=2">第2页</a> <a href="?p=3">第3页</a> <a href="?p=2">下一页</a> <a href="?all=1">全文阅读</a></div>
<div class="pre-next"><p>上一篇:<a href="/p/9">城市书房开到家门口</a></p><p>下一篇:<a href="/p/11">老字号焕发新生机</a></p></div>
{HOT_ZH}</div>{FOOTER_ZH.format(site=e(a["site"]))}</body></html>'''

def tpl_inline_ads(a, cs):
    ps = [f'<p>{e(p)}</p>' for p in a["paras"]]
    ps.insert(2, '<div class="ad-inline"><a href="https://ad.example.com/click?id=7"><img src="/ad/fund.jpg">【推广】稳健理财,年化收益看这里,立即开户领取新人礼包</a></div>')
    ps.insert(4, '<div class="app-promo">打开财经APP,查看更多高清行情 &gt;&gt;</div>')
    return head(a, cs) + f'''<body><div class="top-bar"><a href="/">财经首页</a> <a href="/stock">股票</a> <a href="/fund">基金</a> <a href="/macro">宏观</a> <a href="/app">下载APP</a></div>
<div class="ticker">上证指数 3088.64 +0.45% 深证成指 9924.12 -0.21% 创业板指 1966.31 +0.12%</div>
<div class="main"><h1>{e(a["title"])}</h1><div class="meta">{meta_line(a)}</div>
<div class="article-body">{"".join(ps)}</div>{editor_line(a)}
<div class="disclaimer">郑重声明:本文仅代表作者个人观点,与本网无关。股市有风险,投资需谨慎。</div>{RELATED_ZH}</div>
{FOOTER_ZH.format(site=e(a["site"]))}</body></html>'''

COMMENTS_ZH = ['终于等到了,期待早日开通!', '家门口就有站,以后上班方便多了,点赞!', '希望票价能便宜一点,另外换乘站要设计得合理一些,别让大家走太远。',
               '施工期间辛苦了,向一线建设者致敬。这条线对我们北边的居民来说太重要了。']
def tpl_comments_portal(a, cs):
    cm = "".join(f'<li><span class="user">网友{1000+i}</span><span class="time">2023-08-30 15:{10+i}</span><p>{e(c)}</p><a>回复</a> <a>赞({i*7})</a></li>' for i, c in enumerate(COMMENTS_ZH))
    return head(a, cs) + f'''<body>{NAV_ZH}<div class="content-wrap"><div class="bread"><a href="/">首页</a> / <a href="/jt">交通出行</a></div>
<h1>{e(a["title"])}</h1><div class="meta">{meta_line(a)}</div><div class="article">{paras_html(a, style="")}</div>{editor_line(a)}{SHARE_ZH}
<div id="comments" class="comment-box"><h3>网友评论(128条)</h3><textarea placeholder="文明上网,理性发言"></textarea><button>发表评论</button><ul>{cm}</ul><a href="#">查看更多评论</a></div>
{RELATED_ZH}</div>{FOOTER_ZH.format(site=e(a["site"]))}</body></html>'''

def tpl_wire(a, cs):
    return head(a, cs) + f'''<body><div class="domPC">{NAV_ZH}</div><div class="header"><div class="h-title">{e(a["title"])}</div>
<div class="h-info"><span class="h-time">{e(a["date"])}</span> <span>来源:{e(a["source"])}</span></div><div class="h-share">{SHARE_ZH}</div></div>
<div class="main clearfix"><div class="main-left left"><div id="detail">{paras_html(a, style="")}</div>
<div class="editor">【纠错】 【责任编辑:{e(a["editor"])}】</div></div>
<div class="main-right right"><div class="columBox"><div class="col-tit">阅读下一篇</div><a href="/n/2">我国科研人员在量子计算领域取得新突破</a></div>{HOT_ZH}</div></div>
{FOOTER_ZH.format(site=e(a["site"]))}</body></html>'''

def tpl_article_tag(a, cs):
    byline = f'<span class="author">记者 {e(a["reporter"])}</span>' if a.get("reporter") else ""
    return head(a, cs, f'<meta property="article:published_time" content="{a["iso"]}">\n') + f'''<body><header><nav><a href="/">首页</a><a href="/tech">科技</a><a href="/health">健康</a><a href="/life">生活</a></nav></header>
<main><article><header><h1>{e(a["title"])}</h1><p class="meta"><time datetime="{a["iso"]}">{e(a["date"][:16].replace("T", " "))}</time> 来源:{e(a["source"])} {byline}</p></header>
<section class="article-body">{paras_html(a, style="")}</section>
<footer><div class="tags">相关标签:<a>民生</a> <a>服务</a></div>{SHARE_ZH}</footer></article>
<aside>{HOT_ZH}</aside></main><footer>{FOOTER_ZH.format(site=e(a["site"]))}</footer></body></html>'''

def tpl_mobile(a, cs):
    return head(a, cs, '<meta name="viewport" content="width=device-width,initial-scale=1">\n') + f'''<body><div class="app-banner">打开APP,阅读体验更佳 <a href="/download">立即打开</a></div>
<div class="m-header"><a href="/">返回</a> {e(a["site"])}</div><div class="m-article"><h1>{e(a["title"])}</h1>
<div class="m-info">{e(a["date"])} {e(a["source"])}</div><div class="m-content">{paras_html(a, style="")}</div>
<div class="m-more"><a href="/download">展开全文,打开APP查看</a></div></div>
<div class="m-recommend"><h4>为你推荐</h4><a href="/r/1"><p>明天起供暖季开始 这些事项要注意</p><span>3小时前</span></a><a href="/r/2"><p>冬季流感高发 专家教你科学防护</p><span>5小时前</span></a></div>
<div class="m-footer">{e(a["site"])} ©2023 京ICP证000001号</div></body></html>'''

def tpl_div_soup(a, cs):
    inner = "".join(f'<div><div><span>{e(p)}</span></div></div>' for p in a["paras"])
    rep = f'记者:{e(a["reporter"])} ' if a.get("reporter") else ""
    return head(a, cs) + f'''<body><div class="wrap"><div class="w"><div class="hd"><div>{NAV_ZH}</div></div>
<div class="bd"><div class="l"><div class="c1"><div class="tit"><div>{e(a["title"])}</div></div>
<div class="sub"><div>{e(a["date"])}</div><div>{rep}</div></div>
<div class="txt">{inner}</div><div class="ed">{("编辑:" + e(a["editor"])) if a.get("editor") else ""}</div></div>
<div class="c2"><div>推荐阅读</div><div><a href="/x/1">秋季开学安全提示</a></div><div><a href="/x/2">这份开学指南请收好</a></div></div></div>
<div class="r"><div class="box"><div>二维码</div><div>扫一扫关注官方微信</div></div></div></div>
<div class="ft"><div>版权所有 © {e(a["site"])}</div><div>ICP备2021000000号</div></div></div></div></body></html>'''

EN_FOOT = '<footer class="site-footer"><p>© 2023 The Daily Herald Media Group. All rights reserved.</p><p><a href="/privacy">Privacy Policy</a> | <a href="/terms">Terms of Use</a> | <a href="/contact">Contact Us</a></p></footer>'
EN_NAV = '<nav class="main-nav"><a href="/">Home</a> <a href="/news">News</a> <a href="/sports">Sports</a> <a href="/opinion">Opinion</a> <a href="/business">Business</a> <a href="/obits">Obituaries</a></nav>'
EN_RELATED = '<section class="related"><h3>Related Stories</h3><ul><li><a href="/r/1">City budget talks stall over police overtime</a></li><li><a href="/r/2">Five things to do this weekend</a></li><li><a href="/r/3">School board delays vote on start times</a></li></ul></section>'
EN_SHARE = '<div class="share-bar">Share this: <a>Facebook</a> <a>Twitter</a> <a>Email</a> <a>Print</a></div>'

def en_head(a, extra=""):
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{e(a["title"])} | The Daily Herald</title>\n'
            f'<meta property="og:title" content="{e(a["title"])}">\n<script>window.dataLayer=[];</script>\n{extra}</head>\n')

def en_paras(a):
    return "\n".join(f'<p>{e(p)}</p>' for p in a["paras"])

def by(a):
    return f'By {e(a["author"])}' if a.get("author") else ""

def tpl_en_wordpress(a, cs):
    return en_head(a) + f'''<body class="single-post"><header id="masthead">{EN_NAV}</header><div id="content"><main id="main">
<article class="post"><header class="entry-header"><h1 class="entry-title">{e(a["title"])}</h1><div class="entry-meta">Posted on {e(a["date"])} {by(a)}</div></header>
<div class="entry-content">{en_paras(a)}</div><footer class="entry-footer">Categories: <a>Local</a>, <a>Transportation</a> Tags: <a>bikes</a></footer></article>
{EN_SHARE}<div id="comments"><h2>3 thoughts on this story</h2><ol><li><p>About time. I have been riding on Main Street for years and it is terrifying at rush hour.</p></li><li><p>Where are delivery trucks supposed to stop now? Nobody thought about that.</p></li></ol><h3>Leave a Reply</h3><p>Your email address will not be published.</p></div></main>
<aside id="secondary"><section><h2>Recent Posts</h2><ul><li><a>Farmers market returns in May</a></li><li><a>Police log: week of March 6</a></li></ul></section></aside></div>{EN_FOOT}</body></html>'''

def tpl_en_wire(a, cs):
    return en_head(a) + f'''<body>{EN_NAV}<div class="breaking">BREAKING: Storm warnings issued for coastal counties</div><div class="page"><div class="Article">
<h1>{e(a["title"])}</h1><div class="byline">By The Associated Press <span class="timestamp">{e(a["date"])}</span></div>
<div class="RichTextStoryBody">{en_paras(a)}
<p class="copyright">Copyright 2023 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</p></div></div>
{EN_RELATED}</div>{EN_FOOT}</body></html>'''

def tpl_en_broadcaster(a, cs):
    ps = [f'<p>{e(p)}</p>' for p in a["paras"]]
    ps.insert(1, f'<figure><img src="/i/1.jpg"><figcaption>{e(a["captions"][0])}</figcaption></figure>')
    ps.insert(3, f'<figure><img src="/i/2.jpg"><figcaption>{e(a["captions"][1])}</figcaption></figure>')
    return en_head(a) + f'''<body><div class="orb-banner">{EN_NAV}</div><main><article><header><h1 id="main-heading">{e(a["title"])}</h1><time datetime="2023-05-09">{e(a["date"])}</time></header>
<div class="article-body">{"".join(ps)}</div>
<section class="more"><h2>More on this story</h2><ul><li><a>Antarctic sea ice hits record low</a></li><li><a>What happens if the ice sheets melt?</a></li></ul></section></article>
<div class="top-stories"><h2>Top Stories</h2><a>Markets rally after rate decision</a> <a>Storm batters northern coast</a></div></main>{EN_FOOT}</body></html>'''

def tpl_en_table(a, cs):
    return en_head(a) + f'''<body><table width="900" align="center"><tr><td colspan="3"><img src="/masthead.gif" alt="The Island Gazette"></td></tr>
<tr><td colspan="3" bgcolor="#003366"><a href="/">Front Page</a> | <a href="/local">Local</a> | <a href="/classifieds">Classifieds</a> | <a href="/subscribe">Subscribe</a></td></tr>
<tr><td width="160" valign="top"><b>Sections</b><br><a href="/news">News</a><br><a href="/sports">Sports</a><br><a href="/weather">Weather</a><br><a href="/legal">Legal Notices</a></td>
<td valign="top"><font size="5"><b>{e(a["title"])}</b></font><br><i>{by(a)}</i><br><font size="2">{e(a["date"])}</font><br><br>
{"<br><br>".join(e(p) for p in a["paras"])}<br><br><a href="/print">Printer-friendly version</a> | <a href="/email">Email this story</a></td>
<td width="160" valign="top"><b>Advertisement</b><br><img src="/ads/realty.gif"><br>Call Island Realty today!</td></tr>
<tr><td colspan="3" align="center"><font size="1">Copyright 2022 The Island Gazette. All rights reserved.</font></td></tr></table></body></html>'''

def tpl_en_article_promo(a, cs):
    ps = [f'<p>{e(p)}</p>' for p in a["paras"]]
    ps.insert(2, '<aside class="newsletter-promo"><h4>Get the morning newsletter</h4><p>Sign up for our free daily newsletter to get the top stories in your inbox.</p><form><input type="email"><button>Subscribe</button></form></aside>')
    return en_head(a, f'<meta property="article:published_time" content="{a["iso"]}">\n') + f'''<body><header>{EN_NAV}</header><main><article><h1>{e(a["title"])}</h1>
<div class="byline">{by(a)} <time datetime="{a["iso"]}">February 1, 2023</time></div><div class="story">{"".join(ps)}</div>
<p class="correction-link"><a href="/corrections">Report a correction or typo</a></p></article>{EN_RELATED}</main>{EN_FOOT}</body></html>'''

def tpl_en_blog(a, cs):
    return en_head(a) + f'''<body><div class="site-header"><a href="/">Green Schools Blog</a> {EN_NAV}</div><div class="container"><div class="post">
<h1 class="post-title">{e(a["title"])}</h1><p class="post-meta">{e(a["date"])} · {by(a)} · 5 min read</p>
<div class="post-content">{en_paras(a)}</div>
<div class="post-tags">Tags: <a>composting</a> <a>schools</a> <a>sustainability</a></div>
<div class="author-bio"><img src="/a/laura.jpg"><p>Laura Kim teaches seventh-grade science and coordinates the school's green team.</p></div>
<div class="post-nav"><a>« Previous post</a> <a>Next post »</a></div></div>
<div class="sidebar"><h3>Archives</h3><ul><li>May 2023</li><li>April 2023</li></ul><h3>Subscribe</h3><p>Enter your email to get new posts.</p></div></div>{EN_FOOT}</body></html>'''

def tpl_en_inline_links(a, cs):
    ps = [f'<p>{e(p)}</p>' for p in a["paras"]]
    ps.insert(2, '<aside class="rich-link"><a href="/r/9">Read more: Commuters face fare rise of 5.9% in March</a></aside>')
    ps.insert(4, '<aside class="rich-link"><a href="/r/10">Read more: Which rail lines are the least punctual?</a></aside>')
    return en_head(a) + f'''<body><header>{EN_NAV}</header><div class="content"><div class="headline"><h1>{e(a["title"])}</h1></div>
<div class="standfirst"><p>Regulator says passengers let down by cancellations and delays</p></div><div class="meta">{e(a["date"])}</div>
<div class="article-body-commercial-selector">{"".join(ps)}</div>
<div class="submeta">Topics <a>Rail transport</a> <a>Transport</a> <a>Regulators</a> {EN_SHARE}</div>
<div class="most-viewed"><h2>Most viewed</h2><ol><li><a>Live: Parliament debates strike bill</a></li><li><a>Cost of living: what changes in April</a></li></ol></div></div>{EN_FOOT}</body></html>'''

def tpl_en_cookie(a, cs):
    return en_head(a) + f'''<body><div id="cookie-banner">We use cookies to improve your experience. By continuing to browse, you agree to our use of cookies. <button>Accept</button> <a href="/cookies">Learn more</a></div>
<header>{EN_NAV}</header><main><h1>{e(a["title"])}</h1><p class="byline">{by(a)} | {e(a["date"])}</p>
<div class="article-text">{en_paras(a)}</div>
<div class="paywall-note">You have read 3 of 5 free articles this month. <a href="/subscribe">Subscribe now</a> for unlimited access.</div>{EN_RELATED}</main>{EN_FOOT}</body></html>'''

def tpl_en_div_soup(a, cs):
    inner = "".join(f'<div class="x1"><div class="x2">{e(p)}</div></div>' for p in a["paras"])
    return en_head(a) + f'''<body><div class="w"><div class="top">{EN_NAV}</div><div class="mid"><div class="col-a"><div class="hl">{e(a["title"])}</div>
<div class="dt">{e(a["date"])}</div><div class="bodytext">{inner}</div>
<div class="contact"><div>Media contact: Office of Communications, 555-0142</div></div></div>
<div class="col-b"><div>Quick Links</div><div><a>Enrollment</a></div><div><a>Calendar</a></div><div><a>Lunch Menus</a></div><div><a>Staff Directory</a></div></div></div>{EN_FOOT}</div></body></html>'''

TEMPLATES = {k[4:]: v for k, v in globals().items() if k.startswith("tpl_")}

def write(a, lang):
    enc = a.get("enc", "utf-8")
    declared = {"gbk": "gbk", "gb2312": "gb2312", "gb18030": "gb18030", "big5": "big5", "utf-8": "utf-8"}[enc]
    if enc == "big5":
        a = dict(a, title_page=a["title"])
    page = TEMPLATES[a["tpl"]](a, declared if a.get("declare", True) else None)
    with open(os.path.join(OUT, a["name"] + ".html"), "wb") as f:
        f.write(page.encode("big5hkscs" if enc == "big5" else enc, errors="xmlcharrefreplace"))
    expected = {"file": a["name"] + ".html",
                "content_type": "text/html" if enc != "utf-8" or lang == "en" and False else "text/html; charset=utf-8",
                "title": a.get("title_s", a["title"]), "language": lang}
    if enc != "utf-8":
        expected["content_type"] = "text/html"
    if a.get("iso"):
        expected["published_at"] = a["iso"]
    with open(os.path.join(OUT, a["name"] + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1)
        f.write("\n")
    with open(os.path.join(OUT, a["name"] + ".body.txt"), "w", encoding="utf-8") as f:
        f.write("\n".join(a.get("paras_s", a["paras"])) + "\n")

if __name__ == "__main__":
    for a in ZH + BIG5:
        write(a, "zh")
    for a in EN:
        write(a, "en")
    print(len(ZH) + len(BIG5) + len(EN), "pages")
