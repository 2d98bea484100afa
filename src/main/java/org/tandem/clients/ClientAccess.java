package org.tandem.clients;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

import org.tandem.identity.SignedInUser;

/**
 * Who may see a client follows from who may see one of their cases; the cases module
 * knows that and implements this.
 */
public interface ClientAccess {

	/**
	 * Of the given clients (all of the user's organization), those the user may read and
	 * edit.
	 */
	Set<UUID> accessibleAmong(SignedInUser user, Collection<UUID> clientIds);

	/** Whether the user may register a new person into the program. */
	boolean mayEnroll(SignedInUser user, UUID programId);

}
