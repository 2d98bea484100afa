package org.tandem.standards;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.identity.Accounts;
import org.tandem.identity.SignedInUser;
import org.tandem.platform.InvalidInput;
import org.tandem.support.IntegrationTest;
import org.tandem.support.SignedIn;
import org.tandem.support.TestAgency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

/** An organization's edition and NA declarations, on real PostgreSQL. */
@IntegrationTest
class StandardsApplicabilityIntegrationTests {

	@Autowired
	Accounts accounts;

	@Autowired
	StandardsApplicability applicability;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	TestAgency agency;

	SignedInUser admin;

	UUID org;

	@BeforeEach
	void createAgency() {
		this.agency = TestAgency.create(this.accounts);
		this.admin = this.agency.admin();
		this.org = this.agency.organizationId();
	}

	@Test
	void a_new_organization_uses_the_2024_edition_for_private_organizations_and_has_nothing_declared() {
		assertThat(this.applicability.editionOf(this.org)).isEqualTo(Edition.PRIVATE_2024);
		assertThat(this.applicability.notApplicable(this.org)).isEmpty();
		assertThat(this.applicability.isNotApplicable(this.org, "CA-CM 5")).isFalse();
	}

	@Test
	void declaring_ca_cm_5_not_applicable_covers_all_its_elements_with_the_same_reason() {
		NotApplicableDeclaration declared = declare(this.admin, "CA-CM 5", "  We offer no intensive case management. ");
		assertThat(declared.reason()).isEqualTo("We offer no intensive case management.");
		assertThat(declared.declaredBy()).isEqualTo(this.admin.id());
		assertThat(this.applicability.notApplicable(this.org)).containsExactly(
				entry("CA-CM 5", "We offer no intensive case management."),
				entry("CA-CM 5.01", "We offer no intensive case management."),
				entry("CA-CM 5.02", "We offer no intensive case management."),
				entry("CA-CM 5.03", "We offer no intensive case management."),
				entry("CA-CM 5.04", "We offer no intensive case management."),
				entry("CA-CM 5.05", "We offer no intensive case management."));
		assertThat(this.applicability.isNotApplicable(this.org, "CA-CM 5.04")).isTrue();
		assertThat(this.applicability.isNotApplicable(this.org, "CA-CM 4.01")).isFalse();
	}

	@Test
	void a_program_director_may_declare_an_element_not_applicable() {
		declare(this.agency.director(), "CA-CM 3.01", "The county screens every referral under contract");
		assertThat(this.applicability.notApplicable(this.org))
			.containsExactly(entry("CA-CM 3.01", "The county screens every referral under contract"));
	}

