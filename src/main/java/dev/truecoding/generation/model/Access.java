package dev.truecoding.generation.model;

import dev.truecoding.system.Phrase;

import java.util.List;

/**
 * Who may call each part of an entity's API when the app has sign-in: true means a session is needed (401
 * without one, and its pages send visitors to the sign-in page first). With an {@link Owner}, whatever needs a
 * session also sees only the signed-in account's own records: another account's record is a 404.
 */
public record Access(boolean list, boolean read, boolean create, boolean update, boolean delete, Owner owner) {

    /** An app without sign-in: everything is public. */
    public static final Access PUBLIC = new Access(false, false, false, false, false, null);

    /**
     * How records belong to an account. {@code self}: the entity stands for the person, and its own column
     * {@code account_id} names the account; otherwise the foreign key {@code property} points at the person's
     * record. {@code fills} are the fields of the person's record made from the account when one is needed.
     */
    public record Owner(boolean self, String property, EntityNames person, List<Fill> fills) {

        /** A person's field set from the account when the app creates the record: its name or its email. */
        public record Fill(String property, boolean email) {
        }
    }

    /** What the coverage report says about it ("sign-in needed to create, delete…"), or null when everything is public. */
    public Phrase describe(EntityNames entity) {
        if (!any()) {
            return null;
        }
        List<String> needed = new java.util.ArrayList<>();
        if (list) needed.add("list");
        if (read) needed.add("read");
        if (create) needed.add("create");
        if (update) needed.add("update");
        if (delete) needed.add("delete");
        Object actions = needed.stream().map(action -> (Object) Phrase.of("coverage.access." + action))
                .reduce((a, b) -> Phrase.of("progress.list", a, b)).orElseThrow();
        if (self()) {
            return Phrase.of("coverage.access.self", actions);
        } else if (owned()) {
            return Phrase.of("coverage.access.owned", actions, owner.person().title().toLowerCase(java.util.Locale.ROOT),
                    entity.title().toLowerCase(java.util.Locale.ROOT));
        }
        return Phrase.of("coverage.access.signIn", actions);
    }

    public boolean any() {
        return list || read || create || update || delete;
    }

    public boolean scoped() {
        return owner != null;
    }

    /** The person entity itself (User, Member…), linked to the account by account_id. */
    public boolean self() {
        return owner != null && owner.self();
    }

    /** Records owned through a foreign key to the person entity. */
    public boolean owned() {
        return owner != null && !owner.self();
    }

    public boolean listScoped() {
        return list && owner != null;
    }

    public boolean readScoped() {
        return read && owner != null;
    }

    public boolean createScoped() {
        return create && owner != null;
    }

    /** Anyone may create one, and a signed-in person's new record is linked to their account all the same. */
    public boolean publicCreateLinked() {
        return !create && owner != null;
    }

    public boolean updateScoped() {
        return update && owner != null;
    }

    public boolean deleteScoped() {
        return delete && owner != null;
    }

    /** Whether the item route (read, update, delete) needs the session at all. */
    public boolean itemSignIn() {
        return read || update || delete;
    }

    /** Whether the list route (list, create) needs the session at all. */
    public boolean collectionSignIn() {
        return list || create;
    }
}
