package dev.statuslab.core.io;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/** Bytes read as text only when they are text in the charset: no replacement characters slipped in. */
public final class StrictText {

    private StrictText() {}

    /** {@code bytes} decoded in {@code charset}, or null when they are malformed or unmappable in it. */
    public static String decode(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
