package cn.houqin.document.domain;

import java.util.Locale;
import java.util.Map;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The page templates under {@code templates/}, processed in XML mode so that the output
 * is the well-formed XHTML a PDF renderer needs: its own Thymeleaf engine (outside any
 * request), with the application's messages for {@code #{…}} and Spring EL, so
 * {@code #temporals}, {@code #numbers} and the like work as in pages. The same files
 * render as ordinary pages through the web engine for the browser's print view.
 */
@Component
public class PrintTemplates {

	private final SpringTemplateEngine engine;

	public PrintTemplates(MessageSource messages) {
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/");
		resolver.setSuffix(".html");
		resolver.setTemplateMode(TemplateMode.XML);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		this.engine = new SpringTemplateEngine();
		this.engine.setTemplateResolver(resolver);
		this.engine.setTemplateEngineMessageSource(messages);
		this.engine.setEnableSpringELCompiler(true);
	}

	public String process(String template, Map<String, Object> model, Locale locale) {
		return this.engine.process(template, new Context(locale, model));
	}

}
