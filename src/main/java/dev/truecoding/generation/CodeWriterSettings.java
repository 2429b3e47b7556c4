package dev.truecoding.generation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The bounds of the {@link CodeWriter}: what one answer of the model may write, and how much of the app and of a
 * failed step's log goes into a request.
 *
 * @param maxFiles       files one answer may write; the rest are refused
 * @param maxFileSize    the largest file
 * @param maxTotalSize   all files of one answer together; files past it are refused
 * @param maxContextSize the app's files shown to the model in one request (the others are listed by path)
 * @param maxLogChars    the part of a failed step's log sent with a fix request
 * @param fixRounds      fix requests after a failed validation, before falling back to the template app
 */
@ConfigurationProperties("truecoding.generation.writer")
public record CodeWriterSettings(
        @DefaultValue("20") int maxFiles,
        @DefaultValue("64KB") DataSize maxFileSize,
        @DefaultValue("256KB") DataSize maxTotalSize,
        @DefaultValue("96KB") DataSize maxContextSize,
        @DefaultValue("8000") int maxLogChars,
        @DefaultValue("2") int fixRounds) {

    public CodeWriterSettings {
        if (maxFiles < 1 || maxLogChars < 100 || fixRounds < 0) {
            throw new IllegalArgumentException("truecoding.generation.writer: max-files must be at least 1, "
                    + "max-log-chars at least 100 and fix-rounds not negative");
        }
    }

    public static CodeWriterSettings defaults() {
        return new CodeWriterSettings(20, DataSize.ofKilobytes(64), DataSize.ofKilobytes(256), DataSize.ofKilobytes(96),
                8000, 2);
    }
}
