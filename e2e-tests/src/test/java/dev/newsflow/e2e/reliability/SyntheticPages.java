package dev.newsflow.e2e.reliability;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Distinct, valid news pages made up from a small hand-written phrase list with a seeded random generator: each
 * page has its own number, date and sentences, so no two are near-duplicates and every run makes the same pages.
 */
final class SyntheticPages {
    private static final List<String> PLACES = List.of("东城区", "西湖镇", "南山县", "北岭市", "青石乡", "江口村", "白沙区", "红旗街道");
    private static final List<String> TOPICS = List.of("防汛", "春耕", "教育", "交通", "医疗", "环保", "科技", "旅游", "养老", "供水");
    private static final List<String> PHRASES = List.of(
            "会议指出", "要进一步压实责任", "全面推进重点项目建设", "切实保障群众生活", "加快完善基础设施",
            "各部门要密切配合", "确保各项措施落到实处", "今年以来", "累计完成投资", "同比增长",
            "工作人员深入一线", "开展专项检查", "发现问题及时整改", "广泛听取意见", "持续优化营商环境",
            "推动产业转型升级", "加强队伍建设", "提升服务水平", "筑牢安全防线", "营造良好氛围",
            "与会人员认真学习", "坚持问题导向", "落实主体责任", "强化督促检查", "积极回应关切",
            "新建道路", "改造老旧小区", "培训技术人员", "发放补贴资金", "接待来访群众");
    /** Characters for made-up place and project names, so that each page's wording is its own (no near-duplicates). */
    private static final String CHARS = "安宝北滨昌川春丹德东丰福富阜港光广海汉和河衡红华怀黄惠吉嘉建江金锦晋京景靖九康兰乐丽连林临龙隆鲁洛茂梅蒙"
            + "明南宁平浦齐启庆泉仁荣瑞沙山汕上韶绍深沈盛石寿顺松泰唐天通桐万威渭温文武西仙襄湘祥新信兴秀许宣雅延阳伊宜义永禹玉元云长肇镇正中舟州珠淄遵";

    private SyntheticPages() {
    }

    static String title(int n) {
        Random random = new Random(n * 7919L);
        return PLACES.get(random.nextInt(PLACES.size())) + "召开第" + n + "次" + TOPICS.get(random.nextInt(TOPICS.size())) + "工作推进会";
    }

    static byte[] html(int n) {
        Random random = new Random(n * 104729L + 17);
        StringBuilder body = new StringBuilder();
        for (int p = 0; p < 5 + random.nextInt(3); p++) {
            body.append("<p>");
            for (int s = 0; s < 3 + random.nextInt(3); s++) {
                for (int w = 0; w < 4 + random.nextInt(4); w++) {
                    body.append(PHRASES.get(random.nextInt(PHRASES.size())));
                    body.append(w % 3 == 2 ? "，" : "");
                    body.append(CHARS.charAt(random.nextInt(CHARS.length()))).append(CHARS.charAt(random.nextInt(CHARS.length())));
                    body.append(w % 2 == 0 ? "项目" : "片区");
                }
                body.append(random.nextInt(900) + 100).append("项，");
                body.append(PHRASES.get(random.nextInt(PHRASES.size()))).append("。");
            }
            body.append("</p>\n");
        }
        String date = String.format("2024年%d月%d日 %02d:%02d", 1 + n % 12, 1 + n % 28, 8 + n % 10, n % 60);
        String html = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>" + title(n) + "</title></head><body>"
                + "<div class=\"nav\"><a href=\"/\">首页</a> | <a href=\"/news\">新闻</a></div>"
                + "<div class=\"article\"><h1>" + title(n) + "</h1><div class=\"info\">" + date + " 来源：本地日报</div>\n"
                + body + "</div><div class=\"footer\">版权所有</div></body></html>";
        return html.getBytes(StandardCharsets.UTF_8);
    }
}
