package dev.truecoding.run;

/**
 * Where a kind keeps its runs, for the lifecycle the kernel runs on it: the table (with an {@code id} and an
 * {@code attempts} column) and the SQL condition, over that table's columns, that holds while a run is active.
 * Both are constants of the feature, never input.
 */
public record RunTable(String name, String activeCondition) {

    public RunTable {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a table name: " + name);
        }
    }
}
