package dev.newsflow.clean;

import org.jsoup.nodes.Entities;

/**
 * Wraps article text in the furniture of a typical Chinese news site: navigation, breadcrumbs, share bar,
 * related links, hot list, comments, footer, scripts. The article lines become paragraphs of the content column;
 * the title tag names only the site, so the headline has to be found in the content.
 */
final class NewsPageTemplate {
    private NewsPageTemplate() {
    }

    static String render(String articleText, String metaCharset) {
        StringBuilder sb = new StringBuilder(articleText.length() * 2 + 4000);
        sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n");
        if (metaCharset != null) {
            sb.append("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=").append(metaCharset).append("\">\n");
        }
        sb.append("""
                <title>新闻中心 - 政务新闻网</title>
                <meta name="keywords" content="新闻,政务,山西,疫情">
                <link rel="stylesheet" href="/css/main.css">
                <style>.nav li{float:left} p{text-indent:2em}</style>
                <script>var _hmt = _hmt || []; document.write("<p>统计代码不是正文,请勿收录。</p>");</script>
                </head>
                <body>
                <div class="top-bar">欢迎访问政务新闻网!今天是星期六 <a href="/login">登录</a> <a href="/reg">注册</a></div>
                <div class="header"><div class="logo"><a href="/"><img src="/logo.png" alt="政务新闻网"></a></div>
                <ul class="nav"><li><a href="/">首页</a></li><li><a href="/news/">新闻</a></li><li><a href="/gov/">政务</a></li>
                <li><a href="/video/">视频</a></li><li><a href="/photo/">图片</a></li><li><a href="/special/">专题</a></li></ul></div>
                <div class="breadcrumb">当前位置:<a href="/">首页</a> &gt; <a href="/news/">新闻中心</a> &gt; 正文</div>
                <div class="main clearfix">
                <div class="left-column">
                <div class="article-content" id="zoom">
                """);
        for (String line : articleText.split("\r\n|\r|\n")) {
            if (!line.isBlank()) {
                sb.append("<p>").append(Entities.escape(line)).append("</p>\n");
            }
        }
        sb.append("""
                </div>
                <div class="share-bar">分享到:<a href="#">微信</a><a href="#">微博</a><a href="#">QQ空间</a></div>
                <div class="related-news"><h3>相关新闻</h3><ul>
                <li><a href="/n/1.html">全省春耕生产有序推进,各地抢抓农时备耕忙</a></li>
                <li><a href="/n/2.html">多地出台措施支持中小企业复工复产渡难关</a></li>
                <li><a href="/n/3.html">返岗专列开通,首批务工人员安全抵达目的地</a></li></ul></div>
                <div class="comments"><h3>网友评论</h3>
                <div class="comment-item">这篇报道写得很好,为一线工作人员点赞,大家辛苦了!</div>
                <div class="comment-item">希望早日战胜疫情,生活恢复正常,加油加油。</div></div>
                </div>
                <div class="sidebar"><h3>热点排行</h3><ol>
                <li><a href="/h/1.html">一图读懂最新防控政策要点</a></li><li><a href="/h/2.html">权威发布:最新疫情通报</a></li>
                <li><a href="/h/3.html">这些地方的景区恢复开放了</a></li></ol></div>
                </div>
                <div class="footer"><p>版权所有 © 2020 政务新闻网 京ICP备12345678号</p>
                <p><a href="/about">关于我们</a> | <a href="/contact">联系我们</a> | <a href="/map">网站地图</a></p></div>
                <script src="/js/stat.js"></script>
                </body>
                </html>
                """);
        return sb.toString();
    }
}
