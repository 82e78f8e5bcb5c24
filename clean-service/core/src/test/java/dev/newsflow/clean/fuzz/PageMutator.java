package dev.newsflow.clean.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * Turns a real page into a hostile one, the way broken crawls and attackers do: flipped and deleted bytes,
 * truncation, tag soup, deep nesting, huge runs, invalid UTF-8 and half GBK characters, NULs, a lying charset
 * declaration, splices of two pages. Deterministic for a given {@link Random}.
 */
final class PageMutator {
    private static final int MAX_SIZE = 6 * 1024 * 1024;
    private static final String[] TAGS = {"div", "p", "span", "table", "tr", "td", "a", "script", "style", "li", "ul",
            "article", "br", "font", "b", "iframe", "noscript", "textarea", "title", "meta", "html", "body", "!--", "![CDATA["};
    private static final String[] RUNS = {"\u3002", "a", " ", "<", "&", "&#", "\u00a0", "\u200b", "(", "[", "\u5f20", "\n",
            "分享到", "<br>", "0", "\uff0c", "<p>", "久久", "\ufffd", "http://"};

    private final Random random;
    private final List<byte[]> pages;

    PageMutator(Random random, List<byte[]> pages) {
        this.random = random;
        this.pages = pages;
    }

    byte[] mutate(byte[] page) {
        byte[] out = page;
        int steps = 1 + random.nextInt(4);
        for (int i = 0; i < steps && out.length < MAX_SIZE; i++) {
            out = once(out);
        }
        return out;
    }

    private byte[] once(byte[] in) {
        return switch (random.nextInt(12)) {
            case 0 -> flipBytes(in);
            case 1 -> truncate(in);
            case 2 -> insert(in, tagSoup());
            case 3 -> insert(in, deepNesting());
            case 4 -> insert(in, hugeRun());
            case 5 -> insert(in, invalidUtf8());
            case 6 -> insert(in, halfGbk());
            case 7 -> deleteRange(in);
            case 8 -> splice(in, pages.get(random.nextInt(pages.size())));
            case 9 -> insert(in, lyingCharset());
            case 10 -> duplicateRange(in);
            default -> insert(in, randomBytes());
        };
    }

    private byte[] flipBytes(byte[] in) {
        byte[] out = in.clone();
        int n = 1 + random.nextInt(Math.max(1, out.length / 50 + 1));
        for (int i = 0; i < n && out.length > 0; i++) {
            out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return out;
    }

    private byte[] truncate(byte[] in) {
        return java.util.Arrays.copyOf(in, in.length == 0 ? 0 : random.nextInt(in.length));
    }

    private byte[] deleteRange(byte[] in) {
        if (in.length < 2) {
            return in;
        }
        int from = random.nextInt(in.length);
        int to = Math.min(in.length, from + 1 + random.nextInt(Math.max(1, in.length / 4)));
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length);
        out.write(in, 0, from);
        out.write(in, to, in.length - to);
        return out.toByteArray();
    }

    private byte[] duplicateRange(byte[] in) {
        if (in.length < 2) {
            return in;
        }
        int from = random.nextInt(in.length);
        int len = Math.min(in.length - from, 1 + random.nextInt(4096));
        byte[] piece = java.util.Arrays.copyOfRange(in, from, from + len);
        ByteArrayOutputStream run = new ByteArrayOutputStream();
        int times = 1 + random.nextInt(200);
        for (int i = 0; i < times; i++) {
            run.writeBytes(piece);
        }
        return insert(in, run.toByteArray());
    }

    private byte[] splice(byte[] in, byte[] other) {
        int a = in.length == 0 ? 0 : random.nextInt(in.length);
        int b = other.length == 0 ? 0 : random.nextInt(other.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(a + other.length - b);
        out.write(in, 0, a);
        out.write(other, b, other.length - b);
        return out.toByteArray();
    }

    private byte[] insert(byte[] in, byte[] piece) {
        int at = in.length == 0 ? 0 : random.nextInt(in.length + 1);
        ByteArrayOutputStream out = new ByteArrayOutputStream(in.length + piece.length);
        out.write(in, 0, at);
        out.writeBytes(piece);
        out.write(in, at, in.length - at);
        return out.toByteArray();
    }

    private byte[] tagSoup() {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(300);
        for (int i = 0; i < n; i++) {
            String tag = TAGS[random.nextInt(TAGS.length)];
            switch (random.nextInt(4)) {
                case 0 -> sb.append('<').append(tag).append(" class=\"content nav ").append(i).append("\">");
                case 1 -> sb.append("</").append(tag).append('>');
                case 2 -> sb.append('<').append(tag).append(" a=\"").append("'\"<>".charAt(random.nextInt(4)));
                default -> sb.append("会议强调,").append(RUNS[random.nextInt(RUNS.length)]);
            }
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] deepNesting() {
        String tag = TAGS[random.nextInt(6)];
        int depth = 1_000 + random.nextInt(100_000);
        boolean close = random.nextBoolean();
        String text = "<p>省委书记主持召开专题会议,研究部署疫情防控工作,要求各级各部门坚决落实各项措施。</p>";
        return (("<" + tag + ">").repeat(depth) + text + (close ? ("</" + tag + ">").repeat(depth) : ""))
                .getBytes(StandardCharsets.UTF_8);
    }

    private byte[] hugeRun() {
        String unit = RUNS[random.nextInt(RUNS.length)];
        int times = random.nextInt(random.nextBoolean() ? 1_000 : 400_000);
        return unit.repeat(times).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] invalidUtf8() {
        byte[][] bad = {{(byte) 0xC0, (byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88},
                {(byte) 0xFF, (byte) 0xFE}, {(byte) 0xE4, (byte) 0xB8}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}};
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = 1 + random.nextInt(500);
        for (int i = 0; i < n; i++) {
            out.writeBytes(bad[random.nextInt(bad.length)]);
        }
        return out.toByteArray();
    }

    private byte[] halfGbk() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int n = 1 + random.nextInt(500);
        for (int i = 0; i < n; i++) {
            out.write(0x81 + random.nextInt(0x7e));
            if (random.nextInt(3) > 0) {
                out.write(random.nextInt(256));
            }
        }
        return out.toByteArray();
    }

    private byte[] lyingCharset() {
        String[] names = {"utf-8", "gbk", "gb2312", "big5", "iso-8859-1", "utf-16", "utf-32", "x-unknown-42", "shift_jis", ""};
        return ("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=" + names[random.nextInt(names.length)]
                + "\"><meta charset=\"" + names[random.nextInt(names.length)] + "\">").getBytes(StandardCharsets.US_ASCII);
    }

    private byte[] randomBytes() {
        byte[] b = new byte[1 + random.nextInt(2048)];
        random.nextBytes(b);
        return b;
    }
}
