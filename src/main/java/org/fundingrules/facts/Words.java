package org.fundingrules.facts;

import java.util.List;
import org.fundingrules.trace.Message;

/**
 * Messages for rules: a key of the rule family's bundles ({@code messages.properties}, {@code messages_fr.properties})
 * with its arguments, rendered in each language only when the explanation is built. A rule never writes English.
 */
public final class Words {
    private Words() {
    }

    /** The message {@code key} with its arguments (text, numbers, dates or other messages). */
    public static Message of(String key, Object... args) {
        return Message.of(key, args);
    }

    /** A list of messages or words, rendered joined by the language's list separator. */
    public static Message list(List<?> items) {
        return Message.list(items);
    }

    /** Words joined by "and" in the message's language ({@code a}, {@code a and b}, {@code a and b and c}). */
    public static Object and(List<String> words) {
        Object out = words.isEmpty() ? "" : words.get(0);
        for (int i = 1; i < words.size(); i++) {
            out = Message.of("words.and", out, words.get(i));
        }
        return out;
    }
}
