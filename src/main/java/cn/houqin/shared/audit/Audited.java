package cn.houqin.shared.audit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an entity whose every insert, update and delete is written to the audit trail
 * (操作日志), with who, when, from where, and the changed fields before and after. Nothing
 * else is needed: the audit module listens to the persistence layer.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Audited {

	/** The name the trail shows for this kind of record, e.g. {@code org.staff}. */
	String value();

}
