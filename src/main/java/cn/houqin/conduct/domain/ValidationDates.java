package cn.houqin.conduct.domain;

import org.springframework.data.jpa.repository.JpaRepository;

interface ValidationDates extends JpaRepository<ValidationDate, ValidationDate.Key> {

}
