package dev.truecoding.account;

import dev.truecoding.system.Clock;
import dev.truecoding.system.Ids;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.Optional;

/** Creates and finds the people who use True Coding. */
@Service
public class AccountService {

    private static final int MAX_HANDLE_ATTEMPTS = 1000;

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PersonalAccessTokens tokens;
    private final SignInThrottle throttle;

    AccountService(UserRepository users, PasswordEncoder passwordEncoder, PersonalAccessTokens tokens, SignInThrottle throttle) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.tokens = tokens;
        this.throttle = throttle;
    }

    /** {@link #authenticateWithToken(String, String, String)} with no client address: throttled per account only. */
    public Optional<SignedInUser> authenticateWithToken(String email, String token) {
        return authenticateWithToken(email, token, null);
    }

    /**
     * HTTP basic credentials as git sends them: the account's email as user name and a personal access token as
     * password, from {@code remoteAddress}. Empty unless the token is valid and belongs to that email; failures
     * count towards the same sign-in throttle as wrong passwords.
     *
     * @throws SignInThrottledException when too many sign-ins failed for this email or from this address;
     *                                  the credentials were not checked
     */
    public Optional<SignedInUser> authenticateWithToken(String email, String token, String remoteAddress) {
        if (email == null || token == null) {
            return Optional.empty();
        }
        var refusal = throttle.refusal(email, remoteAddress);
        if (refusal.isPresent()) {
            throw new SignInThrottledException(refusal.get());
        }
        String normalized = normalizeEmail(email);
        Optional<SignedInUser> user = tokens.authenticate(token).filter(owner -> owner.email().equals(normalized));
        if (user.isPresent()) {
            throttle.succeeded(email);
        } else {
            throttle.failed(email, remoteAddress);
        }
        return user;
    }

    public Optional<SignedInUser> findById(String userId) {
        return users.findById(userId).map(User::toSignedInUser);
    }

    /** A local account gets a generated, unique subject in {@code clerk_id}, so the column stays NOT NULL UNIQUE. */
    @Transactional
    SignedInUser signUp(SignUpForm form) {
        String email = normalizeEmail(form.email());
        if (users.findByEmail(email).isPresent()) {
            throw new EmailTakenException();
        }
        var now = Clock.nowUtc();
        User user = insertWithFreeHandle(handle -> new User(Ids.newId(), "local_" + Ids.newId(), email, form.name().strip(),
                null, handle, now, now), Handles.derive(form.name(), email), email);
        users.insertPasswordHash(user.id(), passwordEncoder.encode(form.password()));
        return user.toSignedInUser();
    }

    /**
     * The first OIDC sign-in creates the user, later ones find it by subject. An email that already belongs to
     * another account is refused rather than linked: the issuer's say-so must not hand over someone's projects.
     */
    @Transactional
    SignedInUser signInWithOidc(OidcIdentity identity) {
        var existing = users.findByClerkId(identity.subject());
        if (existing.isPresent()) {
            User user = existing.get();
            if (!same(user.name(), identity.name()) || !same(user.avatarUrl(), identity.pictureUrl())) {
                users.updateProfile(user.id(), identity.name(), identity.pictureUrl());
            }
            return new SignedInUser(user.id(), user.email(), identity.name() != null ? identity.name() : user.name(), user.handle());
        }
        if (identity.email() == null || identity.email().isBlank()) {
            throw new OidcSignInRefusedException("Your identity provider did not share an email address with True Coding.");
        }
        String email = normalizeEmail(identity.email());
        if (users.findByEmail(email).isPresent()) {
            throw new OidcSignInRefusedException(
                    "An account with the email " + email + " already exists. Sign in with its email and password instead.");
        }
        var now = Clock.nowUtc();
        User user = insertWithFreeHandle(handle -> new User(Ids.newId(), identity.subject(), email, identity.name(),
                identity.pictureUrl(), handle, now, now), Handles.derive(identity.name(), email), email);
        return user.toSignedInUser();
    }

    /**
     * Inserts the user under the first free candidate of {@code desired} ({@code ana}, {@code ana-2}…). A unique-key
     * clash is another sign-up with the same email (refused) or one that took the same handle a moment earlier (the
     * next candidate is tried).
     */
    private User insertWithFreeHandle(java.util.function.Function<String, User> userWithHandle, String desired, String email) {
        var taken = users.handlesLike(desired);
        for (int attempt = 1; attempt <= MAX_HANDLE_ATTEMPTS; attempt++) {
            String handle = Handles.candidate(desired, attempt);
            if (taken.contains(handle)) {
                continue;
            }
            User user = userWithHandle.apply(handle);
            try {
                users.insert(user);
                return user;
            } catch (DuplicateKeyException clash) {
                if (users.findByEmail(email).isPresent()) {
                    throw new EmailTakenException();
                }
            }
        }
        throw new IllegalStateException("No free handle left for " + desired);
    }

    static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
