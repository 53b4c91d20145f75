package cn.houqin.org.domain;

/** 性别 */
public enum Gender {

	MALE, FEMALE

}