	@Test
	void an_element_without_an_na_condition_is_refused_naming_the_field_and_the_rule() {
		assertThatThrownBy(() -> declare(this.admin, "CA-CM 4.01", "We do not write plans"))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(((InvalidInput) e).violations())
				.extracting(InvalidInput.Violation::field, InvalidInput.Violation::rule,
						InvalidInput.Violation::message)
				.containsExactly(tuple("number", "no-na-condition", "CA-CM 4.01 has no NA condition")));
		assertThat(rows()).isZero();
	}

	@Test
	void an_element_of_ca_cm_5_cannot_be_declared_on_its_own() {
		assertThatThrownBy(() -> declare(this.admin, "CA-CM 5.04", "Covered by the standard"))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(rulesOf(e)).containsExactly("number/no-na-condition"));
	}

	@Test
	void a_number_of_the_other_edition_is_refused() {
		assertThatThrownBy(() -> declare(this.admin, "PA-CM 2.04", "Public agency element"))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(rulesOf(e)).containsExactly("number/edition-in-use"));
		SignedIn.run(this.admin, () -> this.applicability.chooseEdition(this.admin, Edition.PUBLIC_2020));
		assertThatThrownBy(() -> declare(this.admin, "CA-CM 5", "No ICM")).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(rulesOf(e)).containsExactly("number/edition-in-use"));
		assertThat(rows()).isZero();
	}

	@Test
	void an_unknown_number_and_a_blank_reason_are_refused_together() {
		assertThatThrownBy(() -> declare(this.admin, "CA-CM 9.99", "   ")).isInstanceOf(InvalidInput.class)
			.satisfies(
					e -> assertThat(rulesOf(e)).containsExactlyInAnyOrder("number/known-standard", "reason/required"));
		assertThatThrownBy(() -> declare(this.admin, "CA-CM 5", null)).isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(rulesOf(e)).containsExactly("reason/required"));
		assertThat(rows()).isZero();
	}

	@Test
	void a_case_manager_a_supervisor_and_a_peer_reviewer_may_not_declare_and_each_attempt_is_audited() {
		long mark = auditMark();
		for (SignedInUser user : List.of(this.agency.caseManager(), this.agency.supervisor(), this.agency.reviewer())) {
			assertThatThrownBy(() -> declare(user, "CA-CM 5", "No ICM")).as(user.role().name())
				.isInstanceOf(AccessDeniedException.class);
			assertThatThrownBy(
					() -> SignedIn.run(user, () -> this.applicability.chooseEdition(user, Edition.PUBLIC_2020)))
				.isInstanceOf(AccessDeniedException.class);
		}
		assertThat(rows()).isZero();
		assertThat(this.applicability.editionOf(this.org)).isEqualTo(Edition.PRIVATE_2024);
		assertThat(auditSince(mark)).extracting(AuditRow::action).containsOnly("DENIED").hasSize(6);
	}

	@Test
	void declaring_the_same_number_twice_is_refused() {
		declare(this.admin, "CA-CM 6.05", "Our county contract excludes follow-up");
		assertThatThrownBy(() -> declare(this.agency.director(), "CA-CM 6.05", "Again"))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(rulesOf(e)).containsExactly("number/already-declared"));
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void withdrawing_keeps_the_declaration_as_history_and_the_number_can_be_declared_again() {
		declare(this.admin, "CA-CM 5", "No ICM this year");
		SignedIn.run(this.agency.director(), () -> this.applicability.withdraw(this.agency.director(), "CA-CM 5"));
		assertThat(this.applicability.isNotApplicable(this.org, "CA-CM 5.03")).isFalse();
		assertThat(this.applicability.notApplicable(this.org)).isEmpty();
		assertThat(this.applicability.history(this.org)).singleElement().satisfies(d -> {
			assertThat(d.number()).isEqualTo("CA-CM 5");
			assertThat(d.reason()).isEqualTo("No ICM this year");
			assertThat(d.declaredBy()).isEqualTo(this.admin.id());
			assertThat(d.withdrawnBy()).isEqualTo(this.agency.director().id());
			assertThat(d.withdrawnAt()).isAfterOrEqualTo(d.declaredAt());
			assertThat(d.inForce()).isFalse();
		});
		declare(this.admin, "CA-CM 5", "ICM program closed again");
		assertThat(rows()).isEqualTo(2);
		assertThat(this.applicability.notApplicable(this.org)).containsEntry("CA-CM 5.01", "ICM program closed again");
	}

	@Test
	void withdrawing_what_is_not_declared_or_an_element_covered_by_its_standard_is_refused() {
		assertThatThrownBy(() -> SignedIn.run(this.admin, () -> this.applicability.withdraw(this.admin, "CA-CM 3.01")))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(rulesOf(e)).containsExactly("number/not-declared"));
		declare(this.admin, "CA-CM 5", "No ICM");
		assertThatThrownBy(() -> SignedIn.run(this.admin, () -> this.applicability.withdraw(this.admin, "CA-CM 5.04")))
			.isInstanceOf(InvalidInput.class)
			.satisfies(e -> assertThat(rulesOf(e)).containsExactly("number/covered-by-standard"));
		assertThatThrownBy(() -> SignedIn.run(this.agency.caseManager(),
				() -> this.applicability.withdraw(this.agency.caseManager(), "CA-CM 5")))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.applicability.isNotApplicable(this.org, "CA-CM 5")).isTrue();
	}

	@Test
	void every_change_writes_a_standards_setting_audit_row_by_its_author() {
		long mark = auditMark();
		declare(this.admin, "CA-CM 5", "No ICM");
		SignedIn.run(this.admin, () -> this.applicability.withdraw(this.admin, "CA-CM 5"));
		SignedIn.run(this.admin, () -> this.applicability.chooseEdition(this.admin, Edition.PUBLIC_2020));
		// choosing the edition already in use changes nothing and records nothing
		SignedIn.run(this.admin, () -> this.applicability.chooseEdition(this.admin, Edition.PUBLIC_2020));
		assertThat(auditSince(mark))
			.extracting(AuditRow::action, AuditRow::recordType, AuditRow::recordId, AuditRow::actorId, AuditRow::detail)
			.containsExactly(
					tuple("CREATE", "STANDARDS_SETTING", "CA-CM 5", this.admin.id(), "declared not applicable: No ICM"),
					tuple("UPDATE", "STANDARDS_SETTING", "CA-CM 5", this.admin.id(), "withdrew not applicable"),
					tuple("UPDATE", "STANDARDS_SETTING", "edition", this.admin.id(),
							"edition PRIVATE_2024 -> PUBLIC_2020"));
	}

	@Test
	void a_refused_declaration_writes_no_audit_row() {
		long mark = auditMark();
		assertThatThrownBy(() -> declare(this.admin, "CA-CM 4.01", "No plans")).isInstanceOf(InvalidInput.class);
		assertThat(auditSince(mark)).isEmpty();
	}

	@Test
	void declarations_apply_to_the_edition_whose_numbers_they_name() {
		declare(this.admin, "CA-CM 5", "No ICM");
		SignedIn.run(this.admin, () -> this.applicability.chooseEdition(this.admin, Edition.PUBLIC_2020));
		assertThat(this.applicability.editionOf(this.org)).isEqualTo(Edition.PUBLIC_2020);
		assertThat(this.applicability.notApplicable(this.org)).isEmpty();
		SignedIn.run(this.admin, () -> this.applicability.chooseEdition(this.admin, Edition.PRIVATE_2024));
		assertThat(this.applicability.notApplicable(this.org)).containsKey("CA-CM 5.03");
	}

	@Test
	void one_organizations_declarations_and_edition_do_not_touch_another() {
		TestAgency elsewhere = TestAgency.create(this.accounts);
		declare(this.admin, "CA-CM 5", "No ICM");
		SignedIn.run(this.admin, () -> this.applicability.chooseEdition(this.admin, Edition.PUBLIC_2020));
		assertThat(this.applicability.notApplicable(elsewhere.organizationId())).isEmpty();
		assertThat(this.applicability.editionOf(elsewhere.organizationId())).isEqualTo(Edition.PRIVATE_2024);
		declare(elsewhere.admin(), "CA-CM 5", "Neither do we");
		assertThat(rows()).isEqualTo(1);
	}

	@Test
	void the_table_refuses_deleting_a_declaration_or_rewriting_its_reason() {
		NotApplicableDeclaration declared = declare(this.admin, "CA-CM 3.01", "Screened by the county");
		TransactionTemplate rollingBack = new TransactionTemplate(this.transactionManager);
		for (String statement : List.of("delete from standards_not_applicable where id = ?",
				"update standards_not_applicable set reason = 'something else' where id = ?")) {
			assertThatThrownBy(() -> rollingBack.executeWithoutResult(status -> {
				status.setRollbackOnly();
				this.jdbc.sql(statement).param(declared.id()).update();
			})).as(statement).isInstanceOf(DataAccessException.class).hasMessageContaining("keeps history");
		}
		assertThat(this.applicability.notApplicable(this.org)).containsEntry("CA-CM 3.01", "Screened by the county");
	}

	private NotApplicableDeclaration declare(SignedInUser user, String number, String reason) {
		return SignedIn.as(user, () -> this.applicability.declareNotApplicable(user, number, reason));
	}

	private long rows() {
		return this.jdbc.sql("select count(*) from standards_not_applicable where organization_id = ?")
			.param(this.org)
			.query(Long.class)
			.single();
	}

	private static List<String> rulesOf(Throwable invalid) {
		return ((InvalidInput) invalid).violations().stream().map(v -> v.field() + "/" + v.rule()).toList();
	}

	record AuditRow(String action, String recordType, String recordId, UUID actorId, String detail) {
	}

	private long auditMark() {
		return this.jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
	}

	private List<AuditRow> auditSince(long mark) {
		return this.jdbc
			.sql("select action, record_type, record_id, actor_id, detail from audit_event"
					+ " where id > ? and organization_id = ? order by id")
			.params(mark, this.org)
			.query((rs, n) -> new AuditRow(rs.getString("action"), rs.getString("record_type"),
					rs.getString("record_id"), rs.getObject("actor_id", UUID.class), rs.getString("detail")))
			.list();
	}

}
