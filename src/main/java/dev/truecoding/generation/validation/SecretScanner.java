package dev.truecoding.generation.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds secret values in generated files: well-known token and key formats, private keys, credentials in
 * connection URLs, and values given to secret-looking variables in env files. Names only, never values,
 * appear in what it reports.
 */
public final class SecretScanner {

    private record Rule(String name, Pattern pattern) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule("AWS access key", Pattern.compile("\\b(AKIA|ASIA)[0-9A-Z]{16}\\b")),
            new Rule("GitHub token", Pattern.compile("\\b(gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})")),
            new Rule("Slack token", Pattern.compile("\\bxox[abposr]-[A-Za-z0-9-]{10,}")),
            new Rule("Stripe key", Pattern.compile("\\b[sr]k_(live|test)_[A-Za-z0-9]{16,}")),
            new Rule("Anthropic key", Pattern.compile("\\bsk-ant-[A-Za-z0-9_-]{20,}")),
            new Rule("OpenAI key", Pattern.compile("\\bsk-(proj-)?[A-Za-z0-9_-]{32,}")),
            new Rule("Google API key", Pattern.compile("\\bAIza[0-9A-Za-z_-]{35}")),
            new Rule("npm token", Pattern.compile("\\bnpm_[A-Za-z0-9]{36}")),
            new Rule("JSON web token", Pattern.compile("\\beyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,}")),
            new Rule("private key", Pattern.compile("-----BEGIN ([A-Z]+ )?PRIVATE KEY-----")),
            new Rule("password in a connection URL",
                    Pattern.compile("\\b[a-z][a-z0-9+.-]*://[^\\s:/@\"'`]+:(?!\\$\\{|<|password@|\\*+@)[^\\s:/@\"'`]{3,}@")));

    /** KEY=value in .env files where KEY names a secret and value is not empty or a placeholder. */
    private static final Pattern ENV_SECRET = Pattern.compile(
            "(?im)^[ \\t]*(?:export[ \\t]+)?([A-Z0-9_]*(?:SECRET|TOKEN|PASSWORD|PASSWD|API_KEY|PRIVATE_KEY|ACCESS_KEY)[A-Z0-9_]*)"
                    + "[ \\t]*=[ \\t]*(?![\"']?(?:<[^>]*>|your[-_].*|changeme|\\.\\.\\.|xxx+)?[\"']?[ \\t]*$)(\\S+)");

    private SecretScanner() {
    }

    /** What looks like a secret in one file, as "path: kind" lines. */
    public static List<String> scan(String path, String content) {
        return find(path, content).stream().map(secret -> path + ": " + secret.description()).toList();
    }

    /**
     * One thing that looks like a secret: a value of a well-known format ({@code kind} "AWS access key"), or a
     * value given to a secret-looking variable of an env file ({@code variable}).
     */
    public record Finding(String kind, String variable) {

        public String description() {
            return variable == null ? "looks like a " + kind : variable + " has a value";
        }
    }

    public static List<Finding> find(String path, String content) {
        List<Finding> found = new ArrayList<>();
        for (Rule rule : RULES) {
            if (rule.pattern().matcher(content).find()) {
                found.add(new Finding(rule.name(), null));
            }
        }
        String fileName = path.substring(path.lastIndexOf('/') + 1);
        if (fileName.startsWith(".env") || fileName.endsWith(".env")) {
            Matcher matcher = ENV_SECRET.matcher(content);
            while (matcher.find()) {
                found.add(new Finding("secret variable with a value", matcher.group(1)));
            }
        }
        return found;
    }
}
