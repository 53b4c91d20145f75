package cn.houqin.access.domain;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a small set of ids as {@code "3,7,12"}.
 */
@Converter
class IdSetConverter implements AttributeConverter<Set<Long>, String> {

	@Override
	public String convertToDatabaseColumn(Set<Long> ids) {
		return ids == null || ids.isEmpty() ? null
				: new TreeSet<>(ids).stream().map(String::valueOf).collect(Collectors.joining(","));
	}

	@Override
	public Set<Long> convertToEntityAttribute(String column) {
		if (column == null || column.isBlank()) {
			return Set.of();
		}
		return Arrays.stream(column.split(",")).map(String::trim).map(Long::valueOf).collect(Collectors.toSet());
	}

}
