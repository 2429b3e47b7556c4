package dev.truecoding.change;

/** Where a change is: proposed (refined by the chat), being applied (its run), applied, failed, or discarded. */
public enum ChangeStatus {
    PROPOSED, APPLYING, APPLIED, FAILED, DISCARDED
}
