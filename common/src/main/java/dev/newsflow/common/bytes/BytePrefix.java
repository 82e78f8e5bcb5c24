package dev.newsflow.common.bytes;

/** Whether a body begins with given bytes: byte-order marks, file signatures. The one such check of the chain. */
public final class BytePrefix {
    private BytePrefix() {
    }

    /** @param prefix the leading bytes as unsigned values, e.g. {@code 0xEF, 0xBB, 0xBF} */
    public static boolean startsWith(byte[] body, int... prefix) {
        if (body == null || body.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((body[i] & 0xff) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
