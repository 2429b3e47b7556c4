package dev.truecoding.account;

import dev.truecoding.system.Clock;
import dev.truecoding.system.Ids;
import org.springframework.context.ApplicationEventPublisher;
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
    private final ApplicationEventPublisher events;

    AccountService(UserRepository users, PasswordEncoder passwordEncoder, PersonalAccessTokens tokens, SignInThrottle throttle,
                   ApplicationEventPublisher events) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.tokens = tokens;
        this.throttle = throttle;
        this.events = events;
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

    /**
     * A local account gets a generated, unique subject in {@code clerk_id}, so the column stays NOT NULL UNIQUE.
     * The handle is the one the person chose, or (left empty) the first free one derived from their name.
     *
     * @throws HandleRefusedException when the chosen handle is malformed, reserved or someone else's; nothing is created
     */
    @Transactional
    SignedInUser signUp(SignUpForm form) {
        String email = normalizeEmail(form.email());
        if (users.findByEmail(email).isPresent()) {
            throw new EmailTakenException();
        }
        var now = Clock.nowUtc();
        java.util.function.Function<String, User> userWithHandle = handle -> new User(Ids.newId(), "local_" + Ids.newId(),
                email, form.name().strip(), null, handle, now, now);
        String chosen = normalizeHandle(form.handle());
        User user;
        if (chosen.isEmpty()) {
            user = insertWithFreeHandle(userWithHandle, Handles.derive(form.name(), email), email);
        } else {
            checkFreeFor(null, chosen);
            user = userWithHandle.apply(chosen);
            try {
                users.insert(user);
                users.claimHandle(user.id(), chosen);
            } catch (DuplicateKeyException clash) {
                // Another sign-up a moment earlier. No query after it: PostgreSQL has aborted the transaction.
                throw clashOnEmail(clash) ? new EmailTakenException() : new HandleRefusedException(HandleRefusedException.Reason.TAKEN);
            }
        }
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
                users.claimHandle(user.id(), handle);
                return user;
            } catch (DuplicateKeyException clash) {
                if (users.findByEmail(email).isPresent()) {
                    throw new EmailTakenException();
                }
            }
        }
        throw new IllegalStateException("No free handle left for " + desired);
    }

    /**
     * The first free handle derived from a name and email, as sign-up would give it when none is chosen: what the
     * sign-up page suggests.
     */
    public String suggestHandle(String name, String email) {
        String desired = Handles.derive(name, email);
        var taken = users.handlesLike(desired);
        for (int attempt = 1; attempt <= MAX_HANDLE_ATTEMPTS; attempt++) {
            String handle = Handles.candidate(desired, attempt);
            if (!taken.contains(handle)) {
                return handle;
            }
        }
        return desired;
    }

    /**
     * Why {@code handle} (as typed: trimmed, lower-cased) cannot be {@code userId}'s, or empty when it can;
     * {@code userId} may be null for someone signing up. A handle its person gave up is still theirs to take back.
     */
    public Optional<HandleRefusedException.Reason> handleProblem(String userId, String handle) {
        String normalized = normalizeHandle(handle);
        var form = Handles.formProblem(normalized);
        if (form.isPresent()) {
            return form;
        }
        return users.handleHolder(normalized).filter(holder -> !holder.equals(userId))
                .map(holder -> HandleRefusedException.Reason.TAKEN);
    }

    /**
     * The person goes by {@code requested} from now on. Their former handle stays theirs (never offered to anyone
     * else), so clone and page addresses that name it keep reaching their repositories and nobody else's.
     *
     * @throws HandleRefusedException when the handle is malformed, reserved or someone else's; nothing changes
     */
    @Transactional
    public SignedInUser changeHandle(String userId, String requested) {
        User user = users.findById(userId).orElseThrow(() -> new dev.truecoding.system.NotFoundException("Account"));
        String handle = normalizeHandle(requested);
        if (handle.equals(user.handle())) {
            return user.toSignedInUser();
        }
        boolean alreadyHeld = checkFreeFor(userId, handle);
        try {
            if (!alreadyHeld) {
                users.claimHandle(userId, handle);
            }
            users.updateHandle(userId, handle);
        } catch (DuplicateKeyException clash) {
            throw new HandleRefusedException(HandleRefusedException.Reason.TAKEN);
        }
        events.publishEvent(new HandleChanged(userId, user.handle(), handle));
        return new SignedInUser(user.id(), user.email(), user.name(), handle);
    }

    /**
     * Whether an address's owner segment names {@code userId}: their id (addresses made before handles), their
     * handle, or a handle they held before.
     */
    public boolean answersTo(String userId, String ownerSegment) {
        if (userId == null || ownerSegment == null) {
            return false;
        }
        return userId.equals(ownerSegment) || users.handleHolder(ownerSegment).filter(userId::equals).isPresent();
    }

    /** @return whether {@code userId} already holds (or held) the handle */
    private boolean checkFreeFor(String userId, String handle) {
        Handles.formProblem(handle).ifPresent(reason -> {
            throw new HandleRefusedException(reason);
        });
        var holder = users.handleHolder(handle);
        if (holder.isPresent() && !holder.get().equals(userId)) {
            throw new HandleRefusedException(HandleRefusedException.Reason.TAKEN);
        }
        return holder.isPresent();
    }

    private static boolean clashOnEmail(DuplicateKeyException clash) {
        String message = String.valueOf(clash.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("email");
    }

    static String normalizeHandle(String handle) {
        return handle == null ? "" : handle.strip().toLowerCase(Locale.ROOT);
    }

    static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }
}
