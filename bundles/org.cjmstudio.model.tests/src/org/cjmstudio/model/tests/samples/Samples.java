package org.cjmstudio.model.tests.samples;

import org.cjmstudio.model.JourneyMap;
import org.cjmstudio.samples.SampleMap;

/** Which builder makes which shipped sample map. */
final class Samples {

	private Samples() {
	}

	static JourneyMap build(SampleMap sample) {
		return switch (sample) {
			case B2B_ENTERPRISE_SOFTWARE -> B2bEnterpriseSoftwareSample.build();
			case B2C_ONLINE_SHOP -> B2cOnlineShopSample.build();
		};
	}
}
