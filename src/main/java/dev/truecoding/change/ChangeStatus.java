package dev.truecoding.change;

/**
 * Where a change is: proposed (refined by the chat), being applied (its run), applied, failed, or discarded; or
 * PREVIEW: applied as a preview (committed and served at its own address on a copy of the live data, production
 * unchanged), APPLIED once the preview is put live. An applied change can then be undone: UNDOING while its undo
 * runs (the change's run again: revert, put back the previous version and its data), UNDONE once the version before
 * it serves again. An undo that fails leaves the change APPLIED, with the reason as its error message.
 */
public enum ChangeStatus {
    PROPOSED, APPLYING, APPLIED, FAILED, DISCARDED, UNDOING, UNDONE, PREVIEW
}
