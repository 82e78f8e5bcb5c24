package dev.newsflow.clean.chain;

import dev.newsflow.clean.CleanException;
import dev.newsflow.clean.RawInput;
import dev.newsflow.clean.decode.BodyDecoder;

/** Bytes to text: the one charset decision ({@code dev.newsflow.common.charset}), binary and empty bodies refused. */
public final class DecodeStep implements Step<RawInput, DecodedPage> {
    private final BodyDecoder decoder;

    public DecodeStep(BodyDecoder decoder) {
        this.decoder = decoder;
    }

    @Override
    public String name() {
        return "decode";
    }

    @Override
    public DecodedPage apply(RawInput input) {
        if (input == null) {
            throw new CleanException("no input");
        }
        return new DecodedPage(input, decoder.decode(input.body(), input.contentType(), input.declaredCharset(),
                input.carriedCharset(), input.carriedCharsetSource()));
    }
}
