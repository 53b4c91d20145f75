package cn.houqin.calendar.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface NationalYears extends JpaRepository<NationalYear, Integer> {

}
