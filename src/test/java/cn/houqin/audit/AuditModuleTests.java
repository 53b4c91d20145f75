package cn.houqin.audit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The audit module's boundary: it depends on the shared kernel only, and exposes nothing
 * but its API package.
 */
class AuditModuleTests {

	static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("cn.houqin");

	@Test
	void dependsOnTheSharedKernelOnly() {
		noClasses().that()
			.resideInAPackage("cn.houqin.audit..")
			.should()
			.dependOnClassesThat(resideInAPackage("cn.houqin..")
				.and(not(resideInAnyPackage("cn.houqin.audit..", "cn.houqin.shared.."))))
			.check(CLASSES);
	}

	@Test
	void internalsAreNotPublic() {
		classes().that()
			.resideInAnyPackage("cn.houqin.audit.domain..", "cn.houqin.audit.web..")
			.should()
			.notHaveModifier(JavaModifier.PUBLIC)
			.check(CLASSES);
	}

}
