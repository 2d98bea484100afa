package org.tandem.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules (referrals, intake's referrals out) read of the directory: one
 * service by its HSDS id, or a short search to pick one.
 */
public interface DirectoryLookup {

	/** The organization's directory service with this HSDS id, if there is one. */
	Optional<DirectoryService> service(UUID organizationId, UUID serviceId);

	/** Up to {@code limit} active services matching the words, best first. */
	List<DirectoryService> search(UUID organizationId, String words, int limit);

	/**
	 * A directory service as a referral shows it: who provides it, how to reach them and
	 * how to apply.
	 */
	record DirectoryService(UUID id, String name, String organizationName, String status, String howToAccess,
			String phone, String email, String url) {
	}

}
