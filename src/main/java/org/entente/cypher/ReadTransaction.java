package org.entente.cypher;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.transaction.annotation.Transactional;

/**
 * A read-only transaction (it routes to a secondary in a cluster) with a time limit, {@code entente.query-timeout}
 * seconds: the one home of the bound on every query a request runs. Neo4j ends a transaction that passes it, and
 * the request fails instead of holding a thread and a core.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
@Transactional(readOnly = true, timeoutString = "${entente.query-timeout:30}")
public @interface ReadTransaction {

}
