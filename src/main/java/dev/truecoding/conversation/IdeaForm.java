package dev.truecoding.conversation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The idea typed into the home page's prompt box. It becomes the first discovery message, so it has the chat's
 * limits; control characters other than line breaks and tabs, and halves of a character (lone surrogates), are
 * refused rather than stored.
 */
record IdeaForm(
        @NotBlank(message = "Describe your idea in a sentence or two.")
        @Size(max = ChatRequest.MAX_MESSAGE_LENGTH, message = "An idea can be at most " + ChatRequest.MAX_MESSAGE_LENGTH + " characters.")
        @Pattern(regexp = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F\\x{D800}-\\x{DFFF}]*",
                flags = Pattern.Flag.DOTALL, message = "The idea contains characters that cannot be stored.")
        String idea) {

    static IdeaForm empty() {
        return new IdeaForm("");
    }

    String clean() {
        return idea.strip();
    }
}
