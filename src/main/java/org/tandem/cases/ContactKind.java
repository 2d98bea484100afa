package org.tandem.cases;

/** How a contact happened; NOTE is a case note with no contact. */
public enum ContactKind {

	IN_PERSON, PHONE, VIDEO, COLLATERAL, ATTEMPTED, NOTE

}
