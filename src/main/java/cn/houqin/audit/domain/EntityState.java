package cn.houqin.audit.domain;

import java.lang.reflect.Field;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.CollectionType;
import org.hibernate.type.ComponentType;
import org.hibernate.type.EntityType;
import org.hibernate.type.Type;

import cn.houqin.shared.audit.AuditMasked;

/**
 * Turns Hibernate's state array of an entity into named values: embedded values flattened
 * ({@code pendingMove.kind}), associations by their id, collections left out. Also names
 * the fields marked {@link AuditMasked}.
 */
final class EntityState {

	private EntityState() {
	}

	static Map<String, Object> of(EntityPersister persister, Object[] state, SharedSessionContractImplementor session) {
		Map<String, Object> values = new LinkedHashMap<>();
		if (state != null) {
			String[] names = persister.getPropertyNames();
			Type[] types = persister.getPropertyTypes();
			for (int i = 0; i < names.length; i++) {
				put(values, names[i], types[i], state[i], session);
			}
		}
		return values;
	}

	static Set<String> maskedFields(EntityPersister persister) {
		Set<String> masked = new HashSet<>();
		String[] names = persister.getPropertyNames();
		Type[] types = persister.getPropertyTypes();
		for (int i = 0; i < names.length; i++) {
			collectMasked(masked, persister.getMappedClass(), names[i], types[i]);
		}
		return masked;
	}

	private static void put(Map<String, Object> values, String name, Type type, Object value,
			SharedSessionContractImplementor session) {
		if (type instanceof CollectionType) {
			return;
		}
		if (type instanceof ComponentType component) {
			String[] names = component.getPropertyNames();
			Type[] types = component.getSubtypes();
			for (int i = 0; i < names.length; i++) {
				Object part = value == null ? null : component.getPropertyValue(value, i);
				put(values, name + "." + names[i], types[i], part, session);
			}
			return;
		}
		values.put(name, type instanceof EntityType entity ? idOf(entity, value, session) : value);
	}

	private static Object idOf(EntityType type, Object value, SharedSessionContractImplementor session) {
		if (value == null) {
			return null;
		}
		if (value instanceof HibernateProxy proxy) {
			return proxy.getHibernateLazyInitializer().getInternalIdentifier();
		}
		return session.getFactory()
			.getMappingMetamodel()
			.getEntityDescriptor(type.getAssociatedEntityName())
			.getIdentifier(value, session);
	}

	private static void collectMasked(Set<String> masked, Class<?> owner, String name, Type type) {
		Field field = findField(owner, name);
		if (field != null && field.isAnnotationPresent(AuditMasked.class)) {
			masked.add(name);
		}
		if (type instanceof ComponentType component) {
			String[] names = component.getPropertyNames();
			Type[] types = component.getSubtypes();
			for (int i = 0; i < names.length; i++) {
				Set<String> inner = new HashSet<>();
				collectMasked(inner, component.getReturnedClass(), names[i], types[i]);
				inner.forEach(part -> masked.add(name + "." + part));
				if (masked.contains(name)) {
					masked.add(name + "." + names[i]);
				}
			}
		}
	}

	private static Field findField(Class<?> type, String name) {
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			try {
				return c.getDeclaredField(name);
			}
			catch (NoSuchFieldException ex) {
				// look further up
			}
		}
		return null;
	}

}
