package cn.houqin.shared.web;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

import cn.houqin.access.domain.UserDirectory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("demo")
class StaticResourcesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ResourceUrlProvider resourceUrls;

	@Autowired
	UserDirectory users;

	@Test
	@DisplayName("Bootstrap、htmx（不带版本号的 webjars 路径）和本系统的样式、脚本都能取到")
	void webjarsWithoutVersionAndTheApplicationsOwnFilesAreServed() throws Exception {
		this.mvc.perform(get("/webjars/bootstrap/css/bootstrap.min.css"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bootstrap")));
		this.mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js")).andExpect(status().isOk());
		this.mvc.perform(get("/webjars/bootstrap/js/bootstrap.bundle.min.js")).andExpect(status().isOk());
		this.mvc.perform(get("/css/houqin.css")).andExpect(status().isOk());
		this.mvc.perform(get("/js/houqin.js")).andExpect(status().isOk());
	}

	@Test
	@DisplayName("打印页的脚本登录后可取")
	void thePrintScriptIsServedToSignedInUsers() throws Exception {
		this.mvc.perform(get("/document/print.js").with(user(this.users.loadUserByUsername("demo-staff"))))
			.andExpect(status().isOk());
	}

	@Test
	@DisplayName("页面里的业务链接不再当作静态资源去查找")
	void linksToPagesAreNotLookedUpAsResources() {
		assertThat(this.resourceUrls.getHandlerMap().keySet()).noneMatch(pattern -> pattern.equals("/**"));
		assertThat(this.resourceUrls.getForLookupPath("/supplies/items")).isNull();
	}

}
