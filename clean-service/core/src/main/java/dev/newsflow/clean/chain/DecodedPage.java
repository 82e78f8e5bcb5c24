package dev.newsflow.clean.chain;

import dev.newsflow.clean.RawInput;
import dev.newsflow.clean.decode.Decoded;

/** Output of {@code decode}: the page as text, with the input it came from. */
public record DecodedPage(RawInput input, Decoded decoded) {
}
