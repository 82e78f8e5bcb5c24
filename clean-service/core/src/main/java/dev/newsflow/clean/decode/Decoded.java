package dev.newsflow.clean.decode;

import java.nio.charset.Charset;

/** Text decoded from a page body, with the charset used, how it was chosen, and whether the body is HTML. */
public record Decoded(String text, Charset charset, String evidence, boolean html, boolean truncated) {
}
