package dev.truecoding.git.local;

import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.ReceivePack;
import org.eclipse.jgit.transport.resolver.ReceivePackFactory;
import org.eclipse.jgit.transport.resolver.ServiceNotAuthorizedException;

/**
 * Pushes are accepted from the signed-in owner (the resolver already refused everyone else): a person may edit
 * their app outside True Coding. JGit's default factory would refuse them, as it knows nothing of our sign-in.
 */
class OwnerReceivePackFactory implements ReceivePackFactory<HttpServletRequest> {

    @Override
    public ReceivePack create(HttpServletRequest request, Repository repository) throws ServiceNotAuthorizedException {
        var user = GitBasicAuthFilter.user(request).orElseThrow(ServiceNotAuthorizedException::new);
        ReceivePack receivePack = new ReceivePack(repository);
        receivePack.setRefLogIdent(new org.eclipse.jgit.lib.PersonIdent(user.displayName(), user.email()));
        return receivePack;
    }
}
