package dev.newsflow.e2e.bench;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Distinct, real-looking Chinese news pages, generated (nothing copied): a portal template (navigation, breadcrumb,
 * share bar, related links, footer) around an article of 6-14 paragraphs composed from hand-written phrases, with
 * a headline, source, author, time and subject words of its own from a wider lexicon. Page {@code i} is always the
 * same; one in twenty repeats an earlier page's article in a new frame (a near-duplicate, as syndication produces);
 * one in five is GBK-encoded.
 */
final class NewsPages {
    private static final String[] PLACES = {"省", "市", "县", "区", "新区", "开发区", "镇"};
    private static final String[] PLACE_NAMES = {"东江", "青山", "南湖", "北原", "西川", "临河", "长岭", "石门", "云台", "金水",
            "白沙", "清溪", "龙泉", "凤城", "安平", "宁远", "永和", "丰乐", "太和", "新华"};
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭"};
    private static final String[] GIVEN = {"建国", "志强", "文华", "海涛", "丽娟", "晓明", "国庆", "春燕", "立新", "红梅", "振华", "小平",
            "卫东", "秀英", "明辉", "佳怡"};
    private static final String[] TITLES = {"书记", "市长", "副省长", "局长", "主任", "县长", "区长", "副主任"};
    private static final String[] ORGS = {"发展和改革委员会", "教育局", "卫生健康委员会", "生态环境局", "交通运输局", "农业农村局",
            "人力资源和社会保障局", "应急管理局", "市场监督管理局", "文化和旅游局"};
    private static final String[] TOPICS = {"乡村振兴", "生态保护", "营商环境", "安全生产", "教育公平", "医疗保障", "数字经济", "城市更新",
            "防汛抗旱", "就业创业", "文化惠民", "科技创新", "养老服务", "基层治理", "交通建设", "粮食生产"};
    private static final String[] ACTIONS = {"召开专题会议研究部署", "深入一线调研", "主持召开座谈会推进", "听取工作汇报并部署",
            "检查指导", "出席启动仪式并讲话强调", "召开现场推进会部署"};
    private static final String[] VERBS = {"推进", "落实", "加强", "完善", "深化", "统筹", "优化", "提升", "巩固", "拓展"};
    private static final String[] OBJECTS = {"工作机制", "重点项目", "民生实事", "责任体系", "服务质量", "基础设施", "监管能力",
            "要素保障", "政策措施", "长效机制", "示范工程", "队伍建设"};
    private static final String[] CONNECTORS = {"会议指出，", "会议强调，", "他表示，", "据介绍，", "与此同时，", "下一步，", "今年以来，",
            "调研中，", "据了解，", "记者了解到，"};
    private static final String[] GOALS = {"确保各项任务落地见效", "切实增强群众获得感", "为高质量发展提供有力支撑", "守住安全底线",
            "推动形成可复制可推广的经验", "以实际行动践行初心使命", "全力以赴完成全年目标任务"};
    /*
     * A wider, hand-written lexicon for the article's own subject words: real articles differ in most of their
     * vocabulary, and without it every page's SimHash leans the same way (chance near-duplicate candidates by the
     * thousand where real news has almost none).
     */
    private static final String[] NOUNS = ("项目 企业 园区 社区 村庄 学校 医院 道路 桥梁 河道 水库 农田 果园 茶园 工厂 车间 码头 港口 "
            + "机场 车站 公园 广场 街道 市场 仓库 电网 管网 基站 平台 数据 设备 技术 人才 资金 土地 林地 草原 湿地 水源 空气 "
            + "垃圾 污水 秸秆 化肥 种子 粮仓 牧场 渔港 民宿 景区 古镇 文物 图书 剧场 场馆 食堂 诊所 药品 疫苗 保险 托育 课程 "
            + "教材 教师 学生 家长 农民 工人 干部 党员 老人 儿童 妇女 青年 专家 医生 护士 司机 骑手 商户 银行 贷款 税收 补贴 "
            + "订单 合同 标准 品牌 专利 产品 产业 链条 集群 基地 站点 窗口 热线 网格 楼栋 小区 物业 电梯 车位 公交 地铁 隧道 "
            + "高速 铁路 航线 物流 快递 电商 直播 芯片 电池 光伏 风电 氢能 储能 算力 软件 网络 茶叶 柑橘 蔬菜 稻谷 小麦 玉米 "
            + "生猪 奶牛 渔船 木材 钢材 水泥 陶瓷 纺织 服装 家具 汽车 船舶 机床 机器人 无人机 卫星 气象 地质 矿山 堤防 泵站 "
            + "闸门 水渠 井盖 路灯 绿地 步道 驿站 书屋 夜市 集市 菜场 灶台 燃气 供暖 饮水 校车 病房 床位 急救 体检 档案 证照").split(" ");
    private static final String[] DEEDS = ("建设 改造 修缮 维护 检测 巡查 整治 清理 种植 养殖 加工 销售 运输 储存 培训 招聘 走访 排查 "
            + "登记 审批 办理 签约 投产 开工 竣工 验收 评估 监测 预警 救援 转移 安置 帮扶 慰问 捐赠 展示 回收 疏浚 加固 更换 "
            + "安装 调试 扩建 搬迁 出口 引进 孵化 认证 抽检 核查 清点 补种 灌溉 收割 晾晒 分拣 包装 配送 上线 联网 备案").split(" ");
    private static final String[] TRAITS = ("重点 关键 新型 智能 绿色 低碳 便捷 高效 优质 特色 传统 现代 综合 专业 偏远 老旧 小型 大型 "
            + "临时 长期 首批 全新 数字化 标准化 规模化 精细化 市级 县级 乡级 村级").split(" ");
    private static final String[] UNITS = {"个", "处", "座", "家", "台", "吨", "公里", "亩", "户", "人次", "套", "批"};
    private static final String[] NAV = {"首页", "要闻", "时政", "经济", "社会", "文化", "教育", "健康", "图片", "视频", "专题", "评论"};
    private static final String[] SOURCES = {"日报", "新闻网", "晚报", "融媒体中心", "广播电视台"};
    private static final Charset GBK = Charset.forName("GBK");

