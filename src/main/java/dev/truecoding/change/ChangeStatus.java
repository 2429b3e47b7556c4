package dev.truecoding.change;

/**
 * Where a change is: proposed (refined by the chat), being applied (its run), applied, failed, or discarded; or
 * PREVIEW: applied as a preview (committed and served at its own address on a copy of the live data, production
 * unchanged), APPLIED once the preview is put live.
 */
public enum ChangeStatus {
    PROPOSED, APPLYING, APPLIED, FAILED, DISCARDED, PREVIEW
}
