package cn.houqin.conduct.domain;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface Offences extends JpaRepository<Offence, Long> {

	Optional<Offence> findByCode(String code);

	List<Offence> findAllByOrderBySortOrderAsc();

}
