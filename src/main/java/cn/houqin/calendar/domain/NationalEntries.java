package cn.houqin.calendar.domain;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface NationalEntries extends JpaRepository<NationalEntry, Long> {

	List<NationalEntry> findByYearOrderByStartsOn(int year);

}
