package cn.houqin.conduct.domain;

/** A consequence task's state. */
public enum TaskStatus {

	OPEN, DONE, WITHDRAWN

}
