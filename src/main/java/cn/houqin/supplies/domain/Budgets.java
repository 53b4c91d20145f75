package cn.houqin.supplies.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Budgets extends JpaRepository<Budget, Long> {

	Optional<Budget> findByTenantIdAndUnitIdAndYear(long tenantId, long unitId, int year);

	List<Budget> findByTenantIdAndYear(long tenantId, int year);

}