    private NewsPages() {
    }

    record Page(byte[] body, String contentType) {
    }

    static Page page(int index) {
        int article = index % 20 == 19 && index > 40 ? index - 37 : index; // a syndicated copy of an earlier article
        Random frame = new Random(index * 7919L + 17);
        Random text = new Random(article * 104729L + 3);
        String place = pick(text, PLACE_NAMES) + pick(text, PLACES);
        String person = pick(text, SURNAMES) + pick(text, GIVEN);
        String topic = pick(text, TOPICS);
        String title = place + pick(text, TITLES) + person + pick(text, ACTIONS) + topic + "工作";
        String source = pick(text, PLACE_NAMES) + pick(text, SOURCES);
        String reporter = pick(text, SURNAMES) + pick(text, GIVEN);
        String time = String.format("2026-%02d-%02d %02d:%02d", 1 + text.nextInt(11), 1 + text.nextInt(28), 7 + text.nextInt(12), text.nextInt(60));
        StringBuilder body = new StringBuilder(24_000);
        body.append("<p>本报讯（记者").append(reporter).append("）").append(time, 5, 7).append("月").append(time, 8, 10).append("日，")
                .append(title).append("。</p>\n");
        Subject subject = Subject.of(text); // the article's own subject words, repeated through it as real articles do
        int paragraphs = 6 + text.nextInt(9);
        for (int p = 0; p < paragraphs; p++) {
            body.append("<p>");
            int sentences = 3 + text.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                body.append(sentence(text, place, person, topic, subject));
            }
            body.append("</p>\n");
        }
        boolean gbk = index % 5 == 0;
        String html = frame(frame, title, source, reporter, time, body, gbk ? "gbk" : "utf-8", index);
        return gbk ? new Page(html.getBytes(GBK), "text/html; charset=GBK") : new Page(html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
    }

    private static String sentence(Random r, String place, String person, String topic, Subject subject) {
        StringBuilder s = new StringBuilder(pick(r, CONNECTORS));
        switch (r.nextInt(7)) {
            case 4, 5, 6 -> s.append(place).append(subject.noun(r)).append(pick(r, TRAITS)).append(subject.noun(r))
                    .append(subject.deed(r)).append(1 + r.nextInt(300)).append(pick(r, UNITS)).append("，")
                    .append(pick(r, DEEDS)).append(subject.noun(r)).append("和").append(pick(r, NOUNS))
                    .append(r.nextBoolean() ? "，" + pick(r, TRAITS) + pick(r, NOUNS) + pick(r, DEEDS) + "同步推进" : "");
            case 0 -> s.append("要").append(pick(r, VERBS)).append(topic).append(pick(r, OBJECTS)).append("，")
                    .append(pick(r, VERBS)).append(pick(r, OBJECTS)).append("，").append(pick(r, GOALS));
            case 1 -> s.append(place).append(pick(r, ORGS)).append("围绕").append(topic).append(pick(r, VERBS)).append(pick(r, OBJECTS))
                    .append("，累计完成投资").append(1 + r.nextInt(900)).append(".").append(r.nextInt(10)).append("亿元，同比增长")
                    .append(1 + r.nextInt(30)).append(".").append(r.nextInt(10)).append("%");
            case 2 -> s.append(person).append("要求，各级各部门要").append(pick(r, VERBS)).append(pick(r, OBJECTS)).append("，")
                    .append(pick(r, VERBS)).append(topic).append(pick(r, OBJECTS)).append("，").append(pick(r, GOALS));
            default -> s.append("全").append(place.substring(place.length() - 1)).append("已建成").append(topic).append("示范点")
                    .append(10 + r.nextInt(500)).append("个，惠及群众").append(1 + r.nextInt(99)).append("万人，")
                    .append(pick(r, GOALS));
        }
        return s.append("。").toString();
    }

