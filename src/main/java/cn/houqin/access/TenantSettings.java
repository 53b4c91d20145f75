package cn.houqin.access;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The tenant created on first start.
 */
@ConfigurationProperties("houqin.tenant")
public record TenantSettings(@DefaultValue("default") String code, @DefaultValue("后勤管理单位") String name) {

}
