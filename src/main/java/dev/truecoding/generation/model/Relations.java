package dev.truecoding.generation.model;

/** The shapes a plan's relationships take in the generated code, as seen from one entity. */
public final class Relations {

    private Relations() {
    }

    /**
     * A foreign key on this entity ("a Post belongs to an Author"): nullable, SET NULL on delete so removing
     * the other record never deletes this one silently, unless the plan says deleting the other deletes these
     * ({@code cascade}: "deleting a recipe deletes its ingredients") or refuses to delete the other record while
     * this one points at it ({@code restrict}: "a recipe cannot be deleted while it has ingredients"); unique for
     * one-to-one.
     */
    public record BelongsTo(String property, String column, String label, EntityNames target, String targetDisplay,
                            boolean oneToOne, String constraint, String index, String uniqueConstraint,
                            boolean cascade, boolean restrict) {

        /** The ON DELETE rule in SQL. */
        public String onDeleteSql() {
            return cascade ? "CASCADE" : restrict ? "RESTRICT" : "SET NULL";
        }

        /** The ON DELETE rule as Drizzle writes it. */
        public String onDeleteDrizzle() {
            return cascade ? "cascade" : restrict ? "restrict" : "set null";
        }

        public String labelJs() {
            return Js.string(label);
        }

        public String propertyPascal() {
            return Character.toUpperCase(property.charAt(0)) + property.substring(1);
        }

        /** The other record has no field that names it: its link shows the start of its id. */
        public boolean targetDisplayIsId() {
            return targetDisplay.equals("id");
        }
    }

    /** The other side of a {@link BelongsTo}: records of {@code child} that point here through {@code childProperty}. */
    public record HasMany(EntityNames child, String childProperty, String childPropertyPascal, String label,
                          boolean restrict) {

        public String labelJs() {
            return Js.string(label);
        }
    }

    /** A many-to-many link table; rows go when either end goes (CASCADE), since a link alone means nothing. */
    public record JoinTable(String constName, String table, EntityNames left, String leftProperty, String leftColumn,
                            EntityNames right, String rightProperty, String rightColumn, String rightConstraint,
                            String leftConstraint, String rightIndex) {
    }

    /** One end of a {@link JoinTable}: this entity's {@code property} ("tagIds") lists the linked ids. */
    public record ManyToMany(String property, String label, EntityNames target,
                             String joinConst, String selfProperty, String otherProperty, String otherConstraint) {

        public String labelJs() {
            return Js.string(label);
        }
    }
}
