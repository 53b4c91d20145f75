package cn.houqin.org.domain;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Tenants extends JpaRepository<Tenant, Long> {

	Optional<Tenant> findByCode(String code);

}
