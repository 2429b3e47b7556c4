package dev.truecoding.generation.model;

import java.util.Locale;
import java.util.Set;

/**
 * Names each target refuses or gives a meaning of its own. A clash is not an error: the name gets a visible
 * suffix and the coverage report says so, because what a person typed is never rejected.
 */
public enum ReservedWords {

    /** Reserved and strict-mode words of TypeScript/JavaScript, and globals the generated code relies on. */
    TYPESCRIPT("Record", Set.of(
            "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete", "do", "else",
            "enum", "export", "extends", "false", "finally", "for", "function", "if", "import", "in", "instanceof",
            "new", "null", "return", "super", "switch", "this", "throw", "true", "try", "typeof", "var", "void",
            "while", "with", "as", "implements", "interface", "let", "package", "private", "protected", "public",
            "static", "yield", "await", "async", "arguments", "eval", "undefined", "nan", "infinity", "symbol",
            "object", "string", "number", "boolean", "bigint", "any", "unknown", "never", "date", "error", "json",
            "math", "promise", "request", "response", "array", "map", "set", "proxy", "reflect",
            "constructor", "prototype", "__proto__", "hasownproperty", "tostring", "valueof", "react", "link",
            "z", "sql", "db")),

    /** PostgreSQL reserved key words (those that cannot name a table or column unquoted). */
    POSTGRESQL("_records", Set.of(
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "authorization", "binary",
            "both", "case", "cast", "check", "collate", "collation", "column", "concurrently", "constraint", "create",
            "cross", "current_catalog", "current_date", "current_role", "current_schema", "current_time",
            "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do", "else", "end",
            "except", "false", "fetch", "for", "foreign", "freeze", "from", "full", "grant", "group", "having",
            "ilike", "in", "initially", "inner", "intersect", "into", "is", "isnull", "join", "lateral", "leading",
            "left", "like", "limit", "localtime", "localtimestamp", "natural", "not", "notnull", "null", "offset",
            "on", "only", "or", "order", "outer", "overlaps", "placing", "primary", "references", "returning",
            "right", "select", "session_user", "similar", "some", "symmetric", "system_user", "table", "tablesample",
            "then", "to", "trailing", "true", "union", "unique", "user", "using", "variadic", "verbose", "when",
            "where", "window", "with", "_migrations")),

    /** First URL segments that Next.js or the generated app already use ({@code /api/truecoding/counts}: True Coding's). */
    ROUTE("-records", Set.of("api", "_next", "static", "public", "favicon.ico", "robots.txt", "sitemap.xml", "new",
            "truecoding")),

    /** Properties every generated record already has. */
    PROPERTY("Value", Set.of("id", "createdat", "updatedat"));

    private final String suffix;
    private final Set<String> words;

    ReservedWords(String suffix, Set<String> words) {
        this.suffix = suffix;
        this.words = words;
    }

    public boolean contains(String name) {
        return words.contains(name.toLowerCase(Locale.ROOT));
    }

    /** The name itself, or the name with this target's suffix when the target reserves it. */
    public String safe(String name) {
        return safe(name, suffix);
    }

    /** The same with another suffix: a column "from" reads better as "from_value" than as "from_records". */
    public String safe(String name, String otherSuffix) {
        return contains(name) ? name + otherSuffix : name;
    }
}
