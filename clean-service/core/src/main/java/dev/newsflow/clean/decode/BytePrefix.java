package dev.newsflow.clean.decode;

/** Whether a body begins with given bytes (BOMs, file signatures). */
final class BytePrefix {
    private BytePrefix() {
    }

    static boolean startsWith(byte[] body, int... prefix) {
        if (body.length < prefix.length) {
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
