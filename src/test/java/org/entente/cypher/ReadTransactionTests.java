package org.entente.cypher;

import java.lang.reflect.Method;
import java.util.Arrays;

import org.entente.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.interceptor.TransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Every service that answers requests reads in read-only transactions bounded by {@code entente.query-timeout}. */
class ReadTransactionTests extends IntegrationTest {

	@Autowired
	TransactionAttributeSource transactions;

	@ParameterizedTest
	@ValueSource(strings = { "org.entente.country.CountryService", "org.entente.entity.EntityService",
			"org.entente.entity.EntityLookup", "org.entente.cooperation.CooperationService",
			"org.entente.paths.PathService", "org.entente.export.ExportService", "org.entente.bloom.BloomPerspective" })
	void readsAreReadOnlyAndBoundedInTime(String service) throws ClassNotFoundException {
		Class<?> type = Class.forName(service);
		Method method = Arrays.stream(type.getDeclaredMethods())
			.filter(candidate -> this.transactions.getTransactionAttribute(candidate, type) != null)
			.findFirst()
			.orElseThrow(() -> new AssertionError(service + " has no transactional method"));

		TransactionAttribute attribute = this.transactions.getTransactionAttribute(method, type);

		assertThat(attribute.isReadOnly()).isTrue();
		assertThat(attribute.getTimeout()).isEqualTo(30);
	}

}
