package cn.houqin;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;

import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

@AnalyzeClasses(packages = "cn.houqin", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule entitiesAreNotPublic = noClasses().that()
		.areAnnotatedWith(Entity.class)
		.and()
		.resideOutsideOfPackage("org.springframework..")
		.should()
		.bePublic();

	@ArchTest
	static final ArchRule repositoriesAreNotPublic = noClasses().that()
		.areAssignableTo(Repository.class)
		.and()
		.resideInAPackage("cn.houqin..")
		.should()
		.bePublic();

	@ArchTest
	static final ArchRule controllersAreNotPublic = noClasses().that()
		.areAnnotatedWith(Controller.class)
		.or()
		.areAnnotatedWith(RestController.class)
		.should()
		.bePublic();

	@ArchTest
	static final ArchRule domainDoesNotUseWeb = noClasses().that()
		.resideInAPackage("..domain..")
		.should()
		.dependOnClassesThat(JavaClass.Predicates.resideInAPackage("cn.houqin.*.web..")
			.and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage("cn.houqin.shared.."))));

	@ArchTest
	static final ArchRule repositoriesAreUsedOnlyInTheirOwnModule = classes().that()
		.areAssignableTo(Repository.class)
		.and()
		.resideInAPackage("cn.houqin..")
		.should(onlyBeUsedInsideTheirModule());

	@ArchTest
	static final ArchRule noFieldInjection = noClasses().that()
		.resideInAPackage("cn.houqin..")
		.should()
		.dependOnClassesThat()
		.haveFullyQualifiedName("org.springframework.beans.factory.annotation.Autowired");

	private static ArchCondition<JavaClass> onlyBeUsedInsideTheirModule() {
		return new ArchCondition<>("only be used inside their own module") {
			@Override
			public void check(JavaClass repository, ConditionEvents events) {
				String module = moduleOf(repository);
				repository.getDirectDependenciesToSelf()
					.stream()
					.filter(dependency -> !moduleOf(dependency.getOriginClass()).equals(module))
					.forEach(dependency -> events.add(SimpleConditionEvent.violated(dependency,
							dependency.getOriginClass().getName() + " uses " + repository.getName())));
			}
		};
	}

	private static String moduleOf(JavaClass type) {
		String[] parts = type.getPackageName().split("\\.");
		return parts.length > 2 ? parts[2] : "";
	}

}
