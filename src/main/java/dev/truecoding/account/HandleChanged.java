package dev.truecoding.account;

/**
 * A person now goes by another handle. Published inside the change's transaction, so what stores addresses naming
 * the old handle (a project's clone address) rewrites them in the same commit. The old handle stays theirs: old
 * addresses keep answering.
 */
public record HandleChanged(String userId, String oldHandle, String newHandle) {
}
