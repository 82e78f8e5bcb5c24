package dev.newsflow.clean.normalize;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;

/**
 * How common a simplified character is, read off its GB2312 code: level 1 (B0A1-D7F9) holds the 3755 everyday
 * characters, level 2 the 3008 rarer ones; anything else is outside everyday simplified Chinese. Runs of rare
 * characters are the fingerprint of bytes decoded with the wrong charset or at the wrong offset.
 */
public final class GbLevels {
    public static final int COMMON = 1;
    public static final int RARE = 2;
    public static final int OUTSIDE = 0;
    private static final int FIRST = 0x4e00;
    private static final int LAST = 0x9fff;
    private static final byte[] LEVELS = compute();

    private GbLevels() {
    }

    public static int level(char c) {
        if (c < FIRST || c > LAST) {
            return OUTSIDE;
        }
        return LEVELS[c - FIRST];
    }

    public static boolean isCommon(char c) {
        return level(c) == COMMON;
    }

    private static byte[] compute() {
        byte[] levels = new byte[LAST - FIRST + 1];
        CharsetEncoder encoder = Charset.forName("GB2312").newEncoder();
        ByteBuffer out = ByteBuffer.allocate(8);
        for (int c = FIRST; c <= LAST; c++) {
            out.clear();
            encoder.reset();
            if (encoder.encode(CharBuffer.wrap(new char[]{(char) c}), out, true).isError()) {
                continue;
            }
            out.flip();
            if (out.remaining() != 2) {
                continue;
            }
            int code = ((out.get(0) & 0xff) << 8) | (out.get(1) & 0xff);
            levels[c - FIRST] = (byte) (code >= 0xb0a1 && code <= 0xd7f9 ? COMMON : code >= 0xd8a1 ? RARE : OUTSIDE);
        }
        return levels;
    }

    static String decodeStrict(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
