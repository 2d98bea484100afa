package org.tandem.demo;

import org.junit.jupiter.api.Test;

import org.tandem.platform.DatabaseMode;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataSettingTests {

	@Test
	void auto_loads_into_the_embedded_database_only() {
		assertThat(DemoDataSetting.parse("auto")).contains(DemoDataSetting.AUTO);
		assertThat(DemoDataSetting.AUTO.permits(DatabaseMode.EMBEDDED)).isTrue();
		assertThat(DemoDataSetting.AUTO.permits(DatabaseMode.EXTERNAL)).isFalse();
	}

	@Test
	void on_or_true_loads_into_any_database() {
		assertThat(DemoDataSetting.parse("on")).contains(DemoDataSetting.ON);
		assertThat(DemoDataSetting.parse(" TRUE ")).contains(DemoDataSetting.ON);
		assertThat(DemoDataSetting.ON.permits(DatabaseMode.EXTERNAL)).isTrue();
		assertThat(DemoDataSetting.ON.permits(DatabaseMode.EMBEDDED)).isTrue();
	}

	@Test
	void off_or_false_never_loads() {
		assertThat(DemoDataSetting.parse("off")).contains(DemoDataSetting.OFF);
		assertThat(DemoDataSetting.parse("false")).contains(DemoDataSetting.OFF);
		assertThat(DemoDataSetting.OFF.permits(DatabaseMode.EMBEDDED)).isFalse();
		assertThat(DemoDataSetting.OFF.permits(DatabaseMode.EXTERNAL)).isFalse();
	}

	@Test
	void a_blank_setting_means_auto_and_an_unknown_one_is_not_understood() {
		assertThat(DemoDataSetting.parse("")).contains(DemoDataSetting.AUTO);
		assertThat(DemoDataSetting.parse(null)).contains(DemoDataSetting.AUTO);
		assertThat(DemoDataSetting.parse("yes please")).isEmpty();
	}

}