    private static String frame(Random r, String title, String source, String reporter, String time, CharSequence article,
                                String charset, int index) {
        StringBuilder h = new StringBuilder(article.length() * 2);
        h.append("<!DOCTYPE html>\n<html><head><meta charset=\"").append(charset).append("\"><title>").append(title).append("_")
                .append(source).append("</title>\n<meta name=\"keywords\" content=\"").append(title, 0, Math.min(8, title.length()))
                .append("\"><link rel=\"stylesheet\" href=\"/static/css/main.css\"><script src=\"/static/js/stat.js\"></script></head>\n<body>\n")
                .append("<div class=\"top-bar\"><a href=\"/\">设为首页</a> | <a href=\"/fav\">加入收藏</a> | <a href=\"/m\">手机版</a></div>\n<ul class=\"nav\">");
        for (String n : NAV) {
            h.append("<li><a href=\"/").append(Math.abs(n.hashCode() % 1000)).append("/\">").append(n).append("</a></li>");
        }
        h.append("</ul>\n<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/news/\">要闻</a> &gt; 正文</div>\n")
                .append("<div class=\"article\"><h1>").append(title).append("</h1>\n<div class=\"info\">来源：").append(source)
                .append("　作者：").append(reporter).append("　发布时间：").append(time).append("</div>\n<div class=\"content\">\n")
                .append(article).append("</div>\n<div class=\"editor\">责任编辑：").append(pick(r, SURNAMES)).append(pick(r, GIVEN)).append("</div>\n")
                .append("<div class=\"share\">分享到：<a href=\"#\">微信</a> <a href=\"#\">微博</a> <a href=\"#\">QQ空间</a></div></div>\n")
                .append("<div class=\"related\"><h3>相关新闻</h3><ul>");
        for (int i = 0; i < 8; i++) {
            h.append("<li><a href=\"/news/").append(r.nextInt(1_000_000)).append(".html\">").append(pick(r, PLACE_NAMES))
                    .append(pick(r, TOPICS)).append("工作取得新成效</a><span>").append(time, 0, 10).append("</span></li>");
        }
        h.append("</ul></div>\n<div class=\"sidebar\"><h3>热点排行</h3><ol>");
        for (int i = 0; i < 40; i++) {
            h.append("<li class=\"rank-").append(i).append("\"><a href=\"/news/").append(r.nextInt(1_000_000))
                    .append(".html\" target=\"_blank\" title=\"").append(pick(r, PLACE_NAMES)).append(pick(r, TOPICS)).append("\">")
                    .append(pick(r, PLACE_NAMES)).append(pick(r, ORGS)).append(pick(r, VERBS)).append(pick(r, OBJECTS)).append("</a></li>");
        }
        h.append("</ol></div>\n<div class=\"footer\">主办单位：").append(source).append("　备案号：京ICP备").append(10_000_000 + index % 89_999_999)
                .append("号<br>版权所有 未经授权禁止转载</div>\n<script>var _hm=[];</script>\n</body></html>\n");
        return h.toString();
    }

    /** An article's subject words: two times in three a sentence takes one of them, else any word of the lexicon. */
    private record Subject(String[] nouns, String[] deeds) {
        static Subject of(Random r) {
            return new Subject(new String[]{pick(r, NOUNS), pick(r, NOUNS), pick(r, NOUNS), pick(r, NOUNS), pick(r, NOUNS)},
                    new String[]{pick(r, DEEDS), pick(r, DEEDS), pick(r, DEEDS)});
        }

        String noun(Random r) {
            return r.nextInt(3) > 0 ? pick(r, nouns) : pick(r, NOUNS);
        }

        String deed(Random r) {
            return r.nextInt(3) > 0 ? pick(r, deeds) : pick(r, DEEDS);
        }
    }

    private static String pick(Random r, String[] words) {
        return words[r.nextInt(words.length)];
    }
}
