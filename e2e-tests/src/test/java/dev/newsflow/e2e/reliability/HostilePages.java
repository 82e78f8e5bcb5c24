package dev.newsflow.e2e.reliability;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Generated hostile pages, each kind made the way real crawls go wrong; hand-written, seeded, reproducible. */
enum HostilePages {
    BINARY("application/octet-stream") {
        byte[] body(Random r) {
            byte[] b = new byte[20_000 + r.nextInt(50_000)];
            r.nextBytes(b);
            return b;
        }
    },
    BINARY_AS_HTML("text/html") {
        byte[] body(Random r) {
            return BINARY.body(r);
        }
    },
    TRUNCATED("text/html; charset=utf-8") {
        byte[] body(Random r) {
            byte[] whole = SyntheticPages.html(50_000 + r.nextInt(10_000));
            return java.util.Arrays.copyOf(whole, whole.length / 3 + r.nextInt(whole.length / 3));
        }
    },
    FIVE_MB_WITHOUT_ARTICLE("text/html; charset=utf-8") {
        byte[] body(Random r) {
            StringBuilder html = new StringBuilder("<html><head><title>导航</title></head><body><ul>");
            while (html.length() < 5 * 1024 * 1024 / 2) {
                html.append("<li><a href=\"/c/").append(r.nextInt(1_000_000)).append("\">栏目").append(r.nextInt(100)).append("</a></li>");
            }
            return html.append("</ul></body></html>").toString().getBytes(StandardCharsets.UTF_8);
        }
    },
    DEEP_NESTING("text/html; charset=utf-8") {
        byte[] body(Random r) {
            int depth = 20_000 + r.nextInt(20_000);
            StringBuilder html = new StringBuilder("<html><body>");
            html.append("<div>".repeat(depth)).append("<p>深层嵌套的页面正文内容。</p>").append("</div>".repeat(depth / 2));
            return html.toString().getBytes(StandardCharsets.UTF_8);
        }
    },
    INVALID_BYTES("text/html; charset=utf-8") {
        byte[] body(Random r) {
            byte[] page = SyntheticPages.html(60_000 + r.nextInt(10_000));
            for (int i = 200; i < page.length; i += 50 + r.nextInt(200)) {
                page[i] = (byte) (0x80 + r.nextInt(0x7f)); // continuation and lead bytes out of place
            }
            return page;
        }
    },
    SPAM_ONLY("text/html; charset=utf-8") {
        byte[] body(Random r) {
            StringBuilder html = new StringBuilder("<html><head><title>免费领取</title></head><body>");
            for (int i = 0; i < 40; i++) {
                html.append("<p>点击进入 免费领取大奖 日赚千元 加微信").append(r.nextInt(100_000)).append(" 官方网站 立即注册送彩金</p>");
            }
            return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
        }
    },
    EMPTY("text/html; charset=utf-8") {
        byte[] body(Random r) {
            return new byte[0];
        }
    },
    GBK_DECLARED_UTF8("text/html; charset=utf-8") {
        byte[] body(Random r) {
            return new String(SyntheticPages.html(70_000 + r.nextInt(10_000)), StandardCharsets.UTF_8)
                    .replace("charset=\"utf-8\"", "charset=\"utf-8\"").getBytes(Charset.forName("GBK"));
        }
    },
    UTF8_DECLARED_BIG5("text/html") {
        byte[] body(Random r) {
            return new String(SyntheticPages.html(80_000 + r.nextInt(10_000)), StandardCharsets.UTF_8)
                    .replace("charset=\"utf-8\"", "charset=\"big5\"").getBytes(StandardCharsets.UTF_8);
        }
    },
    UTF8_DECLARED_LATIN1("text/html; charset=iso-8859-1") {
        byte[] body(Random r) {
            return SyntheticPages.html(90_000 + r.nextInt(10_000));
        }
    };

    final String contentType;

    HostilePages(String contentType) {
        this.contentType = contentType;
    }

    abstract byte[] body(Random random);
}
