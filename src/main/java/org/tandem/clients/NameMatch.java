package org.tandem.clients;

import java.util.Optional;

/**
 * How alike two people's names and birth dates are. A policy, named: the same birth date
 * with a similar family name, or a near-identical full name, makes a likely duplicate.
 */
record NameMatch(int score, String reason) {

	static Optional<NameMatch> score(ClientDetails typed, ClientDetails existing) {
		String typedFamily = Clients.normalize(typed.familyName());
		String existingFamily = Clients.normalize(existing.familyName());
		String typedGiven = Clients.normalize(typed.givenName());
		String existingGiven = Clients.normalize(existing.givenName());
		boolean sameBirthDate = typed.dateOfBirth() != null && typed.dateOfBirth().equals(existing.dateOfBirth());
		boolean familyAlike = similar(typedFamily, existingFamily);
		boolean givenAlike = similar(typedGiven, existingGiven)
				|| (!typedGiven.isEmpty() && !existingGiven.isEmpty() && typedGiven.charAt(0) == existingGiven.charAt(0)
						&& (typedGiven.startsWith(existingGiven) || existingGiven.startsWith(typedGiven)));
		boolean swapped = similar(typedFamily, existingGiven) && similar(typedGiven, existingFamily);
		if (sameBirthDate && familyAlike && givenAlike) {
			return Optional.of(new NameMatch(100, "same birth date and name"));
		}
		if (sameBirthDate && swapped) {
			return Optional.of(new NameMatch(90, "same birth date, given and family names swapped"));
		}
		if (sameBirthDate && (familyAlike || givenAlike)) {
			return Optional.of(new NameMatch(70, "same birth date and a similar name"));
		}
		if (familyAlike && givenAlike && (typed.dateOfBirth() == null || existing.dateOfBirth() == null)) {
			return Optional.of(new NameMatch(60, "same name, birth date unknown"));
		}
		return Optional.empty();
	}

	/**
	 * Equal, or at most one edit apart per five letters (typos, accents dropped); names
	 * of one or two letters ("Li", "Wu", most Chinese family names) must be equal, since
	 * one edit there makes another name rather than a typo.
	 */
	static boolean similar(String a, String b) {
		if (a.isEmpty() || b.isEmpty()) {
			return false;
		}
		int shorter = Math.min(a.length(), b.length());
		int allowed = shorter < 3 ? 0 : Math.max(1, shorter / 5);
		return a.equals(b) || editDistance(a, b) <= allowed;
	}

	static int editDistance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
