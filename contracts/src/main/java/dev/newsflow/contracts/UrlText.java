package dev.newsflow.contracts;

import java.net.IDN;
import java.nio.charset.StandardCharsets;

/**
 * Repairs URL text the way browsers do before it is canonicalized: internationalized host names become
 * punycode, and characters java.net.URI refuses (space, quotes, |, braces...) are percent-encoded.
 * Links scraped from Chinese sites carry both; without this they would be rejected as malformed.
 */
public final class UrlText {

    private static final String ILLEGAL = " \"<>\\^`{|}";

    private UrlText() {
    }

    /**
     * A URL from a response header (Location). HTTP clients decode header bytes as ISO-8859-1, but servers that put
     * raw non-ASCII in Location send UTF-8 (browsers read it so): undo the mis-decoding when the bytes are valid UTF-8.
     */
    public static String fromHeader(String value) {
        if (value == null || value.chars().allMatch(c -> c < 128) || value.chars().anyMatch(c -> c > 255)) {
            return value;
        }
        byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException notUtf8) {
            return value;
        }
    }

    public static String prepare(String text) {
        if (text == null) {
            return null;
        }
        String url = text.strip();
        int schemeEnd = url.indexOf("://");
        if (schemeEnd < 0) {
            return url;
        }
        int authorityStart = schemeEnd + 3;
        int authorityEnd = authorityStart;
        while (authorityEnd < url.length() && "/?#".indexOf(url.charAt(authorityEnd)) < 0) {
            authorityEnd++;
        }
        String authority = asciiHost(url.substring(authorityStart, authorityEnd));
        return url.substring(0, authorityStart) + authority + escapeIllegal(url.substring(authorityEnd));
    }

    private static String asciiHost(String authority) {
        if (authority.chars().allMatch(c -> c < 128)) {
            return authority;
        }
        int at = authority.lastIndexOf('@');
        String userInfo = at < 0 ? "" : authority.substring(0, at + 1);
        String hostPort = authority.substring(at + 1);
        int colon = hostPort.lastIndexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        String port = colon < 0 ? "" : hostPort.substring(colon);
        try {
            return userInfo + IDN.toASCII(host, IDN.ALLOW_UNASSIGNED) + port;
        } catch (IllegalArgumentException e) {
            return authority; // not a valid IDN: let canonicalization reject it with its reason
        }
    }

    private static String escapeIllegal(String rest) {
        StringBuilder out = null;
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            boolean illegal = ILLEGAL.indexOf(c) >= 0 || c < 0x20 || c == 0x7f;
            if (illegal && out == null) {
                out = new StringBuilder(rest.length() + 16).append(rest, 0, i);
            }
            if (out == null) {
                continue;
            }
            if (illegal) {
                for (byte b : String.valueOf(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            } else {
                out.append(c);
            }
        }
        return out == null ? rest : out.toString();
    }
}
